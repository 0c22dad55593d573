// entente/options.h — how an Engine is set up.
#ifndef ENTENTE_OPTIONS_H_
#define ENTENTE_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace entente {

struct Options {
  // Compiled data pack; empty = $ENTENTE_DATA or the one this build made.
  std::string data_pack;
  // fastText lid.176.ftz; empty = $ENTENTE_LID_MODEL or the path set at build time. When the
  // file is missing, language id runs on CLD2 and letter evidence alone and says so once.
  std::string lid_model;
  // Documents larger than this get a "too_large" error and are not processed.
  size_t max_doc_bytes = 10u << 20;
  // Publication date for documents that carry none (YYYY-MM-DD); may be empty.
  std::string default_date;
  // Stage names in the order to run them; empty = the default pipeline
  // (clean, langid, segment, analyse, entities, events). A prefix such as {"clean", "langid"}
  // runs only body detection and language id. Engine::Create refuses unknown names and orders
  // in which a stage would read what no earlier stage wrote.
  std::vector<std::string> stages;
  // Lines that recur across earlier documents of the same site count as page furniture
  // (clean/furniture_memory.h). That makes a document's result depend on which documents of its
  // site were processed before it; false makes every document's result depend on the document
  // alone, so that runs in any order, on any number of threads or machines, agree exactly.
  bool site_memory = true;
};

}  // namespace entente

#endif  // ENTENTE_OPTIONS_H_
