// store/schema.cc — the versioned schema of the SQLite store and its forward migrations.
//
// Version 1 (PRAGMA user_version = 1, PRAGMA application_id = "ente"):
//   documents        one row per document: id, content_hash, url, source, pub_date (NULL when
//                    unknown), lang, text (the exact bytes; spans are byte offsets into it),
//                    body (JSON array of [begin, end) spans), status ('ok' | 'failed').
//   document_errors  (doc_id, seq) → code, message, for failed documents.
//   sources          outlet names of the stored documents.
//   entities         id → name, kind, country, sector (shared across documents).
//   mentions         (doc_id, entity_id, begin, end): where a document names an entity.
//   events           id "<hash16>-<seq>" → the event's fields, flat; place_* NULL when none,
//                    date NULL when unknown; sentence_* locate the evidence in documents.text.
// Rows that hang off a document use FOREIGN KEY ... ON DELETE CASCADE, so deleting a document
// removes its errors, mentions and events.
//
// Version 2 adds full-text search:
//   documents_fts    FTS5 (unicode61, diacritics folded) over each stored 'ok' document's title
//                    (its first body span) and body text (its body spans joined by newlines),
//                    with rowid = documents.rowid. Triggers keep it in step with documents, so
//                    Write() needs no change; the migration indexes the documents already stored.
//
// Version 3 ties documents together (crossdoc/crossdoc.h):
//   events.event_key  the key of the real-world event a mention reports ("" = none known);
//   events.cluster    the real-world event (one id for every mention of it; a mention without
//                     a key is an event of its own);
//   fingerprints      per 'ok' document: its SimHash, four 16-bit bands (indexed, to find
//                     near-duplicates), and its report chain: the earliest document (by
//                     publication date, then id) among those it is a near-duplicate of, with
//                     that document's publication date (chain_date; "" when undated).
//   events.bucket     crossdoc::Bucket of the mention (the month its event is decided in);
// events_key covers what regathering a key's bucket reads, so writes read no event rows.
// The store fills both at every write; SqliteStore::Backfill fills them for rows written
// before version 3.
//
// Version 4 keeps what documents are about and how they say it (stories/stories.h,
// framing/framing.h):
//   documents.words  word tokens of the body (the base of framing rates and tone);
//   story_terms      (doc_id, term) → weight: the document's story terms;
//   framing          (doc_id, seq) → frame ('' for a tone word), term, tone, begin, end.
// Documents stored before version 4 have neither until they are written again.
//
// Version 5 makes regathering read only what can change (crossdoc::DatedToTheDay):
//   event_days       (event_key, day) → n: the days that keyed mentions dated to the day name,
//                    with how many do; triggers on events keep it, so writes need no change.
//   events_loose     a partial index over the keyed mentions not dated to a day (a month, a
//                    year, none), the only ones whose real-world event can change. It replaces
//                    events_key: a mention dated to a day is stored with its final event.
//
// Version 6 makes the search for near-duplicates read the band indexes alone: each is
// (bandN, simhash) (+ doc_id, the key), so a document's candidates are told apart by their
// fingerprints without a lookup in the table; only a near-duplicate's chain is read.
#include <chrono>
#include <string>
#include <string_view>
#include <thread>

#include "store/sqlite_store.h"

