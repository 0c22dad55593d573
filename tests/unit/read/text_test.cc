#include <gtest/gtest.h>

#include "read/reader.h"
#include "read_test_util.h"

namespace entente {
namespace {

using ::entente::testing::Encode;
using ::entente::testing::ErrorCode;

Doc Text(std::string_view bytes, std::string_view charset = "", ReadOptions options = {}) {
  Doc doc;
  doc.id = "t";
  ParseText(bytes, charset, options, doc);
  return doc;
}

TEST(ParseText, KeepsTheBytesExactlySoSpansIndexTheUsersText) {
  const std::string kBytes = "Line one\r\n  Рядок два\t\r\n\r\nend ";
  Doc doc = Text(kBytes);
  EXPECT_TRUE(doc.errors.empty());
  EXPECT_EQ(doc.text, kBytes);
  EXPECT_TRUE(doc.blocks.empty());
}

TEST(ParseText, DropsOnlyAUtf8Bom) { EXPECT_EQ(Text("\xEF\xBB\xBFПривіт").text, "Привіт"); }

TEST(ParseText, DecodesUtf16WithBomAndDeclaredCharsets) {
  EXPECT_EQ(Text("\xFF\xFE" + Encode("Москва, 20 марта", "UTF-16LE")).text, "Москва, 20 марта");
  EXPECT_EQ(Text(Encode("Москва", "KOI8-R"), "KOI8-R").text, "Москва");
}

TEST(ParseText, RejectsInvalidUtf8BinaryAndEmptyText) {
  Doc bad = Text("Moskva \xcc\xee\xf1\xea\xe2\xe0");  // windows-1251, undeclared
  EXPECT_EQ(ErrorCode(bad), "not_utf8");
  EXPECT_TRUE(bad.text.empty());
  EXPECT_EQ(ErrorCode(Text(std::string("PNG\0\0\0", 6))), "binary");
  EXPECT_EQ(ErrorCode(Text("")), "empty");
  EXPECT_EQ(ErrorCode(Text(" \n\t\r\n\xC2\xA0")), "empty");
  EXPECT_EQ(ErrorCode(Text("x", "no-such-charset")), "bad_charset");
}

TEST(ParseText, RejectsTextOverTheSizeLimit) {
  ReadOptions options;
  options.max_doc_bytes = 8;
  EXPECT_EQ(ErrorCode(Text("123456789", "", options)), "too_large");
  EXPECT_TRUE(Text("12345678", "", options).errors.empty());
}

}  // namespace
}  // namespace entente
