// export/gdelt.cc — stored events as rows of the GDELT 2.0 Event table (61 tab-separated
// columns, no header, as GDELT ships its *.export.CSV files).
//
// How entente's fields fill GDELT's columns (columns not listed stay empty):
//   (rows)              one per real-world event (StoredEvent::cluster) that `filter` selects:
//                       the first of its mentions in the store's order (the earliest) fills
//                       the row.
//   GLOBALEVENTID       GdeltEventId(cluster id): stable across exports and re-ingests; the
//                       mentions table carries the same id for every mention.
//   SQLDATE, MonthYear, Year, FractionDate
//                       the event's own date, else the publication date. A partial date is
//                       filed under its first day ("2024-04" → 20240401, "2024" → 20240101).
//                       FractionDate = Year + ((Month-1)·30 + Day) / 365, which is what GDELT's
//                       files hold (20190125 → 2019.0685).
//   ActorNCode          country code + sector, CAMEO style ("RUSGOV", "CHN"); IGO and REG codes
//                       without the colon ("IGO:ICC" → "IGOICC", "REG:WEST" → "REGWEST"), not
//                       CAMEO's own IGO codes ("IGOUNO").
//   ActorNName          the actor's English name (its entity, else its country code's), else
//                       the words of the text.
//   ActorNCountryCode   the ISO-3 code (CAMEO's country codes are ISO-3); empty for IGO/REG.
//   ActorNKnownGroupCode the IGO's abbreviation ("ICC") for IGO actors.
//   ActorNType1Code     the actor's sector (GOV, MIL, …); "IGO" for an IGO without one.
//   IsRootEvent         1 iff the event's sentence starts in the first two body blocks of its
//                       document (a headline and the lead paragraph; the whole body when the
//                       document has one block), the nearest entente has to GDELT's "lead
//                       paragraph".
//   EventCode, EventBaseCode, EventRootCode
//                       the CAMEO code, its first 3 digits, its first 2.
//   QuadClass, GoldsteinScale  from kb/cameo (a code it lacks: its base's or root's row).
//   NumMentions, NumSources, NumArticles
//                       the event's mentions, distinct outlets (a document without one counts
//                       as its own) and distinct documents, among those `filter` selects.
//   AvgTone             the mean tone of the documents that report the event (DocTones: framing
//                       lexicon hits, (approving − hostile) per 100 words); 0 without any.
//   Actor1Geo_*, Actor2Geo_*  Type 0 and nothing else, as GDELT writes an unknown location.
//   ActionGeo_*         the event's place: Type 4 (world city) with name and lat/long when it
//                       has coordinates, else Type 1 (country) with the country's name; Type 0
//                       when the event has no place. CountryCode is ISO-3, not GDELT's FIPS
//                       10-4; ADM1/ADM2/FeatureID stay empty.
//   DATEADDED           the publication date as YYYYMMDD000000 (deterministic: not the time of
//                       the export); the event's date when the document has none.
//   SOURCEURL           the document's URL, else its id.
#include <set>
#include <unordered_map>

#include "export/export.h"
#include "export/internal.h"

namespace entente::exporting {
namespace {

struct Side {
  std::string code, name, country, known_group, type1;
};

// What the event table says of one actor. Entity sectors are read once per actor id.
class SideNamer {
 public:
  SideNamer(Store& store, const Reference& kb) : store_(store), kb_(kb) {}

  Expected<Side> Of(const EventActor& a, const std::string& stored_name) {
    Side s;
    if (a.country.empty() && a.actor.empty()) return s;  // GDELT leaves an unknown actor blank
    std::string sector;
    if (!a.actor.empty()) {
      auto found = sectors_.find(a.actor);
      if (found == sectors_.end()) {
        auto entities = store_.FindEntities({a.actor});
        if (!entities) return entities.error();
        // Bounded: the cache is dropped rather than grown past what one export needs.
        if (sectors_.size() > 100000) sectors_.clear();
        found = sectors_.emplace(a.actor, entities->empty() ? "" : entities->front().sector).first;
      }
      sector = found->second;
    }
    const bool igo = a.country.rfind("IGO:", 0) == 0, region = a.country.rfind("REG:", 0) == 0;
    for (char c : a.country) {
      if (c != ':') s.code += c;
    }
    s.code += sector;
    if (!igo && !region) s.country = a.country;
    if (igo) s.known_group = a.country.substr(4);
    s.type1 = sector.empty() && igo ? "IGO" : sector;
    s.name = stored_name;
    if (s.name.empty()) s.name = kb_.CodeName(a.country);
    if (s.name.empty()) s.name = a.text;
    return s;
  }

