// Fuzzes the whole pipeline on arbitrary bytes: the first byte picks the reader (text or
// HTML), the rest is the document. Needs the data pack ($ENTENTE_DATA; scripts/fuzz sets it).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "entente/engine.h"
#include "read/reader.h"

namespace {

const entente::Engine& SharedEngine() {
  static auto engine = [] {
    auto e = entente::Engine::Create(entente::Options{});
    if (!e) {
      std::fprintf(stderr, "fuzz_pipeline: %s\n", e.error().message().c_str());
      std::abort();
    }
    return std::move(*e);
  }();
  return engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool html = data[0] & 1;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  entente::ReadOptions options;
  entente::Doc doc;
  doc.id = "fuzz";
  doc.date = "2024-03-20";
  if (html)
    entente::ParseHtml(bytes, "", options, doc);
  else
    entente::ParseText(bytes, "", options, doc);
  SharedEngine().Process(doc);
  // Every span the pipeline produced must lie inside the text.
  for (const auto& s : doc.body)
    if (s.end > doc.text.size() || s.begin > s.end) std::abort();
  for (const auto& e : doc.events)
    if (e.sentence.end > doc.text.size() || e.trigger.end > doc.text.size()) std::abort();
  return 0;
}