namespace entente::schema {
namespace {

constexpr const char* kV1Tables = R"sql(
CREATE TABLE documents (
  id           TEXT PRIMARY KEY NOT NULL,
  content_hash TEXT NOT NULL,
  url          TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  pub_date     TEXT,
  lang         TEXT NOT NULL DEFAULT '',
  text         TEXT NOT NULL DEFAULT '',
  body         TEXT NOT NULL DEFAULT '[]',
  status       TEXT NOT NULL CHECK (status IN ('ok', 'failed'))
);
CREATE TABLE document_errors (
  doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  code    TEXT NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE sources (
  name TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
CREATE TABLE entities (
  id      TEXT PRIMARY KEY NOT NULL,
  name    TEXT NOT NULL DEFAULT '',
  kind    TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  sector  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE mentions (
  doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  begin     INTEGER NOT NULL,
  end       INTEGER NOT NULL,
  PRIMARY KEY (doc_id, entity_id, begin, end)
) WITHOUT ROWID;
CREATE TABLE events (
  id             TEXT PRIMARY KEY NOT NULL,
  doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  src_country    TEXT NOT NULL DEFAULT '',
  src_actor      TEXT NOT NULL DEFAULT '',
  src_text       TEXT NOT NULL DEFAULT '',
  src_begin      INTEGER NOT NULL,
  src_end        INTEGER NOT NULL,
  tgt_country    TEXT NOT NULL DEFAULT '',
  tgt_actor      TEXT NOT NULL DEFAULT '',
  tgt_text       TEXT NOT NULL DEFAULT '',
  tgt_begin      INTEGER NOT NULL,
  tgt_end        INTEGER NOT NULL,
  type           TEXT NOT NULL,
  cameo          TEXT NOT NULL DEFAULT '',
  mode           TEXT NOT NULL DEFAULT '',
  trigger_text   TEXT NOT NULL DEFAULT '',
  trigger_begin  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  date           TEXT,
  modality       TEXT NOT NULL,
  attribution    TEXT NOT NULL DEFAULT '',
  place_name     TEXT,
  place_country  TEXT,
  place_lat      REAL,
  place_lon      REAL,
  sentence_begin INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  confidence     REAL NOT NULL,
  UNIQUE (doc_id, seq)
);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_pub_date ON documents(pub_date);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX events_src_country ON events(src_country);
CREATE INDEX events_tgt_country ON events(tgt_country);
CREATE INDEX events_src_actor ON events(src_actor);
CREATE INDEX events_tgt_actor ON events(tgt_actor);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
)sql";

// SQL whose `@` stands for a documents row (NEW in a trigger, documents in the migration): its
// rowid, title (first body span) and body text (body spans joined by newlines), cut out of the
// text by the JSON body's byte offsets (hence the BLOB casts).
constexpr std::string_view kFtsValues =
    "@.rowid,"
    " (SELECT CAST(substr(CAST(@.text AS BLOB), j.value ->> 0 + 1, (j.value ->> 1) - (j.value ->> "
    "0))"
    " AS TEXT) FROM json_each(@.body) j ORDER BY CAST(j.key AS INTEGER) LIMIT 1),"
    " (SELECT group_concat(CAST(substr(CAST(@.text AS BLOB), s.b + 1, s.e - s.b) AS TEXT), "
    "char(10))"
    " FROM (SELECT j.value ->> 0 AS b, j.value ->> 1 AS e FROM json_each(@.body) j"
    " ORDER BY CAST(j.key AS INTEGER)) s)";

std::string FtsValues(std::string_view row) {
  std::string out;
  for (char c : kFtsValues) {
    if (c == '@') {
      out += row;
    } else {
      out += c;
    }
  }
  return out;
}

const std::string& V2Search() {
  static const std::string sql =
      "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body,"
      " tokenize = 'unicode61 remove_diacritics 2');"
      "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.status = 'ok' BEGIN"
      " INSERT INTO documents_fts(rowid, title, body) SELECT " +
      FtsValues("new") +
      "; END;"
      "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
      " DELETE FROM documents_fts WHERE rowid = old.rowid; END;"
      "INSERT INTO documents_fts(rowid, title, body) SELECT " +
      FtsValues("documents") + " FROM documents WHERE status = 'ok';";
  return sql;
}

constexpr const char* kV3CrossDoc = R"sql(
ALTER TABLE events ADD COLUMN event_key TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN cluster TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN bucket TEXT NOT NULL DEFAULT '';
CREATE INDEX events_key ON events(event_key, bucket, doc_id, date, cluster, id);
CREATE INDEX events_cluster ON events(cluster);
CREATE TABLE fingerprints (
  doc_id  TEXT PRIMARY KEY NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  simhash INTEGER NOT NULL,
  band0   INTEGER NOT NULL,
  band1   INTEGER NOT NULL,
  band2   INTEGER NOT NULL,
  band3   INTEGER NOT NULL,
  chain   TEXT NOT NULL,
  chain_date TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX fingerprints_band0 ON fingerprints(band0);
CREATE INDEX fingerprints_band1 ON fingerprints(band1);
CREATE INDEX fingerprints_band2 ON fingerprints(band2);
CREATE INDEX fingerprints_band3 ON fingerprints(band3);
CREATE INDEX fingerprints_chain ON fingerprints(chain);
)sql";

constexpr const char* kV4Profiles = R"sql(
ALTER TABLE documents ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
CREATE TABLE story_terms (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  term   TEXT NOT NULL,
  weight REAL NOT NULL,
  PRIMARY KEY (doc_id, term)
) WITHOUT ROWID;
CREATE TABLE framing (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  frame  TEXT NOT NULL,
  term   TEXT NOT NULL,
  tone   INTEGER NOT NULL,
  begin  INTEGER NOT NULL,
  end    INTEGER NOT NULL,
  PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
)sql";

// Whether the events row `row` ("new", "old", an alias) is a keyed mention dated to a day, as
// crossdoc::DatedToTheDay says of its date.
std::string DayDated(const std::string& row) {
  return "(" + row + ".event_key <> '' AND " + DayDatedSql(row + ".date") + ")";
}

// The trigger bodies that count a row's day in and out.
std::string CountDay(const std::string& row, bool up) {
  const std::string where = " WHERE event_key = " + row + ".event_key AND day = " + row + ".date";
  if (up)
    return "INSERT INTO event_days (event_key, day, n) VALUES (" + row + ".event_key, " + row +
           ".date, 1) ON CONFLICT (event_key, day) DO UPDATE SET n = n + 1;";
  return "UPDATE event_days SET n = n - 1" + where + "; DELETE FROM event_days" + where +
         " AND n <= 0;";
}

const std::string& V5EventDays() {
  static const std::string sql = [] {
    std::string s =
        "DROP INDEX events_key;"
        "CREATE INDEX events_loose ON events(event_key, bucket, doc_id, date, cluster, id)"
        " WHERE " +
        LooseMentionSql() +
        ";"
        "CREATE TABLE event_days (event_key TEXT NOT NULL, day TEXT NOT NULL,"
        " n INTEGER NOT NULL, PRIMARY KEY (event_key, day)) WITHOUT ROWID;";
    auto trigger = [&](const std::string& name, const std::string& when, const std::string& row,
                       bool up) {
      s += "CREATE TRIGGER " + name + " AFTER " + when + " ON events WHEN " + DayDated(row) +
           " BEGIN " + CountDay(row, up) + " END;";
    };
    trigger("event_days_insert", "INSERT", "new", true);
    trigger("event_days_delete", "DELETE", "old", false);
    trigger("event_days_update_old", "UPDATE OF event_key, date", "old", false);
    trigger("event_days_update_new", "UPDATE OF event_key, date", "new", true);
    s += "INSERT INTO event_days (event_key, day, n) SELECT e.event_key, e.date, count(*)"
         " FROM events e WHERE " +
         DayDated("e") + " GROUP BY e.event_key, e.date;";
    return s;
  }();
  return sql;
}

constexpr const char* kV6CoveringBands = R"sql(
DROP INDEX fingerprints_band0;
DROP INDEX fingerprints_band1;
DROP INDEX fingerprints_band2;
DROP INDEX fingerprints_band3;
CREATE INDEX fingerprints_band0 ON fingerprints(band0, simhash);
CREATE INDEX fingerprints_band1 ON fingerprints(band1, simhash);
CREATE INDEX fingerprints_band2 ON fingerprints(band2, simhash);
CREATE INDEX fingerprints_band3 ON fingerprints(band3, simhash);
)sql";

// Reads an integer pragma such as user_version; the first read also tells a non-database file.
Expected<int> ReadPragma(sqlite::Db& db, const char* sql, const std::string& path) {
  auto st = sqlite::Stmt::Prepare(db.get(), sql);
  int rc = st ? st->Step() : SQLITE_ERROR;
  if (rc == SQLITE_ROW) return static_cast<int>(st->Int(0));
  int code = sqlite3_extended_errcode(db.get()) & 0xff;
  if (code == SQLITE_NOTADB) {
    return Status::Error("'" + path + "' is not an entente database: " + sqlite3_errmsg(db.get()));
  }
  return sqlite::Error(db.get(), "cannot read '" + path + "'");
}

Expected<bool> HasAnyTable(sqlite::Db& db) {
  auto st = sqlite::Stmt::Prepare(db.get(), "SELECT count(*) FROM sqlite_schema");
  if (!st) return st.error();
  if (st->Step() != SQLITE_ROW) return sqlite::Error(db.get(), "cannot read the schema");
  return st->Int(0) > 0;
}

// What Prepare learns about a database before touching it.
struct Found {
  int version = 0;
  bool fresh = false;  // no tables at all: a new (or empty) file
};

Expected<Found> Inspect(sqlite::Db& db, const std::string& path) {
  auto app = ReadPragma(db, "PRAGMA application_id", path);
  if (!app) return app.error();
  auto version = ReadPragma(db, "PRAGMA user_version", path);
  if (!version) return version.error();
  auto any = HasAnyTable(db);
  if (!any) return any.error();
  Found f{*version, !*any && *version == 0 && *app == 0};
  if (f.fresh) return f;
  if (*app != kApplicationId) {
    return Status::Error("'" + path +
                         "' is an SQLite database but not an entente database (application_id " +
                         std::to_string(*app) + ")");
  }
  if (*version > Store::kSchemaVersion) {
    return Status::Error("'" + path + "' has schema version " + std::to_string(*version) +
                         ", newer than this entente supports (" +
                         std::to_string(Store::kSchemaVersion) + "); upgrade entente");
  }
  return f;
}

}  // namespace

const std::vector<std::vector<const char*>>& Migrations() {
  static const std::vector<std::vector<const char*>> kMigrations = {
      // 0 → 1: the initial schema.
      {kV1Tables},
      // 1 → 2: full-text search over the documents' title and body.
      {V2Search().c_str()},
      // 2 → 3: event keys, real-world events, fingerprints and report chains.
      {kV3CrossDoc},
      // 3 → 4: story terms, framing hits, body word counts.
      {kV4Profiles},
      // 4 → 5: the days of each event key; an index of the mentions not dated to a day.
      {V5EventDays().c_str()},
      // 5 → 6: band indexes that carry the fingerprint.
      {kV6CoveringBands},
  };
  return kMigrations;
}

Status Prepare(sqlite::Db& db, const std::string& path, Store::Mode mode) {
  static_assert(Store::kSchemaVersion == 6, "add a migration step for the new version");
  // Processes that open one database at once (workers starting together) wait for each other.
  sqlite3_busy_timeout(db.get(), 10000);
  // One read transaction, so that a database another process is creating reads either as
  // empty or as complete, never as tables without the application id.
  if (Status s = db.Exec("BEGIN"); !s.ok()) return s;
  auto found = Inspect(db, path);
  db.Exec("COMMIT");
  if (!found) return found.error();

  if (mode == Store::Mode::kReadOnly) {
    if (found->fresh) return Status::Error("'" + path + "' is not an entente database (empty)");
    if (found->version != Store::kSchemaVersion) {
      return Status::Error("'" + path + "' has schema version " + std::to_string(found->version) +
                           "; open it read-write once to migrate");
    }
    return db.Exec("PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
  }

  // Pragmas that cannot run inside a transaction come first. Switching a new database to WAL
  // answers SQLITE_BUSY without waiting while another process does the same: try again.
  // A 64 MB page cache: the writer re-reads the events of every key a batch touches.
  int rc = SQLITE_BUSY;
  for (int attempt = 0; attempt < 200 && rc == SQLITE_BUSY; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    rc = sqlite3_exec(db.get(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK)
    return Status::Error("cannot configure '" + path + "': " + sqlite3_errstr(rc));
  if (Status s = db.Exec("PRAGMA cache_size=-65536; PRAGMA synchronous=NORMAL; "
                         "PRAGMA foreign_keys=ON;");
      !s.ok()) {
    return Status::Error("cannot configure '" + path + "': " + s.message());
  }
  if (found->version == Store::kSchemaVersion) return Status();

  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  // Another process may have migrated between Inspect and BEGIN: read again under the lock.
  auto now = Inspect(db, path);
  if (!now) {
    db.Exec("ROLLBACK");
    return now.error();
  }
  const auto& steps = Migrations();
  for (int v = now->version; v < Store::kSchemaVersion; ++v) {
    for (const char* sql : steps[static_cast<size_t>(v)]) {
      if (Status s = db.Exec(sql); !s.ok()) {
        db.Exec("ROLLBACK");
        return Status::Error("cannot migrate '" + path + "' to version " + std::to_string(v + 1) +
                             ": " + s.message());
      }
    }
  }
  // Pragmas take no bound parameters; these values are compile-time constants.
  std::string set = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                    "; PRAGMA user_version=" + std::to_string(Store::kSchemaVersion) + ";";
  if (Status s = db.Exec(set.c_str()); !s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace entente::schema
