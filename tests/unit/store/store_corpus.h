// tests/unit/store/store_corpus.h — a small corpus of stored documents shared by the store tests.
#ifndef ENTENTE_TESTS_UNIT_STORE_STORE_CORPUS_H_
#define ENTENTE_TESTS_UNIT_STORE_STORE_CORPUS_H_

#include <string>
#include <vector>

#include "unit/store/store_fixture.h"

namespace entente::testing {

// Four documents in three languages; effective event dates (event date, else publication date):
//   c0, c1: 2024-02-10T08:00:00Z   a0: 2024-03-19   a1: 2024-03-20   d0..d2: 2024-03-21
//   b0: 2024-03-31   b1: 2024-04
inline std::vector<Doc> Corpus() {
  std::vector<Doc> docs;
  {
    Doc a;
    a.id = "a";
    a.url = "https://ukrinform.example/a";
    a.source = "Укрінформ";
    a.date = "2024-03-20";
    a.lang = "uk";
    a.text = "Путін зустрівся з Сі Цзіньпіном. Президент Ірану Раїсі подзвонив Путіну.";
    a.body = {{0, static_cast<uint32_t>(a.text.size())}};
    a.entities.push_back(
        MakeEntity(a, "Q7747", "Vladimir Putin", "person", "RUS", {"Путін", "Путіну"}));
    a.entities.push_back(MakeEntity(a, "Q15031", "Xi Jinping", "person", "CHN", {"Сі Цзіньпіном"}));
    a.events.push_back(MakeEvent(a, "Путін зустрівся з Сі Цзіньпіном.", "RUS", "Q7747", "Путін",
                                 "CONSULT", "CHN", "Q15031", "Сі Цзіньпіном", "2024-03-19"));
    a.events.back().trigger_text = "зустрівся";
    a.events.back().trigger = Find(a.text, "зустрівся");
    a.events.back().mode = "meet";
    a.events.back().place = Place{"Москва", "RUS", 55.75, 37.62};
    a.events.push_back(MakeEvent(a, "Президент Ірану Раїсі подзвонив Путіну.", "IRN", "Q5960",
                                 "Президент Ірану Раїсі", "CONSULT", "RUS", "Q7747", "Путіну", ""));
    a.events.back().modality = Modality::kReported;
    a.events.back().attribution = "ISW";
    docs.push_back(std::move(a));
  }
  {
    Doc b;
    b.id = "b";
    b.source = "ТАСС";
    b.date = "2024-04-02";
    b.lang = "ru";
    b.text = "Россия обвинила США. КНДР поставила России ракеты.";
    b.events.push_back(MakeEvent(b, "Россия обвинила США.", "RUS", "", "Россия", "ACCUSE", "USA",
                                 "", "США", "2024-03-31"));
    b.events.push_back(MakeEvent(b, "КНДР поставила России ракеты.", "PRK", "", "КНДР", "AID",
                                 "RUS", "", "России", "2024-04"));
    docs.push_back(std::move(b));
  }
  {
    Doc c;
    c.id = "c";
    c.source = "Reuters";
    c.date = "2024-02-10T08:00:00Z";
    c.lang = "en";
    c.text = "The ICC issued a warrant for Putin. Russia threatened someone.";
    c.events.push_back(MakeEvent(c, "The ICC issued a warrant for Putin.", "IGO:ICC", "", "The ICC",
                                 "COERCE", "RUS", "Q7747", "Putin", ""));
    c.events.push_back(MakeEvent(c, "Russia threatened someone.", "RUS", "", "Russia", "THREATEN",
                                 "", "", "someone", ""));
    docs.push_back(std::move(c));
  }
  {
    Doc d;
    d.id = "d";
    d.date = "2024-03-21";
    d.lang = "en";
    d.text = "Putin and Xi signed a treaty. Russia warned China. Moscow praised Russia.";
    d.entities.push_back(MakeEntity(d, "Q7747", "Putin", "person", "RUS", {"Putin"}));
    d.events.push_back(MakeEvent(d, "Putin and Xi signed a treaty.", "RUS", "Q7747", "Putin",
                                 "AGREE", "CHN", "Q15031", "Xi", ""));
    d.events.push_back(MakeEvent(d, "Russia warned China.", "RUS", "", "Russia", "THREATEN", "CHN",
                                 "", "China", ""));
    d.events.push_back(MakeEvent(d, "Moscow praised Russia.", "RUS", "", "Moscow", "SUPPORT", "RUS",
                                 "", "Russia", ""));
    docs.push_back(std::move(d));
  }
  return docs;
}

// One phone call (Raisi → Putin, 19 March 2024) reported by three outlets in three languages,
// plus a syndicated copy of the Ukrainian report by a fourth outlet, and an unrelated later call.
inline std::vector<Doc> OneCallManyReports() {
  auto report = [](std::string id, std::string source, std::string lang, std::string date,
                   std::string text, const std::string& sentence, const std::string& src,
                   const std::string& tgt, std::string event_date) {
    Doc d;
    d.id = std::move(id);
    d.source = std::move(source);
    d.lang = std::move(lang);
    d.date = std::move(date);
    d.text = std::move(text);
    d.body = {{0, static_cast<uint32_t>(d.text.size())}};
    d.events.push_back(MakeEvent(d, sentence, "IRN", "p:ebrahim_raisi", src, "CONSULT", "RUS",
                                 "Q7747", tgt, std::move(event_date)));
    d.events.back().mode = "phone";
    d.events.back().cameo = "042";
    return d;
  };
  const std::string uk =
      "19 березня президент Ірану Ібрагім Раїсі провів телефонну розмову з російським "
      "диктатором Володимиром Путіним. Сторони обговорили ситуацію на Південному Кавказі, "
      "двосторонню торгівлю та співпрацю в енергетиці, повідомляє Інститут вивчення війни. "
      "Раїсі підтвердив готовність Тегерана допомогти Москві стабілізувати регіон і знову "
      "запросив російського лідера відвідати Іран. Аналітики ISW вважають, що Кремль і далі "
      "намагається побудувати коаліцію на противагу Заходу, розвиваючи двосторонні відносини з "
      "Іраном, Китаєм і Північною Кореєю, які постачають Росії зброю та боєприпаси. Напередодні "
      "заступник міністра закордонних справ Росії Андрій Руденко зустрівся в Москві з "
      "китайським дипломатом Лю Сяоміном, і сторони звинуватили Сполучені Штати в ескалації на "
      "Корейському півострові.";
  std::vector<Doc> docs;
  docs.push_back(report("uk1", "Європейська правда", "uk", "2024-03-20", uk,
                        "19 березня президент Ірану Ібрагім Раїсі провів телефонну розмову з "
                        "російським диктатором Володимиром Путіним.",
                        "президент Ірану Ібрагім Раїсі", "Володимиром Путіним", "2024-03-19"));
  docs.push_back(report("uk1-copy", "Новини регіону", "uk", "2024-03-21", uk + " Фото: AP.",
                        "19 березня президент Ірану Ібрагім Раїсі провів телефонну розмову з "
                        "російським диктатором Володимиром Путіним.",
                        "президент Ірану Ібрагім Раїсі", "Володимиром Путіним", "2024-03-19"));
  docs.push_back(report("ru1", "ТАСС", "ru", "2024-03-19",
                        "Владимир Путин провёл телефонный разговор с президентом Ирана Эбрахимом "
                        "Раиси. Стороны обсудили двустороннее сотрудничество.",
                        "Владимир Путин провёл телефонный разговор с президентом Ирана Эбрахимом "
                        "Раиси.",
                        "президентом Ирана Эбрахимом Раиси", "Владимир Путин", ""));
  // In Russian the call is told from Putin's side: the same meeting either way.
  std::swap(docs.back().events.back().src, docs.back().events.back().tgt);
  docs.push_back(report("en1", "Reuters", "en", "2024-03-20",
                        "Iranian President Ebrahim Raisi spoke by phone with Russian President "
                        "Vladimir Putin on Tuesday, state media said.",
                        "Iranian President Ebrahim Raisi spoke by phone with Russian President "
                        "Vladimir Putin on Tuesday, state media said.",
                        "Iranian President Ebrahim Raisi", "Vladimir Putin", "2024-03-19"));
  docs.push_back(report("en2", "Reuters", "en", "2024-05-02",
                        "Raisi and Putin spoke by phone again on Wednesday about the Caucasus.",
                        "Raisi and Putin spoke by phone again on Wednesday about the Caucasus.",
                        "Raisi", "Putin", "2024-05-01"));
  return docs;
}

// Ids of the events `filter` selects, in the store's order: "<doc>/<index in doc>".
inline std::vector<std::string> Select(Store& store, const EventFilter& filter) {
  std::vector<std::string> out;
  Status s = store.ForEachEvent(filter, [&](const StoredEvent& e) {
    out.push_back(e.doc_id + std::to_string(std::stoi(e.id.substr(e.id.find('-') + 1))));
  });
  EXPECT_TRUE(s.ok()) << s;
  return out;
}

// One person named in full in one document ("Остап Кузьменко", a Ukrainian MP) and by surname
// alone in another, in Russian, which gives no country ("Кузьменко": x:kuzmenko).
inline std::vector<Doc> NamedAcrossDocs() {
  Doc full;
  full.id = "n1";
  full.source = "Укрінформ";
  full.date = "2024-05-02";
  full.lang = "uk";
  full.text = "Український депутат Остап Кузьменко зустрівся з послом Франції.";
  full.entities.push_back(MakeEntity(full, "x:ostap_kuzmenko", "Остап Кузьменко", "person", "UKR",
                                     {"Остап Кузьменко"}));
  full.entities.push_back(MakeEntity(full, "Q142", "France", "state", "FRA", {"Франції"}));
  full.events.push_back(MakeEvent(full, full.text, "UKR", "x:ostap_kuzmenko",
                                  "Український депутат Остап Кузьменко", "CONSULT", "FRA", "Q142",
                                  "послом Франції", "2024-05-02"));
  Doc part;
  part.id = "n2";
  part.source = "ТАСС";
  part.date = "2024-05-03";
  part.lang = "ru";
  part.text = "Кузьменко раскритиковал правительство Франции.";
  part.entities.push_back(MakeEntity(part, "x:kuzmenko", "Кузьменко", "name", "", {"Кузьменко"}));
  part.entities.push_back(MakeEntity(part, "Q142", "France", "state", "FRA", {"Франции"}));
  part.events.push_back(MakeEvent(part, part.text, "", "x:kuzmenko", "Кузьменко", "DISAPPROVE",
                                  "FRA", "Q142", "правительство Франции", "2024-05-03"));
  return {full, part};
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_STORE_CORPUS_H_
