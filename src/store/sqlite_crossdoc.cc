// store/sqlite_crossdoc.cc — keeping report chains and real-world events as documents come and
// go. Everything here runs inside the write's transaction, and its result depends only on the
// set of stored documents (chains are the connected components of the near-duplicate relation,
// named by their earliest member; events follow crossdoc::ClusterIds), so batch order and
// interrupted runs do not change it.
#include <algorithm>
#include <map>
#include <tuple>

#include "crossdoc/crossdoc.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {
namespace {

using Member = ChainMember;

// The rows of a prepared statement whose first three columns are a document id, its
// publication date and its fingerprint.
Expected<std::vector<Member>> ReadMembers(sqlite3* db, sqlite::Stmt& st) {
  std::vector<Member> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out.push_back({st.Text(0), st.Text(1), static_cast<uint64_t>(st.Int(2))});
  }
  st.Reset();
  if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read fingerprints");
  return out;
}

// The last bucket of the run of consecutive months that starts at `run` (a year or "" is a run
// of its own). Buckets sort as text, so a run is one range of the events_loose index.
template <typename Set>
typename Set::const_iterator LastOfRun(const Set& buckets, typename Set::const_iterator run) {
  auto last = run;
  while (last->size() == 7 && std::next(last) != buckets.end() &&
         crossdoc::NextBucket(*last) == *std::next(last))
    ++last;
  return last;
}

}  // namespace

void SqliteStore::Pending::Forget(const std::string& doc_id) {
  std::erase_if(new_docs, [&](const ChainMember& m) { return m.id == doc_id; });
  std::erase_if(new_events, [&](const NewEvent& e) { return e.doc->id == doc_id; });
}

// Sets a document's chain (headed by `head`). When it changes, its undated mentions move to the
// bucket of the chain's first publication, which dates them; their buckets, old and new, are
// regathered. (The mentions of a document of this write are not stored yet: Reconcile gives
// them the chain date it records here.)
Status SqliteStore::SetChain(const std::string& doc_id, const ChainMember& head, Pending& pending) {
  sqlite3* db = db_.get();
  sqlite::Stmt& st = w_->set_chain;
  st.Bind(1, doc_id);
  st.Bind(2, head.id);
  st.Bind(3, head.pub_date);
  if (Status s = sqlite::StepDone(db, st, "set chain"); !s.ok()) return s;
  if (sqlite3_changes(db) == 0) return Status();
  pending.chain_dates[doc_id] = head.pub_date;
  const std::string bucket = crossdoc::Bucket("", head.pub_date);
  sqlite::Stmt& undated = w_->undated;
  undated.Bind(1, doc_id);
  std::vector<std::tuple<std::string, std::string, std::string>> rows;
  while (undated.Step() == SQLITE_ROW) {
    rows.emplace_back(undated.Text(0), undated.Text(1), undated.Text(2));
  }
  undated.Reset();
  for (const auto& [id, key, old_bucket] : rows) {
    Touch(pending, key, old_bucket);
    Touch(pending, key, bucket);
    w_->move_mention.Bind(1, id);
    w_->move_mention.Bind(2, bucket);
    if (Status s = sqlite::StepDone(db, w_->move_mention, "move mention"); !s.ok()) return s;
  }
  return Status();
}

void SqliteStore::Touch(Pending& pending, const std::string& key, const std::string& bucket) {
  pending.touched.emplace_back(key, bucket);
}

Status SqliteStore::NoteRemoval(const std::string& doc_id, Pending& pending) {
  sqlite3* db = db_.get();
  auto keys = sqlite::Stmt::Prepare(
      db, "SELECT DISTINCT event_key, bucket FROM events WHERE doc_id = ?1 AND event_key <> ''");
  if (!keys) return keys.error();
  w_->chain_of.Bind(1, doc_id);
  if (w_->chain_of.Step() == SQLITE_ROW) pending.split_chains.insert(w_->chain_of.Text(0));
  w_->chain_of.Reset();
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
  if (f != 0) pending.new_docs.push_back({doc.id, doc.date, f});
  return Status();
}

