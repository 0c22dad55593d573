// clean/char_info.h — ICU character properties for the language layer's per-character loops.
//
// The stages clean, langid, segment and analyse ask a few ICU properties of every character.
// ICU's calls cost a function call and a trie lookup each (u_hasBinaryProperty more), so this
// header answers from a table for U+0000..U+07FF (ASCII and every two-byte UTF-8 character:
// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic), filled from ICU once per process, and asks
// ICU directly for every other code point. Every answer is ICU's; no property is written here.
// Thread-safe: the table is a function-local static. Header-only, so any stage may include it.
#ifndef ENTENTE_CLEAN_CHAR_INFO_H_
#define ENTENTE_CLEAN_CHAR_INFO_H_

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace entente::chars {

enum Flag : uint16_t {
  kAlpha = 1 << 0,        // u_isalpha
  kUpper = 1 << 1,        // u_isupper
  kTitle = 1 << 2,        // u_istitle
  kWhite = 1 << 3,        // u_isUWhiteSpace
  kPunct = 1 << 4,        // u_ispunct
  kQuote = 1 << 5,        // UCHAR_QUOTATION_MARK
  kDigit = 1 << 6,        // u_isdigit
  kIdeographic = 1 << 7,  // UCHAR_IDEOGRAPHIC
  kLowerSpecial = 1 << 8  // full lower casing differs from u_tolower, alone or after a letter
};

constexpr UChar32 kCached = 0x800;  // table range: [0, kCached)

struct Entry {
  UChar32 lower = 0;  // u_tolower
  uint16_t flags = 0;
  int16_t script = 0;  // uscript_getScript
};

// Flags of `c` computed from ICU (any code point).
inline uint16_t ComputeFlags(UChar32 c) {
  uint16_t f = 0;
  if (u_isalpha(c)) f |= kAlpha;
  if (u_isupper(c)) f |= kUpper;
  if (u_istitle(c)) f |= kTitle;
  if (u_isUWhiteSpace(c)) f |= kWhite;
  if (u_ispunct(c)) f |= kPunct;
  if (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) f |= kQuote;
  if (u_isdigit(c)) f |= kDigit;
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) f |= kIdeographic;
  // Full lower casing (root locale) of "Ac" vs "a" + u_tolower(c): differs for İ (two code
  // points) and for letters whose lower case depends on context (Σ after a letter → ς).
  UChar src[3] = {'A'}, want[3] = {'a'}, got[8];
  int32_t n = 1, m = 1;
  U16_APPEND_UNSAFE(src, n, c);
  U16_APPEND_UNSAFE(want, m, u_tolower(c));
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = u_strToLower(got, 8, src, n, "", &err);
  if (U_FAILURE(err) || len != m || u_memcmp(got, want, m) != 0) f |= kLowerSpecial;
  return f;
}

inline const Entry* Table() {
  static const Entry* table = [] {
    static Entry t[kCached];
    for (UChar32 c = 0; c < kCached; ++c) {
      t[c].lower = u_tolower(c);
      t[c].flags = ComputeFlags(c);
      UErrorCode err = U_ZERO_ERROR;
      t[c].script = static_cast<int16_t>(uscript_getScript(c, &err));
    }
    return t;
  }();
  return table;
}

inline bool Cached(UChar32 c) { return c >= 0 && c < kCached; }
inline bool IsAlpha(UChar32 c) { return Cached(c) ? Table()[c].flags & kAlpha : u_isalpha(c); }
inline bool IsUpper(UChar32 c) { return Cached(c) ? Table()[c].flags & kUpper : u_isupper(c); }
inline bool IsTitle(UChar32 c) { return Cached(c) ? Table()[c].flags & kTitle : u_istitle(c); }
inline bool IsPunct(UChar32 c) { return Cached(c) ? Table()[c].flags & kPunct : u_ispunct(c); }
inline bool IsUWhiteSpace(UChar32 c) {
  return Cached(c) ? Table()[c].flags & kWhite : u_isUWhiteSpace(c);
}
inline bool IsQuote(UChar32 c) {
  return Cached(c) ? Table()[c].flags & kQuote : u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK);
}
inline bool IsIdeographic(UChar32 c) {
  return Cached(c) ? Table()[c].flags & kIdeographic : u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}
inline UChar32 ToLower(UChar32 c) { return Cached(c) ? Table()[c].lower : u_tolower(c); }
inline UScriptCode Script(UChar32 c) {
  if (Cached(c)) return static_cast<UScriptCode>(Table()[c].script);
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(c, &err);
}

// A 16-bit signature of a non-empty word for filters in front of word-list lookups: its size
// and three of its bytes (the second, the middle and the last, which tell Cyrillic letters
// apart where a first byte would not), mixed.
inline size_t WordSignature(std::string_view w) {
  const uint32_t n = static_cast<uint32_t>(w.size());
  uint32_t h = n * 0x9E3779B1u;
  h ^= static_cast<uint8_t>(w[n > 1 ? 1 : 0]) * 0x85EBCA77u;
  h ^= static_cast<uint8_t>(w[n / 2]) * 0xC2B2AE3Du;
  h ^= static_cast<uint8_t>(w[n - 1]) * 0x27D4EB2Fu;
  return (h ^ h >> 15 ^ h >> 23) & 0xFFFF;
}

// A word built one code point at a time (UTF-8) whose bytes are kept only up to `max` bytes:
// for lookups in word lists, where a longer word cannot match.
class Word {
 public:
  explicit Word(size_t max) : buf_(max + U8_MAX_LENGTH) {}
  void Add(UChar32 c) {
    if (size_ + U8_MAX_LENGTH <= buf_.size()) {
      int32_t n = static_cast<int32_t>(size_);
      U8_APPEND_UNSAFE(buf_.data(), n, c);
      size_ = static_cast<size_t>(n);
    } else {
      size_ += U8_LENGTH(c);  // counted, not kept
    }
  }
  // Add() for a code point already encoded: `utf8` holds its `n` bytes and is readable for
  // U8_MAX_LENGTH bytes (they are copied at once).
  void AddEncoded(const char* utf8, size_t n) {
    if (size_ + U8_MAX_LENGTH <= buf_.size()) std::memcpy(buf_.data() + size_, utf8, U8_MAX_LENGTH);
    size_ += n;  // beyond the buffer: counted, not kept
  }
  bool empty() const { return size_ == 0; }
  // The word; valid (and worth a lookup) iff fits().
  bool fits() const { return size_ + U8_MAX_LENGTH <= buf_.size(); }
  std::string_view view() const { return std::string_view(buf_.data(), size_); }
  void clear() { size_ = 0; }

 private:
  std::vector<char> buf_;
  size_t size_ = 0;
};

}  // namespace entente::chars

#endif  // ENTENTE_CLEAN_CHAR_INFO_H_
