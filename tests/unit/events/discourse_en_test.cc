// What earlier sentences give the role finder, on English sentences written for these tests: a
// plural noun summing several acts up ("the measures"), a plural pronoun after a dual phrase,
// "between the two sides", a mediator that is no side, an agentless passive's unnamed actor
// (`last:`), a possessive anaphoric noun ("the alliance's"), the dateline's country (`scene`).
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(DiscourseEn, TheMeasuresNameEveryRecentSanctioner) {
  Doc d = RunText(
      "Saudi Arabia, Egypt and Bahrain severed diplomatic ties with Qatar on Monday. Riyadh closed "
      "its land border with Qatar. Doha called the measures unjustified.",
      "en");
  for (const char* s : {"SAU", "EGY", "BHR"})
    EXPECT_TRUE(Has(d, "QAT", "ACCUSE", s)) << s << " " << Summary(d);
  // One measure is the latest act only.
  d = RunText(
      "Egypt severed diplomatic ties with Qatar on Monday. Riyadh closed its land border with "
      "Qatar. Doha called the measure unjustified.",
      "en");
  EXPECT_TRUE(Has(d, "QAT", "ACCUSE", "SAU")) << Summary(d);
  EXPECT_FALSE(Has(d, "QAT", "ACCUSE", "EGY")) << Summary(d);
}

TEST(DiscourseEn, APluralPronounAfterADualPhraseNamesThePair) {
  Doc d = RunText(
      "India launched missile strikes on Pakistan. Rubio spoke with the advisers of both countries "
      "and urged them to keep lines of communication open.",
      "en");
  EXPECT_TRUE(Has(d, "USA", "REQUEST", "IND")) << Summary(d);
  EXPECT_TRUE(Has(d, "USA", "REQUEST", "PAK")) << Summary(d);
}

TEST(DiscourseEn, BetweenTheTwoSidesAndAMediatorThatIsNoSide) {
  Doc d = RunText(
      "Russia and Ukraine exchanged prisoners of war. The swap was made possible by mediation from "
      "the United Arab Emirates, which last week hosted consultations between the two sides.",
      "en");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "UKR") || Has(d, "UKR", "CONSULT", "RUS")) << Summary(d);
  EXPECT_FALSE(Has(d, "ARE", "CONSULT", "ARE")) << Summary(d);
}

TEST(DiscourseEn, AnAgentlessPassiveTakesTheLastActorOfItsKind) {
  Doc d = RunText(
      "Trump raised duties on all Chinese goods to 20%. Canada and Mexico were hit with 25% "
      "tariffs "
      "on the same day.",
      "en");
  EXPECT_TRUE(Has(d, "USA", "SANCTION", "CAN")) << Summary(d);
  EXPECT_TRUE(Has(d, "USA", "SANCTION", "MEX")) << Summary(d);
  // With an agent, the agent.
  d = RunText("Canada was hit with tariffs by China.", "en");
  EXPECT_TRUE(Has(d, "CHN", "SANCTION", "CAN")) << Summary(d);
  // With no earlier sanctioner, nothing.
  d = RunText("Canada was hit with tariffs on Monday.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
}

TEST(DiscourseEn, APossessiveAnaphoricNoun) {
  Doc d = RunText(
      "NATO met on Monday. Warsaw requested consultations under Article 4 of the alliance's "
      "founding treaty.",
      "en");
  EXPECT_TRUE(Has(d, "POL", "REQUEST", "IGO:NATO")) << Summary(d);
}

// Rescuers sent with no recipient named go where the story is filed from.
TEST(DiscourseEn, RescuersGoToTheDatelinesCountry) {
  Doc d = RunText(
      "ISTANBUL, Feb 8 (Reuters) - Rescue teams were working in the south on Wednesday.\n\nGreece "
      "dispatched a search-and-rescue team, and Armenia sent a team of rescuers as well.",
      "en");
  EXPECT_TRUE(Has(d, "GRC", "AID", "TUR")) << Summary(d);
  EXPECT_TRUE(Has(d, "ARM", "AID", "TUR")) << Summary(d);
  // No dateline, no recipient; a named one wins.
  d = RunText("Greece dispatched a search-and-rescue team on Wednesday.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
  d = RunText("ISTANBUL, Feb 8 (Reuters) - Greece sent rescuers to Syria.", "en");
  EXPECT_TRUE(Has(d, "GRC", "AID", "SYR")) << Summary(d);
  EXPECT_FALSE(Has(d, "GRC", "AID", "TUR")) << Summary(d);
}

// The sides an outsider addresses are two others, never the outsider itself.
TEST(DiscourseEn, TheSidesAnOutsiderAddressesAreTwoOthers) {
  Doc d = RunText(
      "China threatened Taiwan on Monday. Japan's prime minister met the US president on Tuesday. "
      "Japan and the United States called on the sides to show restraint.",
      "en");
  EXPECT_TRUE(Has(d, "JPN", "REQUEST", "CHN")) << Summary(d);
  EXPECT_TRUE(Has(d, "JPN", "REQUEST", "TWN")) << Summary(d);
  EXPECT_FALSE(Has(d, "JPN", "REQUEST", "USA")) << Summary(d);
  d = RunText(
      "Japan's prime minister met the US president on Tuesday. Japan called on the sides to show "
      "restraint.",
      "en");
  EXPECT_FALSE(Has(d, "JPN", "REQUEST", "JPN")) << Summary(d);
  EXPECT_TRUE(Has(d, "JPN", "REQUEST", "USA")) << Summary(d);
}

}  // namespace
}  // namespace entente
