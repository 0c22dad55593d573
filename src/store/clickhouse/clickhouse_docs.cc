// store/clickhouse/clickhouse_docs.cc — reading documents, profiles and entities back from the
// ClickHouse store, as the SQLite store gives them.
#include <algorithm>
#include <future>
#include <iterator>
#include <tuple>

#include "store/clickhouse/clickhouse_internal.h"
#include "store/clickhouse/clickhouse_read.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {

using clickhouse::Quote;
using clickhouse::QuoteList;
using clickhouse::Row;

namespace {

// Queries of documents FINAL that ORDER BY also select `ver`: without it ClickHouse 18.16 fails
// ("Cannot find column ver in source stream").

// Documents read per round of queries in ForEachDocument.
constexpr size_t kChunk = 256;

uint32_t U32(const std::string& s) { return static_cast<uint32_t>(std::stoul(s)); }

// Entities by id from (entity_id, name, kind, country, sector) rows: the smallest (name, kind,
// country, sector) written for each id, as in SQLite.
std::map<std::string, Entity> Smallest(const std::vector<Row>& rows) {
  std::map<std::string, Entity> out;
  for (const Row& r : rows) {
    Entity e{r[0], r[1], r[2], r[3], r[4], {}};
    auto [it, fresh] = out.try_emplace(r[0], e);
    if (!fresh &&
        std::tie(e.name, e.kind, e.country, e.sector) <
            std::tie(it->second.name, it->second.kind, it->second.country, it->second.sector))
      it->second = e;
  }
  return out;
}

}  // namespace

Expected<std::map<std::string, Entity>> ClickHouseStore::Describe(const std::string& where) {
  auto rows = Query("SELECT DISTINCT entity_id, name, kind, country, sector FROM " +
                    Table("entities") + " WHERE " + where);
  if (!rows) return rows.error();
  return Smallest(*rows);
}

Expected<std::map<std::string, Entity>> ClickHouseStore::DescribeIds(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::map<std::string, Entity> out;
  for (const auto& part : clickhouse::Chunks(ids, 1000)) {
    auto some = Describe("entity_id IN " + QuoteList(part));
    if (!some) return some.error();
    out.merge(*some);
  }
  return out;
}

Expected<std::vector<Doc>> ClickHouseStore::ReadDocs(const std::vector<std::string>& ids) {
  std::vector<Doc> docs;
  if (ids.empty()) return docs;
  const std::string in = "doc_id IN " + QuoteList(ids);
  // Child rows of the stored version of each document (decided on its shard).
  const std::string current = in +
                              " AND (doc_id, content_hash) IN (SELECT doc_id, content_hash FROM " +
                              Local("documents") + " FINAL WHERE " + in + ")";
  // Five independent queries, in parallel, each on a connection of its own: one round trip.
  const std::string sql[] = {
      "SELECT doc_id, url, source, pub_date, lang, text, body, ver FROM " + Table("documents") +
          " FINAL WHERE " + in + " ORDER BY doc_id",
      "SELECT doc_id, code, message FROM " + Table("document_errors") + " FINAL WHERE " + current +
          " ORDER BY doc_id, seq",
      "SELECT doc_id, entity_id, span_begin, span_end FROM " + Table("mentions") + " FINAL WHERE " +
          current + " ORDER BY doc_id, entity_id, span_begin, span_end",
      "SELECT doc_id, " + std::string(clickhouse::kEventColumns) + " FROM " + Table("events") +
          " FINAL WHERE " + current + " ORDER BY doc_id, seq",
      "SELECT DISTINCT entity_id, name, kind, country, sector FROM " + Table("entities") +
          " WHERE entity_id GLOBAL IN (SELECT entity_id FROM " + Table("mentions") + " WHERE " +
          in + ")"};
  constexpr size_t kQueries = std::size(sql);
  while (aux_.size() < kQueries) aux_.emplace_back(url_.hosts[0]);
  std::vector<std::future<Expected<std::vector<Row>>>> pending;
  for (size_t q = 0; q < kQueries; ++q) {
    pending.push_back(
        std::async(std::launch::async, [this, &sql, q] { return Query(sql[q], &aux_[q]); }));
  }
  std::vector<Expected<std::vector<Row>>> rows;
  for (auto& p : pending) rows.push_back(p.get());
  for (const auto& r : rows) {
    if (!r) return r.error();
  }
  const auto entities = Smallest(*rows[4]);
  std::map<std::string, size_t> index;
  for (const Row& r : *rows[0]) {
    Doc doc;
    doc.id = r[0];
    doc.url = r[1];
    doc.source = r[2];
    doc.date = r[3];
    doc.lang = r[4];
    doc.text = r[5];
    doc.body = BodyFromJson(r[6]);
    index[doc.id] = docs.size();
    docs.push_back(std::move(doc));
  }
  // Rows of a version that replaced the one just read (a writer in between) are left out.
  auto doc_of = [&](const std::string& id) -> Doc* {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &docs[it->second];
  };
  for (const Row& r : *rows[1]) {
    if (Doc* doc = doc_of(r[0])) doc->AddError(r[1], r[2]);
  }
  for (const Row& r : *rows[2]) {
    Doc* doc = doc_of(r[0]);
    if (!doc) continue;
    if (doc->entities.empty() || doc->entities.back().id != r[1]) {
      auto it = entities.find(r[1]);
      doc->entities.push_back(it == entities.end() ? Entity{r[1], "", "", "", "", {}} : it->second);
    }
    doc->entities.back().mentions.push_back({U32(r[2]), U32(r[3])});
  }
  for (const Row& r : *rows[3]) {
    if (Doc* doc = doc_of(r[0])) doc->events.push_back(clickhouse::ParseEvent(r, 1));
  }
  for (Doc& doc : docs) SortByFirstMention(doc.entities);
  return docs;
}

