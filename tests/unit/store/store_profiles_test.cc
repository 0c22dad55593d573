// Story terms and framing hits kept with each document, and the stories grouped from them.
#include "unit/store/store_profiles.h"

#include <gtest/gtest.h>

#include "unit/store/store_fixture.h"

namespace entente::testing {
namespace {

TEST_F(StoreTest, ProfilesRoundTripAndReplaceWithTheirDocument) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(StoryDocs()).ok());
  const std::string docs_title = StoryDocs()[1].text;  // the first body span
  std::vector<DocProfile> read;
  ASSERT_TRUE(store->ForEachProfile([&](const DocProfile& p) { read.push_back(p); }).ok());
  ASSERT_EQ(read.size(), 3u);  // in id order
  EXPECT_EQ(read[0].doc_id, "s-other");
  const DocProfile& ru = read[1];
  EXPECT_EQ(ru.doc_id, "s-ru");
  EXPECT_EQ(ru.source, "ТАСС");
  EXPECT_EQ(ru.lang, "ru");
  EXPECT_EQ(ru.pub_date, "2024-03-21");
  EXPECT_EQ(ru.words, 9u);
  ASSERT_EQ(ru.framing.size(), 2u);
  EXPECT_EQ(ru.framing[0].frame, "war_euphemism");
  EXPECT_EQ(ru.framing[0].term, "специальная военная операция");
  EXPECT_EQ(ru.framing[0].tone, 0);
  EXPECT_EQ(ru.framing[1].span, SpanOf(StoryDocs()[1], "успех"));
  EXPECT_EQ(ru.story_terms.size(), 4u);
  EXPECT_EQ(ru.title, docs_title);

  // A new version of a document replaces its profile; nothing is left over.
  std::vector<Doc> docs = StoryDocs();
  docs[0].text += " Обновлено.";
  docs[0].framing.pop_back();
  ASSERT_TRUE(store->Write({docs[0]}).ok());
  read.clear();
  ASSERT_TRUE(store->ForEachProfile([&](const DocProfile& p) { read.push_back(p); }).ok());
  EXPECT_EQ(read[2].doc_id, "s-uk");
  EXPECT_EQ(read[2].framing.size(), 1u);
  EXPECT_EQ(read[2].words, 9u);  // the tokens it came with
  EXPECT_EQ(RawQuery(Path("news.db"), "SELECT count(*) FROM framing"), "3");
}

TEST_F(StoreTest, StoriesGatherTheSameHappeningAcrossLanguages) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store->Write(StoryDocs()).ok());
  auto stories = store->Stories();
  ASSERT_TRUE(stories.ok()) << stories.error();
  ASSERT_EQ(stories->size(), 2u);
  const StoredStory& s = (*stories)[0];
  EXPECT_EQ(s.id, "s-uk") << "named by its earliest article";
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].doc_id, "s-uk");
  EXPECT_EQ(s.first, "2024-03-20");
  EXPECT_EQ(s.last, "2024-03-21");
  EXPECT_EQ(s.languages, (std::vector<std::string>{"ru", "uk"}));
  EXPECT_EQ(s.sources, (std::vector<std::string>{"ТАСС", "Укрінформ"}));
  EXPECT_EQ((*stories)[1].id, "s-other");

  // Framing side by side: the two outlets name the same war differently.
  std::vector<const DocProfile*> articles;
  for (const DocProfile& p : s.articles) articles.push_back(&p);
  auto by_source = FramingBySource(articles);
  ASSERT_EQ(by_source.size(), 2u);
  EXPECT_EQ(by_source["Укрінформ"].frames["war_named"], 1u);
  EXPECT_EQ(by_source["ТАСС"].frames["war_euphemism"], 1u);
  EXPECT_EQ(by_source["Укрінформ"].negative, 2u);
  EXPECT_NEAR(by_source["Укрінформ"].Tone(), -100.0 * 2 / 9, 1e-9);

  // The same set written in another order gives the same stories.
  auto other = OpenRw("other.db");
  std::vector<Doc> reversed = StoryDocs();
  std::reverse(reversed.begin(), reversed.end());
  for (const Doc& d : reversed) ASSERT_TRUE(other->Write({d}).ok());
  auto again = other->Stories();
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 2u);
  EXPECT_EQ((*again)[0].id, "s-uk");
  EXPECT_EQ((*again)[0].articles.size(), 2u);
}

}  // namespace
}  // namespace entente::testing
