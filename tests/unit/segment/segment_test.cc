// Sentences and tokens: abbreviations, initials, quotes, hyphens, apostrophes, CJK.
#include "segment/segment.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace entente {
namespace {

class SegmentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto stage = MakeSegmentStage(testing::TestResources());
    ASSERT_TRUE(stage.ok()) << stage.error();
    stage_ = stage->release();
  }
  static void TearDownTestSuite() { delete stage_; }

  // One body block per element of `blocks`, joined by "\n".
  static Doc Make(const std::vector<std::string>& blocks, const std::string& lang) {
    Doc doc;
    doc.lang = lang;
    for (const std::string& b : blocks) {
      if (!doc.text.empty()) doc.text += "\n";
      Block block;
      block.span.begin = doc.text.size();
      doc.text += b;
      block.span.end = doc.text.size();
      block.is_body = true;
      block.lang = lang;
      doc.blocks.push_back(block);
    }
    return doc;
  }
  static std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
    Doc doc = Make({text}, lang);
    stage_->Process(doc);
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
    return out;
  }
  static std::vector<std::string> Words(const std::string& text, const std::string& lang) {
    Doc doc = Make({text}, lang);
    stage_->Process(doc);
    std::vector<std::string> out;
    for (const Token& t : doc.tokens) out.emplace_back(doc.Slice(t.span));
    return out;
  }
  static Stage* stage_;
};
Stage* SegmentTest::stage_ = nullptr;

using V = std::vector<std::string>;

TEST_F(SegmentTest, UkrainianAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Зустріч відбулася у м. Київ на вул. Хрещатик. Далі буде.", "uk"),
            (V{"Зустріч відбулася у м. Київ на вул. Хрещатик.", "Далі буде."}));
  EXPECT_EQ(Sentences("Заяву зробив ген. Залужний. Він наголосив на важливості.", "uk"),
            (V{"Заяву зробив ген. Залужний.", "Він наголосив на важливості."}));
  EXPECT_EQ(Sentences("Президент В. О. Зеленський прибув до Брюсселя. Там його зустріли.", "uk"),
            (V{"Президент В. О. Зеленський прибув до Брюсселя.", "Там його зустріли."}));
  EXPECT_EQ(Sentences("У 2023 р. Росія витратила 5 млрд. Гривень не вистачає.", "uk").size(), 1u);
  EXPECT_EQ(Sentences("Проф. Іваненко та ін. Науковці погодились.", "uk").size(), 1u);
  EXPECT_EQ(Sentences("Вони зустрілися в США. Переговори тривали годину.", "uk"),
            (V{"Вони зустрілися в США.", "Переговори тривали годину."}));
}

TEST_F(SegmentTest, RussianAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("В 2023 г. Москва пыталась расширить круг союзников. Это удалось.", "ru"),
            (V{"В 2023 г. Москва пыталась расширить круг союзников.", "Это удалось."}));
  EXPECT_EQ(Sentences("В. В. Путин прибыл в Пхеньян. Его встретил Ким Чен Ын.", "ru"),
            (V{"В. В. Путин прибыл в Пхеньян.", "Его встретил Ким Чен Ын."}));
  EXPECT_EQ(Sentences("Речь о странах Азии, т.е. Китае и Вьетнаме. Так пишет газета.", "ru"),
            (V{"Речь о странах Азии, т.е. Китае и Вьетнаме.", "Так пишет газета."}));
  EXPECT_EQ(Sentences("Улица им. Ленина, ул. Тверская. Все закрыто.", "ru"),
            (V{"Улица им. Ленина, ул. Тверская.", "Все закрыто."}));
  EXPECT_EQ(Sentences("Потери составили 3 тыс. Человек пострадало мало.", "ru").size(), 1u);
  EXPECT_EQ(Sentences("Генсек ООН заявил: «Это недопустимо». Россия ответила.", "ru"),
            (V{"Генсек ООН заявил: «Это недопустимо».", "Россия ответила."}));
}

