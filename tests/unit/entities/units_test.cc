// Word units (entities/units.h) and the stage's sealed key set (entities/stage.h): the contracts
// the views rely on.
#include "entities/units.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/stage.h"
#include "test_util.h"

namespace entente {
namespace {

TEST(Units, PartsOfATokenKeepTheirTextWhenTheUnitsAreCopiedAndTheOriginalsFreed) {
  const Resources resources = testing::TestResources();
  const MatchKeys keys(resources);
  std::vector<Unit> copy;
  {
    std::vector<Unit> units = PhraseUnits("Інтерфакс-Україна повідомляє", keys, "uk");
    ASSERT_EQ(units.size(), 3u);
    copy = units;
  }
  EXPECT_EQ(copy[0].lower, "інтерфакс");
  EXPECT_EQ(copy[1].lower, "україна");
  EXPECT_EQ(copy[1].key, keys.Key("Україна", "uk"));
  EXPECT_EQ(JoinKeys(copy, 0, 2), std::string(copy[0].key) + "\x1f" + std::string(copy[1].key));
  EXPECT_TRUE(copy[1].capitalized);
  EXPECT_FALSE(copy[2].capitalized);
}

TEST(Units, CapitalsNeedEveryLetterUpperAndAnUpperInitial) {
  const Resources resources = testing::TestResources();
  const MatchKeys keys(resources);
  std::vector<Unit> units = PhraseUnits("НАТО NATO's Nato нАТО", keys, "uk");
  ASSERT_EQ(units.size(), 4u);
  EXPECT_TRUE(units[0].all_caps);
  EXPECT_TRUE(units[1].all_caps);  // an abbreviation's possessive
  EXPECT_FALSE(units[2].all_caps);
  EXPECT_TRUE(units[2].capitalized);
  EXPECT_FALSE(units[3].all_caps);
  EXPECT_FALSE(units[3].capitalized);
}

TEST(SealedViewSet, FindsWhatWasInsertedOnlyAfterSealing) {
  const std::vector<std::string> words = {"уряд", "заява", "уряд", "", "уряду"};
  entities_internal::SealedViewSet set;
  for (const std::string& w : words) set.insert(w);
  set.Seal();
  EXPECT_EQ(set.count("уряд"), 1u);
  EXPECT_EQ(set.count("заява"), 1u);
  EXPECT_EQ(set.count(""), 1u);
  EXPECT_EQ(set.count("уряду"), 1u);
  EXPECT_EQ(set.count("уря"), 0u);
  EXPECT_EQ(set.count("заяви"), 0u);
}

// Every key of the column, duplicates and the empty string included, and nothing else (the
// array is at most half full; probes wrap at its end).
TEST(PackKeySet, FindsEveryCellOfTheColumnAndNothingElse) {
  PackBuilder b;
  std::vector<std::vector<std::string>> rows = {
      {"уряд", "x"}, {"заява", "уряду"}, {"уряд", "y"}, {"", "z"}};
  for (int i = 0; i < 200; ++i) rows.push_back({"k" + std::to_string(i), "v"});
  b.AddTable("t", {"key", "other"}, rows);
  b.AddTable("empty", {"key"}, {});
  auto pack = Pack::FromBytes(b.Serialize());
  ASSERT_TRUE(pack.ok());
  const PackKeySet set(*(*pack)->Find("t"), 0);
  for (const auto& row : rows) EXPECT_TRUE(set.count(row[0])) << row[0];
  for (std::string_view absent : {"уря", "уряду", "x", "k200", "k1 "})
    EXPECT_FALSE(set.count(absent)) << absent;
  EXPECT_FALSE(PackKeySet(*(*pack)->Find("empty"), 0).count(""));
  EXPECT_FALSE(PackKeySet().count("уряд"));
}

}  // namespace
}  // namespace entente
