// GDELT 2.0 event and mention tables from a small store (tests/unit/store/store_corpus.h).
#include <algorithm>
#include <map>
#include <streambuf>

#include "unit/export/export_fixture.h"

namespace entente::testing {
namespace {

size_t Col(std::string_view name) {
  const auto& cols = GdeltEventColumns();
  auto it = std::find(cols.begin(), cols.end(), name);
  EXPECT_NE(it, cols.end()) << name;
  return static_cast<size_t>(it - cols.begin());
}

size_t MentionCol(std::string_view name) {
  const auto& cols = GdeltMentionColumns();
  auto it = std::find(cols.begin(), cols.end(), name);
  EXPECT_NE(it, cols.end()) << name;
  return static_cast<size_t>(it - cols.begin());
}

// The stored id of the `index`-th event of document `doc`.
// The real-world event (cluster) of a document's index-th mention: what GDELT rows carry.
std::string EventId(Store& store, const std::string& doc, int index) {
  std::string id;
  Status s = store.ForEachEvent({.doc_id = doc}, [&](const StoredEvent& e) {
    if (std::stoi(e.id.substr(e.id.find('-') + 1)) == index) id = e.cluster;
  });
  EXPECT_TRUE(s.ok()) << s;
  EXPECT_FALSE(id.empty()) << doc << index;
  return id;
}

// Rows of a GDELT table keyed by their first column (GLOBALEVENTID).
std::map<std::string, std::vector<std::string>> Rows(const std::string& table) {
  std::map<std::string, std::vector<std::string>> rows;
  for (const std::string& line : Lines(table)) {
    std::vector<std::string> f = Split(line, '\t');
    rows[f[0]] = f;
  }
  return rows;
}

TEST(ExportFormatTest, ParsesTheFourNames) {
  EXPECT_EQ(ParseExportFormat("gdelt"), ExportFormat::kGdelt);
  EXPECT_EQ(ParseExportFormat("mentions"), ExportFormat::kMentions);
  EXPECT_EQ(ParseExportFormat("graphml"), ExportFormat::kGraphml);
  EXPECT_EQ(ParseExportFormat("gexf"), ExportFormat::kGexf);
  EXPECT_EQ(ParseExportFormat("csv"), std::nullopt);
  EXPECT_EQ(GdeltEventColumns().size(), 61u);
  EXPECT_EQ(GdeltMentionColumns().size(), 16u);
  EXPECT_EQ(GdeltEventColumns()[30], "GoldsteinScale");  // GDELT's 31st column
  EXPECT_EQ(GdeltEventColumns()[51], "ActionGeo_Type");
}

TEST_F(ExportTest, EveryGdeltRowHas61ColumnsInTheStoresOrder) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  std::vector<std::string> lines = Lines(Export(*store, ExportFormat::kGdelt));
  std::vector<std::string> order;
  Status s = store->ForEachEvent(
      {}, [&](const StoredEvent& e) { order.push_back(std::to_string(GdeltEventId(e.cluster))); });
  ASSERT_TRUE(s.ok()) << s;
  ASSERT_EQ(lines.size(), 9u);
  ASSERT_EQ(order.size(), lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> f = Split(lines[i], '\t');
    EXPECT_EQ(f.size(), 61u) << lines[i];
    EXPECT_EQ(f[0], order[i]);
  }
}

TEST_F(ExportTest, GdeltFieldsOfAKnownEvent) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  // a0: "Путін зустрівся з Сі Цзіньпіном.", RUS (Q7747) CONSULT CHN (Q15031), 2024-03-19, in
  // Москва, CAMEO 040, published 2024-03-20 at https://ukrinform.example/a.
  auto rows = Rows(Export(*store, ExportFormat::kGdelt));
  const std::string id = std::to_string(GdeltEventId(EventId(*store, "a", 0)));
  ASSERT_TRUE(rows.count(id));
  const std::vector<std::string>& r = rows[id];
  EXPECT_EQ(r[Col("SQLDATE")], "20240319");
  EXPECT_EQ(r[Col("MonthYear")], "202403");
  EXPECT_EQ(r[Col("Year")], "2024");
  EXPECT_EQ(r[Col("FractionDate")], "2024.2164");  // 2024 + (2·30 + 19) / 365
  EXPECT_EQ(r[Col("Actor1Code")], "RUSGOV");
  // The store keeps the smallest name any document gave Q7747: "Putin" (document d).
  EXPECT_EQ(r[Col("Actor1Name")], "Putin");
  EXPECT_EQ(r[Col("Actor1CountryCode")], "RUS");
  EXPECT_EQ(r[Col("Actor1Type1Code")], "GOV");
  EXPECT_EQ(r[Col("Actor2Code")], "CHNGOV");
  EXPECT_EQ(r[Col("Actor2Name")], "Xi Jinping");
  EXPECT_EQ(r[Col("IsRootEvent")], "1");
  EXPECT_EQ(r[Col("EventCode")], "040");
  EXPECT_EQ(r[Col("EventBaseCode")], "040");
  EXPECT_EQ(r[Col("EventRootCode")], "04");
  EXPECT_EQ(r[Col("QuadClass")], "1");
  EXPECT_EQ(r[Col("GoldsteinScale")], "1");
  EXPECT_EQ(r[Col("NumMentions")], "1");
  EXPECT_EQ(r[Col("NumSources")], "1");
  EXPECT_EQ(r[Col("NumArticles")], "1");
  EXPECT_EQ(r[Col("AvgTone")], "0");
  EXPECT_EQ(r[Col("Actor1Geo_Type")], "0");
  EXPECT_EQ(r[Col("ActionGeo_Type")], "4");
  EXPECT_EQ(r[Col("ActionGeo_FullName")], "Москва");
  EXPECT_EQ(r[Col("ActionGeo_CountryCode")], "RUS");
  EXPECT_EQ(r[Col("ActionGeo_Lat")], "55.75");
  EXPECT_EQ(r[Col("ActionGeo_Long")], "37.62");
  EXPECT_EQ(r[Col("DATEADDED")], "20240320000000");
  EXPECT_EQ(r[Col("SOURCEURL")], "https://ukrinform.example/a");
}

