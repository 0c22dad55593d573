// The general wire-copy vocabulary of data/lang/ru/events.tsv, one family of frames per PLOVER
// type, on sentences written for these tests (see frames_uk_test.cc).
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

TEST(FramesRu, Assault) {
  ExpectEvents(
      {{"Россия нанесла массированный ракетный удар по Киеву.", "RUS", "ASSAULT", "UKR", "195"},
       {"Израиль нанёс авиаудар по югу Ливана.", "ISR", "ASSAULT", "LBN", "195"},
       {"Атака Ирана на Израиль продолжалась несколько часов.", "IRN", "ASSAULT", "ISR"},
       {"Северная Корея открыла огонь по Южной Корее.", "PRK", "ASSAULT", "KOR"},
       {"Турция сбила российский самолёт у границы с Сирией.", "TUR", "ASSAULT", "RUS"},
       {"Россия начала наступление на Харьков.", "RUS", "ASSAULT", "UKR"},
       {"Израиль бомбил Бейрут.", "ISR", "ASSAULT", "LBN", "195"},
       {"Иран захватил британский танкер в Персидском заливе.", "IRN", "COERCE", "GBR", "171"}},
      "ru");
}

TEST(FramesRu, ThreatenProtestComplain) {
  ExpectEvents(
      {{"Россия предупредила Финляндию о последствиях вступления в НАТО.", "RUS", "THREATEN", "FIN",
        "130"},
       {"Иран пообещал жёсткий ответ Израилю.", "IRN", "THREATEN", "ISR", "138"},
       {"КНДР обвинила Южную Корею в провокациях и пригрозила решительными мерами.", "PRK",
        "THREATEN", "KOR"},
       {"Польша выразила протест в связи с действиями России.", "POL", "ACCUSE", "RUS", "114"},
       {"Япония вручила ноту протеста послу Китая.", "JPN", "ACCUSE", "CHN", "114"}},
      "ru");
  // A warning is a threat, not a criticism.
  EXPECT_FALSE(
      Has(RunText("Россия предупредила Финляндию о последствиях.", "ru"), "RUS", "ACCUSE", "FIN"));
}

TEST(FramesRu, SanctionAndConcede) {
  ExpectEvents(
      {{"ЕС ввёл новые санкции против Ирана.", "IGO:EU", "SANCTION", "IRN", "163"},
       {"Польша запретила импорт украинского зерна.", "POL", "SANCTION", "UKR"},
       {"Финляндия закрыла границу с Россией.", "FIN", "SANCTION", "RUS"},
       {"Япония заморозила российские активы.", "JPN", "SANCTION", "RUS"},
       {"Израиль отозвал своего посла из Турции.", "ISR", "SANCTION", "TUR", "161"},
       {"Нигер разорвал соглашение о военном сотрудничестве с США.", "NER", "SANCTION", "USA"},
       {"Министр иностранных дел Израиля объявил Гутерриша персоной нон грата.", "ISR", "SANCTION",
        "IGO:UN"},
       {"США сняли санкции с Венесуэлы.", "USA", "CONCEDE", "VEN", "085"},
       {"Россия освободила гражданина США.", "RUS", "CONCEDE", "USA", "084"},
       {"Украина провела обмен пленными с Россией.", "UKR", "CONCEDE", "RUS"},
       {"США вывели войска из Афганистана.", "USA", "RETREAT", "AFG", "087"}},
      "ru");
  EXPECT_FALSE(Has(RunText("Нигер разорвал соглашение о военном сотрудничестве с США.", "ru"),
                   "NER", "COOPERATE", "USA"));
}

TEST(FramesRu, CoerceAidSupport) {
  ExpectEvents({{"Россия взяла под стражу гражданина США.", "RUS", "COERCE", "USA", "173"},
                {"Россия приговорила гражданина Франции к трём годам заключения.", "RUS", "COERCE",
                 "FRA", "173"},
                {"Германия выделила Украине 500 миллионов евро помощи.", "DEU", "AID", "UKR"},
                {"Россия списала Кубе долги.", "RUS", "AID", "CUB", "071"},
                {"Польша выразила поддержку Украине.", "POL", "SUPPORT", "UKR"},
                {"Зеленский поблагодарил Германию за помощь.", "UKR", "SUPPORT", "DEU"},
                {"Испания признала Палестинское государство.", "ESP", "SUPPORT", "PSE", "054"},
                {"Иран принёс извинения Украине.", "IRN", "SUPPORT", "UKR", "055"}},
               "ru");
}