TEST_F(SegmentTest, EnglishAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Mr. Putin met Gen. Smith in the U.S. capital. They talked.", "en").size(),
            2u);
  EXPECT_EQ(Sentences("J. Biden spoke to Dr. Jones on Jan. 5. The call lasted an hour.", "en"),
            (V{"J. Biden spoke to Dr. Jones on Jan. 5.", "The call lasted an hour."}));
  EXPECT_EQ(Sentences("Sen. Warren and Rep. Pelosi agreed. Lt. Col. Vindman testified.", "en"),
            (V{"Sen. Warren and Rep. Pelosi agreed.", "Lt. Col. Vindman testified."}));
  EXPECT_EQ(Sentences("“We will respond,” he said. “Nobody doubts it.”", "en"),
            (V{"“We will respond,” he said.", "“Nobody doubts it.”"}));
  EXPECT_EQ(Sentences("Is it over? Yes! It is over…", "en").size(), 3u);
}

TEST_F(SegmentTest, QuotesAndDashesInUkrainian) {
  auto s = Sentences(
      "“Кремль використовує війну проти України”, – підкреслили аналітики. Нагадаємо, Путін "
      "збирається відвідати Китай.",
      "uk");
  EXPECT_EQ(s, (V{"“Кремль використовує війну проти України”, – підкреслили аналітики.",
                  "Нагадаємо, Путін збирається відвідати Китай."}));
}

// Regression: an abbreviation must be a whole chunk, not the end of a word ("союзников." ends
// in "в.", "capital." in "al.", "прем'єр." in "р.").
TEST_F(SegmentTest, AbbreviationsMatchWholeChunksOnly) {
  EXPECT_EQ(Sentences("Москва ищет союзников. Это удалось.", "ru").size(), 2u);
  EXPECT_EQ(Sentences("They met in the capital. Talks followed.", "en").size(), 2u);
  EXPECT_EQ(Sentences("Заяву зробив прем'єр. Він наголосив.", "uk").size(), 2u);
  EXPECT_EQ(Sentences("Вони зустрілися в 1999 р. Тоді все змінилося.", "uk").size(), 1u);
  EXPECT_EQ(Sentences("Це сказав (ген. Сирський) учора.", "uk").size(), 1u);
}

TEST_F(SegmentTest, SentencesNeverCrossBlocksAndOnlyBodyIsSegmented) {
  Doc doc = Make({"Перший рядок без крапки", "Другий рядок. Третє речення.", "Меню"}, "uk");
  doc.blocks[2].is_body = false;
  stage_->Process(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].block, 0u);
  EXPECT_EQ(doc.sentences[1].block, 1u);
  EXPECT_EQ(doc.sentences[2].block, 1u);
  EXPECT_EQ(doc.Slice(doc.sentences[0].span), "Перший рядок без крапки");
  for (const Sentence& s : doc.sentences) {
    EXPECT_TRUE(doc.blocks[s.block].span.Contains(s.span));
    for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
      EXPECT_TRUE(s.span.Contains(doc.tokens[i].span));
  }
  EXPECT_EQ(doc.sentences.back().first_token + doc.sentences.back().token_count, doc.tokens.size());
}

TEST_F(SegmentTest, TokensKindsHyphensApostrophes) {
  Doc doc = Make({"У північно-східній частині, 19 березня, обов’язкові поля: e-mail ISW!"}, "uk");
  stage_->Process(doc);
  V words;
  for (const Token& t : doc.tokens) words.emplace_back(doc.Slice(t.span));
  EXPECT_EQ(words, (V{"У", "північно-східній", "частині", ",", "19", "березня", ",", "обов’язкові",
                      "поля", ":", "e-mail", "ISW", "!"}));
  EXPECT_EQ(doc.tokens[0].kind, TokenKind::kWord);
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_FALSE(doc.tokens[1].capitalized);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kPunct);
  EXPECT_EQ(doc.tokens[4].kind, TokenKind::kNumber);
  EXPECT_TRUE(doc.tokens[11].capitalized);
  EXPECT_EQ(Words("Russia's allies met U.S. and U.N. envoys", "en"),
            (V{"Russia's", "allies", "met", "U.S.", "and", "U.N.", "envoys"}));
  EXPECT_EQ(Words("Лю Сяомін – голова Сіньхуа", "uk"),
            (V{"Лю", "Сяомін", "–", "голова", "Сіньхуа"}));
}

