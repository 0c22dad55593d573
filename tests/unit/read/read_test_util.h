// Helpers for the reader tests: temporary trees, charset encoding, WARC/gzip builders, and a
// check that a Doc's text and blocks are well formed.
#ifndef ENTENTE_TESTS_UNIT_READ_READ_TEST_UTIL_H_
#define ENTENTE_TESTS_UNIT_READ_READ_TEST_UTIL_H_

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "entente/doc.h"
#include "gzip_member.h"
#include "read/charset.h"
#include "read/reader.h"

namespace entente::testing {

// A directory under /tmp, removed with everything in it at destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "entente_read_XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }
  // Writes `bytes` to `relative` (parents created); returns the full path.
  std::string Write(const std::string& relative, std::string_view bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

 private:
  std::string path_;
};

// `utf8` encoded in `charset` (an ICU converter name), without a BOM.
inline std::string Encode(std::string_view utf8, const char* charset) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  int32_t n = s.extract(0, s.length(), nullptr, 0u, charset);
  std::string out(static_cast<size_t>(n), '\0');
  s.extract(0, s.length(), out.data(), static_cast<uint32_t>(n), charset);
  return out;
}

// A WARC record of `type` whose block is `block`.
inline std::string WarcRecord(std::string_view type, std::string_view uuid, std::string_view block,
                              std::string_view uri = "https://example.org/a",
                              std::string_view date = "2024-03-20T10:11:12Z") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  r += "WARC-Record-ID: <urn:uuid:" + std::string(uuid) + ">\r\n";
  r += "WARC-Date: " + std::string(date) + "\r\n";
  r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "Content-Type: application/http; msgtype=" + std::string(type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

// An HTTP response with `headers` (each ending in CRLF) and `body`.
inline std::string HttpResponse(std::string_view headers, std::string_view body) {
  return "HTTP/1.1 200 OK\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

// Every document OpenInputs yields for `paths`; fails the test if opening fails.
inline std::vector<Doc> ReadAll(const std::vector<std::string>& paths,
                                const ReadOptions& options = {}) {
  std::vector<Doc> docs;
  auto reader = OpenInputs(paths, options);
  EXPECT_TRUE(reader.ok()) << reader.error();
  if (!reader) return docs;
  Doc doc;
  while ((*reader)->Next(doc)) docs.push_back(doc);
  return docs;
}

inline bool IsUtf8Boundary(const std::string& text, uint32_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

// The reader contract: an id always; without errors, valid UTF-8 text with no NUL, and blocks
// in order, inside the text, on character boundaries, each a line of text.
inline void ExpectWellFormed(const Doc& doc) {
  EXPECT_FALSE(doc.id.empty());
  if (doc.failed()) return;
  EXPECT_TRUE(read::IsValidUtf8(doc.text)) << doc.id;
  EXPECT_EQ(doc.text.find('\0'), std::string::npos) << doc.id;
  uint32_t last_end = 0;
  for (const Block& b : doc.blocks) {
    EXPECT_LE(b.span.begin, b.span.end);
    EXPECT_LE(b.span.end, doc.text.size());
    EXPECT_GE(b.span.begin, last_end);
    EXPECT_TRUE(IsUtf8Boundary(doc.text, b.span.begin)) << doc.id << " @" << b.span.begin;
    EXPECT_TRUE(IsUtf8Boundary(doc.text, b.span.end)) << doc.id << " @" << b.span.end;
    EXPECT_EQ(doc.Slice(b.span).find('\n'), std::string::npos);
    EXPECT_GE(b.link_density, 0.0f);
    EXPECT_LE(b.link_density, 1.0f);
    last_end = b.span.end;
  }
}

inline std::vector<std::string> BlockTexts(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.emplace_back(doc.Slice(b.span));
  return out;
}

inline std::string ErrorCode(const Doc& doc) {
  return doc.errors.empty() ? "" : doc.errors[0].code;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_READ_READ_TEST_UTIL_H_
