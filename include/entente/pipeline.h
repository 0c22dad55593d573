// entente/pipeline.h — ordered stages over one Doc.
//
//   std::vector<std::unique_ptr<Stage>> stages;
//   stages.push_back(MakeCleanStage(pack));
//   ...
//   auto pipeline = Pipeline::Create(std::move(stages));   // checks requires/assigns
//   if (!pipeline) { std::cerr << pipeline.error(); }
//   pipeline->Process(doc);
//
// A stage declares the Doc fields it requires and those it assigns. Create() fails iff some
// stage requires a field that no earlier stage (nor the reader) assigns.
// Thread-safety: Stage::Process is const and must be safe to call from many threads at once;
// Pipeline::Process is therefore thread-safe too.
#ifndef ENTENTE_PIPELINE_H_
#define ENTENTE_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"

namespace entente {

// Doc fields, as a bit set.
enum Field : uint32_t {
  kFieldText = 1u << 0,        // id, metadata, text (the reader)
  kFieldBlocks = 1u << 1,      // blocks
  kFieldBody = 1u << 2,        // body spans, Block::is_body
  kFieldLang = 1u << 3,        // Doc::lang, Block::lang
  kFieldSentences = 1u << 4,   // sentences
  kFieldTokens = 1u << 5,      // tokens with lower/key
  kFieldEntities = 1u << 6,    // entities, mentions
  kFieldEvents = 1u << 7,      // events
  kFieldStoryTerms = 1u << 8,  // story_terms
  kFieldFraming = 1u << 9,     // framing
};
using FieldSet = uint32_t;
std::string FieldSetName(FieldSet fields);  // "body|lang"

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual FieldSet requires_fields() const = 0;
  virtual FieldSet assigns_fields() const = 0;
  // Fills in the stage's fields. Problems with the document go to doc.errors; a stage never
  // throws for bad input. Stages skip documents that already failed upstream.
  virtual void Process(Doc& doc) const = 0;
};

class Pipeline {
 public:
  // Fails iff a stage requires a field not assigned by `provided` or an earlier stage.
  static Expected<Pipeline> Create(std::vector<std::unique_ptr<Stage>> stages,
                                   FieldSet provided = kFieldText);
  void Process(Doc& doc) const;
  std::vector<std::string_view> StageNames() const;

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace entente

#endif  // ENTENTE_PIPELINE_H_
