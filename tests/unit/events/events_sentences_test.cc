// Event coding on short sentences in uk, ru, en: frames, roles, coordination, "the sides",
// pronouns, modality, dates, guards, and sentences that must give nothing.
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(Frames, MeetingWithPrepositionalPartnerUk) {
  Doc d = RunText("Міністр закордонних справ Росії зустрівся з послом Китаю в Москві.", "uk");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "CHN")) << Summary(d);
  ASSERT_FALSE(d.events.empty());
  ASSERT_TRUE(d.events[0].place.has_value());
  EXPECT_EQ(d.events[0].place->country, "RUS");
}

TEST(Frames, LightVerbPhoneCallRu) {
  Doc d = RunText("Президент Ирана провёл телефонный разговор с Владимиром Путиным.", "ru");
  EXPECT_TRUE(Has(d, "IRN", "CONSULT", "RUS")) << Summary(d);
  EXPECT_EQ(d.events.at(0).cameo, "041");
}

TEST(Frames, HeldTalksEn) {
  Doc d = RunText("The French president held talks with Chinese leaders in Beijing.", "en");
  EXPECT_TRUE(Has(d, "FRA", "CONSULT", "CHN")) << Summary(d);
}

TEST(Frames, VisitIsConsultFromVisitor) {
  Doc d = RunText("Прем'єр-міністр Японії відвідав Україну.", "uk");
  EXPECT_TRUE(Has(d, "JPN", "CONSULT", "UKR")) << Summary(d);
}

TEST(Roles, ReceiveFromMakesTheGiverTheSource) {
  Doc d = RunText("Росія отримала від Ірану дрони.", "uk");
  EXPECT_TRUE(Has(d, "IRN", "AID", "RUS")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "AID", "IRN")) << Summary(d);
}

TEST(Roles, EnumerationAfterPrepositionGivesEveryTarget) {
  Doc d = RunText("Росія розвиває відносини з Іраном, Північною Кореєю та Китаєм.", "uk");
  EXPECT_TRUE(Has(d, "RUS", "COOPERATE", "IRN")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "COOPERATE", "PRK")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "COOPERATE", "CHN")) << Summary(d);
}

TEST(Roles, CoordinatedSubjectsAreBothSources) {
  Doc d = RunText("Китай и Россия обвинили США в эскалации.", "ru");
  EXPECT_TRUE(Has(d, "CHN", "ACCUSE", "USA")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "USA")) << Summary(d);
}

TEST(Roles, TheSidesAreTheLastMeetingsParties) {
  Doc d = RunText(
      "Глава МИД Турции встретился с министром иностранных дел Ирана. Стороны осудили Израиль.",
      "ru");
  EXPECT_TRUE(Has(d, "TUR", "ACCUSE", "ISR")) << Summary(d);
  EXPECT_TRUE(Has(d, "IRN", "ACCUSE", "ISR")) << Summary(d);
}

TEST(Roles, PronounTakesTheLastCompatibleActor) {
  Doc d = RunText("Путін прибув до Пекіна. Він зустрівся з Сі Цзіньпіном.", "uk");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "CHN")) << Summary(d);
}

TEST(Roles, RelativeClauseSubjectIsTheAntecedent) {
  Doc d = RunText("Россия посетила Вьетнам, который закупает оружие у России.", "ru");
  EXPECT_TRUE(Has(d, "VNM", "COOPERATE", "RUS")) << Summary(d);
}

TEST(Roles, SignedWithWhichPointsBack) {
  Doc d = RunText("Северная Корея, с которой Россия подписала договор.", "ru");
  EXPECT_TRUE(Has(d, "RUS", "SUPPORT", "PRK")) << Summary(d);
}

TEST(Roles, RolesResolveAtTheDocumentDate) {
  Doc d = RunText("Російський президент відвідав Китай.", "uk", "2024-05-17");
  ASSERT_FALSE(d.events.empty()) << Summary(d);
  EXPECT_EQ(d.events[0].src.actor, "Q7747");
}

TEST(Modality, PlannedIntendedNegatedHedgedReported) {
  EXPECT_EQ(RunText("Путін збирається відвідати Китай.", "uk").events.at(0).modality,
            Modality::kPlanned);
  EXPECT_EQ(RunText("Росія прагне посилення відносин з Китаєм.", "uk").events.at(0).modality,
            Modality::kIntended);
  EXPECT_EQ(RunText("Russia did not attack Georgia.", "en").events.at(0).modality,
            Modality::kNegated);
  EXPECT_EQ(RunText("Iran reportedly supplied drones to Russia.", "en").events.at(0).modality,
            Modality::kHedged);
  Doc r = RunText("Китай осудил США, пишет Reuters.", "ru");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].modality, Modality::kReported);
  EXPECT_EQ(r.events[0].attribution, "Reuters");
}

TEST(Modality, CancelledMeetingIsNegated) {
  Doc d = RunText("The meeting between Russia and China was cancelled.", "en");
  for (const Event& e : d.events) EXPECT_EQ(e.modality, Modality::kNegated) << Summary(d);
}

TEST(Dates, DayMonthTakesThePublicationYear) {
  Doc d = RunText("19 березня Росія зустрілася з Китаєм.", "uk", "2024-03-20");
  EXPECT_EQ(d.events.at(0).date, "2024-03-19");
}

TEST(Dates, YearBoundaryGoesBack) {
  Doc d = RunText("28 грудня Росія атакувала Україну.", "uk", "2024-01-03");
  EXPECT_EQ(d.events.at(0).date, "2023-12-28");
}

TEST(Dates, EndOfYearAndMonthAlone) {
  EXPECT_EQ(
      RunText("В конце 2023 года Россия атаковала Украину.", "ru", "2024-06-21").events.at(0).date,
      "2023-12");
  EXPECT_EQ(
      RunText("Путін збирається відвідати Китай у другій половині травня.", "uk", "2024-03-20")
          .events.at(0)
          .date,
      "2024-05");
  EXPECT_EQ(RunText("Russia attacked Ukraine yesterday.", "en", "2024-03-01").events.at(0).date,
            "2024-02-29");
}

TEST(Dates, CarriedToTheNextSentenceOfTheParagraph) {
  Doc d = RunText("19 березня Росія атакувала Україну. Китай засудив Японію.", "uk", "2024-03-20");
  ASSERT_EQ(d.events.size(), 2u) << Summary(d);
  EXPECT_EQ(d.events[1].date, "2024-03-19");
}

TEST(Guards, NoSelfEventsAndBoundedCount) {
  Doc self = RunText("Росія звинуватила Росію.", "uk");
  EXPECT_TRUE(self.events.empty()) << Summary(self);
  Doc many = RunText(
      "Russia, China, Iran, Cuba, Syria, Belarus and Venezuela accused the United States, "
      "Britain, France, Germany, Japan and Canada.",
      "en");
  EXPECT_LE(many.events.size(), 10u);
}

TEST(Negative, SentencesWithoutEvents) {
  EXPECT_TRUE(RunText("Росія — велика країна.", "uk").events.empty());
  EXPECT_TRUE(RunText("Інститут вивчення війни опублікував звіт.", "uk").events.empty());
  EXPECT_TRUE(RunText("Weather in Moscow was cold.", "en").events.empty());
}

}  // namespace
}  // namespace entente
