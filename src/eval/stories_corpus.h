// eval/stories_corpus.h — a corpus of documents labelled by story, for scoring story clustering.
//
// The corpus file is TSV (`#` comments, header `path<TAB>story<TAB>date<TAB>part`; date and part
// optional: a plain-text file's publication date, and the part of the corpus it is scored in,
// by default its folder's name); paths are relative to the file's folder unless absolute:
//   - a folder holding <topic>/raw/ is a BSNLP data root: each raw document, story = its topic;
//   - a file is one plain-text document (id = path without extension) with the row's story.
// Fails iff the corpus file cannot be read, a row is malformed, or a listed path is missing.
#ifndef ENTENTE_EVAL_STORIES_CORPUS_H_
#define ENTENTE_EVAL_STORIES_CORPUS_H_

#include <string>
#include <vector>

#include "entente/status.h"

namespace entente {

struct StoryDoc {
  std::string id, story, part;  // part: "bsnlp", or the file row's part
  std::string date, text;       // publication date when the source gives one
};

Expected<std::vector<StoryDoc>> LoadStoryCorpus(const std::string& corpus_path);

}  // namespace entente

#endif  // ENTENTE_EVAL_STORIES_CORPUS_H_
