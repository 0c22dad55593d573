// events/modality.h — the modality of an event (asserted, negated, planned, intended, hedged,
// reported) from the cues of its sentence (lang/<code>/modality, frames.h Cue).
// Thread-safety: plain functions.
#ifndef ENTENTE_EVENTS_MODALITY_H_
#define ENTENTE_EVENTS_MODALITY_H_

#include <string>
#include <vector>

#include "entente/doc.h"
#include "events/frames.h"
#include "events/roles.h"

namespace entente {

// A modality cue found in a sentence: units [i, end); masked iff inside an "asserted" cue.
struct CueHit {
  size_t i, end;
  const Cue* cue;
  bool masked;
};

// Every cue of the sentence, by position then by the cue's order in its table.
std::vector<CueHit> CueHits(const Words& units, const LangFrames& lf);

// The strongest cue of `hits` that applies to the trigger at units [tb, te); for a reported one,
// `attribution` gets the source named next to the cue (a mention within 5 units, else the cue's
// own words).
Modality FindModality(const std::vector<CueHit>& hits, const Words& units, const LangFrames& lf,
                      size_t tb, size_t te, const Doc& doc, const SentenceView& sv,
                      std::string* attribution);

}  // namespace entente

#endif  // ENTENTE_EVENTS_MODALITY_H_
