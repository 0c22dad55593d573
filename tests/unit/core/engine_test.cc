#include "entente/engine.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(Engine, RunsTheDefaultStagesInOrder) {
  auto engine = Engine::Create(Options{});
  ASSERT_TRUE(engine.ok()) << engine.error();
  std::vector<std::string_view> expected = {"clean",    "langid", "segment",     "analyse",
                                            "entities", "events", "story_terms", "framing"};
  EXPECT_EQ(engine->StageNames(), expected);
}

TEST(Engine, RunsAConfiguredPrefixOfThePipeline) {
  Options options;
  options.stages = {"clean", "langid"};
  auto engine = Engine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.error();
  Doc doc;
  doc.id = "x";
  doc.text = "Президент Франції Емманюель Макрон зустрівся з канцлером Німеччини у Берліні.";
  engine->Process(doc);
  EXPECT_EQ(doc.lang, "uk");
  EXPECT_FALSE(doc.body.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.events.empty());
}

TEST(Engine, RefusesUnknownStagesAndOrdersThatReadUnwrittenFields) {
  Options unknown;
  unknown.stages = {"clean", "translate"};
  auto a = Engine::Create(unknown);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.error().message().find("unknown stage 'translate'"), std::string::npos);

  Options misordered;
  misordered.stages = {"clean", "segment", "langid"};
  auto b = Engine::Create(misordered);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().message().find("'segment' requires"), std::string::npos) << b.error();
}

TEST(Engine, GivesOversizedDocumentsAnErrorAndSkipsThem) {
  Options options;
  options.max_doc_bytes = 16;
  auto engine = Engine::Create(options);
  ASSERT_TRUE(engine.ok());
  Doc doc;
  doc.id = "big";
  doc.text = "Росія атакувала Харків дронами вночі.";
  engine->Process(doc);
  ASSERT_EQ(doc.errors.size(), 1u);
  EXPECT_EQ(doc.errors[0].code, "too_large");
  EXPECT_TRUE(doc.body.empty());
}

}  // namespace
}  // namespace entente
