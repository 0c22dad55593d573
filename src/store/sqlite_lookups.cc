// store/sqlite_lookups.cc — reading the SQLite store for browsers of it: the summary behind
// filters, entities by id or country code, the names documents use, full-text search, and
// query deadlines.
#include <algorithm>
#include <map>

#include "store/sqlite_store.h"

namespace entente {
namespace {

// Reads (value, count) rows until the statement is done.
Status ReadFacets(sqlite::Stmt& st, std::vector<Facet>& out, sqlite3* db) {
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out.push_back({st.Text(0), static_cast<size_t>(st.Int(1))});
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read the store's summary");
  return Status();
}

// The FTS5 query for plain words: each word a quoted phrase (so no character has a query
// meaning), words of three or more code points also match as prefixes (inflected forms), all
// words required. "" when there is no word.
std::string FtsQuery(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ') ++i;
    size_t start = i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) > ' ') ++i;
    if (start == i) break;
    std::string word = text.substr(start, i - start);
    size_t code_points = 0;
    for (char c : word) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (!out.empty()) out += " AND ";
    out += '"';
    for (char c : word) {
      out += c;
      if (c == '"') out += '"';
    }
    out += '"';
    if (code_points >= 3) out += '*';
  }
  return out;
}

}  // namespace

Expected<StoreSummary> SqliteStore::Summary() {
  sqlite3* db = db_.get();
  StoreSummary sum;
  if (Status s = db_.Exec("BEGIN"); !s.ok()) return s;
  struct Commit {  // one snapshot for every count; the read transaction ends on every path
    sqlite::Db& db;
    ~Commit() { db.Exec("COMMIT"); }
  } commit{db_};

  auto sizes = sqlite::Stmt::Prepare(
      db,
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
      " (SELECT min(COALESCE(e.date, d.pub_date)) FROM events e JOIN documents d ON d.id ="
      " e.doc_id), (SELECT max(COALESCE(e.date, d.pub_date)) FROM events e JOIN documents d ON"
      " d.id = e.doc_id)");
  if (!sizes) return sizes.error();
  if (sizes->Step() != SQLITE_ROW) return sqlite::Error(db, "cannot read the store's summary");
  sum.documents = static_cast<size_t>(sizes->Int(0));
  sum.events = static_cast<size_t>(sizes->Int(1));
  sum.date_min = sizes->Text(2);
  sum.date_max = sizes->Text(3);

  // Languages and outlets of the documents that have events: what filtering events can use.
  const std::pair<const char*, std::vector<Facet>*> facets[] = {
      {"SELECT d.lang, count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
       " WHERE d.lang <> '' GROUP BY 1 ORDER BY 2 DESC, 1",
       &sum.languages},
      {"SELECT d.source, count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
       " WHERE d.source <> '' GROUP BY 1 ORDER BY 2 DESC, 1",
       &sum.sources},
      {"SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", &sum.types},
      {"SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", &sum.modalities},
  };
  for (const auto& [sql, out] : facets) {
    auto st = sqlite::Stmt::Prepare(db, sql);
    if (!st) return st.error();
    if (Status s = ReadFacets(*st, *out, db); !s.ok()) return s;
  }
  return sum;
}

