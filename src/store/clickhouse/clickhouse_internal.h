// store/clickhouse/clickhouse_internal.h — the ClickHouseStore class, shared by the .cc files of
// this folder (clickhouse_store.h says what it does). Files: clickhouse_schema.cc (open, schema,
// request plumbing), clickhouse_write.cc (Write, Has), clickhouse_read.cc (derived chains and
// events, ForEachEvent, Graph, Stats, Summary), clickhouse_docs.cc (documents, profiles, stories,
// entities), clickhouse_search.cc (Search), clickhouse_http.cc (HTTP, literals, TabSeparated).
// Thread-safety: one object per thread, as every Store.
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_INTERNAL_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_INTERNAL_H_

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "crossdoc/crossdoc.h"
#include "store/clickhouse/clickhouse_http.h"
#include "store/clickhouse/clickhouse_store.h"
#include "store/store_common.h"

namespace entente {

class ClickHouseStore : public Store {
 public:
  ClickHouseStore(clickhouse::Url url, std::string location, Mode mode);
  Status Prepare();  // the checks and DDL of OpenClickHouse

  Expected<WriteResult> Write(const std::vector<Doc>& docs) override;
  bool Has(const std::string& id, const std::string& content_hash) override;
  // One query for the whole batch (StoredHashes); false for every document when it fails.
  std::vector<bool> HasEach(const std::vector<std::pair<std::string, std::string>>& docs) override;
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
  // What reads derive from the whole store (clickhouse_crossdoc.cc).
  struct Chain {
    std::string head, date, source;  // its head document, that one's pub date and outlet
  };
  struct Derived {
    int64_t version = 0;
    std::map<std::string, Chain> chains;          // doc id → its report chain
    std::map<std::string, std::string> clusters;  // event id → real-world event
    crossdoc::ActorAliasMap aliases;              // of the stored entities (crossdoc.h)
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
  // Inserts TabSeparated `rows` through the entry host's connection, or `via` (another
  // connection to it, for inserts that run in parallel).
  Status Insert(const std::string& table, const std::string& columns, const std::string& rows,
                clickhouse::Http* via = nullptr);
  // The stored content hash of each of these ids.
  Expected<std::map<std::string, std::string>> StoredHashes(const std::vector<std::string>& ids);
  Expected<std::shared_ptr<const Derived>> Derive();
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
  std::shared_ptr<const Derived> derived_;
  std::vector<clickhouse::Http> aux_;  // connections for parallel queries and inserts
  // Read-ahead for Document(): the documents of the events ForEachEvent last delivered, in that
  // order (callers such as the GDELT export then ask for them one by one), and the batch of them
  // read last.
  std::vector<std::string> listed_;
  std::unordered_map<std::string, size_t> listed_at_;
  std::map<std::string, Doc> ahead_;
};

}  // namespace entente

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_INTERNAL_H_
