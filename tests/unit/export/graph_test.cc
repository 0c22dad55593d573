// The actor graph as GraphML and GEXF: well-formed, the right nodes and edges, escaped names.
#include "unit/export/export_fixture.h"

namespace entente::testing {
namespace {

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// The text of the element that starts with `start` (up to its closing tag `end`).
std::string Element(const std::string& xml, const std::string& start, const std::string& end) {
  size_t at = xml.find(start);
  if (at == std::string::npos) return "";
  return xml.substr(at, xml.find(end, at) - at);
}

// Corpus edges (distinct, non-empty codes): CHN–RUS (a0, d0, d1), IRN–RUS, RUS–USA, PRK–RUS,
// IGO:ICC–RUS; nodes CHN, IGO:ICC, IRN, PRK, RUS, USA.
TEST_F(ExportTest, GraphmlIsWellFormedWithTheGraphsNodesAndEdges) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  const std::string xml = Export(*store, ExportFormat::kGraphml);
  EXPECT_EQ(XmlProblem(xml), "") << xml;
  EXPECT_EQ(Count(xml, "<node "), 6u);
  EXPECT_EQ(Count(xml, "<edge "), 5u);
  EXPECT_NE(xml.find("edgedefault=\"undirected\""), std::string::npos);
  EXPECT_NE(xml.find("<node id=\"IGO:ICC\"><data key=\"label\">International Criminal Court"),
            std::string::npos)
      << xml;
  // Keys for the counts, the alliance index and each PLOVER type.
  for (const char* name : {"events", "cooperation", "conflict", "documents", "sources",
                           "alliance_index", "AGREE", "CONSULT", "THREATEN", "ASSAULT"}) {
    EXPECT_NE(xml.find("attr.name=\"" + std::string(name) + "\""), std::string::npos) << name;
  }
  // CHN–RUS: 3 events (CONSULT, AGREE, THREATEN: 2 cooperation, 1 conflict) in 2 documents,
  // all CAMEO 040 (Goldstein +1) → alliance index 1.
  const std::string edge = Element(xml, "<edge id=\"e0\" source=\"CHN\" target=\"RUS\"", "</edge>");
  ASSERT_FALSE(edge.empty()) << xml;
  EXPECT_NE(edge.find("<data key=\"weight\">3</data>"), std::string::npos) << edge;
  EXPECT_NE(edge.find(">3</data><data key=\"k1\">2</data><data key=\"k2\">1</data>"
                      "<data key=\"k3\">2</data>"),
            std::string::npos)
      << edge;  // events, cooperation, conflict, documents
  EXPECT_NE(edge.find("<data key=\"k5\">1</data>"), std::string::npos) << edge;
}

TEST_F(ExportTest, GexfIsWellFormedWithTheGraphsNodesAndEdges) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  const std::string xml = Export(*store, ExportFormat::kGexf);
  EXPECT_EQ(XmlProblem(xml), "") << xml;
  EXPECT_NE(xml.find("<gexf xmlns=\"http://gexf.net/1.3\""), std::string::npos);
  EXPECT_NE(xml.find("version=\"1.3\""), std::string::npos);
  EXPECT_NE(xml.find("defaultedgetype=\"undirected\""), std::string::npos);
  EXPECT_EQ(Count(xml, "<node "), 6u);
  EXPECT_EQ(Count(xml, "<edge "), 5u);
  EXPECT_NE(xml.find("<node id=\"RUS\" label=\""), std::string::npos);
  const std::string edge = Element(xml, "source=\"CHN\" target=\"RUS\" weight=\"3\"", "</edge>");
  ASSERT_FALSE(edge.empty()) << xml;
  EXPECT_NE(edge.find("<attvalue for=\"0\" value=\"3\"/>"), std::string::npos) << edge;
  EXPECT_NE(edge.find("<attvalue for=\"5\" value=\"1\"/>"), std::string::npos) << edge;
}

TEST_F(ExportTest, GraphFollowsTheFilter) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  const std::string xml = Export(*store, ExportFormat::kGraphml, {.type = "CONSULT"});
  EXPECT_EQ(XmlProblem(xml), "");
  EXPECT_EQ(Count(xml, "<edge "), 2u);  // CHN–RUS (a0), IRN–RUS (a1)
  EXPECT_EQ(Count(xml, "<node "), 3u);
  const std::string empty = Export(*store, ExportFormat::kGexf, {.type = "NOSUCHTYPE"});
  EXPECT_EQ(XmlProblem(empty), "");
  EXPECT_EQ(Count(empty, "<node "), 0u);
}

TEST_F(ExportTest, NamesAreEscaped) {
  Doc d;
  d.id = "esc";
  d.date = "2024-05-01";
  d.lang = "en";
  d.text = "Xland praised Russia.";
  d.entities.push_back(MakeEntity(d, "QXYZ", "Foo <&\"'> Bar\x01", "state", "XYZ", {"Xland"}));
  d.events.push_back(
      MakeEvent(d, d.text, "XYZ", "QXYZ", "Xland", "SUPPORT", "RUS", "", "Russia", ""));
  auto store = StoreOf({d});
  ASSERT_TRUE(store);
  for (ExportFormat f : {ExportFormat::kGraphml, ExportFormat::kGexf}) {
    const std::string xml = Export(*store, f);
    EXPECT_EQ(XmlProblem(xml), "") << xml;
    EXPECT_NE(xml.find("Foo &lt;&amp;&quot;&apos;&gt; Bar\xef\xbf\xbd"), std::string::npos) << xml;
    EXPECT_EQ(xml.find("Foo <"), std::string::npos);
    EXPECT_EQ(Count(xml, "<edge "), 1u);
  }
  // The TSV keeps the name as it is (no XML there), minus the control character.
  std::vector<std::string> row = Split(Lines(Export(*store, ExportFormat::kGdelt))[0], '\t');
  ASSERT_EQ(row.size(), 61u);
  EXPECT_EQ(row[6], "Foo <&\"'> Bar ");  // Actor1Name
}

TEST_F(ExportTest, XmlCheckCatchesMistakes) {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  EXPECT_EQ(XmlProblem(decl + "<a><b x=\"1\"/>t &amp; u</a>\n"), "");
  EXPECT_NE(XmlProblem(decl + "<a><b></a>"), "");
  EXPECT_NE(XmlProblem(decl + "<a>x & y</a>"), "");
  EXPECT_NE(XmlProblem(decl + "<a x=\"<\"></a>"), "");
  EXPECT_NE(XmlProblem(decl + "<a></a><b></b>"), "");
}

}  // namespace
}  // namespace entente::testing
