// stories — the story-terms stage: what a document is about, in terms every language shares.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

#include "analyse/analyse.h"
#include "crossdoc/crossdoc.h"
#include "stories/stories.h"

namespace entente {
namespace {

class StoryTermsStage final : public Stage {
 public:
  explicit StoryTermsStage(const Resources& r) : keys_(r) {
    // Words that are capitalised without naming anything: function words after a line break or
    // colon, months and weekdays.
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/stopwords"))
      for (size_t i = 0; i < t->rows(); ++i) not_names_.insert(keys_.Lower(t->Cell(i, 0)));
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/dates"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (t->Cell(i, "kind") == "month" || t->Cell(i, "kind") == "weekday")
          not_names_.insert(keys_.Lower(t->Cell(i, "word")));
  }

  std::string_view name() const override { return "story_terms"; }
  FieldSet requires_fields() const override {
    return kFieldTokens | kFieldSentences | kFieldEntities | kFieldEvents;
  }
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
    for (const auto& [skeleton, n] : NameSkeletons(doc)) counts["n:" + skeleton] += n;
    doc.story_terms.reserve(counts.size());
    for (const auto& [term, n] : counts) doc.story_terms.push_back({term, 1 + std::log(n)});
  }

 private:
  // Capitalised words inside a sentence that no entity mention covers, by skeleton.
  std::map<std::string, int> NameSkeletons(const Doc& doc) const {
    std::vector<bool> covered(doc.tokens.size(), false);
    for (const Mention& m : doc.mentions)
      for (uint32_t i = m.first_token; i < m.last_token && i < covered.size(); ++i)
        covered[i] = true;
    std::map<std::string, int> out;
    for (const Sentence& s : doc.sentences) {
      bool first_word = true;
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        if (i >= doc.tokens.size()) break;
        const Token& t = doc.tokens[i];
        if (t.kind != TokenKind::kWord) continue;
        const bool initial = first_word;
        first_word = false;
        if (initial || !t.capitalized || covered[i] || t.span.size() < 3) continue;
        if (not_names_.contains(t.lower)) continue;
        std::string skeleton = stories::Skeleton(keys_.Translit(t.key.empty() ? t.lower : t.key));
        if (!skeleton.empty()) ++out[skeleton];
      }
    }
    return out;
  }

  MatchKeys keys_;
  std::unordered_set<std::string> not_names_;
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeStoryTermsStage(const Resources& resources) {
  return std::unique_ptr<Stage>(new StoryTermsStage(resources));
}

}  // namespace entente
