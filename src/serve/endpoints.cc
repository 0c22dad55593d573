// serve/endpoints.cc — what each API endpoint answers (shapes documented in doc/openapi.json).
#include <algorithm>

#include "serve/api_impl.h"

namespace entente::serve {
namespace {

constexpr size_t kDefaultEvents = 50, kDefaultEdges = 300, kDefaultHits = 20;

Json FacetsJson(const std::vector<Facet>& facets) {
  Json out = Json::array();
  for (const auto& f : facets) out.push_back({{"value", f.value}, {"count", f.count}});
  return out;
}

// The counts of an edge (or of a month of one), with its Goldstein balance.
void AddCounts(Json& j, const GraphEdge& e, const Reference& k) {
  Balance b = k.BalanceOf(e.by_cameo);
  j["events"] = e.events;
  j["mentions"] = e.mentions;
  j["cooperation"] = e.cooperation;
  j["conflict"] = e.conflict;
  j["alliance_index"] = b.alliance_index;
  j["goldstein"] = b.goldstein_mean;
}

// The title of a stored document: its first body span, on one line.
std::string TitleOf(const Doc& doc) {
  if (doc.body.empty()) return "";
  const Span& s = doc.body.front();
  std::string t = doc.text.substr(s.begin, s.end - s.begin);
  std::replace(t.begin(), t.end(), '\n', ' ');
  return Clip(t, 300);
}

}  // namespace

Json ApiImpl::Meta(Store& store) {
  StoreSummary sum = Must(store.Summary(), store, "summarising the store");
  Json j;
  j["documents"] = sum.documents;
  j["events"] = sum.events;
  j["date_min"] = sum.date_min;
  j["date_max"] = sum.date_max;
  j["languages"] = FacetsJson(sum.languages);
  j["sources"] = FacetsJson(sum.sources);
  j["types"] = FacetsJson(sum.types);
  j["modalities"] = FacetsJson(sum.modalities);
  j["plover_types"] = knowledge_.PloverTypes();
  return j;
}

Json ApiImpl::Graph(const Request& r, Store& store) {
  EventFilter filter = r.filter;
  const size_t limit = filter.limit ? filter.limit : std::min(kDefaultEdges, options_.max_edges);
  filter.limit = 0;  // min_sources applies before the limit
  std::vector<GraphEdge> edges = Must(store.Graph(filter), store, "reading the graph");
  std::erase_if(edges, [&](const GraphEdge& e) {
    return static_cast<size_t>(e.independent) < r.min_sources;
  });
  const bool truncated = edges.size() > limit;
  if (truncated) edges.resize(limit);

  std::map<std::string, int> node_events;
  for (const auto& e : edges) {
    node_events[e.a] += e.events;
    node_events[e.b] += e.events;
  }
  std::set<std::string> codes;
  for (const auto& [code, n] : node_events) codes.insert(code);
  Labels labels = LabelsFor(codes, store);
  Json nodes = Json::array();
  for (const auto& [code, n] : node_events) {
    ActorLabel label = LabelOf(labels, code);
    nodes.push_back({{"id", code},
                     {"label", label.label},
                     {"country", code},
                     {"kind", label.kind},
                     {"events", n}});
  }
  Json out_edges = Json::array();
  for (const auto& e : edges) {
    Json j = {{"id", e.a + "|" + e.b}, {"source", e.a}, {"target", e.b}};
    AddCounts(j, e, knowledge_);
    j["by_type"] = e.by_type;
    j["documents"] = e.documents;
    j["sources"] = e.sources;
    j["independent"] = e.independent;
    out_edges.push_back(std::move(j));
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(out_edges)}, {"truncated", truncated}};
}

Json ApiImpl::Events(Request r, Store& store) {
  if (!r.a.empty() || !r.b.empty()) {
    if (r.a.empty() || r.b.empty()) throw HttpError{400, "parameters 'a' and 'b' go together"};
    if (!r.filter.actor.empty())
      throw HttpError{400, "parameters 'actor' and 'a'/'b': give one or the other"};
    r.filter.actor = r.a;
    r.filter.partner = r.b;
  }
  const size_t limit = r.filter.limit ? r.filter.limit : kDefaultEvents;
  r.filter.limit = limit + 1;  // one more tells whether a next page exists
  std::vector<StoredEvent> events = SelectEvents(r.filter, store);
  const bool more = events.size() > limit;
  if (more) events.resize(limit);
  return {{"events", EventsJson(events, store)},
          {"next_offset", more ? Json(r.filter.offset + limit) : Json()}};
}

