// Test helper: runs an engine over gold documents and scores its `entente extract` JSON with
// entente_eval's Scorer, as `entente eval` does. Header-only; link entente_eval and
// entente_output.
#ifndef ENTENTE_TESTS_EVAL_UTIL_H_
#define ENTENTE_TESTS_EVAL_UTIL_H_

#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "entente/engine.h"
#include "eval/eval.h"
#include "output/jsonl.h"

namespace entente::testing {

// Processes every gold document (text, publication date) and returns the report; `each` sees
// every processed document.
inline EvalReport ScoreGold(const Engine& engine, const std::vector<GoldDoc>& gold,
                            const std::function<void(const Doc&)>& each = {}) {
  Scorer scorer(gold);
  for (const GoldDoc& g : gold) {
    Doc doc;
    doc.id = g.id;
    doc.date = g.pub_date;
    doc.text = g.text;
    engine.Process(doc);
    EXPECT_TRUE(scorer.Add(DocToJson(doc, false)));
    if (each) each(doc);
  }
  return scorer.Report();
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_EVAL_UTIL_H_
