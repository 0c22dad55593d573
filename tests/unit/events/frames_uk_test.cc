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

// --- Wire-copy vocabulary by family (second pass): missiles fired at, hits, weapons used against.
TEST(FramesUk, AssaultMissilesHitsAndWeapons) {
  ExpectEvents(
      {{"Вночі Росія випустила по Запоріжжю щонайменше 20 ракет.", "RUS", "ASSAULT", "UKR", "195"},
       {"Іран запустив понад 300 дронів і ракет по Ізраїлю.", "IRN", "ASSAULT", "ISR", "195"},
       {"Російська ракета влучила в багатоповерхівку в Дніпрі.", "RUS", "ASSAULT", "UKR", "195"},
       {"Російські дрони атакували порт в Одесі.", "RUS", "ASSAULT", "UKR"},
       {"Росія застосувала керовані авіабомби проти Херсона.", "RUS", "ASSAULT", "UKR", "195"},
       {"Армія Сирії застосувала хімічну зброю проти курдів у Туреччині.", "SYR", "ASSAULT", "TUR",
        "204"},
       {"Росія знову б'є по енергосистемі України.", "RUS", "ASSAULT", "UKR"},
       {"Україна уразила російський десантний корабель у Криму.", "UKR", "ASSAULT", "RUS"},
       {"Україна знищила російський гелікоптер над Чорним морем.", "UKR", "ASSAULT", "RUS"}},
      "uk");
}

TEST(FramesUk, AssaultStormFightAnnexBlockade) {
  ExpectEvents({{"Російські війська штурмують Авдіївку.", "RUS", "ASSAULT", "UKR"},
                {"Ізраїль воює з Хамасом у секторі Гази.", "ISR", "ASSAULT", "PSE"},
                {"Росія анексувала Крим у 2014 році.", "RUS", "ASSAULT", "UKR", "192"},
                {"Китай запровадив морську блокаду Тайваню.", "CHN", "ASSAULT", "TWN", "191"},
                // A proxy noun: strikes on targets in a country hit the country.
                {"Ізраїль завдав ударів по цілях у Лівані.", "ISR", "ASSAULT", "LBN"}},
               "uk");
}

TEST(FramesUk, ThreatOfForceAndIntimidation) {
  ExpectEvents({{"Москва вважає себе вправі завдати удару по об'єктах НАТО.", "RUS", "THREATEN",
                 "IGO:NATO", "138"},
                {"Китай залишає за собою право застосувати силу проти Тайваню.", "CHN", "THREATEN",
                 "TWN", "138"},
                {"Пекін залякує Тайвань.", "CHN", "THREATEN", "TWN"},
                {"Росія шантажує Європу газом.", "RUS", "THREATEN", "REG:EUROPE"}},
               "uk");
  // The claimed right to strike is a threat, not a strike.
  EXPECT_FALSE(Has(RunText("Москва вважає себе вправі завдати удару по об'єктах НАТО.", "uk"),
                   "RUS", "ASSAULT", "IGO:NATO"));
}

TEST(FramesUk, SummonConcernDisapproveInvestigate) {
  ExpectEvents(
      {{"Польща викликала до МЗС посла Росії.", "POL", "ACCUSE", "RUS", "111"},
       {"Україна викликала тимчасового повіреного Угорщини.", "UKR", "ACCUSE", "HUN", "111"},
       {"Японія висловила занепокоєння діями Китаю.", "JPN", "ACCUSE", "CHN"},
       {"Польща висловила незгоду з рішенням Німеччини.", "POL", "ACCUSE", "DEU", "110"},
       {"Україна розслідує воєнні злочини Росії.", "UKR", "ACCUSE", "RUS", "090"},
       {"Україна висунула звинувачення Росії.", "UKR", "ACCUSE", "RUS", "112"},
       {"Польща подала на Білорусь скаргу до ООН.", "POL", "ACCUSE", "BLR", "114"},
       {"Україна подала на Росію до суду.", "UKR", "ACCUSE", "RUS", "115"},
       {"Україна поклала провину за аварію на Росію.", "UKR", "ACCUSE", "RUS", "112"},
       {"Литва бойкотує російські товари.", "LTU", "PROTEST", "RUS", "143"}},
      "uk");
}

