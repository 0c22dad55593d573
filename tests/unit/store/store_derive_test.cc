// crossdoc::ChainHeads and GatherEvents over a whole store give exactly the report chains and
// real-world events the SQLite store keeps write by write (what the ClickHouse store relies on).
#include <sqlite3.h>

#include <map>

#include "crossdoc/crossdoc.h"
#include "unit/store/store_corpus.h"

namespace entente::testing {
namespace {

// Rows of `sql`, every column as text.
std::vector<std::vector<std::string>> Rows(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::vector<std::string>> out;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const auto* t = sqlite3_column_text(st, i);
      row.push_back(t ? reinterpret_cast<const char*>(t) : "");
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  sqlite3_close_v2(db);
  return out;
}

// Checks the chains and events stored at `path` against those derived from its rows.
void ExpectDerivedEqualsStored(const std::string& path) {
  const auto prints = Rows(path,
                           "SELECT f.doc_id, COALESCE(d.pub_date, ''), f.simhash, f.chain,"
                           " f.chain_date FROM fingerprints f JOIN documents d ON d.id = f.doc_id"
                           " ORDER BY f.doc_id DESC");  // any order: the result is per set
  std::vector<crossdoc::Fingerprinted> docs;
  for (const auto& r : prints)
    docs.push_back({r[0], r[1], static_cast<uint64_t>(std::stoll(r[2]))});
  const std::vector<size_t> heads = crossdoc::ChainHeads(docs);
  std::map<std::string, std::string> chain_date;
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(docs[heads[i]].id, prints[i][3]) << "chain of " << docs[i].id;
    EXPECT_EQ(docs[heads[i]].pub_date, prints[i][4]) << "chain date of " << docs[i].id;
    chain_date[docs[i].id] = docs[heads[i]].pub_date;
  }
  const auto events =
      Rows(path, "SELECT id, event_key, COALESCE(date, ''), doc_id, cluster FROM events");
  std::vector<crossdoc::KeyedMention> mentions;
  for (const auto& r : events) mentions.push_back({r[1], {r[0], r[2], chain_date[r[3]]}});
  const std::vector<std::string> ids = crossdoc::GatherEvents(mentions);
  ASSERT_EQ(ids.size(), events.size());
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], events[i][4]) << events[i][0];
  EXPECT_GT(events.size(), 10u);
}

TEST_F(StoreTest, ChainsAndEventsDerivedFromTheWholeSetEqualTheStoredOnes) {
  std::vector<Doc> docs = Corpus();
  for (const Doc& d : OneCallManyReports()) docs.push_back(d);
  // A second copy of the Ukrainian report, published before the original, written last.
  Doc early = docs[4];
  for (const Doc& d : docs)
    if (d.id == "uk1") early = d;
  early.id = "uk1-early";
  early.date = "2024-03-19T23:00:00Z";
  early.text += " Джерело: ЄП.";
  early.body = {{0, static_cast<uint32_t>(early.text.size())}};
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(docs).ok());
  ExpectDerivedEqualsStored(Path("news.db"));
  ASSERT_TRUE(store->Write({early}).ok());
  ExpectDerivedEqualsStored(Path("news.db"));
  // The original is replaced by another text: its chain splits.
  for (Doc& d : docs) {
    if (d.id != "uk1") continue;
    d.text = "Зовсім інша історія про погоду в Карпатах, сніг і лавини в горах цього тижня.";
    d.body = {{0, static_cast<uint32_t>(d.text.size())}};
    d.events.clear();
    ASSERT_TRUE(store->Write({d}).ok());
  }
  ExpectDerivedEqualsStored(Path("news.db"));
}

}  // namespace
}  // namespace entente::testing
