// The role finder's syntax rules on English wire-style sentences written for these tests:
// subjects shared by coordinated verbs and participles, passives with an agent, proxy nouns,
// lists with articles, "between" lists, noun modifiers as agents, datelines, threats' complements,
// infinitive markers, visited cities and anaphoric nouns ("the bloc").
#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

TEST(SharedSubject, CoordinatedVerbTakesTheFirstVerbsSubject) {
  Doc d = RunText("The EU sanctioned Russia and urged China to stop exports.", "en");
  EXPECT_TRUE(Has(d, "IGO:EU", "SANCTION", "RUS")) << Summary(d);
  EXPECT_TRUE(Has(d, "IGO:EU", "REQUEST", "CHN")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "REQUEST", "CHN")) << Summary(d);
}

TEST(SharedSubject, TheFirstVerbsObjectStopsAtTheConjunction) {
  Doc d = RunText("Poland welcomed the decision of the EU and urged Germany to send tanks.", "en");
  EXPECT_TRUE(Has(d, "POL", "REQUEST", "DEU")) << Summary(d);
  EXPECT_TRUE(Has(d, "POL", "SUPPORT", "IGO:EU")) << Summary(d);
  EXPECT_FALSE(Has(d, "POL", "SUPPORT", "DEU")) << Summary(d);
}

TEST(SharedSubject, ParticipleAfterCommaAndObjectPronoun) {
  Doc d = RunText("Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism.", "en");
  EXPECT_TRUE(Has(d, "SAU", "SANCTION", "QAT")) << Summary(d);
  EXPECT_TRUE(Has(d, "SAU", "ACCUSE", "QAT")) << Summary(d);
}