TEST(FramesUk, SanctionTariffsListsEmbassiesDowngrade) {
  ExpectEvents(
      {{"США підвищили мита на китайські товари.", "USA", "SANCTION", "CHN", "163"},
       {"Велика Британія внесла до санкційного списку 50 російських компаній.", "GBR", "SANCTION",
        "RUS", "163"},
       {"Україна закрила консульство в Санкт-Петербурзі.", "UKR", "SANCTION", "RUS", "161"},
       {"Молдова оголосила персоною нон грата російського дипломата.", "MDA", "SANCTION", "RUS",
        "161"},
       {"Литва знизила рівень дипломатичних відносин з Китаєм.", "LTU", "SANCTION", "CHN", "161"},
       {"Росія денонсувала угоду з Україною.", "RUS", "SANCTION", "UKR"},
       {"США скоротили допомогу Україні.", "USA", "SANCTION", "UKR", "162"},
       // A proxy noun: the authorities in a capital act for its state.
       {"Влада в Мінську розірвала угоду про співпрацю з Литвою.", "BLR", "SANCTION", "LTU"}},
      "uk");
}

TEST(FramesUk, RejectNonRecognitionDenialBlocking) {
  ExpectEvents(
      {{"Росія не визнає юрисдикції Міжнародного кримінального суду.", "RUS", "REJECT", "IGO:ICC"},
       {"ЄС не визнає результатів виборів у Білорусі.", "IGO:EU", "REJECT", "BLR"},
       {"Росія відмовляється визнавати юрисдикцію МКС.", "RUS", "REJECT", "IGO:ICC"},
       {"Росія заперечує звинувачення України.", "RUS", "REJECT", "UKR"},
       {"Іран проігнорував заклики ООН.", "IRN", "REJECT", "IGO:UN"},
       {"Угорщина заблокувала пакет допомоги Україні.", "HUN", "REJECT", "UKR"},
       {"Байден скасував зустріч з Путіним.", "USA", "REJECT", "RUS", "125"}},
      "uk");
  // Not recognising is no recognition, and blocking aid is no aid.
  EXPECT_FALSE(Has(RunText("ЄС не визнає результатів виборів у Білорусі.", "uk"), "IGO:EU",
                   "SUPPORT", "BLR"));
  EXPECT_FALSE(
      Has(RunText("Угорщина заблокувала пакет допомоги Україні.", "uk"), "HUN", "AID", "UKR"));
}

TEST(FramesUk, EventNounsReferToEarlierActs) {
  Doc a = RunText("Росія вторглася в Грузію. Франція засудила вторгнення.", "uk");
  EXPECT_TRUE(Has(a, "FRA", "ACCUSE", "RUS")) << Summary(a);
  Doc b = RunText("Китай запровадив санкції проти Литви. ЄС назвав цей крок неприйнятним.", "uk");
  EXPECT_TRUE(Has(b, "IGO:EU", "ACCUSE", "CHN")) << Summary(b);
  Doc c =
      RunText("ЄС розкритикував Грузію за закон про іноагентів. Грузія відкинула критику.", "uk");
  EXPECT_TRUE(Has(c, "GEO", "REJECT", "IGO:EU")) << Summary(c);
  Doc d = RunText("Китай розпочав навчання біля Тайваню. Японія засудила навчання.", "uk");
  EXPECT_TRUE(Has(d, "JPN", "ACCUSE", "CHN")) << Summary(d);
}

TEST(FramesUk, ConcedeLiftReturnYield) {
  ExpectEvents({{"США скасували санкції проти Венесуели.", "USA", "CONCEDE", "VEN", "085"},
                {"Туреччина зняла вето на вступ Швеції до НАТО.", "TUR", "CONCEDE", "SWE", "080"},
                {"Росія повернула Україні 11 дітей.", "RUS", "CONCEDE", "UKR", "084"},
                {"Сербія пішла на поступки ЄС.", "SRB", "CONCEDE", "IGO:EU", "080"},
                {"Вірменія виконала вимоги Азербайджану.", "ARM", "CONCEDE", "AZE", "080"}},
               "uk");
}

TEST(FramesUk, CoerceLegalAction) {
  ExpectEvents(
      {{"Росія відкрила кримінальну справу проти журналістів BBC.", "RUS", "COERCE", "GBR", "173"},
       {"Росія оголосила в розшук прокурора МКС.", "RUS", "COERCE", "IGO:ICC", "173"},
       {"Росія позбавила акредитації журналістів BBC.", "RUS", "COERCE", "GBR", "172"}},
      "uk");
}

