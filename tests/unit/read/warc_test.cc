#include <gtest/gtest.h>

#include "read/formats.h"
#include "read/reader.h"
#include "read_test_util.h"

namespace entente {
namespace {

using ::entente::testing::BlockTexts;
using ::entente::testing::Encode;
using ::entente::testing::ErrorCode;
using ::entente::testing::ExpectWellFormed;
using ::entente::testing::GzipMember;
using ::entente::testing::HttpResponse;
using ::entente::testing::ReadAll;
using ::entente::testing::TempDir;
using ::entente::testing::WarcRecord;
using ::testing::ElementsAre;

constexpr char kHtml[] = "Content-Type: text/html; charset=utf-8\r\n";

std::vector<Doc> ReadWarc(std::string_view bytes, ReadOptions options = {}) {
  auto reader = read::NewWarcReader(read::OpenMemoryStream(bytes), "crawl", options);
  std::vector<Doc> docs;
  Doc doc;
  while (reader->Next(doc)) {
    ExpectWellFormed(doc);
    docs.push_back(doc);
  }
  return docs;
}

std::string Crawl() {
  return "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 9\r\n\r\nsoftware\n\r\n\r\n" +
         WarcRecord("request", "r-1", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n") +
         WarcRecord("response", "11111111-aaaa",
                    HttpResponse(kHtml, "<title>Один</title><p>Текст.</p>")) +
         WarcRecord("metadata", "m-1", "via: x\r\n") +
         WarcRecord("response", "22222222-bbbb",
                    HttpResponse("Content-Type: text/plain\r\n", "Plain body."),
                    "https://example.org/b", "2023-12-31T23:59:59Z") +
         WarcRecord("response", "33333333-cccc",
                    HttpResponse("Content-Type: image/jpeg\r\n", "\xFF\xD8\xFF")) +
         WarcRecord("response", "44444444-dddd", "dns answer, not HTTP");
}

TEST(WarcReader, YieldsResponseRecordsWithHtmlOrTextOnly) {
  std::vector<Doc> docs = ReadWarc(Crawl());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "11111111-aaaa");
  EXPECT_EQ(docs[0].url, "https://example.org/a");
  EXPECT_EQ(docs[0].date, "2024-03-20");
  EXPECT_THAT(BlockTexts(docs[0]), ElementsAre("Один", "Текст."));
  EXPECT_TRUE(docs[0].blocks[0].is_title);
  EXPECT_EQ(docs[1].id, "22222222-bbbb");
  EXPECT_EQ(docs[1].text, "Plain body.");
  EXPECT_EQ(docs[1].date, "2023-12-31");
}

TEST(WarcReader, DecodesChunkedAndGzipBodiesAndHttpCharsets) {
  std::string chunked =
      HttpResponse(std::string(kHtml) + "Transfer-Encoding: chunked\r\n",
                   "7\r\n<p>Hell\r\n6;ext=1\r\no, wor\r\n6\r\nld</p>\r\n0\r\n\r\n");
  std::string gzipped = HttpResponse("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                     GzipMember("<p>zipped</p>"));
  std::string cp1251 = HttpResponse("Content-Type: text/html; charset=windows-1251\r\n",
                                    "<p>" + Encode("Київ", "windows-1251") + "</p>");
  std::vector<Doc> docs =
      ReadWarc(WarcRecord("response", "c", chunked) + WarcRecord("response", "g", gzipped) +
               WarcRecord("response", "w", cp1251));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "Hello, world");
  EXPECT_EQ(docs[1].text, "zipped");
  EXPECT_EQ(docs[2].text, "Київ");
  for (const Doc& d : docs) EXPECT_TRUE(d.errors.empty()) << d.id;
}

TEST(WarcReader, ReportsBrokenChunksAndUnknownCodings) {
  std::vector<Doc> docs = ReadWarc(
      WarcRecord(
          "response", "bad-chunk",
          HttpResponse(std::string(kHtml) + "Transfer-Encoding: chunked\r\n", "zz\r\n<p>x")) +
      WarcRecord(
          "response", "short-chunk",
          HttpResponse(std::string(kHtml) + "Transfer-Encoding: chunked\r\n", "ff\r\n<p>x")) +
      WarcRecord("response", "br",
                 HttpResponse(std::string(kHtml) + "Content-Encoding: br\r\n", "x")) +
      WarcRecord("response", "ok", HttpResponse(kHtml, "<p>fine</p>")));
  std::vector<std::string> codes;
  for (const Doc& d : docs) codes.push_back(d.id + "=" + ErrorCode(d));
  EXPECT_THAT(codes,
              ElementsAre("bad-chunk=truncated", "short-chunk=truncated", "br=unreadable", "ok="));
}

TEST(WarcReader, ReportsATruncatedRecord) {
  std::string record =
      WarcRecord("response", "cut", HttpResponse(kHtml, "<p>" + std::string(500, 'x')));
  std::string bytes = WarcRecord("response", "first", HttpResponse(kHtml, "<p>ok</p>")) +
                      record.substr(0, record.size() - 200);
  std::vector<Doc> docs = ReadWarc(bytes);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].errors.empty());
  EXPECT_EQ(docs[1].id, "cut");
  EXPECT_EQ(ErrorCode(docs[1]), "truncated");
}

