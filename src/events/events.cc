// events — who did what to whom (contract in events.h).
//
// Per sentence, after entities: frames (frames.h) are matched over the sentence's word units
// (never inside an actor's mention); the longest frame at a position wins. Each frame names how
// its source and target are found (roles.h); the resulting pairs become events with the PLOVER
// type of the frame's CAMEO code (kb/cameo), the modality of the nearest cues, the date the
// sentence states (or the one in force in its paragraph) and the place named with a locative
// preposition. Guards: no event with src == tgt (by code, unless one side is not the state's:
// kb/sectors), one per (src, type, tgt) and sentence,
// at most kMaxPerSentence per sentence, none without both a source and a target (an event whose
// other side the text leaves unidentified goes to Doc::one_sided_events). A city as the
// target (an attack on Kharkiv) stands for its country and is the event's place. An action in the
// complement of a request, threat, refusal or accusation is not coded as its own
// (EnclosingRequest). Actions without a target are remembered for event nouns ("condemned the
// launch").
#include "events/events.h"

#include <algorithm>
#include <map>
#include <set>

#include "entities/gazetteer.h"
#include "events/dates.h"
#include "events/frames.h"
#include "events/modality.h"
#include "events/one_sided.h"
#include "events/roles.h"

namespace entente {
namespace {

constexpr size_t kMaxPerSentence = 10;
constexpr size_t kMaxGap = 3;
constexpr size_t kComplWindow = 12;

// A frame matched in a sentence: its trigger spans units [tb, te).
struct Match {
  const Frame* frame;
  std::string type;
  size_t tb, te;
};

bool HasRole(const std::vector<RoleSpec>& roles, RoleSpec::Kind kind) {
  for (const RoleSpec& r : roles)
    if (r.kind == kind) return true;
  return false;
}

// The request, threat, refusal or accusation whose complement holds match `mi`, or null: the
// nearest earlier REQUEST, THREATEN, REJECT or ACCUSE trigger of the sentence within kComplWindow
// units, with no clause boundary between them other than a complement opener ("щоб", "that"), and
// no verb of saying.
const Match* EnclosingRequest(const std::vector<Match>& matches, size_t mi, const Words& units,
                              const LangFrames& lf) {
  const Match& m = matches[mi];
  // A speaker's threat or claim is the content of whatever verb says it, coded as its own.
  if (HasRole(m.frame->src, RoleSpec::kSpeaker)) return nullptr;
  for (size_t k = mi; k-- > 0;) {
    const Match& r = matches[k];
    if (r.type != "REQUEST" && r.type != "THREATEN" && r.type != "REJECT" && r.type != "ACCUSE")
      continue;
    // A speaker's claim ("drones that violated its airspace during a Russian attack") governs
    // no complement.
    if (HasRole(r.frame->src, RoleSpec::kSpeaker)) continue;
    if (r.te > m.tb || m.tb - r.te > kComplWindow) return nullptr;
    // A verb of saying between them opens a statement of its own ("called the measures
    // illegitimate and said Moscow would respond").
    for (size_t u = r.te; u <= m.tb; ++u)
      if ((u < m.tb && lf.boundary.MatchAt(units, u) && !lf.compl_open.MatchAt(units, u)) ||
          lf.ClaimVerb(units, u))
        return nullptr;
    return &r;
  }
  return nullptr;
}

// True iff the subject `subj` found inside the complement of `req` heads an independent clause
// ("…, and Russia attacked Kharkiv"): a real conjunction and no complement opener stand between
// the request and it. Otherwise it is the addressee or the subject of the requested action ("urged
// the EU to impose…", "demanded that Russia withdraw").
bool OwnSubject(const Match& req, const std::vector<Arg>& subj, const SentenceView& sv,
                const LangFrames& lf, const Doc& doc) {
  size_t ub = sv.units.size();
  for (const Arg& s : subj)
    for (const ActorRef& a : sv.actors)
      if (doc.mentions[a.mention].span == s.actor.span) ub = std::min(ub, a.ub);
  if (ub == sv.units.size()) return false;  // a pronoun or "the sides": not in the complement
  bool conj = false;
  for (size_t u = req.te; u < ub; ++u) {
    if (lf.compl_open.MatchAt(sv.units, u)) return false;
    if (lf.conj.MatchAt(sv.units, u) && sv.units[u].lower != ",") conj = true;
  }
  return conj;
}

// Steps back from unit `u` (exclusive) over at most two lower-case words that are no conjunction,
// preposition or auxiliary ("and also urged", "and then"), not below `floor`; returns where it
// stopped.
size_t SkipAdverbs(const Words& units, const LangFrames& lf, size_t u, size_t floor) {
  for (int n = 0; n < 2 && u > floor; ++n) {
    const Unit& w = units[u - 1];
    if (!w.word || w.capitalized || lf.conj.MatchEndingAt(units, u - 1) ||
        lf.prep.MatchEndingAt(units, u - 1) || lf.passive.MatchEndingAt(units, u - 1))
      break;
    --u;
  }
  return u;
}

// The earlier match of the sentence whose subject match `mi` shares, or SIZE_MAX: the trigger
// follows a coordinating conjunction right after the earlier verb's clause ("welcomed the
// decision and urged the bloc", "…, but warned"), or it is an adverbial participle after a comma
// ("…, accusing it of"). Only a conjunction or comma with nothing but up to two adverbs before
// the trigger counts: "and Russia attacked" has its own subject.
size_t SharedSubject(const std::vector<Match>& matches, size_t mi, const Words& units,
                     const LangFrames& lf) {
  if (mi == 0) return SIZE_MAX;
  const Match& m = matches[mi];
  const Match& prev = matches[mi - 1];
  if (prev.te > m.tb) return SIZE_MAX;
  const size_t u = SkipAdverbs(units, lf, m.tb, prev.te);
  if (u == 0 || u <= prev.te) return SIZE_MAX;
  if (lf.but.MatchEndingAt(units, u - 1)) return mi - 1;  // "…, but warned that…"
  const size_t len = lf.conj.MatchEndingAt(units, u - 1);
  if (!len) return SIZE_MAX;
  const bool comma_only = len == 1 && units[u - 1].lower == ",";
  if (comma_only && !lf.Participle(units[m.tb])) return SIZE_MAX;
  return mi - 1;
}

// True iff the verb trigger at units [tb, te) is passive: an auxiliary stands right before it (or
// before one adverb), or an agent preposition right after it; and it is no participle of the
// progressive ("was meeting").
bool Passive(const Words& units, const LangFrames& lf, size_t tb, size_t te) {
  if (lf.passive.Empty() || lf.Participle(units[tb])) return false;
  // A participle right before its agent ("rebels backed by Rwanda"); after an article it is a
  // noun and its agent ("the attack by Russia", "the first visit by").
  if (const size_t by = lf.AgentPrepAt(units, te); by && !lf.DateAt(units, te + by))
    return !(tb > 0 && lf.det.MatchEndingAt(units, tb - 1)) &&
           !(tb > 1 && lf.det.MatchEndingAt(units, tb - 2));
  const size_t u = SkipAdverbs(units, lf, tb, 0);
  if (u + 1 < tb) return false;
  return u > 0 && lf.passive.MatchEndingAt(units, u - 1) > 0;
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
    for (const auto& [group, t] : r.pack->FindGroup("kb/people/", "/people"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (!t->Cell(i, "gender").empty())
          gender_[std::string(t->Cell(i, "id"))] = t->Cell(i, "gender")[0];
    // Seats of power: capitals (by their place entity) and government buildings.
    if (const Table* t = r.pack->Find("kb/metonyms"))
      for (size_t i = 0; i < t->rows(); ++i)
        seats_.insert((t->Cell(i, "kind") == "capital" ? "place:" : "gov:") +
                      Slug(t->Cell(i, "name_en")));
    // A state's entity id, as the gazetteer gives it (entities/gazetteer.cc): its QID where
    // known, else "state:<ISO>". Roles that name a state the text does not (a protest's own
    // government) produce "state:<ISO>"; this maps it to the id the rest of the store uses.
    if (const Table* t = r.pack->Find("kb/state_qids"))
      for (size_t i = 0; i < t->rows(); ++i)
        state_ids_["state:" + std::string(t->Cell(i, "iso3"))] = std::string(t->Cell(i, "qid"));
    if (const Table* t = r.pack->Find("kb/sectors"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (t->Cell(i, "state") == "no") non_state_sectors_.emplace(t->Cell(i, "code"));
    if (const Table* t = r.pack->Find("kb/places"))
      for (size_t i = 0; i < t->rows(); ++i) {
        Place p{std::string(t->Cell(i, "name_en")), std::string(t->Cell(i, "iso3")),
                std::atof(std::string(t->Cell(i, "lat")).c_str()),
                std::atof(std::string(t->Cell(i, "lon")).c_str())};
        places_.emplace("place:" + Slug(p.name), std::move(p));
      }
    // First-level subdivisions (entities/gazetteer.cc): no coordinates known.
    if (const Table* t = r.pack->Find("kb/subdivision_names"))
      for (size_t i = 0; i < t->rows(); ++i)
        places_.try_emplace(
            "adm:" + std::string(t->Cell(i, "code")),
            Place{std::string(t->Cell(i, "name_en")), std::string(t->Cell(i, "iso3")), 0, 0});
    return Status();
  }

  void Process(Doc& doc) const override;

 private:
  MatchKeys keys_;
  std::map<std::string, LangFrames, std::less<>> langs_;
  std::map<std::string, std::string, std::less<>> cameo_type_;
  std::map<std::string, char, std::less<>> gender_;
  std::map<std::string, Place, std::less<>> places_;
  std::map<std::string, std::string> state_ids_;  // "state:<ISO>" → the state's QID
  std::set<std::string, std::less<>> seats_;
  std::set<std::string, std::less<>> non_state_sectors_;  // kb/sectors rows with state "no"
};

void EventsStage::Process(Doc& doc) const {
  if (doc.failed()) return;
  doc.events.clear();
  doc.one_sided_events.clear();
  const std::string pub = doc.date.substr(0, 10);
  Discourse disc;
  // Actors not acting for their state (protesters, rebels, the opposition) by entity id: with
  // them, an event inside one country is coded (a domestic event).
  std::set<std::string_view> non_state;
  for (const Entity& e : doc.entities)
    if (non_state_sectors_.count(e.sector)) non_state.insert(e.id);
  std::vector<SentenceView> views = BuildViews(doc, keys_, langs_, gender_, seats_);
  std::vector<size_t> order;       // the matches in the order roles are found (pledges last)
  std::vector<bool> pledge, gave;  // a match is a pledge of the next; it gave an event
  std::string carried;
  uint32_t carried_block = UINT32_MAX;
  for (size_t si = 0; si < views.size(); ++si) {
    SentenceView& sv = views[si];
    const Sentence& s = doc.sentences[si];
    auto lit = langs_.find(sv.lang);
    if (lit == langs_.end()) lit = langs_.find("en");
    if (lit == langs_.end()) continue;
    const LangFrames& lf = lit->second;
    const Words& units = sv.units;
    // Date in force: the sentence's own, else the one stated earlier in the paragraph.
    const std::vector<CueHit> cues = CueHits(units, lf);
    const bool planned_cue = std::any_of(cues.begin(), cues.end(), [](const CueHit& h) {
      return h.cue->modality == Modality::kPlanned;
    });
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
    std::vector<size_t> actor_end(units.size(), 0);
    for (const ActorRef& a : sv.actors) {
      for (size_t u = a.ub; u < a.ue; ++u) used[u] = true;
      actor_end[a.ub] = std::max(actor_end[a.ub], a.ue);
    }
    // Pass 1: triggers, the longest frame at each position.
    std::vector<Match> matches;
    std::vector<bool> trig(units.size(), false);
    std::vector<uint32_t> cand;
    for (size_t i = 0; i < units.size(); ++i) {
      if (used[i] || !units[i].word) continue;
      const Frame* best = nullptr;
      std::vector<size_t> best_hit, hit;
      lf.frame_index.Candidates(units, i, &cand);
      for (uint32_t fi : cand) {
        const Frame& f = lf.frames[fi];
        if (!f.trigger.MatchAt(units, i, kMaxGap, &hit, &actor_end)) continue;
        bool clean = true;
        for (size_t h : hit) clean &= !used[h];
        if (!clean) continue;
        if (!best || hit.size() > best_hit.size()) {
          best = &f;
          best_hit = hit;
        }
      }
      if (!best) continue;
      for (size_t h : best_hit) used[h] = trig[h] = true;
      auto type_it = cameo_type_.find(best->cameo);
      if (type_it == cameo_type_.end() || type_it->second.empty()) continue;
      matches.push_back({best, type_it->second, best_hit.front(), best_hit.back() + 1});
    }
    // Pass 2: roles.
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    // One-sided events of the sentence: (source unidentified, known side's country, type).
    std::set<std::tuple<bool, std::string, std::string>> one_sided;
    std::vector<bool> consumed(units.size(), false);         // event nouns taken by an "event" role
    std::vector<std::vector<Arg>> subjects(matches.size());  // each match's source
    std::vector<bool> addressed(matches.size(), false);      // each match found a target
    // "пообіцяв, що Тегеран «заплатить»": a verb of saying whose content is its speaker's threat
    // or claim is coded as that content, not as itself (a promise).
    for (const Match& m : matches) {
      if (!HasRole(m.frame->src, RoleSpec::kSpeaker)) continue;
      const size_t j = SpeechVerbBefore(units, lf, m.tb);
      for (const Match& o : matches)
        if (j != SIZE_MAX && o.tb <= j && j < o.te) consumed[o.tb] = true;
    }
    // "pledged to expel …", "пообіцяв вислати…": a commitment (`act` role) whose infinitive is
    // itself coded is taken after that act, and codes nothing when the act gave an event.
    order.resize(matches.size());
    pledge.assign(matches.size(), false);
    gave.assign(matches.size(), false);
    for (size_t k = 0; k < matches.size(); ++k) order[k] = k;
    for (size_t k = 0; k + 1 < matches.size(); ++k)
      if (HasRole(matches[k].frame->tgt, RoleSpec::kAct) && (k == 0 || !pledge[k - 1]) &&
          lf.InfinitiveAt(units, matches[k].te) == matches[k + 1].tb)
        std::swap(order[k], order[k + 1]), pledge[k] = true;
    // A conjunction that joins a second verb ("welcomed the plan and urged Kyiv") ends the first
    // verb's rightward searches.
    std::vector<bool> coordination(units.size(), false);
    for (size_t k = 1; k < matches.size(); ++k)
      if (SharedSubject(matches, k, units, lf) != SIZE_MAX)
        coordination[SkipAdverbs(units, lf, matches[k].tb, matches[k - 1].te) - 1] = true;
    size_t count = 0;
    std::vector<bool> stops;  // each match's, reused
    for (size_t oi = 0; oi < matches.size() && count < kMaxPerSentence; ++oi) {
      const size_t mi = order[oi];
      const Frame* best = matches[mi].frame;
      const std::string& type = matches[mi].type;
      const size_t tb = matches[mi].tb, te = matches[mi].te;
      if (consumed[tb] || (pledge[mi] && gave[mi + 1])) continue;
      RoleFinder finder(doc, sv, lf, disc, views, si);
      // A request's addressee stands before the requested action: its rightward searches stop
      // at other triggers and at infinitives.
      stops = coordination;
      if (type == "REQUEST") {
        for (size_t u = te; u < units.size(); ++u)
          stops[u] = stops[u] || trig[u] || lf.Infinitive(units[u]);
      }
      finder.SetLimits(0, &stops);
      // An action in a request's complement ("закликав партнерів посилити санкції") is not the
      // requester's: its subject is looked for inside the complement only, and it is coded only
      // when that subject heads a clause of its own.
      // A verb coordinated with the request itself ("warned Kyiv and shelled Kharkiv") is not in
      // its complement.
      const Match* req = EnclosingRequest(matches, mi, units, lf);
      size_t shared = SharedSubject(matches, mi, units, lf);
      // "called the strikes an act of war and vowed…": a verb coordinated with an action in a
      // complement shares the subject of the verb whose complement that is.
      if (shared != SIZE_MAX)
        if (const Match* outer = EnclosingRequest(matches, shared, units, lf))
          shared = static_cast<size_t>(outer - matches.data());
      // An event noun inside a longer trigger's gap ("called the strikes an act of war and
      // vowed…") is no verb: the longer trigger is.
      for (size_t k = shared; shared != SIZE_MAX && k-- > 0;)
        if (matches[k].tb < matches[shared].tb && matches[shared].tb < matches[k].te) shared = k;
      // "осудила нападение и вызвала посла": an event noun an earlier verb took as its object is
      // no verb either.
      while (shared != SIZE_MAX && shared > 0 && consumed[matches[shared].tb]) --shared;
      if (req && shared != SIZE_MAX && &matches[shared] == req) req = nullptr;
      // A request of a `wish` frame that named no addressee ("wants to strike Iran") asks nothing
      // of anyone: its complement is the requester's own wish (its source, at most intended).
      const bool wished =
          req && HasRole(req->frame->tgt, RoleSpec::kWish) && !addressed[req - matches.data()];
      if (wished) {
        shared = static_cast<size_t>(req - matches.data());
        req = nullptr;
      }
      if (req) {
        finder.SetLimits(req->te, &stops);
        shared = SIZE_MAX;
      }
      std::vector<Arg> src, tgt;
      const bool subject_first =
          best->src.front().kind == RoleSpec::kSubj || best->src.front().kind == RoleSpec::kAgent;
      const bool passive_form = subject_first && !lf.by.empty() && Passive(units, lf, tb, te);
      if (passive_form && HasRole(best->tgt, RoleSpec::kObj)) {
        // "Russia's envoy was summoned by Poland": the subject is the target (a city, where the
        // object may be one: "Kharkiv was shelled").
        RoleSpec subj, by;
        for (const RoleSpec& r : best->tgt) subj.place |= r.kind == RoleSpec::kObj && r.place;
        by.kind = RoleSpec::kPrep;
        by.preps = lf.by;
        tgt = shared != SIZE_MAX ? subjects[shared] : finder.Find(subj, tb, te, nullptr);
        src = finder.Find(by, tb, te, tgt.empty() ? nullptr : &tgt);
        // No agent named: the frame's `last:` role, whoever last did such a thing ("Canada was
        // hit with tariffs").
        for (const RoleSpec& r : best->src)
          if (src.empty() && r.kind == RoleSpec::kLast)
            src = finder.Find(r, tb, te, tgt.empty() ? nullptr : &tgt);
        // "Операция была поддержана Австралией": an agent in the instrumental, and a subject that
        // names an earlier act (its sources are the target).
        if (src.empty() && lf.bare_agent) {
          RoleSpec obj, event;
          obj.kind = RoleSpec::kObj;
          event.kind = RoleSpec::kEvent;
          src = finder.Find(obj, tb, te, tgt.empty() ? nullptr : &tgt);
          if (!src.empty() && tgt.empty()) tgt = finder.Find(event, tb, te, &src);
        }
      } else {
        // A shared subject is taken even when the first verb had none ("Protesters attacked
        // embassies…, accusing the West"): the nearest actor to the left is not it.
        // A noun's missing agent is no subject to share ("Under the deal, Iran will … and grant").
        // "a rocket was fired at Israel from Gaza": with no object role, a passive's subject is
        // the thing done; the doer follows the agent preposition, else a later source role.
        const bool passive = subject_first && !lf.by.empty() && Passive(units, lf, tb, te);
        if (passive) {
          RoleSpec by;
          by.kind = RoleSpec::kPrep;
          by.preps = lf.by;
          src = finder.Find(by, tb, te, nullptr);
          for (const RoleSpec& r : best->src)
            if (src.empty() && r.kind != RoleSpec::kSubj && r.kind != RoleSpec::kAgent)
              src = finder.Find(r, tb, te, nullptr);
        } else if (subject_first && shared != SIZE_MAX &&
                   !(subjects[shared].empty() &&
                     matches[shared].frame->src.front().kind != RoleSpec::kSubj))
          src = subjects[shared];
        else
          for (const RoleSpec& r : best->src)
            if (!(src = finder.Find(r, tb, te, nullptr)).empty()) break;
        // A role that finds only the source itself ("в Каире … при посредничестве Египта": the
        // seat of the mediator) gives way to the next one.
        auto self_only = [&](const std::vector<Arg>& t) {
          return !src.empty() && std::all_of(t.begin(), t.end(), [&](const Arg& a) {
            return std::any_of(src.begin(), src.end(), [&](const Arg& s) {
              return s.actor.actor == a.actor.actor ||
                     (a.locative && a.place && s.actor.country == a.actor.country);
            });
          });
        };
        for (size_t r = 0; r < best->tgt.size(); ++r)
          if (!(tgt = finder.Find(best->tgt[r], tb, te, src.empty() ? nullptr : &src)).empty() &&
              (r + 1 == best->tgt.size() || !self_only(tgt)))
            break;
        // "refused to meet with the United States", "threatened to strike Israel": a threat or
        // refusal without a target of its own takes the target of the action in its complement
        // (which is not coded itself). A request's is not its addressee ("urged allies to
        // sanction Iran").
        if (tgt.empty() && type != "REQUEST" && mi + 1 < matches.size() &&
            EnclosingRequest(matches, mi + 1, units, lf) == &matches[mi]) {
          const Match& inner = matches[mi + 1];
          for (const RoleSpec& r : inner.frame->tgt)
            if (!(tgt = finder.Find(r, inner.tb, inner.te, src.empty() ? nullptr : &src)).empty())
              break;
        }
        subjects[mi] = src;
      }
      addressed[mi] = !tgt.empty();
      for (const Arg& b : tgt)
        if (b.noun != SIZE_MAX) consumed[b.noun] = true;
      if (req && !OwnSubject(*req, src, sv, lf, doc)) continue;
      std::string event_date = date;
      if (event_date.empty())
        for (const Arg& a : src)
          if (!a.date.empty()) event_date = a.date;
      // Reciprocal: coordinated sources and no target meet each other; a frame with a `mutual`
      // target ("exchanged prisoners") acts both ways.
      // "Moscow and Kyiv accused each other": the sources are also the targets.
      bool each_other = false;
      for (size_t u = te; u < units.size() && u < te + 4 && !each_other; ++u)
        each_other = lf.each_other.MatchAt(units, u) > 0;
      if (each_other && src.size() >= 2) tgt.clear();
      // A meeting or agreement of several ("the leaders of Ukraine, Russia, France and Germany
      // met") pairs its subjects with each other once (not the givers of support received).
      bool pairs_once = false;
      if (tgt.empty() && src.size() >= 2 && (each_other || HasRole(best->tgt, RoleSpec::kMutual))) {
        tgt = src;
      } else if (tgt.empty() && src.size() >= 2 && !HasRole(best->tgt, RoleSpec::kSubj) &&
                 (type == "CONSULT" || type == "AGREE" || type == "SUPPORT" ||
                  type == "COOPERATE")) {
        tgt = src;
        pairs_once = true;
      }
      std::string trigger_keys;
      for (size_t u = tb; u < te; ++u)
        if (units[u].word) (trigger_keys += units[u].key) += ' ';
      std::string attribution;
      Modality modality = FindModality(cues, units, lf, tb, te, doc, sv, &attribution);
      // A speaker's threat or claim is asserted: the speaking is the event. A threat speaks of
      // the future by nature: "would"/"will" in it are no plan of the threatener's.
      if (modality != Modality::kNegated && HasRole(best->src, RoleSpec::kSpeaker))
        modality = Modality::kAsserted;
      if (type == "THREATEN" && (modality == Modality::kPlanned || modality == Modality::kIntended))
        modality = Modality::kAsserted;
      if (wished && modality == Modality::kAsserted) modality = Modality::kIntended;
      // An act of force its own source announces or wishes is its threat (LangFrames::Intent);
      // told by another speaker ("Kyiv said Moscow will strike") it stays that act, planned.
      std::string ev_type = type, ev_cameo = best->cameo, ev_mode = best->mode;
      if (modality == Modality::kPlanned || modality == Modality::kIntended)
        if (const LangFrames::Intent* in = lf.IntentFor(best->cameo);
            in && cameo_type_.count(in->cameo) && finder.OwnStatement(tb, te, src)) {
          ev_type = cameo_type_.at(in->cameo);
          ev_cameo = in->cameo;
          ev_mode = in->mode;
          modality = Modality::kAsserted;
        }
      // An action without a target is remembered for later references ("condemned the launch").
      if (tgt.empty() && modality != Modality::kNegated)
        for (const Arg& a : src)
          disc.RecordAction(best->cameo, a.actor, {units[tb].span.begin, units[te - 1].span.end},
                            trigger_keys, s.span);
      // An event src→tgt of this sentence with its trigger, date, modality and place; a city as
      // the target `target_arg` (an attack on Kharkiv) is also where it happened.
      auto make_event = [&](const EventActor& src_actor, const EventActor& tgt_actor,
                            const std::string& ev_type, const std::string& cameo,
                            const std::string& mode, Span trigger, Modality mod,
                            const Arg& target_arg) {
        Event ev;
        ev.src = src_actor;
        ev.tgt = tgt_actor;
        for (EventActor* side : {&ev.src, &ev.tgt})
          if (auto it = state_ids_.find(side->actor); it != state_ids_.end())
            side->actor = it->second;
        ev.type = ev_type;
        ev.cameo = cameo;
        ev.mode = mode;
        ev.trigger = trigger;
        ev.trigger_text = std::string(doc.Slice(trigger));
        ev.date = event_date;
        ev.modality = mod;
        if (mod == Modality::kReported) ev.attribution = attribution;
        ev.place = place;
        if (target_arg.place)
          if (auto it = places_.find(target_arg.actor.actor); it != places_.end())
            ev.place = it->second;
        ev.sentence = s.span;
        return ev;
      };
      // One event a→b, unless a side has no country, a domestic event lacks two actors, or the
      // sentence has it already.
      auto emit = [&](const Arg& a, const Arg& b, const std::string& ev_type,
                      const std::string& cameo, const std::string& mode, Span trigger,
                      Modality mod) {
        if (count >= kMaxPerSentence) return;
        if (a.actor.country.empty() || b.actor.country.empty()) return;
        // A domestic event needs two actors: not a place its country stands for ("rebels'
        // offensive in Syria").
        if (a.actor.country == b.actor.country &&
            (a.actor.actor == b.actor.actor || b.place ||
             (b.locative && !non_state.count(b.actor.actor)) ||
             !(non_state.count(a.actor.actor) || non_state.count(b.actor.actor))))
          return;
        if (!seen.emplace(a.actor.country, ev_type, b.actor.country).second) return;
        Event ev = make_event(a.actor, b.actor, ev_type, cameo, mode, trigger, mod, b);
        ev.confidence =
            std::min(a.confidence, b.confidence) * (mod == Modality::kHedged ? 0.8 : 1.0);
        disc.Record(ev, trigger_keys);
        doc.events.push_back(std::move(ev));
        ++count;
      };
      // A reported act with no target named still accuses its doer, the subject before it ("the
      // US said that Iraq had attacked"), below. A passive's agent follows it: for a one-sided
      // event it stays ("were released by Putin"). A noun after an article is no passive ("there
      // was a pause in the bombing").
      const bool passive = passive_form && !(tb > 0 && lf.det.MatchEndingAt(units, tb - 1));
      std::vector<Arg> agent_after;
      if (tgt.empty() && !src.empty()) {
        if (passive) agent_after = src;
        src.erase(std::remove_if(
                      src.begin(), src.end(),
                      [&](const Arg& a) { return a.actor.span.begin >= units[tb].span.begin; }),
                  src.end());
        if (!src.empty()) agent_after.clear();
        // "Gunmen attacked Kabul": an agent found only after the verb, with no target, is the
        // target, of an event with no source named (one-sided below).
        if (src.empty() && !passive)
          for (const RoleSpec& r : best->tgt)
            if (!(tgt = finder.Find(r, tb, te, nullptr)).empty()) break;
      }
      const Span trigger = {units[tb].span.begin, units[te - 1].span.end};
      const size_t emitted = count, sided = doc.one_sided_events.size();
      for (size_t ai = 0; ai < src.size(); ++ai)
        for (size_t bi = pairs_once ? ai + 1 : 0; bi < tgt.size(); ++bi)
          emit(src[ai], tgt[bi], ev_type, ev_cameo, ev_mode, trigger, modality);
      // One side found and the other unidentified (one_sided.h): a one-sided event.
      const std::vector<Arg>& known_src = agent_after.empty() ? src : agent_after;
      if (count == emitted && known_src.empty() != tgt.empty())
        if (const std::optional<UnitRange> group =
                UnidentifiedSideAt(doc, sv, lf, *best, tb, te, passive, known_src.empty(),
                                   known_src.empty() ? tgt : known_src)) {
          const EventActor unidentified = UnidentifiedSide(doc, units, *group);
          const bool known_is_target = known_src.empty();
          for (const Arg& known : known_is_target ? tgt : known_src) {
            if (known.actor.country.empty() || one_sided.size() >= kMaxPerSentence ||
                !one_sided.emplace(known_is_target, known.actor.country, ev_type).second)
              continue;
            Event ev = make_event(known_is_target ? unidentified : known.actor,
                                  known_is_target ? known.actor : unidentified, ev_type, ev_cameo,
                                  ev_mode, trigger, modality, known_is_target ? known : Arg{});
            ev.confidence = known.confidence * (modality == Modality::kHedged ? 0.8 : 1.0);
            doc.one_sided_events.push_back(std::move(ev));
          }
        }
      gave[mi] = count > emitted || doc.one_sided_events.size() > sided;
      if (src.empty()) continue;
      // "Kyiv said Russian drones struck Odesa": reporting another party's hostile act accuses it
      // (asserted: the saying is the event).
      if (modality != Modality::kReported) continue;
      const size_t said = SpeechVerbBefore(units, lf, tb);
      const LangFrames::Accusing* accusing =
          said == SIZE_MAX ? nullptr : lf.AccusingVerb(units[said], best->cameo);
      if (!accusing) continue;
      auto accusation = cameo_type_.find(accusing->cameo);
      if (accusation == cameo_type_.end()) continue;
      RoleSpec speaker;
      speaker.kind = RoleSpec::kSpeaker;
      for (const Arg& accuser : finder.Find(speaker, tb, te, &src))
        for (const Arg& a : src)
          emit(accuser, a, accusation->second, accusing->cameo, accusing->mode, units[said].span,
               Modality::kAsserted);
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
