#include "entente/engine.h"

#include <algorithm>
#include <iterator>

#include "analyse/analyse.h"
#include "clean/clean.h"
#include "entities/entities.h"
#include "events/events.h"
#include "framing/framing.h"
#include "knowledge/pack.h"
#include "knowledge/resources.h"
#include "langid/langid.h"
#include "segment/segment.h"
#include "stories/stories.h"

namespace entente {

Expected<Engine> Engine::Create(const Options& options) {
  Resources resources;
  resources.options = options;
  auto pack = Pack::Load(options.data_pack.empty() ? DefaultPackPath() : options.data_pack);
  if (!pack) return pack.error();
  resources.pack = *pack;

  using Factory = Expected<std::unique_ptr<Stage>> (*)(const Resources&);
  static constexpr std::pair<std::string_view, Factory> kStages[] = {
      {"clean", MakeCleanStage},
      {"langid", MakeLangIdStage},
      {"segment", MakeSegmentStage},
      {"analyse", MakeAnalyseStage},
      {"entities", MakeEntitiesStage},
      {"events", MakeEventsStage},
      {"story_terms", MakeStoryTermsStage},
      {"framing", MakeFramingStage}};
  std::vector<std::string> names = options.stages;
  if (names.empty())
    for (const auto& [name, make] : kStages) names.emplace_back(name);
  std::vector<std::unique_ptr<Stage>> stages;
  for (const std::string& name : names) {
    auto known = std::find_if(std::begin(kStages), std::end(kStages),
                              [&](const auto& s) { return s.first == name; });
    if (known == std::end(kStages))
      return Status::Error(
          "unknown stage '" + name +
          "' (stages: clean, langid, segment, analyse, entities, events, story_terms, framing)");
    auto stage = known->second(resources);
    if (!stage) return stage.error();
    stages.push_back(std::move(*stage));
  }
  auto pipeline = Pipeline::Create(std::move(stages));
  if (!pipeline) return pipeline.error();
  Engine engine;
  engine.options_ = options;
  engine.pipeline_ = std::make_shared<const Pipeline>(std::move(*pipeline));
  return engine;
}

void Engine::Process(Doc& doc) const {
  if (doc.failed()) return;
  if (doc.text.size() > options_.max_doc_bytes) {
    doc.AddError("too_large", "document is " + std::to_string(doc.text.size()) +
                                  " bytes, over the limit of " +
                                  std::to_string(options_.max_doc_bytes));
    return;
  }
  if (doc.date.empty()) doc.date = options_.default_date;
  pipeline_->Process(doc);
}

}  // namespace entente
