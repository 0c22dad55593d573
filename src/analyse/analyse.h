// analyse/analyse.h — match keys that see through case, script variants and inflection.
//
//   MatchKeys keys(resources);                       // loads lang/<code>/suffixes from the pack
//   keys.Key("Путіним", "uk") == keys.Key("Путін", "uk")     // → "путін"
//   keys.Key("Ираном", "ru") == keys.Key("Иран", "ru")
//   keys.Lower("Обов’язкові") == "обов'язкові"              // apostrophes, NBSP, NFKC, case fold
//
// One contract: a word in any inflection maps to the key its dictionary form gets. Knowledge
// lists (actors, triggers) are keyed with the same function, so matching is key equality.
// The stage requires tokens and lang and assigns Token::lower and Token::key.
// Thread-safety: MatchKeys is immutable after construction and safe to share.
#ifndef ENTENTE_ANALYSE_ANALYSE_H_
#define ENTENTE_ANALYSE_ANALYSE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

class MatchKeys {
 public:
  explicit MatchKeys(const Resources& resources);
  ~MatchKeys();
  MatchKeys(MatchKeys&&) noexcept;
  // Case-folded, NFKC-normalised form with apostrophe variants unified.
  std::string Lower(std::string_view word) const;
  // The inflection-aware key of one word in language `lang` (ISO 639-1; unknown → Lower()).
  std::string Key(std::string_view word, std::string_view lang) const;
  // A cross-script key: ICU "Any-Latin; Latin-ASCII" of Lower(word), keeping only ASCII letters
  // and digits. Guaranteed: deterministic, ASCII, idempotent, and equal for words that differ
  // only in case or script when ICU's romanisation of one gives the other's spelling ("Путін",
  // "Путин", "Putin" → "putin"; apply it to Key() output to see through inflection:
  // Translit(Key("Путіним", "uk")) == Translit(Key("Putin's", "en"))). Not guaranteed: that
  // conventional English spellings match (ICU writes Зеленський "zelenskij", not "zelensky").
  // Costs a transliteration per call (not stored on tokens). Thread-safe: one transliterator
  // per thread.
  std::string Translit(std::string_view word) const;
  // The written stems a dictionary form's oblique forms are built on when its last vowel
  // alternates or drops (lang/<code>/alternations): AlternateStems("дім", "uk") gives "дом" and
  // "дем", the stems of "дому", "домі"; "Єгипет" gives "Єгипт" (Єгипту). Key() of an oblique form
  // equals Key() of one of these, not of the word. Empty for most words and languages.
  std::vector<std::string> AlternateStems(std::string_view word, std::string_view lang) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

Expected<std::unique_ptr<Stage>> MakeAnalyseStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_ANALYSE_ANALYSE_H_