Json ApiImpl::OneEvent(const std::string& id, Store& store) {
  // A real-world event's id, or the id of one of its mentions.
  std::vector<StoredEvent> all = SelectEvents({.cluster = id}, store);
  if (all.empty()) {
    std::vector<StoredEvent> one = SelectEvents({.id = id}, store);
    if (one.empty()) throw HttpError{404, "no event with id '" + id + "'"};
    all = SelectEvents({.cluster = one.front().cluster}, store);
    if (all.empty()) all = std::move(one);
  }
  Json events = EventsJson(all, store);
  Json j = events[0];  // the earliest mention stands for the event
  std::set<std::string> documents, outlets, independent;
  Json mentions = Json::array();
  for (size_t i = 0; i < all.size(); ++i) {
    const StoredEvent& se = all[i];
    documents.insert(se.doc_id);
    outlets.insert(se.source.empty() ? "doc:" + se.doc_id : se.source);
    independent.insert(se.chain);
    Json& e = events[i];
    mentions.push_back({{"id", e["id"]},
                        {"doc_id", e["doc_id"]},
                        {"url", e["url"]},
                        {"source", e["source"]},
                        {"lang", e["lang"]},
                        {"pub_date", e["pub_date"]},
                        {"date", e["date"]},
                        {"modality", e["modality"]},
                        {"chain", se.chain},
                        {"gloss", e["gloss"]},
                        {"src", e["src"]},
                        {"tgt", e["tgt"]},
                        {"trigger", e["trigger"]},
                        {"sentence", e["sentence"]}});
  }
  j["counts"] = {{"mentions", all.size()},
                 {"documents", documents.size()},
                 {"outlets", outlets.size()},
                 {"report_chains", independent.size()}};
  j["mentions"] = std::move(mentions);
  return j;
}

Json ApiImpl::Actor(const std::string& id, const Request& r, Store& store) {
  if (!IsActorId(id)) throw HttpError{400, "expected an actor id or country code such as RUS"};
  std::vector<Entity> found = Must(store.FindEntities({id}), store, "reading actors");
  if (found.empty()) throw HttpError{404, "no actor '" + id + "' in the store"};
  const Entity& e = found.front();
  Json j;
  j["id"] = id;
  j["entity"] = e.id;
  j["name"] = e.name;
  j["kind"] = e.kind;
  j["country"] = e.country;
  j["sector"] = e.sector;
  Json names = Json::array();
  for (const Facet& f : Must(store.NamesOf(e.id, 30), store, "reading names")) {
    names.push_back({{"text", f.value}, {"count", f.count}});
  }
  j["names"] = std::move(names);
  Json known = Json::array();
  for (const KnownName& n : knowledge_.NamesOf(e.id)) {
    known.push_back({{"lang", n.lang}, {"name", n.name}});
  }
  j["known_as"] = std::move(known);
  Json roles = Json::array();
  for (const PersonRole& role : knowledge_.RolesOf(e.id)) {
    roles.push_back(
        {{"role", role.role}, {"country", role.country}, {"start", role.start}, {"end", role.end}});
  }
  j["roles"] = std::move(roles);

  // Partners: the other side of every pair the actor is on, with their months.
  EventFilter filter = r.filter;
  filter.actor = id;
  std::vector<GraphEdge> months =
      Must(store.Graph(filter, {.by_month = true}), store, "reading partners");
  const std::string& self = e.country.empty() ? id : e.country;
  std::map<std::string, GraphEdge> totals;
  std::map<std::string, Json> partner_months;
  for (const GraphEdge& m : months) {
    const std::string& partner = m.a == self ? m.b : m.a;
    GraphEdge& t = totals[partner];
    t.events += m.events;
    t.mentions += m.mentions;
    t.cooperation += m.cooperation;
    t.conflict += m.conflict;
    for (const auto& [code, n] : m.by_cameo) t.by_cameo[code] += n;
    Json month = {{"month", m.month}};
    AddCounts(month, m, knowledge_);
    partner_months[partner].push_back(std::move(month));
  }
  std::vector<std::pair<std::string, GraphEdge>> ranked(totals.begin(), totals.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.second.events > y.second.events; });
  std::set<std::string> codes;
  for (const auto& [code, t] : ranked) codes.insert(code);
  Labels labels = LabelsFor(codes, store);
  Json partners = Json::array();
  for (const auto& [code, t] : ranked) {
    ActorLabel label = LabelOf(labels, code);
    Json p = {{"id", code}, {"label", label.label}, {"kind", label.kind}};
    AddCounts(p, t, knowledge_);
    p["months"] = std::move(partner_months[code]);
    partners.push_back(std::move(p));
  }
  j["partners"] = std::move(partners);
  return j;
}