Status SqliteStore::Reconcile(Pending& pending) {
  sqlite3* db = db_.get();
  // 1. Chains that lost a document may fall apart: regroup what is left of each.
  for (const std::string& chain : pending.split_chains) {
    w_->chain_members.Bind(1, chain);
    auto members = ReadMembers(db, w_->chain_members);
    if (!members) return members.error();
    const std::vector<Member>& m = *members;
    const std::vector<size_t> head = crossdoc::ChainHeads(m);
    for (size_t i = 0; i < m.size(); ++i) {
      if (Status s = SetChain(m[i].id, m[head[i]], pending); !s.ok()) return s;
    }
  }
  // 2. New documents join the chains of their near-duplicates (and join those chains together).
  for (const Member& self : pending.new_docs) {
    sqlite::Stmt& candidates = w_->band_candidates;
    candidates.Bind(1, self.id);
    const auto bands = crossdoc::Bands(self.simhash);
    for (int i = 0; i < 4; ++i) candidates.Bind(2 + i, static_cast<int64_t>(bands[size_t(i)]));
    std::set<std::string> copies;
    int rc;
    while ((rc = candidates.Step()) == SQLITE_ROW) {
      if (crossdoc::NearDuplicate(self.simhash, static_cast<uint64_t>(candidates.Int(1))))
        copies.insert(candidates.Text(0));
    }
    candidates.Reset();
    if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read fingerprints");
    if (copies.empty()) continue;
    std::set<std::string> chains;
    for (const std::string& copy : copies) {
      w_->chain_of.Bind(1, copy);
      rc = w_->chain_of.Step();
      if (rc == SQLITE_ROW) chains.insert(w_->chain_of.Text(0));
      w_->chain_of.Reset();
      if (rc != SQLITE_ROW) return sqlite::Error(db, "cannot read the chain of " + copy);
    }
    std::vector<Member> members = {self};
    for (const std::string& chain : chains) {
      w_->chain_members.Bind(1, chain);
      auto more = ReadMembers(db, w_->chain_members);
      if (!more) return more.error();
      members.insert(members.end(), more->begin(), more->end());
    }
    const Member& first = *std::min_element(members.begin(), members.end(), crossdoc::Earlier);
    for (const Member& m : members) {
      if (Status s = SetChain(m.id, first, pending); !s.ok()) return s;
    }
  }
  if (Status s = RefreshLooseKeys(); !s.ok()) return s;
  // 3. The events of this write, dated by their chains, touch their buckets.
  std::vector<NewEvent*> fresh;  // by key
  fresh.reserve(pending.new_events.size());
  pending.touched.reserve(pending.touched.size() + pending.new_events.size());
  for (NewEvent& e : pending.new_events) {
    auto chain_date = pending.chain_dates.find(e.doc->id);
    const std::string& pub =
        chain_date == pending.chain_dates.end() ? e.doc->date : chain_date->second;
    e.bucket = crossdoc::Bucket(e.doc->events[e.index].date, pub);
    e.pub_date = pub;
    Touch(pending, e.key, e.bucket);
    fresh.push_back(&e);
  }
  std::stable_sort(fresh.begin(), fresh.end(),
                   [](const NewEvent* a, const NewEvent* b) { return a->key < b->key; });
  std::vector<std::pair<std::string, std::string>>& touched = pending.touched;
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  // 4. Every key whose mentions changed is gathered again. A mention's publication date is its
  // chain's (the original's): a copy reports what the original did, when it did.
  // Only the mentions of the touched buckets are regathered (crossdoc::Bucket says why no other
  // can change), against the stored days that decide them (crossdoc::DecidingDays).
  // Every fresh event touched its key, so both lists walk the keys in the same order.
  std::map<std::string, std::string> chain_dates;  // document → its chain's date, as stored
  Buckets buckets;
  auto next_fresh = fresh.begin();
  for (auto run = touched.begin(); run != touched.end();) {
    const std::string& key = run->first;
    buckets.clear();
    for (; run != touched.end() && run->first == key; ++run) {
      buckets.push_back(run->second);
      if (std::string next = crossdoc::NextBucket(run->second); !next.empty())
        buckets.push_back(std::move(next));
    }
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    auto fresh_end =
        std::find_if(next_fresh, fresh.end(), [&](const NewEvent* e) { return e->key != key; });
    if (Status s = RegatherKey(key, buckets, std::span(next_fresh, fresh_end), chain_dates);
        !s.ok())
      return s;
    next_fresh = fresh_end;
  }
  return Status();
}

