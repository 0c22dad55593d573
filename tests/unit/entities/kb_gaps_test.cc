// Knowledge-base gaps found by the event coder's dev evaluation (data/kb/places, metonyms,
// state_aliases, igos, regions, organizations, people/*; lang/*/groups): each resolves to its
// code in uk, ru and en, through inflection, and the words it could be confused with do not.
#include <gtest/gtest.h>

#include <string>

#include "engine_util.h"
#include "entente/engine.h"

namespace entente {
namespace {

using testing::CodeAt;
using testing::IdAt;
using testing::RunText;

// The country of the state the mention covering exactly `words` acts for (a capital as the
// subject: "Ніамей заявив"); "" if it acts for none.
std::string ActsFor(const Doc& d, std::string_view words) {
  for (const Mention& m : d.mentions)
    if (d.Slice(m.span) == words && m.acting >= 0) return d.entities[m.acting].country;
  return "";
}

// All mentions as "text=id" (for failure messages).
std::string Dump(const Doc& d) {
  std::string out;
  for (const Mention& m : d.mentions)
    out += std::string(d.Slice(m.span)) + "=" + d.entities[m.entity].id + "; ";
  return out;
}

// --- Khan Younis was read as Hanoi (ru keys "Ханой" like "Хан"); now a place in Gaza. ---

TEST(KbGaps, KhanYounisIsInGazaNotVietnam) {
  Doc d = RunText("Ізраїльська армія атакувала Хан-Юніс, бої тривають у Хан-Юнісі.", "uk");
  EXPECT_EQ(IdAt(d, "Хан-Юніс"), "place:khan_younis") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Хан-Юнісі"), "PSE") << Dump(d);
  d = RunText("Израильская армия атаковала Хан-Юнис, бои идут в Хан-Юнисе.", "ru");
  EXPECT_EQ(IdAt(d, "Хан-Юнис"), "place:khan_younis") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Хан-Юнисе"), "PSE") << Dump(d);
  d = RunText("Israeli strikes hit Khan Younis and Rafah on Tuesday.", "en");
  EXPECT_EQ(CodeAt(d, "Khan Younis"), "PSE") << Dump(d);
  EXPECT_EQ(IdAt(d, "Rafah"), "place:rafah") << Dump(d);
  // Hanoi itself is still Vietnam's capital.
  d = RunText("Ханой заявил протест Пекину.", "ru");
  EXPECT_EQ(ActsFor(d, "Ханой"), "VNM") << Dump(d);
}

// --- Congo: the DRC and the Republic of the Congo (state_aliases comment). ---

TEST(KbGaps, CongoNamesSplitBetweenTheTwoStates) {
  Doc d = RunText("The Democratic Republic of Congo accused Rwanda of backing M23.", "en");
  EXPECT_EQ(CodeAt(d, "Democratic Republic of Congo"), "COD") << Dump(d);
  d = RunText("The Democratic Republic of the Congo and Rwanda met in Doha.", "en");
  EXPECT_EQ(CodeAt(d, "Democratic Republic of the Congo"), "COD") << Dump(d);
  d = RunText("DR Congo and the DRC army.", "en");
  EXPECT_EQ(CodeAt(d, "DR Congo"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "DRC"), "COD") << Dump(d);
  d = RunText("The Republic of Congo and Congo-Brazzaville are one state.", "en");
  EXPECT_EQ(CodeAt(d, "Republic of Congo"), "COG") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Congo-Brazzaville"), "COG") << Dump(d);
  d = RunText("Congo Republic signed the deal.", "en");
  EXPECT_EQ(CodeAt(d, "Congo Republic"), "COG") << Dump(d);
  // Ukrainian and Russian copy: plain "Конго" is the DRC, the longer names the other state.
  d = RunText("Конго звинуватило Руанду, а посол Республіки Конго промовчав.", "uk");
  EXPECT_EQ(CodeAt(d, "Конго"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Республіки Конго"), "COG") << Dump(d);
  d = RunText("Конфлікт у Демократичній Республіці Конго і допомога ДР Конго.", "uk");
  EXPECT_EQ(CodeAt(d, "Демократичній Республіці Конго"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "ДР Конго"), "COD") << Dump(d);
  d = RunText("Конго обвинило Руанду. В Республике Конго спокойно.", "ru");
  EXPECT_EQ(CodeAt(d, "Конго"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Республике Конго"), "COG") << Dump(d);
  d = RunText("Власти Демократической Республики Конго и ДРК.", "ru");
  EXPECT_EQ(CodeAt(d, "Демократической Республики Конго"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "ДРК"), "COD") << Dump(d);
}

// --- Capitals: as the subject they act for their state; after a preposition a place. ---

TEST(KbGaps, SahelCapitalsActForTheirStates) {
  Doc d = RunText("Niamey said it would leave ECOWAS, and Bamako recalled its envoy.", "en");
  EXPECT_EQ(ActsFor(d, "Niamey"), "NER") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Bamako"), "MLI") << Dump(d);
  d = RunText("Ouagadougou expelled the diplomats.", "en");
  EXPECT_EQ(ActsFor(d, "Ouagadougou"), "BFA") << Dump(d);
  d = RunText("Ніамей заявив про вихід з ЕКОВАС. У Ніамеї тривають протести.", "uk");
  EXPECT_EQ(ActsFor(d, "Ніамей"), "NER") << Dump(d);
  EXPECT_EQ(IdAt(d, "Ніамеї"), "place:niamey") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Ніамеї"), "") << Dump(d);
  d = RunText("Ниамей заявил о выходе из ЭКОВАС. В Ниамее прошли протесты.", "ru");
  EXPECT_EQ(ActsFor(d, "Ниамей"), "NER") << Dump(d);
  EXPECT_EQ(IdAt(d, "Ниамее"), "place:niamey") << Dump(d);
  d = RunText("Бамако відкликав посла, Уагадугу його підтримав.", "uk");
  EXPECT_EQ(ActsFor(d, "Бамако"), "MLI") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Уагадугу"), "BFA") << Dump(d);
}

TEST(KbGaps, CapitalsOfAfricaTheMiddleEastAndAsia) {
  Doc d = RunText("Kinshasa accused Kigali, while Nairobi and Khartoum called for talks.", "en");
  EXPECT_EQ(ActsFor(d, "Kinshasa"), "COD") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Kigali"), "RWA") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Nairobi"), "KEN") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Khartoum"), "SDN") << Dump(d);
  d = RunText("Sanaa, Muscat and Dhaka responded.", "en");
  EXPECT_EQ(ActsFor(d, "Sanaa"), "YEM") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Muscat"), "OMN") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Dhaka"), "BGD") << Dump(d);
  d = RunText("Кіншаса звинуватила Кігалі. Переговори пройшли в Найробі.", "uk");
  EXPECT_EQ(ActsFor(d, "Кіншаса"), "COD") << Dump(d);
  EXPECT_EQ(ActsFor(d, "Кігалі"), "RWA") << Dump(d);
  EXPECT_EQ(IdAt(d, "Найробі"), "place:nairobi") << Dump(d);
  d = RunText("Киншаса обвинила Кигали. Переговоры прошли в Дакке и Бишкеке.", "ru");
  EXPECT_EQ(ActsFor(d, "Киншаса"), "COD") << Dump(d);
  EXPECT_EQ(IdAt(d, "Дакке"), "place:dhaka") << Dump(d);
  EXPECT_EQ(IdAt(d, "Бишкеке"), "place:bishkek") << Dump(d);
}

// --- Cities of the current wars, with the oblique forms keys miss. ---

TEST(KbGaps, GazaIsraelAndYemen) {
  Doc d = RunText("Хусити вдарили по Ейлату, а Ізраїль - по Ходейді. У Рафасі бої.", "uk");
  EXPECT_EQ(IdAt(d, "Ейлату"), "place:eilat") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Ейлату"), "ISR") << Dump(d);
  EXPECT_EQ(IdAt(d, "Ходейді"), "place:hodeidah") << Dump(d);
  EXPECT_EQ(IdAt(d, "Рафасі"), "place:rafah") << Dump(d);
  d = RunText("Хуситы ударили по Эйлату. Бои идут в Рафахе и Дженине.", "ru");
  EXPECT_EQ(IdAt(d, "Эйлату"), "place:eilat") << Dump(d);
  EXPECT_EQ(IdAt(d, "Рафахе"), "place:rafah") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Дженине"), "PSE") << Dump(d);
  d = RunText("The Houthis fired missiles at Eilat; Israeli troops raided Jenin.", "en");
  EXPECT_EQ(IdAt(d, "Eilat"), "place:eilat") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Jenin"), "PSE") << Dump(d);
}

TEST(KbGaps, SudanSahelAndEasternCongo) {
  Doc d = RunText("M23 rebels seized Goma and Bukavu; the RSF took El Fasher.", "en");
  EXPECT_EQ(IdAt(d, "Goma"), "place:goma") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Bukavu"), "COD") << Dump(d);
  EXPECT_EQ(CodeAt(d, "El Fasher"), "SDN") << Dump(d);
  d = RunText("Бойовики М23 захопили Гому, бої тривають у Букаву та Ель-Фашері.", "uk");
  EXPECT_EQ(IdAt(d, "Гому"), "place:goma") << Dump(d);
  EXPECT_EQ(IdAt(d, "Букаву"), "place:bukavu") << Dump(d);
  EXPECT_EQ(IdAt(d, "Ель-Фашері"), "place:el_fasher") << Dump(d);
  d = RunText("Бои в Гоме и в Эль-Фашере.", "ru");
  EXPECT_EQ(IdAt(d, "Гоме"), "place:goma") << Dump(d);
  EXPECT_EQ(IdAt(d, "Эль-Фашере"), "place:el_fasher") << Dump(d);
}

TEST(KbGaps, UkrainianCitiesInObliqueForms) {
  Doc d = RunText("Бої тривають біля Харкова, Росія вдарила по Харкову і Миколаєву.", "uk");
  EXPECT_EQ(IdAt(d, "Харкова"), "place:kharkiv") << Dump(d);
  EXPECT_EQ(IdAt(d, "Харкову"), "place:kharkiv") << Dump(d);
  EXPECT_EQ(IdAt(d, "Миколаєву"), "place:mykolaiv") << Dump(d);
  d = RunText("Обстріл Чернігова, Кривого Рогу та Ірпеня.", "uk");
  EXPECT_EQ(IdAt(d, "Чернігова"), "place:chernihiv") << Dump(d);
  EXPECT_EQ(IdAt(d, "Кривого Рогу"), "place:kryvyi_rih") << Dump(d);
  EXPECT_EQ(IdAt(d, "Ірпеня"), "place:irpin") << Dump(d);
  d = RunText("Бої біля Часового Яру, вибухи в Сумах і Вінниці.", "uk");
  EXPECT_EQ(IdAt(d, "Часового Яру"), "place:chasiv_yar") << Dump(d);
  EXPECT_EQ(IdAt(d, "Сумах"), "place:sumy") << Dump(d);
  EXPECT_EQ(IdAt(d, "Вінниці"), "place:vinnytsia") << Dump(d);
  d = RunText("Бои у Часова Яра, взрывы в Сумах и Покровске.", "ru");
  EXPECT_EQ(IdAt(d, "Часова Яра"), "place:chasiv_yar") << Dump(d);
  EXPECT_EQ(IdAt(d, "Сумах"), "place:sumy") << Dump(d);
  EXPECT_EQ(IdAt(d, "Покровске"), "place:pokrovsk") << Dump(d);
  // The lower-case common nouns are no places: "суми" (sums), "лиман" (an estuary).
  d = RunText("Уряд виділив великі суми грошей, рибалки вийшли на лиман.", "uk");
  EXPECT_EQ(IdAt(d, "суми"), "") << Dump(d);
  EXPECT_EQ(IdAt(d, "лиман"), "") << Dump(d);
}

TEST(KbGaps, SnakeIslandAndKarabakh) {
  Doc d = RunText("Росіяни атакували острів Зміїний. Десант на Зміїному знищено.", "uk");
  EXPECT_EQ(IdAt(d, "острів Зміїний"), "place:snake_island") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Зміїному"), "UKR") << Dump(d);
  d = RunText("Российские военные высадились на остров Змеиный.", "ru");
  EXPECT_EQ(IdAt(d, "остров Змеиный"), "place:snake_island") << Dump(d);
  d = RunText("Russian troops left Snake Island.", "en");
  EXPECT_EQ(IdAt(d, "Snake Island"), "place:snake_island") << Dump(d);
  d = RunText("Azerbaijan retook Karabakh, and Armenians fled Nagorno-Karabakh.", "en");
  EXPECT_EQ(CodeAt(d, "Karabakh"), "AZE") << Dump(d);
  EXPECT_EQ(IdAt(d, "Nagorno-Karabakh"), "place:karabakh") << Dump(d);
  d = RunText("Бои в Нагорном Карабахе. Азербайджан вернул Карабах.", "ru");
  EXPECT_EQ(IdAt(d, "Нагорном Карабахе"), "place:karabakh") << Dump(d);
  EXPECT_EQ(IdAt(d, "Карабах"), "place:karabakh") << Dump(d);
  d = RunText("Вірменія і Нагірний Карабах. Бої в Карабасі.", "uk");
  EXPECT_EQ(IdAt(d, "Нагірний Карабах"), "place:karabakh") << Dump(d);
  EXPECT_EQ(IdAt(d, "Карабасі"), "place:karabakh") << Dump(d);
}

// --- People. ---

TEST(KbGaps, KostinAndKubrakov) {
  Doc d = RunText("Генпрокурор Андрій Костін заявив про нові підозри. Костін додав.", "uk",
                  "2023-06-01");
  EXPECT_EQ(IdAt(d, "Андрій Костін"), "p:andriy_kostin") << Dump(d);
  EXPECT_EQ(IdAt(d, "Костін"), "p:andriy_kostin") << Dump(d);
  d = RunText("Генпрокурор Украины Андрей Костин заявил.", "ru", "2023-06-01");
  EXPECT_EQ(IdAt(d, "Андрей Костин"), "p:andriy_kostin") << Dump(d);
  d = RunText("Andriy Kostin met the ICC prosecutor in The Hague.", "en", "2023-06-01");
  EXPECT_EQ(CodeAt(d, "Andriy Kostin"), "UKR") << Dump(d);
  d = RunText("Віцепрем'єр Олександр Кубраков зустрівся з Олександром Кубраковим.", "uk",
              "2023-06-01");
  EXPECT_EQ(IdAt(d, "Олександр Кубраков"), "p:oleksandr_kubrakov") << Dump(d);
  EXPECT_EQ(IdAt(d, "Олександром Кубраковим"), "p:oleksandr_kubrakov") << Dump(d);
  d = RunText("Александр Кубраков заявил.", "ru", "2023-06-01");
  EXPECT_EQ(IdAt(d, "Александр Кубраков"), "p:oleksandr_kubrakov") << Dump(d);
  d = RunText("Oleksandr Kubrakov said grain exports resumed.", "en", "2023-06-01");
  EXPECT_EQ(IdAt(d, "Oleksandr Kubrakov"), "p:oleksandr_kubrakov") << Dump(d);
}

TEST(KbGaps, GershkovichAndKrasikov) {
  Doc d =
      RunText("Russia freed Evan Gershkovich in exchange for Vadim Krasikov.", "en", "2024-08-01");
  const Mention* m = testing::MentionAt(d, "Evan Gershkovich");
  ASSERT_NE(m, nullptr) << Dump(d);
  EXPECT_EQ(d.entities[m->entity].id, "p:evan_gershkovich");
  EXPECT_EQ(d.entities[m->entity].country, "USA");
  EXPECT_EQ(d.entities[m->entity].sector, "MED");
  m = testing::MentionAt(d, "Vadim Krasikov");
  ASSERT_NE(m, nullptr) << Dump(d);
  EXPECT_EQ(d.entities[m->entity].country, "RUS");
  EXPECT_EQ(d.entities[m->entity].sector, "SPY");
  // (The oblique full name "Вадима Красікова" is not matched: keys strip "-им" from "Вадим";
  // a MatchKeys change, see the report. The surname alone is.)
  d = RunText("Росія звільнила Евана Гершковича, Німеччина - Красікова.", "uk");
  EXPECT_EQ(IdAt(d, "Евана Гершковича"), "p:evan_gershkovich") << Dump(d);
  EXPECT_EQ(IdAt(d, "Красікова"), "p:vadim_krasikov") << Dump(d);
  d = RunText("Эван Гершкович вернулся в США, Вадим Красиков - в Москву.", "ru");
  EXPECT_EQ(IdAt(d, "Эван Гершкович"), "p:evan_gershkovich") << Dump(d);
  EXPECT_EQ(IdAt(d, "Вадим Красиков"), "p:vadim_krasikov") << Dump(d);
}

// --- IGOs and the West. ---

TEST(KbGaps, EcowasAndTheSahelAlliance) {
  Doc d =
      RunText("ECOWAS lifted sanctions; the Economic Community of West African States met.", "en");
  EXPECT_EQ(CodeAt(d, "ECOWAS"), "IGO:ECOWAS") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Economic Community of West African States"), "IGO:ECOWAS") << Dump(d);
  d = RunText("Саміт ЕКОВАС відбувся в Абуджі.", "uk");
  EXPECT_EQ(CodeAt(d, "ЕКОВАС"), "IGO:ECOWAS") << Dump(d);
  d = RunText("Саммит ЭКОВАС прошёл в Абудже.", "ru");
  EXPECT_EQ(CodeAt(d, "ЭКОВАС"), "IGO:ECOWAS") << Dump(d);
  d = RunText("The Alliance of Sahel States rejected the offer.", "en");
  EXPECT_EQ(CodeAt(d, "Alliance of Sahel States"), "IGO:AES") << Dump(d);
}

TEST(KbGaps, BlocsInAllThreeLanguagesAndTheirInflections) {
  Doc d =
      RunText("Саміт Арабської ліги і члени Організації Договору про колективну безпеку.", "uk");
  EXPECT_EQ(CodeAt(d, "Арабської ліги"), "IGO:ARL") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Організації Договору про колективну безпеку"), "IGO:CSTO") << Dump(d);
  d = RunText("Лідери Групи семи і члени Євразійського економічного союзу.", "uk");
  EXPECT_EQ(CodeAt(d, "Групи семи"), "IGO:G7") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Євразійського економічного союзу"), "IGO:EAEU") << Dump(d);
  d = RunText("Місія Організації з безпеки та співробітництва в Європі.", "uk");
  EXPECT_EQ(CodeAt(d, "Організації з безпеки та співробітництва в Європі"), "IGO:OSCE") << Dump(d);
  d = RunText("Лидеры Большой семерки и Ассоциации государств Юго-Восточной Азии.", "ru");
  EXPECT_EQ(CodeAt(d, "Большой семерки"), "IGO:G7") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Ассоциации государств Юго-Восточной Азии"), "IGO:ASEAN") << Dump(d);
  d = RunText("Генсек ЛАГ и Совета сотрудничества стран Персидского залива.", "ru");
  EXPECT_EQ(CodeAt(d, "ЛАГ"), "IGO:ARL") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Совета сотрудничества стран Персидского залива"), "IGO:GCC") << Dump(d);
  d = RunText("The AU, the League of Arab States and the Group of 20 met.", "en");
  EXPECT_EQ(CodeAt(d, "AU"), "IGO:AU") << Dump(d);
  EXPECT_EQ(CodeAt(d, "League of Arab States"), "IGO:ARL") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Group of 20"), "IGO:G20") << Dump(d);
  d = RunText("The Collective Security Treaty Organization and the EAEU met.", "en");
  EXPECT_EQ(CodeAt(d, "Collective Security Treaty Organization"), "IGO:CSTO") << Dump(d);
  EXPECT_EQ(CodeAt(d, "EAEU"), "IGO:EAEU") << Dump(d);
}

TEST(KbGaps, WesternDelegations) {
  Doc d = RunText("Західні делегації покинули зал під час виступу.", "uk");
  EXPECT_EQ(CodeAt(d, "Західні делегації"), "REG:WEST") << Dump(d);
  d = RunText("Западные делегации покинули зал.", "ru");
  EXPECT_EQ(CodeAt(d, "Западные делегации"), "REG:WEST") << Dump(d);
  d = RunText("Western delegations walked out of the hall.", "en");
  EXPECT_EQ(CodeAt(d, "Western delegations"), "REG:WEST") << Dump(d);
  // Geographic lower-case "western" is no actor.
  d = RunText("Fighting spread to western Ukraine.", "en");
  EXPECT_EQ(CodeAt(d, "western"), "") << Dump(d);
}

// --- Ukrainian usage: окупанти, рашисти give Russia; Russian "оккупанты" does not. ---

TEST(KbGaps, UkrainianOccupiersAreRussia) {
  Doc d = RunText("Окупанти обстріляли Херсон, ЗСУ знищили рашистів.", "uk");
  EXPECT_EQ(CodeAt(d, "Окупанти"), "RUS") << Dump(d);
  EXPECT_EQ(CodeAt(d, "рашистів"), "RUS") << Dump(d);
  d = RunText("Рашисти вдарили по Одесі, загинули троє окупантів.", "uk");
  EXPECT_EQ(CodeAt(d, "Рашисти"), "RUS") << Dump(d);
  EXPECT_EQ(CodeAt(d, "окупантів"), "RUS") << Dump(d);
  d = RunText("Оккупанты обстреляли Херсон.", "ru");
  EXPECT_EQ(CodeAt(d, "Оккупанты"), "") << Dump(d);
}

// --- National armed forces named as such are their state (sector MIL). ---

TEST(KbGaps, ArmedForcesAreTheirState) {
  Doc d = RunText("ЗСУ відбили атаку, а Збройні сили Росії відступили.", "uk");
  EXPECT_EQ(IdAt(d, "ЗСУ"), "o:afu") << Dump(d);
  EXPECT_EQ(CodeAt(d, "ЗСУ"), "UKR") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Збройні сили Росії"), "RUS") << Dump(d);
  d = RunText("ЦАХАЛ завдав удару по Рафаху.", "uk");
  EXPECT_EQ(CodeAt(d, "ЦАХАЛ"), "ISR") << Dump(d);
  d = RunText("Армия обороны Израиля и Вооруженные силы Украины.", "ru");
  EXPECT_EQ(CodeAt(d, "Армия обороны Израиля"), "ISR") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Вооруженные силы Украины"), "UKR") << Dump(d);
  // A Cyrillic abbreviation of up to five letters matches all-capitals text only: "ВСУ" is
  // the Ukrainian army, "Все", "Всего" are words.
  d = RunText("ВСУ нанесли удар по Белгороду.", "ru");
  EXPECT_EQ(IdAt(d, "ВСУ"), "o:afu") << Dump(d);
  d = RunText("Все страны согласились. Всего погибли пять человек.", "ru");
  EXPECT_EQ(IdAt(d, "Все"), "") << Dump(d);
  EXPECT_EQ(IdAt(d, "Всего"), "") << Dump(d);
  d = RunText("The IDF said the Israel Defense Forces struck Khan Younis.", "en");
  EXPECT_EQ(IdAt(d, "IDF"), "o:idf") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Israel Defense Forces"), "ISR") << Dump(d);
}

// --- Oblique state forms keys miss. ---

TEST(KbGaps, DativeAndInstrumentalStateForms) {
  Doc d = RunText("США передали Філіппінам кораблі, Польща посилила кордон з Білоруссю.", "uk");
  EXPECT_EQ(CodeAt(d, "Філіппінам"), "PHL") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Білоруссю"), "BLR") << Dump(d);
  d = RunText("Ізраїль домовився з Єгиптом.", "uk");
  EXPECT_EQ(CodeAt(d, "Єгиптом"), "EGY") << Dump(d);
  d = RunText("США передали Филиппинам корабли.", "ru");
  EXPECT_EQ(CodeAt(d, "Филиппинам"), "PHL") << Dump(d);
}

// --- Collective actors: the Sahel's juntas. ---

TEST(KbGaps, MilitaryRulersAreAJunta) {
  Doc d = RunText("Niger's military rulers expelled the French ambassador.", "en");
  EXPECT_EQ(IdAt(d, "Niger's military rulers"), "g:NER:junta") << Dump(d);
  d = RunText("Mali's coup leaders expelled the French ambassador.", "en");
  EXPECT_EQ(IdAt(d, "Mali's coup leaders"), "g:MLI:junta") << Dump(d);
  d = RunText("Путчисти в Ніамеї заявили про розрив угоди.", "uk");
  EXPECT_EQ(IdAt(d, "Путчисти"), "g:NER:junta") << Dump(d);
  d = RunText("Путчисты в Ниамее заявили о разрыве соглашения.", "ru");
  EXPECT_EQ(IdAt(d, "Путчисты"), "g:NER:junta") << Dump(d);
  // "military leaders" is no junta (every state has them).
  d = RunText("Israel's military leaders said the operation would go on.", "en");
  EXPECT_NE(IdAt(d, "Israel's military leaders"), "g:ISR:junta") << Dump(d);
}

// --- Plain English "Congo" is the DRC in wire copy (state_aliases kind usual); the Republic of
// the Congo keeps its longer names; the central African state's abbreviation ЦАР. ---

TEST(KbGaps, PlainCongoIsTheDrcAndTheRepublicKeepsItsNames) {
  Doc d = RunText("Congo recalled its ambassador from Kigali on Monday.", "en");
  EXPECT_EQ(CodeAt(d, "Congo"), "COD") << Dump(d);
  d = RunText("The Republic of Congo signed a deal with Angola.", "en");
  EXPECT_EQ(CodeAt(d, "Republic of Congo"), "COG") << Dump(d);
  d = RunText("Россия направила военных инструкторов в ЦАР и Мали.", "ru");
  EXPECT_EQ(CodeAt(d, "ЦАР"), "CAF") << Dump(d);
}

// --- Carrie Lam, Hong Kong's chief executive 2017-2022, was unknown. ---

TEST(KbGaps, CarrieLamIsHongKong) {
  Doc d = RunText("Carrie Lam said on Monday that Lam would not resign.", "en");
  EXPECT_EQ(CodeAt(d, "Carrie Lam"), "HKG") << Dump(d);
}

// --- Research institutes: their experts, named with a title, act for the institute's country. ---

TEST(KbGaps, ThinkTanksAndTheirExperts) {
  Doc d = RunText("Аналітики Атлантичної ради та Центру Разумкова оцінили наступ.", "uk");
  EXPECT_EQ(IdAt(d, "Атлантичної ради"), "o:atlantic_council") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Центру Разумкова"), "UKR") << Dump(d);
  d = RunText(
      "Об этом сказал директор Института мировой экономики и международных отношений "
      "Иван Петров.",
      "ru");
  EXPECT_EQ(IdAt(d, "Института мировой экономики и международных отношений"), "o:imemo") << Dump(d);
  EXPECT_EQ(CodeAt(d, "директор Института мировой экономики и международных отношений Иван Петров"),
            "RUS")
      << Dump(d);
  d = RunText("John Smith of the Royal United Services Institute said the strikes would go on.",
              "en");
  EXPECT_EQ(CodeAt(d, "Royal United Services Institute"), "GBR") << Dump(d);
}

TEST(KbGaps, TransnationalArmedGroupsHaveNoState) {
  // Known by every name, placed in no state (CAMEO's IMG); the common phrase is no name.
  Doc d = RunText("Бойовики ІДІЛ та Аль-Каїди атакували блокпост.", "uk");
  EXPECT_EQ(IdAt(d, "ІДІЛ"), "o:isis") << Dump(d);
  EXPECT_EQ(IdAt(d, "Аль-Каїди"), "o:al_qaeda") << Dump(d);
  EXPECT_EQ(CodeAt(d, "ІДІЛ"), "") << Dump(d);
  d = RunText(
      "Ответственность взяло на себя Исламское государство. Иран называет себя "
      "исламское государство.",
      "ru");
  EXPECT_EQ(IdAt(d, "Исламское государство"), "o:isis") << Dump(d);
  EXPECT_EQ(IdAt(d, "исламское государство"), "") << Dump(d);
  d = RunText("Officials said ISIL fighters had withdrawn.", "en");
  EXPECT_EQ(IdAt(d, "ISIL"), "o:isis") << Dump(d);
}

TEST(KbGaps, UlsterIsNorthernIreland) {
  // News mean Northern Ireland by "Ulster", not the Irish province (IE-U).
  Doc d = RunText("Премьер-министр посетила Ольстер в понедельник.", "ru");
  EXPECT_EQ(IdAt(d, "Ольстер"), "place:northern_ireland") << Dump(d);
  EXPECT_EQ(CodeAt(d, "Ольстер"), "GBR") << Dump(d);
}

}  // namespace
}  // namespace entente
