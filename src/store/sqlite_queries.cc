// store/sqlite_queries.cc — reading the SQLite store: events, the actor graph, documents, stats.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {
namespace {

// The event's own columns, in the order ReadEvent expects them.
constexpr const char* kEventColumns =
    "e.src_country, e.src_actor, e.src_text, e.src_begin, e.src_end,"
    " e.tgt_country, e.tgt_actor, e.tgt_text, e.tgt_begin, e.tgt_end,"
    " e.type, e.cameo, e.mode, e.trigger_text, e.trigger_begin, e.trigger_end,"
    " e.date, e.modality, e.attribution,"
    " e.place_name, e.place_country, e.place_lat, e.place_lon,"
    " e.sentence_begin, e.sentence_end, e.confidence";
constexpr int kEventColumnCount = 26;

// Reads kEventColumns starting at column `c`.
Event ReadEvent(const sqlite::Stmt& st, int c) {
  Event ev;
  ev.src.country = st.Text(c + 0);
  ev.src.actor = st.Text(c + 1);
  ev.src.text = st.Text(c + 2);
  ev.src.span = {st.U32(c + 3), st.U32(c + 4)};
  ev.tgt.country = st.Text(c + 5);
  ev.tgt.actor = st.Text(c + 6);
  ev.tgt.text = st.Text(c + 7);
  ev.tgt.span = {st.U32(c + 8), st.U32(c + 9)};
  ev.type = st.Text(c + 10);
  ev.cameo = st.Text(c + 11);
  ev.mode = st.Text(c + 12);
  ev.trigger_text = st.Text(c + 13);
  ev.trigger = {st.U32(c + 14), st.U32(c + 15)};
  ev.date = st.Text(c + 16);
  ev.modality = ParseModality(st.Text(c + 17));
  ev.attribution = st.Text(c + 18);
  if (!st.IsNull(c + 19)) {
    ev.place = Place{st.Text(c + 19), st.Text(c + 20), st.Double(c + 21), st.Double(c + 22)};
  }
  ev.sentence = {st.U32(c + 23), st.U32(c + 24)};
  ev.confidence = st.Double(c + 25);
  return ev;
}

// The document's own columns, in the order ReadDocColumns expects them.
constexpr const char* kDocColumns = "id, url, source, pub_date, lang, text, body";

Doc ReadDocColumns(const sqlite::Stmt& st) {
  Doc doc;
  doc.id = st.Text(0);
  doc.url = st.Text(1);
  doc.source = st.Text(2);
  doc.date = st.Text(3);
  doc.lang = st.Text(4);
  doc.text = st.Text(5);
  doc.body = BodyFromJson(st.Text(6));
  return doc;
}

Expected<sqlite::Stmt> PrepareFiltered(sqlite3* db, const std::string& sql, const FilterSql& f) {
  auto st = sqlite::Stmt::Prepare(db, sql);
  if (!st) return st.error();
  for (size_t i = 0; i < f.values.size(); ++i) st->Bind(static_cast<int>(i + 1), f.values[i]);
  return st;
}

}  // namespace