TEST(FramesUk, AidPackagesLoansFunding) {
  ExpectEvents(
      {{"Франція надала Україні позику.", "FRA", "AID", "UKR", "071"},
       {"США оголосили новий пакет військової допомоги для України.", "USA", "AID", "UKR", "072"},
       {"ЄС оголосив пакет гуманітарної допомоги для Судану.", "IGO:EU", "AID", "SDN", "073"},
       {"США відновили постачання зброї Україні.", "USA", "AID", "UKR"},
       {"Іран фінансує Хезболлу.", "IRN", "AID", "LBN", "071"},
       {"Японія оголосила про військову підтримку Філіппін.", "JPN", "AID", "PHL", "072"}},
      "uk");
}

TEST(FramesUk, SupportThanksAssuranceDefence) {
  ExpectEvents({{"Україна вдячна Німеччині за підтримку.", "UKR", "SUPPORT", "DEU"},
                {"Байден підтвердив підтримку Ізраїлю.", "USA", "SUPPORT", "ISR"},
                {"Макрон запевнив Зеленського у підтримці.", "FRA", "SUPPORT", "UKR"},
                {"Китай підтвердив повагу до суверенітету України.", "CHN", "SUPPORT", "UKR"},
                {"Китай став на захист Росії в Радбезі ООН.", "CHN", "SUPPORT", "RUS", "052"},
                {"США зобов'язані захищати Філіппіни.", "USA", "SUPPORT", "PHL"},
                {"Японія високо оцінила внесок Індії.", "JPN", "SUPPORT", "IND"},
                {"Байден похвалив Фінляндію.", "USA", "SUPPORT", "FIN"},
                {"Парламент Туреччини ратифікував заявку Швеції на вступ до НАТО.", "TUR",
                 "SUPPORT", "SWE", "057"},
                {"США відкриють посольство в Мінську.", "USA", "SUPPORT", "BLR", "050"}},
               "uk");
}

TEST(FramesUk, MobilizeAlertDeploy) {
  ExpectEvents(
      {{"Польща привела війська в бойову готовність через навчання Росії.", "POL", "MOBILIZE",
        "RUS", "152"},
       {"Росія підвищила готовність ядерних сил біля кордону з Фінляндією.", "RUS", "MOBILIZE",
        "FIN", "152"},
       {"Росія розмістила ракети біля кордону з Фінляндією.", "RUS", "MOBILIZE", "FIN", "154"},
       {"Росія перекинула бомбардувальники до кордону з Норвегією.", "RUS", "MOBILIZE", "NOR",
        "154"}},
      "uk");
}

TEST(FramesUk, RetreatTroopsLeave) {
  ExpectEvents({{"Американські війська залишили Афганістан.", "USA", "RETREAT", "AFG", "087"},
                {"Французькі війська вийшли з Малі.", "FRA", "RETREAT", "MLI", "087"},
                {"Італійські миротворці вийшли з Лівану.", "ITA", "RETREAT", "LBN", "166"},
                {"Російські війська відійшли з Києва.", "RUS", "RETREAT", "UKR", "087"}},
               "uk");
}

TEST(FramesUk, ConsultAgreeProposeAndTalk) {
  ExpectEvents(
      {{"Зеленський запропонував Путіну зустрітися.", "UKR", "AGREE", "RUS", "036"},
       {"Китай висловив готовність до діалогу з США.", "CHN", "AGREE", "USA", "036"},
       {"Туреччина запропонувала посередництво між Росією та Україною.", "TUR", "AGREE", "RUS",
        "039"},
       {"Туреччина запропонувала посередництво між Росією та Україною.", "TUR", "AGREE", "UKR",
        "039"},
       {"Макрон поговорив по телефону з Сі Цзіньпіном.", "FRA", "CONSULT", "CHN", "041"},
       {"Лідери G7 провели відеоконференцію з Зеленським.", "IGO:G7", "CONSULT", "UKR", "041"},
       {"Шольц поспілкувався з Байденом.", "DEU", "CONSULT", "USA"},
       {"Німеччина зобов'язалася надати Україні танки.", "DEU", "AGREE", "UKR"},
       {"Польща висунула вимоги до Німеччини.", "POL", "REQUEST", "DEU", "100"}},
      "uk");
  ExpectMutual({{"Польща та Литва розпочали спільне патрулювання з Латвією.", "POL", "COOPERATE",
                 "LVA", "062"}},
               "uk");
  // What one commits to do is an intention.
  Doc d = RunText("США зобов'язалися надати Україні допомогу.", "uk");
  bool intended = false;
  for (const Event& e : d.events)
    if (e.type == "AID") intended = e.modality == Modality::kIntended;
  EXPECT_TRUE(intended) << Summary(d);
}

