// Language id: long texts, uk/ru short snippets, letters, document fallback, thread safety.
#include "langid/langid.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace entente {
namespace {

class LangIdTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto stage = MakeLangIdStage(testing::TestResources());
    ASSERT_TRUE(stage.ok()) << stage.error();
    stage_ = stage->release();
  }
  static void TearDownTestSuite() { delete stage_; }
  // A document with one body block per element.
  static Doc Make(const std::vector<std::string>& blocks, std::string hint = "") {
    Doc doc;
    doc.lang_hint = std::move(hint);
    for (const std::string& b : blocks) {
      if (!doc.text.empty()) doc.text += "\n";
      Block block;
      block.span.begin = doc.text.size();
      doc.text += b;
      block.span.end = doc.text.size();
      block.is_body = true;
      doc.blocks.push_back(block);
    }
    return doc;
  }
  static std::string Lang(const std::string& text, std::string hint = "") {
    Doc doc = Make({text}, std::move(hint));
    stage_->Process(doc);
    return doc.lang;
  }
  static Stage* stage_;
};
Stage* LangIdTest::stage_ = nullptr;

TEST_F(LangIdTest, LongTexts) {
  EXPECT_EQ(Lang("Росія продовжує намагатися побудувати коаліцію на противагу Заходу, розвиваючи "
                 "двосторонні відносини з Іраном, Північною Кореєю та Китаєм."),
            "uk");
  EXPECT_EQ(Lang("Россия не остаётся в изоляции: её президент активно ищет новых союзников, пишет "
                 "газета. Кремль укрепляет дипломатические связи в Южной Азии."),
            "ru");
  EXPECT_EQ(Lang("Russia is not isolated: its president is actively looking for new allies, the "
                 "newspaper writes."),
            "en");
  EXPECT_EQ(Lang("La Russie n'est pas isolée : son président cherche activement de nouveaux "
                 "alliés, écrit le journal."),
            "fr");
  EXPECT_EQ(Lang("Russland ist nicht isoliert: Sein Präsident sucht aktiv nach neuen Verbündeten."),
            "de");
  EXPECT_EQ(Lang("Rusia no está aislada: su presidente busca activamente nuevos aliados."), "es");
  EXPECT_EQ(Lang("Rosja nie jest odizolowana: jej prezydent aktywnie szuka nowych sojuszników."),
            "pl");
  EXPECT_EQ(Lang("普京与习近平在北京会晤，双方讨论了两国之间的全面战略合作伙伴关系。"), "zh");
  EXPECT_EQ(Lang("Русија није изолована: њен председник активно тражи нове савезнике, пише лист."),
            "sr");
  EXPECT_EQ(Lang("Русия не е изолирана: нейният президент активно търси нови съюзници, пише "
                 "вестникът."),
            "bg");
  EXPECT_EQ(Lang("Расія не знаходзіцца ў ізаляцыі: яе прэзідэнт актыўна шукае новых саюзнікаў."),
            "be");
}

// Two-to-four-word Ukrainian snippets, alone in a document, must come out uk.
TEST_F(LangIdTest, UkrainianShortSnippets) {
  const std::vector<std::string> snippets = {
      "Читайте також",
      "Залишити відповідь",
      "Міжнародні новини",
      "Новини України",
      "Головні новини дня",
      "Президент України",
      "Зустріч у Москві",
      "Путін відвідає Китай",
      "Війна в Україні",
      "Дивіться також",
      "Останні новини",
      "Обов’язкові поля позначені",
      "Поділитися у соцмережах",
      "Перейти до змісту",
      "Популярні статті",
      "Сторони домовилися про співпрацю",
      "Новини партнерів",
      "Коментарі закрито",
      "Усі права захищені",
      "Підписатися на розсилку",
      "Головна сторінка",
      "Росія продовжує наступ",
      "Заява МЗС України",
      "Економіка та бізнес",
      "Прем’єр-міністр заявив",
      "Політика",
      "Світ",
      "Києві пролунали вибухи",
      "Ракетний удар по Харкову",
      "Звіт аналітиків ISW",
      "Нагадаємо",
      "Сполучені Штати",
      "Європейський союз",
      "північно-східній частині",
      "Генштаб ЗСУ повідомив",
  };
  int ok = 0;
  for (const std::string& s : snippets) {
    std::string lang = Lang(s);
    EXPECT_EQ(lang, "uk") << s;
    ok += lang == "uk";
  }
  std::cout << "uk snippets: " << ok << "/" << snippets.size() << "\n";
  EXPECT_GE(snippets.size(), 30u);
}

TEST_F(LangIdTest, RussianShortSnippets) {
  const std::vector<std::string> snippets = {
      "Читайте также",
      "Новости партнёров",
      "Лента новостей",
      "Сегодня в СМИ",
      "В нашем паблике",
      "Оставить комментарий",
      "Главные новости",
      "Путин посетил Вьетнам",
      "Визит в Пхеньян",
      "Россия и Китай",
      "Подписывайтесь на наш канал",
      "Эксперты считают",
      "Все права защищены",
      "Последние новости",
      "Мнение редакции",
      "Северная Корея",
      "Международный уголовный суд",
  };
  int ok = 0, ok_no_hint = 0;
  for (const std::string& s : snippets) {
    std::string lang = Lang(s, "ru");
    EXPECT_EQ(lang, "ru") << s;
    ok += lang == "ru";
    ok_no_hint += Lang(s) == "ru";
  }
  std::cout << "ru snippets: " << ok << "/" << snippets.size() << " with hint ru, " << ok_no_hint
            << " without\n";
  EXPECT_GE(ok_no_hint, 14);
}

