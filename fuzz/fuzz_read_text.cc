// Fuzzes ParseText; the first byte picks the declared charset.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr std::string_view kCharsets[] = {
      "",          "utf-8",    "windows-1251", "KOI8-R",  "UTF-16LE", "UTF-16",
      "Shift_JIS", "us-ascii", "iso-8859-1",   "gb18030", "utf-7",    "no-such-charset"};
  if (size == 0) return 0;
  std::string_view charset = kCharsets[data[0] % std::size(kCharsets)];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  entente::ReadOptions options;
  options.max_doc_bytes = 1 << 16;
  entente::Doc doc;
  doc.id = "fuzz";
  entente::ParseText(bytes, charset, options, doc);
  entente::fuzz::CheckDoc(doc);
  if (doc.errors.empty() && charset.empty() && !bytes.starts_with("\xEF\xBB\xBF") &&
      !bytes.starts_with("\xFF\xFE") && !bytes.starts_with("\xFE\xFF")) {
    entente::fuzz::Require(doc.text == bytes, "undeclared UTF-8 text was changed");
  }
  return 0;
}
