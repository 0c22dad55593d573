// State institutions (data/lang/*/institutions.tsv, data/kb/institutions.tsv): a ministry, the
// government, a court or the parliament of one state is one actor g:<country>:<role> in every
// language and spelling, placed by the demonym or state next to it; a bare form ("МИД заявил",
// "the ministry said") by the latest mention of the same role the document placed, else by the
// body the knowledge base knows by that name; with none of these it is no institution. Events
// take the institution's state.
#include <gtest/gtest.h>

#include <string>

#include "engine_util.h"

namespace entente {
namespace {

using testing::At;
using testing::Has;
using testing::IdAt;
using testing::MentionAt;
using testing::RunText;
using testing::Summary;

std::string Ids(const Doc& d) {
  std::string out;
  for (const Entity& e : d.entities) out += e.id + "; ";
  return out;
}

TEST(Institutions, StateAfterBeforeOrPossessive) {
  Doc d = RunText("МИД Великобритании заявил протест России.", "ru");
  const Entity* e = At(d, "МИД Великобритании");
  ASSERT_NE(e, nullptr) << Ids(d);
  EXPECT_EQ(e->id, "g:GBR:foreign ministry");
  EXPECT_EQ(e->kind, "institution");
  EXPECT_EQ(e->country, "GBR");
  EXPECT_EQ(e->sector, "DIP");
  d = RunText("Российский МИД выразил протест.", "ru");
  EXPECT_EQ(IdAt(d, "Российский МИД"), "g:RUS:foreign ministry") << Ids(d);
  d = RunText("Об этом сообщили в МИД РФ.", "ru");
  EXPECT_EQ(IdAt(d, "МИД РФ"), "g:RUS:foreign ministry") << Ids(d);
  d = RunText("МЗС України викликало посла.", "uk");
  EXPECT_EQ(IdAt(d, "МЗС України"), "g:UKR:foreign ministry") << Ids(d);
  d = RunText("Міністерство закордонних справ Польщі висловило протест.", "uk");
  EXPECT_EQ(IdAt(d, "Міністерство закордонних справ Польщі"), "g:POL:foreign ministry") << Ids(d);
  d = RunText("The Russian Foreign Ministry summoned the ambassador.", "en");
  EXPECT_EQ(IdAt(d, "Russian Foreign Ministry"), "g:RUS:foreign ministry") << Ids(d);
  d = RunText("Russia's foreign ministry summoned the ambassador.", "en");
  EXPECT_EQ(IdAt(d, "Russia's foreign ministry"), "g:RUS:foreign ministry") << Ids(d);
  d = RunText("The Ministry of Foreign Affairs of Japan protested.", "en");
  EXPECT_EQ(IdAt(d, "Ministry of Foreign Affairs of Japan"), "g:JPN:foreign ministry") << Ids(d);
}

TEST(Institutions, GovernmentsCourtsParliaments) {
  Doc d = RunText("Позиция британского правительства не изменилась.", "ru");
  EXPECT_EQ(IdAt(d, "британского правительства"), "g:GBR:government") << Ids(d);
  d = RunText("Уряд Великої Британії ухвалив рішення.", "uk");
  EXPECT_EQ(IdAt(d, "Уряд Великої Британії"), "g:GBR:government") << Ids(d);
  d = RunText("Кабінет міністрів Великої Британії зібрався в понеділок.", "uk");
  EXPECT_EQ(IdAt(d, "Кабінет міністрів Великої Британії"), "g:GBR:government") << Ids(d);
  d = RunText("The British government rejected the plan.", "en");
  EXPECT_EQ(IdAt(d, "British government"), "g:GBR:government") << Ids(d);
  d = RunText("Верховный суд Пакистана оправдал женщину.", "ru");
  const Entity* e = At(d, "Верховный суд Пакистана");
  ASSERT_NE(e, nullptr) << Ids(d);
  EXPECT_EQ(e->id, "g:PAK:supreme court");
  EXPECT_EQ(e->sector, "JUD");
  d = RunText("Конституційний суд України скасував закон.", "uk");
  EXPECT_EQ(IdAt(d, "Конституційний суд України"), "g:UKR:constitutional court") << Ids(d);
  d = RunText("The Polish parliament passed the law.", "en");
  e = At(d, "Polish parliament");
  ASSERT_NE(e, nullptr) << Ids(d);
  EXPECT_EQ(e->id, "g:POL:parliament");
  EXPECT_EQ(e->sector, "LEG");
  d = RunText("Парламент Грузии принял закон.", "ru");
  EXPECT_EQ(IdAt(d, "Парламент Грузии"), "g:GEO:parliament") << Ids(d);
  d = RunText("Міністерство оборони Росії заявило про навчання.", "uk");
  EXPECT_EQ(IdAt(d, "Міністерство оборони Росії"), "g:RUS:defence ministry") << Ids(d);
  d = RunText("Минобороны Израиля сообщило об ударе.", "ru");
  EXPECT_EQ(IdAt(d, "Минобороны Израиля"), "g:ISR:defence ministry") << Ids(d);
}

TEST(Institutions, NamedBodiesAreTheSameActor) {
  // A body known by name is the actor the phrases naming it give, with its English name.
  Doc d = RunText("Госдеп осудил удар.", "ru");
  EXPECT_EQ(IdAt(d, "Госдеп"), "g:USA:foreign ministry") << Ids(d);
  d = RunText("МИД США осудил удар.", "ru");
  const Entity* e = At(d, "МИД США");
  ASSERT_NE(e, nullptr) << Ids(d);
  EXPECT_EQ(e->id, "g:USA:foreign ministry");
  EXPECT_EQ(e->name, "State Department");
  d = RunText("Бундестаг проголосував за постачання.", "uk");
  EXPECT_EQ(IdAt(d, "Бундестаг"), "g:DEU:parliament") << Ids(d);
  d = RunText("Депутаты Верховной Рады приняли закон.", "ru");
  EXPECT_EQ(IdAt(d, "Верховной Рады"), "g:UKR:parliament") << Ids(d);
  // "Foreign Office" alone is Britain's; with another state next to it, that state's.
  d = RunText("The Foreign Office summoned the ambassador.", "en");
  EXPECT_EQ(IdAt(d, "Foreign Office"), "g:GBR:foreign ministry") << Ids(d);
  d = RunText("The German Foreign Office summoned the ambassador.", "en");
  EXPECT_EQ(IdAt(d, "German Foreign Office"), "g:DEU:foreign ministry") << Ids(d);
}

TEST(Institutions, BareFormsTakeTheDocumentsLatestPlacedMention) {
  Doc d = RunText("МИД Великобритании вызвал посла. Позже МИД заявил, что ответит.", "ru");
  EXPECT_EQ(IdAt(d, "МИД"), "g:GBR:foreign ministry") << Ids(d);
  d = RunText("МЗС Польщі викликало посла. Згодом у МЗС заявили про протест.", "uk");
  EXPECT_EQ(IdAt(d, "МЗС"), "g:POL:foreign ministry") << Ids(d);
  d = RunText(
      "The Russian foreign ministry summoned him. Later the foreign ministry said it would "
      "respond.",
      "en");
  EXPECT_EQ(IdAt(d, "foreign ministry"), "g:RUS:foreign ministry") << Ids(d);
  // The latest placed mention of the same role, not another institution's state.
  d = RunText(
      "МИД России и правительство Франции обменялись нотами. Правительство заявило о "
      "протесте.",
      "ru");
  EXPECT_EQ(IdAt(d, "Правительство"), "g:FRA:government") << Ids(d);
  d = RunText("Верховна Рада ухвалила закон. Рада також звернулася до партнерів.", "uk");
  EXPECT_EQ(IdAt(d, "Рада"), "g:UKR:parliament") << Ids(d);
}

TEST(Institutions, ABareFormBeforeAnyPlacedOneTakesTheNextOnesState) {
  // A headline's bare form, placed by the text after it.
  Doc d = RunText("МИД выразил протест.\nМИД Великобритании вызвал посла России.", "ru");
  EXPECT_EQ(IdAt(d, "МИД"), "g:GBR:foreign ministry") << Ids(d);
}

TEST(Institutions, ATitlesInstitutionTakesThePhrasesState) {
  // "глава МЗС Борис Джонсон": the head's state is the ministry's.
  Doc d = RunText("Відставку подав глава МЗС Борис Джонсон.", "uk");
  EXPECT_EQ(IdAt(d, "МЗС"), "g:GBR:foreign ministry") << Ids(d);
  d = RunText("Глава МИД Великобритании Борис Джонсон ушел в отставку.", "ru");
  EXPECT_EQ(IdAt(d, "МИД Великобритании"), "g:GBR:foreign ministry") << Ids(d);
}

TEST(Institutions, UnplacedBareFormsAreNoInstitution) {
  // No state anywhere: no institution (a capitalised one stays an unlinked name).
  Doc d = RunText("Правительство решило повысить налоги.", "ru");
  EXPECT_EQ(At(d, "Правительство"), nullptr) << Ids(d);
  d = RunText("Рада ухвалила закон.", "uk");
  EXPECT_EQ(IdAt(d, "Рада").rfind("g:", 0), std::string::npos) << Ids(d);
  d = RunText("Об этом сообщил МИД.", "ru");
  EXPECT_EQ(IdAt(d, "МИД").rfind("g:", 0), std::string::npos) << Ids(d);
  // Part of a word is no institution.
  d = RunText("British anti-government protesters marched in London.", "en");
  for (const Entity& e : d.entities) EXPECT_NE(e.id, "g:GBR:government") << Ids(d);
}

TEST(Institutions, NamesForTheNamedForms) {
  // An institution written as a proper name (capitals, or a capital with its state) is a name;
  // one named by a common noun is an actor with no name (a nominal mention), state or not.
  Doc d = RunText(
      "Британское правительство ответило. Правительство также выслало дипломатов, а "
      "правительство Ирландии промолчало. Верховный суд Пакистана и МИД Великобритании "
      "не ответили.",
      "ru");
  const Mention* m = MentionAt(d, "Британское правительство");
  ASSERT_NE(m, nullptr) << Ids(d);
  EXPECT_TRUE(m->name.empty());
  EXPECT_EQ(d.entities[m->entity].id, "g:GBR:government");
  m = MentionAt(d, "правительство Ирландии");
  ASSERT_NE(m, nullptr) << Ids(d);
  EXPECT_TRUE(m->name.empty());
  EXPECT_EQ(d.entities[m->entity].id, "g:IRL:government");
  m = MentionAt(d, "Правительство");
  ASSERT_NE(m, nullptr) << Ids(d);
  EXPECT_TRUE(m->name.empty());
  EXPECT_EQ(d.entities[m->entity].id, "g:GBR:government");
  m = MentionAt(d, "Верховный суд Пакистана");
  ASSERT_NE(m, nullptr) << Ids(d);
  EXPECT_EQ(d.Slice(m->name), "Верховный суд Пакистана");
  m = MentionAt(d, "МИД Великобритании");
  ASSERT_NE(m, nullptr) << Ids(d);
  EXPECT_EQ(d.Slice(m->name), "МИД Великобритании");
}

TEST(Institutions, TitlePhrasesKeepTheirOwner) {
  Doc d = RunText("Официальный представитель МИД России Мария Захарова заявила об этом.", "ru");
  const Entity* e = At(d, "Официальный представитель МИД России Мария Захарова");
  ASSERT_NE(e, nullptr) << Ids(d);
  EXPECT_EQ(e->country, "RUS");
  EXPECT_EQ(IdAt(d, "МИД России"), "g:RUS:foreign ministry") << Ids(d);
}

TEST(Institutions, EventsTakeTheInstitutionsState) {
  Doc d = RunText("МИД Великобритании заявил протест России.", "ru");
  EXPECT_TRUE(Has(d, "GBR", "ACCUSE", "RUS")) << Summary(d);
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].src.actor, "g:GBR:foreign ministry");
  d = RunText("The Russian Foreign Ministry accused Britain of lying.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "GBR")) << Summary(d);
  d = RunText("Уряд Польщі засудив Росію.", "uk");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
  // "The ministry", "ведомство": the institution last named.
  d = RunText(
      "The Polish foreign ministry held a briefing. The ministry accused Russia of "
      "cyberattacks.",
      "en");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("МИД Великобритании провёл брифинг. Ведомство обвинило Россию в кибератаках.", "ru");
  EXPECT_TRUE(Has(d, "GBR", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("МЗС Польщі провело брифінг. Відомство звинуватило Росію в кібератаках.", "uk");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
  // Spoken from inside: "В МИД Франции осудили…".
  d = RunText("В МИД Франции осудили Иран.", "ru");
  EXPECT_TRUE(Has(d, "FRA", "ACCUSE", "IRN")) << Summary(d);
}

}  // namespace
}  // namespace entente
