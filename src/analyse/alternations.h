// analyse/alternations.h — vowel alternations in a word's last syllable (internal to analyse/).
//
// Some languages change the vowel of a word's last syllable when an ending opens it: Ukrainian
// "дім" → "дому", "Харків" → "Харкова", "Ірпінь" → "Ірпеня"; a fleeting vowel drops,
// "Єгипет" → "Єгипту". Suffix rules cannot see that "дому" and "дім" are one word, so a
// dictionary form's key and its oblique forms' keys differ. Alternations gives the written stems
// the oblique forms are built on ("дім" → "дом"), so that a knowledge name can be listed under
// them too. Rules are data: lang/<code>/alternations (data/lang/README.md).
// Thread-safety: immutable after construction.
#ifndef ENTENTE_ANALYSE_ALTERNATIONS_H_
#define ENTENTE_ANALYSE_ALTERNATIONS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/pack.h"

namespace entente {

class Alternations {
 public:
  explicit Alternations(const Pack* pack);
  // `word` with its last vowel replaced as each of its language's rows says, in table order.
  // Only a vowel closed by one consonant letter (not a glide; an optional soft sign may follow)
  // that ends the word alternates; the vowel must be lower case and not the word's first letter.
  // Empty when none applies or the language has no table.
  std::vector<std::string> Of(std::string_view word, std::string_view lang) const;

 private:
  struct Rules {
    std::u32string vowels;                                  // syllable nuclei, lower case
    std::vector<std::pair<char32_t, std::string>> changes;  // vowel → what it becomes (UTF-8)
    std::u32string soft;                                    // soft signs (may follow the consonant)
    std::u32string glides;  // letters that never close the syllable (й)
  };
  std::map<std::string, Rules, std::less<>> by_lang_;
};

}  // namespace entente

#endif  // ENTENTE_ANALYSE_ALTERNATIONS_H_
