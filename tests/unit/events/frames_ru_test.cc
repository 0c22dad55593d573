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

// Missiles and drones fired at, used against or falling on a target; a sanction or a price that
// "hits" an economy is no assault.
TEST(FramesRu, MissilesFiredUsedAndFalling) {
  ExpectEvents(
      {{"Иран выпустил баллистические ракеты по Израилю.", "IRN", "ASSAULT", "ISR", "195"},
       {"Хуситы запустили беспилотники по Израилю.", "YEM", "ASSAULT", "ISR", "195"},
       {"Россия применила крылатые ракеты против Украины.", "RUS", "ASSAULT", "UKR", "195"},
       {"Армия Азербайджана применила артиллерию против Армении.", "AZE", "ASSAULT", "ARM", "194"},
       {"Российская ракета попала в жилой дом в Днепре.", "RUS", "ASSAULT", "UKR", "195"},
       {"Российский беспилотник упал на территорию Румынии.", "RUS", "ASSAULT", "ROU"},
       {"Российские войска продолжают бить по Херсону.", "RUS", "ASSAULT", "UKR"},
       {"Украина поразила объекты в Белгороде.", "UKR", "ASSAULT", "RUS", "195"}},
      "ru");
  ExpectNothing(
      {"Санкции Евросоюза бьют по экономике России.", "Цены на газ ударили по бюджету Германии.",
       "Россия запустила ракету-носитель с космодрома Восточный.",
       "Казахстан попал в список стран с низкой инфляцией."},
      "ru");
}

// An interception reports the launcher's attack on the side that intercepted it.
TEST(FramesRu, InterceptedMissilesAreTheLaunchersAttack) {
  ExpectEvents(
      {{"Израильская ПВО перехватила иранские ракеты.", "IRN", "ASSAULT", "ISR", "195"},
       {"Украина перехватила российские беспилотники над Киевом.", "RUS", "ASSAULT", "UKR"}},
      "ru");
  EXPECT_FALSE(
      Has(RunText("Израильская ПВО перехватила иранские ракеты.", "ru"), "ISR", "ASSAULT", "IRN"));
  ExpectNothing({"Сборная Франции перехватила инициативу во втором тайме."}, "ru");
}

TEST(FramesRu, StormDestroyKillAndIncursion) {
  ExpectEvents(
      {{"Российские войска штурмуют Авдеевку.", "RUS", "ASSAULT", "UKR"},
       {"Украинская армия уничтожила российский танк.", "UKR", "ASSAULT", "RUS"},
       {"Израиль ликвидировал командира ХАМАС.", "ISR", "ASSAULT", "PSE"},
       // A violation is the claim of whoever says it.
       {"Эстония заявила, что российские истребители нарушили воздушное пространство страны.",
        "EST", "ACCUSE", "RUS", "112"},
       {"Нетаньяху заявил, что Иран дорого заплатит за нападение.", "ISR", "THREATEN", "IRN",
        "130"}},
      "ru");
  ExpectNothing({"Пожар уничтожил склад в Москве.",
                 "Власти Харькова ликвидировали последствия российского удара."},
                "ru");
}

// Summoning a diplomat is an official complaint to his country; indignation and concern about
// named actions are disapproval.
TEST(FramesRu, SummonsComplaintsAndDisapproval) {
  ExpectEvents(
      {{"МИД Польши вызвал посла России.", "POL", "ACCUSE", "RUS", "114"},
       {"Министерство иностранных дел Японии вызвало китайского временного поверенного в делах.",
        "JPN", "ACCUSE", "CHN", "114"},
       {"Франция направила Ирану протест.", "FRA", "ACCUSE", "IRN", "114"},
       {"Германия выразила возмущение действиями Венгрии.", "DEU", "ACCUSE", "HUN"},
       {"Япония выразила обеспокоенность действиями Китая.", "JPN", "ACCUSE", "CHN"}},
      "ru");
  ExpectNothing({"Китай выразил обеспокоенность ситуацией вокруг Украины.",
                 "Решение суда вызвало возмущение болельщиков."},
                "ru");
}

