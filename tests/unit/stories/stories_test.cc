#include "stories/stories.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "engine_util.h"
#include "eval/stories_corpus.h"
#include "test_util.h"

namespace entente {
namespace {

using stories::Skeleton;
using stories::StoryClusterer;

TEST(Skeleton, SeesThroughScriptSpellingAndInflection) {
  // Romanised by MatchKeys::Translit: "Брекзіт", "Brexitu", "Brexit" are one name.
  EXPECT_EQ(Skeleton("brekzit"), "brks");
  EXPECT_EQ(Skeleton("brexitu"), "brks");
  EXPECT_EQ(Skeleton("brexit"), "brks");
  EXPECT_EQ(Skeleton("juncker"), Skeleton("unker"));  // Juncker, Юнкер
  EXPECT_EQ(Skeleton("trumpem"), Skeleton("tramp"));  // Trumpem, Трамп
  EXPECT_EQ(Skeleton("theresa"), Skeleton("tereza"));
  EXPECT_EQ(Skeleton("may"), "");  // fewer than two consonants: no evidence
  EXPECT_NE(Skeleton("brexit"), Skeleton("britain"));
}

TEST(DayNumber, ParsesDatesAndRefusesPlaceholders) {
  EXPECT_EQ(stories::DayNumber("1970-01-02"), -1);  // feeds' "unknown"
  EXPECT_EQ(stories::DayNumber("2024-03-02") - stories::DayNumber("2024-02-28"), 3);  // leap
  EXPECT_EQ(stories::DayNumber("2024-03-02T10:00:00+02:00"), stories::DayNumber("2024-03-02"));
  EXPECT_EQ(stories::DayNumber("2024-03"), -1);
  EXPECT_EQ(stories::DayNumber("2023-02-30"), -1);
}

std::vector<StoryTerm> Terms(std::initializer_list<const char*> names) {
  std::vector<StoryTerm> out;
  for (const char* n : names) out.push_back({n, 1.0});
  return out;
}

TEST(StoryClusterer, JoinsSimilarDocumentsWithinTheWindowOnly) {
  StoryClusterer c;
  // Background documents give the shared terms their weight.
  for (int i = 0; i < 5; ++i) c.Add(Terms({"a:Q30", "n:xx"}), "2024-01-01");
  const size_t a = c.Add(Terms({"a:Q843", "n:bb", "n:mhmd", "a:Q30"}), "2024-03-01");
  const size_t b = c.Add(Terms({"a:Q843", "n:bb", "n:lhr"}), "2024-03-03");
  const size_t far = c.Add(Terms({"a:Q843", "n:bb", "n:mhmd"}), "2024-09-01");
  const size_t other = c.Add(Terms({"a:Q183", "n:rnr", "n:strk"}), "2024-03-02");
  const size_t undated = c.Add(Terms({"a:Q843", "n:bb", "n:lhr"}), "");
  EXPECT_EQ(a, b);
  EXPECT_NE(a, far) << "six months later is another cluster";
  EXPECT_NE(c.StoryOf(a), c.StoryOf(far)) << "and beyond the link window, another story";
  EXPECT_NE(a, other);
  EXPECT_EQ(undated, a) << "an undated document may join any cluster";
  EXPECT_EQ(c.clusters()[a].documents, 3u);
  EXPECT_EQ(c.clusters()[a].first, "2024-03-01");
  EXPECT_EQ(c.clusters()[a].last, "2024-03-03");
}

TEST(StoryClusterer, LinksClustersWhoseCentroidsMeet) {
  stories::StoryOptions options;
  options.threshold = 0.9;  // documents stay in clusters of their own …
  options.link_threshold = 0.3;
  StoryClusterer c(options);
  for (int i = 0; i < 5; ++i) c.Add(Terms({"a:Q30"}), "2024-01-01");
  const size_t a = c.Add(Terms({"a:Q843", "n:bb", "n:mhmd"}), "2024-03-01");
  const size_t b = c.Add(Terms({"a:Q843", "n:bb", "n:lhr"}), "2024-03-20");
  const size_t other = c.Add(Terms({"a:Q183", "n:rnr"}), "2024-03-02");
  EXPECT_NE(a, b);
  EXPECT_EQ(c.StoryOf(a), c.StoryOf(b)) << "… which their shared terms link into one story";
  EXPECT_NE(c.StoryOf(a), c.StoryOf(other));
}

TEST(ScoreClusters, MatchesHandComputedValues) {
  // Clusters {0,0,1} against labels {x,x,y}: perfect.
  auto perfect = stories::ScoreClusters({0, 0, 1}, {"x", "x", "y"});
  EXPECT_DOUBLE_EQ(perfect.purity, 1);
  EXPECT_DOUBLE_EQ(perfect.completeness, 1);
  // All in one cluster: purity 2/3, inverse purity 1, completeness 1, homogeneity 0.
  auto lumped = stories::ScoreClusters({0, 0, 0}, {"x", "x", "y"});
  EXPECT_NEAR(lumped.purity, 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(lumped.inverse_purity, 1);
  EXPECT_NEAR(lumped.homogeneity, 0, 1e-12);
  EXPECT_NEAR(lumped.completeness, 1, 1e-12);
  // Every document alone: homogeneity 1, inverse purity 2/3.
  auto split = stories::ScoreClusters({0, 1, 2}, {"x", "x", "y"});
  EXPECT_NEAR(split.homogeneity, 1, 1e-12);
  EXPECT_NEAR(split.inverse_purity, 2.0 / 3, 1e-12);
  EXPECT_LT(split.completeness, 1);
}

TEST(StoryTerms, TheSameStoryInTwoLanguagesSharesTerms) {
  const Doc uk = testing::RunText(
      "Пілоти Vueling оголосили страйк. Президент Туреччини Реджеп Таїп Ердоган зустрівся з "
      "Володимиром Путіним в Анкарі.",
      "uk");
  const Doc ru = testing::RunText(
      "Пилоты Vueling объявили забастовку. Президент Турции Реджеп Тайип Эрдоган встретился с "
      "Владимиром Путиным в Анкаре.",
      "ru");
  std::set<std::string> a, b, shared;
  for (const StoryTerm& t : uk.story_terms) a.insert(t.term);
  for (const StoryTerm& t : ru.story_terms) b.insert(t.term);
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(),
                        std::inserter(shared, shared.begin()));
  EXPECT_TRUE(shared.contains("a:Q7747")) << "Putin";
  EXPECT_TRUE(shared.contains("n:vlnh")) << "Vueling, a name no list holds";
  EXPECT_GE(shared.size(), 4u);
}

// The figures of `entente eval eval/stories/corpus.tsv`, held as floors.
TEST(StoryEval, CorpusFloors) {
  ENTENTE_REQUIRE_SHARED();
  auto corpus = LoadStoryCorpus(std::string(ENTENTE_SOURCE_DIR) + "/eval/stories/corpus.tsv");
  ASSERT_TRUE(corpus.ok()) << corpus.error();
  std::vector<std::vector<StoryTerm>> terms;
  std::vector<std::string> dates, ids, labels;
  std::vector<size_t> dev;  // indices of the dev texts
  for (const StoryDoc& d : *corpus) {
    Doc doc;
    doc.id = d.id;
    doc.date = d.date;
    doc.text = d.text;
    testing::SharedEngine().Process(doc);
    terms.push_back(std::move(doc.story_terms));
    dates.push_back(d.date);
    ids.push_back(d.id);
    labels.push_back(d.part + ":" + d.story);
    if (d.part == "dev") dev.push_back(labels.size() - 1);
  }
  ASSERT_GT(terms.size(), 3000u);
  const std::vector<size_t> stories = stories::StoriesOf(terms, dates, ids, {});
  const auto scores = stories::ScoreClusters(stories, labels);
  EXPECT_GE(scores.purity, 0.93);
  EXPECT_GE(scores.inverse_purity, 0.62);
  EXPECT_GE(scores.completeness, 0.37);
  // The dev texts: the same happening told in uk, ru and en is one story.
  std::vector<size_t> dev_stories;
  std::vector<std::string> dev_labels;
  for (size_t i : dev) dev_stories.push_back(stories[i]), dev_labels.push_back(labels[i]);
  ASSERT_EQ(dev.size(), 140u);
  const auto dev_scores = stories::ScoreClusters(dev_stories, dev_labels);
  EXPECT_GE(dev_scores.purity, 0.85);
  EXPECT_GE(dev_scores.inverse_purity, 0.97);
  EXPECT_GE(dev_scores.completeness, 0.97);
}

}  // namespace
}  // namespace entente
