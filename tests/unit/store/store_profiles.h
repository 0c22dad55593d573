// tests/unit/store/store_profiles.h — documents with story terms and framing hits (store and API
// tests): one happening told by a Ukrainian and a Russian outlet, and one unrelated story.
#ifndef ENTENTE_TESTS_UNIT_STORE_STORE_PROFILES_H_
#define ENTENTE_TESTS_UNIT_STORE_STORE_PROFILES_H_

#include <string>
#include <vector>

#include "entente/doc.h"

namespace entente::testing {

// A document whose body is its whole text, one word token per space-separated word.
inline Doc ProfiledDoc(const std::string& id, const std::string& source, const std::string& lang,
                       const std::string& date, const std::string& text,
                       std::vector<std::string> terms) {
  Doc d;
  d.id = id;
  d.source = source;
  d.lang = lang;
  d.date = date;
  d.text = text;
  d.body = {{0, static_cast<uint32_t>(text.size())}};
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    Token t;
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    d.tokens.push_back(t);
    start = end + 1;
  }
  for (const std::string& t : terms) d.story_terms.push_back({t, 1.0});
  return d;
}

// The span of `needle` in `doc.text`.
inline Span SpanOf(const Doc& doc, const std::string& needle) {
  const size_t at = doc.text.find(needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

inline std::vector<Doc> StoryDocs() {
  std::vector<Doc> docs;
  Doc uk = ProfiledDoc("s-uk", "Укрінформ", "uk", "2024-03-20",
                       "Окупанти вдарили по Харкову, війна триває вже третій рік",
                       {"a:Q159", "a:Q212", "e:RUS|UKR|ASSAULT|happened", "n:hrkv"});
  uk.framing.push_back({"occupation", "окупант", -2, SpanOf(uk, "Окупанти")});
  uk.framing.push_back({"war_named", "війна", -2, SpanOf(uk, "війна")});
  docs.push_back(uk);
  Doc ru =
      ProfiledDoc("s-ru", "ТАСС", "ru", "2024-03-21",
                  "Россия продолжает специальную военную операцию под Харьковом, успех очевиден",
                  {"a:Q159", "a:Q212", "e:RUS|UKR|ASSAULT|happened", "n:hrkv"});
  ru.framing.push_back({"war_euphemism", "специальная военная операция", 0,
                        SpanOf(ru, "специальную военную операцию")});
  ru.framing.push_back({"", "успех", 1, SpanOf(ru, "успех")});
  docs.push_back(ru);
  docs.push_back(ProfiledDoc("s-other", "Reuters", "en", "2024-03-21",
                             "Ryanair pilots strike in Ireland", {"n:rnr", "a:Q27", "n:strk"}));
  return docs;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_STORE_PROFILES_H_
