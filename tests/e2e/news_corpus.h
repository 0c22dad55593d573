// tests/e2e/news_corpus.h — a deterministic generator of short news-like documents in Ukrainian,
// Russian and English, for end-to-end tests that need many documents.
//
//   WriteNewsCorpus("/tmp/x/corpus.jsonl", 20000);  // one {"id", "text", ...} line per doc
//
// Each document has 2-4 sentences naming states and leaders with verbs of meeting, visiting,
// accusing, supplying (so the engine finds events), and a closing sentence with its number, so
// every text differs. Documents are 300-700 bytes. The same (n, seed) always gives the same file.
#ifndef ENTENTE_TESTS_E2E_NEWS_CORPUS_H_
#define ENTENTE_TESTS_E2E_NEWS_CORPUS_H_

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace entente::testing {

namespace corpus_internal {

// A leader and the state they lead, in the forms the templates need.
struct Actor {
  const char* en;      // "Vladimir Putin"
  const char* uk;      // nominative
  const char* uk_ins;  // instrumental: "з Путіним"
  const char* ru;      // nominative
  const char* ru_ins;  // instrumental: "с Путиным"
  const char* state_en;
  const char* state_uk;      // nominative
  const char* state_uk_acc;  // accusative
  const char* state_ru;
  const char* state_ru_acc;
  const char* city_en;
  const char* city_uk_loc;  // "у Москві"
  const char* city_uk_acc;  // "відвідав Москву"
  const char* city_ru_acc;  // "посетил Москву"
};

inline const std::vector<Actor>& Actors() {
  static const std::vector<Actor> kActors = {
      {"Vladimir Putin", "Володимир Путін", "Володимиром Путіним", "Владимир Путин",
       "Владимиром Путиным", "Russia", "Росія", "Росію", "Россия", "Россию", "Moscow", "Москві",
       "Москву", "Москву"},
      {"Xi Jinping", "Сі Цзіньпін", "Сі Цзіньпіном", "Си Цзиньпин", "Си Цзиньпином", "China",
       "Китай", "Китай", "Китай", "Китай", "Beijing", "Пекіні", "Пекін", "Пекин"},
      {"Joe Biden", "Джо Байден", "Джо Байденом", "Джо Байден", "Джо Байденом", "the United States",
       "США", "США", "США", "США", "Washington", "Вашингтоні", "Вашингтон", "Вашингтон"},
      {"Volodymyr Zelensky", "Володимир Зеленський", "Володимиром Зеленським", "Владимир Зеленский",
       "Владимиром Зеленским", "Ukraine", "Україна", "Україну", "Украина", "Украину", "Kyiv",
       "Києві", "Київ", "Киев"},
      {"Emmanuel Macron", "Емманюель Макрон", "Емманюелем Макроном", "Эммануэль Макрон",
       "Эммануэлем Макроном", "France", "Франція", "Францію", "Франция", "Францию", "Paris",
       "Парижі", "Париж", "Париж"},
      {"Recep Tayyip Erdogan", "Реджеп Таїп Ердоган", "Реджепом Таїпом Ердоганом",
       "Реджеп Тайип Эрдоган", "Реджепом Тайипом Эрдоганом", "Turkey", "Туреччина", "Туреччину",
       "Турция", "Турцию", "Ankara", "Анкарі", "Анкару", "Анкару"},
      {"Ebrahim Raisi", "Ебрагім Раїсі", "Ебрагімом Раїсі", "Эбрахим Раиси", "Эбрахимом Раиси",
       "Iran", "Іран", "Іран", "Иран", "Иран", "Tehran", "Тегерані", "Тегеран", "Тегеран"},
      {"Kim Jong Un", "Кім Чен Ин", "Кім Чен Ином", "Ким Чен Ын", "Ким Чен Ыном", "North Korea",
       "КНДР", "КНДР", "КНДР", "КНДР", "Pyongyang", "Пхеньяні", "Пхеньян", "Пхеньян"},
      {"Narendra Modi", "Нарендра Моді", "Нарендрою Моді", "Нарендра Моди", "Нарендрой Моди",
       "India", "Індія", "Індію", "Индия", "Индию", "New Delhi", "Нью-Делі", "Нью-Делі",
       "Нью-Дели"},
      {"Olaf Scholz", "Олаф Шольц", "Олафом Шольцом", "Олаф Шольц", "Олафом Шольцем", "Germany",
       "Німеччина", "Німеччину", "Германия", "Германию", "Berlin", "Берліні", "Берлін", "Берлин"},
  };
  return kActors;
}

// A small deterministic generator (SplitMix64), so corpora do not depend on the C++ library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t s_;
};

inline std::string Sentence(const std::string& lang, const Actor& a, const Actor& b, Rng& rng) {
  const size_t kind = rng.Below(6);
  if (lang == "uk") {
    switch (kind) {
      case 0:
        return std::string(a.uk) + " зустрівся з " + b.uk_ins + " у " + a.city_uk_loc + ".";
      case 1:
        return std::string(a.uk) + " відвідав " + b.city_uk_acc + " і провів переговори з " +
               b.uk_ins + ".";
      case 2:
        return std::string("У ") + a.city_uk_loc + " звинуватили " + b.state_uk_acc +
               " у порушенні домовленостей.";
      case 3:
        return std::string(a.uk) + " провів телефонну розмову з " + b.uk_ins + ".";
      case 4:
        return std::string(a.state_uk) + " пообіцяла підтримати " + b.state_uk_acc +
               " в енергетиці.";
      default:
        return std::string(a.uk) + " різко розкритикував " + b.state_uk_acc + " за нові санкції.";
    }
  }
  if (lang == "ru") {
    switch (kind) {
      case 0:
        return std::string(a.ru) + " посетил " + b.city_ru_acc + " и встретился с " + b.ru_ins +
               ".";
      case 1:
        return std::string(a.ru) + " провел телефонный разговор с " + b.ru_ins + ".";
      case 2:
        return std::string("МИД ") + a.state_ru + " обвинил " + b.state_ru_acc +
               " в эскалации конфликта.";
      case 3:
        return std::string(a.ru) + " и " + b.ru + " подписали соглашение о сотрудничестве.";
      case 4:
        return std::string(a.state_ru) + " поставила " + b.state_ru_acc + " партию оружия.";
      default:
        return std::string(a.ru) + " пригрозил " + b.state_ru_acc + " ответными мерами.";
    }
  }
  switch (kind) {
    case 0:
      return std::string(a.en) + " met " + b.en + " in " + a.city_en + " on Tuesday.";
    case 1:
      return std::string(a.en) + " visited " + b.city_en + " and held talks with " + b.en + ".";
    case 2:
      return std::string(a.state_en) + " accused " + b.state_en + " of violating the ceasefire.";
    case 3:
      return std::string(a.en) + " spoke by phone with " + b.en + ".";
    case 4:
      return std::string(a.state_en) + " imposed new sanctions on " + b.state_en + ".";
    default:
      return std::string(a.en) + " threatened " + b.state_en + " with retaliation.";
  }
}

inline std::string Closing(const std::string& lang, size_t n) {
  const std::string num = std::to_string(n);
  if (lang == "uk") return "Це повідомлення агентства має номер " + num + ".";
  if (lang == "ru") return "Это сообщение агентства имеет номер " + num + ".";
  return "This is agency dispatch number " + num + ".";
}

}  // namespace corpus_internal

