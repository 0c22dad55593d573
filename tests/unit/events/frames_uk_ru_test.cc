// Role syntax shared by Ukrainian and Russian frames: reciprocals, exchanges, the sides, event
// nouns and their authors, seats of power and bodies named after their state.
#include <gtest/gtest.h>

#include <tuple>

#include "frame_cases.h"

namespace entente {
namespace {

using testing::Case;
using testing::ExpectEvents;
using testing::ExpectMutual;
using testing::ExpectNothing;
using testing::Has;
using testing::ModalityOf;
using testing::RunText;
using testing::Summary;

TEST(FramesUkRu, EachOtherMakesTheSourcesTargets) {
  Doc uk = RunText("Росія та Україна звинуватили одна одну в обстрілі станції.", "uk");
  EXPECT_TRUE(Has(uk, "RUS", "ACCUSE", "UKR")) << Summary(uk);
  EXPECT_TRUE(Has(uk, "UKR", "ACCUSE", "RUS")) << Summary(uk);
  Doc ru = RunText("Москва и Киев обвинили друг друга в обстреле станции.", "ru");
  EXPECT_TRUE(Has(ru, "RUS", "ACCUSE", "UKR")) << Summary(ru);
  EXPECT_TRUE(Has(ru, "UKR", "ACCUSE", "RUS")) << Summary(ru);
}

TEST(FramesUkRu, ExchangesActBothWaysAndMeetingsPairEveryone) {
  Doc d = RunText("Україна та Росія обмінялися полоненими.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "CONCEDE", "RUS")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "CONCEDE", "UKR")) << Summary(d);
  d = RunText("Лідери України, Росії, Франції та Німеччини зустрілися в Парижі.", "uk");
  EXPECT_EQ(d.events.size(), 6u) << Summary(d);
  EXPECT_TRUE(Has(d, "DEU", "CONSULT", "UKR") || Has(d, "UKR", "CONSULT", "DEU")) << Summary(d);
}

TEST(FramesUkRu, TriggerWordIsNoNegationOfItself) {
  Doc d = RunText("Угорщина відмовилася від пропозиції Китаю.", "uk");
  bool reject = false;
  for (const Event& e : d.events) {
    if (e.type != "REJECT") continue;
    reject = true;
    EXPECT_NE(e.modality, Modality::kNegated) << Summary(d);
  }
  EXPECT_TRUE(reject) << Summary(d);
}

TEST(FramesUkRu, TheSidesAsObject) {
  Doc d = RunText(
      "Міністр закордонних справ Туреччини зустрівся з главою МЗС Ірану. Китай закликав сторони "
      "до стриманості.",
      "uk");
  EXPECT_TRUE(Has(d, "CHN", "REQUEST", "TUR")) << Summary(d);
  EXPECT_TRUE(Has(d, "CHN", "REQUEST", "IRN")) << Summary(d);
}

TEST(FramesUkRu, AnUnknownBodyNamedAfterItsStateActsForIt) {
  Doc d = RunText("МЗС Польщі засудило Росію.", "uk");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("Верховный суд Пакистана осудил решение Индии.", "ru");
  EXPECT_TRUE(Has(d, "PAK", "ACCUSE", "IND")) << Summary(d);
}

TEST(FramesUkRu, LeadersGatheringMeetEachOther) {
  Doc d = RunText("Учора в Парижі зібралися лідери України, Франції та Німеччини.", "uk");
  EXPECT_EQ(d.events.size(), 3u) << Summary(d);
  d = RunText("В Париже собрались лидеры Украины, Франции и Германии.", "ru");
  EXPECT_EQ(d.events.size(), 3u) << Summary(d);
  // Gathering money or evidence is no meeting.
  EXPECT_TRUE(RunText("Україна та Польща зібрали гроші для лікарні.", "uk").events.empty());
}

TEST(FramesUkRu, QuotesInsideATrigger) {
  Doc d = RunText("Україна атакувала Росію. Путін назвав удар «великою провокацією».", "uk");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
}

TEST(FramesUkRu, RefusingAWarrantRejectsItsIssuer) {
  Doc d = RunText(
      "Международный уголовный суд выдал ордер на арест Нетаньяху. Венгрия в пятницу отказалась "
      "исполнять ордер.",
      "ru");
  EXPECT_TRUE(Has(d, "HUN", "REJECT", "IGO:ICC")) << Summary(d);
}

TEST(FramesUkRu, AnEventNounsAuthorRightAfterIt) {
  Doc d = RunText("Нью-Делі відкидає заклики Заходу обмежити закупівлі російської нафти.", "uk");
  EXPECT_TRUE(Has(d, "IND", "REJECT", "REG:WEST")) << Summary(d);
}

TEST(FramesUkRu, AnEventNounBeforeItsVerb) {
  Doc d = RunText("Финляндия обвинила Россию в гибридной атаке. В Кремле эти обвинения отвергли.",
                  "ru");
  EXPECT_TRUE(Has(d, "RUS", "REJECT", "FIN")) << Summary(d);
}

TEST(FramesUkRu, TheLeadersTalksAreTheSides) {
  Doc d = RunText(
      "Путин прибыл в Пхеньян, где его встретил Ким Чен Ын. Переговоры лидеров продлились пять "
      "часов.",
      "ru");
  EXPECT_TRUE(Has(d, "RUS", "CONSULT", "PRK") || Has(d, "PRK", "CONSULT", "RUS")) << Summary(d);
  size_t talks = 0;
  for (const Event& e : d.events) talks += e.trigger_text == "Переговоры";
  EXPECT_EQ(talks, 1u) << Summary(d);
}

TEST(FramesUkRu, CoordinatedSeatsOfPowerAllSpeak) {
  Doc d = RunText("В Вашингтоне и в Сеуле осудили Пхеньян.", "ru");
  EXPECT_TRUE(Has(d, "USA", "ACCUSE", "PRK")) << Summary(d);
  EXPECT_TRUE(Has(d, "KOR", "ACCUSE", "PRK")) << Summary(d);
}

TEST(FramesUkRu, SecurityServicesActForTheirState) {
  Doc d = RunText("ФСБ задержала американского журналиста.", "ru");
  EXPECT_TRUE(Has(d, "RUS", "COERCE", "USA")) << Summary(d);
  d = RunText("СБУ затримала російського агента.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "COERCE", "RUS")) << Summary(d);
}

TEST(FramesUkRu, AVerbAfterAnEventNounObjectKeepsTheSubject) {
  Doc d = RunText("Польща засудила напад і викликала посла Росії.", "uk");
  EXPECT_TRUE(Has(d, "POL", "ACCUSE", "RUS")) << Summary(d);
  d = RunText("Швеция осудила нападение и вызвала посла Ирака.", "ru");
  EXPECT_TRUE(Has(d, "SWE", "ACCUSE", "IRQ")) << Summary(d);
}

TEST(FramesUkRu, AStateAClauseIsLocatedInSpeaksForIt) {
  Doc d = RunText("В Україні засудили рішення Угорщини.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "ACCUSE", "HUN")) << Summary(d);
  d = RunText("В Израиле осудили решение Турции.", "ru");
  EXPECT_TRUE(Has(d, "ISR", "ACCUSE", "TUR")) << Summary(d);
}

TEST(FramesUkRu, AnObjectGoesOnAfterIncluding) {
  Doc d = RunText(
      "Азербайджанская полиция задержала нескольких сотрудников, в том числе двух граждан "
      "России.",
      "ru");
  EXPECT_TRUE(Has(d, "AZE", "COERCE", "RUS")) << Summary(d);
  d = RunText("Поліція Грузії затримала кількох журналістів, зокрема громадян України.", "uk");
  EXPECT_TRUE(Has(d, "GEO", "COERCE", "UKR")) << Summary(d);
}

TEST(FramesUkRu, AtTheRequestOfTheAskerTheOneAskedActs) {
  Doc d = RunText("На прохання Вашингтона білоруська влада помилувала 52 ув'язнених.", "uk");
  EXPECT_TRUE(Has(d, "USA", "REQUEST", "BLR")) << Summary(d);
  d = RunText("По просьбе Турции НАТО провело экстренное заседание.", "ru");
  EXPECT_TRUE(Has(d, "TUR", "REQUEST", "IGO:NATO")) << Summary(d);
}

TEST(FramesUkRu, AVerbIsNoEventNounOfItsStem) {
  // "закликав" is no "заклик", "атаковали" no "атака": the verb after a criticism is its own.
  Doc d = RunText("Міністр України назвав знищення зерна неприпустимим і закликав Варшаву діяти.",
                  "uk");
  EXPECT_TRUE(Has(d, "UKR", "REQUEST", "POL")) << Summary(d);
  d = RunText("Китай осудил решение Японии и призвал Токио к сдержанности.", "ru");
  EXPECT_TRUE(Has(d, "CHN", "REQUEST", "JPN")) << Summary(d);
}

TEST(FramesUkRu, TheAccusedInThePassiveAccuseNobody) {
  const std::pair<const char*, const char*> cases[] = {
      {"Санкции затронули компании из Китая, которые обвиняются в помощи Москве.", "ru"},
      {"Компанії з Китаю, які звинувачуються в допомозі Москві, потрапили під санкції.", "uk"}};
  for (const auto& [t, lang] : cases) {
    Doc d = RunText(t, lang);
    EXPECT_FALSE(Has(d, "CHN", "ACCUSE", "RUS")) << Summary(d);
    EXPECT_FALSE(Has(d, "CHN", "AID", "RUS")) << Summary(d);  // the charge, no fact
  }
}

TEST(FramesUkRu, AQuoteAfterTheSubjectKeepsItsClause) {
  Doc d =
      RunText("Нетаньяху заявил, что Тегеран «совершил большую ошибку и заплатит за неё».", "ru");
  EXPECT_TRUE(Has(d, "ISR", "THREATEN", "IRN")) << Summary(d);
  // A name in quotes after a preposition is reached.
  d = RunText("Ізраїль розпочав наземну операцію проти «Хезболли».", "uk");
  EXPECT_TRUE(Has(d, "ISR", "ASSAULT", "LBN")) << Summary(d);
}

// A demand that names no addressee is made of the party the demander last dealt with.
TEST(FramesUkRu, ADemandWithoutAddresseeGoesToThePartner) {
  Doc d = RunText(
      "Китай затримав японського рибалку у вівторок. Токіо вимагає негайно звільнити рибалку.",
      "uk");
  EXPECT_TRUE(Has(d, "JPN", "REQUEST", "CHN")) << Summary(d);
  d = RunText(
      "Китай задержал японского рыбака во вторник. Токио потребовал немедленно освободить рыбака.",
      "ru");
  EXPECT_TRUE(Has(d, "JPN", "REQUEST", "CHN")) << Summary(d);
}

// An aid package or a warning that names no recipient goes to the party the actor deals with.
TEST(FramesUkRu, AidPackagesAndWarningsWithoutAddresseeGoToThePartner) {
  Doc d = RunText(
      "Канада підтримала Молдову в понеділок. Оттава оголосила новий пакет військової допомоги.",
      "uk");
  EXPECT_TRUE(Has(d, "CAN", "AID", "MDA")) << Summary(d);
  d = RunText("Иран задержал британское судно. Лондон предупредил о последствиях.", "ru");
  EXPECT_TRUE(Has(d, "GBR", "THREATEN", "IRN")) << Summary(d);
}

// A promised act is the one event (intended), no agreement besides it; support enjoyed or
// secured is given by the party named after it.
TEST(FramesUkRu, APromisedActIsTheOneEventAndSupportReceived) {
  for (const auto& [text, lang, type] :
       {std::tuple{"Катар пообіцяв вислати іранських дипломатів.", "uk", "COERCE"},
        std::tuple{"Катар пообещал выслать иранских дипломатов.", "ru", "SANCTION"}}) {
    Doc d = RunText(text, lang);
    EXPECT_TRUE(Has(d, "QAT", type, "IRN")) << Summary(d);
    EXPECT_FALSE(Has(d, "QAT", "AGREE", "IRN")) << Summary(d);
  }
  Doc d = RunText("Україна заручилася підтримкою Польщі.", "uk");
  EXPECT_TRUE(Has(d, "POL", "SUPPORT", "UKR")) << Summary(d);
  d = RunText("Сербия пользуется поддержкой России.", "ru");
  EXPECT_TRUE(Has(d, "RUS", "SUPPORT", "SRB")) << Summary(d);
}

}  // namespace
}  // namespace entente
