// entente/engine.h — the default pipeline, ready to run.
//
//   auto engine = Engine::Create(Options{});
//   if (!engine) { std::cerr << engine.error() << "\n"; return 2; }
//   Doc doc; doc.id = "x"; doc.text = "...";
//   engine->Process(doc);   // fills body, lang, sentences, tokens, entities, events
//
// Create() loads the data pack and the language-id model and checks the stage order.
// Thread-safety: Process() may be called from many threads at once.
#ifndef ENTENTE_ENGINE_H_
#define ENTENTE_ENGINE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "entente/doc.h"
#include "entente/options.h"
#include "entente/pipeline.h"
#include "entente/status.h"

namespace entente {

class Engine {
 public:
  static Expected<Engine> Create(const Options& options);
  // Runs every stage; skips a document that already carries errors (e.g. from its reader),
  // and gives a "too_large" error to one over Options::max_doc_bytes.
  void Process(Doc& doc) const;
  std::vector<std::string_view> StageNames() const { return pipeline_->StageNames(); }
  const Options& options() const { return options_; }

 private:
  Options options_;
  std::shared_ptr<const Pipeline> pipeline_;
};

}  // namespace entente

#endif  // ENTENTE_ENGINE_H_
