// langid/langid.h — which language each block and the document body are in.
//
// Requires blocks and body; assigns lang (Doc::lang for the body, Block::lang per block).
// Evidence: fastText lid.176.ftz (when the model file is there), CLD2, and letters that only
// some Cyrillic orthographies use (і ї є ґ → uk; ы э ъ ё → ru; ...). Codes are ISO 639-1.
#ifndef ENTENTE_LANGID_LANGID_H_
#define ENTENTE_LANGID_LANGID_H_

#include <memory>
#include <string>
#include <string_view>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeLangIdStage(const Resources& resources);

}  // namespace entente

#endif  // ENTENTE_LANGID_LANGID_H_
