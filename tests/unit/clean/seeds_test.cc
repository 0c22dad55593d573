// The two seed pages end to end through clean → langid → segment → analyse, with body line
// precision/recall against ../shared/gold/seeds.jsonl (floors at what this version reaches).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "analyse/analyse.h"
#include "clean/clean.h"
#include "langid/langid.h"
#include "segment/segment.h"
#include "test_util.h"

namespace entente {
namespace {

TEST(SeedsTest, BodyLinesLanguageSentencesKeys) {
  ENTENTE_REQUIRE_SHARED();
  Resources res = testing::TestResources();
  std::vector<std::unique_ptr<Stage>> stages;
  for (auto make : {MakeCleanStage, MakeLangIdStage, MakeSegmentStage, MakeAnalyseStage}) {
    auto stage = make(res);
    ASSERT_TRUE(stage.ok()) << stage.error();
    stages.push_back(std::move(*stage));
  }
  std::ifstream gold(testing::SharedDir() + "/gold/seeds.jsonl");
  std::string line;
  int docs = 0;
  while (std::getline(gold, line)) {
    if (line.empty()) continue;
    auto g = nlohmann::json::parse(line);
    Doc doc;
    doc.id = g["id"];
    doc.text = testing::ReadFile(testing::SharedDir() + "/" + g["file"].get<std::string>());
    for (auto& stage : stages) stage->Process(doc);
    ASSERT_FALSE(doc.failed());

    // Line number of each byte offset.
    std::vector<uint32_t> line_starts = {0};
    for (uint32_t i = 0; i < doc.text.size(); ++i)
      if (doc.text[i] == '\n') line_starts.push_back(i + 1);
    auto line_of = [&](uint32_t off) {
      return static_cast<int>(std::upper_bound(line_starts.begin(), line_starts.end(), off) -
                              line_starts.begin() - 1);
    };
    std::set<int> kept, content;
    for (Span s : doc.body) kept.insert(line_of(s.begin));
    for (int l : g["content_lines"]) content.insert(l);
    size_t tp = 0;
    for (int l : kept) tp += content.count(l);
    const double precision = kept.empty() ? 0 : double(tp) / kept.size();
    const double recall = content.empty() ? 1 : double(tp) / content.size();
    std::cout << doc.id << ": body P " << precision << " R " << recall << " (" << tp << "/"
              << kept.size() << " kept, " << content.size() << " gold), lang " << doc.lang << ", "
              << doc.sentences.size() << " sentences, " << doc.tokens.size() << " tokens\n";
    EXPECT_GE(precision, 1.0) << doc.id;
    EXPECT_GE(recall, 1.0) << doc.id;
    EXPECT_EQ(doc.lang, g["lang"].get<std::string>()) << doc.id;
    for (const Block& b : doc.blocks)
      if (b.is_body) {
        EXPECT_EQ(b.lang, doc.lang) << doc.Slice(b.span);
      }

    // Sentences lie in body blocks; every token has a lower form and a key.
    EXPECT_GE(doc.sentences.size(), 10u);
    for (const Sentence& s : doc.sentences) EXPECT_TRUE(doc.blocks[s.block].is_body);
    std::set<std::string> keys;
    for (const Token& t : doc.tokens) {
      EXPECT_FALSE(t.lower.empty());
      keys.insert(t.key);
    }
    const bool uk = doc.lang == "uk";
    for (const char* k :
         uk ? std::vector<const char*>{"путін", "кита", "коре", "іран", "росі"}
            : std::vector<const char*>{"путин", "вьетнам", "коре", "иран", "росси"}) {
      EXPECT_TRUE(keys.count(k)) << doc.id << " has no token keyed " << k;
    }
    ++docs;
  }
  EXPECT_EQ(docs, 2);
}

}  // namespace
}  // namespace entente
