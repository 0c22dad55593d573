// store/sqlite_store.cc — opening the SQLite store and writing documents into it.
#include "store/sqlite_store.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "crossdoc/crossdoc.h"
#include "store/store_common.h"

namespace entente {
namespace {

// CPU seconds this thread has run: the per-core cost of a step, whatever else the machine runs.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

Status WithDoc(const Status& s, const Doc& doc) {
  return Status::Error("cannot store document '" + doc.id + "': " + s.message());
}

}  // namespace

std::string BodyToJson(const std::vector<Span>& body) {
  std::string out = "[";
  for (size_t i = 0; i < body.size(); ++i) {
    if (i) out += ",";
    out += "[" + std::to_string(body[i].begin) + "," + std::to_string(body[i].end) + "]";
  }
  return out + "]";
}

std::vector<Span> BodyFromJson(std::string_view json) {
  std::vector<Span> out;
  auto spans = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!spans.is_array()) return out;
  for (const auto& s : spans)
    if (s.is_array() && s.size() == 2 && s[0].is_number_unsigned() && s[1].is_number_unsigned())
      out.push_back({s[0].get<uint32_t>(), s[1].get<uint32_t>()});
  return out;
}

Modality ParseModality(std::string_view name) {
  for (Modality m : {Modality::kAsserted, Modality::kPlanned, Modality::kIntended,
                     Modality::kHedged, Modality::kReported, Modality::kNegated}) {
    if (ModalityName(m) == name) return m;
  }
  return Modality::kAsserted;
}

Expected<std::unique_ptr<Store>> OpenSqlite(const std::string& path, Store::Mode mode) {
  using Mode = Store::Mode;
  const bool read_only = mode == Mode::kReadOnly;
  if (read_only && !std::filesystem::exists(path)) {
    return Status::Error("cannot open database '" + path + "' read-only: no such file");
  }
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto db = sqlite::Db::Open(path, flags | SQLITE_OPEN_NOMUTEX);
  if (!db) {
    std::string hint = read_only ? "" : " (does the directory exist and is it writable?)";
    return Status::Error(db.error().message() + hint);
  }
  if (!read_only && sqlite3_db_readonly(db->get(), "main") == 1) {
    return Status::Error("cannot open database '" + path +
                         "' for writing: the file is read-only (check its permissions)");
  }
  if (Status s = schema::Prepare(*db, path, mode); !s.ok()) return s;
  auto store = std::make_unique<SqliteStore>(std::move(*db), path, mode);
  if (!read_only) {
    if (Status s = store->Backfill(); !s.ok()) return s;
  }
  return std::unique_ptr<Store>(std::move(store));
}

