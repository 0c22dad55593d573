// Demonym adjectives and nouns, armed groups and the West as a modifier (data/kb/state_aliases,
// organizations, regions) resolve to their codes in uk, ru and en, through inflection.
#include <gtest/gtest.h>

#include <string>

#include "engine_util.h"
#include "entente/engine.h"

namespace entente {
namespace {

using testing::CodeAt;
using testing::IdAt;
using testing::RunText;

// The country code of the first mention whose text starts with `words` (a demonym may lead a
// title phrase: "South Korean negotiators"); "" if none.
std::string CodeStarting(const Doc& d, std::string_view words) {
  for (const Mention& m : d.mentions)
    if (d.Slice(m.span).starts_with(words)) return d.entities[m.entity].country;
  return "";
}

TEST(Demonyms, EnglishAdjectivesGiveTheirStates) {
  Doc d = RunText("A Tunisian court jailed a Kenyan activist and fined a Moroccan firm.", "en");
  EXPECT_EQ(CodeAt(d, "Tunisian"), "TUN");
  EXPECT_EQ(CodeStarting(d, "Kenyan"), "KEN");  // the group "Kenyan activist"
  EXPECT_EQ(CodeAt(d, "Moroccan"), "MAR");
  d = RunText("Omani mediators met Kuwaiti, Croatian and Sri Lankan diplomats.", "en");
  EXPECT_EQ(CodeAt(d, "Omani"), "OMN");
  EXPECT_EQ(CodeAt(d, "Kuwaiti"), "KWT");
  EXPECT_EQ(CodeAt(d, "Croatian"), "HRV");
  EXPECT_EQ(CodeStarting(d, "Sri Lankan"), "LKA");  // "Sri Lankan diplomats"
}

TEST(Demonyms, LongerDemonymsWinOverShorterOnes) {
  Doc d = RunText("South Sudanese troops crossed into Sudanese territory.", "en");
  EXPECT_EQ(CodeAt(d, "South Sudanese"), "SSD");
  EXPECT_EQ(CodeAt(d, "Sudanese"), "SDN");
  d = RunText("North Korean and South Korean negotiators met.", "en");
  EXPECT_EQ(CodeAt(d, "North Korean"), "PRK");
  EXPECT_EQ(CodeStarting(d, "South Korean"), "KOR");
}

TEST(Demonyms, AmbiguousAdjectivesAreLeftOut) {
  // Congolese (COD/COG) and Guinean (GIN/GNB/GNQ) name no single state.
  Doc d = RunText("Congolese and Guinean officials met on Monday.", "en");
  EXPECT_EQ(CodeAt(d, "Congolese"), "");
  EXPECT_EQ(CodeAt(d, "Guinean"), "");
}

TEST(Demonyms, EnglishPluralNouns) {
  Doc d = RunText("Kenyan police detained Somalis, Iraqis and Filipinos.", "en");
  EXPECT_EQ(CodeAt(d, "Somalis"), "SOM");
  EXPECT_EQ(CodeAt(d, "Iraqis"), "IRQ");
  EXPECT_EQ(CodeAt(d, "Filipinos"), "PHL");
}

TEST(Demonyms, UkrainianAdjectivesInflect) {
  Doc d = RunText("Суддя туніського суду відхилив позов кенійської компанії.", "uk");
  EXPECT_EQ(CodeAt(d, "туніського"), "TUN");
  EXPECT_EQ(CodeAt(d, "кенійської"), "KEN");
  d = RunText("Марокканські військові допомагали оманським посередникам.", "uk");
  EXPECT_EQ(CodeAt(d, "Марокканські"), "MAR");
  EXPECT_EQ(CodeAt(d, "оманським"), "OMN");
}

TEST(Demonyms, UkrainianNounsInNominativeAndObliquePlural) {
  Doc d = RunText("Тунісці вийшли на протест. Поліція затримала тунісців і грузинів.", "uk");
  EXPECT_EQ(CodeAt(d, "Тунісці"), "TUN");
  EXPECT_EQ(CodeAt(d, "тунісців"), "TUN");
  EXPECT_EQ(CodeAt(d, "грузинів"), "GEO");
}

TEST(Demonyms, RussianAdjectivesInflect) {
  Doc d = RunText("Судья тунисского суда отклонил иск кенийской компании.", "ru");
  EXPECT_EQ(CodeAt(d, "тунисского"), "TUN");
  EXPECT_EQ(CodeAt(d, "кенийской"), "KEN");
  d = RunText("Южносуданские военные встретились с хорватскими дипломатами.", "ru");
  EXPECT_EQ(CodeAt(d, "Южносуданские"), "SSD");
  EXPECT_EQ(CodeStarting(d, "хорватскими"), "HRV");
}

TEST(Demonyms, RussianNounsInNominativeAndGenitivePlural) {
  Doc d = RunText("Тунисцы вышли на протест. Полиция задержала тунисцев и узбеков.", "ru");
  EXPECT_EQ(CodeAt(d, "Тунисцы"), "TUN");
  EXPECT_EQ(CodeAt(d, "тунисцев"), "TUN");
  EXPECT_EQ(CodeAt(d, "узбеков"), "UZB");
}

TEST(ArmedGroups, English) {
  Doc d =
      RunText("Hamas and Hezbollah praised the Houthis, while the RSF fought al-Shabaab.", "en");
  EXPECT_EQ(IdAt(d, "Hamas"), "o:hamas");
  EXPECT_EQ(CodeAt(d, "Hamas"), "PSE");
  EXPECT_EQ(IdAt(d, "Hezbollah"), "o:hezbollah");
  EXPECT_EQ(IdAt(d, "Houthis"), "o:houthis");
  EXPECT_EQ(CodeAt(d, "Houthis"), "YEM");
  EXPECT_EQ(IdAt(d, "RSF"), "o:rsf");
  EXPECT_EQ(IdAt(d, "al-Shabaab"), "o:al_shabaab");
  d = RunText("Kataib Hezbollah and the IRGC backed M23 rebels, the PKK and Boko Haram.", "en");
  EXPECT_EQ(IdAt(d, "Kataib Hezbollah"), "o:kataib_hezbollah");
  EXPECT_EQ(IdAt(d, "IRGC"), "o:irgc");
  EXPECT_EQ(IdAt(d, "M23"), "o:m23");
  EXPECT_EQ(IdAt(d, "PKK"), "o:pkk");
  EXPECT_EQ(IdAt(d, "Boko Haram"), "o:boko_haram");
}

TEST(ArmedGroups, UkrainianInflectedForms) {
  Doc d = RunText("Ізраїль звинуватив ХАМАС і Хезболлу, а США воюють із хуситами.", "uk");
  EXPECT_EQ(IdAt(d, "ХАМАС"), "o:hamas");
  EXPECT_EQ(IdAt(d, "Хезболлу"), "o:hezbollah");
  EXPECT_EQ(IdAt(d, "хуситами"), "o:houthis");
  d = RunText("Лідер ХАМАСу заявив, що бойовики Хезболли підтримали хуситів і Талібан.", "uk");
  EXPECT_EQ(IdAt(d, "ХАМАСу"), "o:hamas");
  EXPECT_EQ(IdAt(d, "Хезболли"), "o:hezbollah");
  EXPECT_EQ(IdAt(d, "хуситів"), "o:houthis");
  EXPECT_EQ(IdAt(d, "Талібан"), "o:taliban");
  d = RunText("Командири Катаїб Хезболла погрожували бойовикам Робітничої партії Курдистану.",
              "uk");
  EXPECT_EQ(IdAt(d, "Катаїб Хезболла"), "o:kataib_hezbollah");
  EXPECT_EQ(IdAt(d, "Робітничої партії Курдистану"), "o:pkk");
}

TEST(ArmedGroups, RussianInflectedForms) {
  Doc d = RunText("Израиль обвинил ХАМАС и Хезболлу, а США нанесли удары по хуситам.", "ru");
  EXPECT_EQ(IdAt(d, "ХАМАС"), "o:hamas");
  EXPECT_EQ(IdAt(d, "Хезболлу"), "o:hezbollah");
  d = RunText("Лидер ХАМАСа заявил, что боевики Хезболлы поддержали хуситов и талибов.", "ru");
  EXPECT_EQ(IdAt(d, "ХАМАСа"), "o:hamas");
  EXPECT_EQ(IdAt(d, "Хезболлы"), "o:hezbollah");
  EXPECT_EQ(IdAt(d, "хуситов"), "o:houthis");
  EXPECT_EQ(IdAt(d, "талибов"), "o:taliban");
  d = RunText("Бойцы ЧВК «Вагнер» воевали против Сил быстрой поддержки.", "ru");
  EXPECT_EQ(IdAt(d, "Вагнер"), "o:wagner");
  EXPECT_EQ(IdAt(d, "Сил быстрой поддержки"), "o:rsf");
}

TEST(West, EnglishCapitalisedAdjective) {
  Doc d = RunText("Western governments criticised the vote.", "en");
  EXPECT_EQ(CodeAt(d, "Western"), "REG:WEST");
  // Geographic lower-case "western" names no one; proper names keep their own referent.
  d = RunText("Fighting spread in western Ukraine and Western Sahara.", "en");
  EXPECT_EQ(CodeAt(d, "western"), "");
  EXPECT_EQ(CodeAt(d, "Western Sahara"), "ESH");
}

TEST(West, UkrainianAndRussianActorPhrases) {
  Doc d = RunText("Україна попросила західних партнерів про допомогу.", "uk");
  EXPECT_EQ(CodeAt(d, "західних партнерів"), "REG:WEST");
  d = RunText("Москва обвинила западных партнёров в эскалации.", "ru");
  EXPECT_EQ(CodeAt(d, "западных партнёров"), "REG:WEST");
  // A geographic use stays unlinked.
  d = RunText("Обстріли тривали в західних регіонах.", "uk");
  EXPECT_EQ(CodeAt(d, "західних"), "");
}

}  // namespace
}  // namespace entente
