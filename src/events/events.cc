// events — who did what to whom (contract in events.h).
//
// Per sentence, after entities: frames (frames.h) are matched over the sentence's word units
// (never inside an actor's mention); the longest frame at a position wins. Each frame names how
// its source and target are found (roles.h); the resulting pairs become events with the PLOVER
// type of the frame's CAMEO code (kb/cameo), the modality of the nearest cues, the date the
// sentence states (or the one in force in its paragraph) and the place named with a locative
// preposition. Guards: no event with src == tgt (by code), one per (src, type, tgt) and sentence,
// at most kMaxPerSentence per sentence, none without both a source and a target.
#include "events/events.h"

#include <algorithm>
#include <map>
#include <set>

#include "events/dates.h"
#include "events/frames.h"
#include "events/roles.h"

namespace entente {
namespace {

constexpr size_t kMaxPerSentence = 6;
constexpr size_t kMaxGap = 3;

std::string Slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out.push_back(c);
    else if (!out.empty() && out.back() != '_')
      out.push_back('_');
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

int Rank(Modality m) {
  switch (m) {
    case Modality::kNegated:
      return 5;
    case Modality::kPlanned:
      return 4;
    case Modality::kIntended:
      return 3;
    case Modality::kHedged:
      return 2;
    case Modality::kReported:
      return 1;
    default:
      return 0;
  }
}

class EventsStage : public Stage {
 public:
  explicit EventsStage(const Resources& r) : keys_(r) {}
  std::string_view name() const override { return "events"; }
  FieldSet requires_fields() const override {
    return kFieldSentences | kFieldTokens | kFieldEntities;
  }
  FieldSet assigns_fields() const override { return kFieldEvents; }

