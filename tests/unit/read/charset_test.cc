#include "read/charset.h"

#include <gtest/gtest.h>

#include "read_test_util.h"

namespace entente {
namespace {

using ::entente::testing::Encode;
using ::entente::testing::ErrorCode;

TEST(IsValidUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(read::IsValidUtf8(""));
  EXPECT_TRUE(read::IsValidUtf8("plain ASCII text, long enough for the 8-byte path"));
  EXPECT_TRUE(read::IsValidUtf8("Путін і Сі Цзіньпін, Zürich, 😀"));
  EXPECT_TRUE(read::IsValidUtf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(IsValidUtf8, RejectsMalformedText) {
  EXPECT_FALSE(read::IsValidUtf8("\xC0\x80"));          // overlong NUL
  EXPECT_FALSE(read::IsValidUtf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(read::IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(read::IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(read::IsValidUtf8("abc\xD0"));           // cut off
  EXPECT_FALSE(read::IsValidUtf8("\x80 continuation first"));
  EXPECT_FALSE(read::IsValidUtf8("windows-1251: \xcf\xf3\xf2\xb3\xed"));
}

TEST(DecodeToUtf8, ConvertsDeclaredCyrillicCharsets) {
  const std::string kText = "Путін провів телефонну розмову з Раїсі";
  for (const char* charset : {"windows-1251", "KOI8-U", "ISO-8859-5", "cp1251"}) {
    Doc doc;
    std::string out;
    ASSERT_TRUE(read::DecodeToUtf8(Encode(kText, charset), charset, out, doc)) << charset;
    EXPECT_EQ(out, kText) << charset;
    EXPECT_TRUE(doc.errors.empty());
  }
}

TEST(DecodeToUtf8, ByteOrderMarkWinsOverTheDeclaration) {
  Doc doc;
  std::string out;
  std::string bytes = "\xFF\xFE" + Encode("Сі Цзіньпін", "UTF-16LE");
  ASSERT_TRUE(read::DecodeToUtf8(bytes, "windows-1251", out, doc));
  EXPECT_EQ(out, "Сі Цзіньпін");
  ASSERT_TRUE(read::DecodeToUtf8("\xFE\xFF" + Encode("Xi", "UTF-16BE"), "", out, doc));
  EXPECT_EQ(out, "Xi");
  ASSERT_TRUE(read::DecodeToUtf8("\xEF\xBB\xBFok", "", out, doc));
  EXPECT_EQ(out, "ok");
}

TEST(DecodeToUtf8, Latin1MeansWindows1252AsInBrowsers) {
  Doc doc;
  std::string out;
  ASSERT_TRUE(read::DecodeToUtf8("\x93quoted\x94 caf\xe9", "ISO-8859-1", out, doc));
  EXPECT_EQ(out, "“quoted” café");
}

TEST(DecodeToUtf8, ReportsUnknownCharsetsMalformedUtf8AndNulBytes) {
  Doc doc;
  std::string out;
  EXPECT_FALSE(read::DecodeToUtf8("abc", "x-no-such-charset", out, doc));
  EXPECT_EQ(ErrorCode(doc), "bad_charset");
  EXPECT_NE(doc.errors[0].message.find("x-no-such-charset"), std::string::npos);

  doc = Doc{};
  EXPECT_FALSE(read::DecodeToUtf8("caf\xe9", "", out, doc));
  EXPECT_EQ(ErrorCode(doc), "not_utf8");
  EXPECT_EQ(doc.errors[0].message, "The document is not valid UTF-8 and declares no charset.");

  doc = Doc{};
  EXPECT_FALSE(read::DecodeToUtf8("caf\xe9", "utf-8", out, doc));
  EXPECT_EQ(ErrorCode(doc), "not_utf8");

  doc = Doc{};
  EXPECT_FALSE(read::DecodeToUtf8(std::string_view("ab\0cd", 5), "", out, doc));
  EXPECT_EQ(ErrorCode(doc), "binary");

  doc = Doc{};
  EXPECT_FALSE(read::DecodeToUtf8(std::string_view("ab\0cd", 5), "koi8-r", out, doc));
  EXPECT_EQ(ErrorCode(doc), "binary");
}

TEST(DecodeToUtf8, UnmappableBytesBecomeReplacementCharacters) {
  Doc doc;
  std::string out;
  // A lone surrogate in UTF-16.
  ASSERT_TRUE(read::DecodeToUtf8(std::string_view("a\0\x00\xD8z\0", 6), "UTF-16LE", out, doc));
  EXPECT_EQ(out, "a\xEF\xBF\xBDz");
}

TEST(CharsetFromContentType, ReadsTheParameter) {
  EXPECT_EQ(read::CharsetFromContentType("text/html; charset=KOI8-R"), "KOI8-R");
  EXPECT_EQ(read::CharsetFromContentType("text/html;Charset=\"windows-1251\"; x=y"),
            "windows-1251");
  EXPECT_EQ(read::CharsetFromContentType("text/plain"), "");
}

TEST(SniffHtmlCharset, FindsMetaCharsetAndHttpEquivInTheFirst4K) {
  EXPECT_EQ(read::SniffHtmlCharset("<html><head><meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(read::SniffHtmlCharset("<meta http-equiv=\"Content-Type\" "
                                   "content=\"text/html; charset=koi8-r\"><p>x"),
            "koi8-r");
  EXPECT_EQ(read::SniffHtmlCharset("<meta charset=utf-16le>"), "utf-8");
  EXPECT_EQ(read::SniffHtmlCharset("<p>no declaration</p>"), "");
  EXPECT_EQ(read::SniffHtmlCharset("<p>" + std::string(5000, 'x') + "<meta charset=koi8-r>"), "");
}

}  // namespace
}  // namespace entente
