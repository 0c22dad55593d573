// The `speaker` role and verbs of saying (data/lang/*/events.tsv `claim` rows, src/events/
// speech.cc): a threat that another party "will pay", or a claim that it intruded or violated
// something, is the speaker's act against that party; a verb of saying opens a statement of its
// own, so what follows it is no part of an earlier request's complement.
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(Speaker, AnotherPartyWillPayIsAThreat) {
  Doc d = RunText("Iran's foreign minister said Israel would pay a heavy price.", "en");
  EXPECT_TRUE(Has(d, "IRN", "THREATEN", "ISR")) << Summary(d);
  d = RunText("Президент Туреччини пообіцяв, що Сирія «заплатить високу ціну».", "uk");
  EXPECT_TRUE(Has(d, "TUR", "THREATEN", "SYR")) << Summary(d);
  // The promise is its content, not an agreement.
  EXPECT_FALSE(Has(d, "TUR", "AGREE", "SYR")) << Summary(d);
  d = RunText("Глава МИД Ирана заявил, что Израиль заплатит за эту ошибку.", "ru");
  EXPECT_TRUE(Has(d, "IRN", "THREATEN", "ISR")) << Summary(d);
  // With no one saying it, nobody threatens.
  EXPECT_TRUE(RunText("Germany will pay a high price for cheap gas.", "en").events.empty());
}

// A participle of saying after a comma speaks for the main clause's subject, not for the object
// nearest to it.
TEST(Speaker, AParticipleAfterACommaSpeaksForTheSubject) {
  Doc d = RunText(
      "Turkish jets shot down a Russian warplane near the Syrian border, saying it had violated "
      "Turkish airspace.",
      "en");
  EXPECT_TRUE(Has(d, "TUR", "ACCUSE", "RUS")) << Summary(d);
}

// "it" right after a verb of saying coordinated to an earlier verb is that verb's subject; a
// verb of saying with its own subject keeps the usual antecedent.
TEST(Speaker, APronounAfterACoordinatedVerbOfSayingIsTheSpeaker) {
  Doc d = RunText(
      "Congo's government accused Rwanda of a \"declaration of war\" and said it had severed "
      "diplomatic relations with Kigali.",
      "en");
  EXPECT_TRUE(Has(d, "COD", "SANCTION", "RWA")) << Summary(d);
  d = RunText(
      "The EU called on Ankara to halt the operation, and France and Germany said they were "
      "stopping arms exports to Turkey.",
      "en");
  EXPECT_TRUE(Has(d, "FRA", "SANCTION", "TUR")) << Summary(d);
  EXPECT_FALSE(Has(d, "IGO:EU", "SANCTION", "TUR")) << Summary(d);
}

TEST(Speaker, AThreatVerbSaysAQuotedThreat) {
  Doc d = RunText("Хуситы пригрозили, что Вашингтон и Лондон «заплатят высокую цену».", "ru");
  EXPECT_TRUE(Has(d, "YEM", "THREATEN", "USA")) << Summary(d);
  EXPECT_TRUE(Has(d, "YEM", "THREATEN", "GBR")) << Summary(d);
  // With no content of a speaker's, the threat verb codes itself.
  d = RunText("Лукашенко пригрозив Польщі.", "uk");
  EXPECT_TRUE(Has(d, "BLR", "THREATEN", "POL")) << Summary(d);
}

TEST(Speaker, AQuotationBeforeACoordinatedVerbKeepsTheSubject) {
  Doc d = RunText("Премьер Польши назвал соглашение «историческим шагом» и поблагодарил Украину.",
                  "ru");
  EXPECT_TRUE(Has(d, "POL", "SUPPORT", "UKR")) << Summary(d);
}

TEST(Speaker, AClaimOfAnIntrusionAccusesTheIntruder) {
  Doc d =
      RunText("Japan's defence ministry said Chinese ships had intruded into its waters.", "en");
  EXPECT_TRUE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
  EXPECT_EQ(d.events.size(), 1u) << Summary(d);
  EXPECT_EQ(d.events[0].modality, Modality::kAsserted) << Summary(d);
  d = RunText("В Сеуле заявили, что северокорейские военные незаконно пересекли границу.", "ru");
  EXPECT_TRUE(Has(d, "KOR", "ACCUSE", "PRK")) << Summary(d);
  d = RunText("У Варшаві заявили, що білоруські вертольоти порушили повітряний простір Польщі.",
              "uk");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "BLR")) << Summary(d);
}

TEST(Speaker, ASpeechVerbOpensAStatementOfItsOwn) {
  Doc d = RunText(
      "India struck targets in Pakistan on Wednesday. Pakistan's prime minister called the "
      "strikes an act of war and vowed that Pakistan would respond.",
      "en");
  EXPECT_TRUE(Has(d, "PAK", "ACCUSE", "IND")) << Summary(d);
  EXPECT_TRUE(Has(d, "PAK", "THREATEN", "IND")) << Summary(d);
  d = RunText(
      "The EU imposed new sanctions on Russia. Russia's foreign ministry called the measures "
      "illegal and said Moscow would retaliate.",
      "en");
  EXPECT_TRUE(Has(d, "RUS", "THREATEN", "IGO:EU")) << Summary(d);
}

}  // namespace
}  // namespace entente