TEST_F(SegmentTest, ChineseGetsDictionaryWordBreaks) {
  Doc doc = Make({"普京与习近平在北京会晤。双方讨论了合作。"}, "zh");
  stage_->Process(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_GE(doc.tokens.size(), 8u);
}

// A sentence's tokens are those of its text alone: they do not depend on the sentences around
// it in the block (the stage breaks words once per block and checks that the sentence's ends are
// breaks there).
TEST_F(SegmentTest, SentenceTokensDoNotDependOnNeighbours) {
  for (const std::string& second :
       {std::string("Друге речення тут."), std::string("\u200EДруге речення."),  // LRM: Format
        std::string("\u00ADслово і ще."), std::string("3.5 млн. осіб."),
        std::string("e-mail: a.b@c.d тут."), std::string("«Цитата.» Далі.")}) {
    for (const std::string& sep : {std::string(" "), std::string("  "), std::string("\u00A0")}) {
      Doc both = Make({"Перше речення." + sep + second}, "uk");
      stage_->Process(both);
      for (const Sentence& s : both.sentences) {
        Doc alone = Make({std::string(both.Slice(s.span))}, "uk");
        stage_->Process(alone);
        ASSERT_EQ(alone.sentences.size(), 1u) << alone.text;
        ASSERT_EQ(s.token_count, alone.sentences[0].token_count) << alone.text;
        for (uint32_t k = 0; k < s.token_count; ++k) {
          const Token& a = both.tokens[s.first_token + k];
          const Token& b = alone.tokens[k];
          EXPECT_EQ(both.Slice(a.span), alone.Slice(b.span)) << alone.text;
          EXPECT_EQ(a.kind, b.kind) << alone.text;
          EXPECT_EQ(a.capitalized, b.capitalized) << alone.text;
        }
      }
    }
  }
}

TEST_F(SegmentTest, ThreadSafe) {
  std::vector<std::thread> threads;
  std::atomic<int> bad = 0;
  const std::string text = "В. В. Путин прибыл в Пхеньян. Его встретил Ким Чен Ын.";
  Doc ref = Make({text}, "ru");
  stage_->Process(ref);
  EXPECT_EQ(ref.tokens.size(), 15u);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 300; ++i) {
        Doc doc = Make({text}, "ru");
        stage_->Process(doc);
        if (doc.sentences.size() != 2 || doc.tokens.size() != ref.tokens.size()) ++bad;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad, 0);
}

// Why segment.cc does not use ICU's FilteredBreakIteratorBuilder (re-checked on ICU 72.1): an
// exception "в." also suppresses the break after "союзников.", i.e. it matches the end of any
// word. If this test fails, ICU has fixed that and the builder can replace ChunkBefore().
TEST(IcuFilteredBreakIterator, SuppressesAfterWordEndsNotOnlyWholeWords) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(st));
  builder->suppressBreakAfter(icu::UnicodeString::fromUTF8("в."), st);
  std::unique_ptr<icu::BreakIterator> it(builder->wrapIteratorWithFilter(
      icu::BreakIterator::createSentenceInstance(icu::Locale("ru"), st), st));
  ASSERT_TRUE(U_SUCCESS(st)) << u_errorName(st);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8("Москва ищет союзников. Это удалось.");
  it->setText(text);
  int breaks = 0;
  for (it->first(); it->next() != icu::BreakIterator::DONE;) ++breaks;
  EXPECT_EQ(breaks, 1) << "ICU " << U_ICU_VERSION << " now keeps the break after союзников.";
}

}  // namespace
}  // namespace entente
