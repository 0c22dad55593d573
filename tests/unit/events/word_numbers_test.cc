// Word numbers (src/events/frames.h Vocab, Words): a sentence's units numbered once by their
// language's vocabulary find exactly what the same units matched by string find, in every
// function-word list, in the first-word indexes of frames and cues, and among the verbs of saying.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine_util.h"
#include "entities/units.h"
#include "events/frames.h"
#include "test_util.h"

namespace entente {
namespace {

TEST(WordNumbers, NumberedLookupsFindWhatStringLookupsFind) {
  const Resources resources = testing::TestResources();
  const MatchKeys keys(resources);
  const auto langs = LoadFrames(*resources.pack, keys);
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"en",
       "Russia's foreign minister said on Tuesday that the three countries had been warned by "
       "Kyiv and that the sides would meet in Geneva in March 2025, but not with the United "
       "States."},
      {"uk",
       "Міністр закордонних справ України заявив у вівторок, що обидві сторони зустрінуться в "
       "Женеві, щоб обговорити санкції проти Росії та трьох сусідніх країн."},
      {"ru",
       "Министр иностранных дел России заявил во вторник, что обе стороны встретятся в Женеве, "
       "чтобы обсудить санкции против Украины и трёх соседних стран."},
  };
  for (const auto& [lang, text] : texts) {
    SCOPED_TRACE(lang);
    const LangFrames& lf = langs.at(lang);
    const Doc doc = testing::RunText(text, lang);
    ASSERT_FALSE(doc.sentences.empty());
    Words by_string;
    static_cast<std::vector<Unit>&>(by_string) = SentenceUnits(doc, doc.sentences[0], keys, lang);
    Words numbered = by_string;
    numbered.Intern(lf.vocab);
    ASSERT_TRUE(numbered.NumberedBy(&lf.vocab));
    ASSERT_FALSE(by_string.NumberedBy(&lf.vocab));
    size_t list_hits = 0, frame_hits = 0, cue_hits = 0, claims = 0;
    for (const WordSeqSet* set :
         {&lf.prep, &lf.loc, &lf.conj, &lf.boundary, &lf.comp, &lf.rel, &lf.sides, &lf.compl_open,
          &lf.passive, &lf.det, &lf.but, &lf.date_first_words, &lf.numeral_words})
      for (size_t i = 0; i <= numbered.size(); ++i) {  // one past the end finds nothing
        EXPECT_EQ(set->MatchAt(numbered, i), set->MatchAt(by_string, i)) << i;
        EXPECT_EQ(set->MatchEndingAt(numbered, i), set->MatchEndingAt(by_string, i)) << i;
        list_hits += set->MatchAt(numbered, i) > 0;
      }
    for (size_t i = 0; i < numbered.size(); ++i) {
      std::vector<uint32_t> a, b;
      lf.frame_index.Candidates(numbered, i, &a);
      lf.frame_index.Candidates(by_string, i, &b);
      EXPECT_EQ(a, b) << i;
      frame_hits += !a.empty();
      lf.cue_index.Candidates(numbered, i, &a);
      lf.cue_index.Candidates(by_string, i, &b);
      EXPECT_EQ(a, b) << i;
      cue_hits += !a.empty();
      EXPECT_EQ(lf.ClaimVerb(numbered, i), lf.ClaimVerb(by_string[i])) << i;
      claims += lf.ClaimVerb(numbered, i);
    }
    // The sentences hold function words, triggers, cues and verbs of saying: the comparisons
    // above are not all between two empty answers.
    EXPECT_GT(list_hits, 5u);
    EXPECT_GT(frame_hits, 0u);
    EXPECT_GT(cue_hits, 0u);
    EXPECT_GE(claims, 1u);
  }
}

}  // namespace
}  // namespace entente
