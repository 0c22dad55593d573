#include "read/charset.h"

#include <gumbo.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <vector>

namespace entente::read {
namespace {

constexpr size_t kMetaScanBytes = 4096;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n\f\v\"'";
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

// Invalid or unmappable input becomes U+FFFD (ICU's default writes U+001A for single bytes).
void ToUnicodeReplacement(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                          UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

bool IsUtf8Label(std::string_view l) {
  return l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8";
}
bool IsAsciiLabel(std::string_view l) {
  return l == "us-ascii" || l == "ascii" || l == "ansi_x3.4-1968" || l == "iso646-us";
}
// Labels that browsers (WHATWG Encoding) decode as windows-1252.
bool IsLatin1Label(std::string_view l) {
  return l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "l1" || l == "iso_8859-1" ||
         l == "cp819" || l == "ibm819";
}
bool IsWideLabel(std::string_view l) {
  return l.starts_with("utf-16") || l.starts_with("utf16") || l.starts_with("utf-32") ||
         l.starts_with("utf32") || l.starts_with("ucs-2") || l.starts_with("ucs2");
}

bool CheckNoNul(std::string_view text, Doc& doc) {
  if (text.find('\0') == std::string_view::npos) return true;
  doc.AddError("binary",
               "The document contains NUL bytes, so it looks like a binary file, not text.");
  return false;
}

// Converts with ICU; false (and an error on doc) iff the label is unknown.
bool Convert(std::string_view bytes, const std::string& label, std::string& out, Doc& doc) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr from(ucnv_open(label.c_str(), &err));
  if (U_FAILURE(err) || !from) {
    doc.AddError("bad_charset", "The document declares the charset '" + label +
                                    "', which is not a known charset.");
    return false;
  }
  err = U_ZERO_ERROR;
  ConverterPtr to(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) {
    doc.AddError("bad_charset", "The UTF-8 converter is unavailable (ICU data missing).");
    return false;
  }
  ucnv_setToUCallBack(from.get(), ToUnicodeReplacement, nullptr, nullptr, nullptr, &err);
  out.assign(bytes.size() * 3 + 16, '\0');
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  const char* source = bytes.data();
  char* target = out.data();
  bool reset = true;
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target,
                   pivot + std::size(pivot), reset, /*flush=*/true, &err);
    reset = false;
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    size_t used = static_cast<size_t>(target - out.data());
    out.resize(out.size() * 2);
    target = out.data() + used;
  }
  out.resize(static_cast<size_t>(target - out.data()));
  if (U_FAILURE(err)) {
    doc.AddError("bad_charset",
                 "Converting from '" + label + "' failed: " + u_errorName(err) + ".");
    return false;
  }
  return true;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return false;
    }
    if (i + len > n) return false;
    if (s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

bool DecodeToUtf8(std::string_view bytes, std::string_view charset, std::string& out, Doc& doc) {
  std::string label = Lower(Trim(charset));
  bool declared = !label.empty();
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    label = "utf-8";
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    label = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    bytes.remove_prefix(2);
  }
  if (label.empty() || IsUtf8Label(label) || IsAsciiLabel(label)) {
    if (IsValidUtf8(bytes)) {
      out.assign(bytes);
      return CheckNoNul(out, doc);
    }
    if (IsAsciiLabel(label)) {
      label = "windows-1252";  // what browsers do with a wrong "us-ascii"
    } else {
      doc.AddError("not_utf8",
                   declared ? "The document declares UTF-8 but its bytes are not valid UTF-8."
                            : "The document is not valid UTF-8 and declares no charset.");
      return false;
    }
  }
  if (IsLatin1Label(label)) label = "windows-1252";
  if (!IsWideLabel(label) && !CheckNoNul(bytes, doc)) return false;
  if (!Convert(bytes, label, out, doc)) return false;
  return CheckNoNul(out, doc);
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = Lower(content_type);
  size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  std::string_view rest = std::string_view(content_type).substr(at + 8);
  rest = rest.substr(0, rest.find(';'));
  return std::string(Trim(rest));
}

std::string FindMetaCharset(const GumboNode* root, size_t max_offset) {
  std::string found;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty() && found.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = node->v.element;
    if (el.start_pos.offset >= max_offset) continue;  // children start later still
    if (el.tag == GUMBO_TAG_META) {
      if (const GumboAttribute* cs = gumbo_get_attribute(&el.attributes, "charset")) {
        found = Trim(cs->value);
      } else if (const GumboAttribute* eq = gumbo_get_attribute(&el.attributes, "http-equiv")) {
        const GumboAttribute* content = gumbo_get_attribute(&el.attributes, "content");
        if (content && Lower(Trim(eq->value)) == "content-type") {
          found = CharsetFromContentType(content->value);
        }
      }
    }
    for (unsigned i = el.children.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(el.children.data[i]));
    }
  }
  if (IsWideLabel(Lower(found))) return "utf-8";
  return found;
}

std::string SniffHtmlCharset(std::string_view bytes) {
  bytes = bytes.substr(0, kMetaScanBytes);
  if (Lower(bytes).find("charset") == std::string::npos) return {};  // the common fast path
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
  std::string found = FindMetaCharset(output->root, kMetaScanBytes);
  gumbo_destroy_output(&options, output);
  return found;
}

bool IsUtf8CompatibleLabel(std::string_view label) {
  std::string l = Lower(Trim(label));
  return IsUtf8Label(l) || IsAsciiLabel(l);
}

bool CheckSize(size_t size, size_t max_bytes, Doc& doc) {
  if (size <= max_bytes) return true;
  doc.AddError("too_large", "The document is larger than the limit of " +
                                std::to_string(max_bytes) + " bytes, so it was not read.");
  return false;
}

bool IsBlankText(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace entente::read
