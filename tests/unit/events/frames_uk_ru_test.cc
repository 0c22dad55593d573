// The general wire-copy vocabulary of data/lang/{uk,ru}/events.tsv, one family of frames per
// PLOVER type, on sentences written for these tests: each must give its event (source, type,
// target), and sentences where a trigger word stands in another sense, sport, anniversaries or
// guarded phrases ("за допомогою", "про співпрацю") must give nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine_util.h"

namespace entente {
namespace {

using testing::Has;
using testing::RunText;
using testing::Summary;

struct Case {
  Case(const char* text, const char* src, const char* type, const char* tgt,
       const char* cameo = nullptr)
      : text(text), src(src), type(type), tgt(tgt), cameo(cameo) {}
  const char* text;
  const char* src;
  const char* type;
  const char* tgt;
  const char* cameo;  // when set, the event's CAMEO code too
};

void ExpectEvents(const std::vector<Case>& cases, const std::string& lang) {
  for (const Case& c : cases) {
    Doc d = RunText(c.text, lang, "2024-05-01");
    EXPECT_TRUE(Has(d, c.src, c.type, c.tgt)) << c.text << " → " << Summary(d);
    if (!c.cameo) continue;
    bool found = false;
    for (const Event& e : d.events)
      if (e.src.country == c.src && e.type == c.type && e.tgt.country == c.tgt)
        found = found || e.cameo == c.cameo;
    EXPECT_TRUE(found) << c.text << " → CAMEO " << c.cameo << " expected";
  }
}

// Meetings, treaties and joint action between coordinated parties: either direction.
void ExpectMutual(const std::vector<Case>& cases, const std::string& lang) {
  for (const Case& c : cases) {
    Doc d = RunText(c.text, lang, "2024-05-01");
    EXPECT_TRUE(Has(d, c.src, c.type, c.tgt) || Has(d, c.tgt, c.type, c.src))
        << c.text << " → " << Summary(d);
  }
}

void ExpectNothing(const std::vector<const char*>& texts, const std::string& lang) {
  for (const char* t : texts) {
    Doc d = RunText(t, lang, "2024-05-01");
    EXPECT_TRUE(d.events.empty()) << t << " → " << Summary(d);
  }
}

Modality ModalityOf(const char* text, const std::string& lang) {
  Doc d = RunText(text, lang, "2024-05-01");
  EXPECT_FALSE(d.events.empty()) << text;
  return d.events.empty() ? Modality::kAsserted : d.events[0].modality;
}

// ---------------------------------------------------------------- Ukrainian

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

// ---------------------------------------------------------------- Russian

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

}  // namespace
}  // namespace entente
