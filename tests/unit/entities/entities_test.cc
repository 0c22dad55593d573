// Entity recognition and linking on short texts in uk, ru, en.
#include <gtest/gtest.h>

#include "engine_util.h"
#include "entente/engine.h"

namespace entente {
namespace {

using testing::At;
using testing::MentionAt;
using testing::RunText;

// What the mention of `words` stands for when it acts (a capital → its state).
const Entity* ActingAt(const Doc& d, std::string_view words) {
  const Mention* m = MentionAt(d, words);
  return m ? &d.entities[m->ActorEntity()] : nullptr;
}

TEST(Entities, InflectedStateNamesLinkToTheState) {
  Doc d = RunText("Росія розвиває відносини з Північною Кореєю та Китаєм.", "uk");
  ASSERT_NE(At(d, "Північною Кореєю"), nullptr);
  EXPECT_EQ(At(d, "Північною Кореєю")->country, "PRK");
  EXPECT_EQ(At(d, "Північною Кореєю")->id, "Q423");
  ASSERT_NE(At(d, "Китаєм"), nullptr);
  EXPECT_EQ(At(d, "Китаєм")->country, "CHN");
}

TEST(Entities, AliasesAbbreviationsAndIgos) {
  Doc d = RunText("США, КНДР, НАТО и Международный уголовный суд.", "ru");
  EXPECT_EQ(At(d, "США")->country, "USA");
  EXPECT_EQ(At(d, "КНДР")->country, "PRK");
  EXPECT_EQ(At(d, "НАТО")->country, "IGO:NATO");
  EXPECT_EQ(At(d, "Международный уголовный суд")->country, "IGO:ICC");
}

TEST(Entities, AbbreviationsNeedCapitals) {
  Doc d = RunText("Let us meet the US envoy.", "en");
  EXPECT_EQ(At(d, "us"), nullptr);
  ASSERT_NE(At(d, "US envoy"), nullptr);
  EXPECT_EQ(At(d, "US envoy")->country, "USA");
}

// A state's name with a stray capital (typos, social-media casing) is the state; the same word
// in lower case is a common noun ("china" the porcelain, "turkey" the bird).
TEST(Entities, StateNamesInOddCasing) {
  Doc d = RunText("The envoy wants to help iSrael and uSA, and RuSSia agrees.", "en");
  ASSERT_NE(At(d, "iSrael"), nullptr);
  EXPECT_EQ(At(d, "iSrael")->country, "ISR");
  ASSERT_NE(At(d, "uSA"), nullptr);
  EXPECT_EQ(At(d, "uSA")->country, "USA");
  ASSERT_NE(At(d, "RuSSia"), nullptr);
  EXPECT_EQ(At(d, "RuSSia")->country, "RUS");
  Doc lower = RunText("They served turkey on fine china, as usa and israel fans do.", "en");
  EXPECT_EQ(At(lower, "turkey"), nullptr);
  EXPECT_EQ(At(lower, "china"), nullptr);
  EXPECT_EQ(At(lower, "usa"), nullptr);
  EXPECT_EQ(At(lower, "israel"), nullptr);
  Doc uk = RunText("Посол хоче допомогти уКраїні.", "uk");
  ASSERT_NE(At(uk, "уКраїні"), nullptr);
  EXPECT_EQ(At(uk, "уКраїні")->country, "UKR");
}

// A place before a named event's noun ("the Beijing Olympics", "the Munich Security
// Conference") is the event's venue: it stays the place.
TEST(Entities, VenuesOfNamedEvents) {
  Doc d = RunText("He will attend the Beijing Olympics and the Munich Security Conference.", "en");
  ASSERT_NE(At(d, "Beijing"), nullptr);
  EXPECT_EQ(At(d, "Beijing")->country, "CHN");
  ASSERT_NE(At(d, "Munich"), nullptr);
  EXPECT_EQ(At(d, "Munich")->country, "DEU");
}

// An abbreviation's possessive is the abbreviation ("NATO's", "EU’s").
TEST(Entities, PossessiveAbbreviations) {
  Doc d = RunText("Sweden became NATO's 32nd member as the EU\u2019s envoy watched.", "en");
  ASSERT_NE(At(d, "NATO's"), nullptr);
  EXPECT_EQ(At(d, "NATO's")->country, "IGO:NATO");
  ASSERT_NE(At(d, "EU\u2019s"), nullptr);
  EXPECT_EQ(At(d, "EU\u2019s")->country, "IGO:EU");
}

TEST(Entities, MetonymsAndPlaces) {
  // A capital names its city; as an agent it acts for its state (after "в" it is only a place).
  Doc d = RunText("Пхеньян заявив про це в Москві. Кремль мовчить.", "uk");
  ASSERT_NE(At(d, "Пхеньян"), nullptr);
  EXPECT_EQ(At(d, "Пхеньян")->kind, "place");
  EXPECT_EQ(ActingAt(d, "Пхеньян")->kind, "state");
  EXPECT_EQ(ActingAt(d, "Пхеньян")->country, "PRK");
  ASSERT_NE(At(d, "Москві"), nullptr);
  EXPECT_EQ(At(d, "Москві")->kind, "place");
  EXPECT_EQ(ActingAt(d, "Москві")->kind, "place");
  ASSERT_NE(At(d, "Кремль"), nullptr);
  EXPECT_EQ(At(d, "Кремль")->country, "RUS");
}

// Oblique forms built on a stem whose last vowel alternates or drops (lang/<code>/alternations)
// find the knowledge name without rows of their own.
TEST(Entities, ObliqueFormsWithAlternatingVowels) {
  Doc d =
      RunText("Делегація з Харкова прибула до Білого дому, а у Білому домі згадали Єгипет.", "uk");
  for (const char* words : {"Білого дому", "Білому домі"}) {
    ASSERT_NE(At(d, words), nullptr) << words;
    EXPECT_EQ(At(d, words)->country, "USA") << words;
  }
  ASSERT_NE(At(d, "Харкова"), nullptr);
  EXPECT_EQ(At(d, "Харкова")->country, "UKR");
  Doc ru = RunText("Делегация из Египта прибыла в Каир.", "ru");
  ASSERT_NE(At(ru, "Египта"), nullptr);
  EXPECT_EQ(At(ru, "Египта")->country, "EGY");
  // People's names do not alternate: no "Путона" for Путін.
  EXPECT_EQ(At(RunText("Путона там не було.", "uk"), "Путона"), nullptr);
}

TEST(Entities, KnownPeopleFullAndSurname) {
  Doc d = RunText("Володимир Путін приїхав. Путіна зустріли.", "uk");
  ASSERT_NE(At(d, "Володимир Путін"), nullptr);
  EXPECT_EQ(At(d, "Володимир Путін")->id, "Q7747");
  ASSERT_NE(At(d, "Путіна"), nullptr);
  EXPECT_EQ(At(d, "Путіна")->id, "Q7747");
}

TEST(Entities, TitlePlusStateGivesUnknownPersonOfThatState) {
  Doc d = RunText("Посол Росії в Китаї Ігор Моргулов виступив.", "uk");
  const Entity* e = At(d, "Посол Росії в Китаї Ігор Моргулов");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, "person");
  EXPECT_EQ(e->country, "RUS");
  EXPECT_EQ(e->sector, "DIP");
  EXPECT_EQ(e->id.rfind("x:", 0), 0u);
}

TEST(Entities, DemonymLedOrganisationGivesTheCountry) {
  Doc d = RunText("Він зустрівся з керівником китайського агентства Сіньхуа Фу Хуа.", "uk");
  const Entity* e = At(d, "керівником китайського агентства Сіньхуа Фу Хуа");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->country, "CHN");
  ASSERT_NE(At(d, "Сіньхуа"), nullptr);
  EXPECT_EQ(At(d, "Сіньхуа")->kind, "media");
}

