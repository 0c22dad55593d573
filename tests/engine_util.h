// tests/engine_util.h — runs the whole engine on one short text (shared by entity and event tests).
#ifndef ENTENTE_TESTS_ENGINE_UTIL_H_
#define ENTENTE_TESTS_ENGINE_UTIL_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "entente/engine.h"

namespace entente::testing {

inline const Engine& SharedEngine() {
  static const Engine* engine = [] {
    auto e = Engine::Create(Options{});
    EXPECT_TRUE(e.ok()) << e.error();
    return new Engine(std::move(*e));
  }();
  return *engine;
}

inline Doc RunText(const std::string& text, const std::string& lang,
                   const std::string& date = "2024-03-20") {
  Doc doc;
  doc.id = "t";
  doc.text = text;
  doc.lang_hint = lang;
  doc.date = date;
  SharedEngine().Process(doc);
  return doc;
}

// "SRC TYPE TGT" for each event, joined by "; ".
inline std::string Summary(const Doc& doc) {
  std::ostringstream out;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    out << (i ? "; " : "") << e.src.country << " " << e.type << " " << e.tgt.country;
  }
  return out.str();
}

// The mention whose span is exactly `words`; nullptr iff none.
inline const Mention* MentionAt(const Doc& d, std::string_view words) {
  for (const Mention& m : d.mentions)
    if (d.Slice(m.span) == words) return &m;
  return nullptr;
}

// The entity the mention of `words` links to; nullptr iff none.
inline const Entity* At(const Doc& d, std::string_view words) {
  const Mention* m = MentionAt(d, words);
  return m ? &d.entities[m->entity] : nullptr;
}

// The id, and the country code, of the entity the mention of exactly `words` links to; "" iff
// none.
inline std::string IdAt(const Doc& d, std::string_view words) {
  const Entity* e = At(d, words);
  return e ? e->id : "";
}
inline std::string CodeAt(const Doc& d, std::string_view words) {
  const Entity* e = At(d, words);
  return e ? e->country : "";
}

inline bool Has(const Doc& doc, const std::string& src, const std::string& type,
                const std::string& tgt) {
  for (const Event& e : doc.events)
    if (e.src.country == src && e.type == type && e.tgt.country == tgt) return true;
  return false;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_ENGINE_UTIL_H_
