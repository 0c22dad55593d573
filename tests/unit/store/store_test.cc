// Writing to and reading from the SQLite store: round trip, filters, graph, idempotency.
#include <algorithm>
#include <set>

#include "unit/store/store_corpus.h"

namespace entente::testing {
namespace {

using Ids = std::vector<std::string>;

TEST_F(StoreTest, WritesAndRebuildsDocuments) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  const std::vector<Doc> docs = Corpus();
  auto written = store->Write(docs);
  ASSERT_TRUE(written.ok()) << written.error();
  EXPECT_EQ(written->written, 4u);
  EXPECT_EQ(written->unchanged, 0u);
  EXPECT_EQ(written->failed, 0u);
  EXPECT_EQ(written->events, 9u);
  EXPECT_TRUE(store->Has("a", docs[0].ContentHash()));
  EXPECT_FALSE(store->Has("a", "0000"));
  EXPECT_FALSE(store->Has("zzz", docs[0].ContentHash()));

  std::vector<Doc> back;
  ASSERT_TRUE(store->ForEachDocument([&](const Doc& d) { back.push_back(d); }).ok());
  ASSERT_EQ(back.size(), 4u);
  for (size_t i = 0; i < docs.size(); ++i) {
    const Doc& in = docs[i];
    const Doc& out = back[i];  // the corpus is already in id order
    EXPECT_EQ(out.id, in.id);
    EXPECT_EQ(out.url, in.url);
    EXPECT_EQ(out.source, in.source);
    EXPECT_EQ(out.date, in.date);
    EXPECT_EQ(out.lang, in.lang);
    EXPECT_EQ(out.text, in.text);
    EXPECT_EQ(out.body, in.body);
    EXPECT_TRUE(out.errors.empty());
    ASSERT_EQ(out.events.size(), in.events.size()) << in.id;
    for (size_t k = 0; k < in.events.size(); ++k) {
      EXPECT_EQ(Describe(out.events[k]), Describe(in.events[k]));
    }
  }
  // Entities come back in order of first mention, with every mention in this document.
  ASSERT_EQ(back[0].entities.size(), 2u);
  EXPECT_EQ(back[0].entities[0].id, "Q7747");
  EXPECT_EQ(back[0].entities[0].mentions,
            (std::vector<Span>{Find(docs[0].text, "Путін"), Find(docs[0].text, "Путіну")}));
  EXPECT_EQ(back[0].entities[1].id, "Q15031");
  EXPECT_EQ(back[0].entities[1].country, "CHN");
  ASSERT_EQ(back[3].entities.size(), 1u);
  EXPECT_EQ(back[3].entities[0].mentions, (std::vector<Span>{Find(docs[3].text, "Putin")}));

  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 4u);
  EXPECT_EQ(stats->failed_documents, 0u);
  EXPECT_EQ(stats->events, 9u);
  EXPECT_EQ(stats->entities, 2u);
  EXPECT_EQ(stats->mentions, 4u);
}

TEST_F(StoreTest, StoredEventsCarryTheirDocumentAndEvidence) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  std::vector<StoredEvent> events;
  ASSERT_TRUE(store->ForEachEvent({}, [&](const StoredEvent& e) { events.push_back(e); }).ok());
  ASSERT_EQ(events.size(), 9u);
  const StoredEvent* a0 = nullptr;
  for (const StoredEvent& e : events) {
    if (e.doc_id == "a" && e.event.type == "CONSULT" && e.event.src.country == "RUS") a0 = &e;
  }
  ASSERT_NE(a0, nullptr);
  EXPECT_EQ(a0->id, Corpus()[0].ContentHash().substr(0, 16) + "-0000");
  EXPECT_EQ(a0->url, "https://ukrinform.example/a");
  EXPECT_EQ(a0->source, "Укрінформ");
  EXPECT_EQ(a0->lang, "uk");
  EXPECT_EQ(a0->pub_date, "2024-03-20");
  // Byte offsets into multi-byte text: the evidence is the exact sentence.
  EXPECT_EQ(a0->sentence_text, "Путін зустрівся з Сі Цзіньпіном.");
  EXPECT_EQ(a0->event.trigger_text, "зустрівся");
  ASSERT_TRUE(a0->event.place.has_value());
  EXPECT_EQ(a0->event.place->name, "Москва");
  EXPECT_DOUBLE_EQ(a0->event.place->lat, 55.75);
  for (const StoredEvent& e : events) {
    if (e.doc_id == "b" && e.event.type == "AID") {
      EXPECT_EQ(e.sentence_text, "КНДР поставила России ракеты.");
      EXPECT_FALSE(e.event.place.has_value());
    }
  }
}