TEST(FramesUk, TroopsEnterInterceptAndAlert) {
  ExpectEvents(
      {{"Турецькі війська увійшли на територію Сирії.", "TUR", "ASSAULT", "SYR", "192"},
       {"Росія ввела війська до Грузії.", "RUS", "ASSAULT", "GEO", "192"},
       {"Росія випустила по Україні понад 40 ракет і дронів.", "RUS", "ASSAULT", "UKR", "195"},
       // Shooting down what was fired at another country protects it.
       {"Американські есмінці перехопили випущені по Ізраїлю ракети.", "USA", "AID", "ISR", "074"},
       {"Китай провів ракетні стрільби біля Тайваню.", "CHN", "MOBILIZE", "TWN", "150"},
       {"Польща підняла в повітря винищувачі біля кордону з Росією.", "POL", "MOBILIZE", "RUS",
        "152"}},
      "uk");
}

TEST(FramesUk, SanctionsExtendedVisasTreatiesAndTheirEasing) {
  ExpectEvents(
      {{"ЄС продовжив санкції проти Росії.", "IGO:EU", "SANCTION", "RUS", "163"},
       {"США розширили санкції проти Ірану.", "USA", "SANCTION", "IRN", "163"},
       {"Україна запровадила візовий режим для росіян.", "UKR", "SANCTION", "RUS", "163"},
       {"Росія призупинила дію договору з США.", "RUS", "SANCTION", "USA", "160"},
       {"Польща відкрила кордон для українських перевізників.", "POL", "CONCEDE", "UKR", "081"},
       {"Україна скасувала візовий режим для Молдови.", "UKR", "CONCEDE", "MDA", "081"}},
      "uk");
}

TEST(FramesUk, AidRescueTrainingTradeAndPraise) {
  ExpectEvents(
      {{"Туреччина надіслала рятувальників до Сирії.", "TUR", "AID", "SYR", "073"},
       {"Франція навчає українських пілотів.", "FRA", "AID", "UKR", "072"},
       {"Росія відновила авіасполучення з Грузією.", "RUS", "COOPERATE", "GEO", "061"},
       {"Сі Цзіньпін поздоровив Путіна з перемогою на виборах.", "CHN", "SUPPORT", "RUS"},
       {"Генсек НАТО назвав рішення Туреччини історичним кроком.", "IGO:NATO", "SUPPORT", "TUR"},
       {"Байден назвав перемогу Фінляндії історичною.", "USA", "SUPPORT", "FIN"},
       {"Польща назвала рішення Німеччини історичною помилкою.", "POL", "ACCUSE", "DEU"},
       {"Польща осудила дії Білорусі.", "POL", "ACCUSE", "BLR"}},
      "uk");
  // A historic mistake is no praise.
  EXPECT_FALSE(Has(RunText("Польща назвала рішення Німеччини історичною помилкою.", "uk"), "POL",
                   "SUPPORT", "DEU"));
}

TEST(FramesUk, KillingsSeizuresAndEntryBans) {
  ExpectEvents(
      {{"Ізраїль ліквідував лідера Хезболли.", "ISR", "ASSAULT", "LBN", "186"},
       {"Російські агенти вчинили замах на президента Чехії.", "RUS", "ASSAULT", "CZE", "185"},
       {"Естонія арештувала російське судно.", "EST", "COERCE", "RUS", "171"},
       {"Польща заблокувала активи російських компаній.", "POL", "SANCTION", "RUS", "163"},
       {"Польща відмовила у в'їзді російським дипломатам.", "POL", "COERCE", "RUS", "172"}},
      "uk");
  ExpectNothing({"Уряд Німеччини ліквідував наслідки повені.",
                 // Preventing an attempt is not making it.
                 "Україна запобігла замаху на президента Польщі."},
                "uk");
}

