// PLACEHOLDER — replaced by the real stage.
#include "events/events.h"

namespace entente {
namespace {
class EventsStage : public Stage {
 public:
  std::string_view name() const override { return "events"; }
  FieldSet requires_fields() const override { return kFieldSentences | kFieldTokens | kFieldEntities; }
  FieldSet assigns_fields() const override { return kFieldEvents; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeEventsStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<EventsStage>());
}
}  // namespace entente