TEST_F(StoreTest, EventsComeInDateThenIdOrder) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  EXPECT_EQ(Select(*store, {}), (Ids{"c0", "c1", "a0", "a1", "d0", "d1", "d2", "b0", "b1"}));
  EXPECT_EQ(Select(*store, {.limit = 3}), (Ids{"c0", "c1", "a0"}));
}

TEST_F(StoreTest, FiltersEachField) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  // An actor id on either side.
  EXPECT_EQ(Select(*store, {.actor = "Q7747"}), (Ids{"c0", "a0", "a1", "d0"}));
  // An actor filter also matches a country code on either side.
  EXPECT_EQ(Select(*store, {.actor = "CHN"}), (Ids{"a0", "d0", "d1"}));
  EXPECT_EQ(Select(*store, {.country = "USA"}), (Ids{"b0"}));
  EXPECT_EQ(Select(*store, {.country = "RUS"}).size(), 9u);
  EXPECT_EQ(Select(*store, {.country = "Q7747"}), Ids{}) << "country does not match actor ids";
  EXPECT_EQ(Select(*store, {.type = "CONSULT"}), (Ids{"a0", "a1"}));
  EXPECT_EQ(Select(*store, {.lang = "ru"}), (Ids{"b0", "b1"}));
  EXPECT_EQ(Select(*store, {.source = "Reuters"}), (Ids{"c0", "c1"}));
  EXPECT_EQ(Select(*store, {.source = "Укрінформ"}), (Ids{"a0", "a1"}));
  EXPECT_EQ(Select(*store, {.country = "CHN", .type = "THREATEN"}), (Ids{"d1"}));
}

TEST_F(StoreTest, DateBoundsAreInclusiveAndPrefixAware) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  // Events without a date fall back to the publication date (a1 → 2024-03-20).
  EXPECT_EQ(Select(*store, {.from = "2024-03-20"}), (Ids{"a1", "d0", "d1", "d2", "b0", "b1"}));
  EXPECT_EQ(Select(*store, {.to = "2024-03-19"}), (Ids{"c0", "c1", "a0"}));
  // A `to` prefix includes every date it starts: "2024-03" takes 2024-03-31, not "2024-04".
  EXPECT_EQ(Select(*store, {.to = "2024-03"}),
            (Ids{"c0", "c1", "a0", "a1", "d0", "d1", "d2", "b0"}));
  EXPECT_EQ(Select(*store, {.from = "2024-03", .to = "2024-03"}),
            (Ids{"a0", "a1", "d0", "d1", "d2", "b0"}));
  EXPECT_EQ(Select(*store, {.from = "2024-04", .to = "2024-04"}), (Ids{"b1"}));
  // An ISO-8601 publication time counts as its day.
  EXPECT_EQ(Select(*store, {.from = "2024-02-10", .to = "2024-02-10"}), (Ids{"c0", "c1"}));
  EXPECT_EQ(Select(*store, {.to = "2024"}).size(), 9u);
  EXPECT_EQ(Select(*store, {.from = "2025"}), Ids{});
}

TEST_F(StoreTest, FilterValuesCannotInjectSql) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  const std::string before = DumpDatabase(Path("news.db"));
  for (std::string evil :
       {"x' OR '1'='1", "RUS'); DROP TABLE events; --", "\" OR 1=1 --", "?1", "%", "RUS' --"}) {
    EXPECT_EQ(Select(*store, {.actor = evil}), Ids{}) << evil;
    EXPECT_EQ(Select(*store, {.country = evil, .type = evil}), Ids{}) << evil;
    EXPECT_EQ(Select(*store, {.lang = evil, .source = evil}), Ids{}) << evil;
    // A date bound is compared as a string: all or nothing here, never an error.
    const size_t dated = Select(*store, {.from = evil}).size();
    EXPECT_TRUE(dated == 0 || dated == 9) << evil;
    auto graph = store->Graph({.country = evil});
    ASSERT_TRUE(graph.ok()) << graph.error();
    EXPECT_TRUE(graph->empty());
  }
  EXPECT_EQ(DumpDatabase(Path("news.db")), before);
  EXPECT_EQ(Select(*store, {}).size(), 9u);
}

