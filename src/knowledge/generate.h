// knowledge/generate.h — tables the data compiler derives instead of people typing them
// (e.g. state names in every supported language from ICU/CLDR and iso-codes).
#ifndef ENTENTE_KNOWLEDGE_GENERATE_H_
#define ENTENTE_KNOWLEDGE_GENERATE_H_

#include <map>
#include <string>
#include <vector>

#include "entente/status.h"
#include "knowledge/pack.h"

namespace entente {

// Adds every generated table to `builder`; `data_dir` is the source data/ folder (generators may
// read curated inputs from it). Fails with a message naming the table that could not be made.
Status AddGeneratedTables(const std::string& data_dir, PackBuilder& builder);

// Adds kb/subdivision_names (code, iso3, name_en, lang, name, curated): the first-level ISO
// 3166-2 subdivisions of the types kb/subdivision_types lists, named in `langs`
// (generate_subdivisions.cc); `curated` is "yes" for a kb/subdivision_edits name. `data` holds the
// curated tables (kb/subdivision_types, kb/subdivision_edits); `iso3_of` maps ISO 3166-1 alpha-2 to
// alpha-3. Fails iff iso-codes cannot be read or an edit is malformed.
Status AddSubdivisionNames(const Pack& data, const std::map<std::string, std::string>& iso3_of,
                           const std::vector<std::string>& langs, PackBuilder& builder);

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_GENERATE_H_