FilterSql BuildFilterSql(const EventFilter& filter, const crossdoc::ActorAliasMap& aliases) {
  // Only constant fragments enter the SQL; each value becomes the next numbered parameter.
  FilterSql f;
  f.where = " WHERE 1";
  auto param = [&f](const std::string& value) {
    f.values.push_back(value);
    return "?" + std::to_string(f.values.size());
  };
  // The date an event is filed under: its own, else its document's publication date.
  constexpr const char* kDate = "COALESCE(e.date, d.pub_date)";
  // A side is `value`: its actor one of the ids that read as it, or its country `value`.
  struct Side {
    std::string code, ids;  // the value's placeholder; "(?i, ?j, ...)" of the ids
  };
  auto side = [&](const std::string& value) {
    Side s{param(value), ""};
    for (const std::string& id : aliases.Named(value))
      s.ids += (s.ids.empty() ? "(" : ", ") + (id == value ? s.code : param(id));
    s.ids += ")";
    return s;
  };
  auto is = [](const char* end, const Side& s) {
    return std::string("(e.") + end + "_actor IN " + s.ids + " OR e." + end +
           "_country = " + s.code + ")";
  };
  std::optional<Side> a;
  if (!filter.actor.empty()) {
    a = side(filter.actor);
    f.where += " AND (" + is("src", *a) + " OR " + is("tgt", *a) + ")";
  }
  if (!filter.partner.empty()) {
    const Side p = side(filter.partner);
    if (!a) {
      f.where += " AND 0";  // a partner without an actor matches nothing
    } else {
      // The actor on one side and the partner on the other, in either direction.
      f.where += " AND ((" + is("src", *a) + " AND " + is("tgt", p) + ") OR (" + is("tgt", *a) +
                 " AND " + is("src", p) + "))";
    }
  }
  if (!filter.country.empty()) {
    std::string p = param(filter.country);
    f.where += " AND (e.src_country = " + p + " OR e.tgt_country = " + p + ")";
  }
  if (!filter.type.empty()) f.where += " AND e.type = " + param(filter.type);
  if (!filter.modality.empty()) f.where += " AND e.modality = " + param(filter.modality);
  if (!filter.id.empty()) f.where += " AND e.id = " + param(filter.id);
  if (!filter.cluster.empty()) f.where += " AND e.cluster = " + param(filter.cluster);
  if (!filter.doc_id.empty()) f.where += " AND e.doc_id = " + param(filter.doc_id);
  if (!filter.lang.empty()) f.where += " AND d.lang = " + param(filter.lang);
  if (!filter.source.empty()) f.where += " AND d.source = " + param(filter.source);
  // `from` is inclusive: "2024-03" admits "2024-03" and "2024-03-01" (both sort after it).
  if (!filter.from.empty()) f.where += std::string(" AND ") + kDate + " >= " + param(filter.from);
  // `to` is inclusive as a prefix: "2024-03" admits every date that starts "2024-03".
  if (!filter.to.empty()) {
    std::string p = param(filter.to);
    f.where += std::string(" AND substr(") + kDate + ", 1, length(" + p + ")) <= " + p;
  }
  return f;
}

Status SqliteStore::ForEachEvent(const EventFilter& filter,
                                 const std::function<void(const StoredEvent&)>& fn) {
  auto aliases = FilterAliases(filter);
  if (!aliases) return aliases.error();
  FilterSql f = BuildFilterSql(filter, **aliases);
  // substr over the text as a BLOB counts bytes, which is what spans are.
  std::string sql =
      std::string("SELECT e.id, e.doc_id, d.url, d.source, d.lang, d.pub_date, ") + kEventColumns +
      ", substr(CAST(d.text AS BLOB), e.sentence_begin + 1, e.sentence_end - e.sentence_begin)"
      ", src_ent.name, tgt_ent.name, e.cluster, COALESCE(fp.chain, e.doc_id)"
      " FROM events e JOIN documents d ON d.id = e.doc_id"
      " LEFT JOIN entities src_ent ON src_ent.id = e.src_actor"
      " LEFT JOIN entities tgt_ent ON tgt_ent.id = e.tgt_actor"
      " LEFT JOIN fingerprints fp ON fp.doc_id = e.doc_id" +
      f.where + " ORDER BY COALESCE(e.date, d.pub_date), e.id LIMIT ?" +
      std::to_string(f.values.size() + 1) + " OFFSET ?" + std::to_string(f.values.size() + 2);
  auto st = PrepareFiltered(db_.get(), sql, f);
  if (!st) return st.error();
  // A negative LIMIT means none.
  st->Bind(static_cast<int>(f.values.size() + 1),
           filter.limit ? static_cast<int64_t>(filter.limit) : int64_t{-1});
  st->Bind(static_cast<int>(f.values.size() + 2), filter.offset);
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    StoredEvent se;
    se.id = st->Text(0);
    se.doc_id = st->Text(1);
    se.url = st->Text(2);
    se.source = st->Text(3);
    se.lang = st->Text(4);
    se.pub_date = st->Text(5);
    se.event = ReadEvent(*st, 6);
    se.sentence_text = st->Text(6 + kEventColumnCount);
    se.src_name = st->Text(7 + kEventColumnCount);
    se.tgt_name = st->Text(8 + kEventColumnCount);
    se.cluster = st->Text(9 + kEventColumnCount);
    se.chain = st->Text(10 + kEventColumnCount);
    fn(se);
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read events");
  return Status();
}

