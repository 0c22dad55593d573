#include <gtest/gtest.h>

#include "read/formats.h"
#include "read/reader.h"
#include "read_test_util.h"

namespace entente {
namespace {

using ::entente::testing::BlockTexts;
using ::entente::testing::ErrorCode;
using ::entente::testing::ExpectWellFormed;
using ::entente::testing::ReadAll;
using ::entente::testing::TempDir;
using ::testing::ElementsAre;

Doc Line(std::string_view line, ReadOptions options = {}) {
  Doc doc;
  doc.id = "f:1";
  ParseJsonLine(line, options, doc);
  ExpectWellFormed(doc);
  return doc;
}

TEST(ParseJsonLine, ReadsAllFields) {
  Doc doc = Line(R"({"id": "a1", "text": "Путін\nзустрівся", "url": "https://x.ua/1",)"
                 R"( "source": "Укрінформ", "date": "2024-03-20", "lang": "uk", "extra": 1})");
  EXPECT_TRUE(doc.errors.empty());
  EXPECT_EQ(doc.id, "a1");
  EXPECT_EQ(doc.text, "Путін\nзустрівся");
  EXPECT_EQ(doc.url, "https://x.ua/1");
  EXPECT_EQ(doc.source, "Укрінформ");
  EXPECT_EQ(doc.date, "2024-03-20");
  EXPECT_EQ(doc.lang_hint, "uk");
}

TEST(ParseJsonLine, KeepsTheCallersIdWhenNoneIsGivenAndAcceptsNumericIds) {
  EXPECT_EQ(Line(R"({"text": "x"})").id, "f:1");
  EXPECT_EQ(Line(R"({"id": 42, "text": "x"})").id, "42");
  EXPECT_EQ(Line(R"({"id": "", "text": "x"})").id, "f:1");
}

TEST(ParseJsonLine, ParsesHtmlAndIgnoresItsMetaCharset) {
  Doc doc = Line(R"({"id": "h", "html": "<meta charset=koi8-r><title>Т</title><p>Київ</p>"})");
  ASSERT_TRUE(doc.errors.empty());
  EXPECT_THAT(BlockTexts(doc), ElementsAre("Т", "Київ"));
  EXPECT_TRUE(doc.blocks[0].is_title);
}

TEST(ParseJsonLine, FillsTheDefaultDate) {
  ReadOptions options;
  options.default_date = "2024-01-02";
  EXPECT_EQ(Line(R"({"text": "x"})", options).date, "2024-01-02");
  EXPECT_EQ(Line(R"({"text": "x", "date": "2023-05-06T07:08:09Z"})", options).date,
            "2023-05-06T07:08:09Z");
}

TEST(ParseJsonLine, ReportsBrokenLines) {
  EXPECT_EQ(ErrorCode(Line(R"({"id": "a", "text": "unterminated)")), "bad_json");
  EXPECT_EQ(ErrorCode(Line(R"(["text", "x"])")), "bad_json");
  EXPECT_EQ(ErrorCode(Line(R"({"id": "a", "body": "x"})")), "bad_json");
  EXPECT_EQ(ErrorCode(Line(R"({"id": "a", "text": 5})")), "bad_json");
  EXPECT_EQ(ErrorCode(Line("{\"text\": \"caf\xe9\"}")), "not_utf8");
  EXPECT_EQ(ErrorCode(Line(R"({"text": "a\u0000b"})")), "binary");
  EXPECT_EQ(ErrorCode(Line(R"({"text": "  "})")), "empty");
  EXPECT_EQ(Line(R"({"id": "kept", "text": 5})").id, "kept");
}

TEST(JsonlReader, GoesOnPastBrokenLinesWithIdsFromLineNumbers) {
  TempDir dir;
  std::string path = dir.Write("feed.jsonl",
                               "{\"id\": \"a\", \"text\": \"one\"}\n"
                               "\n"
                               "{\"text\": \"no id\"}\r\n"
                               "{broken\n"
                               "   \n"
                               "{\"id\": \"b\", \"text\": \"two\"}\n"
                               "{\"id\": \"c\", \"text\": \"last, no newline\"}");
  std::vector<Doc> docs = ReadAll({path});
  std::vector<std::pair<std::string, std::string>> got;
  for (const Doc& d : docs) got.emplace_back(d.id, ErrorCode(d));
  EXPECT_THAT(got, ElementsAre(std::pair<std::string, std::string>{"a", ""},
                               std::pair<std::string, std::string>{"feed:3", ""},
                               std::pair<std::string, std::string>{"feed:4", "bad_json"},
                               std::pair<std::string, std::string>{"b", ""},
                               std::pair<std::string, std::string>{"c", ""}));
  EXPECT_EQ(docs[1].text, "no id");
}

TEST(JsonlReader, SkipsALineOverTheSizeLimitAndGoesOn) {
  TempDir dir;
  std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'x') + "\"}";
  std::string path = dir.Write("x.jsonl", "{\"id\": \"a\", \"text\": \"a\"}\n" + big +
                                              "\n{\"id\": \"b\", \"text\": \"b\"}\n");
  ReadOptions options;
  options.max_doc_bytes = 1000;
  std::vector<Doc> docs = ReadAll({path}, options);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[1].id, "x:2");
  EXPECT_EQ(ErrorCode(docs[1]), "too_large");
  EXPECT_EQ(docs[2].id, "b");
  EXPECT_TRUE(docs[2].errors.empty());
}

TEST(JsonlReader, ReadsFromMemoryStreams) {
  auto reader = read::NewJsonlReader(read::OpenMemoryStream("{\"text\":\"a\"}\n{\"text\":\"b\"}"),
                                     "mem", ReadOptions{});
  Doc doc;
  ASSERT_TRUE(reader->Next(doc));
  EXPECT_EQ(doc.id, "mem:1");
  ASSERT_TRUE(reader->Next(doc));
  EXPECT_EQ(doc.id, "mem:2");
  EXPECT_FALSE(reader->Next(doc));
}

}  // namespace
}  // namespace entente
