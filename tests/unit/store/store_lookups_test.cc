// Reading the store for browsers of it: search, summary, entities, names, one document, the new
// filters (partner, modality, paging), monthly graphs, query deadlines, and the v1 → v2 migration.
#include <chrono>

#include "store/sqlite_store.h"
#include "unit/store/store_corpus.h"

namespace entente::testing {
namespace {

using Ids = std::vector<std::string>;

std::vector<std::string> HitIds(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(h.doc_id);
  return out;
}

TEST_F(StoreTest, SearchFindsInflectedFormsOfBodyWords) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  // "Путін" is a prefix of "Путіну": word prefixes match, so inflected forms are found.
  auto hits = store->Search("путін", 10);
  ASSERT_TRUE(hits.ok()) << hits.error();
  EXPECT_EQ(HitIds(*hits), Ids({"a"}));
  const SearchHit& hit = hits->front();
  EXPECT_EQ(hit.source, "Укрінформ");
  EXPECT_EQ(hit.lang, "uk");
  EXPECT_EQ(hit.title, hit.snippet.empty() ? "" : Corpus()[0].text);  // one body span: the title
  EXPECT_NE(hit.snippet.find("\x01Путін\x02"), std::string::npos) << hit.snippet;
  // Every word must occur.
  EXPECT_EQ(HitIds(*store->Search("Путін Раїсі", 10)), Ids({"a"}));
  EXPECT_TRUE(store->Search("Путін Байден", 10)->empty());
  // Documents without body text (b, c, d) are not indexed; no words, no hits.
  EXPECT_TRUE(store->Search("Россия", 10)->empty());
  EXPECT_TRUE(store->Search("  ", 10)->empty());
}

TEST_F(StoreTest, SearchTakesPlainWordsNotQuerySyntax) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  for (const char* q : {"\"Путін", "Путін OR", "NEAR(Путін", "title:Путін", "Путін*", "^ - + ( )",
                        "'; DROP TABLE documents; --"}) {
    auto hits = store->Search(q, 10);
    EXPECT_TRUE(hits.ok()) << q << ": " << hits.error();
  }
  EXPECT_EQ(store->Stats()->documents, 4u);
}

TEST_F(StoreTest, SearchFollowsReplacedDocuments) {
  auto store = OpenRw("news.db");
  std::vector<Doc> docs = Corpus();
  ASSERT_TRUE(store->Write(docs).ok());
  Doc a = docs[0];
  a.text = "Зеленський зустрівся з Макроном.";
  a.body = {{0, static_cast<uint32_t>(a.text.size())}};
  a.entities.clear();
  a.events.clear();
  ASSERT_TRUE(store->Write({a}).ok());
  EXPECT_TRUE(store->Search("Путін", 10)->empty());
  EXPECT_EQ(HitIds(*store->Search("Макрон", 10)), Ids({"a"}));
}

