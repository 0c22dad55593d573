// The general wire-copy vocabulary of data/lang/en/events.tsv, one family of frames per PLOVER
// type, on sentences written for these tests (see frames_uk_test.cc): each must give its event
// (source, type, target), and sentences where a trigger word stands in another sense (sport,
// markets, speeches, ceremonies) or a guarded phrase must give nothing.
#include <gtest/gtest.h>

#include "frame_cases.h"

namespace entente {
namespace {

using testing::ExpectEvents;
using testing::ExpectMutual;
using testing::ExpectNothing;
using testing::Has;
using testing::ModalityOf;
using testing::RunText;
using testing::Summary;

TEST(FramesEn, Assault) {
  ExpectEvents(
      {{"Russia launched a massive missile strike on Kyiv.", "RUS", "ASSAULT", "UKR"},
       {"Israeli jets bombed targets in southern Lebanon.", "ISR", "ASSAULT", "LBN"},
       {"Turkey shot down a Russian warplane near the Syrian border.", "TUR", "ASSAULT", "RUS"}},
      "en");
}

TEST(FramesEn, AssaultTakeoversRaidsAndBlockades) {
  ExpectEvents(
      {{"Russian forces took control of the town of Avdiivka.", "RUS", "ASSAULT", "UKR", "192"},
       {"Israel pounded Gaza overnight.", "ISR", "ASSAULT", "PSE"},
       {"Turkey opened fire on Syria.", "TUR", "ASSAULT", "SYR"},
       {"Saudi Arabia imposed a blockade on Qatar.", "SAU", "ASSAULT", "QAT", "191"},
       {"Turkish troops pressed their offensive against Syria.", "TUR", "ASSAULT", "SYR"},
       {"Russia annexed Crimea in 2014.", "RUS", "ASSAULT", "UKR", "192"},
       {"Russian forces encircled Mariupol.", "RUS", "ASSAULT", "UKR", "191"},
       {"Iran downed a US drone over the Gulf.", "IRN", "ASSAULT", "USA"}},
      "en");
}

TEST(FramesEn, ConsultAndAgree) {
  ExpectMutual({{"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.",
                 "CHN", "CONSULT", "RUS"},
                {"India and Pakistan signed an agreement on trade.", "IND", "AGREE", "PAK"},
                {"China and Russia held talks in Beijing on Tuesday.", "CHN", "CONSULT", "RUS"},
                {"Biden's summit with Xi Jinping ended without a deal.", "USA", "CONSULT", "CHN"},
                {"Saudi Arabia and Iran reached a deal in Beijing.", "SAU", "AGREE", "IRN"}},
               "en");
}

TEST(FramesEn, ConsultCallsVisitsHosting) {
  ExpectEvents(
      {{"Turkish President Tayyip Erdogan spoke by phone with Vladimir Putin on Friday.", "TUR",
        "CONSULT", "RUS", "041"},
       {"Japan's prime minister made a state visit to Australia.", "JPN", "CONSULT", "AUS", "042"},
       {"China's foreign minister welcomed his Pakistani counterpart in Beijing.", "CHN", "CONSULT",
        "PAK", "043"}},
      "en");
}

TEST(FramesEn, AgreeAccessionRatificationInvitations) {
  ExpectEvents(
      {{"Turkey ratified Sweden's bid to join NATO on Tuesday.", "TUR", "AGREE", "SWE"},
       {"Finland became the 31st member of NATO in April.", "FIN", "AGREE", "IGO:NATO"},
       {"Hungary approved Finland's accession to NATO.", "FIN", "AGREE", "IGO:NATO"},
       {"Ukraine reached an agreement with Poland on grain transit.", "UKR", "AGREE", "POL"},
       {"Iran accepted the Qatari proposal for indirect talks.", "IRN", "AGREE", "QAT"},
       {"Saudi Arabia invited Iran's president to Riyadh.", "SAU", "AGREE", "IRN", "036"},
       {"Qatar offered to mediate between Israel and Hamas.", "QAT", "AGREE", "ISR", "039"}},
      "en");
}

TEST(FramesEn, SupportStandingByRecognitionApology) {
  ExpectEvents(
      {{"Poland would stand by Ukraine, the president said.", "POL", "SUPPORT", "UKR"},
       {"Brazil recognised Palestine as a state.", "BRA", "SUPPORT", "PSE", "054"},
       {"Japan apologised to South Korea for wartime abuses.", "JPN", "SUPPORT", "KOR", "055"}},
      "en");
}

TEST(FramesEn, CooperateJointActionAndIntelligence) {
  ExpectEvents({{"North Korean troops are fighting alongside Russian forces.", "PRK", "COOPERATE",
                 "RUS", "062"},
                {"Britain and the United States share intelligence with Ukraine.", "GBR",
                 "COOPERATE", "UKR", "064"},
                {"Russia held joint exercises with Belarus near the border with Ukraine.", "RUS",
                 "COOPERATE", "BLR", "062"}},
               "en");
  // Joint drills near a border are held with each other, not with the neighbour.
  ExpectMutual({{"Russia and Belarus began joint exercises near the Ukrainian border.", "RUS",
                 "COOPERATE", "BLR"}},
               "en");
  Doc d = RunText("Russia and Belarus began joint exercises near the Ukrainian border.", "en");
  EXPECT_FALSE(Has(d, "RUS", "COOPERATE", "UKR")) << Summary(d);
}

// Ties are an event when something is done to them (restored, deepened, established); a bare
// mention of relations is a topic or a state of affairs, not an act.
TEST(FramesEn, TiesAreCodedWhenSomethingIsDoneToThem) {
  ExpectEvents({{"Egypt restored diplomatic relations with Qatar on Tuesday.", "EGY", "COOPERATE",
                 "QAT", "060"}},
               "en");
  ExpectMutual(
      {{"Vietnam and Japan deepened their defence ties last year.", "VNM", "COOPERATE", "JPN"}},
      "en");
  ExpectNothing({"The minister gave a lecture on Brazil's relations with Argentina.",
                 "Relations with Poland were the main theme of the debate in Vilnius."},
                "en");
}

TEST(FramesEn, AidMilitaryHumanitarianProtectionAsylum) {
  ExpectEvents(
      {{"The United States approved a new military aid package for Taiwan.", "USA", "AID", "TWN",
        "072"},
       {"Germany delivered air defence systems to Ukraine.", "DEU", "AID", "UKR", "072"},
       {"Japan sent humanitarian aid to Turkey after the earthquake.", "JPN", "AID", "TUR", "073"},
       {"Greece dispatched rescue teams to Turkey.", "GRC", "AID", "TUR", "073"},
       {"France will deploy troops to Romania.", "FRA", "AID", "ROU", "074"},
       {"Ecuador granted asylum to a Mexican politician.", "ECU", "AID", "MEX", "075"}},
      "en");
}

TEST(FramesEn, ConcedeReturnsEasingAccess) {
  ExpectEvents(
      {{"Russia returned 20 children to Ukraine.", "RUS", "CONCEDE", "UKR", "084"},
       {"Armenia agreed to hand over four villages to Azerbaijan.", "ARM", "CONCEDE", "AZE"},
       {"Washington eased sanctions on Venezuela on Wednesday.", "USA", "CONCEDE", "VEN", "085"},
       {"Iran will allow UN inspectors access to its nuclear sites.", "IRN", "CONCEDE", "IGO:UN",
        "086"}},
      "en");
}

TEST(FramesEn, RetreatWithdrawalAndDeescalation) {
  ExpectEvents(
      {{"Russia completed the withdrawal of its troops from Ukraine.", "RUS", "RETREAT", "UKR"},
       {"Israel announced a ceasefire in Gaza.", "ISR", "RETREAT", "PSE", "087"},
       {"Russia halted its offensive on Kharkiv.", "RUS", "RETREAT", "UKR", "087"}},
      "en");
  // Halting drills with an ally de-escalates towards the party of the last meeting.
  Doc d = RunText(
      "Trump met Kim Jong Un in Singapore. The United States will halt joint military exercises "
      "with South Korea.",
      "en");
  EXPECT_TRUE(Has(d, "USA", "RETREAT", "PRK")) << Summary(d);
  EXPECT_FALSE(Has(d, "USA", "COOPERATE", "KOR")) << Summary(d);
}

TEST(FramesEn, RequestAppealsAndPressure) {
  ExpectEvents(
      {{"Ukraine requested more air defence systems from Germany.", "UKR", "REQUEST", "DEU"},
       {"NATO held an emergency meeting at Poland's request.", "POL", "REQUEST", "IGO:NATO"},
       {"Britain pressed Iran to release the detained sailors.", "GBR", "REQUEST", "IRN"}},
      "en");
}

TEST(FramesEn, AccuseCriticismComplaintsLawsuits) {
  ExpectEvents(
      {{"China slammed the United States over its arms sales to Taiwan.", "CHN", "ACCUSE", "USA",
        "111"},
       {"India described Pakistan's remarks as interference.", "IND", "ACCUSE", "PAK", "111"},
       {"India attacked Pakistan. Pakistan called the attack an act of war.", "PAK", "ACCUSE",
        "IND", "111"},
       {"China lodged a protest with Japan over the visit.", "CHN", "ACCUSE", "JPN", "114"},
       {"The Russian ambassador was summoned to the foreign ministry in Warsaw.", "POL", "ACCUSE",
        "RUS"},
       {"South Africa filed a case against Israel at the International Court of Justice.", "ZAF",
        "ACCUSE", "ISR", "115"}},
      "en");
}

TEST(FramesEn, RejectVetoesAndCancellations) {
  ExpectEvents(
      {{"Russia vetoed a US-drafted resolution on Ukraine.", "RUS", "REJECT", "USA", "129"},
       {"Jordan called off a summit with the United States.", "JOR", "REJECT", "USA", "125"},
       {"Hungary postponed a visit to Ukraine.", "HUN", "REJECT", "UKR", "125"},
       {"Iran refused to receive a delegation from the European Union.", "IRN", "REJECT", "IGO:EU"},
       {"Israel ruled out talks with Hamas.", "ISR", "REJECT", "PSE", "125"},
       {"China brushed aside US criticism.", "CHN", "REJECT", "USA"}},
      "en");
}

TEST(FramesEn, ThreatenForceUltimatumsRetaliation) {
  ExpectEvents(
      {{"Israel did not rule out military action against Iran.", "ISR", "THREATEN", "IRN", "138"},
       {"Iran vowed to retaliate against Israel.", "IRN", "THREATEN", "ISR"},
       {"North Korea vowed harsh punishment for South Korea.", "PRK", "THREATEN", "KOR"},
       {"Turkey threatened military action against Syria.", "TUR", "THREATEN", "SYR", "138"},
       {"Russia issued an ultimatum to Ukraine.", "RUS", "THREATEN", "UKR", "139"},
       // The retaliation is aimed at the party of the speaker's latest event.
       {"The EU imposed new sanctions on Russia. Moscow said it would respond.", "RUS", "THREATEN",
        "IGO:EU"}},
      "en");
}

// What a speaker says of another party (lang/en `claim` verbs, `speaker` role): a threat that it
// will pay, a claim that it intruded or violated a border, is the speaker's act against it.
TEST(FramesEn, SpeakerThreatsAndClaims) {
  ExpectEvents(
      {{"Russia's foreign ministry said Britain would pay dearly for the decision.", "RUS",
        "THREATEN", "GBR"},
       {"South Korea's military said North Korean drones intruded into its airspace.", "KOR",
        "ACCUSE", "PRK", "112"},
       {"Lithuania said Belarusian helicopters violated its airspace.", "LTU", "ACCUSE", "BLR",
        "112"},
       {"Seoul said North Korean soldiers illegally crossed the border.", "KOR", "ACCUSE", "PRK"}},
      "en");
  // Paying a bill and crossing a border as such are nobody's threat or offence.
  ExpectNothing({"The United States will pay for the reconstruction of the bridge, Ukraine said.",
                 "Poland said thousands of Ukrainians crossed the border on Sunday."},
                "en");
}

TEST(FramesEn, ProtestDemonstrationsAtEmbassies) {
  ExpectEvents(
      {{"Thousands of Iranians protested outside the British embassy in Tehran.", "IRN", "PROTEST",
        "GBR"},
       {"Protesters in Baghdad burned Israeli flags.", "IRQ", "PROTEST", "ISR", "141"},
       {"Iraqi protesters stormed the US embassy in Baghdad.", "IRQ", "PROTEST", "USA", "145"}},
      "en");
}

TEST(FramesEn, SanctionRelationsBordersBans) {
  ExpectEvents({{"The United States suspended its strategic partnership with Georgia.", "USA",
                 "SANCTION", "GEO", "160"},
                {"Poland will close its border with Belarus.", "POL", "SANCTION", "BLR", "163"},
                {"Britain expelled the Russian defence attache.", "GBR", "SANCTION", "RUS", "161"},
                {"Israel recalled its ambassador from Turkey.", "ISR", "SANCTION", "TUR", "161"},
                {"Ukraine banned imports of Russian goods.", "UKR", "SANCTION", "RUS", "163"}},
               "en");
}

TEST(FramesEn, MobilizeCallUpsAndBuildUps) {
  ExpectEvents(
      {{"Russia called up 300,000 reservists to fight in Ukraine.", "RUS", "MOBILIZE", "UKR",
        "154"},
       {"Russia massed troops near the Ukrainian border.", "RUS", "MOBILIZE", "UKR", "154"},
       {"China held war games around Taiwan.", "CHN", "MOBILIZE", "TWN", "150"}},
      "en");
}

TEST(FramesEn, CoerceSeizuresAndDeportations) {
  ExpectEvents({{"Iran seized a British oil tanker.", "IRN", "COERCE", "GBR", "171"},
                {"Russia deported a Ukrainian journalist.", "RUS", "COERCE", "UKR", "174"}},
               "en");
}

TEST(FramesEn, OtherSensesGiveNothing) {
  ExpectNothing({"France beat Germany 2-1 in the World Cup semi-final.",
                 "The minister sent a letter to parliament.",
                 // Markets and sport.
                 "The Mexican peso rallied against the US dollar on Monday.",
                 "Japan rallied to beat Germany in the World Cup.",
                 "Spain slammed five goals past Costa Rica.",
                 "Brazil took control of the match against Argentina after the break.",
                 "Heavy storms pounded Japan and South Korea on Sunday.",
                 // Everyday senses and ceremonies.
                 "Britain invited bids from French and German companies.",
                 "France's president delivered a speech to the German parliament.",
                 "French unions halted strikes at the ports.",
                 // Leaving a deal, countering a rival, ignoring warnings.
                 "The United States withdrew from the Iran nuclear deal in 2018.",
                 "China and Russia pledged to counter US influence.",
                 "Iran ignored repeated warnings from the United States."},
                "en");
}

// A handing-over in person is a meeting, with no second accession; whom one tells something in a
// phone call is the call's other end.
TEST(FramesEn, HandingOverAndPhoneCalls) {
  ExpectEvents(
      {{"Sweden's prime minister handed over the accession documents to the United States.", "SWE",
        "CONSULT", "USA", "040"},
       {"German Chancellor Olaf Scholz assured Zelenskiy in a phone call that aid would come.",
        "DEU", "CONSULT", "UKR", "041"}},
      "en");
  Doc d = RunText("Sweden's prime minister handed over the accession documents to Hungary.", "en");
  EXPECT_FALSE(Has(d, "SWE", "AGREE", "HUN")) << Summary(d);
}

// Crowds attacking embassies riot against the embassies' states ("those of France"); a vow to
// fight to the end threatens the party last dealt with; quote marks are free in a trigger's gap.
TEST(FramesEn, EmbassyAttacksFightToTheEndAndQuotedGaps) {
  ExpectEvents({{"Protesters attacked several embassies in Kinshasa on Tuesday, including those of "
                 "France and Belgium.",
                 "COD", "PROTEST", "FRA", "145"},
                {"Protesters attacked several embassies in Kinshasa on Tuesday, including those of "
                 "France and Belgium.",
                 "COD", "PROTEST", "BEL", "145"}},
               "en");
  Doc d = RunText(
      "Trump raised duties on Chinese goods. Beijing said it would \"fight to the end\" if "
      "Washington insisted.",
      "en");
  EXPECT_TRUE(Has(d, "CHN", "THREATEN", "USA")) << Summary(d);
  d = RunText(
      "Turkey shot down a Russian warplane. Putin called the incident \"a stab in the back by the "
      "accomplices of terrorists\".",
      "en");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "TUR")) << Summary(d);
}

