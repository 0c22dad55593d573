// langid's evidence helpers: score maps, label codes, word lists, the per-character table
// (internal to the langid stage).
#ifndef ENTENTE_LANGID_EVIDENCE_H_
#define ENTENTE_LANGID_EVIDENCE_H_

#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "clean/char_info.h"

namespace entente::langid {

using Scores = std::map<std::string, double>;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Words looked up per block (stop words, markers): a 16-bit signature filters out most words
// before the hash lookup.
template <typename V>
struct WordMap {
  std::unordered_map<std::string, V, StringHash, std::equal_to<>> map;
  size_t max_bytes = 0;
  std::vector<bool> maybe = std::vector<bool>(1 << 16);

  static size_t Sig(std::string_view w) { return chars::WordSignature(w); }
  V& Insert(const std::string& w) {
    max_bytes = std::max(max_bytes, w.size());
    if (!w.empty()) maybe[Sig(w)] = true;
    return map[w];
  }
  const V* Find(std::string_view w) const {
    if (w.empty() || w.size() > max_bytes || !maybe[Sig(w)]) return nullptr;
    auto it = map.find(w);
    return it == map.end() ? nullptr : &it->second;
  }
};

// A stop word and/or a marker word (lang/markers).
struct WordInfo {
  int stop = -1;  // index of the one stop-word list that has it; -1: none or several
  std::vector<std::pair<std::string, double>> markers;  // (language, weight)
};

// Two-letter code for a fastText or CLD2 label; "" when there is none.
inline std::string IsoCode(std::string code) {
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  if (code == "zh-Hant") return "zh";
  if (code.size() != 2) return "";
  if (code == "un" || code == "xx") return "";
  return code;
}

// Languages CLD2 confuses with each other.
inline bool IsCloseGroup(std::string_view code) {
  return code == "hr" || code == "bs" || code == "sr";
}

inline void Normalise(Scores& s) {
  double total = 0;
  for (auto& [lang, v] : s) total += v;
  if (total <= 0) return;
  for (auto& [lang, v] : s) v /= total;
}

inline std::string ArgMax(const Scores& s) {
  std::string best;
  double top = 0;
  for (const auto& [lang, v] : s)
    if (v > top) top = v, best = lang;
  return best;
}

// Adds `v` for a label; Serbo-Croatian ("sh") counts a third each for hr, bs and sr.
inline void AddLabel(Scores& s, const std::string& code, double v) {
  if (code != "sh") {
    s[code] += v;
    return;
  }
  for (const char* l : {"hr", "bs", "sr"}) s[l] += v / 3;
}

// False when `lang` is not written in `script` (ICU's script list for the language); only Latin
// and Cyrillic are checked, and languages written in both pass.
inline bool WrittenIn(const std::string& lang, UScriptCode script) {
  if (script != USCRIPT_LATIN && script != USCRIPT_CYRILLIC) return true;
  static const std::unordered_set<std::string> kBoth = {"sr", "bs", "sh", "uz", "az", "kk",
                                                        "tk", "ky", "tt", "ku", "mn", "ba"};
  if (kBoth.count(lang)) return true;
  UScriptCode codes[8];
  UErrorCode err = U_ZERO_ERROR;
  int n = uscript_getCode(lang.c_str(), codes, 8, &err);
  if (U_FAILURE(err) || n <= 0) return true;
  for (int i = 0; i < n; ++i)
    if (codes[i] == script) return true;
  return false;
}

// The slot of lower-case letter `lower` in `slots` (lang/letters: letter → slot), or -1.
inline int LetterSlot(const std::unordered_map<UChar32, int>& slots, UChar32 lower) {
  auto it = slots.find(lower);
  return it == slots.end() ? -1 : it->second;
}

// What the stage's per-character pass asks of a code point below chars::kCached: a letter?, its
// script, whether it is its own lower case, its lower case's letter slot (-1: none) and the lower
// case (ё → е, as the word lists write it) in UTF-8, padded for chars::Word::AddEncoded.
struct CharInfo {
  char utf8[U8_MAX_LENGTH] = {};
  uint8_t size = 0;
  bool alpha = false;
  bool is_lower = false;
  int16_t script = 0;
  int16_t slot = -1;
};

// `out` from ICU (chars::Table()) and the letter slots.
inline void FillCharInfo(const std::unordered_map<UChar32, int>& slots,
                         std::array<CharInfo, chars::kCached>& out) {
  const chars::Entry* table = chars::Table();
  for (UChar32 c = 0; c < chars::kCached; ++c) {
    CharInfo& info = out[c];
    info.alpha = table[c].flags & chars::kAlpha;
    info.script = table[c].script;
    UChar32 lower = table[c].lower;
    info.is_lower = lower == c;
    info.slot = static_cast<int16_t>(lower >= 0x80 ? LetterSlot(slots, lower) : -1);
    if (lower == 0x0451) lower = 0x0435;  // ё → е
    int32_t n = 0;
    U8_APPEND_UNSAFE(info.utf8, n, lower);
    info.size = static_cast<uint8_t>(n);
  }
}

}  // namespace entente::langid

#endif  // ENTENTE_LANGID_EVIDENCE_H_