  Status Init(const Resources& r) {
    if (!r.pack) return Status::Error("events: no data pack");
    langs_ = LoadFrames(*r.pack, keys_);
    if (const Table* t = r.pack->Find("kb/cameo"))
      for (size_t i = 0; i < t->rows(); ++i)
        cameo_type_[std::string(t->Cell(i, "code"))] = std::string(t->Cell(i, "plover_type"));
    if (const Table* t = r.pack->Find("kb/people"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (!t->Cell(i, "gender").empty())
          gender_[std::string(t->Cell(i, "id"))] = t->Cell(i, "gender")[0];
    if (const Table* t = r.pack->Find("kb/places"))
      for (size_t i = 0; i < t->rows(); ++i) {
        Place p{std::string(t->Cell(i, "name_en")), std::string(t->Cell(i, "iso3")),
                std::atof(std::string(t->Cell(i, "lat")).c_str()),
                std::atof(std::string(t->Cell(i, "lon")).c_str())};
        places_.emplace("place:" + Slug(p.name), std::move(p));
      }
    return Status();
  }

  void Process(Doc& doc) const override;

 private:
  Modality FindModality(const std::vector<Unit>& units, const LangFrames& lf, size_t tb,
                        const Doc& doc, const SentenceView& sv, std::string* attribution) const;

  MatchKeys keys_;
  std::map<std::string, LangFrames, std::less<>> langs_;
  std::map<std::string, std::string, std::less<>> cameo_type_;
  std::map<std::string, char, std::less<>> gender_;
  std::map<std::string, Place, std::less<>> places_;
};

Modality EventsStage::FindModality(const std::vector<Unit>& units, const LangFrames& lf, size_t tb,
                                   const Doc& doc, const SentenceView& sv,
                                   std::string* attribution) const {
  Modality best = Modality::kAsserted;
  for (size_t i = 0; i < units.size(); ++i) {
    for (const Cue& c : lf.cues) {
      const size_t end = c.words.MatchAt(units, i, 1, nullptr);
      if (!end) continue;
      bool applies = false;
      if (c.scope == Cue::kSentence) {
        applies = true;
      } else if (end <= tb + 1 && i <= tb) {
        if (c.scope == Cue::kNear) {
          applies = tb + 1 - end <= 3 || i == tb;
        } else {
          applies = tb - i <= 14;
          for (size_t k = end; k < tb && applies; ++k)
            if (lf.boundary.MatchAt(units, k)) applies = false;
        }
      }
      if (!applies || Rank(c.modality) <= Rank(best)) continue;
      best = c.modality;
      if (c.modality == Modality::kReported && attribution) {
        // The source named next to the cue: a person, media or organisation mention.
        const ActorRef* near = nullptr;
        size_t dist = 5;
        for (const ActorRef& a : sv.actors) {
          const size_t d = a.ub >= end ? a.ub - end : (i >= a.ue ? i - a.ue : 0);
          if (d < dist) {
            dist = d;
            near = &a;
          }
        }
        *attribution = near
                           ? std::string(doc.Slice(doc.mentions[near->mention].span))
                           : std::string(doc.Slice({units[i].span.begin, units[end - 1].span.end}));
      }
    }
  }
  return best;
}

void EventsStage::Process(Doc& doc) const {
  if (doc.failed()) return;
  doc.events.clear();
  const std::string pub = doc.date.substr(0, 10);
  Discourse disc;
  std::vector<SentenceView> views = BuildViews(doc, keys_, langs_, gender_);
  std::string carried;
  uint32_t carried_block = UINT32_MAX;
  for (size_t si = 0; si < views.size(); ++si) {
    SentenceView& sv = views[si];
    const Sentence& s = doc.sentences[si];
    auto lit = langs_.find(sv.lang);
    if (lit == langs_.end()) lit = langs_.find("en");
    if (lit == langs_.end()) continue;
    const LangFrames& lf = lit->second;
    const std::vector<Unit>& units = sv.units;
    // Date in force: the sentence's own, else the one stated earlier in the paragraph.
    bool planned_cue = false;
    for (size_t i = 0; i < units.size() && !planned_cue; ++i)
      for (const Cue& c : lf.cues)
        if (c.modality == Modality::kPlanned && c.words.MatchAt(units, i, 1, nullptr))
          planned_cue = true;
    SentenceDate sd = FindDate(units, lf, pub, planned_cue);
    if (s.block != carried_block) carried.clear();
    if (!sd.date.empty()) carried = sd.date;
    carried_block = s.block;
    const std::string date = carried;
    // Place: a place entity after a locative preposition.
    std::optional<Place> place;
    for (const ActorRef& a : sv.actors) {
      const Entity& e = doc.entities[doc.mentions[a.mention].entity];
      if (e.kind != "place" || !a.locative) continue;
      if (auto it = places_.find(e.id); it != places_.end()) place = it->second;
      break;
    }
    std::vector<bool> used(units.size(), false);
    for (const ActorRef& a : sv.actors)
      for (size_t u = a.ub; u < a.ue; ++u) used[u] = true;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    size_t count = 0;
    for (size_t i = 0; i < units.size() && count < kMaxPerSentence; ++i) {
      if (used[i] || !units[i].word) continue;
      const Frame* best = nullptr;
      std::vector<size_t> best_hit, hit;
      for (const Frame& f : lf.frames) {
        if (!f.trigger.MatchAt(units, i, kMaxGap, &hit)) continue;
        bool clean = true;
        for (size_t h : hit) clean &= !used[h];
        if (!clean) continue;
        if (!best || hit.size() > best_hit.size()) {
          best = &f;
          best_hit = hit;
        }
      }
      if (!best) continue;
      for (size_t h : best_hit) used[h] = true;
      auto type_it = cameo_type_.find(best->cameo);
      if (type_it == cameo_type_.end() || type_it->second.empty()) continue;
      const std::string& type = type_it->second;
      const size_t tb = best_hit.front(), te = best_hit.back() + 1;
      RoleFinder finder(doc, sv, lf, disc, views, si);
      std::vector<Arg> src, tgt;
      for (const RoleSpec& r : best->src)
        if (!(src = finder.Find(r, tb, te, nullptr)).empty()) break;
      for (const RoleSpec& r : best->tgt)
        if (!(tgt = finder.Find(r, tb, te, src.empty() ? nullptr : &src.front())).empty()) break;
      std::string event_date = date;
      if (event_date.empty())
        for (const Arg& a : src)
          if (!a.date.empty()) event_date = a.date;
      // Reciprocal: coordinated sources and no target meet each other.
      if (tgt.empty() && src.size() >= 2 &&
          (type == "CONSULT" || type == "AGREE" || type == "SUPPORT" || type == "COOPERATE")) {
        tgt.assign(src.begin() + 1, src.end());
        src.resize(1);
      }
      if (src.empty() || tgt.empty()) continue;
      std::string attribution;
      const Modality modality = FindModality(units, lf, tb, doc, sv, &attribution);
      for (const Arg& a : src)
        for (const Arg& b : tgt) {
          if (count >= kMaxPerSentence) break;
          if (a.actor.country.empty() || b.actor.country.empty() ||
              a.actor.country == b.actor.country)
            continue;
          if (!seen.emplace(a.actor.country, type, b.actor.country).second) continue;
          Event ev;
          ev.src = a.actor;
          ev.tgt = b.actor;
          ev.type = type;
          ev.cameo = best->cameo;
          ev.mode = best->mode;
          ev.trigger = {units[tb].span.begin, units[te - 1].span.end};
          ev.trigger_text = std::string(doc.Slice(ev.trigger));
          ev.date = event_date;
          ev.modality = modality;
          if (modality == Modality::kReported) ev.attribution = attribution;
          ev.place = place;
          ev.sentence = s.span;
          ev.confidence =
              std::min(a.confidence, b.confidence) * (modality == Modality::kHedged ? 0.8 : 1.0);
          disc.Record(ev);
          doc.events.push_back(std::move(ev));
          ++count;
        }
    }
  }
}

}  // namespace

Expected<std::unique_ptr<Stage>> MakeEventsStage(const Resources& resources) {
  auto stage = std::make_unique<EventsStage>(resources);
  if (Status s = stage->Init(resources); !s.ok()) return s;
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace entente