TEST_F(ExportTest, GdeltPartialDatesIgosAndUnknownSides) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  auto rows = Rows(Export(*store, ExportFormat::kGdelt));
  // b1: event date "2024-04" → its first day; published 2024-04-02; no URL → the document id.
  const auto& b1 = rows[std::to_string(GdeltEventId(EventId(*store, "b", 1)))];
  ASSERT_EQ(b1.size(), 61u);
  EXPECT_EQ(b1[Col("SQLDATE")], "20240401");
  EXPECT_EQ(b1[Col("Actor1Code")], "PRK");
  EXPECT_EQ(b1[Col("Actor1Type1Code")], "");
  EXPECT_EQ(b1[Col("DATEADDED")], "20240402000000");
  EXPECT_EQ(b1[Col("SOURCEURL")], "b");
  EXPECT_EQ(b1[Col("ActionGeo_Type")], "0");
  EXPECT_EQ(b1[Col("ActionGeo_FullName")], "");
  // c0: no event date → the publication date (an ISO time); the ICC acts.
  const auto& c0 = rows[std::to_string(GdeltEventId(EventId(*store, "c", 0)))];
  ASSERT_EQ(c0.size(), 61u);
  EXPECT_EQ(c0[Col("SQLDATE")], "20240210");
  EXPECT_EQ(c0[Col("DATEADDED")], "20240210000000");
  EXPECT_EQ(c0[Col("Actor1Code")], "IGOICC");
  EXPECT_EQ(c0[Col("Actor1CountryCode")], "");
  EXPECT_EQ(c0[Col("Actor1KnownGroupCode")], "ICC");
  EXPECT_EQ(c0[Col("Actor1Type1Code")], "IGO");
  EXPECT_EQ(c0[Col("Actor1Name")], "International Criminal Court");  // from the pack
  // c1: "Russia threatened someone." — no target: GDELT leaves Actor2 blank.
  const auto& c1 = rows[std::to_string(GdeltEventId(EventId(*store, "c", 1)))];
  ASSERT_EQ(c1.size(), 61u);
  EXPECT_EQ(c1[Col("Actor1Name")], "Russia");
  EXPECT_EQ(c1[Col("Actor2Code")], "");
  EXPECT_EQ(c1[Col("Actor2Name")], "");
}

