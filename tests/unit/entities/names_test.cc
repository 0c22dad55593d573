// What a capitalised word is (entities/names.cc): one rule per test, in uk and ru sentences.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "engine_util.h"
#include "entente/engine.h"

namespace entente {
namespace {

using testing::At;
using testing::MentionAt;
using testing::RunText;

// The distinct proper names the document's mentions give.
std::set<std::string> Names(const Doc& d) {
  std::set<std::string> out;
  for (const Mention& m : d.mentions)
    if (!m.name.empty()) out.insert(std::string(d.Slice(m.name)));
  return out;
}

TEST(EntityNames, InvisibleCharactersInsideANameAreIgnored) {
  Doc d = RunText("Премьер Тереза \u200b\u200bМэй прибыла в Брюссель.", "ru");
  ASSERT_NE(At(d, "Премьер Тереза \u200b\u200bМэй"), nullptr);
  EXPECT_EQ(At(d, "Премьер Тереза \u200b\u200bМэй")->id, "p:theresa_may");
  EXPECT_TRUE(Names(d).count("Тереза \u200b\u200bМэй"));
}

TEST(EntityNames, WordsJoinedByHyphenOrDotAreOneName) {
  Doc d = RunText(
      "Об этом пишут INTERFAX.RU и Интерфакс-Украина, адвокат Саиф-уль-Малук и Д.Дэвис.", "ru");
  ASSERT_NE(At(d, "INTERFAX.RU"), nullptr);
  EXPECT_EQ(At(d, "INTERFAX.RU")->id, "o:interfax");
  EXPECT_NE(At(d, "Интерфакс-Украина"), nullptr);
  EXPECT_EQ(At(d, "Украина"), nullptr);  // no state inside the agency's name
  EXPECT_NE(At(d, "Саиф-уль-Малук"), nullptr);
  EXPECT_NE(At(d, "Д.Дэвис"), nullptr);
  // Two names knowledge gives both stay two.
  Doc two = RunText("Саммит Украина-ЕС прошёл в Киеве.", "ru");
  EXPECT_EQ(At(two, "Украина-ЕС"), nullptr);
  EXPECT_NE(At(two, "Украина"), nullptr);
  EXPECT_NE(At(two, "ЕС"), nullptr);
}

TEST(EntityNames, CompoundNounsAndModelNumbers) {
  Doc d = RunText("Пасажири отримали SMS-повідомлення, а компанія купує Boeing-737-800.", "uk");
  EXPECT_EQ(Names(d), std::set<std::string>{"Boeing-737-800"});
}

TEST(EntityNames, ClauseStartsHeadingsAndNumeralsNameNoOne) {
  Doc d = RunText(
      "ЧИТАЙТЕ ТАКОЖ: Текст угоди оприлюднено. БЕЗКАРНІСТЬ: Чому ніхто не відповів. [12] "
      "Відповідно до закону, у XX столітті все змінилося.",
      "uk");
  EXPECT_TRUE(Names(d).empty()) << *Names(d).begin();
}

TEST(EntityNames, PageFurnitureInLatinLetters) {
  Doc d =
      RunText("Виділіть текст і натисніть Ctrl+Enter. Матеріали з позначкою (PR) платні.", "uk");
  EXPECT_TRUE(Names(d).empty()) << *Names(d).begin();
}

TEST(EntityNames, ALoneCapitalisedCommonWordIsNoName) {
  // "Комісії" is an institution's short form; "Комісії Комісія" lost a full stop.
  Doc d =
      RunText("Таке рішення Комісії оскаржили. Означення Комісії Комісія завжди уточнює.", "uk");
  EXPECT_TRUE(Names(d).empty()) << *Names(d).begin();
}

TEST(EntityNames, ASurnameLinksToTheFullNameAnywhereInTheDocument) {
  Doc uk = RunText(
      "Мей заявила про угоду. Прем'єр Тереза Мей прибула до Брюсселя. Водночас Мей заперечила.",
      "uk");
  ASSERT_NE(At(uk, "Мей"), nullptr);
  EXPECT_EQ(At(uk, "Мей")->id, "p:theresa_may");
  EXPECT_FALSE(Names(uk).count("Водночас Мей"));
  Doc ru = RunText("Кемпф заявил это. Затем Дитер Кемпф ушёл в отставку.", "ru");
  ASSERT_NE(At(ru, "Кемпф"), nullptr);
  ASSERT_NE(At(ru, "Дитер Кемпф"), nullptr);
  EXPECT_EQ(At(ru, "Кемпф")->id, At(ru, "Дитер Кемпф")->id);
}

TEST(EntityNames, APlaceAsAFirstNameBeforeOneUnknownWord) {
  Doc d = RunText(
      "Пакистанська католичка Азія Бібі вийшла на волю, міністр Британії Домінік Рааб заявив "
      "про це в Британії.",
      "uk");
  ASSERT_NE(At(d, "Азія Бібі"), nullptr);
  EXPECT_NE(At(d, "Азія Бібі")->kind, "region");
  ASSERT_NE(At(d, "міністр Британії Домінік Рааб"), nullptr);
  EXPECT_EQ(At(d, "міністр Британії Домінік Рааб")->id, "p:dominic_raab");
  ASSERT_NE(At(d, "Британії"), nullptr);  // after a preposition: the state
  EXPECT_EQ(At(d, "Британії")->country, "GBR");
}

TEST(EntityNames, ANameBeforeAFullNameIsANameOfItsOwn) {
  Doc d = RunText(
      "Губернатор штату Огайо Джон Кейсік відстав. Учора МВС Ембер Радд заявило це. Голова "
      "в'язниці Салім Баіг заявив це.",
      "uk");
  EXPECT_NE(At(d, "Огайо"), nullptr);
  EXPECT_NE(At(d, "Джон Кейсік"), nullptr);
  EXPECT_NE(At(d, "МВС"), nullptr);
  EXPECT_NE(At(d, "Ембер Радд"), nullptr);
  ASSERT_NE(At(d, "Салім Баіг"), nullptr);  // no known person's surname inside
  EXPECT_EQ(At(d, "Салім Баіг")->kind, "name");
}

TEST(EntityNames, FunctionAndCommonWordsAreNoKnownNames) {
  Doc uk = RunText("Угоду підписано (або відсутність згоди). Або ж ні.", "uk");
  EXPECT_TRUE(Names(uk).empty()) << *Names(uk).begin();
  Doc ru = RunText("Дело стало резонансным. Это дело важное.", "ru");
  EXPECT_TRUE(Names(ru).empty()) << *Names(ru).begin();
}

TEST(EntityNames, AdjectiveAndNounButNoFunctionWord) {
  Doc d = RunText("Рішення ухвалено Радою та Парламентом, а Верховний суд мовчить.", "uk");
  EXPECT_FALSE(Names(d).count("Радою та"));
  EXPECT_TRUE(Names(d).count("Верховний суд"));
}

// Up to two lower-case adjectives between a capitalised adjective and its noun; the name is one
// id in uk and ru.
TEST(EntityNames, AdjectivesBeforeTheNoun) {
  Doc r = RunText(
      "Вчера Европейская народная партия победила, а Европейское космическое агентство "
      "запустило спутник.",
      "ru");
  EXPECT_TRUE(Names(r).count("Европейская народная партия"));
  EXPECT_TRUE(Names(r).count("Европейское космическое агентство"));
  Doc u = RunText("Вчора Європейська народна партія перемогла, а Північна атлантична рада мовчить.",
                  "uk");
  EXPECT_TRUE(Names(u).count("Європейська народна партія"));
  EXPECT_TRUE(Names(u).count("Північна атлантична рада"));
  EXPECT_EQ(testing::IdAt(u, "Європейська народна партія"),
            testing::IdAt(r, "Европейская народная партия"));
  // A first name in -нна is no adjective that a word after it would join.
  Doc n = RunText("Вчора пані Жанна сказала правду.", "uk");
  EXPECT_FALSE(Names(n).count("Жанна сказала"));
}

TEST(EntityNames, NamesStopAtALineBreakOrAGluedFullStop) {
  Doc d = RunText("Влада в Європейському Союзі.Урядові повноваження широкі.\nКомісія\nРада", "uk");
  EXPECT_FALSE(Names(d).count("Європейському Союзі.Урядові"));
  EXPECT_FALSE(Names(d).count("Комісія Рада"));
}

TEST(EntityNames, LowerCasePhrasesGiveAnActorButNoName) {
  Doc d = RunText("Азія Бібі попросила західні країни про притулок.", "uk");
  const Mention* west = MentionAt(d, "західні країни");
  ASSERT_NE(west, nullptr);
  EXPECT_EQ(d.entities[west->entity].country, "REG:WEST");
  EXPECT_TRUE(west->name.empty());
}

TEST(EntityNames, CommissionerIsATitle) {
  Doc d = RunText(
      "Європейський комісар з питань міграції Дімітріс Аврамопулос заявив це журналістам.", "uk");
  EXPECT_EQ(Names(d), std::set<std::string>{"Дімітріс Аврамопулос"});
}

TEST(EntityNames, StateFormsAndPlaces) {
  Doc d = RunText(
      "Уряди Великобританії, Англії та Єгипту обговорили ситуацію в Північній Ірландії.", "uk");
  EXPECT_EQ(At(d, "Великобританії")->country, "GBR");
  EXPECT_EQ(At(d, "Англії")->country, "GBR");
  EXPECT_EQ(At(d, "Єгипту")->country, "EGY");
  EXPECT_EQ(At(d, "Північній Ірландії")->kind, "place");
  Doc ru = RunText("Правительство Нидерландов и Польшей.", "ru");
  EXPECT_EQ(At(ru, "Нидерландов")->country, "NLD");
}

TEST(EntityNames, AStateAfterABodysNameKeepsItsMention) {
  // "Міноборони Росії": the genitive of the body's state, not a surname after a first name.
  Doc d = RunText("Вчора Міноборони Росії звинуватило Україну.", "uk");
  ASSERT_NE(At(d, "Росії"), nullptr);
  EXPECT_EQ(At(d, "Росії")->country, "RUS");
  d = RunText("Вчера Генштаб Китая заявил об ударе.", "ru");
  ASSERT_NE(At(d, "Китая"), nullptr);
  EXPECT_EQ(At(d, "Китая")->country, "CHN");
}

}  // namespace
}  // namespace entente
