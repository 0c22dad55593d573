// ParseText: plain text, kept byte for byte (only a UTF-8 BOM is dropped) so that spans index the
// user's own text. Blocks are left to the clean stage.
#include "read/charset.h"
#include "read/reader.h"

namespace entente {

void ParseText(std::string_view bytes, std::string_view declared_charset,
               const ReadOptions& options, Doc& doc) {
  if (!read::CheckSize(bytes.size(), options.max_doc_bytes, doc)) return;
  if (!read::DecodeToUtf8(bytes, declared_charset, doc.text, doc)) {
    doc.text.clear();
    return;
  }
  if (read::IsBlankText(doc.text)) {
    doc.text.clear();
    doc.AddError("empty", "The document has no text (it is empty or only whitespace).");
  }
}

}  // namespace entente