TEST_F(ExportTest, NoTabOrLineBreakLeaksIntoFields) {
  Doc d;
  d.id = "tabs\tand\nlines";
  d.url = "https://x.example/a\tb\nc";
  d.source = "Out\tlet\r\n";
  d.date = "2024-05-01";
  d.lang = "en";
  d.text = "Tab\tland met\nRussia.";
  d.entities.push_back(MakeEntity(d, "QTAB", "Tab\tName\nNew", "state", "TAB", {"Tab\tland"}));
  d.events.push_back(
      MakeEvent(d, d.text, "TAB", "QTAB", "Tab\tland", "CONSULT", "RUS", "", "Russia", ""));
  d.events.back().place = Place{"Some\tplace\n", "TAB", 1.5, 2.5};
  auto store = StoreOf({d});
  ASSERT_TRUE(store);
  const std::string gdelt = Export(*store, ExportFormat::kGdelt);
  const std::string mentions = Export(*store, ExportFormat::kMentions);
  ASSERT_EQ(Lines(gdelt).size(), 1u) << gdelt;
  ASSERT_EQ(Lines(mentions).size(), 1u) << mentions;
  std::vector<std::string> f = Split(Lines(gdelt)[0], '\t');
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[Col("Actor1Name")], "Tab Name New");
  EXPECT_EQ(f[Col("ActionGeo_FullName")], "Some place ");
  EXPECT_EQ(f[Col("SOURCEURL")], "https://x.example/a b c");
  EXPECT_EQ(Split(Lines(mentions)[0], '\t').size(), 16u);
  EXPECT_EQ(gdelt.find('\r'), std::string::npos);
  EXPECT_EQ(mentions.find('\r'), std::string::npos);
}

TEST_F(ExportTest, IdsAreStableAcrossExportsAndStores) {
  auto one = StoreOf(Corpus(), "one.db");
  auto two = StoreOf(Corpus(), "two.db");
  ASSERT_TRUE(one && two);
  const std::string first = Export(*one, ExportFormat::kGdelt);
  EXPECT_EQ(first, Export(*one, ExportFormat::kGdelt));
  EXPECT_EQ(first, Export(*two, ExportFormat::kGdelt));
  EXPECT_EQ(Export(*one, ExportFormat::kMentions), Export(*two, ExportFormat::kMentions));
  auto rows = Rows(first);
  EXPECT_EQ(rows.size(), 9u);  // distinct
  for (const auto& [id, row] : rows) {
    EXPECT_GT(std::stoll(id), 0) << id;
  }
  EXPECT_EQ(GdeltEventId("0123456789abcdef-0000"), GdeltEventId("0123456789abcdef-0000"));
  EXPECT_NE(GdeltEventId("0123456789abcdef-0000"), GdeltEventId("0123456789abcdef-0001"));
}

