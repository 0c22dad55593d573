// clean/clean.h — page furniture vs article body.
//
// Requires text; assigns blocks (splitting the text into lines/paragraphs when the reader did
// not) and body (Doc::body spans, Block::is_body). The title block is kept. Decisions use
// per-language data from the pack (lang/<code>/furniture: phrases such as "Читайте також",
// "Новости партнёров", "Leave a reply") and block shape: length, sentence-likeness,
// punctuation, stop-word density, list/tag-line shape.
#ifndef ENTENTE_CLEAN_CLEAN_H_
#define ENTENTE_CLEAN_CLEAN_H_

#include <memory>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeCleanStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_CLEAN_CLEAN_H_
