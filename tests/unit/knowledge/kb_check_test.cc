// kb_check: small knowledge bases with one fault each, keyed with the real pack's match keys.
#include "knowledge/kb_check.h"

#include <gtest/gtest.h>

#include <map>

#include "test_util.h"

namespace entente {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// A clean base: two states, one IGO, three people in two groups, exclusive president.
struct Kb {
  Rows people_a = {{"p:ann", "Ann Smith", "f", "USA", "GOV"},
                   {"p:bob", "Bob Jones", "m", "USA", "GOV"}};
  Rows people_b = {{"p:ivan", "Ivan Petrenko", "m", "UKR", "GOV"}};
  Rows names_a = {{"p:ann", "en", "Ann Smith"},
                  {"p:ann", "en", "Smith"},
                  {"p:bob", "en", "Bob Jones"},
                  {"p:bob", "en", "Jones"}};
  Rows names_b = {{"p:ivan", "uk", "Іван Петренко"}, {"p:ivan", "uk", "Петренко"}};
  Rows roles_a = {{"p:ann", "president", "USA", "2010-01-20", "2014-01-20"},
                  {"p:bob", "president", "USA", "2014-01-20", ""}};  // same-day handover
  Rows roles_b = {{"p:ivan", "foreign_minister", "UKR", "2019-08", "2020-03-04"}};
  Rows exclusive = {
      {"president", "", ""}, {"foreign_minister", "", ""}, {"vice_president", "ARE", ""}};

