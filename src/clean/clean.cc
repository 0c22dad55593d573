// PLACEHOLDER — replaced by the real stage.
#include "clean/clean.h"

namespace entente {
namespace {
class CleanStage : public Stage {
 public:
  std::string_view name() const override { return "clean"; }
  FieldSet requires_fields() const override { return kFieldText; }
  FieldSet assigns_fields() const override { return kFieldBlocks | kFieldBody; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeCleanStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<CleanStage>());
}
}  // namespace entente
