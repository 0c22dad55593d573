// store/clickhouse/clickhouse_read.cc — reading events: report chains and real-world events
// derived from the whole store, the event filter as SQL, events, the actor graph, stats and the
// summary. Results equal the SQLite store's for the same documents (clickhouse_store.h).
#include "store/clickhouse/clickhouse_read.h"

#include <algorithm>
#include <cstdint>

#include "crossdoc/crossdoc.h"
#include "store/clickhouse/clickhouse_internal.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {

using clickhouse::Quote;
using clickhouse::Row;

namespace clickhouse {

const char* const kEventColumns =
    "src_country, src_actor, src_text, src_begin, src_end,"
    " tgt_country, tgt_actor, tgt_text, tgt_begin, tgt_end,"
    " type, cameo, mode, trigger_text, trigger_begin, trigger_end,"
    " date, modality, attribution, has_place, place_name, place_country, place_lat, place_lon,"
    " sentence_begin, sentence_end, confidence";

namespace {
uint32_t U32(const std::string& s) { return static_cast<uint32_t>(std::stoul(s)); }
}  // namespace

Event ParseEvent(const Row& r, size_t c) {
  Event ev;
  ev.src.country = r[c + 0];
  ev.src.actor = r[c + 1];
  ev.src.text = r[c + 2];
  ev.src.span = {U32(r[c + 3]), U32(r[c + 4])};
  ev.tgt.country = r[c + 5];
  ev.tgt.actor = r[c + 6];
  ev.tgt.text = r[c + 7];
  ev.tgt.span = {U32(r[c + 8]), U32(r[c + 9])};
  ev.type = r[c + 10];
  ev.cameo = r[c + 11];
  ev.mode = r[c + 12];
  ev.trigger_text = r[c + 13];
  ev.trigger = {U32(r[c + 14]), U32(r[c + 15])};
  ev.date = r[c + 16];
  ev.modality = ParseModality(r[c + 17]);
  ev.attribution = r[c + 18];
  if (r[c + 19] == "1") {
    ev.place = Place{r[c + 20], r[c + 21], std::stod(r[c + 22]), std::stod(r[c + 23])};
  }
  ev.sentence = {U32(r[c + 24]), U32(r[c + 25])};
  ev.confidence = std::stod(r[c + 26]);
  return ev;
}

}  // namespace clickhouse

namespace {

// The date an event is filed under: its own, else its document's publication date ("" = none,
// as SQLite's NULL).
constexpr const char* kFiled = "if(date != '', date, pub_date)";

// The filter as a WHERE clause over the events table, every value a quoted literal. Mirrors
// BuildFilterSql (sqlite_queries.cc); `cluster` becomes the ids of its mentions, the actor and
// partner the ids that read as them.
std::string FilterWhere(const EventFilter& filter,
                        const std::map<std::string, std::string>& clusters,
                        const crossdoc::ActorAliasMap& aliases) {
  std::string w;
  // A side is `value`: its actor one of the ids that read as it, or its country `value`.
  auto is = [&](const char* end, const std::string& value) {
    return std::string("(") + end + "_actor IN " + clickhouse::QuoteList(aliases.Named(value)) +
           " OR " + end + "_country = " + Quote(value) + ")";
  };
  if (!filter.actor.empty())
    w += " AND (" + is("src", filter.actor) + " OR " + is("tgt", filter.actor) + ")";
  if (!filter.partner.empty()) {
    if (filter.actor.empty()) {
      w += " AND 0";  // a partner without an actor matches nothing
    } else {
      w += " AND ((" + is("src", filter.actor) + " AND " + is("tgt", filter.partner) + ") OR (" +
           is("tgt", filter.actor) + " AND " + is("src", filter.partner) + "))";
    }
  }
  if (!filter.country.empty()) {
    const std::string p = Quote(filter.country);
    w += " AND (src_country = " + p + " OR tgt_country = " + p + ")";
  }
  const std::pair<const char*, const std::string*> equal[] = {
      {"type", &filter.type},     {"modality", &filter.modality}, {"id", &filter.id},
      {"doc_id", &filter.doc_id}, {"lang", &filter.lang},         {"source", &filter.source}};
  for (const auto& [column, value] : equal) {
    if (!value->empty()) w += std::string(" AND ") + column + " = " + Quote(*value);
  }
  if (!filter.cluster.empty()) {
    std::vector<std::string> ids;
    for (const auto& [id, cluster] : clusters) {
      if (cluster == filter.cluster) ids.push_back(id);
    }
    w += ids.empty() ? " AND 0" : " AND id IN " + clickhouse::QuoteList(ids);
  }
  if (!filter.from.empty()) w += std::string(" AND ") + kFiled + " >= " + Quote(filter.from);
  if (!filter.to.empty()) {
    // Inclusive as a prefix; an event without any date is never within bounds (SQLite's NULL).
    const std::string p = Quote(filter.to);
    w += std::string(" AND ") + kFiled + " != '' AND substringUTF8(" + kFiled + ", 1, lengthUTF8(" +
         p + ")) <= " + p;
  }
  return w;
}

}  // namespace

