// PLACEHOLDER — replaced by the real stage.
#include "analyse/analyse.h"

namespace entente {
namespace {
class AnalyseStage : public Stage {
 public:
  std::string_view name() const override { return "analyse"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldTokens; }
  void Process(Doc&) const override {}
};
}  // namespace

Expected<std::unique_ptr<Stage>> MakeAnalyseStage(const Resources&) {
  return std::unique_ptr<Stage>(std::make_unique<AnalyseStage>());
}
}  // namespace entente
namespace entente {
struct MatchKeys::Impl {};
MatchKeys::MatchKeys(const Resources&) {}
MatchKeys::~MatchKeys() = default;
MatchKeys::MatchKeys(MatchKeys&&) noexcept = default;
std::string MatchKeys::Lower(std::string_view w) const { return std::string(w); }
std::string MatchKeys::Key(std::string_view w, std::string_view) const { return std::string(w); }
}  // namespace entente