// Solidarity with an unnamed ally goes to the partner; a brokered deal; "called … an act by X".
TEST(FramesEn, SolidarityBrokeredDealsAndActsByAPerpetrator) {
  Doc d = RunText(
      "Lithuania asked NATO for consultations on Monday. The alliance said it stood in solidarity "
      "with its ally.",
      "en");
  EXPECT_TRUE(Has(d, "IGO:NATO", "SUPPORT", "LTU")) << Summary(d);
  d = RunText("Qatar brokered a deal with Israel.", "en");
  EXPECT_TRUE(Has(d, "QAT", "CONSULT", "ISR")) << Summary(d);
  d = RunText(
      "Moscow said the blast was a provocation, which it called a terrorist act by Ukrainian "
      "saboteurs.",
      "en");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
}

// A pledge whose infinitive is coded is that act, intended: one event, no AGREE besides it; a
// pledge with no coded act is still an agreement.
TEST(FramesEn, APledgedActIsTheOneEvent) {
  Doc d = RunText("Qatar pledged to expel Iranian diplomats.", "en");
  EXPECT_TRUE(Has(d, "QAT", "COERCE", "IRN")) << Summary(d);
  EXPECT_FALSE(Has(d, "QAT", "AGREE", "IRN")) << Summary(d);
  EXPECT_EQ(ModalityOf("Qatar pledged to expel Iranian diplomats.", "en"), Modality::kIntended);
  d = RunText("Turkey promised Sweden a quick ratification.", "en");
  EXPECT_TRUE(Has(d, "TUR", "AGREE", "SWE")) << Summary(d);
}