TEST(WarcReader, SkipsARecordOverTheSizeLimitAndGoesOn) {
  ReadOptions options;
  options.max_doc_bytes = 1000;
  std::vector<Doc> docs =
      ReadWarc(WarcRecord("response", "big", HttpResponse(kHtml, "<p>" + std::string(5000, 'x'))) +
                   WarcRecord("response", "bigimage",
                              HttpResponse("Content-Type: image/png\r\n", std::string(5000, 'x'))) +
                   WarcRecord("response", "small", HttpResponse(kHtml, "<p>small</p>")),
               options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "big");
  EXPECT_EQ(ErrorCode(docs[0]), "too_large");
  EXPECT_EQ(docs[1].text, "small");
}

TEST(WarcReader, ResynchronisesAfterJunkAndNamesRecordsWithoutIds) {
  std::string no_id = "WARC/1.1\nWARC-Type: response\nContent-Length: " +
                      std::to_string(HttpResponse(kHtml, "<p>b</p>").size()) + "\n\n" +
                      HttpResponse(kHtml, "<p>b</p>");
  std::vector<Doc> docs = ReadWarc("garbage line\n\n" + no_id + "\n\njunk\n" +
                                   WarcRecord("response", "x", HttpResponse(kHtml, "<p>c</p>")));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "crawl:1");
  EXPECT_EQ(docs[0].text, "b");
  EXPECT_EQ(docs[1].id, "x");
}

TEST(WarcReader, ReadsMultiMemberGzipFiles) {
  TempDir dir;
  std::string bytes = Crawl();
  std::string gz;
  // One gzip member per record, as WARC writers do (the split points need not be records).
  for (size_t at = 0; at < bytes.size(); at += 97) gz += GzipMember(bytes.substr(at, 97));
  std::string path = dir.Write("crawl.warc.gz", gz);
  std::vector<Doc> docs = ReadAll({path});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "11111111-aaaa");
  EXPECT_EQ(docs[1].text, "Plain body.");
  ReadOptions options;
  options.default_date = "2000-01-01";
  EXPECT_EQ(ReadAll({dir.Write("plain.warc", bytes)}, options)[0].date, "2024-03-20");
}

TEST(WarcReader, ReportsACorruptGzipStream) {
  TempDir dir;
  std::string gz = GzipMember(WarcRecord("response", "a", HttpResponse(kHtml, "<p>a</p>")));
  gz += GzipMember(WarcRecord("response", "b", HttpResponse(kHtml, "<p>b</p>")));
  gz.resize(gz.size() - 30);  // cut the second member
  std::vector<Doc> docs = ReadAll({dir.Write("cut.warc.gz", gz)});
  ASSERT_GE(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_TRUE(docs[0].errors.empty());
  EXPECT_FALSE(docs[1].errors.empty());
}

}  // namespace
}  // namespace entente