TEST_F(StoreTest, MigratingAVersion1StoreIndexesItsDocuments) {
  const std::string path = Path("old.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, schema::Migrations()[0][0], nullptr, nullptr, nullptr), SQLITE_OK);
    const std::string setup =
        "PRAGMA application_id = " + std::to_string(schema::kApplicationId) +
        "; PRAGMA user_version = 1;"
        " INSERT INTO documents (id, content_hash, text, body, status) VALUES"
        " ('old', 'h', 'Меню. Ердоган прийняв Путіна в Анкарі.', '[[10, 69]]', 'ok'),"
        " ('bad', 'h2', 'Путін', '[]', 'failed');";
    ASSERT_EQ(sqlite3_exec(db, setup.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto store = OpenRw("old.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  auto hits = store->Search("Путін", 10);
  ASSERT_TRUE(hits.ok()) << hits.error();
  ASSERT_EQ(HitIds(*hits), Ids({"old"}));
  EXPECT_EQ(hits->front().title, "Ердоган прийняв Путіна в Анкарі.");
  EXPECT_TRUE(store->Search("Меню", 10)->empty()) << "page furniture is not indexed";
}

TEST_F(StoreTest, SummaryCountsWhatFiltersCanUse) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  auto sum = store->Summary();
  ASSERT_TRUE(sum.ok()) << sum.error();
  EXPECT_EQ(sum->documents, 4u);
  EXPECT_EQ(sum->events, 9u);
  EXPECT_EQ(sum->date_min, "2024-02-10T08:00:00Z");
  EXPECT_EQ(sum->date_max, "2024-04");
  ASSERT_EQ(sum->languages.size(), 3u);
  EXPECT_EQ(sum->languages[0].value, "en");
  EXPECT_EQ(sum->languages[0].count, 5u);
  ASSERT_EQ(sum->sources.size(), 3u) << "d has no outlet";
  ASSERT_FALSE(sum->types.empty());
  EXPECT_EQ(sum->types[0].value, "CONSULT");  // 2, tied with THREATEN, first by name
  EXPECT_EQ(sum->types[0].count, 2u);
  ASSERT_EQ(sum->modalities.size(), 2u);
  EXPECT_EQ(sum->modalities[1].value, "reported");
  EXPECT_EQ(sum->modalities[1].count, 1u);
}

TEST_F(StoreTest, FindsEntitiesByIdOrByTheCodeTheyStandFor) {
  auto store = OpenRw("news.db");
  std::vector<Doc> docs = Corpus();
  Doc e;
  e.id = "e";
  e.text = "Росія і НАТО.";
  e.entities.push_back(MakeEntity(e, "Q159", "Russia", "state", "RUS", {"Росія"}));
  e.entities.push_back(MakeEntity(e, "Q7184", "NATO", "igo", "IGO:NATO", {"НАТО"}));
  docs.push_back(e);
  ASSERT_TRUE(store->Write(docs).ok());
  auto found = store->FindEntities({"Q7747", "RUS", "nothing", "IGO:NATO", "CHN"});
  ASSERT_TRUE(found.ok()) << found.error();
  std::vector<std::string> ids;
  for (const Entity& ent : *found) ids.push_back(ent.id);
  // A person never stands for a code: CHN has only Xi Jinping.
  EXPECT_EQ(ids, Ids({"Q7747", "Q159", "Q7184"}));
  EXPECT_EQ((*found)[1].name, "Russia");
}

TEST_F(StoreTest, NamesOfAnEntityAreTheWordsOfItsMentions) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  auto names = store->NamesOf("Q7747", 10);
  ASSERT_TRUE(names.ok()) << names.error();
  ASSERT_EQ(names->size(), 3u);
  EXPECT_EQ((*names)[0].value, "Putin");
  EXPECT_EQ((*names)[1].value, "Путін");
  EXPECT_EQ((*names)[2].value, "Путіну");
  EXPECT_EQ(store->NamesOf("Q7747", 1)->size(), 1u);
}

TEST_F(StoreTest, ReadsOneDocument) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  auto doc = store->Document("a");
  ASSERT_TRUE(doc.ok()) << doc.error();
  ASSERT_TRUE(doc->has_value());
  EXPECT_EQ((*doc)->text, Corpus()[0].text);
  EXPECT_EQ((*doc)->events.size(), 2u);
  EXPECT_EQ((*doc)->entities.size(), 2u);
  EXPECT_FALSE(store->Document("zzz")->has_value());
}

TEST_F(StoreTest, PartnerModalityAndPagingFilters) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(Corpus()).ok());
  // Either direction, by country or by actor id; a partner needs an actor.
  EXPECT_EQ(Select(*store, {.actor = "RUS", .partner = "CHN"}), Ids({"a0", "d0", "d1"}));
  EXPECT_EQ(Select(*store, {.actor = "CHN", .partner = "RUS"}), Ids({"a0", "d0", "d1"}));
  EXPECT_EQ(Select(*store, {.actor = "Q15031", .partner = "Q7747"}), Ids({"a0", "d0"}));
  EXPECT_TRUE(Select(*store, {.partner = "RUS"}).empty());
  EXPECT_EQ(Select(*store, {.modality = "reported"}), Ids({"a1"}));
  EXPECT_EQ(Select(*store, {.doc_id = "b"}), Ids({"b0", "b1"}));
  const auto all = Select(*store, {});
  ASSERT_EQ(all.size(), 9u);
  EXPECT_EQ(Select(*store, {.limit = 3, .offset = 2}), Ids(all.begin() + 2, all.begin() + 5));
  EXPECT_TRUE(Select(*store, {.offset = 9}).empty());
  // One event by id.
  std::string id;
  ASSERT_TRUE(store->ForEachEvent({.limit = 1}, [&](const StoredEvent& e) { id = e.id; }).ok());
  EXPECT_EQ(Select(*store, {.id = id}), Ids({all[0]}));
}

TEST_F(StoreTest, GraphByMonthAndByCameo) {
  auto store = OpenRw("news.db");
  std::vector<Doc> docs = Corpus();
  docs[3].events[0].cameo = "057";  // d0: sign a formal agreement
  ASSERT_TRUE(store->Write(docs).ok());
  auto months = store->Graph({.actor = "RUS", .partner = "CHN"}, {.by_month = true});
  ASSERT_TRUE(months.ok()) << months.error();
  ASSERT_EQ(months->size(), 1u);
  const GraphEdge& march = months->front();
  EXPECT_EQ(march.a + march.b + march.month, "CHNRUS2024-03");
  EXPECT_EQ(march.events, 3);
  EXPECT_EQ(march.by_cameo, (std::map<std::string, int>{{"040", 2}, {"057", 1}}));
  // Months in order: b0 (2024-03-31) and b1 (2024-04) split.
  auto all = store->Graph({}, {.by_month = true});
  ASSERT_TRUE(all.ok());
  std::vector<std::string> keys;
  for (const auto& e : *all) keys.push_back(e.month + " " + e.a + "-" + e.b);
  EXPECT_EQ(keys, Ids({"2024-02 IGO:ICC-RUS", "2024-03 CHN-RUS", "2024-03 IRN-RUS",
                       "2024-03 RUS-USA", "2024-04 PRK-RUS"}));
  auto whole = store->Graph({});
  ASSERT_TRUE(whole.ok());
  for (const auto& e : *whole) EXPECT_EQ(e.month, "");
}

TEST_F(StoreTest, QueriesStopAtTheDeadline) {
  auto store = OpenRw("news.db");
  std::vector<Doc> docs;
  for (int copy = 0; copy < 100; ++copy) {
    for (Doc d : Corpus()) {
      d.id += std::to_string(copy);
      d.text += " " + std::to_string(copy);  // another content hash
      docs.push_back(std::move(d));
    }
  }
  ASSERT_TRUE(store->Write(docs).ok());
  store->SetDeadline(std::chrono::steady_clock::now() - std::chrono::seconds(1));
  auto late = store->Graph({});
  EXPECT_FALSE(late.ok());
  EXPECT_TRUE(store->TimedOut());
  store->SetDeadline(std::chrono::steady_clock::time_point::max());
  EXPECT_FALSE(store->TimedOut());
  auto graph = store->Graph({});
  ASSERT_TRUE(graph.ok()) << graph.error();
  EXPECT_EQ(graph->size(), 5u);
}

}  // namespace
}  // namespace entente::testing
