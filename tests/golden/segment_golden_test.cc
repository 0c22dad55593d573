// Golden segmentation: tests/golden/segment/*.test, each
//
//   # what the case covers
//   lang: uk                  (header lines "key: value")
//   ----
//   input text: each non-empty line is one body block in `lang`
//   ----
//   one line per sentence, an empty line, then per sentence its tokens joined by "|"
//
// Runs the segment stage alone. After a deliberate change regenerate with
// ENTENTE_UPDATE_GOLDEN=1 and review every line of the diff by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "segment/segment.h"
#include "test_util.h"

namespace entente {
namespace {

std::string Render(const Doc& doc) {
  std::ostringstream out;
  for (const Sentence& s : doc.sentences) out << doc.Slice(s.span) << "\n";
  out << "\n";
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      out << (i == s.first_token ? "" : "|") << doc.Slice(doc.tokens[i].span);
    out << "\n";
  }
  return out.str();
}

TEST(SegmentGolden, Cases) {
  auto stage = MakeSegmentStage(testing::TestResources());
  ASSERT_TRUE(stage.ok()) << stage.error();
  const bool update = std::getenv("ENTENTE_UPDATE_GOLDEN") != nullptr;
  std::vector<std::string> paths;
  for (const auto& f :
       std::filesystem::directory_iterator(testing::SourceDir() + "/tests/golden/segment"))
    if (f.path().extension() == ".test") paths.push_back(f.path().string());
  std::sort(paths.begin(), paths.end());
  ASSERT_FALSE(paths.empty());
  for (const std::string& path : paths) {
    const std::string all = testing::ReadFile(path);
    const size_t first = all.find("\n----\n");
    const size_t second = first == std::string::npos ? first : all.find("\n----\n", first + 6);
    ASSERT_NE(second, std::string::npos) << path << ": needs header, input and expected sections";
    const std::string header = all.substr(0, first);
    const std::string input = all.substr(first + 6, second - first - 6);
    const std::string expected = all.substr(second + 6);
    std::string lang;
    std::istringstream h(header);
    for (std::string line; std::getline(h, line);)
      if (line.starts_with("lang: ")) lang = line.substr(6);
    ASSERT_FALSE(lang.empty()) << path << ": needs a lang: header line";

    Doc doc;
    doc.text = input;
    doc.lang = lang;
    for (size_t a = 0; a < input.size();) {
      size_t z = std::min(input.find('\n', a), input.size());
      if (z > a) {
        Block b;
        b.span = {static_cast<uint32_t>(a), static_cast<uint32_t>(z)};
        b.is_body = true;
        b.lang = lang;
        doc.blocks.push_back(b);
      }
      a = z + 1;
    }
    (*stage)->Process(doc);
    const std::string got = Render(doc);
    if (update) {
      std::ofstream(path, std::ios::binary) << header << "\n----\n" << input << "\n----\n" << got;
      continue;
    }
    EXPECT_EQ(got, expected) << "segment golden case " << path
                             << " differs (ENTENTE_UPDATE_GOLDEN=1 regenerates; review the diff)";
  }
}

}  // namespace
}  // namespace entente
