// Fuzzes the JSONL reader over bytes in memory, with a small size limit so that over-long lines
// are exercised too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "read/formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  entente::ReadOptions options;
  options.max_doc_bytes = 512;
  options.default_date = "2024-01-01";
  auto reader = entente::read::NewJsonlReader(entente::read::OpenMemoryStream(bytes), "f", options);
  entente::Doc doc;
  size_t docs = 0;
  while (reader->Next(doc)) {
    entente::fuzz::CheckDoc(doc);
    entente::fuzz::Require(++docs <= size, "more documents than bytes");
  }
  return 0;
}
