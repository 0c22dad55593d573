// store/sqlite_crossdoc.cc — keeping report chains and real-world events as documents come and
// go. Everything here runs inside the write's transaction, and its result depends only on the
// set of stored documents (chains are the connected components of the near-duplicate relation,
// named by their earliest member; events follow crossdoc::ClusterIds), so batch order and
// interrupted runs do not change it.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "crossdoc/crossdoc.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {
namespace {

using Member = ChainMember;

Expected<std::vector<Member>> Members(sqlite3* db, const std::string& where,
                                      const std::vector<std::string>& values) {
  auto st = sqlite::Stmt::Prepare(
      db,
      "SELECT f.doc_id, COALESCE(d.pub_date, ''), f.simhash FROM fingerprints f"
      " JOIN documents d ON d.id = f.doc_id WHERE " +
          where);
  if (!st) return st.error();
  for (size_t i = 0; i < values.size(); ++i) st->Bind(static_cast<int>(i + 1), values[i]);
  std::vector<Member> out;
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    out.push_back({st->Text(0), st->Text(1), static_cast<uint64_t>(st->Int(2))});
  }
  if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read fingerprints");
  return out;
}

}  // namespace

// Sets a document's chain (headed by `head`). When it changes, its undated mentions move to the
// bucket of the chain's first publication, which dates them; their buckets, old and new, are
// regathered.
Status SqliteStore::SetChain(const std::string& doc_id, const ChainMember& head, Pending& pending) {
  sqlite3* db = db_.get();
  auto st = sqlite::Stmt::Prepare(
      db,
      "UPDATE fingerprints SET chain = ?2, chain_date = ?3 WHERE doc_id = ?1"
      " AND (chain <> ?2 OR chain_date <> ?3)");  // a replaced head may bring another date
  if (!st) return st.error();
  st->Bind(1, doc_id);
  st->Bind(2, head.id);
  st->Bind(3, head.pub_date);
  if (Status s = sqlite::StepDone(db, *st, "set chain"); !s.ok()) return s;
  if (sqlite3_changes(db) == 0) return Status();
  auto undated = sqlite::Stmt::Prepare(
      db,
      "SELECT id, event_key, bucket FROM events WHERE doc_id = ?1 AND event_key <> ''"
      " AND date IS NULL");
  auto move = sqlite::Stmt::Prepare(db, "UPDATE events SET bucket = ?2 WHERE id = ?1");
  if (!undated) return undated.error();
  if (!move) return move.error();
  const std::string bucket = crossdoc::Bucket("", head.pub_date);
  undated->Bind(1, doc_id);
  std::vector<std::tuple<std::string, std::string, std::string>> rows;
  while (undated->Step() == SQLITE_ROW) {
    rows.emplace_back(undated->Text(0), undated->Text(1), undated->Text(2));
  }
  for (const auto& [id, key, old_bucket] : rows) {
    Touch(pending, key, old_bucket);
    Touch(pending, key, bucket);
    move->Bind(1, id);
    move->Bind(2, bucket);
    if (Status s = sqlite::StepDone(db, *move, "move mention"); !s.ok()) return s;
  }
  return Status();
}

void SqliteStore::Touch(Pending& pending, const std::string& key, const std::string& bucket) {
  auto& buckets = pending.keys[key];
  buckets.insert(bucket);
  if (std::string next = crossdoc::NextBucket(bucket); !next.empty()) buckets.insert(next);
}

Status SqliteStore::NoteRemoval(const std::string& doc_id, Pending& pending) {
  sqlite3* db = db_.get();
  auto chain = sqlite::Stmt::Prepare(db, "SELECT chain FROM fingerprints WHERE doc_id = ?1");
  auto keys = sqlite::Stmt::Prepare(
      db, "SELECT DISTINCT event_key, bucket FROM events WHERE doc_id = ?1 AND event_key <> ''");
  if (!chain) return chain.error();
  if (!keys) return keys.error();
  chain->Bind(1, doc_id);
  if (chain->Step() == SQLITE_ROW) pending.split_chains.insert(chain->Text(0));
  keys->Bind(1, doc_id);
  while (keys->Step() == SQLITE_ROW) Touch(pending, keys->Text(0), keys->Text(1));
  return Status();
}

