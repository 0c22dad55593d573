// Entity recognition measured on BSNLP (../shared/data/bsnlp): floors under the figures the
// issue note reports (`entente eval ../shared/data/bsnlp --lang uk,ru`), and the scorer's rules.
#include <gtest/gtest.h>

#include <tuple>

#include "crossdoc/crossdoc.h"
#include "engine_util.h"
#include "eval/bsnlp.h"
#include "test_util.h"

namespace entente {
namespace {

TEST(BsnlpScorer, SurfacesCompareFoldedWithoutQuotes) {
  EXPECT_EQ(NormaliseSurface("«Економічна правда»"), "економічна правда");
  EXPECT_EQ(NormaliseSurface("Тереза \u200b\u200bМэй"), "тереза мэй");
  EXPECT_EQ(NormaliseSurface("\"Інтерфакс-Україна\""), "інтерфакс-україна");
  EXPECT_EQ(NormaliseSurface("О’Лірі"), "о'лірі");
  EXPECT_EQ(NormaliseSurface("Терези  Мей"), "терези мей");
}

TEST(BsnlpScorer, RecallOverPerLocOrgPrecisionOverAllGold) {
  BsnlpDoc gold;
  gold.lang = "uk";
  gold.topic = "t";
  gold.text = "Тереза Мей і Brexit у Лондоні.";
  gold.entities = {{"Тереза Мей", "Тереза Мей", "PER", "PER-May"},
                   {"Brexit", "Brexit", "EVT", "EVT-Brexit"},
                   {"Лондоні", "Лондон", "LOC", "GPE-London"}};
  Doc doc = testing::RunText(gold.text, "uk");
  NerScorer scorer;
  scorer.Add(gold, doc);
  NerReport r = scorer.Report();
  EXPECT_EQ(r.all.gold, 2);  // EVT is not required
  EXPECT_EQ(r.all.gold_found, 2);
  EXPECT_EQ(r.all.sys_correct, r.all.sys);  // naming Brexit is no error
}

// An entity id that gets mentions of two gold ids is an over-merge; per topic.
TEST(BsnlpScorer, OverMergeCountsEntityIdsWithTwoGoldIds) {
  BsnlpDoc gold;
  gold.lang = "uk";
  gold.topic = "t";
  gold.text = "Сергій Скрипаль і Юлія Скрипаль, Лондон.";
  gold.entities = {{"Сергій Скрипаль", "Сергій Скрипаль", "PER", "PER-Sergei"},
                   {"Юлія Скрипаль", "Юлія Скрипаль", "PER", "PER-Yulia"},
                   {"Лондон", "Лондон", "LOC", "GPE-London"}};
  Doc doc;
  doc.text = gold.text;
  doc.entities = {{"x:skripal", "", "name", "", "", {}}, {"place:london", "", "place", "", "", {}}};
  auto span_of = [&](std::string_view s) {
    const uint32_t b = static_cast<uint32_t>(doc.text.find(s));
    return Span{b, static_cast<uint32_t>(b + s.size())};
  };
  for (auto [s, e] : {std::pair<std::string_view, uint32_t>{"Сергій Скрипаль", 0},
                      {"Юлія Скрипаль", 0},
                      {"Лондон", 1}})
    doc.mentions.push_back({span_of(s), span_of(s), e, -1, 0, 0});
  NerScorer scorer;
  scorer.Add(gold, doc);
  NerReport r = scorer.Report();
  EXPECT_EQ(r.merged_ids, 2);
  EXPECT_EQ(r.over_merged, 1);
  ASSERT_EQ(r.over_merges.size(), 1u);
  EXPECT_EQ(r.over_merges[0], "t\tx:skripal: PER-Sergei PER-Yulia");
  EXPECT_NE(FormatNerReport(r, true).find("over-merge: 0.500 (1/2"), std::string::npos);
}

// An inconsistent gold id is listed with each entity id it got and the surfaces that got it.
TEST(BsnlpScorer, InconsistentIdsListTheirSurfacesPerEntityId) {
  NerScorer scorer;
  for (const auto& [lang, name, id] :
       {std::tuple<std::string, std::string, std::string>{"uk", "Вара", "x:var"},
        {"ru", "Шайлеш Вара", "x:sailes_var"}}) {
    BsnlpDoc gold;
    gold.lang = lang;
    gold.topic = "t";
    gold.text = name + ".";
    gold.entities = {{name, name, "PER", "PER-Vara"}};
    Doc doc;
    doc.text = gold.text;
    doc.entities = {{id, "", "name", "", "", {}}};
    const Span span{0, static_cast<uint32_t>(name.size())};
    doc.mentions.push_back({span, span, 0, -1, 0, 0});
    scorer.Add(gold, doc);
  }
  NerReport r = scorer.Report();
  EXPECT_EQ(r.xids, 1);
  EXPECT_EQ(r.xids_consistent, 0);
  ASSERT_EQ(r.inconsistent.size(), 1u);
  EXPECT_EQ(r.inconsistent[0], "t\tPER-Vara: x:sailes_var [ru:шайлеш вара] x:var [uk:вара]");
}

// Entity ids count as the store shows them: a surname alone in one document is the full name of
// another (crossdoc::ActorAliases over the scored documents), unless two people have it.
TEST(BsnlpScorer, ConsistencyJoinsNamesAcrossDocumentsAsTheStoreDoes) {
  auto add = [](NerScorer& scorer, const std::string& lang, const std::string& text,
                const std::vector<BsnlpEntity>& entities) {
    BsnlpDoc gold;
    gold.lang = lang;
    gold.topic = "t";
    gold.text = text;
    gold.entities = entities;
    scorer.Add(gold, testing::RunText(text, lang));
  };
  const BsnlpEntity full{"Остап Кузьменко", "Остап Кузьменко", "PER", "PER-Kuzmenko"};
  const BsnlpEntity surname{"Кузьменко", "Кузьменко", "PER", "PER-Kuzmenko"};
  NerScorer scorer;
  add(scorer, "uk", "Український бізнесмен Остап Кузьменко купив футбольний клуб у Львові.",
      {full});
  add(scorer, "ru", "Как заявил Кузьменко, клуб получит новый стадион.", {surname});
  NerReport r = scorer.Report();
  EXPECT_EQ(r.xids, 1);
  EXPECT_EQ(r.xids_consistent, 1);
  EXPECT_EQ(r.doc_xids_consistent, 0) << "each document alone gives the surname its own id";
  EXPECT_EQ(r.aliases, 1u);
  EXPECT_EQ(r.merged_ids, 1);
  EXPECT_EQ(r.doc_merged_ids, 2);
  EXPECT_NE(FormatNerReport(r, false).find("  per document: 0.000 (0/1)"), std::string::npos);
  // Another Kuzmenko among the documents: the surname alone no longer tells who.
  add(scorer, "en", "Ostap Kuzmenko and Olena Kuzmenko both spoke in Kyiv.",
      {{"Ostap Kuzmenko", "Ostap Kuzmenko", "PER", "PER-Kuzmenko"},
       {"Olena Kuzmenko", "Olena Kuzmenko", "PER", "PER-Olena-Kuzmenko"}});
  r = scorer.Report();
  EXPECT_EQ(r.xids_consistent, 0);
  EXPECT_EQ(r.aliases, 0u);
}

// What the engine's ids give crossdoc::ActorAliases in documents of its own.
std::map<std::string, std::string> AliasesOf(
    const std::vector<std::pair<std::string, std::string>>& texts) {
  std::vector<Doc> docs;
  for (const auto& [text, lang] : texts) docs.push_back(testing::RunText(text, lang));
  std::vector<const Doc*> ptrs;
  for (const Doc& d : docs) ptrs.push_back(&d);
  return crossdoc::ActorAliases(crossdoc::ActorsOf(ptrs));
}

TEST(CrossDocumentNames, SpellingVariantsJoinACommonWordDoesNot) {
  const auto variants = AliasesOf({{"Журналист Тарас Мельниченко написал о выборах.", "ru"},
                                   {"Журналіст Тарас Мельничанко написав про вибори.", "uk"}});
  ASSERT_EQ(variants.size(), 1u);
  EXPECT_TRUE(variants.begin()->first.starts_with("x:taras_meln")) << variants.begin()->first;
  // A surname that is a common word ("мельник", a miller) names no one where it is one.
  EXPECT_EQ(AliasesOf({{"Посол Андрій Мельник виступив у Берліні.", "uk"},
                       {"Мельник змолов борошно для всього села.", "uk"}}),
            (std::map<std::string, std::string>{}));
}

TEST(BsnlpEval, UkrainianAndRussianFloors) {
  ENTENTE_REQUIRE_SHARED();
  auto docs = LoadBsnlp(testing::SharedDir() + "/data/bsnlp", {"uk", "ru"});
  ASSERT_TRUE(docs.ok()) << docs.error();
  ASSERT_GT(docs->size(), 600u);
  NerScorer scorer;
  for (const BsnlpDoc& g : *docs) {
    Doc doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.date = g.date;
    testing::SharedEngine().Process(doc);
    scorer.Add(g, doc);
  }
  NerReport r = scorer.Report();
  // Measured: ru P 0.912 R 0.871, uk P 0.807 R 0.845, consistency 0.781 (434/556), over-merge
  // 0.047 (58/1246; the one over 57/1258 is Jacques Santer, whom the gold gives two ids; before
  // the coreference work 0.677 and 0.045). With names joined across documents (ActorAliases):
  // consistency 0.806 (452/561; each document's own ids 0.790, 443/561), over-merge 0.050
  // (61/1231; per document 59/1254). With state institutions (g:<state>:<role>) and concept
  // words in unlinked ids: ru P 0.919 R 0.896, uk P 0.804 R 0.853, consistency 0.811 (460/567;
  // per document 0.795), over-merge 0.051 (63/1238): of the new ones three are bodies the gold
  // gives two ids (Foreign Office / Ministry of Foreign Affairs UK; Cabinet / UK Government; a
  // Pakistani interior ministry annotated as the foreign one), one a bare МИД placed in Russia.
  EXPECT_GE(r.by_lang["ru"].Recall(), 0.88);
  EXPECT_GE(r.by_lang["ru"].Precision(), 0.91);
  EXPECT_GE(r.by_lang["uk"].Recall(), 0.845);
  EXPECT_GE(r.by_lang["uk"].Precision(), 0.80);
  EXPECT_GE(r.Consistency(), 0.805);
  EXPECT_GE(r.DocConsistency(), 0.79);
  EXPECT_LE(r.OverMerge(), 0.053);
  EXPECT_LE(r.DocOverMerge(), 0.05);
}

}  // namespace
}  // namespace entente