TEST_F(ExportTest, MentionOffsetsAreCodePointsOfTheDocument) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  auto rows = Rows(Export(*store, ExportFormat::kMentions));
  ASSERT_EQ(rows.size(), 9u);
  for (const auto& [id, row] : rows) EXPECT_EQ(row.size(), 16u) << id;
  // "Путін зустрівся з Сі Цзіньпіном. Президент Ірану Раїсі подзвонив Путіну." — 72 code points,
  // 133 bytes. a0: Путін at 0, зустрівся at 6, Сі Цзіньпіном at 18.
  const auto& a0 = rows[std::to_string(GdeltEventId(EventId(*store, "a", 0)))];
  EXPECT_EQ(a0[MentionCol("SentenceID")], "1");
  EXPECT_EQ(a0[MentionCol("Actor1CharOffset")], "0");
  EXPECT_EQ(a0[MentionCol("ActionCharOffset")], "6");
  EXPECT_EQ(a0[MentionCol("Actor2CharOffset")], "18");
  EXPECT_EQ(a0[MentionCol("MentionDocLen")], "72");
  // a1: "Президент Ірану Раїсі" at code point 33 (byte 60), "Путіну" at 65 (byte 120); no trigger.
  const auto& a1 = rows[std::to_string(GdeltEventId(EventId(*store, "a", 1)))];
  EXPECT_EQ(a1[MentionCol("SentenceID")], "2");
  EXPECT_EQ(a1[MentionCol("Actor1CharOffset")], "33");
  EXPECT_EQ(a1[MentionCol("Actor2CharOffset")], "65");
  EXPECT_EQ(a1[MentionCol("ActionCharOffset")], "-1");
  EXPECT_EQ(a1[MentionCol("EventTimeDate")], "20240320000000");
  EXPECT_EQ(a1[MentionCol("MentionTimeDate")], "20240320000000");
  EXPECT_EQ(a1[MentionCol("MentionType")], "1");
  EXPECT_EQ(a1[MentionCol("MentionSourceName")], "ukrinform.example");
  EXPECT_EQ(a1[MentionCol("MentionIdentifier")], "https://ukrinform.example/a");
  EXPECT_EQ(a1[MentionCol("InRawText")], "1");
  EXPECT_EQ(a1[MentionCol("Confidence")], "75");
  EXPECT_EQ(a1[MentionCol("MentionDocTranslationInfo")], "");
  // b0 has no URL: a citation (type 2) by document id, the outlet as source.
  const auto& b0 = rows[std::to_string(GdeltEventId(EventId(*store, "b", 0)))];
  EXPECT_EQ(b0[MentionCol("MentionType")], "2");
  EXPECT_EQ(b0[MentionCol("MentionIdentifier")], "b");
  EXPECT_EQ(b0[MentionCol("MentionSourceName")], "ТАСС");
  // Every mention joins an event.
  auto events = Rows(Export(*store, ExportFormat::kGdelt));
  for (const auto& [id, row] : rows) EXPECT_TRUE(events.count(id)) << id;
}

TEST_F(ExportTest, FiltersSelectTheRows) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  const EventFilter filter{.country = "CHN"};
  size_t n = 0;
  ASSERT_TRUE(store->ForEachEvent(filter, [&](const StoredEvent&) { ++n; }).ok());
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(Lines(Export(*store, ExportFormat::kGdelt, filter)).size(), n);
  EXPECT_EQ(Lines(Export(*store, ExportFormat::kMentions, filter)).size(), n);
  EXPECT_EQ(Lines(Export(*store, ExportFormat::kGdelt, {.type = "NOSUCHTYPE"})).size(), 0u);
}

// A stream whose every write fails, like a full disk.
class FullBuf : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST_F(ExportTest, AWriteErrorIsAnError) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  for (ExportFormat f : {ExportFormat::kGdelt, ExportFormat::kMentions, ExportFormat::kGraphml,
                         ExportFormat::kGexf}) {
    FullBuf buf;
    std::ostream out(&buf);
    Status s = WriteExport(*store, f, {}, out);
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find("writing"), std::string::npos) << s;
  }
}

TEST_F(ExportTest, AMissingPackIsAnError) {
  auto store = StoreOf(Corpus());
  ASSERT_TRUE(store);
  std::ostringstream out;
  Status s = WriteExport(*store, ExportFormat::kGdelt, {.data_pack = Path("none.pack")}, out);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace entente::testing