  std::vector<KbFinding> Check(std::string today = "2025-06-01") const {
    PackBuilder b;
    b.AddTable("kb/languages", {"code", "name"}, {{"uk", "Ukrainian"}, {"en", "English"}});
    b.AddTable("kb/state_names", {"iso3", "lang", "name"},
               {{"USA", "en", "United States"},
                {"UKR", "uk", "Україна"},
                {"UKR", "en", "Ukraine"},
                {"IRN", "en", "Iran"},
                {"IRN", "uk", "Іран"},
                {"ARE", "en", "United Arab Emirates"}});
    b.AddTable("kb/igos", {"code", "qid", "name_en", "lang", "name"},
               {{"IGO:WHO", "Q7817", "World Health Organization", "en", "WHO"}});
    b.AddTable("kb/exclusive_roles", {"role", "except", "note"}, exclusive);
    b.AddTable(
        "kb/sectors", {"code", "state", "meaning"},
        {{"GOV", "yes", "government"}, {"MIL", "yes", "military"}, {"CVL", "no", "civilians"}});
    b.AddTable("lang/en/titles", {"title", "role", "sector"},
               {{"vice president", "vice_president", "GOV"}});
    const std::vector<std::string> pc = {"id", "name_en", "gender", "country", "sector"};
    const std::vector<std::string> nc = {"person", "lang", "name"};
    const std::vector<std::string> rc = {"person", "role", "country", "start", "end"};
    b.AddTable("kb/people/a/people", pc, people_a);
    b.AddTable("kb/people/b/people", pc, people_b);
    b.AddTable("kb/people/a/names", nc, names_a);
    b.AddTable("kb/people/b/names", nc, names_b);
    b.AddTable("kb/people/a/roles", rc, roles_a);
    b.AddTable("kb/people/b/roles", rc, roles_b);
    auto pack = Pack::FromBytes(b.Serialize());
    EXPECT_TRUE(pack.ok());
    KbCheckOptions options;
    options.today = today;
    return CheckKnowledge(**pack, Keys(), options);
  }
  static const MatchKeys& Keys() {
    static const Resources r = testing::TestResources();  // the real suffix rules
    static const MatchKeys keys(r);
    return keys;
  }
};

size_t Count(const std::vector<KbFinding>& fs, KbSeverity s, std::string_view check = "") {
  size_t n = 0;
  for (const KbFinding& f : fs) n += f.severity == s && (check.empty() || f.check == check);
  return n;
}

// The first finding of `check` whose row contains `row`; nullptr iff none.
const KbFinding* Find(const std::vector<KbFinding>& fs, std::string_view check,
                      std::string_view row) {
  for (const KbFinding& f : fs)
    if (f.check == check && f.row.find(row) != std::string::npos) return &f;
  return nullptr;
}

std::string Dump(const std::vector<KbFinding>& fs) {
  std::string s;
  for (const KbFinding& f : fs)
    s += std::string(KbSeverityName(f.severity)) + " " + f.check + " " + f.table + " " + f.row +
         ": " + f.message + "\n";
  return s;
}

TEST(KbCheck, CleanBaseHasNoFindings) {
  auto fs = Kb().Check();
  EXPECT_TRUE(fs.empty()) << Dump(fs);
}

TEST(KbCheck, UnknownSectorIsAnError) {
  Kb kb;
  kb.people_b.push_back({"p:olena", "Olena Koval", "f", "UKR", "GVO"});
  auto fs = kb.Check();
  const KbFinding* f = Find(fs, "sectors", "GVO");
  ASSERT_NE(f, nullptr) << Dump(fs);
  EXPECT_EQ(f->severity, KbSeverity::kError);
  EXPECT_EQ(f->table, "kb/people/b/people");
}

TEST(KbCheck, DuplicateIdWithOtherAttributesIsAnError) {
  Kb kb;
  kb.people_b.push_back({"p:ann", "Ann Smith", "f", "IGO:WHO", "GOV"});
  auto fs = kb.Check();
  const KbFinding* f = Find(fs, "ids", "p:ann");
  ASSERT_NE(f, nullptr) << Dump(fs);
  EXPECT_EQ(f->severity, KbSeverity::kError);
  EXPECT_EQ(f->table, "kb/people/b/people");
  EXPECT_NE(f->message.find("country 'USA' vs 'IGO:WHO'"), std::string::npos) << f->message;
  EXPECT_NE(f->message.find("kb/people/a/people"), std::string::npos) << f->message;
}

TEST(KbCheck, IdSharedByAPersonAndAnIgoIsAnError) {
  Kb kb;
  kb.people_b.push_back({"Q7817", "Someone", "m", "UKR", "GOV"});
  auto fs = kb.Check();
  const KbFinding* f = Find(fs, "ids", "Q7817");
  ASSERT_NE(f, nullptr) << Dump(fs);
  EXPECT_EQ(f->severity, KbSeverity::kError);
  EXPECT_EQ(f->table, "kb/igos");
}

TEST(KbCheck, DuplicateIdWithTheSameAttributesIsANote) {
  Kb kb;
  kb.people_b.push_back(kb.people_a[0]);
  auto fs = kb.Check();
  EXPECT_EQ(Count(fs, KbSeverity::kError), 0u) << Dump(fs);
  ASSERT_NE(Find(fs, "ids", "p:ann"), nullptr) << Dump(fs);
  EXPECT_EQ(Find(fs, "ids", "p:ann")->severity, KbSeverity::kNote);
}

TEST(KbCheck, UnknownPeopleAreErrorsUnknownCountriesWarnings) {
  Kb kb;
  kb.names_b.push_back({"p:nobody", "en", "No Body"});
  kb.roles_b.push_back({"p:ghost", "president", "UKR", "2020-01-01", ""});
  kb.roles_b.push_back({"p:ivan", "ambassador", "XXX", "2021-01-01", ""});
  auto fs = kb.Check();
  EXPECT_EQ(Count(fs, KbSeverity::kError, "ids"), 2u) << Dump(fs);
  EXPECT_NE(Find(fs, "ids", "p:nobody"), nullptr);
  EXPECT_NE(Find(fs, "ids", "p:ghost president UKR"), nullptr);
  // A code the knowledge base lacks (XKX for Kosovo) is kept as a label: a warning.
  EXPECT_EQ(Count(fs, KbSeverity::kWarning, "country"), 1u) << Dump(fs);
  ASSERT_NE(Find(fs, "country", "XXX"), nullptr);
  EXPECT_NE(Find(fs, "country", "XXX")->message.find("p:ivan ambassador XXX"), std::string::npos);
}

TEST(KbCheck, ImpossibleDatesAreErrors) {
  Kb kb;
  kb.roles_b = {{"p:ivan", "foreign_minister", "UKR", "2020-05-01", "2019-05-01"},  // end < start
                {"p:ivan", "ambassador", "UKR", "2023-02-29", ""},                  // no such day
                {"p:ivan", "envoy", "UKR", "2021/03/01", ""},                       // not ISO
                {"p:ivan", "adviser", "UKR", "2022-13", ""},                        // no such month
                {"p:ivan", "minister", "UKR", "2026-01-01", ""}};                   // after today
  auto fs = kb.Check("2025-06-01");
  EXPECT_EQ(Count(fs, KbSeverity::kError, "dates"), 5u) << Dump(fs);
  ASSERT_NE(Find(fs, "dates", "foreign_minister"), nullptr);
  EXPECT_NE(Find(fs, "dates", "foreign_minister")->message.find("ends before it starts"),
            std::string::npos);
  EXPECT_NE(Find(fs, "dates", "minister UKR 2026")->message.find("after today"), std::string::npos);
  // Leap day and coarse forms are fine.
  kb.roles_b = {{"p:ivan", "ambassador", "UKR", "2024-02-29", "2025"}};
  EXPECT_EQ(Count(kb.Check(), KbSeverity::kError), 0u) << Dump(kb.Check());
}

TEST(KbCheck, OverlappingExclusiveRolesAreErrors) {
  Kb kb;
  kb.roles_a[1][3] = "2013-06-01";  // Bob sworn in before Ann left
  auto fs = kb.Check();
  ASSERT_EQ(Count(fs, KbSeverity::kError, "overlap"), 1u) << Dump(fs);
  const KbFinding* f = Find(fs, "overlap", "p:bob president USA");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("from 2013-06-01 to 2014-01-19"), std::string::npos) << f->message;
  EXPECT_NE(f->message.find("p:ann"), std::string::npos) << f->message;
}

