// PlainWordBreaks against ICU's word iterator: every handled character in context, sentences
// it must handle or decline, and the lines of the BSNLP raw news (a sample; all of them with
// ENTENTE_BSNLP_ALL set).
#include "segment/word_breaks.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace entente::segment {
namespace {

class PlainWordBreaksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    UErrorCode status = U_ZERO_ERROR;
    icu_ = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    ASSERT_TRUE(U_SUCCESS(status));
    plain_ = new PlainWordBreaks(*icu_);
  }
  static void TearDownTestSuite() {
    delete plain_;
    delete icu_;
  }
  // The breaks of `text`, or none when it is declined.
  static std::vector<WordBoundary> Plain(std::string_view text) {
    std::vector<WordBoundary> out(text.size() + 1);
    const int32_t n = plain_->Find(text, out.data());
    out.resize(n < 0 ? 0 : static_cast<size_t>(n));
    return out;
  }
  static std::vector<WordBoundary> Icu(std::string_view text) { return IcuWordBreaks(text, *icu_); }
  static icu::BreakIterator* icu_;
  static PlainWordBreaks* plain_;
};
icu::BreakIterator* PlainWordBreaksTest::icu_ = nullptr;
PlainWordBreaks* PlainWordBreaksTest::plain_ = nullptr;

std::string Utf8(UChar32 c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  return std::string(buf, static_cast<size_t>(n));
}

TEST_F(PlainWordBreaksTest, HandlesLatinCyrillicAndPunctuation) {
  EXPECT_GT(plain_->handled(), 1000u);
  for (UChar32 c : {U'a', U'Я', U'ї', U'ł', U'5', U' ', U'.', U',', U':', U'\'', U'’', U'«', U'—',
                    U'…', U'№', U'€', U'\u00A0'})
    EXPECT_TRUE(plain_->Handles(c)) << Utf8(c);
  // Extend, Format, ExtendNumLet, newlines, dictionary scripts, beyond the BMP.
  for (UChar32 c : {U'\u0301', U'\u00AD', U'_', U'\u202F', U'\n', U'\u0E01', U'日', U'カ',
                    U'\u05D0', U'\U0001F600', U'\u200D'})
    EXPECT_FALSE(plain_->Handles(c)) << Utf8(c);
}

// Every handled character before, after and between letters, digits and punctuation, and
// after itself: the same breaks and statuses as ICU.
TEST_F(PlainWordBreaksTest, EveryHandledCharacterBreaksAsIcu) {
  const std::vector<std::string> around = {"a", "Я", "é", "7", ".", ",", ":", "'", " ", "-", "«"};
  size_t checked = 0;
  for (UChar32 c = 0; c < 0x10000; ++c) {
    if (!plain_->Handles(c)) continue;
    const std::string x = Utf8(c);
    for (const std::string& r : around) {
      for (const std::string& s : {r + x, x + r, r + x + r, x + r + x, r + x + x + r}) {
        ASSERT_EQ(Plain(s), Icu(s)) << "U+" << std::hex << c << " in \"" << s << "\"";
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 50000u);
}

TEST_F(PlainWordBreaksTest, SentencesItHandles) {
  for (std::string_view s : {
           "Президент заявив: «Ми п'ятеро з’явилися о 10:30, а не 3,5 год.»",
           "Доллар стоил 1.000.000 руб. в 1990-е годы, т.е. дорого…",
           "The U.S. Navy's ship (USS Cole) hit 2,500 km/h — don't ask.",
           "Write to press@example.org or see e-mail: a.b.c; x1.2y, 12a, a12, 3.a, a.3",
           "Wałęsa i Żółkiewski  przyszli\tdo   Sejmu!!! ?!",
           "№ 5 — € 20 ± 3 %; “цитата” «лапки» „Anführung“ ‹›",
       }) {
    EXPECT_NE(Plain(s).size(), 0u) << s;
    EXPECT_EQ(Plain(s), Icu(s)) << s;
  }
}

TEST_F(PlainWordBreaksTest, DeclinesWhatNeedsIcu) {
  for (std::string_view s : {
           "замо\u0301к",                  // combining stress mark (Extend)
           "under_score",                  // ExtendNumLet
           "без\u00ADпеки",                // soft hyphen (Format)
           "东京和大阪",                   // dictionary words
           "สวัสดีครับ",                      // dictionary words
           "👍🏽 and 👨\u200D👩",  // emoji, ZWJ
           "line\nbreak",                  // newline
           "bad \xC3 byte",                // ill-formed UTF-8
       })
    EXPECT_EQ(Plain(s).size(), 0u) << s;
}

struct LineTally {
  size_t files = 0, lines = 0, handled = 0, bytes = 0, handled_bytes = 0;
};

// Each line of every `every`-th file under `root` that `take` accepts: a handled line must
// break as ICU does.
template <typename Take>
LineTally CheckLines(const std::filesystem::path& root, size_t every, Take take,
                     std::vector<WordBoundary> (*plain)(std::string_view),
                     std::vector<WordBoundary> (*icu)(std::string_view)) {
  LineTally t;
  size_t seen = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || !take(entry.path()) || seen++ % every != 0) continue;
    ++t.files;
    std::istringstream in(testing::ReadFile(entry.path()));
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      ++t.lines, t.bytes += line.size();
      const std::vector<WordBoundary> mine = plain(line);
      if (mine.empty()) continue;
      ++t.handled, t.handled_bytes += line.size();
      EXPECT_EQ(mine, icu(line)) << entry.path() << ": " << line;
      if (::testing::Test::HasFailure()) return t;
    }
  }
  std::printf("%s: %zu files, %zu lines, %zu handled (%.1f %% of lines, %.1f %% of bytes)\n",
              root.c_str(), t.files, t.lines, t.handled, 100.0 * t.handled / t.lines,
              100.0 * t.handled_bytes / t.bytes);
  return t;
}

// The BSNLP raw news (title and text; every tenth file, all with ENTENTE_BSNLP_ALL): handled
// lines break as ICU does, and most lines are handled.
TEST_F(PlainWordBreaksTest, BsnlpLinesBreakAsIcu) {
  ENTENTE_REQUIRE_SHARED();
  const std::filesystem::path root = testing::SharedDir() + "/data/bsnlp";
  if (!std::filesystem::exists(root)) GTEST_SKIP() << root << " not found";
  const LineTally t = CheckLines(
      root, std::getenv("ENTENTE_BSNLP_ALL") ? 1 : 10,
      [](const std::filesystem::path& p) {
        return p.parent_path().parent_path().filename() == "raw";
      },
      Plain, Icu);
  EXPECT_GT(t.lines, 1000u);
  EXPECT_GT(t.handled, t.lines * 9 / 10);
}

TEST_F(PlainWordBreaksTest, ExampleLinesBreakAsIcu) {
  const LineTally t = CheckLines(
      testing::SourceDir() + "/examples/pages", 1,
      [](const std::filesystem::path&) { return true; }, Plain, Icu);
  EXPECT_GT(t.handled, t.lines / 2);
}

}  // namespace
}  // namespace entente::segment