TEST(FramesRu, AccusationsSuspicionAndInvolvement) {
  ExpectEvents(
      {{"Британия выдвинула обвинения в адрес Ирана.", "GBR", "ACCUSE", "IRN", "112"},
       {"Китай подверг резкой критике действия США.", "CHN", "ACCUSE", "USA", "111"},
       {"Польша подозревает Россию в диверсии на железной дороге.", "POL", "ACCUSE", "RUS", "112"},
       {"Чехия заявила о причастности России к взрывам.", "CZE", "ACCUSE", "RUS", "112"},
       {"Израиль назвал решение Ирландии антисемитским.", "ISR", "ACCUSE", "IRL"},
       {"США передали Тайваню оружие. Пекин осудил эти поставки.", "CHN", "ACCUSE", "USA"}},
      "ru");
  // Charges in court are a legal action, not a statement.
  ExpectEvents({{"Следователи России в пятницу предъявили обвинения гражданину Франции в шпионаже.",
                 "RUS", "COERCE", "FRA", "173"}},
               "ru");
  ExpectNothing({"Кремль отрицает причастность к взрывам в Чехии."}, "ru");
}

TEST(FramesRu, SanctionExtendListCloseDowngradeExpel) {
  ExpectEvents(
      {{"ЕС продлил санкции против России на полгода.", "IGO:EU", "SANCTION", "RUS", "163"},
       {"США внесли в санкционный список российские банки.", "USA", "SANCTION", "RUS", "163"},
       {"Россия закрыла генконсульство США в Екатеринбурге.", "RUS", "SANCTION", "USA", "161"},
       {"Литва понизила уровень дипломатических отношений с Китаем.", "LTU", "SANCTION", "CHN",
        "161"},
       {"Молдавия выдворила сотрудников посольства России.", "MDA", "SANCTION", "RUS", "161"},
       {"Норвегия выдворила гражданина России.", "NOR", "COERCE", "RUS", "174"},
       {"Суд в Лондоне арестовал активы российского банка.", "GBR", "COERCE", "RUS", "171"},
       {"Иран пригрозил Европе ответными мерами.", "IRN", "THREATEN", "REG:EUROPE", "132"}},
      "ru");
}

TEST(FramesRu, AlertAndTroopMovements) {
  ExpectEvents({{"КНДР привела войска в полную боевую готовность у границы с Южной Кореей.", "PRK",
                 "MOBILIZE", "KOR", "152"},
                {"Тайвань осудил действия Пекина и поднял по тревоге свои силы.", "TWN", "MOBILIZE",
                 "CHN", "152"},
                {"Польша перебросила к границе с Белоруссией десять тысяч военнослужащих.", "POL",
                 "MOBILIZE", "BLR", "154"},
                {"Китай провёл учения у берегов Тайваня.", "CHN", "MOBILIZE", "TWN", "150"}},
               "ru");
}

TEST(FramesRu, RetreatCeasefireReturnYield) {
  ExpectEvents({{"Российские войска покинули город Херсон.", "RUS", "RETREAT", "UKR", "087"},
                {"Израиль прекратил удары по Ливану.", "ISR", "RETREAT", "LBN", "087"},
                {"Россия вернула Украине тела погибших.", "RUS", "CONCEDE", "UKR", "084"},
                {"Израиль выпустил палестинских заключённых.", "ISR", "CONCEDE", "PSE", "084"},
                {"Сербия выполнила требования Евросоюза.", "SRB", "CONCEDE", "IGO:EU", "080"},
                {"США отменили пошлины на товары из Канады.", "USA", "CONCEDE", "CAN", "085"}},
               "ru");
  ExpectNothing({"Сборная России оставила позиции в рейтинге ФИФА."}, "ru");
}

TEST(FramesRu, AidPackagesAndDeliveries) {
  ExpectEvents({{"Германия объявила новый пакет помощи Украине.", "DEU", "AID", "UKR", "070"},
                {"Германия объявила о пакете помощи Украине. Об этом сообщили в правительстве в "
                 "понедельник.",
                 "DEU", "AID", "UKR", "070"},
                {"США утвердили пакет военной помощи Тайваню.", "USA", "AID", "TWN", "072"},
                {"Китай безвозмездно передал Камбодже вакцины.", "CHN", "AID", "KHM", "070"},
                {"Иордания доставила гуманитарную помощь в Газу.", "JOR", "AID", "PSE", "073"},
                {"США сбросили гуманитарную помощь над Газой.", "USA", "AID", "PSE", "073"}},
               "ru");
}

TEST(FramesRu, PraiseCongratulateDefend) {
  ExpectEvents({{"Путин поздравил Токаева с победой на выборах.", "RUS", "SUPPORT", "KAZ", "051"},
                {"Китай высоко оценил позицию Бразилии.", "CHN", "SUPPORT", "BRA", "051"},
                {"Франция выступила в поддержку Армении.", "FRA", "SUPPORT", "ARM", "051"},
                {"Турция встала на сторону Азербайджана.", "TUR", "SUPPORT", "AZE", "052"},
                {"Индия поприветствовала решение Японии.", "IND", "SUPPORT", "JPN", "051"}},
               "ru");
  ExpectNothing({"Президент высоко оценил работу спасателей."}, "ru");
}