TEST(KbCheck, OverlapOnlyFromACoarseDateIsAWarning) {
  Kb kb;
  kb.roles_a[1][3] = "2014-01";  // the month Ann left: the engine reads it as 2014-01-01
  auto fs = kb.Check();
  EXPECT_EQ(Count(fs, KbSeverity::kError), 0u) << Dump(fs);
  ASSERT_EQ(Count(fs, KbSeverity::kWarning, "overlap"), 1u) << Dump(fs);
}

TEST(KbCheck, NonExclusiveRolesAndExceptedCountriesMayOverlap) {
  Kb kb;
  kb.roles_a.push_back({"p:ann", "ambassador", "USA", "2015-01-01", ""});
  kb.roles_a.push_back({"p:bob", "ambassador", "USA", "2015-01-01", ""});
  kb.roles_a.push_back({"p:ann", "vice_president", "ARE", "2015-01-01", ""});
  kb.roles_a.push_back({"p:bob", "vice_president", "ARE", "2016-01-01", ""});
  auto fs = kb.Check();
  EXPECT_EQ(Count(fs, KbSeverity::kError), 0u) << Dump(fs);
  EXPECT_EQ(Count(fs, KbSeverity::kWarning), 0u) << Dump(fs);
  // Without the exception the vice presidents overlap.
  kb.exclusive[2][1] = "";
  EXPECT_EQ(Count(kb.Check(), KbSeverity::kError, "overlap"), 1u);
}

TEST(KbCheck, FullNameCollisionAcrossPeopleIsAWarning) {
  Kb kb;
  kb.people_b.push_back({"p:ivan2", "Ivan Petrenko", "m", "UKR", "MIL"});
  kb.names_b.push_back({"p:ivan2", "uk", "Івана Петренка"});  // inflected: same keys
  auto fs = kb.Check();
  EXPECT_EQ(Count(fs, KbSeverity::kError), 0u) << Dump(fs);
  const KbFinding* f = Find(fs, "full_name_collision", "p:ivan");
  ASSERT_NE(f, nullptr) << Dump(fs);
  EXPECT_EQ(f->severity, KbSeverity::kWarning);
  EXPECT_NE(f->message.find("p:ivan2"), std::string::npos) << f->message;
}

TEST(KbCheck, SharedSurnamesAreAllowedButNotStateNames) {
  Kb kb;
  kb.people_b.push_back({"p:olena", "Olena Petrenko", "f", "UKR", "GOV"});
  kb.names_b.push_back({"p:olena", "uk", "Олена Петренко"});
  kb.names_b.push_back({"p:olena", "uk", "Петренко"});  // shared surname: by design
  auto fs = kb.Check();
  EXPECT_TRUE(fs.empty()) << Dump(fs);
  kb.names_b.push_back({"p:olena", "uk", "Ірана"});  // keys as the state "Іран"
  fs = kb.Check();
  const KbFinding* f = Find(fs, "name_entity_collision", "p:olena");
  ASSERT_NE(f, nullptr) << Dump(fs);
  EXPECT_EQ(f->severity, KbSeverity::kWarning);
  EXPECT_NE(f->message.find("state IRN"), std::string::npos) << f->message;
}

TEST(KbCheck, RoleInEffectReadsDatesAsTheEngine) {
  KbRole r{"p:x", "president", "IRN", "2021-08", "2024-05-20", ""};
  EXPECT_TRUE(RoleInEffect(r, "2021-08-01"));
  EXPECT_FALSE(RoleInEffect(r, "2021-07-31"));
  EXPECT_TRUE(RoleInEffect(r, "2024-05-19"));
  EXPECT_FALSE(RoleInEffect(r, "2024-05-20"));  // the successor's day
}

}  // namespace
}  // namespace entente
