// The general wire-copy vocabulary of data/lang/uk/events.tsv, one family of frames per PLOVER
// type, on sentences written for these tests: each must give its event (source, type, target),
// and sentences where a trigger word stands in another sense, sport, anniversaries or guarded
// phrases ("за допомогою", "про співпрацю") must give nothing.
#include <gtest/gtest.h>

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

TEST(FramesUk, Assault) {
  ExpectEvents(
      {{"Росія завдала масованого ракетного удару по Києву.", "RUS", "ASSAULT", "UKR", "195"},
       {"Ізраїль завдав авіаудару по півдню Лівану.", "ISR", "ASSAULT", "LBN", "195"},
       {"Атака Ірану на Ізраїль тривала кілька годин.", "IRN", "ASSAULT", "ISR"},
       {"Північна Корея відкрила вогонь по Південній Кореї.", "PRK", "ASSAULT", "KOR"},
       {"Туреччина збила російський літак біля кордону з Сирією.", "TUR", "ASSAULT", "RUS"},
       {"Росія розпочала наступ на Харків.", "RUS", "ASSAULT", "UKR"},
       {"Ізраїль бомбардував Бейрут.", "ISR", "ASSAULT", "LBN", "195"}},
      "uk");
}

TEST(FramesUk, SeizingAShipIsCoercionNotOccupation) {
  ExpectEvents(
      {{"Іран захопив британський танкер у Перській затоці.", "IRN", "COERCE", "GBR", "171"}},
      "uk");
  EXPECT_FALSE(Has(RunText("Іран захопив британський танкер у Перській затоці.", "uk"), "IRN",
                   "ASSAULT", "GBR"));
}

TEST(FramesUk, Threaten) {
  ExpectEvents(
      {{"Росія попередила Фінляндію про наслідки вступу до НАТО.", "RUS", "THREATEN", "FIN"},
       {"Китай пригрозив Японії відповіддю.", "CHN", "THREATEN", "JPN"},
       {"Іран пообіцяв жорстку відповідь Ізраїлю.", "IRN", "THREATEN", "ISR", "138"}},
      "uk");
  // The threat's target is the party of the accusation it follows.
  Doc d = RunText("КНДР звинуватила Південну Корею в провокаціях і пригрозила рішучими заходами.",
                  "uk");
  EXPECT_TRUE(Has(d, "PRK", "ACCUSE", "KOR")) << Summary(d);
  EXPECT_TRUE(Has(d, "PRK", "THREATEN", "KOR")) << Summary(d);
}

TEST(FramesUk, ProtestAndComplaint) {
  ExpectEvents({{"Польща висловила протест проти дій Росії.", "POL", "ACCUSE", "RUS", "114"},
                {"Японія вручила ноту протесту послу Китаю.", "JPN", "ACCUSE", "CHN", "114"}},
               "uk");
}

TEST(FramesUk, Sanction) {
  ExpectEvents(
      {{"ЄС запровадив нові санкції проти Ірану.", "IGO:EU", "SANCTION", "IRN", "163"},
       {"Польща заборонила імпорт українського зерна.", "POL", "SANCTION", "UKR"},
       {"Фінляндія закрила кордон з Росією.", "FIN", "SANCTION", "RUS"},
       {"Японія заморозила російські активи.", "JPN", "SANCTION", "RUS"},
       {"Ізраїль відкликав свого посла з Туреччини.", "ISR", "SANCTION", "TUR", "161"},
       {"Нігер розірвав угоду про військову співпрацю зі США.", "NER", "SANCTION", "USA"},
       {"Росія запровадить мита на товари з Японії наступного місяця.", "RUS", "SANCTION", "JPN"}},
      "uk");
  // Ending a cooperation deal is no cooperation.
  EXPECT_FALSE(Has(RunText("Нігер розірвав угоду про військову співпрацю зі США.", "uk"), "NER",
                   "COOPERATE", "USA"));
}

