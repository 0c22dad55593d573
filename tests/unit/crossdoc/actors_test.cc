// Unlinked names joined across documents (crossdoc::ActorAliases, ActorsOf).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "crossdoc/crossdoc.h"

namespace entente::crossdoc {
namespace {

using Aliases = std::map<std::string, std::string>;

Actor Name(const char* id, size_t documents = 1, const char* country = "") {
  return Actor{id, "", "name", country, documents, documents};
}

Actor Known(const char* id, const char* name, const char* kind, const char* country = "") {
  return Actor{id, name, kind, country, 1, 1};
}

TEST(ActorAliases, SurnameJoinsTheOneFullNameWithIt) {
  EXPECT_EQ(ActorAliases({Name("x:ivan_petrenko"), Name("x:petrenko")}),
            (Aliases{{"x:petrenko", "x:ivan_petrenko"}}));
  // A knowledge person, by the phonetic words of the English name.
  EXPECT_EQ(ActorAliases({Known("p:mark_johnson", "Mark Johnson", "person"), Name("x:jonson")}),
            (Aliases{{"x:jonson", "p:mark_johnson"}}));
  // Never a first name alone: across documents it is too often someone else's.
  EXPECT_EQ(ActorAliases({Name("x:ostap_kuzmenko"), Name("x:ostap")}), Aliases{});
  EXPECT_EQ(
      ActorAliases({Known("p:olena_kovalenko", "Olena Kovalenko", "person"), Name("x:olena")}),
      Aliases{});
}

TEST(ActorAliases, TwoPeopleWithTheSurnameStayApart) {
  EXPECT_EQ(ActorAliases({Name("x:ivan_petrenko"), Name("x:olha_petrenko"), Name("x:petrenko")}),
            Aliases{});
  // A knowledge person and an unknown name with the surname.
  EXPECT_EQ(ActorAliases({Known("p:mark_johnson", "Mark Johnson", "person"), Name("x:boris_jonson"),
                          Name("x:jonson")}),
            Aliases{});
  // The surname of one and the first name of another: the surname decides.
  EXPECT_EQ(ActorAliases({Name("x:roman_petrenko"), Name("x:petrenko_roman"), Name("x:roman")}),
            (Aliases{{"x:roman", "x:petrenko_roman"}}));
  EXPECT_EQ(ActorAliases({Name("x:taras_ivan_kuzmenko"), Name("x:kuzmenko")}),
            (Aliases{{"x:kuzmenko", "x:taras_ivan_kuzmenko"}}));
  // Five words are a title or an organisation more often than one person.
  EXPECT_EQ(ActorAliases({Name("x:deputat_verhovn_rad_oleh_sirko"), Name("x:sirko")}), Aliases{});
}

TEST(ActorAliases, KindsCountriesAndShortWordsBar) {
  // Different countries, both known.
  EXPECT_EQ(ActorAliases({Name("x:ivan_petrenko", 1, "UKR"), Name("x:petrenko", 1, "RUS")}),
            Aliases{});
  EXPECT_EQ(ActorAliases({Name("x:ivan_petrenko", 1, "UKR"), Name("x:petrenko")}),
            (Aliases{{"x:petrenko", "x:ivan_petrenko"}}));
  // An organisation's one-word name (a common word) never joins a person's name.
  Actor bank = Name("x:bank");
  bank.kind = "org";
  EXPECT_EQ(ActorAliases({Name("x:oleh_bank"), bank}), Aliases{});
  // Never a state, place or organisation of the knowledge, even with the word in its name.
  EXPECT_EQ(ActorAliases({Known("Q1", "Novo Mesto", "place", "SVN"), Name("x:mesto")}), Aliases{});
  EXPECT_EQ(ActorAliases({Known("Q2", "South Sudan", "state", "SSD"), Name("x:sudan")}), Aliases{});
  EXPECT_EQ(ActorAliases({Known("o:1", "Bank Polski", "org", "POL"), Name("x:polski")}), Aliases{});
  // Never two knowledge ids.
  EXPECT_EQ(
      ActorAliases({Known("p:1", "Anna Kovalenko", "person"), Known("p:2", "Kovalenko", "person")}),
      Aliases{});
  // Four letters are too few to stand for a full name; a name with a digit is no person's.
  EXPECT_EQ(ActorAliases({Name("x:ivan_bilk"), Name("x:bilk")}), Aliases{});
  EXPECT_EQ(ActorAliases({Name("x:oleh_sirko"), Name("x:sirko")}),
            (Aliases{{"x:sirko", "x:oleh_sirko"}}));
  EXPECT_EQ(ActorAliases({Name("x:airbus_a320neo"), Name("x:a320neo")}), Aliases{});
}

TEST(ActorAliases, SpellingVariantsJoinTheWiderOne) {
  EXPECT_EQ(ActorAliases({Name("x:taras_melnicenko", 3), Name("x:taras_melnicanko", 1)}),
            (Aliases{{"x:taras_melnicanko", "x:taras_melnicenko"}}));
  // A swap of neighbours is one edit; ties go to the smaller id.
  EXPECT_EQ(ActorAliases({Name("x:taras_melnicenko"), Name("x:taras_mlenicenko")}),
            (Aliases{{"x:taras_mlenicenko", "x:taras_melnicenko"}}));
  // Words under five letters, two words differing, or another word count: apart.
  EXPECT_EQ(ActorAliases({Name("x:anna_kost", 2), Name("x:anna_kist")}), Aliases{});
  EXPECT_EQ(ActorAliases({Name("x:tores_melnicenko", 2), Name("x:taras_melnicanko")}), Aliases{});
  EXPECT_EQ(ActorAliases({Name("x:taras_melnicenko", 2), Name("x:melnicanko")}), Aliases{});
  // Two wider variants, not each other's: ambiguous.
  EXPECT_EQ(ActorAliases({Name("x:pavlo_serhienko", 2), Name("x:pavlo_serhanko", 2),
                          Name("x:pavlo_serhenko")}),
            Aliases{});
}

TEST(ActorAliases, SurnameFollowsItsNameToTheVariantItJoined) {
  const Aliases want{{"x:taras_melnicanko", "x:taras_melnicenko"},
                     {"x:melnicanko", "x:taras_melnicenko"}};
  std::vector<Actor> actors{Name("x:taras_melnicenko", 3), Name("x:taras_melnicanko"),
                            Name("x:melnicanko"), Name("x:ivan_petrenko"), Name("x:olha")};
  EXPECT_EQ(ActorAliases(actors), want);
  // Two spellings of one person are one name a surname may join; another person is not.
  EXPECT_EQ(ActorAliases(
                {Name("x:taras_melnicenko", 3), Name("x:taris_melnicenko"), Name("x:melnicenko")}),
            (Aliases{{"x:taris_melnicenko", "x:taras_melnicenko"},
                     {"x:melnicenko", "x:taras_melnicenko"}}));
  EXPECT_EQ(ActorAliases({Name("x:taras_melnicenko", 3), Name("x:taris_melnicenko"),
                          Name("x:ivan_melnicenko"), Name("x:melnicenko")}),
            (Aliases{{"x:taris_melnicenko", "x:taras_melnicenko"}}));
  std::mt19937 rng(3);
  for (int trial = 0; trial < 20; ++trial) {
    std::shuffle(actors.begin(), actors.end(), rng);
    ASSERT_EQ(ActorAliases(actors), want) << "depends on the order of its input";
  }
}

TEST(ActorsOf, OneActorPerIdWithTheSmallestDescription) {
  Doc a, b;
  a.entities = {{"x:ivan_petrenko", "Иван Петренко", "name", "", "", {{0, 4}, {10, 14}}},
                {"Q1", "Ukraine", "state", "UKR", "", {}}};
  b.entities = {{"x:ivan_petrenko", "Іван Петренко", "person", "UKR", "GOV", {{3, 9}}}};
  const std::vector<Actor> actors = ActorsOf({&a, &b});
  ASSERT_EQ(actors.size(), 1u) << "an entity without mentions is not named by the document";
  EXPECT_EQ(actors[0].id, "x:ivan_petrenko");
  EXPECT_EQ(actors[0].name, "Іван Петренко");  // "І" (U+0406) sorts before "И" (U+0418)
  EXPECT_EQ(actors[0].kind, "person");
  EXPECT_EQ(actors[0].country, "UKR");
  EXPECT_EQ(actors[0].documents, 2u);
  EXPECT_EQ(actors[0].mentions, 3u);
}

}  // namespace
}  // namespace entente::crossdoc
