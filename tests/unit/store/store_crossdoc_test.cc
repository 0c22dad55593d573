// Real-world events and report chains in the store: one event per happening across documents,
// outlets and languages; syndicated copies add mentions but not independent sources; the result
// does not depend on write order; replaced documents and old stores are handled.
#include <algorithm>
#include <random>

#include "crossdoc/crossdoc.h"
#include "store/sqlite_store.h"
#include "unit/store/store_corpus.h"

namespace entente::testing {
namespace {

const GraphEdge* Edge(const std::vector<GraphEdge>& edges, const std::string& a,
                      const std::string& b) {
  for (const auto& e : edges)
    if (e.a == a && e.b == b) return &e;
  return nullptr;
}

// What version 5 added, taken away again (tests of older stores).
const std::string kUndoVersion5 =
    "DROP TRIGGER event_days_insert; DROP TRIGGER event_days_delete;"
    " DROP TRIGGER event_days_update_old; DROP TRIGGER event_days_update_new;"
    " DROP TABLE event_days; DROP INDEX events_loose;";

TEST_F(StoreTest, OneEventManyMentionsAndCopiesAreNotIndependent) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(OneCallManyReports()).ok());
  auto graph = store->Graph({});
  ASSERT_TRUE(graph.ok()) << graph.error();
  const GraphEdge* e = Edge(*graph, "IRN", "RUS");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->events, 2) << "the March call (four reports) and the May call";
  EXPECT_EQ(e->mentions, 5);
  EXPECT_EQ(e->documents, 5);
  EXPECT_EQ(e->sources, 4) << "Reuters twice";
  EXPECT_EQ(e->independent, 3) << "the copy counts for its original; Reuters is one source";
  EXPECT_EQ(e->by_type.at("CONSULT"), 2);

  // The March call's mentions, and their chains.
  std::map<std::string, std::vector<std::string>> by_cluster;
  std::map<std::string, std::string> chain;
  ASSERT_TRUE(store
                  ->ForEachEvent({},
                                 [&](const StoredEvent& se) {
                                   by_cluster[se.cluster].push_back(se.doc_id);
                                   chain[se.doc_id] = se.chain;
                                 })
                  .ok());
  ASSERT_EQ(by_cluster.size(), 2u);
  std::vector<std::string> march;
  for (auto& [cluster, docs] : by_cluster)
    if (docs.size() == 4) march = docs;
  std::sort(march.begin(), march.end());
  EXPECT_EQ(march, (std::vector<std::string>{"en1", "ru1", "uk1", "uk1-copy"}));
  EXPECT_EQ(chain["uk1-copy"], "uk1") << "the earliest of the two names the chain";
  EXPECT_EQ(chain["uk1"], "uk1");
  EXPECT_EQ(chain["en1"], "en1");
  // Every mention of one event, by its id.
  std::string march_id;
  for (auto& [cluster, docs] : by_cluster)
    if (docs.size() == 4) march_id = cluster;
  EXPECT_EQ(Select(*store, {.cluster = march_id}).size(), 4u);
}

TEST_F(StoreTest, EventsAndChainsDoNotDependOnWriteOrder) {
  std::vector<Doc> docs = OneCallManyReports();
  {
    auto store = OpenRw("together.db");
    ASSERT_TRUE(store->Write(docs).ok());
  }
  {
    auto store = OpenRw("apart.db");
    std::reverse(docs.begin(), docs.end());
    for (const Doc& d : docs) ASSERT_TRUE(store->Write({d}).ok());
  }
  EXPECT_EQ(DumpDatabase(Path("together.db")), DumpDatabase(Path("apart.db")));
}