TEST(FramesUk, ConcessionsAndRetreat) {
  ExpectEvents({{"США зняли санкції з Венесуели.", "USA", "CONCEDE", "VEN", "085"},
                {"Росія звільнила громадянина США.", "RUS", "CONCEDE", "USA", "084"},
                {"Україна провела обмін полоненими з Росією.", "UKR", "CONCEDE", "RUS", "084"},
                {"США вивели війська з Афганістану.", "USA", "RETREAT", "AFG", "087"},
                {"Росія відвела підрозділи з Херсона.", "RUS", "RETREAT", "UKR"}},
               "uk");
}

TEST(FramesUk, Coerce) {
  ExpectEvents({{"Росія взяла під варту громадянина США.", "RUS", "COERCE", "USA", "173"},
                {"Польща вислала посла Росії.", "POL", "SANCTION", "RUS"},
                // A prison sentence is legal action, not condemnation.
                {"Росія засудила громадянина Франції до трьох років ув'язнення.", "RUS", "COERCE",
                 "FRA", "173"}},
               "uk");
  EXPECT_FALSE(Has(RunText("Росія засудила громадянина Франції до трьох років ув'язнення.", "uk"),
                   "RUS", "ACCUSE", "FRA"));
}

TEST(FramesUk, Aid) {
  ExpectEvents({{"Німеччина виділила Україні 500 мільйонів євро допомоги.", "DEU", "AID", "UKR"},
                {"США передали Україні нові системи ППО.", "USA", "AID", "UKR"},
                {"Росія списала Кубі борги.", "RUS", "AID", "CUB", "071"}},
               "uk");
}

TEST(FramesUk, Support) {
  ExpectEvents({{"Польща висловила підтримку Україні.", "POL", "SUPPORT", "UKR"},
                {"Зеленський подякував Німеччині за допомогу.", "UKR", "SUPPORT", "DEU"},
                {"Іспанія визнала Палестинську державу.", "ESP", "SUPPORT", "PSE", "054"},
                {"Іран приніс вибачення Україні.", "IRN", "SUPPORT", "UKR", "055"},
                {"Франція вітає рішення Німеччини.", "FRA", "SUPPORT", "DEU"}},
               "uk");
}

TEST(FramesUk, AccuseAndReject) {
  ExpectEvents(
      {{"Україна поклала відповідальність за катастрофу на Росію.", "UKR", "ACCUSE", "RUS", "112"},
       {"Польща назвала Росію агресором.", "POL", "ACCUSE", "RUS"},
       {"Україна подала позов проти Росії до Міжнародного суду ООН.", "UKR", "ACCUSE", "RUS",
        "115"},
       // Calling the accusations baseless rejects them.
       {"Китай назвав звинувачення США безпідставними.", "CHN", "REJECT", "USA"},
       {"Угорщина відмовилася від участі в саміті з Україною.", "HUN", "REJECT", "UKR"},
       {"США наклали вето на проект резолюції Алжиру.", "USA", "REJECT", "DZA", "129"}},
      "uk");
}

TEST(FramesUk, RejectingADemandTargetsTheDemander) {
  Doc d = RunText("Росія вимагала вивести війська, проте Україна відкинула цю вимогу.", "uk");
  EXPECT_TRUE(Has(d, "UKR", "REJECT", "RUS")) << Summary(d);
  Doc a = RunText("Польща звинуватила Білорусь у провокаціях. Мінськ відкинув звинувачення.", "uk");
  EXPECT_TRUE(Has(a, "BLR", "REJECT", "POL")) << Summary(a);
}

TEST(FramesUk, Request) {
  ExpectEvents({{"Україна попросила Німеччину передати танки.", "UKR", "REQUEST", "DEU"},
                {"Білий дім зажадав від Росії звільнити журналіста.", "USA", "REQUEST", "RUS"},
                {"Генсек ООН звернувся до Росії та України з проханням припинити вогонь.", "IGO:UN",
                 "REQUEST", "RUS"},
                {"Генсек ООН звернувся до Росії та України з проханням припинити вогонь.", "IGO:UN",
                 "REQUEST", "UKR"}},
               "uk");
  // The requested handover is not the requester's.
  EXPECT_FALSE(
      Has(RunText("Україна попросила Німеччину передати танки.", "uk"), "UKR", "AID", "DEU"));
}