Status ClickHouseStore::ForEachDocument(const std::function<void(const Doc&)>& fn) {
  auto ids = Query("SELECT doc_id, ver FROM " + Table("documents") + " FINAL ORDER BY doc_id");
  if (!ids) return ids.error();
  for (size_t start = 0; start < ids->size(); start += kChunk) {
    std::vector<std::string> chunk;
    for (size_t i = start; i < std::min(ids->size(), start + kChunk); ++i)
      chunk.push_back((*ids)[i][0]);
    auto docs = ReadDocs(chunk);
    if (!docs) return docs.error();
    for (const Doc& d : *docs) fn(d);
  }
  return Status();
}

Expected<std::optional<Doc>> ClickHouseStore::Document(const std::string& id) {
  if (auto it = ahead_.find(id); it != ahead_.end()) return std::optional<Doc>(it->second);
  auto listed = listed_at_.find(id);
  if (listed == listed_at_.end()) {
    auto docs = ReadDocs({id});
    if (!docs) return docs.error();
    if (docs->empty()) return std::optional<Doc>();
    return std::optional<Doc>(std::move(docs->front()));
  }
  // A document of the events just listed: read it with the next ones of that list not read yet
  // (callers ask in roughly that order; at most kAhead documents are kept).
  constexpr size_t kAhead = 16 * kChunk;
  std::vector<std::string> batch;
  for (size_t i = listed->second; i < listed_.size() && batch.size() < kChunk; ++i) {
    if (!ahead_.count(listed_[i])) batch.push_back(listed_[i]);
  }
  auto docs = ReadDocs(batch);
  if (!docs) return docs.error();
  if (ahead_.size() + docs->size() > kAhead) ahead_.clear();
  for (Doc& d : *docs) ahead_.emplace(d.id, std::move(d));
  if (auto it = ahead_.find(id); it != ahead_.end()) return std::optional<Doc>(it->second);
  return std::optional<Doc>();
}