// The mentions of the touched buckets not dated to a day (`current`: their stored event) are
// regathered with the new ones, against the stored days that decide them
// (crossdoc::DecidingDays): a mention dated to a day keeps the event it was stored with and bears
// on the others by its day alone. A key whose mentions all are dated to the day reads no days.
Status SqliteStore::RegatherKey(const std::string& key, const Buckets& touched,
                                std::span<NewEvent* const> fresh,
                                std::map<std::string, std::string>& chain_dates) {
  sqlite3* db = db_.get();
  std::vector<crossdoc::Mention> loose;
  std::vector<std::string> current;
  const bool has_loose = loose_keys_.contains(key);
  for (auto run = touched.begin(); has_loose && run != touched.end();) {
    auto last = LastOfRun(touched, run);
    sqlite::Stmt& mentions = w_->key_mentions;
    mentions.Bind(1, key);
    mentions.Bind(2, *run);
    mentions.Bind(3, *last);
    int rc;
    while ((rc = mentions.Step()) == SQLITE_ROW) {
      if (!std::binary_search(touched.begin(), touched.end(), mentions.View(4)))
        continue;  // a year among the months
      loose.push_back({mentions.Text(0), mentions.Text(1), ""});
      if (crossdoc::NeedsPubDate(loose.back().date)) loose.back().pub_date = mentions.Text(2);
      current.push_back(mentions.Text(3));
    }
    mentions.Reset();
    if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read mentions");
    run = std::next(last);
  }
  for (crossdoc::Mention& m : loose) {  // pub_date holds the document id until looked up
    if (m.pub_date.empty()) continue;
    auto [it, added] = chain_dates.try_emplace(m.pub_date);
    if (added) {
      w_->chain_date_of.Bind(1, m.pub_date);
      if (w_->chain_date_of.Step() == SQLITE_ROW) it->second = w_->chain_date_of.Text(0);
      w_->chain_date_of.Reset();
    }
    m.pub_date = it->second;
  }
  // `loose`, then `fresh`, then the days that decide them.
  std::vector<crossdoc::Mention> list = std::move(loose);
  const size_t first_fresh = list.size();
  for (const NewEvent* e : fresh)
    list.push_back({e->id, e->doc->events[e->index].date, e->pub_date});
  std::vector<std::tuple<std::string, std::string, bool>> windows;
  for (const crossdoc::Mention& m : list) {
    if (auto w = crossdoc::DecidingDays(m)) windows.emplace_back(w->first, w->last, w->latest);
  }
  std::sort(windows.begin(), windows.end());
  windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
  for (const auto& [first, last, latest] : windows) {
    sqlite::Stmt& days = latest ? w_->key_last_day : w_->key_first_days;
    days.Bind(1, key);
    days.Bind(2, first);
    days.Bind(3, last);
    int rc;
    while ((rc = days.Step()) == SQLITE_ROW) list.push_back({"", days.Text(0), ""});
    days.Reset();
    if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read event days");
  }
  const std::vector<std::string> ids = crossdoc::ClusterIds(key, list);
  for (size_t i = 0; i < first_fresh; ++i) {
    if (ids[i] == current[i]) continue;
    w_->set_cluster.Bind(1, list[i].id);
    w_->set_cluster.Bind(2, ids[i]);
    if (Status s = sqlite::StepDone(db, w_->set_cluster, "set event"); !s.ok()) return s;
  }
  for (size_t i = 0; i < fresh.size(); ++i) fresh[i]->cluster = ids[first_fresh + i];
  return Status();
}

Status SqliteStore::RefreshLooseKeys() {
  sqlite3* db = db_.get();
  auto version = sqlite::Stmt::Prepare(db, "PRAGMA data_version");
  if (!version) return version.error();
  if (version->Step() != SQLITE_ROW) return sqlite::Error(db, "cannot read the data version");
  const int64_t now = version->Int(0);
  if (now == loose_keys_version_) return Status();
  loose_keys_.clear();
  auto keys = sqlite::Stmt::Prepare(
      db, "SELECT DISTINCT event_key FROM events WHERE " + schema::LooseMentionSql());
  if (!keys) return keys.error();
  int rc;
  while ((rc = keys->Step()) == SQLITE_ROW) loose_keys_.emplace(keys->View(0));
  if (rc != SQLITE_DONE) return sqlite::Error(db, "cannot read event keys");
  loose_keys_version_ = now;
  return Status();
}

Status SqliteStore::InsertPendingEvents(const Pending& pending) {
  for (const NewEvent& e : pending.new_events) {
    if (!crossdoc::DatedToTheDay(e.doc->events[e.index].date)) loose_keys_.insert(e.key);
    if (Status s = InsertEvent(*e.doc, e.hash, e.index, e.key, e.cluster, e.bucket); !s.ok())
      return s;
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

  if (Status s = PrepareWriteStmts(); !s.ok()) return s;
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
    e.date = events->Text(8);
    std::string bucket = crossdoc::Bucket(e.date, events->Text(9));
    rows.emplace_back(events->Text(0), std::move(e), std::move(bucket));
  }
  events->Reset();
  for (const auto& [id, e, bucket] : rows) {
    const std::string key = crossdoc::EventKey(e);
    set_key->Bind(1, id);
    set_key->Bind(2, key);
    // A mention without a key, or dated to a day, has its event at once; the others get theirs
    // from Reconcile, and a placeholder keeps them off this list.
    set_key->Bind(3, key.empty() || crossdoc::DatedToTheDay(e.date)
                         ? crossdoc::ClusterIds(key, {{id, e.date, ""}})[0]
                         : "-");
    set_key->Bind(4, bucket);
    if (Status s = sqlite::StepDone(db, *set_key, "set event key"); !s.ok()) return fail(s);
    if (!key.empty()) Touch(pending, key, bucket);
  }
  loose_keys_version_ = -1;  // keys were given to stored rows: read them again
  if (Status s = Reconcile(pending); !s.ok()) return fail(s);
  if (Status s = db_.Exec("COMMIT"); !s.ok()) return fail(s);
  return Status();
}

}  // namespace entente
