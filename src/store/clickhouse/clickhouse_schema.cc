// store/clickhouse/clickhouse_schema.cc — opening a ClickHouse store: the URL, the cluster
// check, the versioned schema (see clickhouse_store.h), and the request plumbing every query
// goes through (deadlines, inserts, table names).
#include "store/clickhouse/clickhouse_schema.h"

#include <cmath>

#include "store/clickhouse/clickhouse_internal.h"

namespace entente {
namespace {

using clickhouse::Quote;

// ClickHouse error codes the store tells apart.
constexpr int kTimeoutExceeded = 159;
constexpr int kUnknownTable = 60;
constexpr int kUnknownDatabase = 81;
constexpr int kTableAlreadyExists = 57;
constexpr int kDatabaseAlreadyExists = 82;

}  // namespace

namespace clickhouse {

const std::vector<TableDef>& Tables() {
  static const std::vector<TableDef> kTables = {
      {"documents",
       "doc_id String, content_hash String, ver UInt64, url String, source String,"
       " pub_date String, lang String, text String, body String, failed UInt8, words UInt64,"
       " title String, search_words String, simhash UInt64",
       "ver", "doc_id"},
      {"document_errors",
       "doc_id String, content_hash String, seq UInt32, code String, message String", "",
       "(doc_id, content_hash, seq)"},
      {"entities",
       "doc_id String, content_hash String, entity_id String, name String, kind String,"
       " country String, sector String",
       "", "(entity_id, doc_id, content_hash, name, kind, country, sector)"},
      {"mentions",
       "doc_id String, content_hash String, entity_id String, span_begin UInt32,"
       " span_end UInt32, text String",
       "", "(doc_id, content_hash, entity_id, span_begin, span_end)"},
      {"events",
       "doc_id String, content_hash String, seq UInt32, id String, url String, source String,"
       " lang String, pub_date String, src_country String, src_actor String, src_text String,"
       " src_begin UInt32, src_end UInt32, tgt_country String, tgt_actor String,"
       " tgt_text String, tgt_begin UInt32, tgt_end UInt32, type String, cameo String,"
       " mode String, trigger_text String, trigger_begin UInt32, trigger_end UInt32,"
       " date String, modality String, attribution String, has_place UInt8,"
       " place_name String, place_country String, place_lat Float64, place_lon Float64,"
       " sentence_begin UInt32, sentence_end UInt32, sentence_text String,"
       " confidence Float64, event_key String",
       "", "(doc_id, content_hash, seq)"},
      {"story_terms", "doc_id String, content_hash String, term String, weight Float64", "",
       "(doc_id, content_hash, term)"},
      {"framing",
       "doc_id String, content_hash String, seq UInt32, frame String, term String,"
       " tone Int32, span_begin UInt32, span_end UInt32",
       "", "(doc_id, content_hash, seq)"},
  };
  return kTables;
}

std::string ColumnNames(const std::string& table) {
  for (const TableDef& t : Tables()) {
    if (t.name != table) continue;
    std::string out;
    std::string_view cols = t.columns;
    while (!cols.empty()) {
      const size_t comma = cols.find(',');
      std::string_view item = cols.substr(0, comma);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      if (!out.empty()) out += ", ";
      out += item.substr(0, item.find(' '));
      cols = comma == std::string_view::npos ? "" : cols.substr(comma + 1);
    }
    return out;
  }
  return "";
}

}  // namespace clickhouse

ClickHouseStore::ClickHouseStore(clickhouse::Url url, std::string location, Mode mode)
    : url_(std::move(url)), location_(std::move(location)), mode_(mode) {
  for (const auto& a : url_.hosts) hosts_.emplace_back(a);
}

std::string ClickHouseStore::Table(const std::string& name) const {
  return url_.database + "." + name;
}

std::string ClickHouseStore::Local(const std::string& name) const {
  return url_.database + "." + name + (url_.cluster.empty() ? "" : "_local");
}

std::string ClickHouseStore::Current() const {
  // Run on each shard over its own documents: a document's rows all sit on its shard.
  return "(doc_id, content_hash) IN (SELECT doc_id, content_hash FROM " + Local("documents") +
         " FINAL)";
}

Expected<std::vector<clickhouse::Row>> ClickHouseStore::Query(const std::string& sql,
                                                              clickhouse::Http* via) {
  // Table names are qualified, so the request needs no database (which may not exist yet).
  std::string params = "max_query_size=104857600";
  std::chrono::seconds timeout{3600};
  const auto now = std::chrono::steady_clock::now();
  if (deadline_ != std::chrono::steady_clock::time_point::max()) {
    if (now >= deadline_) {
      timed_out_ = true;
      return Status::Error("query on '" + location_ + "' stopped: past its deadline");
    }
    const auto left = std::chrono::duration<double>(deadline_ - now).count();
    const auto seconds = static_cast<long>(std::ceil(left));
    params += "&max_execution_time=" + std::to_string(seconds);
    timeout = std::chrono::seconds(seconds + 1);
  }
  int code = 0;
  auto body = (via ? *via : hosts_[0]).Post(params, sql + " FORMAT TabSeparated", timeout, &code);
  if (!body) {
    if (code == kTimeoutExceeded || std::chrono::steady_clock::now() >= deadline_)
      timed_out_ = true;
    return body.error();
  }
  return clickhouse::ParseTsv(*body);
}

Status ClickHouseStore::Exec(const std::string& sql, size_t host) {
  int code = 0;
  auto body = hosts_[host].Post("database=default", sql, std::chrono::seconds(600), &code);
  // IF NOT EXISTS still races with another opener creating the same table at that moment.
  if (!body && (code == kTableAlreadyExists || code == kDatabaseAlreadyExists)) return Status();
  return body ? Status() : body.error();
}

Status ClickHouseStore::Insert(const std::string& table, const std::string& columns,
                               const std::string& rows, clickhouse::Http* via) {
  if (rows.empty()) return Status();
  // insert_distributed_sync: the insert returns once every shard has its rows, so a worker
  // that acknowledges its input after Write() never loses it.
  const std::string params = "database=" + url_.database + "&insert_distributed_sync=1&query=" +
                             clickhouse::UrlEncode("INSERT INTO " + Table(table) + " (" + columns +
                                                   ") FORMAT TabSeparated");
  auto body = (via ? *via : hosts_[0]).Post(params, rows, std::chrono::seconds(600));
  if (!body) return Status::Error("cannot insert into " + table + ": " + body.error().message());
  return Status();
}

Status ClickHouseStore::Prepare() {
  auto fail = [&](const std::string& why) {
    return Status::Error("cannot open ClickHouse store '" + location_ + "': " + why);
  };
  if (!url_.cluster.empty()) {
    auto shards = Query("SELECT count(DISTINCT shard_num) FROM system.clusters WHERE cluster = " +
                        Quote(url_.cluster));
    if (!shards) return fail(shards.error().message());
    const std::string n = shards->empty() ? "0" : (*shards)[0][0];
    if (n == "0") return fail("the servers define no cluster '" + url_.cluster + "'");
    if (n != std::to_string(hosts_.size())) {
      return fail("cluster '" + url_.cluster + "' has " + n + " shards but the URL lists " +
                  std::to_string(hosts_.size()) + " hosts (list one HTTP address per shard)");
    }
  }
  // The schema version of every server; 0 where there is none yet.
  int stored = kClickHouseSchemaVersion;
  for (size_t h = 0; h < hosts_.size(); ++h) {
    int code = 0;
    auto rows = hosts_[h].Post(
        "database=default",
        "SELECT max(version) FROM " + url_.database + ".schema_version FORMAT TabSeparated",
        std::chrono::seconds(60), &code);
    int version = 0;
    if (rows) {
      version = std::atoi(rows->c_str());
    } else if (code != kUnknownTable && code != kUnknownDatabase) {
      return fail(rows.error().message());
    }
    if (version > kClickHouseSchemaVersion) {
      return fail("schema version " + std::to_string(version) + ", newer than this entente " +
                  "supports (" + std::to_string(kClickHouseSchemaVersion) + "); upgrade entente");
    }
    stored = std::min(stored, version);
  }
  if (stored == kClickHouseSchemaVersion) return Status();
  if (mode_ == Mode::kReadOnly) {
    return fail(stored == 0 ? "not an entente store (no schema_version table)"
                            : "schema version " + std::to_string(stored) +
                                  "; open it read-write once to migrate");
  }
  static_assert(kClickHouseSchemaVersion == 1, "add the DDL of the new version");
  // No ZooKeeper, so no ON CLUSTER: every server gets its tables directly. IF NOT EXISTS makes
  // concurrent openers harmless.
  for (size_t h = 0; h < hosts_.size(); ++h) {
    std::vector<std::string> ddl = {"CREATE DATABASE IF NOT EXISTS " + url_.database};
    for (const clickhouse::TableDef& t : clickhouse::Tables()) {
      ddl.push_back("CREATE TABLE IF NOT EXISTS " + Local(t.name) + " (" + t.columns +
                    ") ENGINE = ReplacingMergeTree(" + t.version + ") ORDER BY " + t.order);
      if (!url_.cluster.empty()) {
        ddl.push_back("CREATE TABLE IF NOT EXISTS " + Table(t.name) + " AS " + Local(t.name) +
                      " ENGINE = Distributed(" + url_.cluster + ", " + url_.database + ", " +
                      t.name + "_local, cityHash64(doc_id))");
      }
    }
    ddl.push_back("CREATE TABLE IF NOT EXISTS " + url_.database +
                  ".schema_version (version UInt32) ENGINE = ReplacingMergeTree ORDER BY version");
    ddl.push_back("INSERT INTO " + url_.database + ".schema_version VALUES (" +
                  std::to_string(kClickHouseSchemaVersion) + ")");
    for (const std::string& sql : ddl) {
      if (Status s = Exec(sql, h); !s.ok()) return fail(s.message());
    }
  }
  return Status();
}

Expected<std::unique_ptr<Store>> OpenClickHouse(const std::string& url, Store::Mode mode) {
  auto parsed = clickhouse::ParseUrl(url);
  if (!parsed) return parsed.error();
  auto store = std::make_unique<ClickHouseStore>(std::move(*parsed), url, mode);
  if (Status s = store->Prepare(); !s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

Expected<int64_t> ClickHouseStore::DataVersion() {
  // Every write inserts document rows with a new `ver`: their count and newest ver change.
  auto rows = Query("SELECT cityHash64(count(), max(ver)) FROM " + Table("documents"));
  if (!rows) return rows.error();
  if (rows->empty()) return Status::Error("cannot read the data version of '" + location_ + "'");
  return static_cast<int64_t>(std::stoull((*rows)[0][0]));
}

void ClickHouseStore::SetDeadline(std::chrono::steady_clock::time_point deadline) {
  deadline_ = deadline;
  timed_out_ = false;
}

}  // namespace entente
