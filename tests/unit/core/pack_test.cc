#include "knowledge/pack.h"

#include <gtest/gtest.h>

namespace entente {
namespace {

TEST(Pack, RoundTripsTablesWithCommentsAndBlankLines) {
  PackBuilder b;
  ASSERT_TRUE(b.AddTsv("lang/uk/abbreviations", "# comment\nabbr\tnote\n\nген.\tgeneral\nм.\tcity\n").ok());
  b.AddTable("gen/x", {"a"}, {{"1"}, {"2"}, {"3"}});
  auto pack = Pack::FromBytes(b.Serialize());
  ASSERT_TRUE(pack.ok()) << pack.error();
  const Table* t = (*pack)->Find("lang/uk/abbreviations");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->rows(), 2u);
  EXPECT_EQ(t->Cell(0, "abbr"), "ген.");
  EXPECT_EQ(t->Cell(1, "note"), "city");
  EXPECT_EQ(t->Cell(1, "missing"), "");
  EXPECT_EQ((*pack)->Find("gen/x")->rows(), 3u);
  EXPECT_EQ((*pack)->Find("nope"), nullptr);
  EXPECT_EQ((*pack)->TableNames("lang/").size(), 1u);
}

TEST(Pack, RejectsRowsWithTheWrongNumberOfCells) {
  PackBuilder b;
  Status st = b.AddTsv("t", "a\tb\n1\t2\n3\n");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), "t:3: 1 cells, header has 2");
}

TEST(Pack, RejectsBadMagicVersionAndTruncation) {
  EXPECT_FALSE(Pack::FromBytes("garbage").ok());
  PackBuilder b;
  b.AddTable("t", {"a"}, {{"hello"}});
  std::string bytes = b.Serialize();
  for (size_t n = 0; n < bytes.size(); ++n) EXPECT_FALSE(Pack::FromBytes(bytes.substr(0, n)).ok()) << n;
  bytes[8] = 99;  // version
  auto bad = Pack::FromBytes(bytes);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("version"), std::string::npos);
}

}  // namespace
}  // namespace entente
