// tests/unit/store/store_reads.h — everything a Store answers about its documents, as one text,
// for comparing two implementations read method by read method.
//
//   EXPECT_EQ(DumpReads(*sqlite), DumpReads(*clickhouse));
//
// Search hits are compared as sets of document ids with their metadata: the stores may rank
// them and cut snippets differently (store/clickhouse/clickhouse_store.h).
#ifndef ENTENTE_TESTS_UNIT_STORE_STORE_READS_H_
#define ENTENTE_TESTS_UNIT_STORE_STORE_READS_H_

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "store/store.h"
#include "unit/store/store_fixture.h"

namespace entente::testing {

namespace reads_internal {

inline void Put(std::ostream& os, const Doc& d) {
  os << "doc " << d.id << " url=" << d.url << " source=" << d.source << " date=" << d.date
     << " lang=" << d.lang << " text=" << d.text << " body=";
  for (Span s : d.body) os << "[" << s.begin << "," << s.end << ")";
  os << "\n";
  for (const DocError& e : d.errors) os << "  error " << e.code << ": " << e.message << "\n";
  for (const Entity& e : d.entities) {
    os << "  entity " << e.id << "/" << e.name << "/" << e.kind << "/" << e.country << "/"
       << e.sector;
    for (Span s : e.mentions) os << " [" << s.begin << "," << s.end << ")";
    os << "\n";
  }
  for (const Event& e : d.events) os << "  event " << Describe(e) << "\n";
}

inline void Put(std::ostream& os, const DocProfile& p) {
  os << "profile " << p.doc_id << " " << p.source << " " << p.lang << " " << p.pub_date << " "
     << p.title << " words=" << p.words;
  for (const StoryTerm& t : p.story_terms) os << " term " << t.term << "=" << t.weight;
  for (const FramingHit& h : p.framing)
    os << " hit " << h.frame << "/" << h.term << "/" << h.tone << "[" << h.span.begin << ","
       << h.span.end << ")";
  os << "\n";
}

inline void Put(std::ostream& os, const GraphEdge& e) {
  os << "edge " << e.a << "-" << e.b << " " << e.month << " events=" << e.events
     << " mentions=" << e.mentions << " documents=" << e.documents << " sources=" << e.sources
     << " independent=" << e.independent << " coop=" << e.cooperation << " conflict=" << e.conflict;
  for (const auto& [k, v] : e.by_type) os << " " << k << ":" << v;
  for (const auto& [k, v] : e.by_cameo) os << " c" << k << ":" << v;
  os << "\n";
}

}  // namespace reads_internal

// The events `filter` selects, every field, in the store's order.
inline std::string DumpEvents(Store& store, const EventFilter& filter) {
  std::ostringstream os;
  Status s = store.ForEachEvent(filter, [&](const StoredEvent& e) {
    os << e.id << " cluster=" << e.cluster << " chain=" << e.chain << " doc=" << e.doc_id
       << " url=" << e.url << " source=" << e.source << " lang=" << e.lang << " pub=" << e.pub_date
       << " names=" << e.src_name << "|" << e.tgt_name << " sentence=" << e.sentence_text << " "
       << Describe(e.event) << "\n";
  });
  if (!s.ok()) os << "!error " << s.message() << "\n";
  return os.str();
}

// Filters that exercise every EventFilter field (and a cluster and event id taken from `store`).
inline std::vector<EventFilter> SampleFilters(Store& store) {
  std::vector<EventFilter> out = {
      {},
      {.actor = "RUS"},
      {.actor = "Q7747"},
      {.actor = "RUS", .partner = "CHN"},
      {.partner = "CHN"},
      {.country = "IRN"},
      {.type = "CONSULT"},
      {.from = "2024-03"},
      {.to = "2024-03"},
      {.from = "2024-03-20", .to = "2024-03-21"},
      {.lang = "uk"},
      {.source = "Reuters"},
      {.modality = "reported"},
      {.doc_id = "d"},
      {.id = "nothing'; DROP TABLE events; --"},
      {.limit = 3},
      {.limit = 2, .offset = 3},
      {.offset = 4},
      {.actor = "x:ostap_kuzmenko"},  // and its alias (NamedAcrossDocs)
      {.actor = "FRA", .partner = "x:kuzmenko"},
  };
  std::string cluster, id;
  (void)store.ForEachEvent({.type = "CONSULT"}, [&](const StoredEvent& e) {
    if (cluster.empty()) cluster = e.cluster, id = e.id;
  });
  out.push_back({.id = id});
  out.push_back({.cluster = cluster});
  return out;
}

// Every read method's answer for the store's documents.
inline std::string DumpReads(Store& store) {
  using reads_internal::Put;
  std::ostringstream os;
  if (auto s = store.Stats()) {
    os << "stats " << s->documents << " " << s->failed_documents << " " << s->events << " "
       << s->entities << " " << s->mentions << "\n";
  } else {
    os << "!error " << s.error().message() << "\n";
  }
  for (const EventFilter& f : SampleFilters(store)) {
    os << "-- events " << f.actor << "|" << f.partner << "|" << f.country << "|" << f.type << "|"
       << f.from << "|" << f.to << "|" << f.lang << "|" << f.source << "|" << f.modality << "|"
       << f.id << "|" << f.cluster << "|" << f.doc_id << "|" << f.limit << "|" << f.offset << "\n"
       << DumpEvents(store, f);
    for (bool by_month : {false, true}) {
      auto g = store.Graph(f, {.by_month = by_month});
      os << "-- graph by_month=" << by_month << "\n";
      if (!g) os << "!error " << g.error().message() << "\n";
      if (g)
        for (const GraphEdge& e : *g) Put(os, e);
    }
  }
  os << "-- documents\n";
  std::vector<std::string> ids;
  Status s = store.ForEachDocument([&](const Doc& d) {
    Put(os, d);
    ids.push_back(d.id);
  });
  if (!s.ok()) os << "!error " << s.message() << "\n";
  ids.push_back("no such document");
  for (const std::string& id : ids) {
    auto d = store.Document(id);
    if (!d) os << "!error " << d.error().message() << "\n";
    if (d && *d) Put(os, **d);
    if (d && !*d) os << "no " << id << "\n";
  }
  os << "-- profiles\n";
  s = store.ForEachProfile([&](const DocProfile& p) { Put(os, p); });
  if (!s.ok()) os << "!error " << s.message() << "\n";
  os << "-- stories\n";
  if (auto stories = store.Stories()) {
    for (const StoredStory& st : *stories) {
      os << "story " << st.id << " " << st.first << ".." << st.last << " langs";
      for (const auto& l : st.languages) os << " " << l;
      os << " sources";
      for (const auto& l : st.sources) os << " " << l;
      os << " articles";
      for (const auto& a : st.articles) os << " " << a.doc_id;
      os << "\n";
    }
  } else {
    os << "!error " << stories.error().message() << "\n";
  }
  os << "-- entities\n";
  if (auto aliases = store.ActorAliases()) {
    for (const auto& [alias, id] : *aliases) os << "alias " << alias << " " << id << "\n";
  } else {
    os << "!error " << aliases.error().message() << "\n";
  }
  if (auto ents = store.FindEntities(
          {"Q7747", "RUS", "CHN", "IGO:ICC", "Q15031", "none", "'", "x:kuzmenko"})) {
    for (const Entity& e : *ents)
      os << e.id << "/" << e.name << "/" << e.kind << "/" << e.country << "/" << e.sector << "\n";
  } else {
    os << "!error " << ents.error().message() << "\n";
  }
  for (const char* id : {"Q7747", "Q15031", "none", "x:ostap_kuzmenko"}) {
    auto names = store.NamesOf(id, 10);
    os << "names " << id;
    if (names)
      for (const Facet& f : *names) os << " " << f.value << "=" << f.count;
    os << "\n";
  }
  os << "-- summary\n";
  if (auto sum = store.Summary()) {
    os << sum->documents << " " << sum->events << " " << sum->date_min << ".." << sum->date_max;
    for (const auto* list : {&sum->languages, &sum->sources, &sum->types, &sum->modalities}) {
      os << "\n ";
      for (const Facet& f : *list) os << " " << f.value << "=" << f.count;
    }
    os << "\n";
  } else {
    os << "!error " << sum.error().message() << "\n";
  }
  os << "-- search\n";
  for (const char* q : {"Путін", "Putin", "raisi phone", "Харкову", "nothing at all", ""}) {
    auto hits = store.Search(q, 50);
    if (!hits) {
      os << "!error " << hits.error().message() << "\n";
      continue;
    }
    std::vector<std::string> found;
    for (const SearchHit& h : *hits)
      found.push_back(h.doc_id + " " + h.url + " " + h.source + " " + h.lang + " " + h.pub_date +
                      " title=" + h.title);
    std::sort(found.begin(), found.end());
    os << "search '" << q << "'\n";
    for (const auto& f : found) os << "  " << f << "\n";
  }
  return os.str();
}

// "" when the dumps are equal, else the lines around the first difference.
inline std::string DiffReads(const std::string& expected, const std::string& actual) {
  if (expected == actual) return "";
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  const auto a = lines(expected), b = lines(actual);
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  std::ostringstream os;
  os << "first difference at line " << i + 1 << "\n";
  for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) os << "   " << a[k] << "\n";
  for (size_t k = i; k < std::min(a.size(), i + 4); ++k) os << " - " << a[k] << "\n";
  for (size_t k = i; k < std::min(b.size(), i + 4); ++k) os << " + " << b[k] << "\n";
  return os.str();
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_STORE_READS_H_
