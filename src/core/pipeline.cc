#include "entente/pipeline.h"

namespace entente {

std::string FieldSetName(FieldSet fields) {
  static constexpr std::pair<Field, const char*> kNames[] = {{kFieldText, "text"},
                                                             {kFieldBlocks, "blocks"},
                                                             {kFieldBody, "body"},
                                                             {kFieldLang, "lang"},
                                                             {kFieldSentences, "sentences"},
                                                             {kFieldTokens, "tokens"},
                                                             {kFieldEntities, "entities"},
                                                             {kFieldEvents, "events"},
                                                             {kFieldStoryTerms, "story_terms"},
                                                             {kFieldFraming, "framing"}};
  std::string out;
  for (auto [bit, name] : kNames) {
    if (!(fields & bit)) continue;
    if (!out.empty()) out += '|';
    out += name;
  }
  return out.empty() ? "none" : out;
}

Expected<Pipeline> Pipeline::Create(std::vector<std::unique_ptr<Stage>> stages, FieldSet provided) {
  FieldSet have = provided;
  for (const auto& stage : stages) {
    FieldSet missing = stage->requires_fields() & ~have;
    if (missing)
      return Status::Error("stage '" + std::string(stage->name()) + "' requires " +
                           FieldSetName(missing) + ", which no earlier stage assigns");
    have |= stage->assigns_fields();
  }
  Pipeline p;
  p.stages_ = std::move(stages);
  return p;
}

void Pipeline::Process(Doc& doc) const {
  for (const auto& stage : stages_) {
    if (doc.failed()) return;
    stage->Process(doc);
  }
}

std::vector<std::string_view> Pipeline::StageNames() const {
  std::vector<std::string_view> names;
  for (const auto& s : stages_) names.push_back(s->name());
  return names;
}

}  // namespace entente
