// events/discourse.cc — what earlier sentences say: the Discourse record (the last meeting's
// parties, who dealt with whom, actions without a target) and the roles that read it (`event`:
// a noun naming an earlier act; `compl`). Contracts in roles.h.
#include <algorithm>

#include "events/roles.h"

namespace entente {

void Discourse::Record(const Event& e, std::string trigger_keys) {
  if (e.modality == Modality::kNegated) return;
  history_.emplace_back(e.src, e.tgt);
  actions_.push_back({e.cameo, e.src, e.trigger, std::move(trigger_keys), e.sentence});
  // A mediator (CAMEO 045) goes between two sides; it and one of them are no pair ("mediation
  // from the UAE, which hosted consultations between the two sides").
  if (e.cameo == kMediate) return;
  relations_.emplace_back(e.src, e.tgt);
  // The first meeting a sentence reports is its main one ("Lavrov held talks with Wang …,
  // days after Yellen's visit to China").
  if (e.type == "CONSULT" && !(e.sentence == pair_sentence_)) {
    pair_ = {Arg{e.src, 0.75, e.date}, Arg{e.tgt, 0.75, e.date}};
    pair_sentence_ = e.sentence;
  }
}

std::vector<Arg> Discourse::LastPairOrRelation() const {
  if (!pair_.empty()) return pair_;
  for (auto it = relations_.rbegin(); it != relations_.rend(); ++it)
    if (!it->first.country.empty() && !it->second.country.empty() &&
        it->first.country != it->second.country)
      return {Arg{it->first, 0.6, ""}, Arg{it->second, 0.6, ""}};
  return {};
}

std::vector<Arg> Discourse::PartiesWithout(const std::string& country) const {
  std::vector<Arg> pair = LastPairOrRelation();
  if (pair.size() == 2 && pair[0].actor.country != country && pair[1].actor.country != country)
    return pair;
  for (auto it = relations_.rbegin(); it != relations_.rend(); ++it)
    if (!it->first.country.empty() && !it->second.country.empty() &&
        it->first.country != it->second.country && it->first.country != country &&
        it->second.country != country)
      return {Arg{it->first, 0.6, ""}, Arg{it->second, 0.6, ""}};
  return pair;  // the mediator's own counterpart is still one party
}

void Discourse::RecordAction(const std::string& cameo, const EventActor& src, Span trigger,
                             std::string trigger_keys, Span sentence) {
  actions_.push_back({cameo, src, trigger, std::move(trigger_keys), sentence});
}

std::vector<EventActor> Discourse::LastOf(const std::vector<std::string>& prefixes,
                                          std::string_view noun_key, bool all) const {
  auto fits = [&](const Action& a) {
    for (const std::string& p : prefixes)
      if (!p.empty() && a.cameo.rfind(p, 0) == 0) return true;
    return false;
  };
  const std::string word = std::string(noun_key) + " ";
  auto named = [&](const Action& a) {
    return !noun_key.empty() &&
           (a.keys.starts_with(word) || a.keys.find(" " + word) != std::string::npos);
  };
  auto latest = std::find_if(actions_.rbegin(), actions_.rend(),
                             [&](const Action& a) { return fits(a) && named(a); });
  std::vector<EventActor> out;
  auto add = [&](const EventActor& src) {
    if (std::none_of(out.begin(), out.end(),
                     [&](const EventActor& o) { return o.country == src.country; }))
      out.push_back(src);
  };
  for (auto it = latest != actions_.rend() ? latest : actions_.rbegin(); it != actions_.rend();
       ++it) {
    if (!fits(*it)) continue;
    for (const Action& a : actions_)
      if (a.trigger == it->trigger && a.cameo == it->cameo) add(a.src);
    if (!all) break;
    // "Doha called the measures unjustified": every fitting act of the last few sentences that
    // reported acts (four states severed ties, one of them closed its border).
    size_t sentences = 1;
    Span cur = it->sentence;
    for (auto b = std::next(it); b != actions_.rend(); ++b) {
      if (!(b->sentence == cur)) {
        if (++sentences > kAllSentences) break;
        cur = b->sentence;
      }
      if (fits(*b)) add(b->src);
    }
    break;
  }
  return out;
}

std::optional<EventActor> Discourse::Partner(const std::string& country) const {
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->first.country == country) return it->second;
    if (it->second.country == country) return it->first;
  }
  return std::nullopt;
}