TEST_F(LangIdTest, ShortBlocksFollowTheDocumentUnlessLettersSayOtherwise) {
  Doc doc =
      Make({"Росія продовжує намагатися побудувати коаліцію на противагу Заходу, розвиваючи "
            "двосторонні відносини з Іраном, Північною Кореєю та Китаєм.",
            "Сторони домовилися", "Москва", "Это удалось", "AP"});
  stage_->Process(doc);
  EXPECT_EQ(doc.lang, "uk");
  EXPECT_EQ(doc.blocks[1].lang, "uk");
  EXPECT_EQ(doc.blocks[2].lang, "uk");
  EXPECT_EQ(doc.blocks[3].lang, "ru");  // э
  Doc ru =
      Make({"Россия не остаётся в изоляции: её президент активно ищет новых союзников, "
            "пишет газета.",
            "Сегодня в СМИ", "Москва"});
  stage_->Process(ru);
  EXPECT_EQ(ru.lang, "ru");
  EXPECT_EQ(ru.blocks[1].lang, "ru");
  EXPECT_EQ(ru.blocks[2].lang, "ru");
}

// Letters decide a block without CLD2 and fastText only when at least 3 letters vote, all for
// one language, and they are ≥ 1 % of its letters; else the models are asked as before.
TEST_F(LangIdTest, LettersAloneDecideOnlyWhenTheyAllAgree) {
  // ъ votes bg (1.0) and ru (0.6): frequent and alone, it is Bulgarian.
  EXPECT_EQ(Lang("Министър-председателят заяви, че България ще подкрепи общата позиция на "
                 "Европейския съюз, след като правителството одобри доклада във вторник."),
            "bg");
  // One ъ and no ы or э in Russian: too few letters to decide alone.
  EXPECT_EQ(Lang("Министр объявил о новом договоре между странами Европейского союза и Азии, "
                 "сообщает агентство."),
            "ru");
  // Ukrainian names in Russian text: і ї є outvote э, but not every voting letter agrees.
  EXPECT_EQ(Lang("Мэр Києва Віталій Кличко и министр Дмитро Кулеба встретились с журналистами "
                 "в Києві, сообщает агентство; они обсудили вопросы безопасности и новые меры "
                 "поддержки жителей."),
            "ru");
}

// Latin letters (ł ś ż → pl, ř ů ě → cs) decide Polish and Czech prose, but not names in other
// languages' text: they vote only in words that start lower case, must be in ≥ 10 % of the
// words, with stop words ≤ 20 % of them.
TEST_F(LangIdTest, LatinLettersDecideProseNotNames) {
  EXPECT_EQ(Lang("Prezydent podkreślił, że rząd nie zgodzi się na żadne zmiany w ustawie, "
                 "dopóki Sejm nie przedstawi własnego projektu."),
            "pl");
  EXPECT_EQ(Lang("Předseda vlády řekl, že ministerstvo připraví nový zákon o důchodech ještě "
                 "před koncem roku."),
            "cs");
  EXPECT_EQ(Lang("Jarosław Kaczyński met the mayors of Łódź and Wrocław on Tuesday, and they "
                 "said that the party would not change its position on the new law."),
            "en");
  EXPECT_EQ(Lang("Predsjednik Vlade rekao je da će se Lech Wałęsa i Jarosław Kaczyński sastati "
                 "s ministrima u Zagrebu sljedećeg tjedna."),
            "hr");
}

TEST_F(LangIdTest, HintIsOnlyAPrior) {
  EXPECT_EQ(Lang("Россия не остаётся в изоляции: её президент активно ищет новых союзников.", "uk"),
            "ru");
  EXPECT_EQ(Lang("Москва", "uk"), "uk");
  EXPECT_EQ(Lang("за кордоном", "uk"), "uk");  // valid in both: the prior decides
  EXPECT_EQ(Lang("Москва", "ru"), "ru");
}

TEST_F(LangIdTest, EveryBlockGetsALanguageAndNonBodyDoesNotDecide) {
  Doc doc = Make({"Russia is not isolated: its president is actively looking for new allies.",
                  "Новости партнёров"});
  doc.blocks[1].is_body = false;
  stage_->Process(doc);
  EXPECT_EQ(doc.lang, "en");
  EXPECT_EQ(doc.blocks[0].lang, "en");
  EXPECT_EQ(doc.blocks[1].lang, "ru");
}

TEST_F(LangIdTest, ThreadSafe) {
  std::vector<std::thread> threads;
  std::atomic<int> bad = 0;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (Lang("Росія продовжує будувати коаліцію на противагу Заходу") != "uk") ++bad;
        if (Lang("Russia keeps building a coalition against the West") != "en") ++bad;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad, 0);
}

}  // namespace
}  // namespace entente