Status SqliteStore::Fingerprint(const Doc& doc, Pending& pending) {
  const uint64_t f = crossdoc::Fingerprint(BodyText(doc.text, doc.body));
  const auto bands = crossdoc::Bands(f);
  auto st = sqlite::Stmt::Prepare(
      db_.get(),
      "INSERT INTO fingerprints (doc_id, simhash, band0, band1, band2, band3, chain, chain_date)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1, ?7)");
  if (!st) return st.error();
  st->Bind(1, doc.id);
  st->Bind(2, static_cast<int64_t>(f));
  for (int i = 0; i < 4; ++i) st->Bind(3 + i, static_cast<int64_t>(bands[static_cast<size_t>(i)]));
  st->Bind(7, doc.date);
  if (Status s = sqlite::StepDone(db_.get(), *st, "insert fingerprint"); !s.ok()) return s;
  if (f != 0) pending.new_docs.push_back(doc.id);
  return Status();
}

Status SqliteStore::Reconcile(Pending& pending) {
  sqlite3* db = db_.get();
  // 1. Chains that lost a document may fall apart: regroup what is left of each.
  for (const std::string& chain : pending.split_chains) {
    auto members = Members(db, "f.chain = ?1", {chain});
    if (!members) return members.error();
    const std::vector<Member>& m = *members;
    const std::vector<size_t> head = crossdoc::ChainHeads(m);
    for (size_t i = 0; i < m.size(); ++i) {
      if (Status s = SetChain(m[i].id, m[head[i]], pending); !s.ok()) return s;
    }
  }
  // 2. New documents join the chains of their near-duplicates (and join those chains together).
  for (const std::string& doc_id : pending.new_docs) {
    auto self = Members(db, "f.doc_id = ?1", {doc_id});
    if (!self) return self.error();
    if (self->empty()) continue;
    const auto bands = crossdoc::Bands(self->front().simhash);
    std::vector<std::string> values = {doc_id};
    for (uint16_t b : bands) values.push_back(std::to_string(b));
    auto candidates = Members(
        db, "f.doc_id <> ?1 AND (f.band0 = ?2 OR f.band1 = ?3 OR f.band2 = ?4 OR f.band3 = ?5)",
        values);
    if (!candidates) return candidates.error();
    std::set<std::string> chains;
    for (const Member& c : *candidates) {
      if (!crossdoc::NearDuplicate(self->front().simhash, c.simhash)) continue;
      auto chain = sqlite::Stmt::Prepare(db, "SELECT chain FROM fingerprints WHERE doc_id = ?1");
      if (!chain) return chain.error();
      chain->Bind(1, c.id);
      if (chain->Step() == SQLITE_ROW) chains.insert(chain->Text(0));
    }
    if (chains.empty()) continue;
    std::vector<Member> members = *self;
    for (const std::string& chain : chains) {
      auto more = Members(db, "f.chain = ?1", {chain});
      if (!more) return more.error();
      members.insert(members.end(), more->begin(), more->end());
    }
    const Member& first = *std::min_element(members.begin(), members.end(), crossdoc::Earlier);
    for (const Member& m : members) {
      if (Status s = SetChain(m.id, first, pending); !s.ok()) return s;
    }
  }
  // 3. Every key whose mentions changed is gathered again. A mention's publication date is its
  // chain's (the original's): a copy reports what the original did, when it did.
  // Only the touched buckets are regathered, with the month before each as context
  // (crossdoc::Bucket says why that gives what gathering every mention of the key would): one
  // query per key, the buckets passed as a JSON array.
  auto mentions = sqlite::Stmt::Prepare(
      db,
      "SELECT e.id, COALESCE(e.date, ''), fp.chain_date, e.cluster, e.bucket FROM events e"
      " JOIN fingerprints fp ON fp.doc_id = e.doc_id"
      " WHERE e.event_key = ?1 AND e.bucket IN (SELECT value FROM json_each(?2))");
  auto update = sqlite::Stmt::Prepare(db, "UPDATE events SET cluster = ?2 WHERE id = ?1");
  if (!mentions) return mentions.error();
  if (!update) return update.error();
  for (const auto& [key, touched] : pending.keys) {
    std::set<std::string> read = touched;
    for (const std::string& b : touched) read.insert(crossdoc::PreviousBucket(b));
    nlohmann::json buckets = read;
    std::vector<crossdoc::Mention> list;
    std::vector<std::string> current;
    std::vector<bool> regather;
    mentions->Bind(1, key);
    mentions->Bind(2, buckets.dump());
    int rc;
    while ((rc = mentions->Step()) == SQLITE_ROW) {
      list.push_back({mentions->Text(0), mentions->Text(1), mentions->Text(2)});
      current.push_back(mentions->Text(3));
      regather.push_back(touched.count(mentions->Text(4)) > 0);
    }
    mentions->Reset();
    if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read mentions");
    const std::vector<std::string> ids = crossdoc::ClusterIds(key, list);
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!regather[i] || ids[i] == current[i]) continue;
      update->Bind(1, list[i].id);
      update->Bind(2, ids[i]);
      if (Status s = sqlite::StepDone(db, *update, "set event"); !s.ok()) return s;
    }
  }
  return Status();
}

