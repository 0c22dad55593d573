// segment/word_breaks.cc — PlainWordBreaks (contract in word_breaks.h).
#include "segment/word_breaks.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <string>

#include "clean/char_info.h"

namespace entente::segment {
namespace {

// Code points the table may handle: two-byte UTF-8 and below (Latin, Greek, Cyrillic) and the
// blocks of punctuation, currency signs and letterlike symbols (№, ™) news text uses; every
// other code point is left to ICU.
bool InRange(UChar32 c) {
  return c < 0x800 || (c >= 0x2000 && c < 0x2070) || (c >= 0x20A0 && c < 0x2150);
}

// Scripts whose words UAX #29 breaks by rule (no dictionary) and that this class handles.
bool PlainScript(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &err);
  return U_SUCCESS(err) && (script == USCRIPT_COMMON || script == USCRIPT_LATIN ||
                            script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK);
}

// Probes of the calibration: '#' stands for the character tried, among letters ('a', 'Я'), a
// digit, a space and '|' (Other), which separates them. A character's class is known once it
// breaks as ICU does next to letters, digits, spaces, Other and itself: UAX #29's rules look at
// no more than two characters either side, and the engine applies them to classes.
constexpr std::string_view kProbes = "#|a#a|1#1|##|# #|a##a|1##1|a#1|1#a|Я#Я|#";
constexpr UChar32 kProbeCharacters[] = {'a', 0x042F, '1', ' ', '|'};

}  // namespace

std::vector<WordBoundary> IcuWordBreaks(std::string_view text, icu::BreakIterator& words) {
  std::vector<WordBoundary> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words.setText(ut, status);  // keeps a shallow clone of `ut`
  utext_close(ut);
  if (U_SUCCESS(status)) {
    out.push_back({words.first(), 0});
    for (int32_t z = words.next(); z != icu::BreakIterator::DONE; z = words.next())
      out.push_back({z, words.getRuleStatus()});
  }
  return out;
}

PlainWordBreaks::PlainWordBreaks(const icu::BreakIterator& words) : class_(0x10000, kNone) {
  // The property's class of every candidate first: the probes are made of candidates too.
  std::vector<std::pair<UChar32, Class>> candidates;
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (!InRange(c) || !PlainScript(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ||
        u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT)
      continue;
    Class cls = kNone;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
      case U_WB_OTHER:
      case U_WB_DOUBLE_QUOTE:  // acts as Other away from Hebrew letters (WB7b, WB7c)
        cls = kOther;
        break;
      case U_WB_WSEGSPACE:
        cls = kSpace;
        break;
      case U_WB_ALETTER:
        cls = kLetter;
        break;
      case U_WB_NUMERIC:
        cls = kNumeric;
        break;
      case U_WB_MIDLETTER:
        cls = kMidLetter;
        break;
      case U_WB_MIDNUM:
        cls = kMidNum;
        break;
      case U_WB_MIDNUMLET:
      case U_WB_SINGLE_QUOTE:  // MidNumLetQ (WB6, WB7, WB11, WB12) away from Hebrew letters
        cls = kMidNumLet;
        break;
      default:
        continue;
    }
    class_[c] = cls;
    candidates.emplace_back(c, cls);
  }
  // The probes' own characters must break as ICU does, else nothing is handled.
  std::unique_ptr<icu::BreakIterator> iter(words.clone());
  for (UChar32 c : kProbeCharacters) {
    if (!AgreesWithIcu(c, *iter)) {
      std::fill(class_.begin(), class_.end(), kNone);
      return;
    }
  }
  // Then each candidate keeps the first class under which its probes break as ICU does: the
  // property's, else a class ICU tailors characters into (':' is not MidLetter, '@' is a
  // letter in ICU 72), else none.
  for (const auto& [c, cls] : candidates) {
    for (Class tried : {cls, kOther, kLetter, kNone}) {
      class_[c] = tried;
      if (tried == kNone || AgreesWithIcu(c, *iter)) break;
    }
  }
}

bool PlainWordBreaks::AgreesWithIcu(UChar32 c, icu::BreakIterator& words) {
  char utf8[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(utf8, len, c);
  std::string probe;
  for (char p : kProbes) {
    if (p == '#')
      probe.append(utf8, len);
    else
      probe += p;
  }
  std::vector<WordBoundary> mine(probe.size() + 1);
  const int32_t n = Find(probe, mine.data());
  if (n < 0) return false;
  mine.resize(static_cast<size_t>(n));
  return mine == IcuWordBreaks(probe, words);
}

bool PlainWordBreaks::Handles(UChar32 c) const {
  return c >= 0 && c < 0x10000 && class_[static_cast<size_t>(c)] != kNone;
}

size_t PlainWordBreaks::handled() const {
  size_t n = 0;
  for (uint8_t c : class_) n += c != kNone;
  return n;
}

inline PlainWordBreaks::Class PlainWordBreaks::ClassAt(std::string_view text, int32_t i,
                                                       int32_t& next) const {
  next = i;
  const UChar32 c = chars::NextCodePoint(text.data(), next, static_cast<int32_t>(text.size()));
  return c >= 0 && c < 0x10000 ? static_cast<Class>(class_[static_cast<size_t>(c)]) : kNone;
}

int32_t PlainWordBreaks::Find(std::string_view text, WordBoundary* out) const {
  const int32_t n = static_cast<int32_t>(text.size());
  WordBoundary* o = out;
  *o++ = {0, 0};
  int32_t i = 0, next = 0;
  Class cls = n > 0 ? ClassAt(text, 0, next) : kNone;
  while (i < n) {
    if (cls == kNone) return -1;
    // [i, next) is the current character; `after` / `cls` the one at `next`.
    int32_t after = 0;
    Class ahead = next < n ? ClassAt(text, next, after) : kNone;
    int32_t status = UBRK_WORD_NONE;
    if (cls == kSpace) {
      while (ahead == kSpace) {
        next = after;
        ahead = next < n ? ClassAt(text, next, after) : kNone;
      }
    } else if (cls == kLetter || cls == kNumeric) {
      Class last = cls;
      for (;;) {
        if (ahead == kLetter || ahead == kNumeric) {
          last = ahead;
          next = after;
          ahead = next < n ? ClassAt(text, next, after) : kNone;
          continue;
        }
        // WB6/WB7: letter (MidLetter | MidNumLet) letter; WB11/WB12: digit (MidNum |
        // MidNumLet) digit.
        const bool letter_mid = last == kLetter && (ahead == kMidLetter || ahead == kMidNumLet);
        const bool digit_mid = last == kNumeric && (ahead == kMidNum || ahead == kMidNumLet);
        if (!(letter_mid || digit_mid) || after >= n) break;
        int32_t beyond = 0;
        const Class third = ClassAt(text, after, beyond);
        if (third != last) break;
        next = beyond;
        ahead = next < n ? ClassAt(text, next, after) : kNone;
      }
      status = last == kLetter ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER;
    }
    *o++ = {next, status};
    i = next;
    cls = ahead;
    next = after;
  }
  return static_cast<int32_t>(o - out);
}

}  // namespace entente::segment
