// PLACEHOLDER — replaced by the real stage.
#include "segment/segment.h"

namespace entente {
namespace {
class SegmentStage : public Stage {
 public:
  std::string_view name() const override { return "segment"; }
  FieldSet requires_fields() const override { return kFieldBody | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldSentences | kFieldTokens; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeSegmentStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<SegmentStage>());
}
}  // namespace entente