TEST(FramesRu, ConsultMediateAgreeConsent) {
  ExpectEvents(
      {{"Блинкен побывал в Киеве.", "USA", "CONSULT", "UKR", "042"},
       {"Председатель КНР провёл беседу с президентом Бразилии.", "CHN", "CONSULT", "BRA", "040"},
       {"Израиль и Ливан согласовали границу при посредничестве США.", "USA", "CONSULT", "ISR",
        "045"},
       {"Израиль и Ливан согласовали границу при посредничестве США.", "USA", "CONSULT", "LBN",
        "045"},
       {"Турция дала согласие на вступление Швеции в НАТО.", "TUR", "AGREE", "SWE", "030"}},
      "ru");
  ExpectMutual({{"Макрон и Шольц переговорили по телефону.", "FRA", "CONSULT", "DEU", "041"},
                {"Египет и Турция согласовали позиции по Газе.", "EGY", "AGREE", "TUR"},
                // Initialling fixes an agreed text: an agreement, not yet a signature.
                {"Алиев и Пашинян парафировали мирный договор.", "AZE", "AGREE", "ARM"}},
               "ru");
  // The mediator is not a party of the agreement.
  EXPECT_FALSE(Has(RunText("Израиль и Ливан согласовали границу при посредничестве США.", "ru"),
                   "ISR", "CONSULT", "LBN"));
}

TEST(FramesRu, RequestRejectBlockBoycottRiot) {
  ExpectEvents(
      {{"Украина запросила у США дополнительные системы ПВО.", "UKR", "REQUEST", "USA", "020"},
       {"Венгрия заблокировала вступление Швеции в НАТО.", "HUN", "REJECT", "SWE", "120"},
       {"МИД Китая опроверг заявления Японии.", "CHN", "REJECT", "JPN", "120"},
       {"Иранские демонстранты штурмовали посольство Саудовской Аравии в Тегеране.", "IRN",
        "PROTEST", "SAU", "145"},
       {"Китай бойкотирует японские товары.", "CHN", "PROTEST", "JPN", "143"},
       {"Норвегия экстрадировала гражданина России в США.", "NOR", "COOPERATE", "USA", "063"},
       {"США и Япония провели совместное патрулирование с Филиппинами.", "USA", "COOPERATE", "PHL",
        "062"}},
      "ru");
}

TEST(FramesRu, RecognitionVerdictsAndDesignations) {
  ExpectEvents(
      {{"Турция признала Палестину.", "TUR", "SUPPORT", "PSE", "054"},
       {"Суд в Москве признал гражданина США виновным в шпионаже.", "RUS", "ACCUSE", "USA", "116"},
       {"Россия признала Украину государством-спонсором терроризма.", "RUS", "ACCUSE", "UKR",
        "111"}},
      "ru");
  EXPECT_FALSE(Has(RunText("Россия признала Украину государством-спонсором терроризма.", "ru"),
                   "RUS", "SUPPORT", "UKR"));
  ExpectNothing({"Эстония признала ошибку.", "Украина признала, что Россия наступает."}, "ru");
}

TEST(FramesRu, TreatiesMembershipSettlementSummits) {
  ExpectEvents(
      {{"Россия вышла из договора с США.", "RUS", "SANCTION", "USA", "160"},
       {"Армения заморозила участие в ОДКБ.", "ARM", "SANCTION", "IGO:CSTO", "160"},
       {"Китай ввёл запрет на импорт японских морепродуктов.", "CHN", "SANCTION", "JPN", "163"}},
      "ru");
  ExpectMutual({{"Украина и Польша урегулировали спор.", "UKR", "AGREE", "POL", "030"},
                {"Япония и Южная Корея провели саммит.", "JPN", "CONSULT", "KOR", "040"},
                {"Армения и Азербайджан обменялись военнопленными.", "ARM", "CONCEDE", "AZE"}},
               "ru");
}

TEST(FramesRu, EntryRammingReleaseAndDonations) {
  ExpectEvents(
      {{"Израильские войска вошли в Ливан.", "ISR", "ASSAULT", "LBN", "192"},
       {"Китайские корабли протаранили филиппинское судно.", "CHN", "COERCE", "PHL", "171"},
       {"Береговая охрана Китая применила водомёты против филиппинского судна.", "CHN", "COERCE",
        "PHL", "171"},
       {"Россия освободила американского журналиста.", "RUS", "CONCEDE", "USA", "084"},
       {"Саудовская Аравия пожертвовала Украине 400 млн долларов.", "SAU", "AID", "UKR", "070"},
       {"Россия направила в Сирию гуманитарный груз.", "RUS", "AID", "SYR", "073"},
       {"КНДР провела пуск баллистической ракеты в сторону Японии.", "PRK", "MOBILIZE", "JPN",
        "150"}},
      "ru");
  // Taking a city back is a battle, not a release.
  ExpectNothing({"Российские войска освободили Авдеевку."}, "ru");
}

