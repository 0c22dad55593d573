// First-level subdivisions of states (kb/subdivision_names) as places of their country, on
// news-style sentences in en, uk and ru: inflected oblast names, colloquial names, the names
// left to the states and cities that already have them, and events placed in a subdivision.
#include <gtest/gtest.h>

#include <string>

#include "engine_util.h"

namespace entente {
namespace {

using testing::At;
using testing::CodeAt;
using testing::Has;
using testing::IdAt;
using testing::RunText;
using testing::Summary;

std::string Dump(const Doc& d) {
  std::string out;
  for (const Mention& m : d.mentions)
    out += std::string(d.Slice(m.span)) + "=" + d.entities[m.entity].id + "; ";
  return out;
}

TEST(Subdivisions, EnglishStatesAndRegions) {
  Doc d = RunText("Wildfires spread across Texas and California, while floods hit Bavaria.", "en");
  EXPECT_EQ(IdAt(d, "Texas"), "adm:US-TX") << Dump(d);
  EXPECT_EQ(CodeAt(d, "California"), "USA") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Bavaria"), "DEU") << Dump(d);
  EXPECT_EQ(At(d, "Texas") ? At(d, "Texas")->kind : "", "place");
  d = RunText("Drones struck the Kharkiv region and the Belgorod Oblast overnight.", "en");
  EXPECT_EQ(IdAt(d, "Kharkiv region"), "adm:UA-63") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Belgorod Oblast"), "RUS") << Dump(d);
}

TEST(Subdivisions, InflectedOblastNamesUk) {
  Doc d = RunText("Вибухи пролунали у Харківській області та на Донеччині.", "uk");
  EXPECT_EQ(IdAt(d, "Харківській області"), "adm:UA-63") << Dump(d);
  EXPECT_EQ(IdAt(d, "Донеччині"), "adm:UA-14") << Dump(d);
  d = RunText("Губернатор Курської області повідомив про обстріл Білгородщини.", "uk");
  EXPECT_EQ(CodeAt(d, "Курської області"), "RUS") << Dump(d);
  EXPECT_EQ(IdAt(d, "Білгородщини"), "adm:RU-BEL") << Dump(d);
}

TEST(Subdivisions, InflectedOblastNamesRu) {
  Doc d = RunText("В Белгородской области объявили режим ЧС, атакам подверглась и Курская область.",
                  "ru");
  EXPECT_EQ(IdAt(d, "Белгородской области"), "adm:RU-BEL") << Dump(d);
  EXPECT_EQ(IdAt(d, "Курская область"), "adm:RU-KRS") << Dump(d);
  d = RunText("Жители Аляски и Техаса проголосовали.", "ru");
  EXPECT_EQ(IdAt(d, "Аляски"), "adm:US-AK") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Техаса"), "USA") << Dump(d);
}

// A subdivision's name that a state or city already has stays theirs.
TEST(Subdivisions, StatesAndCitiesKeepTheirNames) {
  Doc d = RunText("Georgia and Armenia signed a deal in New York.", "en");
  EXPECT_EQ(IdAt(d, "Georgia").rfind("adm:", 0), std::string::npos) << Dump(d);
  EXPECT_EQ(CodeAt(d, "Georgia"), "GEO") << Dump(d);
  EXPECT_EQ(IdAt(d, "New York"), "place:new_york") << Dump(d);
  d = RunText("Грузія та Вірменія провели переговори в Москві.", "uk");
  EXPECT_EQ(CodeAt(d, "Грузія"), "GEO") << Dump(d);
  EXPECT_EQ(IdAt(d, "Москві"), "place:moscow") << Dump(d);
  // A person's name stays theirs (the Saarland is "Саар" in uk and ru).
  d = RunText("Саар заявив, що Ізраїль не погодиться.", "uk");
  EXPECT_EQ(IdAt(d, "Саар"), "p:gideon_saar") << Dump(d);
  // A land named as a known city (Berlin) is the city in every language.
  d = RunText("Мітинг пройшов у Берліні.", "uk");
  EXPECT_EQ(IdAt(d, "Берліні"), "place:berlin") << Dump(d);
  d = RunText("Митинг прошёл в Берлине.", "ru");
  EXPECT_EQ(IdAt(d, "Берлине"), "place:berlin") << Dump(d);
  // Also where the knowledge base has no name of the city but the catalogue names the land so.
  d = RunText("Протестът се проведе в Берлин.", "bg");
  EXPECT_NE(IdAt(d, "Берлин"), "adm:DE-BE") << Dump(d);
}

TEST(Subdivisions, EventsPlacedInASubdivision) {
  Doc d = RunText("Росія завдала удару по Харківській області.", "uk");
  ASSERT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  ASSERT_TRUE(d.events[0].place.has_value());
  EXPECT_EQ(d.events[0].place->name, "Kharkiv Oblast");
  EXPECT_EQ(d.events[0].place->country, "UKR");
  EXPECT_EQ(d.events[0].place->lat, 0);  // no coordinates known: null in the output
  EXPECT_EQ(d.events[0].place->lon, 0);
  d = RunText("ВСУ обстреляли Белгородскую область.", "ru");
  EXPECT_TRUE(Has(d, "UKR", "ASSAULT", "RUS")) << Summary(d);
  d = RunText("Russian forces shelled the Zaporizhzhia region.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  d = RunText("Russia is conducting military exercises in Alaska.", "en");
  ASSERT_TRUE(Has(d, "RUS", "MOBILIZE", "USA")) << Summary(d);
  ASSERT_TRUE(d.events[0].place.has_value());
  EXPECT_EQ(d.events[0].place->name, "Alaska");
  // Protesters take the state of the subdivision they rally in.
  d = RunText("Protesters rallied in Texas on Sunday.", "en");
  EXPECT_TRUE(Has(d, "USA", "PROTEST", "USA")) << Summary(d);
  // A subdivision of the actor's own country: no self-attack.
  EXPECT_TRUE(RunText("Russia attacked the Kursk region.", "en").events.empty());
  EXPECT_TRUE(RunText("Россия провела военные учения в Курской области.", "ru").events.empty());
}

}  // namespace
}  // namespace entente
