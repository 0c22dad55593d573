// crossdoc/fingerprint.cc — SimHash (Charikar 2002) over word 3-shingles, as Manku et al. (2007)
// use it for near-duplicate web pages: 64 bits, near-duplicates within 3 bits.
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <bit>

#include "crossdoc/crossdoc.h"

namespace entente::crossdoc {
namespace {

// Words of `text`, case-folded: runs of letters and digits (any script).
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC))) {
      c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
      char buf[4];
      int32_t len = 0;
      U8_APPEND_UNSAFE(buf, len, c);
      word.append(buf, static_cast<size_t>(len));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

uint64_t Fingerprint(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  if (words.size() < 3) return 0;
  int32_t votes[64] = {0};
  std::string shingle;
  for (size_t i = 0; i + 3 <= words.size(); ++i) {
    shingle = words[i];
    shingle += ' ';
    shingle += words[i + 1];
    shingle += ' ';
    shingle += words[i + 2];
    const uint64_t h = XXH3_64bits(shingle.data(), shingle.size());
    for (int b = 0; b < 64; ++b) votes[b] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t f = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) f |= uint64_t{1} << b;
  }
  return f;
}

int Distance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

bool NearDuplicate(uint64_t a, uint64_t b) {
  return a != 0 && b != 0 && Distance(a, b) <= kNearDuplicateBits;
}

std::array<uint16_t, 4> Bands(uint64_t f) {
  return {static_cast<uint16_t>(f), static_cast<uint16_t>(f >> 16), static_cast<uint16_t>(f >> 32),
          static_cast<uint16_t>(f >> 48)};
}

}  // namespace entente::crossdoc
