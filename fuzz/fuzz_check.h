// fuzz/fuzz_check.h — the reader contract, checked on every Doc a fuzz target produces.
#ifndef ENTENTE_FUZZ_FUZZ_CHECK_H_
#define ENTENTE_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#include "entente/doc.h"
#include "read/charset.h"

namespace entente::fuzz {

inline void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "reader contract broken: %s\n", what);
  std::abort();
}

// An id always; an error has a code and a message; without errors, valid UTF-8 without NUL,
// and blocks in order, inside the text, on character boundaries.
inline void CheckDoc(const Doc& doc) {
  Require(!doc.id.empty(), "a doc without an id");
  for (const DocError& e : doc.errors)
    Require(!e.code.empty() && !e.message.empty(), "blank error");
  if (doc.failed()) return;
  Require(read::IsValidUtf8(doc.text), "text is not UTF-8");
  Require(doc.text.find('\0') == std::string::npos, "text has NUL");
  Require(!read::IsBlankText(doc.text), "blank text without an error");
  uint32_t last = 0;
  for (const Block& b : doc.blocks) {
    Require(b.span.begin >= last && b.span.begin < b.span.end && b.span.end <= doc.text.size(),
            "block span out of order or range");
    Require((doc.text[b.span.begin] & 0xC0) != 0x80, "block begins inside a character");
    Require(b.span.end == doc.text.size() || (doc.text[b.span.end] & 0xC0) != 0x80,
            "block ends inside a character");
    Require(b.link_density >= 0 && b.link_density <= 1, "link density outside [0, 1]");
    last = b.span.end;
  }
}

}  // namespace entente::fuzz

#endif  // ENTENTE_FUZZ_FUZZ_CHECK_H_