TEST_F(StoreTest, ReplacingTheOriginalRegroupsItsChainAndEvents) {
  auto store = OpenRw("news.db");
  std::vector<Doc> docs = OneCallManyReports();
  ASSERT_TRUE(store->Write(docs).ok());
  // The original is rewritten into another story: the copy is no longer anyone's copy, and the
  // March call loses a mention.
  Doc other;
  other.id = "uk1";
  other.source = "Європейська правда";
  other.date = "2024-03-20";
  other.text = "Зеленський зустрівся з прем'єр-міністром Польщі у Варшаві.";
  other.body = {{0, static_cast<uint32_t>(other.text.size())}};
  ASSERT_TRUE(store->Write({other}).ok());
  std::map<std::string, std::string> chain;
  ASSERT_TRUE(
      store->ForEachEvent({}, [&](const StoredEvent& se) { chain[se.doc_id] = se.chain; }).ok());
  EXPECT_EQ(chain["uk1-copy"], "uk1-copy");
  auto graph = store->Graph({});
  ASSERT_TRUE(graph.ok());
  const GraphEdge* e = Edge(*graph, "IRN", "RUS");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->events, 2);
  EXPECT_EQ(e->mentions, 4);
  EXPECT_EQ(e->independent, 3) << "the copy stands alone now, for its own outlet";
  // Writing the original back gives the first store again.
  ASSERT_TRUE(store->Write({docs[0]}).ok());
  auto fresh = OpenRw("fresh.db");
  ASSERT_TRUE(fresh->Write(docs).ok());
  EXPECT_EQ(DumpDatabase(Path("news.db")), DumpDatabase(Path("fresh.db")));
  // A corrected original (one word added), dated a day earlier: still the copy's original, whose
  // chain takes the new date.
  docs[0].date = "2024-03-19";
  docs[0].text += " Оновлено.";
  ASSERT_TRUE(store->Write({docs[0]}).ok());
  auto redated = OpenRw("redated.db");
  ASSERT_TRUE(redated->Write(docs).ok());
  EXPECT_EQ(DumpDatabase(Path("news.db")), DumpDatabase(Path("redated.db")));
}

TEST_F(StoreTest, ALaterVersionInTheSameBatchReplacesTheEarlierOne) {
  // Events wait for the end of a write before they are stored: an earlier version of a
  // document in the same batch must leave nothing behind.
  std::vector<Doc> docs = OneCallManyReports();
  Doc other;
  other.id = docs[0].id;
  other.source = docs[0].source;
  other.date = "2024-03-21";
  other.text = "Зеленський зустрівся з прем'єр-міністром Польщі у Варшаві.";
  other.body = {{0, static_cast<uint32_t>(other.text.size())}};
  other.events.push_back(
      MakeEvent(other, other.text, "UKR", "", "Зеленський", "CONSULT", "POL", "", "Польщі", ""));
  std::vector<Doc> batch = docs;
  batch.push_back(other);
  {
    auto store = OpenRw("batch.db");
    auto written = store->Write(batch);
    ASSERT_TRUE(written.ok()) << written.error();
  }
  docs[0] = other;
  {
    auto store = OpenRw("final.db");
    ASSERT_TRUE(store->Write(docs).ok());
  }
  EXPECT_EQ(DumpDatabase(Path("batch.db")), DumpDatabase(Path("final.db")));
}