TEST(FramesRu, AccuseRejectRequest) {
  ExpectEvents(
      {{"Украина возложила ответственность за катастрофу на Россию.", "UKR", "ACCUSE", "RUS",
        "112"},
       {"Польша назвала Россию агрессором.", "POL", "ACCUSE", "RUS"},
       {"Украина подала иск против России в Международный суд ООН.", "UKR", "ACCUSE", "RUS", "115"},
       {"Китай назвал обвинения США безосновательными.", "CHN", "REJECT", "USA"},
       {"Венгрия отказалась от участия в саммите с Украиной.", "HUN", "REJECT", "UKR"},
       {"США наложили вето на проект резолюции Алжира.", "USA", "REJECT", "DZA", "129"},
       {"Украина попросила Германию передать танки.", "UKR", "REQUEST", "DEU"},
       {"Генсек ООН обратился к России и Украине с призывом прекратить огонь.", "IGO:UN", "REQUEST",
        "UKR"}},
      "ru");
  // "Turned to" a region in search of partners is no appeal.
  ExpectNothing({"Он обратился к Южной Америке в поисках партнёров."}, "ru");
}

TEST(FramesRu, MobilizeAgreeConsultCooperate) {
  ExpectEvents({{"Китай начал масштабные учения вокруг Тайваня.", "CHN", "MOBILIZE", "TWN", "150"},
                {"Россия перебросила войска к границе с Украиной.", "RUS", "MOBILIZE", "UKR"},
                {"Украина согласилась на предложение США.", "UKR", "AGREE", "USA"},
                {"Орбан пригласил премьер-министра Израиля в Будапешт.", "HUN", "AGREE", "ISR"},
                {"США возобновили обмен разведданными с Украиной.", "USA", "COOPERATE", "UKR"},
                {"Индия импортирует российскую нефть.", "IND", "COOPERATE", "RUS"},
                {"Китай хочет нормализовать отношения с Японией.", "CHN", "COOPERATE", "JPN"}},
               "ru");
  ExpectMutual(
      {{"Армения и Азербайджан достигли договорённости о мире.", "ARM", "AGREE", "AZE"},
       {"Байден и Си Цзиньпин провели видеоконференцию.", "USA", "CONSULT", "CHN"},
       {"Россия и Китай провели совместные учения в Японском море.", "RUS", "COOPERATE", "CHN"}},
      "ru");
}

TEST(FramesRu, SignaturesAndRejectedAccusations) {
  Doc d = RunText("Министры Украины и России поставили подписи под соглашением с Турцией.", "ru");
  EXPECT_TRUE(Has(d, "UKR", "SUPPORT", "TUR")) << Summary(d);
  EXPECT_TRUE(Has(d, "RUS", "SUPPORT", "TUR")) << Summary(d);
  Doc r = RunText("Польша обвинила Белоруссию в провокациях. Минск отверг эти обвинения.", "ru");
  EXPECT_TRUE(Has(r, "BLR", "REJECT", "POL")) << Summary(r);
}

TEST(FramesRu, AdverbialParticipleSharesTheSubject) {
  Doc d = RunText(
      "Министр иностранных дел Израиля объявил Гутерриша персоной нон грата, обвинив его в "
      "предвзятости.",
      "ru");
  EXPECT_TRUE(Has(d, "ISR", "ACCUSE", "IGO:UN")) << Summary(d);
  EXPECT_FALSE(Has(d, "IGO:UN", "ACCUSE", "ISR")) << Summary(d);
}

TEST(FramesRu, OtherSensesGiveNothing) {
  ExpectNothing({"Спартак обыграл Зенит со счётом 2:1.", "Форвард нанёс удар по воротам соперника.",
                 "В годовщину вторжения России в Украину в Киеве прошла минута молчания.",
                 "С наступлением темноты в Киеве включили освещение.",
                 "Украина с помощью Франции восстановила энергосистему.",
                 "Министр обороны России посетил войска на фронте.",
                 "В ответ на действия сил ООН в Ливане прошёл митинг."},
                "ru");
}

TEST(FramesRu, ModalityAndDates) {
  EXPECT_EQ(ModalityOf("Если Россия нападёт на страну НАТО, альянс ответит.", "ru"),
            Modality::kHedged);
  EXPECT_EQ(ModalityOf("Россия якобы передала Ирану истребители.", "ru"), Modality::kHedged);
  EXPECT_EQ(ModalityOf("Польша, по информации СМИ, готовит поставки оружия Украине.", "ru"),
            Modality::kPlanned);
  EXPECT_EQ(ModalityOf("Франция не предоставила Украине помощь.", "ru"), Modality::kNegated);
  Doc d = RunText("В ночь с пятницы на субботу Россия атаковала Киев.", "ru", "2024-05-01");
  ASSERT_FALSE(d.events.empty()) << Summary(d);
  EXPECT_EQ(d.events[0].date, "2024-04-26");
  Doc recap = RunText("В 2014 году Россия оккупировала Крым.", "ru", "2024-05-01");
  ASSERT_FALSE(recap.events.empty()) << Summary(recap);
  EXPECT_EQ(recap.events[0].date, "2014");
}

}  // namespace
}  // namespace entente