Status ClickHouseStore::ForEachProfile(const std::function<void(const DocProfile&)>& fn) {
  auto docs = Query("SELECT doc_id, source, lang, pub_date, words, title, ver FROM " +
                    Table("documents") + " FINAL WHERE failed = 0 ORDER BY doc_id");
  auto terms = Query("SELECT doc_id, term, weight FROM " + Table("story_terms") + " FINAL WHERE " +
                     Current() + " ORDER BY doc_id, term");
  auto hits = Query("SELECT doc_id, frame, term, tone, span_begin, span_end FROM " +
                    Table("framing") + " FINAL WHERE " + Current() + " ORDER BY doc_id, seq");
  for (auto* q : {&docs, &terms, &hits}) {
    if (!*q) return q->error();
  }
  size_t t = 0, h = 0;
  for (const Row& r : *docs) {
    DocProfile p;
    p.doc_id = r[0];
    p.source = r[1];
    p.lang = r[2];
    p.pub_date = r[3];
    p.words = std::stoull(r[4]);
    p.title = r[5];
    // Both lists are in doc_id order: take this document's run of each.
    while (t < terms->size() && (*terms)[t][0] < p.doc_id) ++t;
    for (; t < terms->size() && (*terms)[t][0] == p.doc_id; ++t)
      p.story_terms.push_back({(*terms)[t][1], std::stod((*terms)[t][2])});
    while (h < hits->size() && (*hits)[h][0] < p.doc_id) ++h;
    for (; h < hits->size() && (*hits)[h][0] == p.doc_id; ++h) {
      const Row& x = (*hits)[h];
      p.framing.push_back({x[1], x[2], std::stoi(x[3]), Span{U32(x[4]), U32(x[5])}});
    }
    fn(p);
  }
  return Status();
}

Expected<std::vector<StoredStory>> ClickHouseStore::Stories() {
  std::vector<DocProfile> profiles;
  if (Status s = ForEachProfile([&](const DocProfile& p) { profiles.push_back(p); }); !s.ok())
    return s;
  return StoriesOfProfiles(std::move(profiles));
}

Expected<std::vector<Entity>> ClickHouseStore::FindEntities(const std::vector<std::string>& ids) {
  auto derived = Derive();
  if (!derived) return derived.error();
  const crossdoc::ActorAliasMap& aliases = (*derived)->aliases;
  std::vector<std::string> canonical;  // of each id
  for (const std::string& id : ids) canonical.push_back(aliases.Canonical(id));
  auto by_id = DescribeIds(canonical);
  if (!by_id) return by_id.error();
  std::vector<Entity> out;
  for (size_t i = 0; i < ids.size(); ++i) {
    const std::string& id = canonical[i];
    if (auto it = by_id->find(id); it != by_id->end()) {
      out.push_back(it->second);
      continue;
    }
    // A code's own entity: a state before an IGO before a region; the smallest id among equals.
    auto candidates =
        Describe("entity_id GLOBAL IN (SELECT entity_id FROM " + Table("entities") +
                 " WHERE country = " + Quote(id) + " AND kind IN ('state', 'igo', 'region'))");
    if (!candidates) return candidates.error();
    auto rank = [](const Entity& e) {
      return e.kind == "state" ? 0 : e.kind == "igo" ? 1 : e.kind == "region" ? 2 : 3;
    };
    const Entity* best = nullptr;
    for (const auto& [eid, e] : *candidates) {
      if (e.country != id || rank(e) == 3) continue;  // its smallest description decides
      if (!best || std::make_pair(rank(e), e.id) < std::make_pair(rank(*best), best->id)) best = &e;
    }
    if (best) out.push_back(*best);
  }
  return out;
}

Expected<std::map<std::string, std::string>> ClickHouseStore::ActorAliases() {
  auto derived = Derive();
  if (!derived) return derived.error();
  return (*derived)->aliases.canonical;
}

Expected<std::vector<Facet>> ClickHouseStore::NamesOf(const std::string& entity_id, size_t limit) {
  auto derived = Derive();
  if (!derived) return derived.error();
  auto rows =
      Query("SELECT text, count() AS n FROM " + Table("mentions") + " FINAL WHERE entity_id IN " +
            QuoteList((*derived)->aliases.Named(entity_id)) + " AND " + Current() +
            " GROUP BY text ORDER BY n DESC, text LIMIT " + std::to_string(limit));
  if (!rows) return rows.error();
  std::vector<Facet> out;
  for (const Row& r : *rows) out.push_back({r[0], std::stoull(r[1])});
  return out;
}

}  // namespace entente
