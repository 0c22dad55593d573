// Collective actors (data/lang/*/groups.tsv): protesters, police, the opposition, rebels. Each
// takes its state from a demonym or a state next to it, else from the place its sentence or an
// earlier one locates something in; with none of these it is no actor. Events between such a
// group and its own state are coded (domestic events); between two state actors of one country
// they are not.
#include <gtest/gtest.h>

#include <string>

#include "engine_util.h"

namespace entente {
namespace {

using testing::At;
using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(Groups, StateFromADemonymAGenitiveOrAPossessive) {
  Doc d = RunText("Lebanese security forces surrounded the building.", "en");
  const Entity* e = At(d, "Lebanese security forces");
  ASSERT_NE(e, nullptr) << Summary(d);
  EXPECT_EQ(e->id, "g:LBN:security forces");
  EXPECT_EQ(e->kind, "group");
  EXPECT_EQ(e->sector, "COP");
  d = RunText("Поліція Грузії затримала трьох людей.", "uk");
  ASSERT_NE(At(d, "Поліція Грузії"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Поліція Грузії")->country, "GEO");
  d = RunText("Оппозиция Венесуэлы отвергла итоги выборов.", "ru");
  ASSERT_NE(At(d, "Оппозиция Венесуэлы"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Оппозиция Венесуэлы")->country, "VEN");
  // A named state in the possessive keeps its own mention.
  d = RunText("South Africa's main opposition went to court.", "en");
  ASSERT_NE(At(d, "South Africa's main opposition"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "South Africa's main opposition")->country, "ZAF");
  EXPECT_NE(At(d, "South Africa's"), nullptr) << Summary(d);
}

// A group named by the side it takes ("pro-Russian rebels") is not that side's: it is placed
// where it acts, or left unidentified; the side named in the prefix is no mention of its own.
TEST(Groups, ProActorGroupsAreNotTheActors) {
  Doc d = RunText("Pro-Russian rebels shelled the town overnight.", "en");
  EXPECT_EQ(At(d, "Pro-Russian rebels"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "rebels"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Russian"), nullptr) << Summary(d);
  d = RunText("Pro-Russia rebels clashed with soldiers in Donetsk on Sunday.", "en");
  ASSERT_NE(At(d, "Pro-Russia rebels"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Pro-Russia rebels")->country, "UKR");
  EXPECT_EQ(At(d, "Russia"), nullptr) << Summary(d);
  // Ukrainian and Russian fuse the prefix into the adjective: no state either.
  d = RunText("Проросійські бойовики обстріляли українських військових.", "uk");
  EXPECT_EQ(At(d, "Проросійські бойовики"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Проросійські"), nullptr) << Summary(d);
  d = RunText("Пророссийские сепаратисты обстреляли украинских военных.", "ru");
  EXPECT_EQ(At(d, "Пророссийские сепаратисты"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Пророссийские"), nullptr) << Summary(d);
  // Without the prefix the demonym still gives the group its state.
  d = RunText("Syrian rebels shelled the town overnight.", "en");
  ASSERT_NE(At(d, "Syrian rebels"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Syrian rebels")->country, "SYR");
}

TEST(Groups, StateFromTheLocatedPlaceOrTheDateline) {
  Doc d = RunText("Police detained dozens of protesters in Tbilisi on Sunday.", "en");
  ASSERT_NE(At(d, "Police"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Police")->country, "GEO");
  d = RunText("BELGRADE, March 3 (Reuters) - Thousands marched on Sunday. Police used tear gas.",
              "en");
  ASSERT_NE(At(d, "Police"), nullptr) << Summary(d);
  EXPECT_EQ(At(d, "Police")->country, "SRB");
  // A capital that is no location ("demanded from Brussels") gives no context.
  d = RunText("Протестувальники вимагають від Брюсселя змін.", "uk");
  EXPECT_EQ(At(d, "Протестувальники"), nullptr) << Summary(d);
}

TEST(Groups, DomesticEventsNeedANonStateSide) {
  Doc d = RunText("Поліція затримала десятки протестувальників у Тбілісі.", "uk");
  EXPECT_TRUE(Has(d, "GEO", "COERCE", "GEO")) << Summary(d);
  d = RunText("Президент Грузії Саломе Зурабішвілі звинуватила прем'єр-міністра Грузії.", "uk");
  EXPECT_FALSE(Has(d, "GEO", "ACCUSE", "GEO")) << Summary(d);
  // Repression of a crowd: tear gas, dispersal ("at demonstrators" is a target, not a place).
  d = RunText("In Beirut, Lebanese security forces fired tear gas at demonstrators.", "en");
  EXPECT_TRUE(Has(d, "LBN", "COERCE", "LBN")) << Summary(d);
  d = RunText("Полиция разогнала митингующих в Тбилиси.", "ru");
  EXPECT_TRUE(Has(d, "GEO", "COERCE", "GEO")) << Summary(d);
  // A place its country stands for is no second actor ("rebels attacked positions in Syria").
  d = RunText("Syrian rebels launched an offensive in Syria on Thursday.", "en");
  EXPECT_FALSE(Has(d, "SYR", "ASSAULT", "SYR")) << Summary(d);
}

}  // namespace
}  // namespace entente
