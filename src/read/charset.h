// read/charset.h — bytes in a declared charset → UTF-8 (internal).
//
//   std::string text;
//   if (!DecodeToUtf8(bytes, "windows-1251", text, doc)) return;   // doc.errors says why
//
// Precedence follows the HTML standard: a byte order mark wins over a declared charset; with
// neither, the bytes must already be valid UTF-8. Conversion goes through ICU ucnv.
// Thread-safety: all functions are reentrant.
#ifndef ENTENTE_READ_CHARSET_H_
#define ENTENTE_READ_CHARSET_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "entente/doc.h"

namespace entente::read {

// Returns true iff `bytes` is well-formed UTF-8 (no overlongs, surrogates or code points above
// U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Decodes `bytes` to UTF-8 into `out` (replaced). `charset` is a label such as "KOI8-R" or
// "text/html; charset=..." already reduced to the label; empty means undeclared. A BOM is
// stripped. Bytes that the declared charset cannot map become U+FFFD. Returns false after adding
// one error to `doc`: bad_charset (unknown label), not_utf8 (undeclared or declared UTF-8 but
// malformed), binary (NUL bytes).
bool DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string& out, Doc& doc);

// The `charset` parameter of a Content-Type value ("text/html; charset=KOI8-R" → "KOI8-R"),
// without quotes; empty when absent.
std::string CharsetFromContentType(std::string_view content_type);

// The charset an HTML page declares in a <meta charset> or <meta http-equiv="Content-Type">
// within its first 4 KB; empty when none. A UTF-16 label there means UTF-8 (as browsers do).
std::string SniffHtmlCharset(std::string_view bytes);

// Returns true iff `size` is within `max_bytes`; otherwise adds a too_large error to `doc`.
bool CheckSize(size_t size, size_t max_bytes, Doc& doc);

// The charset a parsed page declares in a <meta> element that starts before `max_offset`;
// empty when none. A UTF-16 label there means UTF-8.
std::string FindMetaCharset(const GumboNode* root, size_t max_offset);

// True iff a page in valid UTF-8 that declares `label` needs no conversion (UTF-8, US-ASCII).
bool IsUtf8CompatibleLabel(std::string_view label);

// True iff `text` has only whitespace (ASCII spaces and U+00A0).
bool IsBlankText(std::string_view text);

}  // namespace entente::read

#endif  // ENTENTE_READ_CHARSET_H_