TEST(Entities, RoleHolderAtTheDocumentDate) {
  EXPECT_EQ(At(RunText("Президент Ірану прибув.", "uk", "2024-03-20"), "Президент Ірану")->id,
            "p:ebrahim_raisi");
  EXPECT_EQ(At(RunText("Президент Ірану прибув.", "uk", "2024-09-01"), "Президент Ірану")->id,
            "p:masoud_pezeshkian");
  EXPECT_EQ(At(RunText("The US president arrived.", "en", "2024-03-20"), "US president")->id,
            "Q6279");
  EXPECT_EQ(At(RunText("The US president arrived.", "en", "2025-03-20"), "US president")->id,
            "Q22686");
}

// A surname two known people share names neither alone; after a title, the one holding that
// role at the document's date.
TEST(Entities, ASharedSurnameAfterATitleIsTheRoleHolderAtTheDate) {
  auto id_at = [](const Doc& d, std::string_view words) {
    const Entity* e = At(d, words);
    return e ? e->id : "";
  };
  EXPECT_EQ(
      id_at(RunText("President Bush arrived in Beijing.", "en", "2008-08-06"), "President Bush"),
      "Q207");
  EXPECT_EQ(
      id_at(RunText("President Bush arrived in Kuwait.", "en", "1991-03-01"), "President Bush"),
      "Q23505");
  EXPECT_EQ(id_at(RunText("Президент Буш прибув до Пекіна.", "uk", "2008-08-06"), "Президент Буш"),
            "Q207");
  EXPECT_EQ(id_at(RunText("Bush arrived in Beijing.", "en", "2008-08-06"), "Bush"), "");
}

