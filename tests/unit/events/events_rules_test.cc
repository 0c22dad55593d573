// Event-coding rules on fresh news-style sentences in uk, ru and en: a city as the target of an
// attack, requests and their complements, supply / missile-launch / "condemned the launch" frames,
// negation and hedging. Each rule has sentences that must give nothing.
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

// The only event of `d` must be src-type-tgt with the given modality (and place, if non-empty).
void ExpectOnly(const Doc& d, const std::string& src, const std::string& type,
                const std::string& tgt, Modality m, const std::string& place = "") {
  ASSERT_EQ(d.events.size(), 1u) << Summary(d);
  const Event& e = d.events[0];
  EXPECT_EQ(e.src.country + " " + e.type + " " + e.tgt.country, src + " " + type + " " + tgt);
  EXPECT_EQ(ModalityName(e.modality), ModalityName(m)) << Summary(d);
  if (!place.empty()) {
    ASSERT_TRUE(e.place.has_value()) << Summary(d);
    EXPECT_EQ(e.place->name, place);
  }
}

// --- 1. A city as the object of an attack: target = its country, place = the city.

TEST(PlaceTarget, AttackOnACityUk) {
  ExpectOnly(RunText("Росія вночі атакувала Харків ударними дронами.", "uk"), "RUS", "ASSAULT",
             "UKR", Modality::kAsserted, "Kharkiv");
  ExpectOnly(RunText("Російські війська знову обстріляли Херсон з артилерії.", "uk"), "RUS",
             "ASSAULT", "UKR", Modality::kAsserted, "Kherson");
  ExpectOnly(RunText("У неділю Росія обстріляла Запоріжжя і Дніпро.", "uk"), "RUS", "ASSAULT",
             "UKR", Modality::kAsserted, "Zaporizhzhia");
  ExpectOnly(RunText("Росія завдала удару по Одесі.", "uk"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted, "Odesa");
}

TEST(PlaceTarget, AttackOnACityRu) {
  ExpectOnly(RunText("Украинские военные обстреляли Белгород.", "ru"), "UKR", "ASSAULT", "RUS",
             Modality::kAsserted, "Belgorod");
  ExpectOnly(RunText("Ночью Россия атаковала Одессу беспилотниками.", "ru"), "RUS", "ASSAULT",
             "UKR", Modality::kAsserted, "Odesa");
  ExpectOnly(RunText("Российская армия нанесла удар по Харькову.", "ru"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted, "Kharkiv");
}

TEST(PlaceTarget, AttackOnACityEn) {
  ExpectOnly(RunText("Russian forces shelled Kharkiv overnight.", "en"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted, "Kharkiv");
  ExpectOnly(RunText("Russia attacked Odesa with drones on Sunday.", "en"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted, "Odesa");
  ExpectOnly(RunText("Russian troops captured Avdiivka after months of fighting.", "en"), "RUS",
             "ASSAULT", "UKR", Modality::kAsserted, "Avdiivka");
  ExpectOnly(RunText("Russia fired three missiles at Dnipro.", "en"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted, "Dnipro");
}

// With no party named, where an act of force happened stands for its target, whatever
// preposition governs the place; never when a target is named, nor inside the doer's own country.
TEST(PlaceTarget, WhereTheAttackHappenedWhenNoTargetIsNamed) {
  Doc d = RunText("Russian artillery shelling in the south of Kherson killed two people.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  d = RunText("Turkish jets bombed a position north of Mosul on Sunday.", "en");
  EXPECT_TRUE(Has(d, "TUR", "ASSAULT", "IRQ")) << Summary(d);
  d = RunText("Russia attacked Ukraine with drones launched near Minsk.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "ASSAULT", "BLR")) << Summary(d);
  d = RunText("Russian jets bombed a district east of Belgorod.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
  // Not for acts that take no place ("sanctioned firms in Dubai" names its targets).
  d = RunText("Russia criticised the talks in Geneva.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
}

// A city after a proxy noun stands for its country's people; attending an event abroad visits
// the host.
TEST(PlaceTarget, ProxyNounsAndAttendedEvents) {
  Doc d = RunText("Russia detained the governor of Kherson.", "en");
  EXPECT_TRUE(Has(d, "RUS", "COERCE", "UKR")) << Summary(d);
  d = RunText("Israel released the mayor of Nablus.", "en");
  EXPECT_TRUE(Has(d, "ISR", "CONCEDE", "PSE")) << Summary(d);
  d = RunText("Russia released residents of Belgorod.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
  d = RunText("Macron will attend a summit in Cairo.", "en");
  EXPECT_TRUE(Has(d, "FRA", "CONSULT", "EGY")) << Summary(d);
  d = RunText("Putin attended a concert in Moscow.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
}

// An event named after its venue ("the Davos forum", "the Munich Security Conference") is held
// there: attending it visits the venue's country, as "a summit in Cairo" does.
TEST(PlaceTarget, EventsNamedAfterTheirVenue) {
  Doc d = RunText("Macron attended the Munich Security Conference.", "en");
  EXPECT_TRUE(Has(d, "FRA", "CONSULT", "DEU")) << Summary(d);
  d = RunText("Scholz will attend the Davos forum.", "en");
  EXPECT_TRUE(Has(d, "DEU", "CONSULT", "CHE")) << Summary(d);
  d = RunText("Erdogan attended the Tokyo Olympics.", "en");
  EXPECT_TRUE(Has(d, "TUR", "CONSULT", "JPN")) << Summary(d);
}

// A place after a topic preposition is what the event is about, not where it happens; "on"
// before a date opens no topic.
TEST(PlaceTarget, APlaceInTheTopicIsNoVenue) {
  Doc d = RunText("Scholz attended a conference on the war in Sudan.", "en");
  EXPECT_FALSE(Has(d, "DEU", "CONSULT", "SDN")) << Summary(d);
  d = RunText("Scholz will attend talks about the crisis in Sudan.", "en");
  EXPECT_FALSE(Has(d, "DEU", "CONSULT", "SDN")) << Summary(d);
  d = RunText("Scholz will attend a summit on Tuesday in Cairo.", "en");
  EXPECT_TRUE(Has(d, "DEU", "CONSULT", "EGY")) << Summary(d);
  d = RunText("Scholz will attend a summit in Cairo on the war in Sudan.", "en");
  EXPECT_TRUE(Has(d, "DEU", "CONSULT", "EGY")) << Summary(d);
  EXPECT_FALSE(Has(d, "DEU", "CONSULT", "SDN")) << Summary(d);
}

// "by" before a date names a deadline, not a passive's agent.
TEST(Passive, ByADateIsNoAgent) {
  Doc d = RunText("Russia said it would release Ukrainian prisoners by the end of May.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONCEDE", "UKR")) << Summary(d);
  d = RunText("Turkey will free Greek detainees by Friday.", "en");
  EXPECT_TRUE(Has(d, "TUR", "CONCEDE", "GRC")) << Summary(d);
  d = RunText("Ukrainian prisoners were released by Russia on Friday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONCEDE", "UKR")) << Summary(d);
}

TEST(PlaceTarget, OnlyFramesWhoseTargetMayBeAPlace) {
  // A meeting in a city: the city is where, never whom.
  EXPECT_TRUE(
      RunText("Міністр оборони Німеччини зустрівся з колегою в Харкові.", "uk").events.empty());
  EXPECT_TRUE(RunText("Президент Франции посетил Одессу.", "ru").events.empty());
  EXPECT_TRUE(RunText("The German chancellor visited Lviv.", "en").events.empty());
  EXPECT_TRUE(RunText("Німеччина засудила Харків.", "uk").events.empty());
  // A place of its own country: no self-attack.
  EXPECT_TRUE(RunText("Russia attacked Belgorod.", "en").events.empty());
}

// --- 2. Requests: the requester requests, it does not do what it asks for.

TEST(Requests, RequesterIsNotTheSanctionerUk) {
  EXPECT_TRUE(
      RunText("Сибіга закликав партнерів посилити санкції проти Москви.", "uk").events.empty());
  Doc d = RunText("Зеленський закликав ЄС і США запровадити нові санкції проти Ірану.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "REQUEST", "IGO:EU")) << Summary(d);
  EXPECT_TRUE(Has(d, "UKR", "REQUEST", "USA")) << Summary(d);
  EXPECT_FALSE(Has(d, "UKR", "SANCTION", "IRN")) << Summary(d);
  EXPECT_FALSE(Has(d, "IGO:EU", "SANCTION", "IRN")) << Summary(d);
  ExpectOnly(RunText("Кулеба закликав Німеччину передати Україні ракети Taurus.", "uk"), "UKR",
             "REQUEST", "DEU", Modality::kAsserted);
  ExpectOnly(RunText("Україна вимагає від Росії звільнити полонених.", "uk"), "UKR", "REQUEST",
             "RUS", Modality::kAsserted);
  ExpectOnly(RunText("Київ вимагає, щоб Росія припинила обстріли Харкова.", "uk"), "UKR", "REQUEST",
             "RUS", Modality::kAsserted);
}

TEST(Requests, RequesterIsNotTheSanctionerRu) {
  EXPECT_TRUE(RunText("Лавров призвал ввести санкции против Украины.", "ru").events.empty());
  EXPECT_TRUE(RunText("Глава МИД Венгрии призвал Брюссель не вводить санкции против России.", "ru")
                  .events.size() <= 1);
  ExpectOnly(RunText("Песков потребовал, чтобы Украина прекратила обстрелы Белгорода.", "ru"),
             "RUS", "REQUEST", "UKR", Modality::kAsserted);
  ExpectOnly(RunText("Китай призвал США прекратить поставки оружия Тайваню.", "ru"), "CHN",
             "REQUEST", "USA", Modality::kAsserted);
  // An independent clause after the request keeps its own subject.
  Doc d = RunText("Зеленский призвал Запад помочь, и Россия атаковала Харьков.", "ru");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
}

TEST(Requests, RequesterIsNotTheSanctionerEn) {
  EXPECT_TRUE(RunText("Blinken urged allies to impose sanctions on Iran.", "en").events.empty());
  EXPECT_TRUE(RunText("The foreign minister called for tougher sanctions against Russia.", "en")
                  .events.empty());
  ExpectOnly(
      RunText("Zelensky called on the EU to send more air defence systems to Ukraine.", "en"),
      "UKR", "REQUEST", "IGO:EU", Modality::kAsserted);
  ExpectOnly(RunText("The EU demanded that Russia withdraw its troops.", "en"), "IGO:EU", "REQUEST",
             "RUS", Modality::kAsserted);
  ExpectOnly(RunText("China urged the United States to stop arming Taiwan.", "en"), "CHN",
             "REQUEST", "USA", Modality::kAsserted);
}

// --- 3. Supply, missile launches and "condemned the launch".

TEST(NewFrames, SupplyEn) {
  ExpectOnly(RunText("Germany will send additional air defence systems to Ukraine.", "en"), "DEU",
             "AID", "UKR", Modality::kPlanned);
  Doc p = RunText("France pledged to deliver more artillery shells to Ukraine.", "en");
  EXPECT_TRUE(Has(p, "FRA", "AID", "UKR")) << Summary(p);
  ExpectOnly(RunText("The United States delivered new Patriot batteries to Poland.", "en"), "USA",
             "AID", "POL", Modality::kAsserted);
}

TEST(NewFrames, MissileLaunchNeedsANamedTarget) {
  EXPECT_TRUE(
      RunText("North Korea fired a ballistic missile into the Sea of Japan.", "en").events.empty());
  EXPECT_TRUE(RunText("Iran test-fired a new ballistic missile on Tuesday.", "en").events.empty());
  ExpectOnly(RunText("North Korea launched a ballistic missile over Japan.", "en"), "PRK",
             "MOBILIZE", "JPN", Modality::kAsserted);
  EXPECT_EQ(RunText("North Korea launched a ballistic missile over Japan.", "en").events[0].cameo,
            "150");
  EXPECT_TRUE(RunText("КНДР запустила балістичну ракету.", "uk").events.empty());
  ExpectOnly(RunText("Північна Корея запустила ракету над Японією.", "uk"), "PRK", "MOBILIZE",
             "JPN", Modality::kAsserted);
  EXPECT_TRUE(RunText("КНДР провела испытание баллистической ракеты.", "ru").events.empty());
  ExpectOnly(RunText("КНДР запустила баллистическую ракету над Японией.", "ru"), "PRK", "MOBILIZE",
             "JPN", Modality::kAsserted);
}

TEST(NewFrames, CondemnedTheLaunchPointsToItsActor) {
  Doc en = RunText(
      "North Korea fired a ballistic missile into the Sea of Japan on Sunday. Japan condemned the "
      "launch.",
      "en");
  ExpectOnly(en, "JPN", "ACCUSE", "PRK", Modality::kAsserted);
  Doc uk = RunText("КНДР запустила балістичну ракету. Японія засудила запуск.", "uk");
  ExpectOnly(uk, "JPN", "ACCUSE", "PRK", Modality::kAsserted);
  Doc ru = RunText("КНДР запустила баллистическую ракету. Южная Корея осудила запуск.", "ru");
  ExpectOnly(ru, "KOR", "ACCUSE", "PRK", Modality::kAsserted);
  Doc strike = RunText("Росія атакувала Харків. Франція засудила удар.", "uk");
  EXPECT_TRUE(Has(strike, "FRA", "ACCUSE", "RUS")) << Summary(strike);
  Doc attack = RunText("Russia shelled Kherson. Germany condemned the attack.", "en");
  EXPECT_TRUE(Has(attack, "DEU", "ACCUSE", "RUS")) << Summary(attack);
}

TEST(NewFrames, CondemnedEventWithoutAntecedentGivesNothing) {
  // No earlier launch or attack: no target; the condemner did not attack anyone.
  EXPECT_TRUE(RunText("Japan condemned the launch.", "en").events.empty());
  EXPECT_TRUE(RunText("Франція засудила удар по Харкову.", "uk").events.empty());
  EXPECT_TRUE(RunText("Германия осудила удар по Одессе.", "ru").events.empty());
  // An earlier meeting is no launch.
  Doc d = RunText("Китай провів переговори з Росією. Японія засудила запуск.", "uk");
  EXPECT_FALSE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
}

// --- 4. Negation is marked, and "not only" is not negation.

TEST(Negation, MarkedInAllThreeLanguages) {
  ExpectOnly(RunText("Китай не підтримав резолюцію ООН щодо України.", "uk"), "CHN", "SUPPORT",
             "IGO:UN", Modality::kNegated);
  ExpectOnly(RunText("Угорщина так і не засудила Росію.", "uk"), "HUN", "ACCUSE", "RUS",
             Modality::kNegated);
  ExpectOnly(RunText("Індія не зустрілася з представниками Пакистану.", "uk"), "IND", "CONSULT",
             "PAK", Modality::kNegated);
  ExpectOnly(RunText("Китай не поддержал резолюцию ООН.", "ru"), "CHN", "SUPPORT", "IGO:UN",
             Modality::kNegated);
  ExpectOnly(RunText("Турция никогда не поставляла оружие Украине.", "ru"), "TUR", "AID", "UKR",
             Modality::kNegated);
  ExpectOnly(RunText("Russia didn't attack Georgia.", "en"), "RUS", "ASSAULT", "GEO",
             Modality::kNegated);
  ExpectOnly(RunText("Russia didn’t attack Georgia.", "en"), "RUS", "ASSAULT", "GEO",
             Modality::kNegated);
  ExpectOnly(RunText("India did not condemn Russia.", "en"), "IND", "ACCUSE", "RUS",
             Modality::kNegated);
  ExpectOnly(RunText("Brazil never supplied weapons to Ukraine.", "en"), "BRA", "AID", "UKR",
             Modality::kNegated);
  // A refusal is coded as such (CAMEO 12), with the target of the refused action.
  ExpectOnly(RunText("Iran refused to meet with the United States.", "en"), "IRN", "REJECT", "USA",
             Modality::kAsserted);
  ExpectOnly(RunText("Turkey failed to agree with Greece.", "en"), "TUR", "AGREE", "GRC",
             Modality::kNegated);
}

TEST(Negation, NotOnlyIsNoNegation) {
  ExpectOnly(RunText("Росія не лише атакувала Харків.", "uk"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted);
  ExpectOnly(RunText("Россия не только атаковала Харьков.", "ru"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted);
  ExpectOnly(RunText("Russia not only attacked Kharkiv.", "en"), "RUS", "ASSAULT", "UKR",
             Modality::kAsserted);
}

TEST(Negation, NegatedEventsAreNotFactsForLaterSentences) {
  // "The sides" never refers to a meeting that did not happen.
  Doc d = RunText("Моді не зустрівся з Путіним. Сторони засудили США.", "uk");
  EXPECT_FALSE(Has(d, "IND", "ACCUSE", "USA")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "ACCUSE", "USA")) << Summary(d);
}

// --- 5. Hedges.

TEST(Hedges, AllThreeLanguages) {
  const char* uk[] = {"Іран ймовірно постачав Росії дрони.", "Іран вірогідно постачав Росії дрони.",
                      "Іран, можливо, постачав Росії дрони.", "Іран нібито постачав Росії дрони.",
                      "Іран начебто постачав Росії дрони."};
  for (const char* s : uk) ExpectOnly(RunText(s, "uk"), "IRN", "AID", "RUS", Modality::kHedged);
  const char* ru[] = {
      "Иран вероятно поставлял России дроны.", "Иран, возможно, поставлял России дроны.",
      "Иран якобы поставлял России дроны.", "Иран предположительно поставлял России дроны."};
  for (const char* s : ru) ExpectOnly(RunText(s, "ru"), "IRN", "AID", "RUS", Modality::kHedged);
  const char* en[] = {
      "Iran reportedly supplied drones to Russia.", "Iran allegedly supplied drones to Russia.",
      "Iran likely supplied drones to Russia.",     "Iran possibly supplied drones to Russia.",
      "Iran may have supplied drones to Russia.",   "Iran might have supplied drones to Russia.",
      "Iran could have supplied drones to Russia."};
  for (const char* s : en) ExpectOnly(RunText(s, "en"), "IRN", "AID", "RUS", Modality::kHedged);
}

TEST(Hedges, SourceAttributionIsReported) {
  EXPECT_EQ(RunText("За даними розвідки, Іран постачав Росії дрони.", "uk").events.at(0).modality,
            Modality::kReported);
  EXPECT_EQ(RunText("По данным разведки, Иран поставлял России дроны.", "ru").events.at(0).modality,
            Modality::kReported);
}

}  // namespace
}  // namespace entente