TEST(FramesRu, CancelDeployAndExchanges) {
  ExpectEvents(
      {{"Азербайджан отменил визит вице-премьера России.", "AZE", "SANCTION", "RUS", "160"},
       {"Литва ввела визовый режим для граждан России.", "LTU", "SANCTION", "RUS", "163"},
       {"Россия разместила войска вдоль границы с Украиной.", "RUS", "MOBILIZE", "UKR", "154"},
       {"США нарастили военное присутствие у границ Ирана.", "USA", "MOBILIZE", "IRN", "154"},
       {"Израиль обменялся огнём с Хезболлой.", "ISR", "ASSAULT", "LBN", "190"}},
      "ru");
  ExpectMutual({{"Индия и Пакистан обменялись ударами.", "IND", "ASSAULT", "PAK", "190"},
                {"Россия и Украина обменялись обвинениями.", "RUS", "ACCUSE", "UKR", "112"},
                {"Вашингтон и Пекин обменялись визитами.", "USA", "CONSULT", "CHN", "040"}},
               "ru");
  ExpectNothing({"Россия и Белоруссия обменялись опытом."}, "ru");
}

TEST(FramesRu, InvitationsOffersAndUnblocking) {
  ExpectEvents(
      {{"Путин принял приглашение Си Цзиньпина посетить Китай.", "RUS", "AGREE", "CHN", "036"},
       {"Украина приняла предложение США о перемирии.", "UKR", "AGREE", "USA", "030"},
       {"Турция предложила посредничество России и Украине.", "TUR", "AGREE", "UKR", "039"},
       {"Китай предложил помощь Турции после землетрясения.", "CHN", "AGREE", "TUR", "033"},
       {"Венгрия разблокировала помощь Украине.", "HUN", "CONCEDE", "UKR", "080"},
       {"Российские войска ушли из Херсона.", "RUS", "RETREAT", "UKR", "087"}},
      "ru");
}

// Nouns of threat, accusation and criticism take their author before and their target after
// "в адрес".
TEST(FramesRu, ThreatAccusationCriticismNouns) {
  ExpectEvents(
      {{"Угрозы России в адрес Молдовы усилились.", "RUS", "THREATEN", "MDA", "130"},
       {"Китайские обвинения в адрес США прозвучали в понедельник.", "CHN", "ACCUSE", "USA", "112"},
       {"Претензии Польши к Украине касаются зерна.", "POL", "ACCUSE", "UKR", "112"},
       {"Критика Германии в адрес Венгрии усилилась.", "DEU", "ACCUSE", "HUN", "111"},
       {"Суд в Москве осудил американца на 15 лет.", "RUS", "COERCE", "USA", "173"}},
      "ru");
  EXPECT_FALSE(
      Has(RunText("Суд в Москве осудил американца на 15 лет.", "ru"), "RUS", "ACCUSE", "USA"));
  // A year named after a condemned act is no prison term.
  ExpectEvents({{"Россия осудила атаку прошлого года на Крымский мост Украиной.", "RUS", "ACCUSE",
                 "UKR", "111"}},
               "ru");
}

// New trigger words in their other common senses: tourists' trips, weapons changing hands,
// admitting a defeat, readiness for a response, "вызвать" trouble, a shelling "subjected to".
TEST(FramesRu, NewTriggersInOtherSensesGiveNothing) {
  ExpectNothing(
      {"Российские туристы побывали в Турции.", "Иранские ракеты попали в руки России.",
       "Байден признал поражение Украины.", "Россия выразила готовность ответить на агрессию НАТО.",
       "Санкции США вызвали временные трудности в России.",
       "Полиция Франции начала расследование убийства гражданина Алжира.",
       "Российский футболист побывал в Италии.",
       "Американский боксёр бьёт по корпусу соперника из Мексики.",
       "Сборная Германии атаковала ворота Франции."},
      "ru");
  ExpectEvents(
      {{"МИД Японии вызвал временного поверенного в делах Китая.", "JPN", "ACCUSE", "CHN", "114"},
       {"Польша вызвала в МИД посла России.", "POL", "ACCUSE", "RUS", "114"},
       {"Артиллерия России подвергла резкому обстрелу Херсон.", "RUS", "ASSAULT", "UKR"}},
      "ru");
  EXPECT_FALSE(Has(RunText("Артиллерия России подвергла резкому обстрелу Херсон.", "ru"), "RUS",
                   "ACCUSE", "UKR"));
}