// Support enjoyed, won or received comes from the party after "from"/"of"; the givers of
// support are not paired with each other, and a non-actor subject after a verb of saying
// receives it, not the speaker.
TEST(FramesEn, SupportReceivedIsGivenByThePartyAfterFrom) {
  Doc d = RunText("Ukraine received strong support from Poland.", "en");
  EXPECT_TRUE(Has(d, "POL", "SUPPORT", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "UKR", "SUPPORT", "POL")) << Summary(d);
  d = RunText("Moscow won the backing of Beijing for its plan.", "en");
  EXPECT_TRUE(Has(d, "CHN", "SUPPORT", "RUS")) << Summary(d);
  d = RunText("Brazil and Argentina received support from China.", "en");
  EXPECT_TRUE(Has(d, "CHN", "SUPPORT", "BRA")) << Summary(d);
  EXPECT_FALSE(Has(d, "ARG", "SUPPORT", "BRA") || Has(d, "BRA", "SUPPORT", "ARG")) << Summary(d);
  ExpectNothing({"Washington said the plan enjoyed support from Moscow."}, "en");
}

// Investigations (CAMEO 09x, PLOVER ACCUSE): of a party, of what lies in a state, or opened
// into one; wanted, they are intended.
TEST(FramesEn, Investigations) {
  ExpectEvents(
      {{"Britain launched an investigation into Russia's meddling.", "GBR", "ACCUSE", "RUS", "090"},
       {"Prosecutors in the Netherlands investigated Russia over the downing of a Malaysia "
        "Airlines plane.",
        "NLD", "ACCUSE", "RUS", "090"},
       {"The United Nations inspectors want to inspect the nuclear sites in Iran.", "IGO:UN",
        "ACCUSE", "IRN", "090"}},
      "en");
  EXPECT_EQ(
      ModalityOf("The United Nations inspectors want to inspect the nuclear sites in Iran.", "en"),
      Modality::kIntended);
  ExpectNothing({"The ministers examined the proposal on Tuesday."}, "en");
}

// Flag carriers and country monitors act for their country.
TEST(FramesEn, FlagCarriersAndMonitorsHaveACountry) {
  ExpectEvents({{"Ukraine sanctioned Aeroflot.", "UKR", "SANCTION", "RUS"},
                {"Iran seized a Korean Air plane.", "IRN", "COERCE", "KOR"},
                {"The Syrian Observatory for Human Rights accused Turkey of shelling Kurdish "
                 "villages.",
                 "SYR", "ACCUSE", "TUR"}},
               "en");
}

}  // namespace
}  // namespace entente
