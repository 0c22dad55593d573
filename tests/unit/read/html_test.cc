#include <gtest/gtest.h>

#include "read/reader.h"
#include "read_test_util.h"

namespace entente {
namespace {

using ::entente::testing::BlockTexts;
using ::entente::testing::Encode;
using ::entente::testing::ErrorCode;
using ::entente::testing::ExpectWellFormed;
using ::testing::ElementsAre;

Doc Html(std::string_view bytes, std::string_view charset = "") {
  Doc doc;
  doc.id = "h";
  ParseHtml(bytes, charset, ReadOptions{}, doc);
  ExpectWellFormed(doc);
  return doc;
}

TEST(ParseHtml, TitleComesFirstThenOneBlockPerElement) {
  Doc doc = Html(R"(<!DOCTYPE html><html><head><title> Russia &amp; China
      talk </title><style>p{}</style><script>var x = "<p>no</p>";</script></head>
      <body><h1>Headline</h1><p>First   paragraph,
      with &laquo;quotes&raquo;.</p><noscript>enable js</noscript>
      <ul><li>one</li><li>two</li></ul><div>loose <b>bold</b> run<p>inner</p>tail</div>
      <template><p>hidden</p></template><svg><text>vector</text></svg></body></html>)");
  ASSERT_TRUE(doc.errors.empty());
  EXPECT_THAT(BlockTexts(doc),
              ElementsAre("Russia & China talk", "Headline", "First paragraph, with «quotes».",
                          "one", "two", "loose bold run", "inner", "tail"));
  EXPECT_TRUE(doc.blocks[0].is_title);
  EXPECT_FALSE(doc.blocks[1].is_title);
  EXPECT_TRUE(doc.blocks[1].is_heading);
  EXPECT_FALSE(doc.blocks[2].is_heading);
  EXPECT_FALSE(doc.blocks[0].is_heading);
  EXPECT_TRUE(doc.text_from_markup);
  EXPECT_EQ(doc.text.substr(0, 29), "Russia & China talk\nHeadline\n");
}

TEST(ParseHtml, FirstH1IsTheTitleWhenThereIsNoTitleElement) {
  Doc doc = Html("<body><p>Kicker</p><h1>The <i>real</i> headline</h1><p>Body.</p></body>");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("The real headline", "Kicker", "Body."));
  EXPECT_TRUE(doc.blocks[0].is_title);
  EXPECT_FALSE(doc.blocks[1].is_title);
}

TEST(ParseHtml, BreaksAndPreLinesSplitBlocks) {
  Doc doc = Html("<p>a<br>b<br/><br>c</p><pre>x  1\ny 2\n</pre>");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("a", "b", "c", "x 1", "y 2"));
}

