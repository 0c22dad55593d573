// General English wire usage added for issue 5 (passive agents, things received from a party,
// clashes, drills on foreign soil, appeals with "want", accusations in reported attacks), on
// sentences written for these tests. Each family has cases that must give nothing too.
#include <gtest/gtest.h>

#include "frame_cases.h"

namespace entente {
namespace {

using testing::ExpectEvents;
using testing::ExpectNothing;
using testing::Has;
using testing::RunText;
using testing::Summary;

// What a party receives from another was given by it: the giver follows "from".
TEST(FramesEnCoverage, ReceivedFromIsGivenBy) {
  ExpectEvents(
      {{"Syrian rebels received weapons from France last month.", "FRA", "AID", "SYR", "072"},
       {"Jordan received humanitarian aid from Japan on Monday.", "JPN", "AID", "JOR"},
       {"Kyiv received assurances from Berlin that deliveries would continue.", "DEU", "AGREE",
        "UKR", "030"}},
      "en");
  // Received with no giver named, or a guest received: no aid.
  ExpectNothing({"Ukraine received new weapons last year."}, "en");
  Doc d = RunText("Egypt received a delegation from Hamas in Cairo.", "en");
  for (const Event& e : d.events) EXPECT_NE(e.type, "AID") << Summary(d);
}

// A passive names its doer after "by"; the subject is the thing done, not a party.
TEST(FramesEnCoverage, PassiveAgents) {
  ExpectEvents({{"Evidence of the killings was presented against Syria by France.", "FRA", "ACCUSE",
                 "SYR", "112"},
                {"A rocket was fired at Israel by militants in Lebanon.", "LBN", "ASSAULT", "ISR"},
                {"Two shells were fired at Azerbaijani positions from Armenia overnight.", "ARM",
                 "ASSAULT", "AZE"}},
               "en");
  // An agentless passive: the country the subject search would reach did not fire.
  Doc d = RunText("Turkey said a shell was fired at its border post on Sunday.", "en");
  EXPECT_FALSE(Has(d, "TUR", "ASSAULT", "TUR")) << Summary(d);
  for (const Event& e : d.events) EXPECT_NE(e.src.country, "TUR") << Summary(d);
}

// A preposition inside the trigger ("fired rockets at") names whom, so a domestic target is no
// mere place: rebels firing at their own army is coded.
TEST(FramesEnCoverage, DomesticTargetOfFiringAt) {
  ExpectEvents({{"Syrian rebels fired rockets at the Syrian army.", "SYR", "ASSAULT", "SYR"}},
               "en");
  // A place after "in" stays where it happened.
  Doc d = RunText("Syrian rebels fired rockets in Aleppo.", "en");
  EXPECT_FALSE(Has(d, "SYR", "ASSAULT", "SYR")) << Summary(d);
}

// Armed clashes: the side named first is coded as the source (CAMEO 190).
TEST(FramesEnCoverage, Clashes) {
  ExpectEvents({{"Indian troops clashed with Chinese soldiers in the Himalayas.", "IND", "ASSAULT",
                 "CHN", "190"},
                {"Armenian and Azerbaijani forces exchanged fire after Azerbaijani troops "
                 "skirmished with Armenian border guards.",
                 "AZE", "ASSAULT", "ARM"},
                {"Kenyan forces engaged Somali militants in heavy fighting near the border.", "KEN",
                 "ASSAULT", "SOM", "190"}},
               "en");
  // A clash of fixtures, or a party engaged in talks, is no fight.
  ExpectNothing(
      {"The two clubs clash again on Saturday.", "Iran engaged Oman in talks on shipping."}, "en");
}

// Drills held on another state's soil are aimed at it or staged there in its name (MOBILIZE).
TEST(FramesEnCoverage, DrillsOnForeignSoil) {
  ExpectEvents({{"Russia began military exercises in Belarus on Thursday.", "RUS", "MOBILIZE",
                 "BLR", "150"}},
               "en");
  // At home: no target.
  Doc d = RunText("Russia held military exercises in Vladivostok.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
}

// "wants X to act" asks X to; "wants to act" asks no one: the act is coded, as intended.
TEST(FramesEnCoverage, WantingAnotherToAct) {
  ExpectEvents(
      {{"Washington wants Ankara to drop its objections.", "USA", "REQUEST", "TUR", "100"}}, "en");
  Doc d = RunText("Germany wants to help Ukraine rebuild its grid.", "en");
  EXPECT_FALSE(Has(d, "DEU", "REQUEST", "UKR")) << Summary(d);
  EXPECT_TRUE(Has(d, "DEU", "AID", "UKR")) << Summary(d);
  for (const Event& e : d.events) EXPECT_NE(e.modality, Modality::kAsserted) << Summary(d);
}

// A refusal to give, told of the future, is a rejection; a plain past negation stays a negated
// act.
TEST(FramesEnCoverage, RefusalsToGive) {
  ExpectEvents(
      {{"Germany will not send long-range missiles to Ukraine.", "DEU", "REJECT", "UKR", "120"},
       {"Hungary would never allow Sweden to join the alliance.", "HUN", "REJECT", "SWE"},
       {"The minister said Japan would not give permission to China to build there.", "JPN",
        "REJECT", "CHN"}},
      "en");
  Doc d = RunText("Germany did not send tanks to Ukraine in 2022.", "en");
  EXPECT_FALSE(Has(d, "DEU", "REJECT", "UKR")) << Summary(d);
  for (const Event& e : d.events) EXPECT_EQ(e.modality, Modality::kNegated) << Summary(d);
}

// "free" releases only with whom it frees; a travel warning against a country cuts contact.
TEST(FramesEnCoverage, FreeingPrisonersAndTravelWarnings) {
  ExpectEvents(
      {{"Iran will free two French prisoners next week.", "IRN", "CONCEDE", "FRA", "084"},
       {"Britain advised against all travel to Mali on Friday.", "GBR", "SANCTION", "MLI", "160"}},
      "en");
  Doc d = RunText("Mexico and Canada signed a free trade agreement.", "en");
  for (const Event& e : d.events) EXPECT_NE(e.type, "CONCEDE") << Summary(d);
  d = RunText("The US warned Russia against an attack on Ukraine.", "en");
  EXPECT_FALSE(Has(d, "USA", "SANCTION", "RUS")) << Summary(d);
}

// Pressure to act is a request; the act pressed for is not the pressed party's fact.
TEST(FramesEnCoverage, PressureToAct) {
  ExpectEvents({{"The EU pressured Hungary to drop its veto.", "IGO:EU", "REQUEST", "HUN", "100"},
                {"Hungary was pressured by the EU to lift its veto.", "IGO:EU", "REQUEST", "HUN"},
                {"Scholz came under pressure from Poland to send tanks to Ukraine.", "POL",
                 "REQUEST", "DEU"}},
               "en");
  Doc d = RunText("Scholz came under pressure from Poland to send tanks to Ukraine.", "en");
  EXPECT_FALSE(Has(d, "DEU", "AID", "UKR")) << Summary(d);
}

// Reporting another party's attack accuses it; reporting one's own, or announcing a plan, does
// not.
TEST(FramesEnCoverage, ReportedAttacksAccuseTheAttacker) {
  Doc d = RunText("Ukraine said Russian drones struck Odesa overnight.", "en");
  EXPECT_TRUE(Has(d, "UKR", "ACCUSE", "RUS")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  for (const Event& e : d.events)
    if (e.type == "ACCUSE") {
      EXPECT_EQ(e.modality, Modality::kAsserted);
      EXPECT_EQ(e.cameo, "112");
      EXPECT_EQ(e.trigger_text, "said");
    }
  d = RunText("Pakistan claimed that Indian troops had shelled Pakistani border posts.", "en");
  EXPECT_TRUE(Has(d, "PAK", "ACCUSE", "IND")) << Summary(d);
  d = RunText("Israel said its jets struck targets in Lebanon.", "en");
  EXPECT_FALSE(Has(d, "ISR", "ACCUSE", "ISR")) << Summary(d);
  for (const Event& e : d.events) EXPECT_NE(e.type, "ACCUSE") << Summary(d);
  d = RunText("Iran warned that Israel would attack its nuclear sites.", "en");
  EXPECT_FALSE(Has(d, "IRN", "ACCUSE", "ISR")) << Summary(d);
}

}  // namespace
}  // namespace entente
