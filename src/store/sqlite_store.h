// store/sqlite_store.h — the SQLite implementation of Store (internal to src/store).
//
// Files: schema.cc (DDL, migrations, open-time checks), sqlite_store.cc (Open, Write, Has),
// sqlite_queries.cc (ForEachEvent, Graph, ForEachDocument, Stats), sqlite_lookups.cc (Summary,
// FindEntities, NamesOf, Document, Search, deadlines), sqlite_crossdoc.cc (report chains and
// real-world events, kept at every write).
//
// Determinism: no row carries an autoincrement id or a wall-clock time. Document ids come from
// the input, event ids are "<first 16 hex of the content hash>-<index, 4+ digits>", and an
// entity id shared by several documents keeps the smallest (name, kind, country, sector) ever
// written, so the final rows depend only on the set of documents written, not on the order of
// batches or on where an earlier run was interrupted.
// Thread-safety: one SqliteStore per thread.
#ifndef ENTENTE_STORE_SQLITE_STORE_H_
#define ENTENTE_STORE_SQLITE_STORE_H_

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "crossdoc/crossdoc.h"
#include "store/sqlite_util.h"
#include "store/store.h"

namespace entente {

namespace schema {

// PRAGMA application_id of entente databases ("ente").
inline constexpr int kApplicationId = 0x656e7465;

// kMigrations[v] holds the SQL steps that take a database from version v to v + 1; its size is
// Store::kSchemaVersion.
const std::vector<std::vector<const char*>>& Migrations();

// SQL that is true iff the text `date` (a column) is what crossdoc::DatedToTheDay accepts: a
// real day as YYYY-MM-DD. date(x, '+0 days') gives an impossible day (2024-02-30) as another,
// where date(x) alone would give it back unchanged.
inline std::string DayDatedSql(const std::string& date) {
  return "(length(coalesce(" + date + ", '')) = 10 AND date(" + date + ", '+0 days') IS " + date +
         ")";
}

// The WHERE of the partial index events_loose (version 5): the keyed mentions not dated to a
// day. A query that reads through the index repeats it word for word.
inline std::string LooseMentionSql() { return "event_key <> '' AND NOT " + DayDatedSql("date"); }

// Checks that `db` is an entente database this build can use and, for kReadWrite, creates or
// migrates it forward in one transaction. Fails with a message that names `path` iff the file is
// not SQLite, belongs to another application, has a newer schema, or (read-only) is not at the
// current version.
Status Prepare(sqlite::Db& db, const std::string& path, Store::Mode mode);

}  // namespace schema

// The SQL for filters, shared by ForEachEvent and Graph: a WHERE clause over `events e JOIN
// documents d` made only of constant fragments, with the filter's values bound by BindFilter.
struct FilterSql {
  std::string where;                // "" or " WHERE ..."
  std::vector<std::string> values;  // bound to ?1, ?2, ... in order
};
// The actor and partner match the ids `aliases` reads as them (crossdoc::ActorAliasMap::Named).
FilterSql BuildFilterSql(const EventFilter& filter, const crossdoc::ActorAliasMap& aliases);

// A fingerprinted document, as report chains are computed (sqlite_crossdoc.cc).
using ChainMember = crossdoc::Fingerprinted;

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite::Db db, std::string path, Mode mode)
      : db_(std::move(db)), path_(std::move(path)), mode_(mode) {}

  Expected<WriteResult> Write(const std::vector<Doc>& docs) override;
  // Fills event keys, clusters and fingerprints that rows written before schema 3 lack (one
  // transaction; nothing to do costs two indexed lookups).
  Status Backfill();
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
  Expected<std::map<std::string, std::string>> ActorAliases() override;
  Expected<std::optional<Doc>> Document(const std::string& id) override;
  Expected<std::vector<SearchHit>> Search(const std::string& query, size_t limit) override;
  Expected<int64_t> DataVersion() override;
  void SetDeadline(std::chrono::steady_clock::time_point deadline) override;
  bool TimedOut() const override { return timed_out_; }

 private:
  // A keyed event of this write, held back until Reconcile has settled its real-world event so
  // that its row is inserted once, complete (no later update of the indexed cluster column).
  struct NewEvent {
    const Doc* doc;  // in the batch Write() was given
    size_t index;    // in doc->events
    std::string id, hash, key, bucket, cluster;
    std::string pub_date;  // its chain's publication date (set by Reconcile)
  };
  // Buckets of one key, sorted and distinct.
  using Buckets = std::vector<std::string>;
  // What a write changed that ties documents together, reconciled before it commits
  // (sqlite_crossdoc.cc).
  struct Pending {
    // (event key, bucket) pairs whose mentions changed, in any order and repeated; Reconcile
    // sorts them and regathers each bucket with the month after it.
    std::vector<std::pair<std::string, std::string>> touched;
    std::set<std::string> split_chains;  // chains that lost a document
    std::vector<ChainMember> new_docs;   // fingerprinted documents to join with their copies
    std::map<std::string, std::string> chain_dates;  // document → its new chain's date
    std::vector<NewEvent> new_events;
    // Forgets what the batch held of a document that a later version in it replaces.
    void Forget(const std::string& doc_id);
  };
  // Statements used by Write, prepared on first use.
  struct WriteStmts {
    sqlite::Stmt find_doc, delete_doc, insert_doc, insert_error, upsert_entity, insert_mention,
        insert_event, insert_source, prune_sources, set_words, insert_term, insert_framing;
    // Reconcile's (sqlite_crossdoc.cc).
    sqlite::Stmt chain_of, chain_members, band_candidates, set_chain, undated, move_mention,
        key_mentions, key_first_days, key_last_day, chain_date_of, set_cluster;
  };
  Status PrepareWriteStmts();
  // Stores one document inside the open transaction; updates `result`. Its keyed events wait
  // in `pending` for Reconcile.
  Status WriteDoc(const Doc& doc, WriteResult& result, bool& replaced, Pending& pending);

  // Stores a written document's word count, story terms and framing hits (sqlite_profiles.cc).
  Status WriteProfile(const Doc& doc);

  // Sets a document's report chain (headed by `head`), moving its undated mentions with it.
  Status SetChain(const std::string& doc_id, const ChainMember& head, Pending& pending);
  // Marks a key's bucket, and (when Reconcile reads the list) the month after it, for
  // regathering.
  static void Touch(Pending& pending, const std::string& key, const std::string& bucket);
  // Before a document's old version is deleted: its chain and event keys become pending.
  Status NoteRemoval(const std::string& doc_id, Pending& pending);
  // Stores a written document's fingerprint (a chain of its own until reconciled).
  Status Fingerprint(const Doc& doc, Pending& pending);
  // Splits chains that lost documents, joins new documents with their near-duplicates, and
  // regathers the mentions of every pending key into real-world events (settling the pending
  // events' clusters).
  Status Reconcile(Pending& pending);
  // Reconcile's regathering of one key's touched buckets; settles the clusters of `fresh`, the
  // key's pending events. `chain_dates` caches stored documents' chain dates.
  Status RegatherKey(const std::string& key, const Buckets& touched,
                     std::span<NewEvent* const> fresh,
                     std::map<std::string, std::string>& chain_dates);
  // Makes loose_keys_ hold (at least) every key that has a stored mention not dated to a day:
  // read once, kept by this writer's own inserts, read again after another connection commits
  // (PRAGMA data_version). Keys outside it need no search of the events_loose index.
  Status RefreshLooseKeys();
  // Inserts the pending events, once Reconcile has settled them.
  Status InsertPendingEvents(const Pending& pending);
  // Binds and inserts one event row of `doc` (hash = its content hash).
  Status InsertEvent(const Doc& doc, const std::string& hash, size_t i, const std::string& key,
                     const std::string& cluster, const std::string& bucket);
  // Statements that rebuild one document (ForEachDocument, Document).
  struct DocStmts {
    sqlite::Stmt errors, mentions, events;
  };
  Expected<DocStmts> PrepareDocStmts();
  // Fills the errors, entities and events of `doc` (its id and columns already read).
  void ReadDocParts(DocStmts& st, Doc& doc);
  // The actor aliases of the stored documents, computed once per data_version.
  Expected<std::shared_ptr<const crossdoc::ActorAliasMap>> Aliases();
  // What an event filter reads its actor and partner through: Aliases(), or, for a filter with
  // neither, no aliases (nothing to compute).
  Expected<std::shared_ptr<const crossdoc::ActorAliasMap>> FilterAliases(const EventFilter& filter);
  // sqlite3_progress_handler callback: stops a statement past the deadline.
  static int CheckDeadline(void* self);

  sqlite::Db db_;
  std::string path_;
  Mode mode_;
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  bool timed_out_ = false;
  std::optional<WriteStmts> w_;
  std::unordered_set<std::string> loose_keys_;  // a superset, never missing one (see above)
  int64_t loose_keys_version_ = -1;             // data_version it was read at; -1 = unread
  // The actor aliases of the stored documents (sqlite_lookups.cc: Aliases), the data_version
  // they were computed at (-1 = stale: this connection wrote since; data_version counts only
  // the others' commits).
  std::shared_ptr<const crossdoc::ActorAliasMap> aliases_;
  int64_t aliases_version_ = -1;
  sqlite::Stmt has_;
};

// Store::Open for a file path (store_open.cc parses locations).
Expected<std::unique_ptr<Store>> OpenSqlite(const std::string& path, Store::Mode mode);

// Helpers shared by the .cc files.
std::string BodyToJson(const std::vector<Span>& body);
std::vector<Span> BodyFromJson(std::string_view json);
Modality ParseModality(std::string_view name);

}  // namespace entente

#endif  // ENTENTE_STORE_SQLITE_STORE_H_
