// entities/units.h — word units: the sequence dictionaries and frames are matched against.
//
// A unit is one word of a sentence as matching sees it: a token, or one part of a token joined
// by '-' or '.' ("Нью-Йорк" → нью, йорк; "U.S" → u, s), so that knowledge entries written either
// way ("Нью-Йорк", "U.S.") match. Punctuation tokens are units too (they stop matches), except a
// '-' or '.' glued to words on both sides, which is dropped. Knowledge phrases are cut into units
// by the same rule (PhraseUnits), and both sides are keyed with MatchKeys::Key. Invisible format
// characters (zero-width space, soft hyphen) are no part of a unit: left out of its key, trimmed
// from its span, and a token of nothing else is no unit.
// A unit's key and lower are views: into its token's Token::lower/key where the unit is the whole
// token, else into a string the unit shares (Unit::owned), so units stay valid while the Doc's
// tokens do, however the units are copied or moved.
// Thread-safety: plain functions and values.
#ifndef ENTENTE_ENTITIES_UNITS_H_
#define ENTENTE_ENTITIES_UNITS_H_

#include <xxhash.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyse.h"
#include "entente/doc.h"

namespace entente {

struct Unit {
  std::string_view key;    // MatchKeys::Key of the unit
  std::string_view lower;  // MatchKeys::Lower of the unit
  // The bytes key and lower view when they are no token's own strings (parts of a token,
  // knowledge phrases); null otherwise.
  std::shared_ptr<const std::string> owned;
  uint32_t token = 0;  // index into Doc::tokens
  Span span;
  bool word = false;         // has a letter or digit
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // every letter upper case (abbreviations: США, NATO)
  bool inner_cap = false;    // lower-case first letter, a capital later ("iSrael", "uSA")
};

// The hash of keys in the stage's tables (XXH3: a few instructions for a short key, where
// std::hash's murmur takes dozens); transparent, so string-keyed tables look up string_views.
struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return XXH3_64bits(s.data(), s.size()); }
};

// Units of sentence `s` (tokens must carry lower/key); they view `doc`'s tokens.
std::vector<Unit> SentenceUnits(const Doc& doc, const Sentence& s, const MatchKeys& keys,
                                std::string_view lang);

// Units of a knowledge phrase: split on white space, then like SentenceUnits. Only word units are
// returned (a phrase's punctuation is dropped).
std::vector<Unit> PhraseUnits(std::string_view phrase, const MatchKeys& keys,
                              std::string_view lang);

// Keys of PhraseUnits joined by '\x1f': the lookup key of a phrase.
std::string JoinKeys(const std::vector<Unit>& units, size_t begin, size_t end);

// True iff the first letter of `s` (UTF-8) is upper case; `all` asks for every letter.
bool IsUpperInitial(std::string_view s);
bool IsAllUpper(std::string_view s);

// True iff `s` (UTF-8) has a letter (or, with `or_digit`, a letter or digit).
bool HasLetter(std::string_view s, bool or_digit = false);
// True iff some letter of `s` is upper case ("easyJet").
bool HasUpper(std::string_view s);

// Quote marks (lower-case unit text): « „ “ " open a quotation, » “ ” " close one (“ opens in
// English, closes in „…“).
bool IsOpeningQuote(std::string_view s);
bool IsClosingQuote(std::string_view s);
// True iff the word is a possessive: "'s", "’s", "'" or a word ending in "'s" ("Russia's").
bool IsPossessive(std::string_view s);

}  // namespace entente

#endif  // ENTENTE_ENTITIES_UNITS_H_