TEST(FramesUk, WhatASpeakerSaysOfAnotherParty) {
  ExpectEvents(
      {{"Міністр оборони Ізраїлю заявив, що Іран дорого заплатить за атаку.", "ISR", "THREATEN",
        "IRN"},
       {"Путін заявив, що Литва поплатиться за блокаду.", "RUS", "THREATEN", "LTU"},
       {"Путін пригрозив, що Литва заплатить за блокаду.", "RUS", "THREATEN", "LTU"},
       {"Зеленський пообіцяв, що Росія понесе покарання за злочини.", "UKR", "THREATEN", "RUS"},
       {"У Вільнюсі заявили, що російські літаки порушили повітряний простір Литви.", "LTU",
        "ACCUSE", "RUS", "112"},
       {"У Токіо стверджують, що китайські кораблі зайшли в територіальні води Японії.", "JPN",
        "ACCUSE", "CHN", "112"},
       {"Прокурор МКС заявив, що Росія несе відповідальність за депортацію дітей.", "IGO:ICC",
        "ACCUSE", "RUS", "112"}},
      "uk");
  // The promise is a threat, not an agreement.
  EXPECT_FALSE(Has(RunText("Зеленський пообіцяв, що Росія понесе покарання за злочини.", "uk"),
                   "UKR", "AGREE", "RUS"));
  // With no one saying it, or paying for goods, nobody threatens.
  ExpectNothing({"Німеччина заплатить високу ціну за дешевий газ.",
                 "Міністр енергетики України заявив, що Україна заплатить за газ вчасно."},
                "uk");
}

TEST(FramesUk, BombingAndDiplomaticSupport) {
  ExpectEvents({{"Ізраїль бомбив Газу.", "ISR", "ASSAULT", "PSE", "195"},
                {"Російська авіація скинула бомби на Харків.", "RUS", "ASSAULT", "UKR", "195"},
                {"Китай надав Росії дипломатичну підтримку.", "CHN", "SUPPORT", "RUS", "051"},
                {"США передали Україні бомби.", "USA", "AID", "UKR"}},
               "uk");
  // Bombs handed over are no bombing.
  EXPECT_FALSE(Has(RunText("США передали Україні бомби.", "uk"), "USA", "ASSAULT", "UKR"));
}

TEST(FramesUk, NewTriggersInOtherSensesGiveNothing) {
  ExpectNothing(
      {"Санкції ЄС б'ють по економіці Росії.", "Ціни на пальне б'ють по гаманцях українців.",
       "Нападник Динамо бив по воротах Шахтаря.", "Виступ президента Франції уразив журналістів.",
       "Журналісти оточили президента Польщі.",
       // Staying is not leaving; a leader leaving a capital is no retreat.
       "Російські війська залишилися в Херсоні.", "Зеленський залишив Вашингтон після переговорів.",
       "Президент Польщі залишив посаду.", "США залишили Україну без допомоги.",
       "Бомбардувальники США пролетіли над Балтійським морем.",
       "Україна відійшла від позиції Німеччини.", "Польща захищає свої інтереси.",
       "Уряд Німеччини підвищив готовність до опалювального сезону.",
       "Україна не визнає своєї провини.", "Прем'єр Польщі провів розмову з журналістами.",
       "Франція розслідує катастрофу літака.",
       // Joining a mission, a training drill, releasing prisoners in turn.
       "Шведські війська увійшли до складу місії НАТО.", "Білорусь ввела війська на навчання.",
       "Футболісти увійшли до складу збірної України.",
       "Росія та Україна випустили по сто полонених."},
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

// "Held a phone conversation" is a phone call, "held a video conference" a video call: the mode
// tells analysts which (the evidence panel and exports show it).
TEST(FramesUk, PhoneAndVideoCallsKeepTheirMode) {
  for (const auto& [text, mode] : std::vector<std::pair<const char*, const char*>>{
           {"Президент Ірану Ібрагім Раїсі провів телефонну розмову з Путіним.", "phone"},
           {"Президент Ірану провів відеоконференцію з Путіним.", "video call"}}) {
    Doc d = RunText(text, "uk", "2024-05-01");
    ASSERT_FALSE(d.events.empty()) << text;
    EXPECT_EQ(d.events[0].mode, mode) << text << " → " << Summary(d);
  }
}

}  // namespace
}  // namespace entente