TEST_F(StoreTest, GraphCountsUndirectedPairs) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  auto graph = store->Graph({});
  ASSERT_TRUE(graph.ok()) << graph.error();
  // c1 (no target code) and d2 (RUS → RUS) are not edges.
  ASSERT_EQ(graph->size(), 5u);
  const GraphEdge& top = (*graph)[0];
  EXPECT_EQ(top.a, "CHN");
  EXPECT_EQ(top.b, "RUS");
  EXPECT_EQ(top.events, 3);
  EXPECT_EQ(top.cooperation, 2);  // CONSULT, AGREE
  EXPECT_EQ(top.conflict, 1);     // THREATEN
  EXPECT_EQ(top.by_type,
            (std::map<std::string, int>{{"AGREE", 1}, {"CONSULT", 1}, {"THREATEN", 1}}));
  EXPECT_EQ(top.documents, 2);  // a, d
  EXPECT_EQ(top.sources, 1);    // d has no outlet
  // Ties (one event each) are ordered by pair.
  std::vector<std::string> rest;
  for (size_t i = 1; i < graph->size(); ++i) {
    const GraphEdge& e = (*graph)[i];
    EXPECT_LT(e.a, e.b);
    EXPECT_EQ(e.events, 1);
    rest.push_back(e.a + "-" + e.b);
  }
  EXPECT_EQ(rest, (std::vector<std::string>{"IGO:ICC-RUS", "IRN-RUS", "PRK-RUS", "RUS-USA"}));
  EXPECT_EQ((*graph)[4].conflict, 1);     // ACCUSE
  EXPECT_EQ((*graph)[3].cooperation, 1);  // AID

  auto filtered = store->Graph({.lang = "en"});
  ASSERT_TRUE(filtered.ok());
  ASSERT_EQ(filtered->size(), 2u);
  EXPECT_EQ((*filtered)[0].a + "-" + (*filtered)[0].b, "CHN-RUS");
  EXPECT_EQ((*filtered)[0].events, 2);
  auto limited = store->Graph({.limit = 2});
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ(limited->size(), 2u);
}

TEST_F(StoreTest, RewritingTheSameDocumentsChangesNothing) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  const std::string before = DumpDatabase(Path("news.db"));
  auto again = store->Write(Corpus());
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->written, 0u);
  EXPECT_EQ(again->unchanged, 4u);
  EXPECT_EQ(again->events, 0u);
  EXPECT_EQ(DumpDatabase(Path("news.db")), before);
  // Within one batch, a repeated document is stored once.
  std::vector<Doc> twice = Corpus();
  twice.push_back(Corpus()[1]);
  auto fresh = OpenRw("twice.db");
  auto r = fresh->Write(twice);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->written, 4u);
  EXPECT_EQ(r->unchanged, 1u);
  EXPECT_EQ(DumpDatabase(Path("twice.db")), before);
}

TEST_F(StoreTest, FinalRowsDoNotDependOnBatchingOrOrder) {
  // One batch, in order.
  ASSERT_TRUE(OpenRw("one.db")->Write(Corpus()).ok());
  // Reverse order, one document per batch, with the store closed and reopened half way, as a
  // resumed ingest would.
  std::vector<Doc> docs = Corpus();
  std::reverse(docs.begin(), docs.end());
  {
    auto store = OpenRw("many.db");
    ASSERT_TRUE(store->Write({docs[0]}).ok());
    ASSERT_TRUE(store->Write({docs[1]}).ok());
  }
  auto store = OpenRw("many.db");
  for (const Doc& d : docs) ASSERT_TRUE(store->Write({d}).ok());
  EXPECT_EQ(DumpDatabase(Path("many.db")), DumpDatabase(Path("one.db")));
  // Entity Q7747 is described differently by a and d; the smallest description is kept.
  EXPECT_EQ(RawQuery(Path("many.db"), "SELECT name FROM entities WHERE id = 'Q7747'"), "Putin");
}

TEST_F(StoreTest, ChangedTextReplacesTheDocumentAndItsEvents) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Write(Corpus()).ok());
  std::set<std::string> old_ids;
  store->ForEachEvent({.source = "Укрінформ"}, [&](const StoredEvent& e) { old_ids.insert(e.id); });
  ASSERT_EQ(old_ids.size(), 2u);

  Doc a;
  a.id = "a";
  a.source = "Нове видання";
  a.lang = "uk";
  a.text = "Сі Цзіньпін відвідав Москву.";
  a.entities.push_back(MakeEntity(a, "Q15031", "Xi Jinping", "person", "CHN", {"Сі Цзіньпін"}));
  a.events.push_back(MakeEvent(a, a.text, "CHN", "Q15031", "Сі Цзіньпін", "CONSULT", "RUS", "",
                               "Москву", "2024-05"));
  auto r = store->Write({a});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->written, 1u);
  EXPECT_EQ(r->unchanged, 0u);
  EXPECT_TRUE(store->Has("a", a.ContentHash()));
  EXPECT_FALSE(store->Has("a", Corpus()[0].ContentHash()));

  std::vector<StoredEvent> now;
  store->ForEachEvent({}, [&](const StoredEvent& e) {
    if (e.doc_id == "a") now.push_back(e);
  });
  ASSERT_EQ(now.size(), 1u);
  EXPECT_FALSE(old_ids.count(now[0].id));
  EXPECT_EQ(now[0].source, "Нове видання");
  EXPECT_EQ(now[0].sentence_text, a.text);
  EXPECT_EQ(store->Stats()->events, 8u);
  EXPECT_EQ(store->Stats()->mentions, 2u) << "a's old mentions are gone";
  // The outlet no document names any more is gone too.
  EXPECT_EQ(RawQuery(Path("news.db"), "SELECT count(*) FROM sources WHERE name = 'Укрінформ'"),
            "0");
  EXPECT_EQ(
      RawQuery(Path("news.db"),
               "SELECT group_concat(name, ',') FROM (SELECT name FROM sources ORDER BY name)"),
      "Reuters,Нове видання,ТАСС");
}

