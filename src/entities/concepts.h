// entities/concepts.h — the common words names are built from, as one word every language shares.
//
// Names made of common words are translated, not transliterated, between languages: "Ніццький
// договір", "Ниццкий договор"; "Митний союз ЄС", "Таможенный союз ЕС". lang/<code>/concepts
// (data/lang/README.md) maps such a word's dictionary form to an English concept word; every
// inflection of it maps to the concept's form: the keys of the word and of the stems its last
// vowel alternates to when an ending opens it (MatchKeys::AlternateStems: "договір" → "договор",
// so "договору" meets "договір"). The form is what the English word gives in an English name,
// PhoneticWord(Translit(Key(concept, "en"))), so English ids stay as they were.
//   Concepts concepts(pack, keys);
//   concepts.Of("uk", keys.Key("договору", "uk"))  // → the form of "treaty"
// Thread-safety: immutable after construction.
#ifndef ENTENTE_ENTITIES_CONCEPTS_H_
#define ENTENTE_ENTITIES_CONCEPTS_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "analyse/analyse.h"
#include "entities/units.h"
#include "knowledge/pack.h"

namespace entente::entities_internal {

class Concepts {
 public:
  Concepts() = default;
  Concepts(const Pack& pack, const MatchKeys& keys);
  using KeyMap = std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>>;
  // A language's words: word key → the form of the concept it stands for; null iff the language
  // has none. Look a name's words up in it rather than by Of, word by word.
  const KeyMap* ForLang(std::string_view lang) const {
    auto it = by_lang_.find(lang);
    return it == by_lang_.end() ? nullptr : &it->second;
  }
  static const std::string* Find(const KeyMap* words, std::string_view key) {
    if (!words) return nullptr;
    auto it = words->find(key);
    return it == words->end() ? nullptr : &it->second;
  }
  // The form of the concept that the word keyed `key` in `lang` stands for; null iff none.
  const std::string* Of(std::string_view lang, std::string_view key) const {
    return Find(ForLang(lang), key);
  }

 private:
  std::map<std::string, KeyMap, std::less<>> by_lang_;  // lang → word key → concept form
};

}  // namespace entente::entities_internal

#endif  // ENTENTE_ENTITIES_CONCEPTS_H_
