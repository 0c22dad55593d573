// Rules for what a party says it will do or what it reports others did: declared force is a
// threat (intent rows), a reported act with no target named still accuses its doer, and endorsing
// an agreement with a party signs up to it; groups named by origin ("dissidents from Belarus")
// or by coordinated demonyms ("French and German activists") protest abroad against the host. Fresh
// sentences; each rule has ones that must not fire.
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(StatedIntent, DeclaredForceIsAThreatEn) {
  Doc d = RunText("Iran said it will strike Israel if the raids go on.", "en");
  EXPECT_TRUE(Has(d, "IRN", "THREATEN", "ISR")) << Summary(d);
  EXPECT_FALSE(Has(d, "IRN", "ASSAULT", "ISR")) << Summary(d);
  d = RunText("Turkey wants to attack Syria.", "en");
  EXPECT_TRUE(Has(d, "TUR", "THREATEN", "SYR")) << Summary(d);
  EXPECT_FALSE(Has(d, "TUR", "ASSAULT", "SYR")) << Summary(d);
  d = RunText("Russia and Belarus said they would bomb Poland.", "en");
  EXPECT_TRUE(Has(d, "RUS", "THREATEN", "POL")) << Summary(d);
  EXPECT_TRUE(Has(d, "BLR", "THREATEN", "POL")) << Summary(d);
}

TEST(StatedIntent, AnotherSpeakersForecastStaysTheActEn) {
  // Ukraine tells of Russia's plan: no threat of Russia's own, and no accusation of a future act.
  const Doc d = RunText("Ukraine said Russia will attack Kharkiv next week.", "en");
  EXPECT_FALSE(Has(d, "RUS", "THREATEN", "UKR")) << Summary(d);
  // An act done is no threat.
  const Doc done = RunText("Turkey attacked Syria on Monday.", "en");
  EXPECT_TRUE(Has(done, "TUR", "ASSAULT", "SYR")) << Summary(done);
  EXPECT_FALSE(Has(done, "TUR", "THREATEN", "SYR")) << Summary(done);
  // Intent to cooperate is not force.
  const Doc aid = RunText("Germany said it will send weapons to Ukraine.", "en");
  EXPECT_FALSE(Has(aid, "DEU", "THREATEN", "UKR")) << Summary(aid);
}

TEST(StatedIntent, DeclaredForceIsAThreatUkRu) {
  Doc d = RunText("Росія планує атакувати Україну.", "uk");
  EXPECT_TRUE(Has(d, "RUS", "THREATEN", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  d = RunText("Россия хочет атаковать Украину.", "ru");
  EXPECT_TRUE(Has(d, "RUS", "THREATEN", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
}

TEST(ReportedAct, AccusesItsDoerWithNoTargetNamed) {
  Doc d = RunText("Japan said that China had attacked.", "en");
  EXPECT_TRUE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
  // One's own act reported is no accusation.
  d = RunText("China said that it had attacked.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
  // The doer is the subject of the reported clause, not a party after the verb.
  d = RunText("Japan said that pirates had attacked Vietnam.", "en");
  EXPECT_FALSE(Has(d, "JPN", "ACCUSE", "VNM")) << Summary(d);
  // War crimes are no war waged.
  d = RunText("Kenya said it hoped Somali officials would be tried for war crimes.", "en");
  EXPECT_FALSE(Has(d, "KEN", "ACCUSE", "SOM")) << Summary(d);
  // A forecast is not an act to accuse anyone of.
  d = RunText("Japan said that China will attack.", "en");
  EXPECT_FALSE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
}

TEST(Agreements, EndorsingAnAgreementWithAPartySignsIt) {
  Doc d = RunText("Moldovan lawmakers endorsed a trade agreement with the European Union.", "en");
  EXPECT_TRUE(Has(d, "MDA", "SUPPORT", "IGO:EU")) << Summary(d);
  d = RunText("The Georgian parliament endorsed a defence pact with Turkey on Friday.", "en");
  EXPECT_TRUE(Has(d, "GEO", "SUPPORT", "TUR")) << Summary(d);
  // Endorsing a candidate is no agreement.
  d = RunText("Poland endorsed the German candidate for the post.", "en");
  for (const Event& e : d.events) EXPECT_NE(e.cameo, "057") << Summary(d);
}

TEST(Groups, PlacedByOriginAndCoordinatedDemonyms) {
  Doc d = RunText("The German chancellor met exiled dissidents from Belarus on Monday.", "en");
  EXPECT_TRUE(Has(d, "DEU", "CONSULT", "BLR")) << Summary(d);
  d = RunText("Japan will help opponents from war-torn Sudan.", "en");
  EXPECT_TRUE(Has(d, "JPN", "AID", "SDN")) << Summary(d);
  d = RunText("French and German activists staged a protest in Moscow.", "en");
  EXPECT_TRUE(Has(d, "FRA", "PROTEST", "RUS")) << Summary(d);
  EXPECT_TRUE(Has(d, "DEU", "PROTEST", "RUS")) << Summary(d);
  // At home a protest is still against one's own state.
  d = RunText("Georgian activists protested in Tbilisi.", "en");
  EXPECT_TRUE(Has(d, "GEO", "PROTEST", "GEO")) << Summary(d);
  EXPECT_EQ(d.events.size(), 1u) << Summary(d);
  // No state named or located: no actor.
  d = RunText("Activists from the region protested.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
}

}  // namespace
}  // namespace entente
