// output/jsonl.h — the `entente extract` contract (see OUTPUT.md): one JSON object per document.
//
//   std::cout << ExtractLine(doc) << "\n";
//
// Fields: id, lang, date, url, source, text (for HTML input, the extracted text the spans
// index), body, entities, events, one_sided_events (one side unidentified), framing, errors. Spans
// are [begin, end) byte offsets into `text`.
#ifndef ENTENTE_OUTPUT_JSONL_H_
#define ENTENTE_OUTPUT_JSONL_H_

#include <nlohmann/json.hpp>
#include <string>

#include "entente/doc.h"

namespace entente {

// `with_text`: include the document text (always for HTML-derived text; optional otherwise).
nlohmann::json DocToJson(const Doc& doc, bool with_text);
nlohmann::json EventToJson(const Event& event);
// One line, no trailing newline. Invalid UTF-8 never reaches here (readers reject it), but
// the dump replaces it rather than throwing.
std::string ExtractLine(const Doc& doc, bool with_text);

}  // namespace entente

#endif  // ENTENTE_OUTPUT_JSONL_H_
