// segment/word_breaks.h — word breaks of plain text without ICU's break iterator.
//
// ICU's word iterator (UAX #29 rules) is most of segment's cost, yet on plain alphabetic text
// its breaks follow from each character's Word_Break class alone: a run of letters and digits,
// joined across one MidLetter / MidNum / MidNumLet character where UAX #29 rules WB6/WB7
// (letter–letter) or WB11/WB12 (digit–digit) join them, is one word (status 200 when it ends in
// a letter, 100 when in a digit: ICU's statuses); a run of WSegSpace is one segment (WB3d); any
// other character is a segment of its own (WB999, status 0). PlainWordBreaks gives those breaks
// for text whose every character has such a class, and declines everything else (extenders,
// format characters, ZWJ, newlines, ExtendNumLet, Katakana, Hebrew, regional indicators,
// dictionary scripts, characters outside the table's ranges (most emoji), ill-formed UTF-8):
// ICU must break that text.
//
// A character's class comes from ICU (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) and is
// calibrated against ICU's own iterator: a character takes part only when the breaks given
// here equal ICU's on probe strings around it. The calibration is how ICU's tailorings of the
// property are learnt (ICU 72 breaks at ':' between letters, treats '@' as a letter).
#ifndef ENTENTE_SEGMENT_WORD_BREAKS_H_
#define ENTENTE_SEGMENT_WORD_BREAKS_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace entente::segment {

// A word break: its UTF-8 offset and the rule status of the segment that ends there
// (UBRK_WORD_NONE, _NUMBER or _LETTER ranges; 0 for the first break).
struct WordBoundary {
  int32_t pos;
  int32_t status;
  bool operator==(const WordBoundary&) const = default;
};

class PlainWordBreaks {
 public:
  // Builds the class table and calibrates it with `words`, a word break iterator (cloned).
  explicit PlainWordBreaks(const icu::BreakIterator& words);

  // Writes the breaks of `text` (0 first, text.size() last, the statuses ICU's iterator
  // reports) to `out`, which has room for text.size() + 1, and returns their count; returns
  // -1 when `text` has a character this class does not handle.
  int32_t Find(std::string_view text, WordBoundary* out) const;

  // Whether `c` is handled, and how many code points are.
  bool Handles(UChar32 c) const;
  size_t handled() const;

 private:
  enum Class : uint8_t {
    kNone,
    kOther,
    kSpace,
    kLetter,
    kNumeric,
    kMidLetter,
    kMidNum,
    kMidNumLet
  };
  Class ClassAt(std::string_view text, int32_t i, int32_t& next) const;
  bool AgreesWithIcu(UChar32 c, icu::BreakIterator& words);

  std::vector<uint8_t> class_;  // Class by BMP code point
};

// ICU's breaks of `text` on the word iterator `words` (UTF-8 offsets), for tests and
// calibration.
std::vector<WordBoundary> IcuWordBreaks(std::string_view text, icu::BreakIterator& words);

}  // namespace entente::segment

#endif  // ENTENTE_SEGMENT_WORD_BREAKS_H_