TEST_F(StoreTest, FailedDocumentsKeepTheirErrorsAndNoEvents) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  Doc bad = Corpus()[0];  // has entities and events, which a failed document must not store
  bad.id = "bad";
  bad.AddError("too_large", "document is over the size limit");
  bad.AddError("truncated", "cut at 1 MiB");
  Doc binary;
  binary.id = "bin";
  binary.text = std::string("\xff\xfe\x00\x01 not text", 13);
  binary.AddError("not_utf8", "invalid UTF-8 at byte 0");
  auto r = store->Write({bad, binary});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->written, 2u);
  EXPECT_EQ(r->failed, 2u);
  EXPECT_EQ(r->events, 0u);
  auto stats = store->Stats();
  EXPECT_EQ(stats->documents, 2u);
  EXPECT_EQ(stats->failed_documents, 2u);
  EXPECT_EQ(stats->events, 0u);
  EXPECT_EQ(stats->mentions, 0u);

  std::vector<Doc> back;
  ASSERT_TRUE(store->ForEachDocument([&](const Doc& d) { back.push_back(d); }).ok());
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].id, "bad");
  ASSERT_EQ(back[0].errors.size(), 2u);
  EXPECT_EQ(back[0].errors[0].code, "too_large");
  EXPECT_EQ(back[0].errors[1].message, "cut at 1 MiB");
  EXPECT_TRUE(back[0].events.empty());
  EXPECT_TRUE(back[0].entities.empty());
  EXPECT_EQ(back[1].text, binary.text) << "bytes are kept exactly";
  EXPECT_EQ(back[1].errors[0].code, "not_utf8");
  // Rewriting them is a no-op.
  auto again = store->Write({bad, binary});
  EXPECT_EQ(again->unchanged, 2u);
}

TEST_F(StoreTest, SameIdTwiceInOneBatchKeepsTheLaterVersion) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  Doc v1 = Corpus()[1];
  Doc v2 = v1;
  v2.text = "Россия обвинила США в эскалации.";
  v2.events = {MakeEvent(v2, v2.text, "RUS", "", "Россия", "ACCUSE", "USA", "", "США", "")};
  auto r = store->Write({v1, v2});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->written, 2u);
  EXPECT_TRUE(store->Has("b", v2.ContentHash()));
  EXPECT_FALSE(store->Has("b", v1.ContentHash()));
  EXPECT_EQ(store->Stats()->documents, 1u);
  EXPECT_EQ(store->Stats()->events, 1u);
}

TEST_F(StoreTest, ReadersSeeCommittedWritesBesideAnOpenWriter) {
  auto writer = OpenRw("news.db");
  ASSERT_TRUE(writer);
  auto reader = Store::Open(Path("news.db"), Store::Mode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.error();
  EXPECT_EQ((*reader)->Stats()->documents, 0u);
  ASSERT_TRUE(writer->Write(Corpus()).ok());
  EXPECT_EQ((*reader)->Stats()->documents, 4u);
  EXPECT_EQ(Select(**reader, {.country = "USA"}), (Ids{"b0"}));
}

TEST_F(StoreTest, EmptyStoreAnswersEmpty) {
  auto store = OpenRw("news.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(Select(*store, {}), Ids{});
  auto graph = store->Graph({});
  ASSERT_TRUE(graph.ok());
  EXPECT_TRUE(graph->empty());
  int n = 0;
  EXPECT_TRUE(store->ForEachDocument([&](const Doc&) { ++n; }).ok());
  EXPECT_EQ(n, 0);
  auto r = store->Write({});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->written, 0u);
}

}  // namespace
}  // namespace entente::testing
