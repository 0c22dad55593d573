// Fuzzes ParseHtml with no declared charset (the page's <meta> decides).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  entente::ReadOptions options;
  options.max_doc_bytes = 1 << 20;
  entente::Doc doc;
  doc.id = "fuzz";
  entente::ParseHtml(bytes, "", options, doc);
  entente::fuzz::CheckDoc(doc);
  if (!doc.failed()) {
    entente::fuzz::Require(!doc.blocks.empty(), "HTML text without blocks");
    entente::fuzz::Require(doc.blocks.back().span.end == doc.text.size(),
                           "text after the last block");
  }
  return 0;
}
