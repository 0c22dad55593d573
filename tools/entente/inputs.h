// tools/entente/inputs.h — what the commands that read inputs share (extract, ingest, submit):
// the engine, the readers over the inputs, and --meta's per-id metadata.
#ifndef ENTENTE_TOOLS_INPUTS_H_
#define ENTENTE_TOOLS_INPUTS_H_

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "commands.h"
#include "entente/engine.h"
#include "read/reader.h"

namespace entente::cli {

// Per-id metadata from --meta (for inputs such as .txt files that carry none).
class Metadata {
 public:
  // Reads a JSONL file of {"id", "date", "source", "url", "lang"}; "" reads nothing.
  Status Load(const std::string& path);
  // Fills the empty metadata fields of `doc` from its id's line, if any.
  void Apply(Doc& doc) const;

 private:
  std::map<std::string, nlohmann::json> by_id_;
};

// The engine (unless `with_engine` is false), the reader and the metadata. Open prints its own
// errors and returns false on any.
struct Setup {
  std::unique_ptr<Engine> engine;
  std::unique_ptr<DocReader> reader;
  Metadata meta;
  bool Open(const InputArgs& args, bool with_engine = true);
  // The next document as read, with --meta applied; false at the end.
  bool Next(Doc& doc);
};

// Creates the engine for `options`; prints the error and returns null when it cannot.
std::unique_ptr<Engine> CreateEngine(const Options& options);

}  // namespace entente::cli

#endif  // ENTENTE_TOOLS_INPUTS_H_
