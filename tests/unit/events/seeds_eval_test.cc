// Event P/R on the two seed documents (shared/gold/seeds.jsonl), scored by entente_eval
// (src/eval/eval.h) on the `entente extract` JSON of each document, exactly as
// shared/gold/README.md says. Floors are what the engine reaches now; raise them as it improves.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "eval_util.h"
#include "test_util.h"

namespace entente {
namespace {

TEST(SeedsEval, EventPrecisionAndRecallOverFloors) {
  ENTENTE_REQUIRE_SHARED();
  auto engine = Engine::Create(Options{});
  ASSERT_TRUE(engine.ok()) << engine.error();
  auto gold = LoadGold(testing::SharedDir() + "/gold/seeds.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.error();
  const EvalReport report = testing::ScoreGold(*engine, *gold, [](const Doc& doc) {
    if (std::getenv("ENTENTE_SHOW_EVENTS"))
      for (const Event& e : doc.events)
        std::cout << "  " << e.src.country << " " << e.type << "(" << e.cameo << ") "
                  << e.tgt.country << " | " << e.trigger_text << " | " << e.src.text << " → "
                  << e.tgt.text << " | " << e.date << " " << ModalityName(e.modality) << " "
                  << e.attribution << " " << e.confidence << "\n";
  });
  std::cout << FormatReport(report, true);
  EXPECT_EQ(report.missing_docs, 0);
  // Both documents score P = R = 1.0 now; the floors leave room for language-layer changes.
  EXPECT_GE(report.events.Recall(), 0.9);
  EXPECT_GE(report.events.Precision(), 0.9);
}

}  // namespace
}  // namespace entente