TEST_F(StoreTest, AVersion2StoreGetsItsEventsAndChainsOnOpen) {
  {
    auto store = OpenRw("old.db");
    ASSERT_TRUE(store->Write(OneCallManyReports()).ok());
  }
  const std::string expected = DumpDatabase(Path("old.db"));
  // Take the store back to schema 2: no keys, no events, no fingerprints (and none of version
  // 4's profiles, which these documents, having no tokens, do not have).
  const std::string path = Path("old.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(
                db,
                (kUndoVersion5 + " DROP INDEX events_cluster;"
                                 " ALTER TABLE events DROP COLUMN cluster;"
                                 " ALTER TABLE events DROP COLUMN event_key;"
                                 " ALTER TABLE events DROP COLUMN bucket; DROP TABLE fingerprints;"
                                 " DROP TABLE story_terms; DROP TABLE framing;"
                                 " ALTER TABLE documents DROP COLUMN words;"
                                 " PRAGMA user_version = 2;")
                    .c_str(),
                nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  EXPECT_EQ(
      RawQuery(path, "SELECT count(*) FROM pragma_table_info('events') WHERE name = 'cluster'"),
      "0");
  ASSERT_TRUE(OpenRw("old.db"));
  EXPECT_EQ(DumpDatabase(path), expected);
}

// The store's SQL for "dated to a day" (event_days, events_loose) must say what
// crossdoc::DatedToTheDay says, or mentions would be left out of regathering.
TEST_F(StoreTest, TheSqlOfDayDatedMentionsAgreesWithTheGatherer) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  const std::string sql = "SELECT " + schema::DayDatedSql("date") + ", NOT (" +
                          schema::LooseMentionSql() +
                          ") FROM (SELECT 'k' AS event_key, ?1 AS date)";
  ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK);
  for (const char* date :
       {"2024-09-23", "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01",
        "2024-00-10", "2024-01-00", "0001-01-01", "20a4-01-01", "2024-9-23", "2024-09-2x",
        "2024-09", "2024", "", "2024-09-23T10:00:00Z", " 2024-09-2"}) {
    sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(st, 0) == 1, crossdoc::DatedToTheDay(date)) << date;
    EXPECT_EQ(sqlite3_column_int(st, 1) == 1, crossdoc::DatedToTheDay(date)) << date;
    sqlite3_reset(st);
  }
  sqlite3_bind_null(st, 1);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 0) << "NULL";
  EXPECT_EQ(sqlite3_column_int(st, 1), 0) << "NULL";
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_F(StoreTest, AVersion4StoreGetsItsEventDaysOnOpen) {
  {
    auto store = OpenRw("v4.db");
    ASSERT_TRUE(store->Write(OneCallManyReports()).ok());
  }
  const std::string path = Path("v4.db");
  const std::string expected = DumpDatabase(path);
  ASSERT_NE(RawQuery(path, "SELECT count(*) FROM event_days"), "0");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db,
                         (kUndoVersion5 +
                          " CREATE INDEX events_key ON events(event_key, bucket, doc_id, date,"
                          " cluster, id); PRAGMA user_version = 4;")
                             .c_str(),
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  ASSERT_TRUE(OpenRw("v4.db"));
  EXPECT_EQ(DumpDatabase(path), expected) << "the days counted from the stored events";
}

