// store/clickhouse/clickhouse_store.h — the ClickHouse implementation of Store: the same results
// as the SQLite store for the same set of documents, on one server or on a sharded cluster.
//
//   auto store = OpenClickHouse("clickhouse://h1:8123,h2:8123/entente?cluster=entente", mode);
//
// Schema (version kClickHouseSchemaVersion, in table schema_version on every server; a newer
// one is refused): documents (one row per written version: id, content_hash, ver = write time in
// ns, metadata, text, body spans as JSON, failed, words, title, search words, simhash),
// document_errors, entities (one row per entity per document version), mentions (with their
// text), events (every column an analyst queries, the document's url/source/lang/pub_date and
// the sentence text copied in, the event key), story_terms, framing. Every table is a
// ReplacingMergeTree; with ?cluster=NAME each is a `<name>_local` table on every shard (the URL
// lists each shard's HTTP address; the count is checked against system.clusters) under a
// Distributed table `<name>` sharded by cityHash64(doc_id), so all rows of a document sit on one
// shard and FINAL deduplicates them there. Without a cluster: plain tables on one server.
//
// Writes: one INSERT per table per batch (TabSeparated over HTTP, insert_distributed_sync=1),
// the child tables in parallel first and documents last, so a document is visible only once all
// its rows are.
// Re-writing rows gives identical rows (FINAL drops the copies); a document written with another
// content hash gets a newer `ver`, and reads take each id's newest version and only the child
// rows carrying its (doc_id, content_hash): last write wins, old rows are ignored. Concurrent
// writers need no coordination. Entities keep, as in SQLite, the smallest description ever
// written for an id.
//
// Report chains and real-world events depend on every document, so they are not stored: reads
// derive them (crossdoc::ChainHeads, crossdoc::GatherEvents) from the stored fingerprints and
// event keys, once per DataVersion. Differences from SQLite: Search matches lower-cased word
// prefixes (no diacritic folding) and ranks by title and body match counts, not bm25, so the
// order of hits and their snippets may differ; reads that take several queries (ForEachDocument,
// Summary) are not one snapshot while writers run. Every call is at least one HTTP round trip
// (Document ~5-15 ms on local shards), so document-at-a-time callers are slower than on SQLite;
// batches are where ClickHouse is fast: HasEach answers a batch with one query (ingest and
// workers ask 64 documents at a time).
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace entente {

inline constexpr int kClickHouseSchemaVersion = 1;

// Connects, checks the cluster and the schema and, for kReadWrite, creates the tables. Fails
// with a message naming `url` when it is malformed, a server does not answer, the shard count
// differs from the cluster's, or the schema is newer (or, read-only, missing).
Expected<std::unique_ptr<Store>> OpenClickHouse(const std::string& url, Store::Mode mode);

}  // namespace entente

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_
