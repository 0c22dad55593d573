// entities/entities.h — who and what the text names, linked to the knowledge base.
//
// Requires tokens (with keys) and lang; assigns entities and mentions. Recognises states
// (names, short forms, demonym adjectives), capitals and seats of power used as metonyms
// (Кремль, Пхеньян, White House), IGOs and blocs, known people (with roles dated, so
// "президент Ірану" resolves to the holder at the document date), media, and unknown people
// introduced by a title + state ("посол Росії в Китаї Ігор Моргулов" → a Russian diplomat), and
// collective actors (lang/*/groups: protesters, police, the opposition, rebels) as
// g:<country>:<role>, their country from a demonym or state beside them, else from the place the
// sentence or document last locates something in; with none of these they are no actor. State
// institutions (lang/*/institutions, kb/institutions: "МИД Великобритании", "the British
// government", "Бундестаг") are g:<country>:<role> of kind "institution", placed like groups, a
// bare form by the latest placed mention of its role in the document.
#ifndef ENTENTE_ENTITIES_ENTITIES_H_
#define ENTENTE_ENTITIES_ENTITIES_H_

#include <memory>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeEntitiesStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_ENTITIES_ENTITIES_H_