std::vector<EventActor> Discourse::NamedAt(Span span) const {
  std::vector<EventActor> out;
  for (const auto& [src, tgt] : history_)
    for (const EventActor* a : {&src, &tgt})
      if (a->span == span && std::none_of(out.begin(), out.end(), [&](const EventActor& o) {
            return o.country == a->country;
          }))
        out.push_back(*a);
  return out;
}

std::vector<Arg> RoleFinder::EventRef(size_t tb, size_t te) const {
  // The earlier act the event noun at unit j refers to: its sources; the noun is consumed even
  // when nothing is known.
  auto refer = [&](size_t j, const EventNoun& n) {
    Arg arg;
    arg.noun = j;
    std::vector<Arg> out;
    // The noun's own author right after it ("заклики Заходу", "calls by the West").
    const size_t k = j + 1 + lf_.AgentPrepAt(sv_.units, j + 1);
    if (const ActorRef* a = StartingAt(k); a && Eligible(*a, false)) {
      out = Group(*a, false, true, 0.75);
      for (Arg& g : out) g.noun = j;
      return out;
    } else if (int num = 0; !a) {
      if (const size_t len = NumberedAt(k, &num))
        if (out = StatesList(num, k, len); !out.empty()) {
          for (Arg& g : out) g.noun = j;
          return out;
        }
    } else {
      out.push_back(arg);  // "решение Гааги": an author is named, and it is no actor
      return out;
    }
    for (const EventActor& src : disc_.LastOf(n.cameo, sv_.units[j].key, n.all)) {
      arg.actor = src;
      arg.actor.text = std::string(doc_.Slice(sv_.units[j].span));
      arg.actor.span = sv_.units[j].span;
      arg.confidence = 0.7;
      out.push_back(arg);
    }
    if (out.empty()) out.push_back(arg);
    return out;
  };
  // From the trigger's second unit: "called the measures illegal" holds its object inside.
  for (size_t j = tb + 1; j < sv_.units.size() && j < te + kPrepToActor; ++j) {
    if (!sv_.units[j].word || Boundary(j) || StartingAt(j)) break;
    for (const EventNoun& n : lf_.event_nouns)
      if (n.word.Matches(sv_.units[j])) {
        // The trigger's own last word ("назвали угрозой") refers only when it finds an act; else
        // the object may stand before the verb.
        std::vector<Arg> r = refer(j, n);
        if (j + 1 == te && r.size() == 1 && r[0].actor.country.empty()) break;
        return r;
      }
  }
  // An object before its verb ("эти обвинения отвергли"): at most two words back; or a noun
  // with its author ("визит российского президента назвали угрозой").
  if (const ActorRef* a = tb > 0 ? EndingAt(tb - 1) : nullptr; a && a->ub > 0)
    if (const EventNoun* n = EventNounAt(a->ub - 1)) return refer(a->ub - 1, *n);
  for (size_t j = tb; j-- > 0 && j + 2 >= tb;) {
    if (!sv_.units[j].word || Boundary(j) || EndingAt(j)) break;
    for (const EventNoun& n : lf_.event_nouns)
      if (n.word.Matches(sv_.units[j])) return refer(j, n);
  }
  return {};
}

std::vector<Arg> RoleFinder::Compl(size_t te) const {
  size_t j = te;
  while (j < sv_.units.size() && sv_.units[j].lower == ",") ++j;
  const size_t len = lf_.compl_open.MatchAt(sv_.units, j);
  if (!len) return {};
  for (size_t k = j + len; k < sv_.units.size() && k < j + len + kPrepToActor; ++k) {
    if (Boundary(k) || Stop(k)) break;
    if (const ActorRef* a = StartingAt(k)) {
      if (Eligible(*a, false) && !a->governed) return Group(*a, false, false, 0.8);
      break;
    }
  }
  return {};
}

}  // namespace entente
