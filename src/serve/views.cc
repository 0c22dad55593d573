// serve/views.cc — the API's JSON shapes.
#include "serve/views.h"

#include <algorithm>
#include <cmath>

namespace entente::serve {
namespace {

Json NullOr(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// How the gloss names one side: "Ebrahim Raisi (Iran)", "Russia", or the words of the text.
std::string GlossName(const EventActor& side, const std::string& name, const Labels& labels) {
  std::string country = side.country.empty() ? "" : LabelOf(labels, side.country).label;
  if (name.empty()) return country.empty() ? side.text : country;
  if (country.empty() || country == name) return name;
  return name + " (" + country + ")";
}

Json ActorJson(const EventActor& side, const std::string& name, const Labels& labels) {
  Json j;
  j["actor"] = side.actor;
  j["country"] = side.country;
  j["name"] = name.empty() && !side.country.empty() ? LabelOf(labels, side.country).label : name;
  j["text"] = side.text;
  j["begin"] = side.span.begin;
  j["end"] = side.span.end;
  return j;
}

}  // namespace

ActorLabel LabelOf(const Labels& labels, const std::string& code) {
  if (auto it = labels.find(code); it != labels.end()) return it->second;
  std::string kind = code.rfind("IGO:", 0) == 0   ? "igo"
                     : code.rfind("REG:", 0) == 0 ? "region"
                                                  : "other";
  return {code, kind};
}

Json SentenceParts(const std::string& sentence, const Event& e) {
  struct Mark {
    uint32_t begin, end;
    const char* role;
  };
  std::vector<Mark> marks;
  const uint32_t base = e.sentence.begin, size = static_cast<uint32_t>(sentence.size());
  auto add = [&](const Span& span, const char* role) {
    if (span.begin < base || span.end <= span.begin || span.end - base > size) return;
    marks.push_back({span.begin - base, span.end - base, role});
  };
  add(e.src.span, "source");
  add(e.tgt.span, "target");
  add(e.trigger, "trigger");
  std::stable_sort(marks.begin(), marks.end(),
                   [](const Mark& x, const Mark& y) { return x.begin < y.begin; });
  Json parts = Json::array();
  uint32_t at = 0;
  for (const Mark& m : marks) {
    if (m.begin < at) continue;  // overlaps an earlier mark
    if (m.begin > at)
      parts.push_back({{"text", sentence.substr(at, m.begin - at)}, {"role", nullptr}});
    parts.push_back({{"text", sentence.substr(m.begin, m.end - m.begin)}, {"role", m.role}});
    at = m.end;
  }
  if (at < size) parts.push_back({{"text", sentence.substr(at)}, {"role", nullptr}});
  return parts;
}

Json SnippetParts(const std::string& snippet) {
  Json parts = Json::array();
  std::string text;
  bool match = false;
  auto flush = [&] {
    if (!text.empty()) parts.push_back({{"text", text}, {"role", match ? Json("match") : Json()}});
    text.clear();
  };
  for (char c : snippet) {
    if (c == '\x01' || c == '\x02') {
      flush();
      match = c == '\x01';
    } else {
      text += c;
    }
  }
  flush();
  return parts;
}

Json EventJson(const StoredEvent& se, const Labels& labels, const Reference& k) {
  const Event& e = se.event;
  const CameoInfo* cameo = k.Cameo(e.cameo);
  const std::string date = e.date.empty() ? se.pub_date.substr(0, 10) : e.date;
  std::string gloss = GlossName(e.src, se.src_name, labels) + " — " + e.type +
                      (e.mode.empty() ? "" : " (" + e.mode + ")") + " → " +
                      GlossName(e.tgt, se.tgt_name, labels);
  if (!date.empty()) gloss += ", " + date;
  if (e.modality != Modality::kAsserted)
    gloss += " [" + std::string(ModalityName(e.modality)) + "]";

  Json j;
  j["id"] = se.id;
  j["event"] = se.cluster;
  j["doc_id"] = se.doc_id;
  j["url"] = se.url;
  j["source"] = se.source;
  j["lang"] = se.lang;
  j["pub_date"] = se.pub_date;
  j["date"] = NullOr(e.date);
  j["type"] = e.type;
  j["cameo"] = e.cameo;
  j["mode"] = e.mode;
  j["modality"] = ModalityName(e.modality);
  j["attribution"] = e.attribution;
  j["goldstein"] = cameo ? Json(cameo->goldstein) : Json();
  j["quad_class"] = cameo ? Json(cameo->quad_class) : Json();
  j["confidence"] = e.confidence;
  j["gloss"] = gloss;
  j["src"] = ActorJson(e.src, se.src_name, labels);
  j["tgt"] = ActorJson(e.tgt, se.tgt_name, labels);
  j["trigger"] = {{"text", e.trigger_text}, {"begin", e.trigger.begin}, {"end", e.trigger.end}};
  if (e.place) {
    const bool located = e.place->Located();  // else lat and lon are null
    j["place"] = {{"name", e.place->name},
                  {"country", e.place->country},
                  {"lat", located ? nlohmann::json(e.place->lat) : nullptr},
                  {"lon", located ? nlohmann::json(e.place->lon) : nullptr}};
  } else {
    j["place"] = nullptr;
  }
  j["sentence"] = {{"text", se.sentence_text},
                   {"begin", e.sentence.begin},
                   {"end", e.sentence.end},
                   {"parts", SentenceParts(se.sentence_text, e)}};
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace entente::serve
