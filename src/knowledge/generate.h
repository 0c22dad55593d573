// knowledge/generate.h — tables the data compiler derives instead of people typing them
// (e.g. state names in every supported language from ICU/CLDR and iso-codes).
#ifndef ENTENTE_KNOWLEDGE_GENERATE_H_
#define ENTENTE_KNOWLEDGE_GENERATE_H_

#include <string>

#include "entente/status.h"
#include "knowledge/pack.h"

namespace entente {

// Adds every generated table to `builder`; `data_dir` is the source data/ folder (generators may
// read curated inputs from it). Fails with a message naming the table that could not be made.
Status AddGeneratedTables(const std::string& data_dir, PackBuilder& builder);

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_GENERATE_H_
