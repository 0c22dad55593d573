// segment/segment.h — sentences and word tokens.
//
// Requires body and lang; assigns sentences and tokens (Token::span, kind, capitalized; the
// analyse stage fills lower/key). Sentences come from ICU's sentence breaks with the language's
// abbreviations (lang/<code>/abbreviations in the pack) suppressed, so "Ген.", "т.е.",
// "В. В. Путин", "Mr." do not end sentences. Only body blocks are segmented.
#ifndef ENTENTE_SEGMENT_SEGMENT_H_
#define ENTENTE_SEGMENT_SEGMENT_H_

#include <memory>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeSegmentStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_SEGMENT_SEGMENT_H_