 private:
  Store& store_;
  const Reference& kb_;
  std::unordered_map<std::string, std::string> sectors_;
};

void AddSide(std::vector<std::string>& row, const Side& s) {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
  // Type1Code, Type2Code, Type3Code.
  for (const std::string* f : {&s.code, &s.name, &s.country, &s.known_group}) row.push_back(*f);
  row.insert(row.end(), 3, "");
  row.push_back(s.type1);
  row.insert(row.end(), 2, "");
}

void AddGeo(std::vector<std::string>& row, const std::optional<Place>& place, const Reference& kb) {
  // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
  if (!place) {
    row.push_back("0");
    row.insert(row.end(), 7, "");
    return;
  }
  const bool located = place->Located();
  std::string name = place->name;
  if (!located && !kb.CodeName(place->country).empty()) name = kb.CodeName(place->country);
  row.push_back(located ? "4" : "1");
  row.push_back(name);
  row.push_back(place->country);
  row.insert(row.end(), 2, "");
  row.push_back(located ? Number(place->lat, 6) : "");
  row.push_back(located ? Number(place->lon, 6) : "");
  row.push_back("");
}

// The event is in the lead: its sentence starts before the end of the second body block.
bool IsRoot(const Event& e, const Doc* doc) {
  if (!doc || doc->body.empty()) return true;
  const Span lead = doc->body[std::min<size_t>(1, doc->body.size() - 1)];
  return e.sentence.begin < lead.end;
}

}  // namespace

Status WriteGdeltEvents(Store& store, const Reference& kb, const EventFilter& filter,
                        std::ostream& out) {
  // First pass: how often, where and by whom each real-world event is reported.
  struct Reports {
    int mentions = 0;
    std::set<std::string> documents, outlets;
    bool written = false;
  };
  std::unordered_map<std::string, Reports> reports;
  Status counted = store.ForEachEvent(filter, [&](const StoredEvent& s) {
    Reports& r = reports[s.cluster.empty() ? s.id : s.cluster];
    ++r.mentions;
    r.documents.insert(s.doc_id);
    r.outlets.insert(s.source.empty() ? "doc:" + s.doc_id : s.source);
  });
  if (!counted.ok()) return counted;
  auto tones = DocTones(store);
  if (!tones) return tones.error();
  auto avg_tone = [&](const Reports& r) {
    double sum = 0;
    for (const std::string& d : r.documents)
      if (auto it = tones->find(d); it != tones->end()) sum += it->second;
    return r.documents.empty() ? 0.0 : sum / static_cast<double>(r.documents.size());
  };

  SideNamer namer(store, kb);
  DocCache docs(store);
  Status failure;
  std::vector<std::string> row;
  Status st = store.ForEachEvent(filter, [&](const StoredEvent& s) {
    if (!failure.ok() || !out) return;  // an error stops the output; the query runs out
    const std::string& event_id = s.cluster.empty() ? s.id : s.cluster;
    Reports& r = reports[event_id];
    if (r.written) return;  // a later mention of an event already written
    r.written = true;
    const Event& e = s.event;
    auto src = namer.Of(e.src, s.src_name);
    auto tgt = namer.Of(e.tgt, s.tgt_name);
    auto doc = docs.Get(s.doc_id);
    if (!src || !tgt || !doc) {
      failure = !src ? src.error() : !tgt ? tgt.error() : doc.error();
      return;
    }

    std::optional<Ymd> date = ParseDate(e.date);
    if (!date) date = ParseDate(s.pub_date);
    std::optional<Ymd> added = ParseDate(s.pub_date);
    if (!added) added = date;
    row.clear();
    row.push_back(std::to_string(GdeltEventId(event_id)));
    if (date) {
      const std::string day = Yyyymmdd(*date);
      const int month = date->m ? date->m : 1, dom = date->d ? date->d : 1;
      row.push_back(day);
      row.push_back(day.substr(0, 6));
      row.push_back(day.substr(0, 4));
      row.push_back(Number(date->y + ((month - 1) * 30 + dom) / 365.0, 4));
    } else {
      row.insert(row.end(), 4, "");
    }
    AddSide(row, *src);
    AddSide(row, *tgt);
    row.push_back(IsRoot(e, *doc) ? "1" : "0");
    const CameoInfo* cameo = kb.Cameo(e.cameo);
    row.push_back(e.cameo);
    row.push_back(e.cameo.substr(0, 3));
    row.push_back(e.cameo.substr(0, 2));
    row.push_back(cameo ? std::to_string(cameo->quad_class) : "");
    row.push_back(cameo ? Number(cameo->goldstein, 1) : "");
    row.push_back(std::to_string(r.mentions));
    row.push_back(std::to_string(r.outlets.size()));
    row.push_back(std::to_string(r.documents.size()));
    row.push_back(Number(avg_tone(r), 4));  // AvgTone
    AddGeo(row, std::nullopt, kb);
    AddGeo(row, std::nullopt, kb);
    AddGeo(row, e.place, kb);
    row.push_back(added ? Yyyymmdd(*added) + "000000" : "");
    row.push_back(s.url.empty() ? s.doc_id : s.url);

    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out << '\t';
      out << TsvField(row[i]);
    }
    out << '\n';
  });
  return st.ok() ? failure : st;
}

}  // namespace entente::exporting
