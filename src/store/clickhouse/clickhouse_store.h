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
// child rows first and documents last, so a document is visible only once all its rows are.
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
// batches are where ClickHouse is fast. Has() answers from the stored hashes read at its first
// call (stores up to kHasSnapshotLimit documents; larger ones ask per call, ~3 ms) plus this
// object's own writes: a document another writer stores later is reported missing, which costs
// the caller (ingest) only an extraction that Write() then counts as unchanged.
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/clickhouse/clickhouse_http.h"
#include "store/store.h"

namespace entente {

inline constexpr int kClickHouseSchemaVersion = 1;

// Connects, checks the cluster and the schema and, for kReadWrite, creates the tables. Fails
// with a message naming `url` when it is malformed, a server does not answer, the shard count
// differs from the cluster's, or the schema is newer (or, read-only, missing).
Expected<std::unique_ptr<Store>> OpenClickHouse(const std::string& url, Store::Mode mode);

class ClickHouseStore : public Store {
 public:
  ClickHouseStore(clickhouse::Url url, std::string location, Mode mode);
  Status Prepare();  // the checks and DDL of OpenClickHouse

  Expected<WriteResult> Write(const std::vector<Doc>& docs) override;
  bool Has(const std::string& id, const std::string& content_hash) override;
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<void(const StoredEvent&)>& fn) override;
  Expected<std::vector<GraphEdge>> Graph(const EventFilter& filter,
                                         const GraphOptions& options) override;
  Status ForEachDocument(const std::function<void(const Doc&)>& fn) override;
  Status ForEachProfile(const std::function<void(const DocProfile&)>& fn) override;
  Expected<std::vector<StoredStory>> Stories() override;
  Expected<StoreStats> Stats() override;
  Expected<StoreSummary> Summary() override;
  Expected<std::vector<Entity>> FindEntities(const std::vector<std::string>& ids) override;
  Expected<std::vector<Facet>> NamesOf(const std::string& entity_id, size_t limit) override;
  Expected<std::optional<Doc>> Document(const std::string& id) override;
  Expected<std::vector<SearchHit>> Search(const std::string& query, size_t limit) override;
  Expected<int64_t> DataVersion() override;
  void SetDeadline(std::chrono::steady_clock::time_point deadline) override;
  bool TimedOut() const override { return timed_out_; }

 private:
  // What reads derive from the whole store (clickhouse_crossdoc.cc).
  struct Chain {
    std::string head, date, source;  // its head document, that one's pub date and outlet
  };
  struct Derived {
    int64_t version = 0;
    std::map<std::string, Chain> chains;          // doc id → its report chain
    std::map<std::string, std::string> clusters;  // event id → real-world event
  };
  // The table queries read (Distributed with a cluster) and the one on each shard.
  std::string Table(const std::string& name) const;
  std::string Local(const std::string& name) const;
  // "(doc_id, content_hash) IN (...)": rows of the stored version of their document.
  std::string Current() const;
  // Runs a SELECT on the first host (through `via`, a connection of its own, when given),
  // bounded by the deadline; TabSeparated rows. Safe to call from several threads at once with
  // distinct `via`.
  Expected<std::vector<clickhouse::Row>> Query(const std::string& sql,
                                               clickhouse::Http* via = nullptr);
  Status Exec(const std::string& sql, size_t host);
  Status Insert(const std::string& table, const std::string& columns, const std::string& rows);
  // The stored content hash of each of these ids.
  Expected<std::map<std::string, std::string>> StoredHashes(const std::vector<std::string>& ids);
  Expected<const Derived*> Derive();
  // Entities by id: the smallest description written for each (FindEntities, documents).
  Expected<std::map<std::string, Entity>> Describe(const std::string& where);
  // The same for these ids, in queries of at most a thousand (ClickHouse bounds a query's AST).
  Expected<std::map<std::string, Entity>> DescribeIds(std::vector<std::string> ids);
  // The stored documents with these ids, rebuilt with their errors, entities and events, in id
  // order.
  Expected<std::vector<Doc>> ReadDocs(const std::vector<std::string>& ids);

  clickhouse::Url url_;
  std::string location_;
  Mode mode_;
  std::vector<clickhouse::Http> hosts_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  std::atomic<bool> timed_out_ = false;
  std::unique_ptr<Derived> derived_;
  std::vector<clickhouse::Http> aux_;  // connections for ReadDocs' parallel queries
  // Read-ahead for Document(): the documents of the events ForEachEvent last delivered, in that
  // order (callers such as the GDELT export then ask for them one by one), and the batch of them
  // read last.
  std::vector<std::string> listed_;
  std::unordered_map<std::string, size_t> listed_at_;
  std::map<std::string, Doc> ahead_;
  // Has(): the stored hash of every document, read at the first call when the store holds at
  // most kHasSnapshotLimit documents, then kept up to date by this object's writes.
  static constexpr size_t kHasSnapshotLimit = 500000;
  std::optional<std::unordered_map<std::string, std::string>> known_;
  bool known_tried_ = false;
};

}  // namespace entente

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_STORE_H_