TEST_F(StoreTest, AVersion5StoreGetsBandIndexesThatCarryTheFingerprint) {
  {
    auto store = OpenRw("v5.db");
    ASSERT_TRUE(store->Write(OneCallManyReports()).ok());
  }
  const std::string path = Path("v5.db");
  const std::string expected = DumpDatabase(path);
  std::string undo;
  for (const char* band : {"band0", "band1", "band2", "band3"})
    undo += std::string("DROP INDEX fingerprints_") + band + "; CREATE INDEX fingerprints_" + band +
            " ON fingerprints(" + band + ");";
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(
      sqlite3_exec(db, (undo + " PRAGMA user_version = 5;").c_str(), nullptr, nullptr, nullptr),
      SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  EXPECT_NE(DumpDatabase(path), expected);
  ASSERT_TRUE(OpenRw("v5.db"));
  EXPECT_EQ(DumpDatabase(path), expected);
}

// A writer remembers which keys have mentions not dated to a day (only those are read again when
// a key gets a new day); it must learn of those another writer stored since.
TEST_F(StoreTest, AWriterSeesTheMonthDatedMentionsOfAnother) {
  auto report = [](const std::string& id, const std::string& words, const std::string& date) {
    Doc doc;
    doc.id = id;
    doc.date = "2024-03-20";
    doc.text = words + ": Russian forces struck Ukrainian positions.";
    doc.body = {{0, static_cast<uint32_t>(doc.text.size())}};
    doc.events.push_back(MakeEvent(doc, doc.text, "RUS", "", "Russian forces", "ASSAULT", "UKR", "",
                                   "Ukrainian positions", date));
    return doc;
  };
  auto first = OpenRw("two.db");
  auto second = OpenRw("two.db");
  // The second writer reads its keys now, before the first stores a month-dated mention.
  ASSERT_TRUE(second->Write({report("a", "Alpha bravo charlie delta echo", "2024-01-05")}).ok());
  ASSERT_TRUE(first->Write({report("b", "Foxtrot golf hotel india juliet", "2024-03")}).ok());
  ASSERT_TRUE(second->Write({report("c", "Kilo lima mike november oscar", "2024-03-10")}).ok());
  const std::string path = Path("two.db");
  const std::string month = RawQuery(path, "SELECT e.cluster FROM events e WHERE doc_id = 'b'");
  EXPECT_EQ(month, RawQuery(path, "SELECT e.cluster FROM events e WHERE doc_id = 'c'"))
      << "the March mention joins the one day named in March";
}

// Many mentions of a few keys over a few months, written in shuffled one-document batches: each
// stored event id is what gathering every mention of its key at once gives (the writer only
// regathers the months a batch touches), and batching does not change the rows.
TEST_F(StoreTest, RegatheringTouchedMonthsEqualsGatheringEverything) {
  std::mt19937_64 rng(5);
  std::vector<Doc> docs;
  // Sparse enough per key that undated mentions early in a month often have their nearest
  // named day in the month before.
  const char* pairs[][2] = {{"RUS", "UKR"}, {"USA", "CHN"}, {"ISR", "PSE"}, {"IND", "PAK"},
                            {"ARM", "AZE"}, {"SDN", "SSD"}, {"ETH", "ERI"}, {"KOR", "PRK"},
                            {"SRB", "XKX"}, {"VEN", "GUY"}, {"COD", "RWA"}, {"THA", "KHM"}};
  for (int d = 0; d < 300; ++d) {
    Doc doc;
    doc.id = "d" + std::to_string(d);
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", static_cast<int>(rng() % 3) + 3,
                  static_cast<int>(rng() % 30) + 1);
    doc.date = date;
    // Words of its own, so that no two reports are near-duplicates of each other.
    doc.text = "Report";
    for (int w = 0; w < 12; ++w) doc.text += " w" + std::to_string(rng() % 100000);
    doc.text += ": one side struck the other again.";
    doc.body = {{0, static_cast<uint32_t>(doc.text.size())}};
    const auto& pair = pairs[rng() % 12];
    Event e =
        MakeEvent(doc, doc.text, pair[0], "", "one side", "ASSAULT", pair[1], "", "the other", "");
    switch (rng() % 4) {
      case 0:
        e.date = doc.date;
        break;
      case 1:
        e.date = doc.date.substr(0, 7);
        break;
      case 2:
        break;  // undated
      default: {
        char earlier[16];
        std::snprintf(earlier, sizeof earlier, "%s-%02d", doc.date.substr(0, 7).c_str(),
                      static_cast<int>(rng() % 30) + 1);
        e.date = earlier;
      }
    }
    doc.events.push_back(e);
    docs.push_back(std::move(doc));
  }
  {
    auto store = OpenRw("shuffled.db");
    std::vector<Doc> shuffled = docs;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    for (const Doc& d : shuffled) ASSERT_TRUE(store->Write({d}).ok());
  }
  {
    auto store = OpenRw("together.db");
    ASSERT_TRUE(store->Write(docs).ok());
  }
  EXPECT_EQ(DumpDatabase(Path("shuffled.db")), DumpDatabase(Path("together.db")));

  // Gather each key's mentions at once and compare with what the writer stored.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Path("shuffled.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT e.event_key, e.id, COALESCE(e.date, ''), fp.chain_date,"
                               " e.cluster FROM events e JOIN fingerprints fp ON"
                               " fp.doc_id = e.doc_id ORDER BY e.id",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::map<std::string, std::vector<crossdoc::Mention>> by_key;
  std::map<std::string, std::string> stored;
  auto text = [&](int c) {
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
  };
  while (sqlite3_step(st) == SQLITE_ROW) {
    by_key[text(0)].push_back({text(1), text(2), text(3)});
    stored[text(1)] = text(4);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  ASSERT_EQ(by_key.size(), 12u);
  size_t checked = 0;
  for (const auto& [key, mentions] : by_key) {
    const auto ids = crossdoc::ClusterIds(key, mentions);
    for (size_t i = 0; i < ids.size(); ++i, ++checked) {
      EXPECT_EQ(stored[mentions[i].id], ids[i]) << key << " " << mentions[i].id;
    }
  }
  EXPECT_EQ(checked, 300u);
}

}  // namespace
}  // namespace entente::testing
