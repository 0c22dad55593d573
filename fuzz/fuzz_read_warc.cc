// Fuzzes the WARC reader over bytes in memory (records, HTTP, chunking, gzip bodies, charsets).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "read/formats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  entente::ReadOptions options;
  options.max_doc_bytes = 4096;
  auto reader = entente::read::NewWarcReader(entente::read::OpenMemoryStream(bytes), "w", options);
  entente::Doc doc;
  size_t docs = 0;
  while (reader->Next(doc)) {
    entente::fuzz::CheckDoc(doc);
    entente::fuzz::Require(++docs <= size, "more documents than bytes");
  }
  return 0;
}