TEST(ParseHtml, MeasuresLinkDensity) {
  Doc doc = Html(
      "<p><a href=/x>abcd</a>efgh</p><p><a href=/a>all</a> <a href=/b>link</a></p>"
      "<p>none</p>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_FLOAT_EQ(doc.blocks[0].link_density, 0.5f);
  EXPECT_GE(doc.blocks[1].link_density, 0.85f);
  EXPECT_FLOAT_EQ(doc.blocks[2].link_density, 0.0f);
}

TEST(ParseHtml, FlagsBlocksInPageFurniture) {
  Doc doc = Html(R"(<body>
      <header><a href=/>Site</a><nav><ul><li>World</li><li>Sport</li></ul></nav></header>
      <div class="breadcrumbs">Home / World</div>
      <article><header><h1>Headline</h1></header><p>Story text.</p>
        <div class="share-buttons"><p>Share this</p></div></article>
      <aside><p>Most read</p></aside>
      <div id="comments-block"><p>A comment</p></div>
      <form><p>Subscribe now</p></form>
      <footer><p>© Outlet</p></footer></body>)");
  std::vector<std::pair<std::string, bool>> got;
  for (const Block& b : doc.blocks) got.emplace_back(doc.Slice(b.span), b.in_furniture_element);
  EXPECT_THAT(got, ElementsAre(std::pair<std::string, bool>{"Headline", false},
                               std::pair<std::string, bool>{"Site", true},
                               std::pair<std::string, bool>{"World", true},
                               std::pair<std::string, bool>{"Sport", true},
                               std::pair<std::string, bool>{"Home / World", true},
                               std::pair<std::string, bool>{"Story text.", false},
                               std::pair<std::string, bool>{"Share this", true},
                               std::pair<std::string, bool>{"Most read", true},
                               std::pair<std::string, bool>{"A comment", true},
                               std::pair<std::string, bool>{"Subscribe now", true},
                               std::pair<std::string, bool>{"© Outlet", true}));
  EXPECT_TRUE(doc.blocks[0].is_title);
}

TEST(ParseHtml, HonoursMetaCharsetWindows1251) {
  std::string page = "<html><head><meta charset=\"windows-1251\"><title>" +
                     Encode("Росія не в ізоляції", "windows-1251") + "</title></head><body><p>" +
                     Encode("Договір з КНДР.", "windows-1251") + "</p></body></html>";
  Doc doc = Html(page);
  ASSERT_TRUE(doc.errors.empty()) << doc.errors[0].message;
  EXPECT_THAT(BlockTexts(doc), ElementsAre("Росія не в ізоляції", "Договір з КНДР."));
}

TEST(ParseHtml, HonoursHttpEquivKoi8r) {
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
      "</head><body><p>" +
      Encode("Россия не изолирована", "KOI8-R") + "</p></body></html>";
  Doc doc = Html(page);
  ASSERT_TRUE(doc.errors.empty());
  EXPECT_THAT(BlockTexts(doc), ElementsAre("Россия не изолирована"));
}

TEST(ParseHtml, DeclaredCharsetBeatsMetaAndBomBeatsBoth) {
  std::string body = Encode("Москва", "KOI8-R");
  Doc doc = Html("<meta charset=windows-1251><p>" + body + "</p>", "koi8-r");
  EXPECT_THAT(BlockTexts(doc), ElementsAre("Москва"));
  Doc utf16 = Html("\xFF\xFE" + Encode("<meta charset=koi8-r><p>Київ</p>", "UTF-16LE"));
  EXPECT_THAT(BlockTexts(utf16), ElementsAre("Київ"));
}

TEST(ParseHtml, ValidUtf8PagesStillHonourAForeignMetaCharset) {
  // Bytes that are valid UTF-8 ("é" = C3 A9) but declared windows-1251 are decoded as declared.
  EXPECT_THAT(BlockTexts(Html("<meta charset=windows-1251><p>\xC3\xA9</p>")), ElementsAre("Г©"));
  EXPECT_THAT(BlockTexts(Html("<meta charset=us-ascii><p>Київ</p>")), ElementsAre("Київ"));
  EXPECT_THAT(BlockTexts(Html("<meta charset=utf-8><p>Київ</p>")), ElementsAre("Київ"));
}

TEST(ParseHtml, ReportsMalformedPages) {
  EXPECT_EQ(ErrorCode(Html("<p>caf\xe9</p>")), "not_utf8");
  EXPECT_EQ(ErrorCode(Html("<meta charset=bogus-8><p>x</p>")), "bad_charset");
  EXPECT_EQ(ErrorCode(Html(std::string("<p>a\0b</p>", 10))), "binary");
  EXPECT_EQ(ErrorCode(Html("<html><script>only()</script></html>")), "empty");
  EXPECT_EQ(ErrorCode(Html("")), "empty");
  Doc broken = Html("<p>unclosed <b>bold <i>both</p><td>stray cell<li>item");
  EXPECT_TRUE(broken.errors.empty());
  EXPECT_FALSE(broken.blocks.empty());
}

TEST(ParseHtml, ParsesDeepNestingAndRefusesAbsurdNesting) {
  std::string page;
  for (int i = 0; i < 900; ++i) page += "<div><span><p>";
  page += "deep";
  EXPECT_THAT(BlockTexts(Html(page)), ElementsAre("deep"));
  for (int i = 0; i < 100000; ++i) page += "<div><span>";
  EXPECT_EQ(ErrorCode(Html(page)), "too_large");
  // Tags inside scripts and comments do not count.
  std::string script = "<script>" + std::string(50000, 'x');
  for (int i = 0; i < 5000; ++i) script += "<b>";
  EXPECT_THAT(BlockTexts(Html(script + "</script><!-- <div><div> --><p>ok</p>")),
              ElementsAre("ok"));
}

}  // namespace
}  // namespace entente