Json ApiImpl::Timeline(const Request& r, Store& store) {
  if (r.a.empty() || r.b.empty()) throw HttpError{400, "parameters 'a' and 'b' are required"};
  EventFilter filter = r.filter;
  filter.actor = r.a;
  filter.partner = r.b;
  std::vector<GraphEdge> edges =
      Must(store.Graph(filter, {.by_month = true}), store, "reading the timeline");
  // One row per month; when a or b is a person, several country pairs may share a month.
  std::map<std::string, GraphEdge> by_month;
  for (const GraphEdge& e : edges) {
    GraphEdge& m = by_month[e.month];
    m.events += e.events;
    m.mentions += e.mentions;
    m.independent = std::max(m.independent, e.independent);
    m.cooperation += e.cooperation;
    m.conflict += e.conflict;
    m.sources = std::max(m.sources, e.sources);
    for (const auto& [code, n] : e.by_cameo) m.by_cameo[code] += n;
    for (const auto& [type, n] : e.by_type) m.by_type[type] += n;
  }
  Json months = Json::array();
  for (const auto& [month, m] : by_month) {
    Json j = {{"month", month}};
    AddCounts(j, m, knowledge_);
    j["by_type"] = m.by_type;
    j["sources"] = m.sources;
    j["independent"] = m.independent;
    months.push_back(std::move(j));
  }
  return {{"a", r.a}, {"b", r.b}, {"months", std::move(months)}};
}

Json ApiImpl::Search(const Request& r, Store& store) {
  if (r.q.empty()) throw HttpError{400, "parameter 'q' is required"};
  const size_t limit = r.filter.limit ? r.filter.limit : kDefaultHits;
  Json results = Json::array();
  for (const SearchHit& h : Must(store.Search(r.q, limit), store, "searching")) {
    results.push_back({{"doc_id", h.doc_id},
                       {"url", h.url},
                       {"source", h.source},
                       {"lang", h.lang},
                       {"pub_date", h.pub_date},
                       {"title", Clip(h.title, 300)},
                       {"snippet", {{"parts", SnippetParts(h.snippet)}}}});
  }
  return {{"q", r.q}, {"results", std::move(results)}};
}

Json ApiImpl::Document(const std::string& id, Store& store) {
  std::optional<Doc> doc = Must(store.Document(id), store, "reading the document");
  if (!doc) throw HttpError{404, "no document with id '" + id + "'"};
  Json j;
  j["id"] = doc->id;
  j["url"] = doc->url;
  j["source"] = doc->source;
  j["lang"] = doc->lang;
  j["pub_date"] = doc->date;
  j["status"] = doc->errors.empty() ? "ok" : "failed";
  Json errors = Json::array();
  for (const auto& e : doc->errors) errors.push_back({{"code", e.code}, {"message", e.message}});
  j["errors"] = std::move(errors);
  j["title"] = TitleOf(*doc);
  j["text"] = doc->text;
  Json body = Json::array();
  for (const Span& s : doc->body) body.push_back({s.begin, s.end});
  j["body"] = std::move(body);
  Json entities = Json::array();
  for (const Entity& e : doc->entities) {
    entities.push_back({{"id", e.id},
                        {"name", e.name},
                        {"kind", e.kind},
                        {"country", e.country},
                        {"mentions", e.mentions.size()}});
  }
  j["entities"] = std::move(entities);
  j["events"] = EventsJson(SelectEvents({.doc_id = id}, store), store);
  return j;
}

}  // namespace entente::serve