Expected<std::shared_ptr<const ClickHouseStore::Derived>> ClickHouseStore::Derive() {
  auto version = DataVersion();
  if (!version) return version.error();
  if (derived_ && derived_->version == *version) return derived_;
  auto docs = Query("SELECT doc_id, pub_date, simhash, source FROM " + Table("documents") +
                    " FINAL WHERE failed = 0");
  if (!docs) return docs.error();
  std::vector<crossdoc::Fingerprinted> members;
  members.reserve(docs->size());
  for (const Row& r : *docs) members.push_back({r[0], r[1], std::stoull(r[2])});
  const std::vector<size_t> heads = crossdoc::ChainHeads(members);
  auto out = std::make_shared<Derived>();
  out->version = *version;
  for (size_t i = 0; i < members.size(); ++i) {
    const size_t h = heads[i];
    out->chains[members[i].id] = Chain{members[h].id, members[h].pub_date, (*docs)[h][3]};
  }
  auto events = Query("SELECT id, doc_id, event_key, date FROM " + Table("events") +
                      " FINAL WHERE " + Current());
  if (!events) return events.error();
  std::vector<crossdoc::KeyedMention> mentions;
  mentions.reserve(events->size());
  for (const Row& r : *events) {
    auto chain = out->chains.find(r[1]);
    // A copy reports what its original did, when it did: its chain's publication date.
    const std::string pub = chain == out->chains.end() ? "" : chain->second.date;
    mentions.push_back({r[2], {r[0], r[3], pub}});
  }
  const std::vector<std::string> ids = crossdoc::GatherEvents(mentions);
  for (size_t i = 0; i < ids.size(); ++i) out->clusters[mentions[i].mention.id] = ids[i];
  // Each entity as SQLite keeps it, with the documents and mentions that name it.
  auto named = Query("SELECT entity_id, uniqExact(doc_id), count() FROM " + Table("mentions") +
                     " FINAL WHERE " + Current() + " GROUP BY entity_id");
  if (!named) return named.error();
  std::vector<std::string> entity_ids;
  for (const Row& r : *named) entity_ids.push_back(r[0]);
  auto described = DescribeIds(std::move(entity_ids));
  if (!described) return described.error();
  std::vector<crossdoc::Actor> actors;
  for (const Row& r : *named) {
    auto e = described->find(r[0]);
    if (e == described->end()) continue;  // SQLite's join drops a mention without its entity
    actors.push_back({r[0], e->second.name, e->second.kind, e->second.country, std::stoull(r[1]),
                      std::stoull(r[2])});
  }
  out->aliases = crossdoc::AliasMapOf(actors);
  derived_ = std::move(out);
  return derived_;
}

Status ClickHouseStore::ForEachEvent(const EventFilter& filter,
                                     const std::function<void(const StoredEvent&)>& fn) {
  auto derived = Derive();
  if (!derived) return derived.error();
  const std::shared_ptr<const Derived> d = *derived;  // stays valid whatever `fn` calls
  const std::string base = "SELECT id, doc_id, url, source, lang, pub_date, " +
                           std::string(clickhouse::kEventColumns) + ", sentence_text, " + kFiled +
                           " FROM " + Table("events") + " FINAL WHERE " + Current() +
                           FilterWhere(filter, d->clusters, d->aliases);
  constexpr size_t kEventStart = 6, kFiledColumn = kEventStart + clickhouse::kEventColumnCount + 1;
  // Pages of kPage rows in (filed date, id) order, each after the last row of the one before,
  // so memory stays bounded however many events match.
  constexpr size_t kPage = 50000;
  listed_.clear();
  listed_at_.clear();
  ahead_.clear();
  size_t left = filter.limit ? filter.limit : SIZE_MAX, skip = filter.offset;
  std::string after;
  while (left > 0) {
    const size_t want = std::min(left, kPage);
    auto rows = Query(base + after + " ORDER BY " + kFiled + ", id LIMIT " + std::to_string(skip) +
                      ", " + std::to_string(want));
    if (!rows) return rows.error();
    std::vector<std::string> actors;
    for (const Row& r : *rows) {
      actors.push_back(r[7]);
      actors.push_back(r[12]);
      if (listed_at_.try_emplace(r[1], listed_.size()).second) listed_.push_back(r[1]);
    }
    auto names = DescribeIds(std::move(actors));
    if (!names) return names.error();
    auto name = [&](const std::string& id) {
      auto it = names->find(id);
      return it == names->end() ? std::string() : it->second.name;
    };
    for (const Row& r : *rows) {
      StoredEvent se;
      se.id = r[0];
      se.doc_id = r[1];
      se.url = r[2];
      se.source = r[3];
      se.lang = r[4];
      se.pub_date = r[5];
      se.event = clickhouse::ParseEvent(r, kEventStart);
      se.sentence_text = r[kEventStart + clickhouse::kEventColumnCount];
      se.src_name = name(se.event.src.actor);
      se.tgt_name = name(se.event.tgt.actor);
      auto cluster = d->clusters.find(se.id);
      if (cluster != d->clusters.end()) se.cluster = cluster->second;
      auto chain = d->chains.find(se.doc_id);
      se.chain = chain == d->chains.end() ? se.doc_id : chain->second.head;
      fn(se);
    }
    if (rows->size() < want) break;
    left -= rows->size();
    skip = 0;
    const std::string filed = Quote(rows->back()[kFiledColumn]), id = Quote(rows->back()[0]);
    after = std::string(" AND (") + kFiled + " > " + filed + " OR (" + kFiled + " = " + filed +
            " AND id > " + id + "))";
  }
  return Status();
}

