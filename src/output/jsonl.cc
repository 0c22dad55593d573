#include "output/jsonl.h"

namespace entente {
namespace {

nlohmann::json SpanJson(Span s) { return nlohmann::json::array({s.begin, s.end}); }

nlohmann::json NullIfEmpty(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

// A one-sided event's unidentified side has no country, and text and span only when the text
// names the group (doc.h Doc::one_sided_events).
nlohmann::json ActorJson(const EventActor& a) {
  if (a.country.empty() && a.text.empty())
    return {{"country", nullptr}, {"actor", nullptr}, {"text", nullptr}, {"span", nullptr}};
  return {{"country", NullIfEmpty(a.country)},
          {"actor", NullIfEmpty(a.actor)},
          {"text", a.text},
          {"span", SpanJson(a.span)}};
}

}  // namespace

nlohmann::json EventToJson(const Event& e) {
  nlohmann::json j = {{"src", ActorJson(e.src)},
                      {"type", e.type},
                      {"cameo", e.cameo},
                      {"tgt", ActorJson(e.tgt)},
                      {"trigger", {{"text", e.trigger_text}, {"span", SpanJson(e.trigger)}}},
                      {"date", NullIfEmpty(e.date)},
                      {"modality", std::string(ModalityName(e.modality))},
                      {"sentence", SpanJson(e.sentence)},
                      {"confidence", e.confidence}};
  if (!e.mode.empty()) j["mode"] = e.mode;
  if (!e.attribution.empty()) j["attribution"] = e.attribution;
  if (e.place) {
    const bool located = e.place->Located();  // else lat and lon are null
    j["place"] = {{"name", e.place->name},
                  {"country", NullIfEmpty(e.place->country)},
                  {"lat", located ? nlohmann::json(e.place->lat) : nullptr},
                  {"lon", located ? nlohmann::json(e.place->lon) : nullptr}};
  } else {
    j["place"] = nullptr;
  }
  return j;
}

nlohmann::json DocToJson(const Doc& doc, bool with_text) {
  nlohmann::json j;
  j["id"] = doc.id;
  j["lang"] = NullIfEmpty(doc.lang);
  j["date"] = NullIfEmpty(doc.date.substr(0, 10));
  if (!doc.url.empty()) j["url"] = doc.url;
  if (!doc.source.empty()) j["source"] = doc.source;
  if (with_text) j["text"] = doc.text;
  j["body"] = nlohmann::json::array();
  for (Span s : doc.body) j["body"].push_back(SpanJson(s));
  j["entities"] = nlohmann::json::array();
  for (const Entity& e : doc.entities) {
    nlohmann::json mentions = nlohmann::json::array();
    for (Span s : e.mentions) mentions.push_back(SpanJson(s));
    j["entities"].push_back({{"id", e.id},
                             {"name", e.name},
                             {"kind", e.kind},
                             {"country", NullIfEmpty(e.country)},
                             {"sector", NullIfEmpty(e.sector)},
                             {"mentions", std::move(mentions)}});
  }
  j["events"] = nlohmann::json::array();
  for (const Event& e : doc.events) j["events"].push_back(EventToJson(e));
  j["one_sided_events"] = nlohmann::json::array();
  for (const Event& e : doc.one_sided_events) j["one_sided_events"].push_back(EventToJson(e));
  j["framing"] = nlohmann::json::array();
  for (const FramingHit& h : doc.framing)
    j["framing"].push_back({{"frame", NullIfEmpty(h.frame)},
                            {"term", h.term},
                            {"tone", h.tone},
                            {"span", SpanJson(h.span)}});
  j["errors"] = nlohmann::json::array();
  for (const DocError& e : doc.errors)
    j["errors"].push_back({{"code", e.code}, {"message", e.message}});
  return j;
}

std::string ExtractLine(const Doc& doc, bool with_text) {
  return DocToJson(doc, with_text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace entente
