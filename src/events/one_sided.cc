// events/one_sided.cc — finding unidentified sides (contract in one_sided.h).
#include "events/one_sided.h"

#include <algorithm>
#include <cctype>

namespace entente {
namespace {

// Words an unnamed group may stand from its verb or preposition: an article and two modifiers.
constexpr size_t kGroupWindow = 4;
// How far left of its verb a subject group may begin ("The civilians imprisoned for acting
// against Moscow were released").
constexpr size_t kSubjectWindow = 10;

bool ClauseEnd(const Words& units, const LangFrames& lf, size_t u) {
  return lf.boundary.MatchAt(units, u) > 0 || units[u].lower == ",";
}

// The unnamed-group phrase nearest before unit `tb` in its clause, not before `floor`, governed
// by no preposition; empty iff none.
UnitRange UnnamedBefore(const Words& units, const LangFrames& lf, size_t tb, size_t floor) {
  const size_t low = std::max(floor, tb > kSubjectWindow ? tb - kSubjectWindow : 0);
  for (size_t j = tb; j-- > low;) {
    if (ClauseEnd(units, lf, j)) break;
    const size_t len = lf.UnnamedAt(units, j);
    if (!len || j + len > tb) continue;
    // A longer phrase ending there ("unknown attackers") holds the one found.
    const size_t end = j + len;
    for (size_t k = j > low + 2 ? j - 2 : low; k < j; ++k)
      if (lf.UnnamedAt(units, k) == end - k) {
        j = k;
        break;
      }
    // "attacks on civilians", "Opponents of …" as the object of a preposition: no subject.
    size_t k = j;
    if (k > 0 && lf.det.MatchEndingAt(units, k - 1)) --k;
    if (k > 0 && lf.prep.MatchEndingAt(units, k - 1)) continue;
    return {j, end};
  }
  return {};
}

// The unnamed-group phrase among the few words from unit `from` on, before a clause boundary or
// an actor; empty iff none.
UnitRange UnnamedAfter(const Words& units, const LangFrames& lf, const SentenceView& sv,
                       size_t from) {
  for (size_t u = from, words = 0; u < units.size() && words <= kGroupWindow; ++u) {
    if (ClauseEnd(units, lf, u)) break;
    for (const ActorRef& a : sv.actors)
      if (a.ub == u) return {};
    if (const size_t len = lf.UnnamedAt(units, u)) return {u, u + len};
    if (units[u].word) ++words;
  }
  return {};
}

// True iff among the few words from unit `from` on, before a clause boundary, one has a capital
// letter and is no date: a name the entities stage did not take.
bool NameAfter(const Doc& doc, const Words& units, const LangFrames& lf, size_t from) {
  for (size_t u = from, words = 0; u < units.size() && words <= kGroupWindow; ++u) {
    if (ClauseEnd(units, lf, u)) break;
    if (!units[u].word) continue;
    ++words;
    const std::string_view text = doc.Slice(units[u].span);
    const bool capital = units[u].capitalized || std::any_of(text.begin(), text.end(), [](char c) {
                           return std::isupper(static_cast<unsigned char>(c));
                         });
    if (capital && !lf.DateAt(units, u)) return true;
  }
  return false;
}

// True iff the sentence names an actor with a country none of `sides` has, or one with no
// country that is no media outlet (a name the knowledge does not resolve).
bool OtherActorNamed(const Doc& doc, const SentenceView& sv, const std::vector<Arg>& sides) {
  for (const ActorRef& a : sv.actors) {
    const Entity& e = doc.entities[doc.mentions[a.mention].ActorEntity()];
    if (e.country.empty() ? e.kind != "media"
                          : std::none_of(sides.begin(), sides.end(), [&](const Arg& s) {
                              return s.actor.country == e.country;
                            }))
      return true;
  }
  return false;
}

// True iff an actor right before unit `tb` modifies it as a demonym or possessive.
bool NounOfItsSource(const Doc& doc, const SentenceView& sv, size_t tb) {
  for (const ActorRef& a : sv.actors)
    if (a.ue == tb && (doc.mentions[a.mention].name.empty() ||  // a demonym adjective
                       IsPossessive(sv.units[a.ue - 1].lower)))
      return true;
  return false;
}

}  // namespace

std::optional<UnitRange> UnidentifiedSideAt(const Doc& doc, const SentenceView& sv,
                                            const LangFrames& lf, const Frame& frame, size_t tb,
                                            size_t te, bool passive, bool source_missing,
                                            const std::vector<Arg>& known) {
  const Words& units = sv.units;
  if (OtherActorNamed(doc, sv, known)) return std::nullopt;
  if (!source_missing) {
    // A noun frame (`agent`, `between` sources: "the war", "зустріч", "поставки") leaves its
    // target implicit.
    if (frame.src.front().kind == RoleSpec::kAgent || frame.src.front().kind == RoleSpec::kBetween)
      return std::nullopt;
    const bool wish = std::any_of(frame.tgt.begin(), frame.tgt.end(),
                                  [](const RoleSpec& r) { return r.kind == RoleSpec::kWish; });
    if (wish || NounOfItsSource(doc, sv, tb) || (!passive && NameAfter(doc, units, lf, te)))
      return std::nullopt;
    return passive ? UnnamedBefore(units, lf, tb, 0) : UnnamedAfter(units, lf, sv, te);
  }
  if (!passive) {
    const UnitRange group = UnnamedBefore(units, lf, tb, 0);
    if (group.empty()) return std::nullopt;
    return group;
  }
  // An agentless passive's subject stands in its clause ("hostages to be freed" after a comma
  // is no passive of the actors before it).
  for (const Arg& a : known)
    for (size_t u = 0; u < tb; ++u)
      if (units[u].span.begin >= a.actor.span.end && ClauseEnd(units, lf, u)) return std::nullopt;
  if (const size_t by = lf.AgentPrepAt(units, te)) return UnnamedAfter(units, lf, sv, te + by);
  return UnitRange{};
}

EventActor UnidentifiedSide(const Doc& doc, const Words& units, UnitRange group) {
  EventActor side;
  if (group.empty()) return side;
  side.span = {units[group.b].span.begin, units[group.e - 1].span.end};
  side.text = std::string(doc.Slice(side.span));
  return side;
}

}  // namespace entente
