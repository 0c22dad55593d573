// Names made of common words that languages translate (entities/concepts.h, data/lang/*/concepts)
// and names whose tail the document drops later (coref.cc).
#include "entities/concepts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine_util.h"
#include "entities/phonetic.h"
#include "test_util.h"

namespace entente {
namespace {

using testing::IdAt;
using testing::RunText;

// Every inflection of a listed word, the stems its vowel alternates to included, is its concept.
TEST(Concepts, EveryInflectionStandsForTheConcept) {
  const Resources resources = testing::TestResources();
  const MatchKeys keys(resources);
  const entities_internal::Concepts concepts(*resources.pack, keys);
  const std::string* treaty = concepts.Of("uk", keys.Key("договір", "uk"));
  ASSERT_NE(treaty, nullptr);
  // The English word as an English name's id gives it.
  EXPECT_EQ(*treaty, entities_internal::PhoneticWord(keys.Translit(keys.Key("treaty", "en"))));
  for (const char* form : {"договору", "договором", "договорі", "договори"}) {
    ASSERT_NE(concepts.Of("uk", keys.Key(form, "uk")), nullptr) << form;
    EXPECT_EQ(*concepts.Of("uk", keys.Key(form, "uk")), *treaty) << form;
  }
  for (const char* form : {"договор", "договора", "договором"}) {
    ASSERT_NE(concepts.Of("ru", keys.Key(form, "ru")), nullptr) << form;
    EXPECT_EQ(*concepts.Of("ru", keys.Key(form, "ru")), *treaty) << form;
  }
  // A form the suffix rules key as another word's has a row of its own (союзі: зі → г).
  ASSERT_NE(concepts.Of("uk", keys.Key("союзі", "uk")), nullptr);
  EXPECT_EQ(*concepts.Of("uk", keys.Key("союзі", "uk")),
            *concepts.Of("uk", keys.Key("союз", "uk")));
  EXPECT_EQ(concepts.Of("uk", keys.Key("Домбровський", "uk")), nullptr);
  EXPECT_EQ(concepts.Of("en", keys.Key("treaty", "en")), nullptr);  // English words are concepts
}

// A treaty named in Ukrainian and in Russian, in any case, has one id; other treaties others.
TEST(Concepts, TranslatedNamesMeet) {
  const std::string uk = IdAt(RunText("Сторони підписали Тартуський договір у 1920 році.", "uk"),
                              "Тартуський договір");
  ASSERT_FALSE(uk.empty());
  EXPECT_EQ(IdAt(RunText("Умови Тартуського договору виконано.", "uk"), "Тартуського договору"),
            uk);
  EXPECT_EQ(
      IdAt(RunText("Стороны подписали Тартуский договор в 1920 году.", "ru"), "Тартуский договор"),
      uk);
  EXPECT_NE(
      IdAt(RunText("Сторони підписали Ризький договір у 1921 році.", "uk"), "Ризький договір"), uk);
  // Two words that are both concepts' ("Митний союз"), with a place's adjective.
  EXPECT_EQ(IdAt(RunText("Про це заявив Балтійський митний союз учора.", "uk"),
                 "Балтійський митний союз"),
            IdAt(RunText("Об этом заявил Балтийский таможенный союз вчера.", "ru"),
                 "Балтийский таможенный союз"));
  EXPECT_EQ(IdAt(RunText("Акції продала Варшавська біржа.", "uk"), "Варшавська біржа"),
            IdAt(RunText("Акции продала Варшавская биржа.", "ru"), "Варшавская биржа"));
  // A name given in Ukrainian and in Russian, its place's name in the language's own form.
  EXPECT_EQ(IdAt(RunText("Резолюцію ухвалила Парламентська асамблея Ради Європи.", "uk"),
                 "Парламентська асамблея Ради Європи"),
            IdAt(RunText("Резолюцию приняла Парламентская ассамблея Совета Европы.", "ru"),
                 "Парламентская ассамблея Совета Европы"));
}

// One word alone is no concept: a name "Союз" keeps its own id.
TEST(Concepts, OneWordAloneKeepsItsId) {
  const Resources resources = testing::TestResources();
  const MatchKeys keys(resources);
  const entities_internal::Concepts concepts(*resources.pack, keys);
  auto id = [&](std::string_view name) {
    const std::vector<Unit> units = PhraseUnits(name, keys, "uk");
    return entities_internal::PhoneticId(
        units, 0, units.size(), [&](std::string_view key) { return keys.Translit(key); },
        [&](std::string_view key) { return entities_internal::PhoneticWord(keys.Translit(key)); },
        [&](std::string_view key) { return concepts.Of("uk", key); });
  };
  const std::string* union_form = concepts.Of("uk", keys.Key("союз", "uk"));
  ASSERT_NE(union_form, nullptr);
  EXPECT_EQ(id("Союз"),
            "x:" + entities_internal::PhoneticWord(keys.Translit(keys.Key("союз", "uk"))));
  EXPECT_NE(id("Союз"), "x:" + *union_form);
  EXPECT_EQ(id("Союз Карпат"), "x:" + *union_form + "_karpat");
}

// A name's first words after the full name are that name; before it, or the head of two names,
// they are not.
TEST(Coref, HeadOfAnEarlierNameJoinsIt) {
  Doc d = RunText(
      "Резолюцію ухвалила Парламентська асамблея НАТО. Пізніше Парламентська асамблея зібралася "
      "знову.",
      "uk");
  ASSERT_FALSE(IdAt(d, "Парламентська асамблея НАТО").empty());
  EXPECT_EQ(IdAt(d, "Парламентська асамблея"), IdAt(d, "Парламентська асамблея НАТО"));
  Doc before = RunText(
      "Пізніше Парламентська асамблея зібралася знову. Резолюцію ухвалила Парламентська асамблея "
      "НАТО.",
      "uk");
  ASSERT_FALSE(IdAt(before, "Парламентська асамблея").empty());
  EXPECT_NE(IdAt(before, "Парламентська асамблея"), IdAt(before, "Парламентська асамблея НАТО"));
  Doc two = RunText(
      "Резолюції ухвалили Парламентська асамблея НАТО та Парламентська асамблея ОБСЄ. Пізніше "
      "Парламентська асамблея зібралася знову.",
      "uk");
  ASSERT_FALSE(IdAt(two, "Парламентська асамблея").empty());
  EXPECT_NE(IdAt(two, "Парламентська асамблея"), IdAt(two, "Парламентська асамблея НАТО"));
  EXPECT_NE(IdAt(two, "Парламентська асамблея"), IdAt(two, "Парламентська асамблея ОБСЄ"));
}

}  // namespace
}  // namespace entente
