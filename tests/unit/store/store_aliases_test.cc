// Unlinked names that name another entity across the stored documents (Store::ActorAliases):
// the reads show them as that entity, and the SQLite store's aliases are those crossdoc derives
// from the whole set of documents (what the ClickHouse store computes when read).
#include "crossdoc/crossdoc.h"
#include "unit/store/store_corpus.h"
#include "unit/store/store_profiles.h"

namespace entente::testing {
namespace {

using Aliases = std::map<std::string, std::string>;

std::vector<std::string> EventDocs(Store& store, const EventFilter& filter) {
  std::vector<std::string> out;
  Status s = store.ForEachEvent(filter, [&](const StoredEvent& e) { out.push_back(e.doc_id); });
  EXPECT_TRUE(s.ok()) << s.message();
  return out;
}

Aliases Derived(const std::vector<Doc>& docs) {
  std::vector<const Doc*> ptrs;
  for (const Doc& d : docs) ptrs.push_back(&d);
  return crossdoc::ActorAliases(crossdoc::ActorsOf(ptrs));
}

TEST_F(StoreTest, ASurnameInAnotherDocumentReadsAsTheFullName) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(NamedAcrossDocs()).ok());
  EXPECT_EQ(*store->ActorAliases(), (Aliases{{"x:kuzmenko", "x:ostap_kuzmenko"}}));
  // One actor: its entity, its names, its events and partners, whichever id is asked for.
  auto found = store->FindEntities({"x:kuzmenko", "x:ostap_kuzmenko"});
  ASSERT_TRUE(found.ok()) << found.error();
  ASSERT_EQ(found->size(), 2u);
  for (const Entity& e : *found) {
    EXPECT_EQ(e.id, "x:ostap_kuzmenko");
    EXPECT_EQ(e.country, "UKR");
  }
  auto names = store->NamesOf("x:ostap_kuzmenko", 10);
  ASSERT_TRUE(names.ok()) << names.error();
  ASSERT_EQ(names->size(), 2u);
  EXPECT_EQ(names->at(0).value, "Кузьменко");
  EXPECT_EQ(names->at(1).value, "Остап Кузьменко");
  EXPECT_EQ(store->NamesOf("x:kuzmenko", 10)->size(), 2u);
  for (const char* id : {"x:ostap_kuzmenko", "x:kuzmenko"}) {
    EXPECT_EQ(EventDocs(*store, {.actor = id}), (std::vector<std::string>{"n1", "n2"})) << id;
    EXPECT_EQ(EventDocs(*store, {.actor = "FRA", .partner = id}),
              (std::vector<std::string>{"n1", "n2"}))
        << id;
    EXPECT_EQ(store->Graph({.actor = id})->size(), 1u) << id;
  }
  // The alias's own events stay as the document gave them.
  std::vector<std::string> actors;
  ASSERT_TRUE(store
                  ->ForEachEvent({.doc_id = "n2"},
                                 [&](const StoredEvent& e) { actors.push_back(e.event.src.actor); })
                  .ok());
  EXPECT_EQ(actors, (std::vector<std::string>{"x:kuzmenko"}));
}

TEST_F(StoreTest, TwoPeopleWithTheSurnameKeepItApart) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(NamedAcrossDocs()).ok());
  ASSERT_EQ(store->ActorAliases()->size(), 1u);
  // A later document names another Kuzmenko: the surname alone no longer tells who.
  Doc other;
  other.id = "n3";
  other.date = "2024-05-04";
  other.lang = "uk";
  other.text = "Олена Кузьменко очолила комітет.";
  other.entities.push_back(
      MakeEntity(other, "x:olena_kuzmenko", "Олена Кузьменко", "name", "", {"Олена Кузьменко"}));
  ASSERT_TRUE(store->Write({other}).ok());
  EXPECT_EQ(*store->ActorAliases(), Aliases{}) << "this connection's write is seen";
  EXPECT_EQ(store->FindEntities({"x:kuzmenko"})->front().id, "x:kuzmenko");
  EXPECT_EQ(EventDocs(*store, {.actor = "x:ostap_kuzmenko"}), (std::vector<std::string>{"n1"}));
  // Another connection sees it too.
  auto reader = Store::Open(Path("news.db"), Store::Mode::kReadOnly);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(*(*reader)->ActorAliases(), Aliases{});
}

TEST_F(StoreTest, ActorAliasesDerivedFromTheWholeSetEqualTheStoredOnes) {
  std::vector<Doc> docs = Corpus();
  for (auto more : {StoryDocs(), OneCallManyReports(), NamedAcrossDocs()})
    docs.insert(docs.end(), more.begin(), more.end());
  auto store = OpenRw("news.db");
  // Written in two batches, the later one first.
  const std::vector<Doc> first(docs.begin() + 5, docs.end()),
      second(docs.begin(), docs.begin() + 5);
  ASSERT_TRUE(store->Write(first).ok());
  ASSERT_TRUE(store->Write(second).ok());
  const Aliases derived = Derived(docs);
  EXPECT_EQ(derived, (Aliases{{"x:kuzmenko", "x:ostap_kuzmenko"}}));
  EXPECT_EQ(*store->ActorAliases(), derived);
  // The full name's document replaced by one without it: the surname stays itself.
  Doc replaced = NamedAcrossDocs()[0];
  replaced.text = "Посол Франції провів зустріч у Києві.";
  replaced.entities = {MakeEntity(replaced, "Q142", "France", "state", "FRA", {"Франції"})};
  replaced.events.clear();
  ASSERT_TRUE(store->Write({replaced}).ok());
  for (Doc& d : docs)
    if (d.id == replaced.id) d = replaced;
  EXPECT_EQ(Derived(docs), Aliases{});
  EXPECT_EQ(*store->ActorAliases(), Aliases{});
}

}  // namespace
}  // namespace entente::testing
