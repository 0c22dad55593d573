// store/sqlite_profiles.cc — what documents are about and how they say it: story terms and
// framing hits, written with each document and read back as profiles.
#include <algorithm>
#include <set>

#include "framing/framing.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {

Status SqliteStore::WriteProfile(const Doc& doc) {
  sqlite3* db = db_.get();
  w_->set_words.Bind(1, doc.id);
  w_->set_words.Bind(2, BodyWords(doc));
  if (Status s = sqlite::StepDone(db, w_->set_words, "set word count"); !s.ok()) return s;
  for (const StoryTerm& t : doc.story_terms) {
    w_->insert_term.Bind(1, doc.id);
    w_->insert_term.Bind(2, t.term);
    w_->insert_term.Bind(3, t.weight);
    if (Status s = sqlite::StepDone(db, w_->insert_term, "insert story term"); !s.ok()) return s;
  }
  for (size_t i = 0; i < doc.framing.size(); ++i) {
    const FramingHit& h = doc.framing[i];
    sqlite::Stmt& st = w_->insert_framing;
    st.Bind(1, doc.id);
    st.Bind(2, i);
    st.Bind(3, h.frame);
    st.Bind(4, h.term);
    st.Bind(5, h.tone);
    st.Bind(6, h.span.begin);
    st.Bind(7, h.span.end);
    if (Status s = sqlite::StepDone(db, st, "insert framing"); !s.ok()) return s;
  }
  return Status();
}

Status SqliteStore::ForEachProfile(const std::function<void(const DocProfile&)>& fn) {
  sqlite3* db = db_.get();
  auto docs =
      sqlite::Stmt::Prepare(db,
                            "SELECT d.id, d.source, d.lang, COALESCE(d.pub_date, ''), d.words,"
                            " COALESCE((SELECT title FROM documents_fts WHERE rowid = d.rowid), '')"
                            " FROM documents d WHERE d.status = 'ok' ORDER BY d.id");
  auto terms = sqlite::Stmt::Prepare(
      db, "SELECT term, weight FROM story_terms WHERE doc_id = ?1 ORDER BY term");
  auto hits = sqlite::Stmt::Prepare(
      db, "SELECT frame, term, tone, begin, end FROM framing WHERE doc_id = ?1 ORDER BY seq");
  if (!docs) return docs.error();
  if (!terms) return terms.error();
  if (!hits) return hits.error();
  // One read transaction, so every profile comes from the same snapshot.
  if (Status s = db_.Exec("BEGIN"); !s.ok()) return s;
  int rc;
  Status failure;
  while ((rc = docs->Step()) == SQLITE_ROW) {
    DocProfile p;
    p.doc_id = docs->Text(0);
    p.source = docs->Text(1);
    p.lang = docs->Text(2);
    p.pub_date = docs->Text(3);
    p.words = static_cast<size_t>(docs->Int(4));
    p.title = docs->Text(5);
    terms->Bind(1, p.doc_id);
    while (terms->Step() == SQLITE_ROW) p.story_terms.push_back({terms->Text(0), terms->Double(1)});
    terms->Reset();
    hits->Bind(1, p.doc_id);
    while (hits->Step() == SQLITE_ROW)
      p.framing.push_back({hits->Text(0), hits->Text(1), static_cast<int>(hits->Int(2)),
                           Span{hits->U32(3), hits->U32(4)}});
    hits->Reset();
    fn(p);
  }
  if (rc != SQLITE_DONE) failure = sqlite::Error(db, "cannot read document profiles");
  docs->Reset();
  db_.Exec("COMMIT");
  return failure;
}

Expected<std::vector<StoredStory>> SqliteStore::Stories() {
  std::vector<DocProfile> profiles;
  if (Status s = ForEachProfile([&](const DocProfile& p) { profiles.push_back(p); }); !s.ok())
    return s;
  return StoriesOfProfiles(std::move(profiles));
}

std::map<std::string, FramingProfile> FramingBySource(
    const std::vector<const DocProfile*>& articles) {
  std::map<std::string, FramingProfile> out;
  for (const DocProfile* p : articles) out[p->source].Add(p->framing, p->words);
  return out;
}

}  // namespace entente
