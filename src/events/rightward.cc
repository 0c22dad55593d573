// events/rightward.cc — the role finder's rightward searches: `obj`, `next`, the agent's
// fallback after the trigger, `between:P` and `prep:P` (contracts in roles.h).
#include <algorithm>

#include "events/roles.h"

namespace entente {
namespace {

constexpr size_t kObjWindow = 10;
constexpr size_t kPrepWindow = 12;

// A quotation surely opens (not a straight quote, which closes as often).
bool OpeningQuote(const Unit& u) { return IsOpeningQuote(u.lower) && u.lower != "\""; }

}  // namespace

std::vector<Arg> RoleFinder::Obj(size_t tb, size_t te, bool place,
                                 const std::vector<Arg>* src) const {
  const size_t from = tb + 1;
  size_t proxy_end = 0;               // the unit after the latest proxy noun phrase
  size_t incl_from = 0, incl_to = 0;  // the units of an "including" phrase passed
  for (size_t j = from; j < sv_.units.size() && j < std::max(from, te) + kObjWindow; ++j) {
    if (Stop(j)) break;
    if (const ActorRef* a = StartingAt(j)) {
      // Only a preposition after the trigger governs ("to visit Moscow": "to" does not), and
      // not one of "in particular" ("в частности").
      const bool via_proxy = a->governed && a->gov_unit + 1 == proxy_end;
      const bool governed = a->governed && a->gov_unit >= te && !via_proxy &&
                            !(a->gov_unit >= incl_from && a->gov_unit < incl_to);
      // A city after a proxy noun stands for its country's people ("the mayor of Nablus").
      if (Eligible(*a, place || via_proxy) && !governed) {
        std::vector<Arg> out = Group(*a, false, false, 0.9, place || via_proxy);
        // A preposition inside the trigger ("fired missiles at") says whom, not where.
        if (a->governed && a->gov_unit < te)
          for (Arg& o : out) o.locative = false;
        return out;
      }
      j = a->ue - 1;
      continue;
    }
    if (const size_t len = Proxy(j)) {
      proxy_end = j + len;
      j += len - 1;
      continue;
    }
    if (std::vector<Arg> pair = Sides(j, lf_.sides.MatchAt(sv_.units, j), src); !pair.empty())
      return pair;
    int n = 0;
    if (const size_t len = NumberedAt(j, &n))
      if (std::vector<Arg> list = StatesList(n, j, len); !list.empty()) return list;
    if (std::vector<Arg> p = Pronoun(j, src); !p.empty()) return p;
    // "задержала сотрудников, в том числе двух граждан России": the object goes on.
    if (sv_.units[j].lower == "," && j + 1 < sv_.units.size())
      if (const size_t len = lf_.including.MatchAt(sv_.units, j + 1)) {
        incl_from = j + 1;
        incl_to = j + 1 + len;
        j += len;
        continue;
      }
    if (Boundary(j) || lf_.comp.MatchAt(sv_.units, j) || lf_.rel.MatchAt(sv_.units, j) ||
        ClauseEdge(j))
      break;
  }
  // "Емірати, яким Зеленський висловив подяку", "Ukraine, which Russia invaded": a relative word
  // with an ungoverned actor (the subject) between it and the trigger stands for the object.
  for (size_t j = tb; j-- > floor_ && j + 12 > tb;) {
    if (Boundary(j)) break;
    if (!lf_.rel.MatchAt(sv_.units, j)) continue;
    const bool subject_between =
        std::any_of(sv_.actors.begin(), sv_.actors.end(),
                    [&](const ActorRef& a) { return a.ub > j && a.ue <= tb && !a.governed; });
    if (!subject_between || (j > 0 && lf_.prep.MatchEndingAt(sv_.units, j - 1))) break;
    size_t k = j;
    while (k > 0 && sv_.units[k - 1].lower == ",") --k;
    if (k > 0)
      if (const ActorRef* a = EndingAt(k - 1); a && Eligible(*a, place)) return {ToArg(*a, 0.75)};
    break;
  }
  // "shelling in the east of the Gaza Strip", "a strike on a target southwest of Baghdad": with
  // no party named, where the act happened stands for its target (a `+place` role), as event
  // data sets code it: the first city or region after the trigger in its clause, whatever
  // preposition governs it.
  for (size_t j = te; place && j < sv_.units.size() && j < te + kObjWindow; ++j) {
    if (Stop(j) || Boundary(j) || lf_.comp.MatchAt(sv_.units, j) || lf_.rel.MatchAt(sv_.units, j) ||
        TopicAt(j))
      break;
    if (const ActorRef* a = StartingAt(j)) {
      if ((a->place || a->seat) && Eligible(*a, true)) {
        Arg arg = ToArg(*a, 0.7);
        arg.place = true;
        return {arg};
      }
      j = a->ue - 1;
    }
  }
  return {};
}

std::vector<Arg> RoleFinder::Next(size_t te, const std::vector<Arg>* src) const {
  if (!src || src->empty()) return {};
  auto taken = [&](const ActorRef& a) {
    const Span span = doc_.mentions[a.mention].span;
    return std::any_of(src->begin(), src->end(),
                       [&](const Arg& s) { return s.actor.span == span; });
  };
  bool passed = false;  // the source's actors are behind
  for (size_t j = te; j < sv_.units.size() && j < te + kPrepWindow; ++j) {
    if (Stop(j) || (passed && Boundary(j))) break;
    const ActorRef* a = StartingAt(j);
    if (!a) continue;
    if (taken(*a)) {
      passed = true;
    } else if (passed && Eligible(*a, false) && !a->governed) {
      return Group(*a, false, false, 0.8);
    }
    j = a->ue - 1;
  }
  return {};
}

std::vector<Arg> RoleFinder::After(size_t te) const {
  for (size_t j = te; j < sv_.units.size() && j < te + kPrepWindow; ++j) {
    if (Stop(j) || ClauseEdge(j)) break;
    if (const ActorRef* a = StartingAt(j)) {
      if (Eligible(*a, false) && !a->governed) return Group(*a, false, false, 0.8);
      j = a->ue - 1;
      continue;
    }
    // "переговоры лидеров", "talks of the two sides", "переговоров делегаций двух стран".
    if (j == te || (j == te + 1 && sv_.units[te].word && !sv_.units[te].capitalized))
      if (std::vector<Arg> pair = Sides(j, lf_.sides.MatchAt(sv_.units, j)); !pair.empty())
        return pair;
    if (Boundary(j)) break;
  }
  return {};
}

size_t RoleFinder::PrepAt(const RoleSpec& role, size_t j) const {
  return SequenceAt(sv_.units, j, role.preps);
}

std::vector<Arg> RoleFinder::Between(const RoleSpec& role, size_t te, bool as_target) const {
  for (size_t j = te; j < sv_.units.size() && j < te + kPrepToActor; ++j) {
    if (Boundary(j) || Stop(j)) break;
    const size_t len = PrepAt(role, j);
    if (!len) continue;
    // "consultations between the two sides": the pair named before.
    if (std::vector<Arg> pair = Sides(j + len, lf_.sides.MatchAt(sv_.units, j + len));
        pair.size() == 2) {
      pair.erase(pair.begin() + (as_target ? 0 : 1));
      return pair;
    }
    const ActorRef* a = StartingAt(j + len);
    if (!a || !Eligible(*a, false)) break;
    std::vector<Arg> all = Group(*a, false, true, 0.85);
    if (all.size() < 2) break;
    if (!as_target)
      all.resize(1);
    else
      all.erase(all.begin());
    return all;
  }
  return {};
}

bool RoleFinder::TopicAt(size_t u) const {
  const size_t len = lf_.topic.MatchAt(sv_.units, u);
  return len && !lf_.DateAt(sv_.units, u + len);
}

std::vector<Arg> RoleFinder::Prep(const RoleSpec& role, size_t tb, size_t te,
                                  const std::vector<Arg>* src) const {
  auto prep_len = [&](size_t j) { return PrepAt(role, j); };
  for (size_t j = te; j < sv_.units.size() && j < te + kPrepWindow; ++j) {
    if (Boundary(j) || Stop(j)) break;
    const size_t len = prep_len(j);
    if (!len && role.place && TopicAt(j)) break;
    if (!len) continue;
    size_t proxy_end = 0, limit = j + len + kPrepToActor;
    for (size_t k = j + len; k < sv_.units.size() && k < limit; ++k) {
      if (Stop(k)) return {};
      const ActorRef* a = StartingAt(k);
      // A place after a locative preposition of its own ("з колегою в Харкові") is where, not
      // whom, unless a proxy noun stands before it ("strikes on targets in Yemen").
      if (a && a->place && a->locative && a->gov_unit != j + len - 1 &&
          a->gov_unit + 1 != proxy_end)
        break;
      if (a && Eligible(*a, true)) return Group(*a, false, true, 0.9);
      if (std::vector<Arg> pair = Sides(k, lf_.sides.MatchAt(sv_.units, k), src); !pair.empty())
        return pair;
      int n = 0;
      if (const size_t nlen = NumberedAt(k, &n))
        if (std::vector<Arg> list = StatesList(n, k, nlen); !list.empty()) return list;
      if (std::vector<Arg> p = Pronoun(k, src); !p.empty()) return p;
      if (const size_t plen = Proxy(k)) {
        proxy_end = k + plen;
        limit = proxy_end + 1;
        k = proxy_end - 1;
        continue;
      }
      // "проти «Хезболли»": a name in quotes.
      if (!sv_.units[k].word && !OpeningQuote(sv_.units[k])) break;
    }
  }
  // "з якою Росія підписала": the antecedent of the relative word.
  for (size_t j = tb; j-- > 0 && j + 8 > tb;) {
    const size_t len = prep_len(j);
    if (!len || j + len >= tb || !lf_.rel.MatchAt(sv_.units, j + len)) continue;
    size_t k = j;
    while (k > 0 && sv_.units[k - 1].lower == ",") --k;
    if (k > 0)
      if (const ActorRef* a = EndingAt(k - 1); a && Eligible(*a, true)) return {ToArg(*a, 0.8)};
    break;
  }
  return {};
}

}  // namespace entente
