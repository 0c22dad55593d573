// kb/subdivision_names from the system's iso-codes (json and gettext catalogues), with a small
// curated input: which subdivisions are taken, their uk/ru names, and the names left out.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "knowledge/generate.h"

namespace entente {
namespace {

using Row = std::tuple<std::string, std::string, std::string, std::string>;  // code iso3 lang name

class SubdivisionNames : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PackBuilder data;
    data.AddTable("kb/subdivision_types", {"type"},
                  {{"State"}, {"Province"}, {"Region"}, {"Country"}});
    data.AddTable("kb/subdivision_edits", {"code", "lang", "name", "edit"},
                  {{"UA-63", "uk", "Харківщина", "add"},
                   {"UA-63", "en", "Kharkiv region", "add"},
                   {"US-AK", "ru", "Аляска", "drop"},
                   {"IQ-KR", "en", "Kurdistan Region", "add"}});
    auto pack = Pack::FromBytes(data.Serialize());
    ASSERT_TRUE(pack.ok());
    PackBuilder out;
    const std::map<std::string, std::string> iso3 = {{"US", "USA"}, {"UA", "UKR"}, {"IN", "IND"},
                                                     {"PK", "PAK"}, {"GB", "GBR"}, {"IQ", "IRQ"},
                                                     {"FR", "FRA"}};
    ASSERT_TRUE(AddSubdivisionNames(**pack, iso3, {"uk", "ru", "en"}, out).ok());
    auto gen = Pack::FromBytes(out.Serialize());
    ASSERT_TRUE(gen.ok());
    const Table* t = (*gen)->Find("kb/subdivision_names");
    ASSERT_NE(t, nullptr);
    rows_ = new std::set<Row>;
    names_en_ = new std::map<std::string, std::string>;
    for (size_t r = 0; r < t->rows(); ++r) {
      rows_->emplace(t->Cell(r, "code"), t->Cell(r, "iso3"), t->Cell(r, "lang"),
                     t->Cell(r, "name"));
      (*names_en_)[std::string(t->Cell(r, "code"))] = t->Cell(r, "name_en");
    }
  }
  static void TearDownTestSuite() {
    delete rows_;
    delete names_en_;
  }
  static bool Has(const std::string& code, const std::string& iso3, const std::string& lang,
                  const std::string& name) {
    return rows_->count({code, iso3, lang, name}) > 0;
  }
  static bool Named(const std::string& lang, const std::string& name) {
    for (const auto& [c, i, l, n] : *rows_)
      if (l == lang && n == name) return true;
    return false;
  }
  static std::set<Row>* rows_;
  static std::map<std::string, std::string>* names_en_;
};
std::set<Row>* SubdivisionNames::rows_ = nullptr;
std::map<std::string, std::string>* SubdivisionNames::names_en_ = nullptr;

TEST_F(SubdivisionNames, StatesAndOblastsWithTheirCountryAndUkRuNames) {
  EXPECT_TRUE(Has("US-AK", "USA", "en", "Alaska"));
  EXPECT_TRUE(Has("US-AK", "USA", "uk", "Аляска"));
  EXPECT_TRUE(Has("US-TX", "USA", "ru", "Техас"));
  EXPECT_TRUE(Has("UA-63", "UKR", "uk", "Харківська область"));
  EXPECT_TRUE(Has("UA-63", "UKR", "ru", "Харьковская область"));
  EXPECT_TRUE(Has("UA-14", "UKR", "uk", "Донецька область"));
  EXPECT_EQ((*names_en_)["US-AK"], "Alaska");
}

TEST_F(SubdivisionNames, CuratedNamesAreAddedAndDropped) {
  EXPECT_TRUE(Has("UA-63", "UKR", "uk", "Харківщина"));
  EXPECT_TRUE(Has("UA-63", "UKR", "en", "Kharkiv region"));
  EXPECT_FALSE(Has("US-AK", "USA", "ru", "Аляска"));
  // A code iso-codes lacks makes a subdivision of its own, named by its English row.
  EXPECT_TRUE(Has("IQ-KR", "IRQ", "en", "Kurdistan Region"));
  EXPECT_EQ((*names_en_)["IQ-KR"], "Kurdistan Region");
}

TEST_F(SubdivisionNames, NamesThatNameNoOneSubdivisionAreLeftOut) {
  // Punjab is a state of India and a province of Pakistan.
  EXPECT_FALSE(Named("en", "Punjab"));
  // Types the data leaves out (French departments have a parent; Indian union territories are
  // not listed here) and no inverted or bracketed forms.
  EXPECT_FALSE(Named("en", "Ain"));
  EXPECT_FALSE(Named("en", "Delhi"));
  EXPECT_TRUE(Has("GB-WLS", "GBR", "en", "Wales"));
  for (const auto& [c, i, l, n] : *rows_) {
    EXPECT_EQ(n.find(','), std::string::npos) << n;
    EXPECT_EQ(n.find('['), std::string::npos) << n;
  }
}

}  // namespace
}  // namespace entente