Status SqliteStore::PrepareWriteStmts() {
  if (w_) return Status();
  WriteStmts w;
  const std::string loose_mentions =
      "SELECT id, COALESCE(date, ''), doc_id, cluster, bucket FROM events"
      " WHERE event_key = ?1 AND bucket BETWEEN ?2 AND ?3 AND " +
      schema::LooseMentionSql();
  struct Item {
    sqlite::Stmt* st;
    const char* sql;
  };
  const Item items[] = {
      {&w.find_doc, "SELECT content_hash FROM documents WHERE id = ?1"},
      {&w.delete_doc, "DELETE FROM documents WHERE id = ?1"},
      {&w.insert_doc,
       "INSERT INTO documents (id, content_hash, url, source, pub_date, lang, text, body, status)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w.insert_error,
       "INSERT INTO document_errors (doc_id, seq, code, message) VALUES (?1, ?2, ?3, ?4)"},
      // An entity id seen in several documents keeps the smallest description ever written:
      // the result does not depend on write order, so resumed ingests end the same.
      {&w.upsert_entity,
       "INSERT INTO entities (id, name, kind, country, sector) VALUES (?1, ?2, ?3, ?4, ?5)"
       " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
       " country = excluded.country, sector = excluded.sector"
       " WHERE (excluded.name, excluded.kind, excluded.country, excluded.sector)"
       " < (entities.name, entities.kind, entities.country, entities.sector)"},
      {&w.insert_mention,
       "INSERT OR IGNORE INTO mentions (doc_id, entity_id, begin, end) VALUES (?1, ?2, ?3, ?4)"},
      {&w.insert_event,
       "INSERT INTO events (id, doc_id, seq, src_country, src_actor, src_text, src_begin,"
       " src_end, tgt_country, tgt_actor, tgt_text, tgt_begin, tgt_end, type, cameo, mode,"
       " trigger_text, trigger_begin, trigger_end, date, modality, attribution, place_name,"
       " place_country, place_lat, place_lon, sentence_begin, sentence_end, confidence,"
       " event_key, cluster, bucket)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
       " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)"},
      {&w.insert_source, "INSERT OR IGNORE INTO sources (name) VALUES (?1)"},
      {&w.set_words, "UPDATE documents SET words = ?2 WHERE id = ?1"},
      {&w.insert_term, "INSERT INTO story_terms (doc_id, term, weight) VALUES (?1, ?2, ?3)"},
      {&w.insert_framing,
       "INSERT INTO framing (doc_id, seq, frame, term, tone, begin, end)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      // After a replacement an outlet may have no document left.
      {&w.prune_sources,
       "DELETE FROM sources WHERE NOT EXISTS"
       " (SELECT 1 FROM documents d WHERE d.source = sources.name)"},
      {&w.chain_of, "SELECT chain FROM fingerprints WHERE doc_id = ?1"},
      {&w.chain_members,
       "SELECT f.doc_id, COALESCE(d.pub_date, ''), f.simhash FROM fingerprints f"
       " JOIN documents d ON d.id = f.doc_id WHERE f.chain = ?1"},
      // One search per band index, which holds all it reads (an OR would collect the matches
      // in a temporary table).
      {&w.band_candidates,
       "SELECT doc_id, simhash FROM fingerprints WHERE band0 = ?2 AND doc_id <> ?1"
       " UNION ALL SELECT doc_id, simhash FROM fingerprints WHERE band1 = ?3 AND doc_id <> ?1"
       " UNION ALL SELECT doc_id, simhash FROM fingerprints WHERE band2 = ?4 AND doc_id <> ?1"
       " UNION ALL SELECT doc_id, simhash FROM fingerprints WHERE band3 = ?5 AND doc_id <> ?1"},
      {&w.set_chain,
       "UPDATE fingerprints SET chain = ?2, chain_date = ?3 WHERE doc_id = ?1"
       " AND (chain <> ?2 OR chain_date <> ?3)"},  // a replaced head may bring another date
      {&w.undated,
       "SELECT id, event_key, bucket FROM events WHERE doc_id = ?1 AND event_key <> ''"
       " AND date IS NULL"},
      {&w.move_mention, "UPDATE events SET bucket = ?2 WHERE id = ?1"},
      // Read from the events_loose index alone.
      {&w.key_mentions, loose_mentions.c_str()},
      {&w.key_first_days,
       "SELECT day FROM event_days WHERE event_key = ?1 AND day BETWEEN ?2 AND ?3"
       " ORDER BY day LIMIT 2"},
      {&w.key_last_day,
       "SELECT day FROM event_days WHERE event_key = ?1 AND day BETWEEN ?2 AND ?3"
       " ORDER BY day DESC LIMIT 1"},
      {&w.chain_date_of, "SELECT chain_date FROM fingerprints WHERE doc_id = ?1"},
      {&w.set_cluster, "UPDATE events SET cluster = ?2 WHERE id = ?1"},
  };
  for (const Item& item : items) {
    auto st = sqlite::Stmt::Prepare(db_.get(), item.sql);
    if (!st) return st.error();
    *item.st = std::move(*st);
  }
  w_ = std::move(w);
  return Status();
}

Status SqliteStore::WriteDoc(const Doc& doc, WriteResult& result, bool& replaced,
                             Pending& pending) {
  sqlite3* db = db_.get();
  const std::string hash = doc.ContentHash();

  w_->find_doc.Bind(1, doc.id);
  int rc = w_->find_doc.Step();
  std::optional<std::string> stored;
  if (rc == SQLITE_ROW) stored = w_->find_doc.Text(0);
  w_->find_doc.Reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return sqlite::Error(db, "lookup");
  if (stored && *stored == hash) {
    ++result.unchanged;
    return Status();
  }
  if (stored) {              // same id, other content: the new version replaces the old one
    pending.Forget(doc.id);  // an earlier version in this very batch
    if (Status s = NoteRemoval(doc.id, pending); !s.ok()) return s;
    w_->delete_doc.Bind(1, doc.id);
    if (Status s = sqlite::StepDone(db, w_->delete_doc, "delete old version"); !s.ok()) return s;
    replaced = true;
  }

  const bool failed = doc.failed();
  sqlite::Stmt& d = w_->insert_doc;
  d.Bind(1, doc.id);
  d.Bind(2, hash);
  d.Bind(3, doc.url);
  d.Bind(4, doc.source);
  d.BindOrNull(5, doc.date);
  d.Bind(6, doc.lang);
  d.Bind(7, doc.text);
  d.Bind(8, BodyToJson(doc.body));
  d.Bind(9, failed ? "failed" : "ok");
  if (Status s = sqlite::StepDone(db, d, "insert document"); !s.ok()) return s;
  ++result.written;

  if (!doc.source.empty()) {
    w_->insert_source.Bind(1, doc.source);
    if (Status s = sqlite::StepDone(db, w_->insert_source, "insert source"); !s.ok()) return s;
  }

  for (size_t i = 0; i < doc.errors.size(); ++i) {
    sqlite::Stmt& e = w_->insert_error;
    e.Bind(1, doc.id);
    e.Bind(2, i);
    e.Bind(3, doc.errors[i].code);
    e.Bind(4, doc.errors[i].message);
    if (Status s = sqlite::StepDone(db, e, "insert error"); !s.ok()) return s;
  }
  if (failed) {  // a failed document keeps its text and errors, nothing extracted
    ++result.failed;
    return Status();
  }
  const double fingerprint_start = ThreadCpuSeconds();
  if (Status s = Fingerprint(doc, pending); !s.ok()) return s;
  result.fingerprint_seconds += ThreadCpuSeconds() - fingerprint_start;

  for (const Entity& ent : doc.entities) {
    if (ent.id.empty()) continue;
    sqlite::Stmt& u = w_->upsert_entity;
    u.Bind(1, ent.id);
    u.Bind(2, ent.name);
    u.Bind(3, ent.kind);
    u.Bind(4, ent.country);
    u.Bind(5, ent.sector);
    if (Status s = sqlite::StepDone(db, u, "upsert entity"); !s.ok()) return s;
    for (Span m : ent.mentions) {
      sqlite::Stmt& mst = w_->insert_mention;
      mst.Bind(1, doc.id);
      mst.Bind(2, ent.id);
      mst.Bind(3, m.begin);
      mst.Bind(4, m.end);
      if (Status s = sqlite::StepDone(db, mst, "insert mention"); !s.ok()) return s;
    }
  }

  // A mention without a key is an event of its own; the others wait for Reconcile.
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& ev = doc.events[i];
    std::string key = crossdoc::EventKey(ev);
    ++result.events;
    if (!key.empty()) {
      pending.new_events.push_back({&doc, i, EventId(hash, i), hash, std::move(key), "", "", ""});
      continue;
    }
    const std::string cluster = crossdoc::ClusterIds("", {{EventId(hash, i), "", ""}})[0];
    if (Status s = InsertEvent(doc, hash, i, "", cluster, crossdoc::Bucket(ev.date, doc.date));
        !s.ok())
      return s;
  }
  return failed ? Status() : WriteProfile(doc);
}

