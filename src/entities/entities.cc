// PLACEHOLDER — replaced by the real stage.
#include "entities/entities.h"

namespace entente {
namespace {
class EntitiesStage : public Stage {
 public:
  std::string_view name() const override { return "entities"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldEntities; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeEntitiesStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<EntitiesStage>());
}
}  // namespace entente
