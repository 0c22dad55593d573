// events/events.h — who did what to whom: PLOVER types with CAMEO codes, roles, modality, date.
//
// Requires sentences, tokens and entities; assigns events. Triggers and their argument frames
// are per-language data (lang/<code>/events in the pack); modality cues (negation, plans,
// hedges, reported speech) are data too (lang/<code>/modality). Event dates are resolved
// against the publication date ("19 березня" in a 2024-03-20 article → 2024-03-19).
#ifndef ENTENTE_EVENTS_EVENTS_H_
#define ENTENTE_EVENTS_EVENTS_H_

#include <memory>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeEventsStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_EVENTS_EVENTS_H_