Status SqliteStore::InsertEvent(const Doc& doc, const std::string& hash, size_t i,
                                const std::string& key, const std::string& cluster,
                                const std::string& bucket) {
  const Event& ev = doc.events[i];
  sqlite::Stmt& e = w_->insert_event;
  e.Bind(1, EventId(hash, i));
  e.Bind(2, doc.id);
  e.Bind(3, i);
  e.Bind(4, ev.src.country);
  e.Bind(5, ev.src.actor);
  e.Bind(6, ev.src.text);
  e.Bind(7, ev.src.span.begin);
  e.Bind(8, ev.src.span.end);
  e.Bind(9, ev.tgt.country);
  e.Bind(10, ev.tgt.actor);
  e.Bind(11, ev.tgt.text);
  e.Bind(12, ev.tgt.span.begin);
  e.Bind(13, ev.tgt.span.end);
  e.Bind(14, ev.type);
  e.Bind(15, ev.cameo);
  e.Bind(16, ev.mode);
  e.Bind(17, ev.trigger_text);
  e.Bind(18, ev.trigger.begin);
  e.Bind(19, ev.trigger.end);
  e.BindOrNull(20, ev.date);
  e.Bind(21, ModalityName(ev.modality));
  e.Bind(22, ev.attribution);
  if (ev.place) {
    e.Bind(23, ev.place->name);
    e.Bind(24, ev.place->country);
    e.Bind(25, ev.place->lat);
    e.Bind(26, ev.place->lon);
  }  // else the cleared bindings leave place_* NULL
  e.Bind(27, ev.sentence.begin);
  e.Bind(28, ev.sentence.end);
  e.Bind(29, ev.confidence);
  e.Bind(30, key);
  e.Bind(31, cluster);
  e.Bind(32, bucket);
  return sqlite::StepDone(db_.get(), e, "insert event");
}

