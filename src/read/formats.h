// read/formats.h — one DocReader per input format, over a ByteStream (internal).
//
//   auto reader = read::NewWarcReader(read::OpenMemoryStream(bytes), "crawl", options);
//   Doc doc;
//   while (reader->Next(doc)) { ... }
//
// `stem` names the input (file name without extension, or "stdin"); it is the id of a single
// document and the prefix of ids the input does not give ("<stem>:<line>").
// Thread-safety: a reader is used by one thread.
#ifndef ENTENTE_READ_FORMATS_H_
#define ENTENTE_READ_FORMATS_H_

#include <memory>
#include <string>

#include "read/reader.h"
#include "read/stream.h"

namespace entente::read {

enum class Format { kText, kHtml, kJsonl, kWarc, kWarcGz, kSniff, kUnknown };

// The format a file name implies (case-insensitive extension); kUnknown for other names.
Format FormatFromPath(std::string_view path);

// One document: the whole stream (up to options.max_doc_bytes) as text or HTML.
std::unique_ptr<DocReader> NewSingleDocReader(std::unique_ptr<ByteStream> in, std::string stem,
                                              bool html, const ReadOptions& options);
// One document per line; blank lines are skipped.
std::unique_ptr<DocReader> NewJsonlReader(std::unique_ptr<ByteStream> in, std::string stem,
                                          const ReadOptions& options);
// One document per WARC response record with an HTML or text/plain body.
std::unique_ptr<DocReader> NewWarcReader(std::unique_ptr<ByteStream> in, std::string stem,
                                         const ReadOptions& options);
// Picks by the first non-blank byte: '{' JSONL, '<' HTML, "WARC/" WARC, else text.
std::unique_ptr<DocReader> NewSniffingReader(std::unique_ptr<ByteStream> in, std::string stem,
                                             const ReadOptions& options);

}  // namespace entente::read

#endif  // ENTENTE_READ_FORMATS_H_
