// tools/datac/lexicon.h — build-time tables that need the language layer's keys.
#ifndef ENTENTE_TOOLS_DATAC_LEXICON_H_
#define ENTENTE_TOOLS_DATAC_LEXICON_H_

#include <string>

#include "entente/status.h"
#include "knowledge/pack.h"

namespace entente {

// For each row of lang/hunspell in `pack`, reads <hunspell_dir>/<dictionary>.dic and adds
// lang/<code>/common_words (column key): the sorted, distinct MatchKeys::Key of every word the
// dictionary writes in lower case. Fails iff a listed dictionary cannot be read.
Status AddCommonWords(const Pack& pack, const std::string& hunspell_dir, PackBuilder& builder);

// Builds the gazetteer from `pack` with every name keyed now and adds its derived/gazetteer/*
// tables (Gazetteer::AddDerivedTables), which the engine then loads instead of keying names.
Status AddGazetteerTables(const Pack& pack, PackBuilder& builder);

}  // namespace entente

#endif  // ENTENTE_TOOLS_DATAC_LEXICON_H_