Expected<WriteResult> SqliteStore::Write(const std::vector<Doc>& docs) {
  if (mode_ == Mode::kReadOnly) {
    return Status::Error("cannot write to '" + path_ + "': the store was opened read-only");
  }
  if (Status s = PrepareWriteStmts(); !s.ok()) return s;
  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) {
    return Status::Error("cannot write to '" + path_ + "': " + s.message());
  }
  WriteResult result;
  bool replaced = false;
  Pending pending;
  for (const Doc& doc : docs) {
    if (Status s = WriteDoc(doc, result, replaced, pending); !s.ok()) {
      db_.Exec("ROLLBACK");
      return WithDoc(s, doc);
    }
  }
  const double gather_start = ThreadCpuSeconds();
  if (Status s = Reconcile(pending); !s.ok()) {
    db_.Exec("ROLLBACK");
    return Status::Error("cannot gather events in '" + path_ + "': " + s.message());
  }
  result.gather_seconds += ThreadCpuSeconds() - gather_start;
  if (Status s = InsertPendingEvents(pending); !s.ok()) {
    db_.Exec("ROLLBACK");
    return Status::Error("cannot write events to '" + path_ + "': " + s.message());
  }
  if (replaced) {
    if (Status s = sqlite::StepDone(db_.get(), w_->prune_sources, "prune sources"); !s.ok()) {
      db_.Exec("ROLLBACK");
      return s;
    }
  }
  if (Status s = db_.Exec("COMMIT"); !s.ok()) {
    db_.Exec("ROLLBACK");
    return Status::Error("cannot commit to '" + path_ + "': " + s.message());
  }
  aliases_version_ = -1;  // data_version does not count this connection's commits
  return result;
}

bool SqliteStore::Has(const std::string& id, const std::string& content_hash) {
  if (!has_) {
    auto st = sqlite::Stmt::Prepare(db_.get(),
                                    "SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2");
    if (!st) return false;
    has_ = std::move(*st);
  }
  has_.Bind(1, id);
  has_.Bind(2, content_hash);
  bool found = has_.Step() == SQLITE_ROW;
  has_.Reset();
  return found;
}

}  // namespace entente