Expected<std::vector<GraphEdge>> SqliteStore::Graph(const EventFilter& filter,
                                                    const GraphOptions& options) {
  auto aliases = FilterAliases(filter);
  if (!aliases) return aliases.error();
  FilterSql f = BuildFilterSql(filter, **aliases);
  // Undirected pairs of distinct, non-empty codes; a is the smaller code.
  const std::string from =
      " FROM events e JOIN documents d ON d.id = e.doc_id"
      " LEFT JOIN fingerprints fp ON fp.doc_id = e.doc_id"
      " JOIN documents h ON h.id = COALESCE(fp.chain, e.doc_id)" +
      f.where +
      " AND e.src_country <> '' AND e.tgt_country <> '' AND e.src_country <> e.tgt_country";
  // The month column: the first 7 bytes of the filed date ("2024" stays a year), or a constant.
  const std::string key =
      "min(e.src_country, e.tgt_country) AS a, max(e.src_country, e.tgt_country) AS b, " +
      std::string(options.by_month ? "substr(COALESCE(e.date, d.pub_date, ''), 1, 7)" : "''") +
      " AS m";

  // Real-world events are counted once (distinct clusters); mentions are rows.
  std::map<std::tuple<std::string, std::string, std::string>, GraphEdge> edges;
  auto by_type = PrepareFiltered(
      db_.get(),
      "SELECT " + key + ", e.type, count(DISTINCT e.cluster)" + from + " GROUP BY a, b, m, e.type",
      f);
  if (!by_type) return by_type.error();
  int rc;
  while ((rc = by_type->Step()) == SQLITE_ROW) {
    std::string a = by_type->Text(0), b = by_type->Text(1), m = by_type->Text(2);
    std::string type = by_type->Text(3);
    int n = static_cast<int>(by_type->Int(4));
    GraphEdge& edge = edges[{a, b, m}];
    edge.a = a;
    edge.b = b;
    edge.month = m;
    edge.by_type[type] += n;
    (IsCooperation(type) ? edge.cooperation : edge.conflict) += n;
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read the graph");

  auto by_cameo = PrepareFiltered(db_.get(),
                                  "SELECT " + key + ", e.cameo, count(DISTINCT e.cluster)" + from +
                                      " GROUP BY a, b, m, e.cameo",
                                  f);
  if (!by_cameo) return by_cameo.error();
  while ((rc = by_cameo->Step()) == SQLITE_ROW) {
    auto it = edges.find({by_cameo->Text(0), by_cameo->Text(1), by_cameo->Text(2)});
    if (it != edges.end())
      it->second.by_cameo[by_cameo->Text(3)] += static_cast<int>(by_cameo->Int(4));
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read the graph");

  auto spread = PrepareFiltered(db_.get(),
                                "SELECT " + key +
                                    ", count(DISTINCT e.cluster), count(*),"
                                    " count(DISTINCT e.doc_id),"
                                    " count(DISTINCT NULLIF(d.source, '')),"
                                    " count(DISTINCT COALESCE(NULLIF(h.source, ''),"
                                    " 'doc:' || h.id))" +
                                    from + " GROUP BY a, b, m",
                                f);
  if (!spread) return spread.error();
  while ((rc = spread->Step()) == SQLITE_ROW) {
    auto it = edges.find({spread->Text(0), spread->Text(1), spread->Text(2)});
    if (it == edges.end()) continue;
    it->second.events = static_cast<int>(spread->Int(3));
    it->second.mentions = static_cast<int>(spread->Int(4));
    it->second.documents = static_cast<int>(spread->Int(5));
    it->second.sources = static_cast<int>(spread->Int(6));
    it->second.independent = static_cast<int>(spread->Int(7));
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read the graph");

  std::vector<GraphEdge> out;
  out.reserve(edges.size());
  for (auto& [key, edge] : edges) out.push_back(std::move(edge));
  SortEdges(out, filter.limit);
  return out;
}

Expected<SqliteStore::DocStmts> SqliteStore::PrepareDocStmts() {
  sqlite3* db = db_.get();
  auto errors = sqlite::Stmt::Prepare(
      db, "SELECT code, message FROM document_errors WHERE doc_id = ?1 ORDER BY seq");
  auto mentions = sqlite::Stmt::Prepare(
      db,
      "SELECT m.entity_id, ent.name, ent.kind, ent.country, ent.sector, m.begin, m.end"
      " FROM mentions m LEFT JOIN entities ent ON ent.id = m.entity_id"
      " WHERE m.doc_id = ?1 ORDER BY m.entity_id, m.begin, m.end");
  auto events = sqlite::Stmt::Prepare(db, std::string("SELECT ") + kEventColumns +
                                              " FROM events e WHERE e.doc_id = ?1 ORDER BY e.seq");
  for (auto* st : {&errors, &mentions, &events}) {
    if (!*st) return st->error();
  }
  return DocStmts{std::move(*errors), std::move(*mentions), std::move(*events)};
}

void SqliteStore::ReadDocParts(DocStmts& st, Doc& doc) {
  st.errors.Bind(1, doc.id);
  while (st.errors.Step() == SQLITE_ROW) doc.AddError(st.errors.Text(0), st.errors.Text(1));
  st.errors.Reset();

  st.mentions.Bind(1, doc.id);
  while (st.mentions.Step() == SQLITE_ROW) {
    std::string id = st.mentions.Text(0);
    if (doc.entities.empty() || doc.entities.back().id != id) {
      doc.entities.push_back(Entity{id,
                                    st.mentions.Text(1),
                                    st.mentions.Text(2),
                                    st.mentions.Text(3),
                                    st.mentions.Text(4),
                                    {}});
    }
    doc.entities.back().mentions.push_back({st.mentions.U32(5), st.mentions.U32(6)});
  }
  st.mentions.Reset();
  SortByFirstMention(doc.entities);

  st.events.Bind(1, doc.id);
  while (st.events.Step() == SQLITE_ROW) doc.events.push_back(ReadEvent(st.events, 0));
  st.events.Reset();
}

Status SqliteStore::ForEachDocument(const std::function<void(const Doc&)>& fn) {
  sqlite3* db = db_.get();
  auto docs = sqlite::Stmt::Prepare(
      db, std::string("SELECT ") + kDocColumns + " FROM documents ORDER BY id");
  if (!docs) return docs.error();
  auto parts = PrepareDocStmts();
  if (!parts) return parts.error();
  // One read transaction, so every document is read from the same snapshot.
  if (Status s = db_.Exec("BEGIN"); !s.ok()) return s;
  int rc;
  Status failure;
  while ((rc = docs->Step()) == SQLITE_ROW) {
    Doc doc = ReadDocColumns(*docs);
    ReadDocParts(*parts, doc);
    fn(doc);
  }
  if (rc != SQLITE_DONE) failure = sqlite::Error(db, "cannot read documents");
  docs->Reset();
  db_.Exec("COMMIT");
  return failure;
}

Expected<std::optional<Doc>> SqliteStore::Document(const std::string& id) {
  auto doc = sqlite::Stmt::Prepare(
      db_.get(), std::string("SELECT ") + kDocColumns + " FROM documents WHERE id = ?1");
  if (!doc) return doc.error();
  auto parts = PrepareDocStmts();
  if (!parts) return parts.error();
  if (Status s = db_.Exec("BEGIN"); !s.ok()) return s;
  doc->Bind(1, id);
  std::optional<Doc> out;
  int rc = doc->Step();
  if (rc == SQLITE_ROW) {
    out = ReadDocColumns(*doc);
    ReadDocParts(*parts, *out);
  }
  doc->Reset();
  db_.Exec("COMMIT");
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sqlite::Error(db_.get(), "cannot read a document");
  return out;
}

Expected<StoreStats> SqliteStore::Stats() {
  auto st = sqlite::Stmt::Prepare(db_.get(),
                                  "SELECT (SELECT count(*) FROM documents),"
                                  " (SELECT count(*) FROM documents WHERE status = 'failed'),"
                                  " (SELECT count(*) FROM events), (SELECT count(*) FROM entities),"
                                  " (SELECT count(*) FROM mentions)");
  if (!st) return st.error();
  if (st->Step() != SQLITE_ROW) return sqlite::Error(db_.get(), "cannot read stats");
  StoreStats s;
  s.documents = static_cast<size_t>(st->Int(0));
  s.failed_documents = static_cast<size_t>(st->Int(1));
  s.events = static_cast<size_t>(st->Int(2));
  s.entities = static_cast<size_t>(st->Int(3));
  s.mentions = static_cast<size_t>(st->Int(4));
  return s;
}

}  // namespace entente