Expected<std::shared_ptr<const crossdoc::ActorAliasMap>> SqliteStore::Aliases() {
  auto now = DataVersion();
  if (!now) return now.error();
  if (aliases_ && *now == aliases_version_) return aliases_;
  // Each entity as Write keeps it, with the documents and mentions that name it: mentions
  // counted per (document, entity) in the order of their primary key (no sort), then summed.
  auto per_doc = sqlite::Stmt::Prepare(
      db_.get(), "SELECT entity_id, count(*) FROM mentions GROUP BY doc_id, entity_id");
  auto entities = sqlite::Stmt::Prepare(db_.get(), "SELECT id, name, kind, country FROM entities");
  if (!per_doc) return per_doc.error();
  if (!entities) return entities.error();
  std::map<std::string, crossdoc::Actor> named;
  int rc;
  while ((rc = per_doc->Step()) == SQLITE_ROW) {
    crossdoc::Actor& a = named[per_doc->Text(0)];
    ++a.documents;
    a.mentions += static_cast<size_t>(per_doc->Int(1));
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read mentions");
  std::vector<crossdoc::Actor> actors;
  while ((rc = entities->Step()) == SQLITE_ROW) {
    auto it = named.find(entities->Text(0));
    if (it == named.end()) continue;  // named by no stored document now
    crossdoc::Actor& a = it->second;
    a.id = it->first;
    a.name = entities->Text(1);
    a.kind = entities->Text(2);
    a.country = entities->Text(3);
    actors.push_back(std::move(a));
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot read entities");
  aliases_ = std::make_shared<const crossdoc::ActorAliasMap>(crossdoc::AliasMapOf(actors));
  aliases_version_ = *now;
  return aliases_;
}

Expected<std::shared_ptr<const crossdoc::ActorAliasMap>> SqliteStore::FilterAliases(
    const EventFilter& filter) {
  static const auto kNone = std::make_shared<const crossdoc::ActorAliasMap>();
  if (filter.actor.empty() && filter.partner.empty()) return kNone;
  return Aliases();
}

Expected<std::map<std::string, std::string>> SqliteStore::ActorAliases() {
  auto aliases = Aliases();
  if (!aliases) return aliases.error();
  return (*aliases)->canonical;
}

Expected<std::vector<Entity>> SqliteStore::FindEntities(const std::vector<std::string>& ids) {
  auto aliases = Aliases();
  if (!aliases) return aliases.error();
  sqlite3* db = db_.get();
  auto by_id = sqlite::Stmt::Prepare(
      db, "SELECT id, name, kind, country, sector FROM entities WHERE id = ?1");
  if (!by_id) return by_id.error();
  // A code's own entity: a state before an IGO before a region; the smallest id among equals.
  auto by_code = sqlite::Stmt::Prepare(
      db,
      "SELECT id, name, kind, country, sector FROM entities WHERE country = ?1 AND kind IN"
      " ('state', 'igo', 'region') ORDER BY CASE kind WHEN 'state' THEN 0 WHEN 'igo' THEN 1"
      " ELSE 2 END, id LIMIT 1");
  if (!by_code) return by_code.error();
  std::vector<Entity> out;
  for (const std::string& id : ids) {
    for (sqlite::Stmt* st : {&*by_id, &*by_code}) {
      st->Bind(1, (*aliases)->Canonical(id));
      int rc = st->Step();
      if (rc == SQLITE_ROW) {
        out.push_back(Entity{st->Text(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4), {}});
      }
      st->Reset();
      if (rc == SQLITE_ROW) break;
      if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read entities");
    }
  }
  return out;
}

Expected<std::vector<Facet>> SqliteStore::NamesOf(const std::string& entity_id, size_t limit) {
  auto aliases = Aliases();
  if (!aliases) return aliases.error();
  const std::vector<std::string> named = (*aliases)->Named(entity_id);
  std::string in;  // ?2, ?3, ...
  for (size_t i = 0; i < named.size(); ++i) in += (i ? ", ?" : "?") + std::to_string(i + 2);
  auto st = sqlite::Stmt::Prepare(
      db_.get(),
      "SELECT CAST(substr(CAST(d.text AS BLOB), m.begin + 1, m.end - m.begin) AS TEXT) AS name,"
      " count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN (" +
          in + ") GROUP BY name ORDER BY 2 DESC, name LIMIT ?1");
  if (!st) return st.error();
  st->Bind(1, limit);
  for (size_t i = 0; i < named.size(); ++i) st->Bind(static_cast<int>(i + 2), named[i]);
  std::vector<Facet> out;
  if (Status s = ReadFacets(*st, out, db_.get()); !s.ok()) return s;
  return out;
}

Expected<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, size_t limit) {
  std::string match = FtsQuery(query);
  std::vector<SearchHit> out;
  if (match.empty()) return out;
  auto st = sqlite::Stmt::Prepare(
      db_.get(),
      "SELECT d.id, d.url, d.source, d.lang, d.pub_date, f.title,"
      " snippet(documents_fts, 1, char(1), char(2), '…', 24)"
      " FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
      " WHERE documents_fts MATCH ?1 ORDER BY bm25(documents_fts, 2.0, 1.0), d.id LIMIT ?2");
  if (!st) return st.error();
  st->Bind(1, match);
  st->Bind(2, limit);
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    out.push_back({st->Text(0), st->Text(1), st->Text(2), st->Text(3), st->Text(4), st->Text(5),
                   st->Text(6)});
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db_.get(), "cannot search the documents");
  return out;
}

Expected<int64_t> SqliteStore::DataVersion() {
  auto st = sqlite::Stmt::Prepare(db_.get(), "PRAGMA data_version");
  if (!st) return st.error();
  if (st->Step() != SQLITE_ROW) return sqlite::Error(db_.get(), "cannot read the data version");
  return st->Int(0);
}

int SqliteStore::CheckDeadline(void* self) {
  auto* store = static_cast<SqliteStore*>(self);
  if (std::chrono::steady_clock::now() < store->deadline_) return 0;
  store->timed_out_ = true;
  return 1;  // SQLite stops the statement with SQLITE_INTERRUPT
}

void SqliteStore::SetDeadline(std::chrono::steady_clock::time_point deadline) {
  deadline_ = deadline;
  timed_out_ = false;
  // The handler runs every 1000 virtual-machine steps: microseconds apart.
  if (deadline == std::chrono::steady_clock::time_point::max()) {
    sqlite3_progress_handler(db_.get(), 0, nullptr, nullptr);
  } else {
    sqlite3_progress_handler(db_.get(), 1000, &SqliteStore::CheckDeadline, this);
  }
}

}  // namespace entente
