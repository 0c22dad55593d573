// read/reader.h — documents in: .txt, .jsonl, .html/.htm, .warc/.warc.gz, directories, stdin.
//
//   auto reader = OpenInputs({"pages/", "crawl.warc.gz", "-"}, ReadOptions{});
//   if (!reader) { std::cerr << reader.error(); return 2; }   // a missing path: usage/I-O error
//   Doc doc;
//   while ((*reader)->Next(doc)) { ... }                       // input order, one doc at a time
//
// Streaming: memory is bounded by the largest single document (capped by max_doc_bytes), never
// by corpus size. A bad document (not UTF-8 and no usable charset, empty, binary, too large,
// a broken JSONL line, a truncated WARC record) comes out as a Doc with an id and an error in
// Doc::errors, and reading goes on. Text is always valid UTF-8 when Doc::errors is empty.
// Thread-safety: a DocReader is used by one thread.
#ifndef ENTENTE_READ_READER_H_
#define ENTENTE_READ_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"

namespace entente {

struct ReadOptions {
  size_t max_doc_bytes = 10u << 20;
  std::string default_date;  // Doc::date for inputs that carry none
};

class DocReader {
 public:
  virtual ~DocReader() = default;
  // Fills `doc` (cleared first) with the next document; returns false at the end.
  virtual bool Next(Doc& doc) = 0;
};

// Opens files, directories (recursively, in sorted path order) and "-" (stdin; JSONL when the
// first non-blank byte is '{', HTML when it is '<', text otherwise). The format of a file comes
// from its extension; other extensions inside directories are skipped.
// Fails iff a path does not exist or cannot be opened.
Expected<std::unique_ptr<DocReader>> OpenInputs(const std::vector<std::string>& paths,
                                                const ReadOptions& options);

// Single-document parsers, exposed for tests and fuzzers. Each fills doc.text (UTF-8),
// doc.blocks where it knows the layout, and doc.errors; `id` is already set by the caller.
// `declared_charset` is from an HTTP header or the container, may be empty.
void ParseText(std::string_view bytes, std::string_view declared_charset,
               const ReadOptions& options, Doc& doc);
void ParseHtml(std::string_view bytes, std::string_view declared_charset,
               const ReadOptions& options, Doc& doc);
// One JSONL line → one Doc (id, text or html, url, source, date, lang).
void ParseJsonLine(std::string_view line, const ReadOptions& options, Doc& doc);

}  // namespace entente

#endif  // ENTENTE_READ_READER_H_
