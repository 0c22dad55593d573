// The gazetteer's derived tables (entities/gazetteer_pack.cc): what tools/datac stores in the
// pack is what keying every name at run time gives, so the precomputation cannot drift.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "test_util.h"

namespace entente {
namespace {

constexpr const char* kDerivedTables[] = {"derived/gazetteer/meta", "derived/gazetteer/names",
                                          "derived/gazetteer/phonetic",
                                          "derived/gazetteer/skeletons"};

std::shared_ptr<const Pack> DerivedTablesOf(const Gazetteer& g) {
  PackBuilder b;
  g.AddDerivedTables(b);
  auto pack = Pack::FromBytes(b.Serialize());
  EXPECT_TRUE(pack.ok()) << pack.error();
  return pack ? *pack : nullptr;
}

// Empty iff the tables are equal, else where they first differ.
std::string Difference(const Table& a, const Table& b) {
  if (a.columns() != b.columns()) return "columns";
  for (size_t r = 0; r < std::min(a.rows(), b.rows()); ++r)
    for (size_t c = 0; c < a.columns().size(); ++c)
      if (a.Cell(r, c) != b.Cell(r, c))
        return "row " + std::to_string(r) + ": " + std::string(a.Cell(r, 0)) + " / " +
               std::string(b.Cell(r, 0));
  if (a.rows() != b.rows())
    return std::to_string(a.rows()) + " rows, " + std::to_string(b.rows()) + " rows";
  return "";
}

std::string Describe(const std::vector<DictMatch>& matches) {
  std::string out;
  for (const DictMatch& m : matches) {
    out += std::to_string(m.begin) + "-" + std::to_string(m.end) + ":";
    for (const Entry& e : m.entries)
      out += " " + std::to_string(static_cast<int>(e.kind)) + "/" + std::to_string(e.index) +
             (e.need_cap ? "c" : "") + (e.all_caps ? "A" : "") + std::to_string(e.cut);
    out += ";";
  }
  return out;
}

// The build's pack, and the gazetteer built from it both ways, made once for the suite (keying
// every name takes a quarter of a second).
class GazetteerPack : public ::testing::Test {
 protected:
  struct Built {
    Resources resources = testing::TestResources();
    MatchKeys keys{resources};
    Expected<std::unique_ptr<Gazetteer>> now =
        Gazetteer::Build(resources, keys, Gazetteer::Derive::kNow);
    Expected<std::unique_ptr<Gazetteer>> loaded =
        Gazetteer::Build(resources, keys, Gazetteer::Derive::kFromPack);
  };
  static void SetUpTestSuite() { built_ = new Built; }
  static void TearDownTestSuite() {
    delete built_;
    built_ = nullptr;
  }
  void SetUp() override {
    ASSERT_TRUE(built_->resources.pack);
    ASSERT_TRUE(built_->now.ok()) << built_->now.error();
    ASSERT_TRUE(built_->loaded.ok()) << built_->loaded.error();
  }
  static Built* built_;
};
GazetteerPack::Built* GazetteerPack::built_ = nullptr;

TEST_F(GazetteerPack, TheBuiltPackHoldsWhatKeyingEveryNameNowGives) {
  const Resources& resources = built_->resources;
  const auto& now = built_->now;
  const auto& loaded = built_->loaded;
  auto from_now = DerivedTablesOf(**now), from_loaded = DerivedTablesOf(**loaded);
  for (const char* name : kDerivedTables) {
    const Table* stored = resources.pack->Find(name);
    ASSERT_NE(stored, nullptr) << name;
    EXPECT_GT(stored->rows(), 0u) << name;
    EXPECT_EQ(Difference(*stored, *from_now->Find(name)), "") << name << ": stored vs now";
    EXPECT_EQ(Difference(*stored, *from_loaded->Find(name)), "") << name << ": stored vs loaded";
  }
}

// The same lookups either way, over a sample of every language's people's and states' names
// written as they are and inflected the way text inflects them.
TEST_F(GazetteerPack, LookupsAreTheSameEitherWay) {
  const Resources& resources = built_->resources;
  const MatchKeys& keys = built_->keys;
  const auto& now = built_->now;
  const auto& loaded = built_->loaded;
  std::vector<std::pair<std::string, std::string>> texts = {
      {"uk", "Путіним"},     {"ru", "Путиным"},          {"en", "Putin's"},
      {"uk", "Білого дому"}, {"uk", "Північною Кореєю"}, {"en", "the US envoy"}};
  size_t n = 0;
  for (const auto& [group, t] : resources.pack->FindGroup("kb/people/", "/names"))
    for (size_t r = 0; r < t->rows(); r += 37, ++n)
      texts.emplace_back(std::string(t->Cell(r, "lang")), std::string(t->Cell(r, "name")));
  if (const Table* t = resources.pack->Find("kb/state_names"))
    for (size_t r = 0; r < t->rows(); r += 11, ++n)
      texts.emplace_back(std::string(t->Cell(r, "lang")), std::string(t->Cell(r, "name")));
  EXPECT_GT(n, 100u);
  size_t found = 0;
  for (const auto& [lang, text] : texts) {
    const std::vector<Unit> units = PhraseUnits(text, keys, lang);
    const std::vector<DictMatch> a = (*now)->Find(units, lang), b = (*loaded)->Find(units, lang);
    EXPECT_EQ(Describe(a), Describe(b)) << lang << " " << text;
    found += !a.empty();
  }
  EXPECT_GT(found, texts.size() * 9 / 10);
  auto putin = (*loaded)->Find(PhraseUnits("Путіним", keys, "uk"), "uk");
  ASSERT_EQ(putin.size(), 1u);
  ASSERT_NE(putin[0].Get(EntryKind::kPersonShort), nullptr);
  EXPECT_EQ((*loaded)->entity(putin[0].Get(EntryKind::kPersonShort)->index).name, "Vladimir Putin");
}

PackBuilder SmallKnowledge(bool with_poland) {
  PackBuilder b;
  b.AddTable("kb/languages", {"code", "name"}, {{"uk", "Ukrainian"}, {"en", "English"}});
  std::vector<std::vector<std::string>> states = {{"UKR", "en", "Ukraine"},
                                                  {"UKR", "uk", "Україна"}};
  if (with_poland) states.push_back({"POL", "en", "Poland"});
  b.AddTable("kb/state_names", {"iso3", "lang", "name"}, std::move(states));
  return b;
}

// A pack whose derived tables point into other knowledge is refused, not misread; a pack
// without them (built in memory) is keyed at load.
TEST(GazetteerPackRefusal, TablesDerivedFromOtherKnowledgeAreRefused) {
  PackBuilder b = SmallKnowledge(false);
  Resources resources;
  resources.pack = *Pack::FromBytes(b.Serialize());
  const MatchKeys keys(resources);
  auto derived = Gazetteer::Build(resources, keys);  // no derived tables: keyed now
  ASSERT_TRUE(derived.ok()) << derived.error();
  EXPECT_EQ((*derived)->Find(PhraseUnits("Україна", keys, "uk"), "uk").size(), 1u);
  (*derived)->AddDerivedTables(b);
  resources.pack = *Pack::FromBytes(b.Serialize());
  auto loaded = Gazetteer::Build(resources, keys);
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  EXPECT_EQ((*loaded)->Find(PhraseUnits("Україна", keys, "uk"), "uk").size(), 1u);

  PackBuilder other = SmallKnowledge(true);
  (*derived)->AddDerivedTables(other);
  resources.pack = *Pack::FromBytes(other.Serialize());
  auto stale = Gazetteer::Build(resources, keys);
  ASSERT_FALSE(stale.ok());
  EXPECT_NE(stale.error().message().find("rebuild"), std::string::npos);
  EXPECT_TRUE(Gazetteer::Build(resources, keys, Gazetteer::Derive::kNow).ok());

  // An index past the entities is malformed, not read.
  b.AddTable("derived/gazetteer/phonetic", {"id", "entity"}, {{"x:ukrain", "7"}});
  resources.pack = *Pack::FromBytes(b.Serialize());
  auto malformed = Gazetteer::Build(resources, keys);
  ASSERT_FALSE(malformed.ok());
  EXPECT_NE(malformed.error().message().find("malformed"), std::string::npos);
}

}  // namespace
}  // namespace entente
