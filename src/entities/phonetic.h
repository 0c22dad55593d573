// entities/phonetic.h — the phonetic normal form of unlinked names' ids.
//
// PhoneticWord folds one romanised word (MatchKeys::Translit of a key: ASCII, lower case) so that
// the usual Latin, Ukrainian and Russian spellings of a name meet: "Taseer", "Тасір", "Тасир" →
// "tasir"; "Monteduro", "Монтедур" (a key inflection cut) → "montedur"; "Джонсон", "Johnson" →
// "jonson". Rules, in order: digraphs (dzh/dz → j, kh/gh → h, sh → s, ch/ts/tz → c, zh → z,
// th → t, ph → f, ck → k, kz → ks, ee/ea/ie → i, oo/ou → u); letters (y → i, w → v, q → k, x → ks,
// g → h); a first u before a vowel → v ("Уилсон", "Wilson"); j (not from dz) after a vowel and
// before no vowel → i; i between the start or a vowel and a vowel drops ("iulia", "ulia"); z
// between vowels → s; an h written so drops but first or between vowels ("Chaudhry", "Johnson");
// doubled letters once; final vowels drop while three letters stay ("asia", "азі" → "asi"); a
// final z → s ("Різ", "Rees" → "ris"); a final icesk or icn → ic ("демократическ",
// "демократичн" → "demokratic").
// Guaranteed: deterministic, ASCII in → ASCII out, never empty for a non-empty word. Not for
// acronyms (callers keep those as they are).
#ifndef ENTENTE_ENTITIES_PHONETIC_H_
#define ENTENTE_ENTITIES_PHONETIC_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/units.h"

namespace entente::entities_internal {

std::string PhoneticWord(std::string_view latin);

// The consonant skeleton of an unlinked id: each word's first letter and its other letters but
// vowels ("x:lim_foks", "x:liam_foks" → "x:lm_fks"); spellings that differ in
// vowels alone meet.
std::string Skeleton(std::string_view id);

// True iff `s` (UTF-8) has two code points or more.
inline bool MultiLetter(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n > 1;
}

size_t CodePoints(std::string_view s);  // entities.cc

// Letters an abbreviation has at most; a longer word in capitals is a name set in capitals
// ("SEREBRO", a headline's "ДЖОНСОН").
inline constexpr size_t kMaxAcronym = 6;

// The id of an unlinked name over units [b, e): "x:" + its words' forms joined by '_': in a name
// of several words, a word that stands for a concept (concepts.h) by the concept's form; words in
// capitals of up to kMaxAcronym letters (abbreviations) as romanised, others by PhoneticWord;
// one-letter words (initials) and a leading English article are left out of a name of several
// units. `translit(key)` is MatchKeys::Translit, `phonetic(key)` PhoneticWord(translit(key))
// (either may be a cache), `concept_of(key)` Concepts::Of in the name's language.
template <class Translit, class Phonetic, class Concept>
std::string PhoneticId(const std::vector<Unit>& units, size_t b, size_t e, Translit&& translit,
                       Phonetic&& phonetic, Concept&& concept_of) {
  size_t words = 0;
  for (size_t i = b; i < e && words < 2; ++i) words += units[i].word;
  std::string id = "x:";
  for (size_t i = b; i < e; ++i) {
    const Unit& u = units[i];
    if (!u.word || (e - b > 1 && !MultiLetter(u.lower))) continue;
    if (i == b && i + 1 < e && u.lower == "the") continue;  // "The Dawn" is "Dawn"
    if (id.size() > 2) id += '_';
    if (const std::string* form = words > 1 ? concept_of(u.key) : nullptr)
      id += *form;
    else
      id += u.all_caps && CodePoints(u.lower) <= kMaxAcronym ? translit(u.key) : phonetic(u.key);
  }
  return id;
}

// True iff `a` and `b` differ by at most one edit: a letter changed, added or dropped, or two
// neighbours swapped.
bool WithinOneEdit(std::string_view a, std::string_view b);

// Shortest phonetic word a spelling variant may differ in: shorter names differ by one letter
// too often ("Иран", "Ирак").
inline constexpr size_t kMinVariantWord = 5;

// True iff names `a` and `b` (phonetic words) are spellings of one name: as many words, all
// alike but one that is one edit from the other's (both of kMinVariantWord letters or more), or
// all alike when `or_equal`. Within a document (coref.cc) and across documents (crossdoc).
template <class Words>
bool SpellingVariants(const Words& a, const Words& b, bool or_equal) {
  if (a.size() != b.size()) return false;
  int differ = 0;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] == b[k]) continue;
    if (++differ > 1 || a[k].size() < kMinVariantWord || b[k].size() < kMinVariantWord ||
        !WithinOneEdit(a[k], b[k]))
      return false;
  }
  return differ == 1 || or_equal;
}

}  // namespace entente::entities_internal

#endif  // ENTENTE_ENTITIES_PHONETIC_H_