Status SqliteStore::Backfill() {
  sqlite3* db = db_.get();
  auto todo = sqlite::Stmt::Prepare(
      db,
      "SELECT EXISTS (SELECT 1 FROM events WHERE cluster = ''),"
      " EXISTS (SELECT 1 FROM documents d WHERE d.status = 'ok' AND NOT EXISTS"
      " (SELECT 1 FROM fingerprints f WHERE f.doc_id = d.id))");
  if (!todo) return todo.error();
  if (todo->Step() != SQLITE_ROW) return sqlite::Error(db, "cannot inspect the store");
  if (todo->Int(0) == 0 && todo->Int(1) == 0) return Status();
  todo->Reset();

  if (Status s = db_.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Pending pending;
  auto fail = [&](const Status& s) {
    db_.Exec("ROLLBACK");
    return Status::Error("cannot fill in events and report chains in '" + path_ +
                         "': " + s.message());
  };
  auto docs = sqlite::Stmt::Prepare(
      db,
      "SELECT id, text, body, COALESCE(pub_date, '') FROM documents d WHERE d.status = 'ok'"
      " AND NOT EXISTS"
      " (SELECT 1 FROM fingerprints f WHERE f.doc_id = d.id) ORDER BY id");
  if (!docs) return fail(docs.error());
  std::vector<Doc> unprinted;
  while (docs->Step() == SQLITE_ROW) {
    Doc d;
    d.id = docs->Text(0);
    d.text = docs->Text(1);
    d.body = BodyFromJson(docs->Text(2));
    d.date = docs->Text(3);
    unprinted.push_back(std::move(d));
  }
  for (const Doc& d : unprinted) {
    if (Status s = Fingerprint(d, pending); !s.ok()) return fail(s);
  }
  auto events = sqlite::Stmt::Prepare(
      db,
      "SELECT e.id, e.src_country, e.src_actor, e.tgt_country, e.tgt_actor, e.type, e.mode,"
      " e.modality, COALESCE(e.date, ''), COALESCE(d.pub_date, '') FROM events e"
      " JOIN documents d ON d.id = e.doc_id WHERE e.cluster = ''");
  auto set_key = sqlite::Stmt::Prepare(
      db, "UPDATE events SET event_key = ?2, cluster = ?3, bucket = ?4 WHERE id = ?1");
  if (!events) return fail(events.error());
  if (!set_key) return fail(set_key.error());
  std::vector<std::tuple<std::string, Event, std::string>> rows;  // id, event, bucket
  while (events->Step() == SQLITE_ROW) {
    Event e;
    e.src.country = events->Text(1);
    e.src.actor = events->Text(2);
    e.tgt.country = events->Text(3);
    e.tgt.actor = events->Text(4);
    e.type = events->Text(5);
    e.mode = events->Text(6);
    e.modality = ParseModality(events->Text(7));
    rows.emplace_back(events->Text(0), std::move(e),
                      crossdoc::Bucket(events->Text(8), events->Text(9)));
  }
  events->Reset();
  for (const auto& [id, e, bucket] : rows) {
    const std::string key = crossdoc::EventKey(e);
    set_key->Bind(1, id);
    set_key->Bind(2, key);
    // Keyed mentions get their event from Reconcile; a placeholder keeps them off this list.
    set_key->Bind(3, key.empty() ? crossdoc::ClusterIds("", {{id, "", ""}})[0] : "-");
    set_key->Bind(4, bucket);
    if (Status s = sqlite::StepDone(db, *set_key, "set event key"); !s.ok()) return fail(s);
    if (!key.empty()) Touch(pending, key, bucket);
  }
  if (Status s = Reconcile(pending); !s.ok()) return fail(s);
  if (Status s = db_.Exec("COMMIT"); !s.ok()) return fail(s);
  return Status();
}

}  // namespace entente
