// stories — the story-terms stage: what a document is about, in terms every language shares.
#include <algorithm>
#include <cmath>
#include <map>

#include "crossdoc/crossdoc.h"
#include "stories/stories.h"

namespace entente {
namespace {

class StoryTermsStage final : public Stage {
 public:
  std::string_view name() const override { return "story_terms"; }
  FieldSet requires_fields() const override { return kFieldEntities | kFieldEvents; }
  FieldSet assigns_fields() const override { return kFieldStoryTerms; }

  void Process(Doc& doc) const override {
    doc.story_terms.clear();
    if (doc.failed()) return;
    std::map<std::string, int> counts;  // ordered: the output is deterministic
    for (const Entity& e : doc.entities) {
      if (e.kind == "media" || e.mentions.empty() || e.id.empty()) continue;
      const int n = static_cast<int>(e.mentions.size());
      if (!e.id.starts_with("x:")) {
        counts["a:" + e.id] += n;
        continue;
      }
      // A name no knowledge base lists: its id is its romanised words, which the skeleton
      // lets meet their other inflections and scripts ("x:brexitu", "x:brekzit").
      const std::string_view words = std::string_view(e.id).substr(2);
      for (size_t start = 0; start <= words.size();) {
        const size_t end = std::min(words.find('_', start), words.size());
        if (std::string skeleton = stories::Skeleton(words.substr(start, end - start));
            !skeleton.empty())
          counts["n:" + skeleton] += n;
        start = end + 1;
      }
    }
    for (const Event& e : doc.events)
      if (std::string key = crossdoc::EventKey(e); !key.empty()) ++counts["e:" + key];
    doc.story_terms.reserve(counts.size());
    for (const auto& [term, n] : counts) doc.story_terms.push_back({term, 1 + std::log(n)});
  }
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeStoryTermsStage(const Resources& /*needs no data*/) {
  return std::unique_ptr<Stage>(new StoryTermsStage());
}

}  // namespace entente