TEST(FramesRu, TradeInvestmentPeacekeepersAndMissions) {
  ExpectEvents({{"Россия поставляет газ в Китай.", "RUS", "COOPERATE", "CHN", "061"},
                {"Китай инвестирует в экономику Сербии.", "CHN", "COOPERATE", "SRB", "061"},
                {"Россия направила миротворцев в Казахстан.", "RUS", "AID", "KAZ", "074"},
                {"Трамп похвалил Японию.", "USA", "SUPPORT", "JPN", "051"}},
               "ru");
  // Gas sold is trade, not aid.
  EXPECT_FALSE(Has(RunText("Россия поставляет газ в Китай.", "ru"), "RUS", "AID", "CHN"));
  ExpectMutual({{"Израиль и ОАЭ вновь открыли посольства.", "ISR", "SUPPORT", "ARE", "050"},
                {"Россия и Китай условились о новых поставках.", "RUS", "AGREE", "CHN", "030"}},
               "ru");
}

TEST(FramesRu, BordersBlockadesAndTreaties) {
  ExpectEvents({{"Польша открыла границу с Белоруссией.", "POL", "CONCEDE", "BLR", "081"},
                {"Израиль снял блокаду с Газы.", "ISR", "CONCEDE", "PSE", "085"},
                {"Россия установила блокаду украинских портов.", "RUS", "ASSAULT", "UKR", "191"},
                {"Израильская блокада Газы продолжается.", "ISR", "ASSAULT", "PSE", "191"},
                {"Россия денонсировала договор с Украиной.", "RUS", "SANCTION", "UKR", "160"},
                {"Украинские войска подбили российский танк.", "UKR", "ASSAULT", "RUS", "190"},
                {"Российская армия вела артобстрел по Херсону.", "RUS", "ASSAULT", "UKR", "194"}},
               "ru");
}

TEST(FramesRu, InvestigationsWarrantsAndComplaints) {
  ExpectEvents(
      {{"Россия объявила в розыск прокурора МУС.", "RUS", "COERCE", "IGO:ICC", "173"},
       {"СК России возбудил уголовное дело против граждан Украины.", "RUS", "COERCE", "UKR", "173"},
       {"Россия лишила аккредитации журналистов BBC.", "RUS", "COERCE", "GBR", "172"},
       {"Литва пожаловалась на Белоруссию в Еврокомиссию.", "LTU", "ACCUSE", "BLR", "114"},
       {"ЕС начал расследование в отношении китайских производителей.", "IGO:EU", "ACCUSE", "CHN",
        "091"},
       {"США проигнорировали требования России.", "USA", "REJECT", "RUS", "120"},
       {"Россия ветировала резолюцию США.", "RUS", "REJECT", "USA", "129"}},
      "ru");
}

TEST(FramesRu, OperationsSalesStatusAndApplications) {
  ExpectEvents({{"Турция провела операцию против ХАМАС в Сирии.", "TUR", "ASSAULT", "PSE", "190"},
                {"Российская авиация разбомбила Мариуполь.", "RUS", "ASSAULT", "UKR", "195"},
                {"Россия продала Индии системы С-400.", "RUS", "COOPERATE", "IND", "061"},
                {"Продажи российской нефти в Индию выросли.", "RUS", "COOPERATE", "IND", "061"},
                {"Швеция подала заявку на вступление в НАТО.", "SWE", "REQUEST", "IGO:NATO", "022"},
                {"Евросоюз предоставил Украине статус кандидата на вступление.", "IGO:EU",
                 "SUPPORT", "UKR", "050"},
                {"Германия предоставила гражданам Афганистана статус беженцев.", "DEU", "AID",
                 "AFG", "075"}},
               "ru");
  ExpectNothing({"Операция против коррупции продолжается в Казахстане."}, "ru");
}

// A title standing alone refers to the man last named with it.
TEST(FramesRu, ATitleAloneIsTheManLastNamed) {
  Doc d = RunText(
      "По словам Суровикина, решение далось непросто. Генерал также обвинил украинскую сторону в "
      "подготовке удара по плотине.",
      "ru");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
  d = RunText(
      "За словами Суровікіна, рішення далося непросто. Генерал також звинуватив українську сторону "
      "в підготовці удару по греблі.",
      "uk");
  EXPECT_TRUE(Has(d, "RUS", "ACCUSE", "UKR")) << Summary(d);
}

}  // namespace
}  // namespace entente