// Writes `n` documents as JSONL to `path`; returns false if the file cannot be written.
// Ids are "doc-<n, 6 digits>"; dates run through 2024; three outlets per language.
inline bool WriteNewsCorpus(const std::string& path, size_t n, uint64_t seed = 42) {
  using corpus_internal::Actors;
  static const char* kLangs[] = {"uk", "ru", "en"};
  static const char* kSources[3][3] = {{"Укрінформ", "Українська правда", "Суспільне"},
                                       {"ТАСС", "РИА Новости", "Коммерсант"},
                                       {"Reuters", "AP", "BBC"}};
  std::ofstream out(path, std::ios::binary);
  corpus_internal::Rng rng(seed);
  const auto& actors = Actors();
  for (size_t i = 0; i < n; ++i) {
    const size_t li = rng.Below(3);
    const std::string lang = kLangs[li];
    std::string text;
    const size_t sentences = 2 + rng.Below(3);
    for (size_t s = 0; s < sentences; ++s) {
      size_t a = rng.Below(actors.size());
      size_t b = (a + 1 + rng.Below(actors.size() - 1)) % actors.size();
      if (!text.empty()) text += ' ';
      text += corpus_internal::Sentence(lang, actors[a], actors[b], rng);
    }
    text += ' ' + corpus_internal::Closing(lang, i);
    char id[32], date[16];
    std::snprintf(id, sizeof id, "doc-%06zu", i);
    std::snprintf(date, sizeof date, "2024-%02zu-%02zu", 1 + rng.Below(12), 1 + rng.Below(28));
    const char* source = kSources[li][rng.Below(3)];
    nlohmann::json line = {{"id", id},         {"text", text},
                           {"lang", lang},     {"date", date},
                           {"source", source}, {"url", std::string("https://news.example/") + id}};
    out << line.dump() << '\n';
  }
  return static_cast<bool>(out.flush());
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_E2E_NEWS_CORPUS_H_