Expected<std::vector<GraphEdge>> ClickHouseStore::Graph(const EventFilter& filter,
                                                        const GraphOptions& options) {
  auto derived = Derive();
  if (!derived) return derived.error();
  const Derived& d = **derived;
  auto rows = Query(
      std::string("SELECT src_country, tgt_country, ") +
      (options.by_month ? "substringUTF8(" + std::string(kFiled) + ", 1, 7)" : std::string("''")) +
      ", type, cameo, id, doc_id, source FROM " + Table("events") + " FINAL WHERE " + Current() +
      FilterWhere(filter, d.clusters, d.aliases) +
      " AND src_country != '' AND tgt_country != '' AND src_country != tgt_country");
  if (!rows) return rows.error();
  std::vector<GraphMention> mentions;
  mentions.reserve(rows->size());
  for (Row& r : *rows) {
    GraphMention m;
    m.a = std::min(r[0], r[1]);
    m.b = std::max(r[0], r[1]);
    m.month = std::move(r[2]);
    m.type = std::move(r[3]);
    m.cameo = std::move(r[4]);
    auto cluster = d.clusters.find(r[5]);
    if (cluster != d.clusters.end()) m.cluster = cluster->second;
    m.doc_id = std::move(r[6]);
    m.source = std::move(r[7]);
    auto chain = d.chains.find(m.doc_id);
    if (chain == d.chains.end()) {
      m.independent = m.source.empty() ? "doc:" + m.doc_id : m.source;
    } else {
      m.independent =
          chain->second.source.empty() ? "doc:" + chain->second.head : chain->second.source;
    }
    mentions.push_back(std::move(m));
  }
  return EdgesOf(mentions, filter.limit);
}

Expected<StoreStats> ClickHouseStore::Stats() {
  auto docs = Query("SELECT count(), countIf(failed = 1) FROM " + Table("documents") + " FINAL");
  auto events = Query("SELECT count() FROM " + Table("events") + " FINAL WHERE " + Current());
  // As in SQLite, an entity stays once written, whatever became of the document.
  auto entities = Query("SELECT uniqExact(entity_id) FROM " + Table("entities"));
  auto mentions = Query("SELECT count() FROM " + Table("mentions") + " FINAL WHERE " + Current());
  for (auto* q : {&docs, &events, &entities, &mentions}) {
    if (!*q) return q->error();
    if ((*q)->empty()) return Status::Error("cannot read stats of '" + location_ + "'");
  }
  StoreStats s;
  s.documents = std::stoull((*docs)[0][0]);
  s.failed_documents = std::stoull((*docs)[0][1]);
  s.events = std::stoull((*events)[0][0]);
  s.entities = std::stoull((*entities)[0][0]);
  s.mentions = std::stoull((*mentions)[0][0]);
  return s;
}

Expected<StoreSummary> ClickHouseStore::Summary() {
  StoreSummary sum;
  auto stats = Stats();
  if (!stats) return stats.error();
  sum.documents = stats->documents;
  sum.events = stats->events;
  const std::string events = Table("events") + " FINAL WHERE " + Current();
  auto dates = Query(std::string("SELECT minIf(f, f != ''), maxIf(f, f != '') FROM (SELECT ") +
                     kFiled + " AS f FROM " + events + ")");
  if (!dates) return dates.error();
  if (!dates->empty()) {
    sum.date_min = (*dates)[0][0];
    sum.date_max = (*dates)[0][1];
  }
  // Languages and outlets of the documents that have events: what filtering events can use.
  const std::pair<const char*, std::vector<Facet>*> facets[] = {{"lang", &sum.languages},
                                                                {"source", &sum.sources},
                                                                {"type", &sum.types},
                                                                {"modality", &sum.modalities}};
  for (const auto& [column, out] : facets) {
    const std::string c = column;
    const bool skip_empty = c == "lang" || c == "source";
    auto rows =
        Query("SELECT " + c + " AS v, count() AS n FROM " + events +
              (skip_empty ? " AND " + c + " != ''" : "") + " GROUP BY v ORDER BY n DESC, v");
    if (!rows) return rows.error();
    for (const Row& r : *rows) out->push_back({r[0], std::stoull(r[1])});
  }
  return sum;
}

}  // namespace entente
