// entities/concepts.cc — see concepts.h.
#include "entities/concepts.h"

#include "entities/phonetic.h"

namespace entente::entities_internal {

Concepts::Concepts(const Pack& pack, const MatchKeys& keys) {
  for (const auto& [lang, t] : pack.FindGroup("lang/", "/concepts")) {
    const int c_word = t->ColumnIndex("word"), c_concept = t->ColumnIndex("concept");
    if (c_word < 0 || c_concept < 0) continue;
    KeyMap& map = by_lang_[lang];
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string_view word = t->Cell(r, c_word);
      const std::string form = PhoneticWord(keys.Translit(keys.Key(t->Cell(r, c_concept), "en")));
      map.emplace(keys.Key(word, lang), form);
      for (const std::string& stem : keys.AlternateStems(word, lang))
        map.emplace(keys.Key(stem, lang), form);
    }
  }
}

}  // namespace entente::entities_internal