TEST(Entities, UnknownPersonNamedAgainByOneWord) {
  Doc d = RunText("Спецпредставник Китаю Лю Сяомін прибув. Лю заявив це.", "uk");
  const Entity* full = At(d, "Спецпредставник Китаю Лю Сяомін");
  ASSERT_NE(full, nullptr);
  ASSERT_NE(At(d, "Лю"), nullptr);
  EXPECT_EQ(At(d, "Лю")->id, full->id);
}

TEST(Entities, RegionsAndEntitiesDeduplicated) {
  Doc d = RunText("Захід і Африка. Захід мовчить.", "uk");
  ASSERT_NE(At(d, "Захід"), nullptr);
  EXPECT_EQ(At(d, "Захід")->country, "REG:WEST");
  size_t west = 0;
  for (const Entity& e : d.entities) west += e.country == "REG:WEST";
  EXPECT_EQ(west, 1u);
  EXPECT_EQ(At(d, "Захід")->mentions.size(), 2u);
}

}  // namespace
}  // namespace entente

namespace entente {
namespace {

TEST(UnknownNames, CapitalisedRunsBecomeUnlinkedEntities) {
  Doc d = RunText(
      "Нагадаємо, про це повідомило видання «Економічна правда». Потім Шейлеш Вара пішов у "
      "відставку, а Верховний суд Пакистану виправдав Асію Бібі.",
      "uk");
  EXPECT_EQ(At(d, "Нагадаємо"), nullptr);  // a sentence's first word alone names no one
  ASSERT_NE(At(d, "Економічна правда"), nullptr);
  EXPECT_EQ(At(d, "Економічна правда")->kind, "name");
  ASSERT_NE(At(d, "Шейлеш Вара"), nullptr);
  EXPECT_EQ(At(d, "Шейлеш Вара")->country, "");
  ASSERT_NE(At(d, "Верховний суд Пакистану"), nullptr);  // the state stays a mention of its own
  EXPECT_EQ(At(d, "Пакистану")->country, "PAK");
  ASSERT_NE(At(d, "Асію Бібі"), nullptr);
}

TEST(UnknownNames, OneIdAcrossInflectionAndCyrillicSpellings) {
  Doc uk = RunText("Прем'єр заявив, що Кріс Грейлінг подав у відставку.", "uk");
  Doc ru = RunText("Премьер заявил, что Крис Грейлинг подал в отставку.", "ru");
  ASSERT_NE(At(uk, "Кріс Грейлінг"), nullptr);
  ASSERT_NE(At(ru, "Крис Грейлинг"), nullptr);
  EXPECT_EQ(At(uk, "Кріс Грейлінг")->id, At(ru, "Крис Грейлинг")->id);
}

TEST(UnknownNames, APlaceNameInsideAPersonsNameIsNoPlace) {
  Doc d = RunText("Вчера Доминик Рааб встретился с Имраном Ханом.", "ru");
  EXPECT_EQ(At(d, "Доминик"), nullptr);
  ASSERT_NE(At(d, "Доминик Рааб"), nullptr);
  ASSERT_NE(At(d, "Имраном Ханом"), nullptr);
  EXPECT_NE(At(d, "Имраном Ханом")->kind, "place");
}

}  // namespace
}  // namespace entente