TEST(SharedSubject, AVerbWithItsOwnSubjectKeepsIt) {
  Doc d = RunText("Russia attacked Kharkiv and Ukraine shelled Belgorod.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  EXPECT_TRUE(Has(d, "UKR", "ASSAULT", "RUS")) << Summary(d);
}

TEST(Passive, TheAgentIsTheSourceAndTheSubjectTheTarget) {
  Doc d = RunText("Ukraine was attacked by Russia on Friday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "UKR", "ASSAULT", "RUS")) << Summary(d);
  d = RunText("Russia's ambassador was summoned by Poland.", "en");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
}

TEST(SharedSubject, ARelativeClauseBeforeTheVerbIsSkipped) {
  Doc d =
      RunText("Kuleba, who met Biden in Washington on Thursday, called on Germany to act.", "en");
  EXPECT_TRUE(Has(d, "UKR", "REQUEST", "DEU")) << Summary(d);
  EXPECT_FALSE(Has(d, "USA", "REQUEST", "DEU")) << Summary(d);
}

TEST(Frames, AssistanceForAList) {
  Doc d = RunText("Congress passed a bill with military assistance for Ukraine, Israel and Taiwan.",
                  "en");
  for (const char* t : {"UKR", "ISR", "TWN"})
    EXPECT_TRUE(Has(d, "USA", "AID", t)) << t << ": " << Summary(d);
}

TEST(Frames, WithdrawalsEmbargoesHandoversAndFightingAlongside) {
  Doc d = RunText("The last US troops left Afghanistan on Monday.", "en");
  EXPECT_TRUE(Has(d, "USA", "RETREAT", "AFG")) << Summary(d);
  d = RunText("Germany is stopping arms exports to Turkey.", "en");
  EXPECT_TRUE(Has(d, "DEU", "SANCTION", "TUR")) << Summary(d);
  d = RunText("Poland and Norway handed over Russians held in their prisons.", "en");
  EXPECT_TRUE(Has(d, "POL", "CONCEDE", "RUS")) << Summary(d);
  // Documents handed over in person: the two meet, nobody is released.
  d = RunText("Sweden handed over the documents to the United States.", "en");
  EXPECT_TRUE(Has(d, "SWE", "CONSULT", "USA")) << Summary(d);
  EXPECT_FALSE(Has(d, "SWE", "CONCEDE", "USA")) << Summary(d);
  d = RunText("North Korean troops have begun fighting alongside Russian forces.", "en");
  EXPECT_TRUE(Has(d, "PRK", "COOPERATE", "RUS")) << Summary(d);
  d = RunText("Moscow rejected the presence of NATO troops in Ukraine.", "en");
  EXPECT_TRUE(Has(d, "RUS", "REJECT", "IGO:NATO")) << Summary(d);
}

TEST(Anaphora, APluralPronounTakesTheWholeCoordination) {
  Doc d = RunText("France and Germany said they were stopping arms exports to Turkey.", "en");
  EXPECT_TRUE(Has(d, "FRA", "SANCTION", "TUR")) << Summary(d);
  EXPECT_TRUE(Has(d, "DEU", "SANCTION", "TUR")) << Summary(d);
}

TEST(Negative, PrefixTriggersDoNotFireOnOtherWords) {
  for (const char* text :
       {"Israel and Hamas agree four-day truce, hostages from Thailand to be freed.",
        "Russia sent a significant signal to Japan.", "Iran and Iraq held urgent talks.",
        "The background of China and Japan is complex.", "Shell and BP left Russia."}) {
    Doc d = RunText(text, "en");
    for (const Event& e : d.events)
      EXPECT_TRUE(e.type == "AGREE" || e.type == "CONSULT" || e.type == "RETREAT")
          << text << ": " << Summary(d);
    EXPECT_FALSE(Has(d, "RUS", "SUPPORT", "JPN")) << Summary(d);
    EXPECT_FALSE(Has(d, "CHN", "SUPPORT", "JPN")) << Summary(d);
  }
}

TEST(Proxy, TheEmirOfAStateStandsForIt) {
  Doc d = RunText("Biden thanked the emir of Qatar for his mediation.", "en");
  EXPECT_TRUE(Has(d, "USA", "SUPPORT", "QAT")) << Summary(d);
}

TEST(Passive, AParticipleBeforeItsAgent) {
  Doc d = RunText("M23 rebels backed by Rwanda captured the city of Goma.", "en");
  EXPECT_TRUE(Has(d, "RWA", "SUPPORT", "COD")) << Summary(d);
  EXPECT_FALSE(Has(d, "COD", "SUPPORT", "RWA")) << Summary(d);
}

TEST(Anaphora, APossessiveIsNoObject) {
  Doc d = RunText("Turkey hosted the talks. Biden thanked allies for their courage.", "en");
  EXPECT_FALSE(Has(d, "USA", "SUPPORT", "TUR")) << Summary(d);
}

TEST(Passive, ProgressiveIsNoPassive) {
  Doc d = RunText("Putin was meeting Xi Jinping in Beijing.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "CHN")) << Summary(d);
}

TEST(Proxy, TargetsInACountryStandForIt) {
  Doc d = RunText("The United States imposed sanctions on more than 500 targets in Russia.", "en");
  EXPECT_TRUE(Has(d, "USA", "SANCTION", "RUS")) << Summary(d);
  d = RunText("Britain and the United States launched airstrikes on Houthi targets in Yemen.",
              "en");
  EXPECT_TRUE(Has(d, "GBR", "ASSAULT", "YEM")) << Summary(d);
  EXPECT_TRUE(Has(d, "USA", "ASSAULT", "YEM")) << Summary(d);
}

TEST(Lists, ItemsMayStartWithAnArticle) {
  Doc d = RunText(
      "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain severed diplomatic ties with "
      "Qatar.",
      "en");
  for (const char* s : {"SAU", "ARE", "EGY", "BHR"})
    EXPECT_TRUE(Has(d, s, "SANCTION", "QAT")) << s << ": " << Summary(d);
}

TEST(Lists, BetweenGivesTheFirstAndTheOthers) {
  Doc d = RunText("Talks between Russia and Ukraine resumed in Istanbul on Monday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "UKR")) << Summary(d);
}

TEST(Agent, ADemonymBeforeANounTriggerIsItsAgent) {
  Doc d = RunText("Poland shot down drones during a Russian attack on western Ukraine.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  EXPECT_FALSE(Has(d, "POL", "ASSAULT", "UKR")) << Summary(d);
}

TEST(Dateline, CityAndAgencyOfTheDatelineAreNoActors) {
  Doc d =
      RunText("LONDON (Reuters) - Thousands of people protested against Israel on Saturday.", "en");
  EXPECT_FALSE(Has(d, "GBR", "PROTEST", "ISR")) << Summary(d);
  // Several cities joined by slashes: the second is no subject either.
  d = RunText(
      "ANKARA/MOSCOW, Nov 24 (Reuters) - Turkish jets shot down a Russian warplane, saying it had "
      "violated Turkish airspace.",
      "en");
  EXPECT_TRUE(Has(d, "TUR", "ACCUSE", "RUS")) << Summary(d);
}

TEST(Complement, AThreatenedActionIsNoAssertedEvent) {
  Doc d = RunText("North Korea threatened to shoot down US spy planes.", "en");
  EXPECT_TRUE(Has(d, "PRK", "THREATEN", "USA")) << Summary(d);
  EXPECT_FALSE(Has(d, "PRK", "ASSAULT", "USA")) << Summary(d);
}

TEST(Complement, AnAllegedActionIsNoAssertedEvent) {
  Doc d = RunText("Ukraine accused Russia of attacking the Zaporizhzhia plant.", "en");
  EXPECT_TRUE(Has(d, "UKR", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("Філіппіни звинуватили Китай в атаці на свої судна.", "uk");
  EXPECT_TRUE(Has(d, "PHL", "ACCUSE", "CHN")) << Summary(d);
  EXPECT_FALSE(Has(d, "CHN", "ASSAULT", "PHL")) << Summary(d);
}

TEST(Complement, AVerbCoordinatedWithTheThreatIsItsOwnEvent) {
  Doc d = RunText("Russia warned Ukraine and then attacked Kharkiv.", "en");
  EXPECT_TRUE(Has(d, "RUS", "THREATEN", "UKR")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
}

TEST(Targets, AVisitedCapitalStandsForItsState) {
  Doc d = RunText("Modi will visit Moscow next week.", "en");
  EXPECT_TRUE(Has(d, "IND", "CONSULT", "RUS")) << Summary(d);
}

TEST(Anaphora, TheBlocIsTheLatestOrganisation) {
  Doc d =
      RunText("The EU imposed new sanctions on Russia. Kyiv urged the bloc to go further.", "en");
  EXPECT_TRUE(Has(d, "UKR", "REQUEST", "IGO:EU")) << Summary(d);
}

TEST(Anaphora, CallingAnActNegativeCriticisesItsAuthor) {
  Doc d = RunText("NATO sent troops to Estonia. Moscow called the move hostile.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "IGO:NATO")) << Summary(d);
  d = RunText("The EU called the talks with China constructive.", "en");
  EXPECT_FALSE(Has(d, "IGO:EU", "ACCUSE", "CHN")) << Summary(d);
}

TEST(Anaphora, AnEventNounPointsToItsAuthor) {
  Doc d = RunText(
      "The International Criminal Court issued an arrest warrant for Vladimir Putin. Moscow "
      "dismissed the move as void, and Ukraine welcomed the decision.",
      "en");
  EXPECT_TRUE(Has(d, "RUS", "REJECT", "IGO:ICC")) << Summary(d);
  EXPECT_TRUE(Has(d, "UKR", "SUPPORT", "IGO:ICC")) << Summary(d);
}

TEST(Mutual, AnExchangeActsBothWays) {
  Doc d = RunText("Russia and Ukraine exchanged nearly 500 prisoners of war on Friday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONCEDE", "UKR")) << Summary(d);
  EXPECT_TRUE(Has(d, "UKR", "CONCEDE", "RUS")) << Summary(d);
}

TEST(Mutual, EachOtherMakesTheSourcesTargets) {
  Doc d = RunText("Moscow and Kyiv accused each other of shelling the plant.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
  EXPECT_TRUE(Has(d, "UKR", "ACCUSE", "RUS")) << Summary(d);
}

TEST(Lists, TiesBetweenTwoStates) {
  Doc d = RunText(
      "Washington voiced alarm at the deepening military ties between Moscow and Pyongyang.", "en");
  EXPECT_TRUE(Has(d, "RUS", "COOPERATE", "PRK")) << Summary(d);
  EXPECT_FALSE(Has(d, "USA", "COOPERATE", "RUS")) << Summary(d);
}

TEST(Proxy, ABodyInACountryActsForIt) {
  Doc d = RunText("A court in Guyana has issued arrest warrants for two Brazilian men.", "en");
  EXPECT_TRUE(Has(d, "GUY", "COERCE", "BRA")) << Summary(d);
  d = RunText("Officials in Kyiv accused Moscow of lying.", "en");
  EXPECT_TRUE(Has(d, "UKR", "ACCUSE", "RUS")) << Summary(d);
  // A governed actor without a proxy noun is no subject, unless it is a seat of power.
  d = RunText("In Lviv the minister accused Moscow of lying.", "en");
  EXPECT_FALSE(Has(d, "UKR", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("У Кремлі назвали ці звинувачення абсурдними і звинуватили Київ.", "uk");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
  d = RunText("В Вашингтоне осудили Пхеньян.", "ru");
  EXPECT_TRUE(Has(d, "USA", "ACCUSE", "PRK")) << Summary(d);
}

TEST(Anaphora, AnEventNounNamesAllItsSources) {
  Doc d = RunText(
      "The United States and Britain launched airstrikes on targets in Yemen. Iran condemned the "
      "raids.",
      "en");
  EXPECT_TRUE(Has(d, "IRN", "ACCUSE", "USA")) << Summary(d);
  EXPECT_TRUE(Has(d, "IRN", "ACCUSE", "GBR")) << Summary(d);
}

TEST(Anaphora, TheSidesAreTheSentencesFirstMeeting) {
  Doc d = RunText(
      "Lavrov held talks with Wang Yi in Beijing, days after Janet Yellen's visit to China. The "
      "two "
      "ministers accused Washington of hypocrisy.",
      "en", "2024-04-09");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "USA")) << Summary(d);
  EXPECT_TRUE(Has(d, "CHN", "ACCUSE", "USA")) << Summary(d);
}

TEST(SharedSubject, AVerbAfterButHasTheSubjectBeforeIt) {
  Doc d = RunText(
      "The French president welcomed the ceasefire, but warned that Paris would impose sanctions "
      "on Israel.",
      "en");
  EXPECT_TRUE(Has(d, "FRA", "THREATEN", "ISR")) << Summary(d);
  d = RunText("Уряд Литви схвалив рішення, але закликав Польщу до діалогу.", "uk");
  EXPECT_TRUE(Has(d, "LTU", "REQUEST", "POL")) << Summary(d);
}

TEST(Next, AtTheRequestOfAStateTheMainClauseActs) {
  Doc d = RunText("At the request of Poland, NATO held consultations.", "en");
  EXPECT_TRUE(Has(d, "POL", "REQUEST", "IGO:NATO")) << Summary(d);
}

TEST(Frames, MakeSomeonePayIsAThreat) {
  Doc d = RunText("Iran vowed to make Israel pay for the killing.", "en");
  EXPECT_TRUE(Has(d, "IRN", "THREATEN", "ISR")) << Summary(d);
}

// A dash inside a numeric range is no clause boundary: the object search reads past it.
TEST(Objects, ANumericRangeDoesNotEndTheObjectSearch) {
  Doc d = RunText("Япония безвозмездно передаст по 10–20 тысяч тонн риса Кении и Уганде.", "ru");
  EXPECT_TRUE(Has(d, "JPN", "AID", "KEN")) << Summary(d);
  EXPECT_TRUE(Has(d, "JPN", "AID", "UGA")) << Summary(d);
}

// "The two countries" with no meeting reported yet: the two countries last set against each other;
// a one-word "the sides" still needs a meeting.
TEST(Sides, TheTwoCountriesWithoutAMeetingAreTheLastPair) {
  Doc d = RunText(
      "Ethiopia accused Eritrea of arming rebels on Monday. The foreign ministers of the two "
      "countries met in Nairobi on Friday.",
      "en");
  EXPECT_TRUE(Has(d, "ETH", "CONSULT", "ERI")) << Summary(d);
  d = RunText(
      "Міністри оборони двох країн поговорили телефоном після того, як Румунія звинуватила "
      "Молдову у провокації.",
      "uk");
  EXPECT_FALSE(Has(d, "ROU", "CONSULT", "MDA")) << Summary(d);
}

// A mediator named after talks whose parties the clause does not name goes between the parties
// the text last set against each other; the seat of the mediator ("в Найроби") is no party.
TEST(Mediation, TheMediatorConsultsWithTheLastParties) {
  Doc d = RunText(
      "Судан обвинил Эфиопию в нарушении границы в понедельник. Консультации состоялись в Найроби "
      "при посредничестве Кении.",
      "ru");
  EXPECT_TRUE(Has(d, "KEN", "CONSULT", "SDN")) << Summary(d);
  EXPECT_TRUE(Has(d, "KEN", "CONSULT", "ETH")) << Summary(d);
  d = RunText(
      "Sudan accused Ethiopia of violating its border on Monday. Talks in Nairobi on Thursday were "
      "mediated by Kenya.",
      "en");
  EXPECT_TRUE(Has(d, "KEN", "CONSULT", "SDN")) << Summary(d);
  EXPECT_TRUE(Has(d, "KEN", "CONSULT", "ETH")) << Summary(d);
}

// Event nouns name earlier acts ("назвал произошедшее провокацией"); a noun whose author is named
// by a name that is no actor ("решение Страсбурга") refers to no earlier act.
TEST(EventNouns, WhatHappenedAndANamedNonActorAuthor) {
  Doc d = RunText(
      "Литва закрыла границу с Беларусью в понедельник. Минск назвал произошедшее провокацией.",
      "ru");
  EXPECT_TRUE(Has(d, "BLR", "ACCUSE", "LTU")) << Summary(d);
  d = RunText(
      "Польша ввела санкции против Беларуси в понедельник. Минск отверг решение Страсбурга.", "ru");
  EXPECT_FALSE(Has(d, "BLR", "REJECT", "POL")) << Summary(d);
}

// A Slavic passive with its agent in the bare instrumental; its subject names an earlier act.
TEST(Passive, InstrumentalAgentAndAnEventNounSubject) {
  Doc d = RunText(
      "Франция нанесла удар по Мали в понедельник. Операция была поддержана Чадом и Нигером.",
      "ru");
  EXPECT_TRUE(Has(d, "TCD", "SUPPORT", "FRA")) << Summary(d);
  EXPECT_TRUE(Has(d, "NER", "SUPPORT", "FRA")) << Summary(d);
  d = RunText(
      "Франція завдала удару по Малі в понеділок. Операція була підтримана Чадом і Нігером.", "uk");
  EXPECT_TRUE(Has(d, "TCD", "SUPPORT", "FRA")) << Summary(d);
}

// "after", "before", "since" open a clause: the actor right after one is its verb's subject.
TEST(SharedSubject, AClauseOpeningPrepositionDoesNotHideTheSubject) {
  Doc d = RunText("Beijing protested on Monday after Washington imposed tariffs on Chinese steel.",
                  "en");
  EXPECT_TRUE(Has(d, "USA", "SANCTION", "CHN")) << Summary(d);
}

// Protesters with no target named protest against their own state; a state that protests with
// no target protests against nobody; a group's demand is not made of its country's partners.
TEST(Home, ProtestersWithoutATargetProtestAgainstTheirState) {
  Doc d = RunText("Protesters marched in Tbilisi on Sunday.", "en");
  EXPECT_TRUE(Has(d, "GEO", "PROTEST", "GEO")) << Summary(d);
  for (const Event& e : d.events) {  // the state by the id the gazetteer gives it
    if (e.type == "PROTEST") {
      EXPECT_EQ(e.tgt.actor, "Q230") << Summary(d);
    }
  }
  d = RunText("Протестувальники провели акцію в Тбілісі в неділю.", "uk");
  EXPECT_TRUE(Has(d, "GEO", "PROTEST", "GEO")) << Summary(d);
  d = RunText("China protested on Monday.", "en");
  EXPECT_TRUE(d.events.empty()) << Summary(d);
  d = RunText(
      "Іран затримав британський танкер у вівторок. Студенти провели акцію в Тегерані, вимагаючи "
      "покарати винних.",
      "uk");
  EXPECT_FALSE(Has(d, "IRN", "REQUEST", "GBR")) << Summary(d);
}

// "трьох країн", "трёх стран", "the three countries": the latest list of exactly that many states,
// never the tail of a longer list.
TEST(NumberedStates, ANumberedPhraseNamesTheLatestListOfThatManyStates) {
  Doc d = RunText(
      "Литва, Латвія та Естонія закрили кордони в понеділок. Москва засудила рішення трьох країн.",
      "uk");
  for (const char* t : {"LTU", "LVA", "EST"}) EXPECT_TRUE(Has(d, "RUS", "ACCUSE", t)) << Summary(d);
  d = RunText(
      "Литва, Латвия и Эстония закрыли границы в понедельник. Россия отозвала послов из "
      "трёх стран.",
      "ru");
  for (const char* t : {"LTU", "LVA", "EST"})
    EXPECT_TRUE(Has(d, "RUS", "SANCTION", t)) << Summary(d);
  d = RunText(
      "Spain, Ireland, Norway and Slovenia recognised Palestine on Tuesday. Israel recalled its "
      "envoys from the three countries.",
      "en");
  EXPECT_FALSE(Has(d, "ISR", "SANCTION", "IRL")) << Summary(d);
}

// A relative word with the clause's own subject after it stands for the object.
TEST(Objects, ARelativeWordBeforeTheSubjectIsTheObject) {
  Doc d = RunText("Georgia, which Russia invaded in 2008, protested on Monday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "GEO")) << Summary(d);
  d = RunText("Посередником виступила Туреччина, якій Зеленський висловив подяку.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "SUPPORT", "TUR")) << Summary(d);
}

// A quotation, a comma and a conjunction between a verb and the subject it shares.
TEST(SharedSubject, AQuotationCommaAndConjunctionKeepTheSubject) {
  Doc d = RunText(
      "Японська берегова охорона заявила, що діяла «законно», і звинуватила Пекін у провокації.",
      "uk");
  EXPECT_TRUE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
}

// An event noun with its author before the verb ("визит … министра назвали провокацией"): the
// author is no subject but the target; coordinated seats after a locative preposition all speak.
TEST(EventNouns, ANounAndItsAuthorBeforeTheVerbAndCoordinatedSeats) {
  Doc d = RunText(
      "Глава МИД Ирана прилетел в Каракас. В Лондоне и Париже визит иранского министра назвали "
      "провокацией.",
      "ru");
  EXPECT_TRUE(Has(d, "GBR", "ACCUSE", "IRN")) << Summary(d);
  EXPECT_TRUE(Has(d, "FRA", "ACCUSE", "IRN")) << Summary(d);
  EXPECT_FALSE(Has(d, "IRN", "ACCUSE", "IRN")) << Summary(d);
}

// A short parenthetical between commas ("как ожидается", "як повідомляється") does not cut the
// subject off its verb.
TEST(SharedSubject, AParentheticalDoesNotHideTheSubject) {
  Doc d = RunText("Эрдоган и Алиев, как ожидается, проведут переговоры в Баку.", "ru");
  EXPECT_TRUE(Has(d, "TUR", "CONSULT", "AZE") || Has(d, "AZE", "CONSULT", "TUR")) << Summary(d);
}

// A noun trigger's agent may be a demonym inside it ("вывод британского контингента").
TEST(Agents, ADemonymInsideTheTriggerIsItsAgent) {
  Doc d = RunText("Вывод британского контингента из Ирака начался в понедельник.", "ru");
  EXPECT_TRUE(Has(d, "GBR", "RETREAT", "IRQ")) << Summary(d);
}

// A mediator goes between two other parties, not its own visitor and itself.
TEST(Mediation, TheMediatorIsNoneOfTheParties) {
  Doc d = RunText(
      "Армения обвинила Азербайджан в обстреле. Глава МИД Армении прилетел в Катар. Переговоры "
      "проходили при посредничестве Катара.",
      "ru");
  EXPECT_TRUE(Has(d, "QAT", "CONSULT", "AZE")) << Summary(d);
}

// Officials "of both countries" after a preposition stand for the two countries; accession to an
// alliance; "the Islamic Republic" is Iran.
TEST(Proxies, OfficialsOfBothCountriesAccessionAndTheIslamicRepublic) {
  Doc d = RunText(
      "India shelled Pakistani posts on Monday. The US envoy spoke with the foreign ministers of "
      "both countries on Tuesday.",
      "en");
  EXPECT_TRUE(Has(d, "USA", "CONSULT", "IND")) << Summary(d);
  EXPECT_TRUE(Has(d, "USA", "CONSULT", "PAK")) << Summary(d);
  d = RunText("Finland became a member of NATO on Tuesday.", "en");
  EXPECT_TRUE(Has(d, "FIN", "AGREE", "IGO:NATO")) << Summary(d);
  d = RunText("Israel struck targets in the Islamic Republic on Friday.", "en");
  EXPECT_TRUE(Has(d, "ISR", "ASSAULT", "IRN")) << Summary(d);
}

// An agent preposition right after an action noun names its agent; after an article the trigger
// is that noun, no passive participle.
TEST(Agent, ANounsAgentAfterBy) {
  Doc d = RunText("The attack by Russia on Kyiv killed 10 people.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  d = RunText("The first visit by an Indian prime minister to Vienna was in 1983.", "en");
  EXPECT_TRUE(Has(d, "IND", "CONSULT", "AUT")) << Summary(d);
  d = RunText("Ukraine was attacked by Russia on Friday.", "en");
  EXPECT_TRUE(Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
}

// The tail of a list a preposition governs is no subject ("between Tehran and …, Russia and
// China").
TEST(SharedSubject, TheTailOfAGovernedListIsNoSubject) {
  Doc d = RunText(
      "The deal between Tehran and the United States, Britain, Russia and China was announced "
      "after two weeks of negotiations.",
      "en");
  EXPECT_FALSE(Has(d, "CHN", "CONSULT", "RUS")) << Summary(d);
  EXPECT_FALSE(Has(d, "RUS", "CONSULT", "CHN")) << Summary(d);
  d = RunText("Russia and China held talks in Beijing.", "en");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "CHN") || Has(d, "CHN", "CONSULT", "RUS")) << Summary(d);
}

// The subject of a verb of saying is no agent of an act a noun after it names.
TEST(Agent, ASpeakerIsNoAgentOfANounAfterItsVerb) {
  Doc d = RunText(
      "The United States and Britain struck Yemen early Friday, US officials said, in retaliation "
      "for weeks of attacks on shipping. A Houthi spokesman condemned the raids.",
      "en");
  EXPECT_TRUE(Has(d, "YEM", "ACCUSE", "GBR")) << Summary(d);
  EXPECT_TRUE(Has(d, "YEM", "ACCUSE", "USA")) << Summary(d);
}

// An infinitive of purpose right after its conjunction has the main clause's subject; a finite
// verb after it has its own.
TEST(SharedSubject, AnInfinitiveOfPurposeHasTheMainSubject) {
  Doc d = RunText(
      "Лідери ЄС зберуться на саміт у Брюсселі, щоб ухвалити нові санкції проти Москви.", "uk");
  EXPECT_TRUE(Has(d, "IGO:EU", "SANCTION", "RUS")) << Summary(d);
  d = RunText("Поліція застосувала сльозогінний газ, щоб розігнати демонстрантів у Тбілісі.", "uk");
  EXPECT_TRUE(Has(d, "GEO", "COERCE", "GEO")) << Summary(d);
  d = RunText("Франція вимагала, щоб Росія вивела війська з Молдови.", "uk");
  EXPECT_FALSE(Has(d, "FRA", "RETREAT", "MDA")) << Summary(d);
}

// A noun with no agent of its own gives a verb coordinated after it no subject to share.
TEST(SharedSubject, ANounsMissingAgentIsNotShared) {
  Doc d = RunText(
      "Under the deal, Iran will reduce its stockpile by 98 percent and grant inspectors from the "
      "International Atomic Energy Agency wider access.",
      "en");
  EXPECT_TRUE(Has(d, "IRN", "CONCEDE", "IGO:IAEA")) << Summary(d);
}

}  // namespace
}  // namespace entente
