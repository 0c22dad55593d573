// events/one_sided.h — events with one side the text does not identify.
//
// Event datasets keep "Insurgents bombarded Aleppo" (unidentified → SYR) and "Kharkiv was
// shelled" (no agent named): the event stage puts such events in Doc::one_sided_events, with
// the unidentified side's EventActor carrying no country, and the words of the unnamed group
// the text gives ("Insurgents"), if any. These helpers find that group and tell whether a side
// is really unidentified rather than out of the role search's reach.
#ifndef ENTENTE_EVENTS_ONE_SIDED_H_
#define ENTENTE_EVENTS_ONE_SIDED_H_

#include <optional>
#include <vector>

#include "events/frames.h"
#include "events/roles.h"

namespace entente {

// Units [b, e) of a phrase in the sentence; empty iff b == e.
struct UnitRange {
  size_t b = 0, e = 0;
  bool empty() const { return b == e; }
};

// Whether the side that the event of `frame`'s trigger at units [tb, te) lacks is unidentified,
// given the side it has, `known` (the target iff `source_missing`); `passive`: the trigger is a
// passive verb. Never when the sentence names an actor with a country none of `known` has, or a
// name the knowledge does not resolve ("the Beijing Olympics"): that side may be out of the role
// search's reach, or uncoded. A missing source is unidentified when an unnamed group
// (LangFrames::unnamed) is the subject ("Insurgents bombarded", "невідомі обстріляли") or a
// passive names no agent ("Kharkiv was shelled", or "by gunmen") with its subject in its clause.
// A missing target is when the frame is no noun's (`agent` or `between` source) and no noun its
// source modifies ("China's assistance", "a Russian attack": a noun leaves its target
// implicit), no wish ("wants to help", `wish` role), and no unresolved name follows
// it ("help iSrael"). Returns the unnamed group's units (empty when the text names none), or
// nullopt iff the side is not unidentified.
std::optional<UnitRange> UnidentifiedSideAt(const Doc& doc, const SentenceView& sv,
                                            const LangFrames& lf, const Frame& frame, size_t tb,
                                            size_t te, bool passive, bool source_missing,
                                            const std::vector<Arg>& known);

// The EventActor of an unidentified side: no country or actor; the group's words, if any.
EventActor UnidentifiedSide(const Doc& doc, const Words& units, UnitRange group);

}  // namespace entente

#endif  // ENTENTE_EVENTS_ONE_SIDED_H_