TEST(FramesUk, Mobilize) {
  ExpectEvents(
      {{"Китай розпочав масштабні навчання навколо Тайваню.", "CHN", "MOBILIZE", "TWN"},
       {"Росія перекинула війська до кордону з Україною.", "RUS", "MOBILIZE", "UKR", "154"}},
      "uk");
}

TEST(FramesUk, AgreeConsultCooperate) {
  ExpectEvents(
      {{"Україна погодилася на пропозицію США.", "UKR", "AGREE", "USA"},
       {"Орбан запросив прем'єр-міністра Ізраїлю до Будапешта.", "HUN", "AGREE", "ISR", "036"},
       {"США відновили обмін розвідданими з Україною.", "USA", "COOPERATE", "UKR", "064"},
       {"Індія імпортує російську нафту.", "IND", "COOPERATE", "RUS"},
       {"Китай хоче нормалізувати відносини з Японією.", "CHN", "COOPERATE", "JPN"}},
      "uk");
  ExpectMutual(
      {{"Вірменія та Азербайджан досягли домовленості про мир.", "ARM", "AGREE", "AZE"},
       {"Байден і Сі Цзіньпін провели відеоконференцію.", "USA", "CONSULT", "CHN"},
       {"Росія та Китай провели спільні навчання в Японському морі.", "RUS", "COOPERATE", "CHN"}},
      "uk");
}

TEST(FramesUk, OtherSensesGiveNothing) {
  ExpectNothing({"Шахтар переміг Динамо з рахунком 2:1.",
                 "Футболіст завдав удару по воротах суперника.", "Атака Динамо завершилася голом.",
                 "У річницю вторгнення Росії в Україну в Києві відбулася хвилина мовчання.",
                 "Наступного тижня відбудеться засідання уряду України.",
                 "Україна за допомогою Франції відновила енергосистему.",
                 "Президент звернув увагу на проблеми економіки України.",
                 "Міністр оборони Росії відвідав війська на фронті.",
                 // "Попередити про" a visit is notice, not a threat.
                 "Росію попередили про візит за кілька годин до його початку."},
                "uk");
}

TEST(FramesUk, HypotheticalIsHedgedAndRecapKeepsItsDate) {
  EXPECT_EQ(ModalityOf("Якщо Росія нападе на країну НАТО, альянс відповість.", "uk"),
            Modality::kHedged);
  Doc d = RunText("У 2014 році Росія окупувала Крим.", "uk", "2024-05-01");
  ASSERT_FALSE(d.events.empty()) << Summary(d);
  EXPECT_EQ(d.events[0].date, "2014");
}

TEST(FramesUk, ModalityCues) {
  EXPECT_EQ(ModalityOf("Росія нібито передала Ірану винищувачі.", "uk"), Modality::kHedged);
  EXPECT_EQ(ModalityOf("Франція не надала Україні допомоги.", "uk"), Modality::kNegated);
  EXPECT_EQ(ModalityOf("Росія планує перекинути війська до кордону з Фінляндією.", "uk"),
            Modality::kPlanned);
  EXPECT_EQ(ModalityOf("Україна, з посиланням на розвідку, звинуватила Росію в атаці.", "uk"),
            Modality::kReported);
}

TEST(FramesUk, WeekdayInTheGenitive) {
  Doc d = RunText("У ніч проти суботи Росія атакувала Київ.", "uk", "2024-05-01");
  ASSERT_FALSE(d.events.empty()) << Summary(d);
  EXPECT_EQ(d.events[0].date, "2024-04-27");
}

}  // namespace
}  // namespace entente
