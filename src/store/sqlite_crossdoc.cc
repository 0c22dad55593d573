// store/sqlite_crossdoc.cc — keeping report chains and real-world events as documents come and
// go. Everything here runs inside the write's transaction, and its result depends only on the
// set of stored documents (chains are the connected components of the near-duplicate relation,
// named by their earliest member; events follow crossdoc::ClusterIds), so batch order and
// interrupted runs do not change it.
#include <algorithm>
#include <map>
#include <numeric>

#include "crossdoc/crossdoc.h"
#include "store/sqlite_store.h"

namespace entente {
namespace {

// The text a document is fingerprinted by: its body spans, else (no body found) all its text.
std::string BodyText(const std::string& text, const std::vector<Span>& body) {
  if (body.empty()) return text;
  std::string out;
  for (const Span& s : body) {
    if (s.begin > s.end || s.end > text.size()) continue;
    out.append(text, s.begin, s.end - s.begin);
    out += '\n';
  }
  return out;
}

struct Member {
  std::string id, pub_date;
  uint64_t simhash = 0;
};

// Earliest first: publication date (undated last), then id.
bool Earlier(const Member& a, const Member& b) {
  const std::string& pa = a.pub_date.empty() ? "~" : a.pub_date;
  const std::string& pb = b.pub_date.empty() ? "~" : b.pub_date;
  return std::tie(pa, a.id) < std::tie(pb, b.id);
}

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

// Sets a document's chain (headed by `head`); when it changes, the document's event keys become
// pending (an undated mention is dated by its chain's first publication).
Status SetChain(sqlite3* db, const std::string& doc_id, const Member& head,
                std::set<std::string>& keys) {
  auto st = sqlite::Stmt::Prepare(
      db, "UPDATE fingerprints SET chain = ?2, chain_date = ?3 WHERE doc_id = ?1 AND chain <> ?2");
  if (!st) return st.error();
  st->Bind(1, doc_id);
  st->Bind(2, head.id);
  st->Bind(3, head.pub_date);
  if (Status s = sqlite::StepDone(db, *st, "set chain"); !s.ok()) return s;
  if (sqlite3_changes(db) == 0) return Status();
  auto touched = sqlite::Stmt::Prepare(
      db, "SELECT DISTINCT event_key FROM events WHERE doc_id = ?1 AND event_key <> ''");
  if (!touched) return touched.error();
  touched->Bind(1, doc_id);
  while (touched->Step() == SQLITE_ROW) keys.insert(touched->Text(0));
  return Status();
}

}  // namespace

Status SqliteStore::NoteRemoval(const std::string& doc_id, Pending& pending) {
  sqlite3* db = db_.get();
  auto chain = sqlite::Stmt::Prepare(db, "SELECT chain FROM fingerprints WHERE doc_id = ?1");
  auto keys = sqlite::Stmt::Prepare(
      db, "SELECT DISTINCT event_key FROM events WHERE doc_id = ?1 AND event_key <> ''");
  if (!chain) return chain.error();
  if (!keys) return keys.error();
  chain->Bind(1, doc_id);
  if (chain->Step() == SQLITE_ROW) pending.split_chains.insert(chain->Text(0));
  keys->Bind(1, doc_id);
  while (keys->Step() == SQLITE_ROW) pending.keys.insert(keys->Text(0));
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
    std::vector<Member>& m = *members;
    std::vector<size_t> parent(m.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](size_t i) {
      while (parent[i] != i) i = parent[i] = parent[parent[i]];
      return i;
    };
    for (size_t i = 0; i < m.size(); ++i)
      for (size_t j = i + 1; j < m.size(); ++j)
        if (crossdoc::NearDuplicate(m[i].simhash, m[j].simhash)) parent[find(i)] = find(j);
    std::map<size_t, size_t> head;  // component root → earliest member
    for (size_t i = 0; i < m.size(); ++i) {
      auto [it, fresh] = head.try_emplace(find(i), i);
      if (!fresh && Earlier(m[i], m[it->second])) it->second = i;
    }
    for (size_t i = 0; i < m.size(); ++i) {
      if (Status s = SetChain(db, m[i].id, m[head[find(i)]], pending.keys); !s.ok()) return s;
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
    const Member& first = *std::min_element(members.begin(), members.end(), Earlier);
    for (const Member& m : members) {
      if (Status s = SetChain(db, m.id, first, pending.keys); !s.ok()) return s;
    }
  }
  // 3. Every key whose mentions changed is gathered again. A mention's publication date is its
  // chain's (the original's): a copy reports what the original did, when it did.
  auto mentions = sqlite::Stmt::Prepare(
      db,
      "SELECT e.id, COALESCE(e.date, ''), fp.chain_date, e.cluster FROM events e"
      " JOIN fingerprints fp ON fp.doc_id = e.doc_id WHERE e.event_key = ?1");
  auto update = sqlite::Stmt::Prepare(db, "UPDATE events SET cluster = ?2 WHERE id = ?1");
  if (!mentions) return mentions.error();
  if (!update) return update.error();
  for (const std::string& key : pending.keys) {
    std::vector<crossdoc::Mention> list;
    std::vector<std::string> current;
    mentions->Bind(1, key);
    int rc;
    while ((rc = mentions->Step()) == SQLITE_ROW) {
      list.push_back({mentions->Text(0), mentions->Text(1), mentions->Text(2)});
      current.push_back(mentions->Text(3));
    }
    mentions->Reset();
    if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read mentions");
    const std::vector<std::string> ids = crossdoc::ClusterIds(key, list);
    for (size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] == current[i]) continue;
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
      "SELECT id, src_country, src_actor, tgt_country, tgt_actor, type, mode, modality FROM events"
      " WHERE cluster = ''");
  auto set_key =
      sqlite::Stmt::Prepare(db, "UPDATE events SET event_key = ?2, cluster = ?3 WHERE id = ?1");
  if (!events) return fail(events.error());
  if (!set_key) return fail(set_key.error());
  std::vector<std::pair<std::string, Event>> rows;
  while (events->Step() == SQLITE_ROW) {
    Event e;
    e.src.country = events->Text(1);
    e.src.actor = events->Text(2);
    e.tgt.country = events->Text(3);
    e.tgt.actor = events->Text(4);
    e.type = events->Text(5);
    e.mode = events->Text(6);
    e.modality = ParseModality(events->Text(7));
    rows.emplace_back(events->Text(0), std::move(e));
  }
  events->Reset();
  for (const auto& [id, e] : rows) {
    const std::string key = crossdoc::EventKey(e);
    set_key->Bind(1, id);
    set_key->Bind(2, key);
    // Keyed mentions get their event from Reconcile; a placeholder keeps them off this list.
    set_key->Bind(3, key.empty() ? crossdoc::ClusterIds("", {{id, "", ""}})[0] : "-");
    if (Status s = sqlite::StepDone(db, *set_key, "set event key"); !s.ok()) return fail(s);
    if (!key.empty()) pending.keys.insert(key);
  }
  if (Status s = Reconcile(pending); !s.ok()) return fail(s);
  if (Status s = db_.Exec("COMMIT"); !s.ok()) return fail(s);
  return Status();
}

}  // namespace entente
