// PLACEHOLDER — replaced by the real stage.
#include "langid/langid.h"

namespace entente {
namespace {
class LangIdStage : public Stage {
 public:
  std::string_view name() const override { return "langid"; }
  FieldSet requires_fields() const override { return kFieldBlocks | kFieldBody; }
  FieldSet assigns_fields() const override { return kFieldLang; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeLangIdStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<LangIdStage>());
}
}  // namespace entente
