// framing — the framing stage and profiles (contracts in framing.h).
#include "framing/framing.h"

#include <set>
#include <sstream>
#include <unordered_map>

#include "analyse/analyse.h"

namespace entente {
namespace {

struct Entry {
  std::vector<std::string> keys;  // one per word
  std::string frame;              // "" for a tone word
  std::string term;
  int tone = 0;
};

// Entries of one language by the key of their first word.
using Lexicon = std::unordered_map<std::string, std::vector<Entry>>;

class FramingStage final : public Stage {
 public:
  std::string_view name() const override { return "framing"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldFraming; }

  Status Load(const Resources& r) {
    MatchKeys keys(r);
    std::set<std::string> frames;
    if (const Table* t = r.pack->Find("lang/framing_frames"))
      for (size_t i = 0; i < t->rows(); ++i) frames.insert(std::string(t->Cell(i, "frame")));
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/framing")) {
      Lexicon& lexicon = lexicons_[std::string(lang)];
      for (size_t i = 0; i < t->rows(); ++i) {
        Entry e;
        e.term = std::string(t->Cell(i, "phrase"));
        e.frame = std::string(t->Cell(i, "frame"));
        if (e.frame == "-") e.frame.clear();
        if (!e.frame.empty() && !frames.contains(e.frame))
          return Status::Error("lang/" + std::string(lang) + "/framing: frame '" + e.frame +
                               "' of '" + e.term + "' is not in lang/framing_frames");
        const std::string tone(t->Cell(i, "tone"));
        if (tone.empty() || tone.size() > 2 || tone.back() < '0' || tone.back() > '2' ||
            (tone.size() == 2 && tone[0] != '-'))
          return Status::Error("lang/" + std::string(lang) + "/framing: tone of '" + e.term +
                               "' must be -2 … 2, not '" + tone + "'");
        e.tone = std::stoi(tone);
        std::istringstream words(e.term);
        for (std::string w; words >> w;) e.keys.push_back(keys.Key(w, lang));
        if (e.keys.empty()) continue;
        lexicon[e.keys[0]].push_back(std::move(e));
      }
    }
    return Status();
  }

  void Process(Doc& doc) const override {
    doc.framing.clear();
    if (doc.failed()) return;
    auto lexicon = lexicons_.find(doc.lang);
    if (lexicon == lexicons_.end()) return;
    std::vector<uint32_t> words;  // a sentence's word tokens, in order (phrases match words)
    for (const Sentence& s : doc.sentences) {
      words.clear();
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count && i < doc.tokens.size();
           ++i)
        if (doc.tokens[i].kind == TokenKind::kWord) words.push_back(i);
      for (size_t w = 0; w < words.size();) {
        auto it = lexicon->second.find(doc.tokens[words[w]].key);
        const Entry* best = nullptr;
        if (it != lexicon->second.end())
          for (const Entry& e : it->second) {
            if (w + e.keys.size() > words.size()) continue;
            bool match = true;
            for (size_t k = 1; k < e.keys.size() && match; ++k)
              match = doc.tokens[words[w + k]].key == e.keys[k];
            if (match && (!best || e.keys.size() > best->keys.size())) best = &e;
          }
        if (!best) {
          ++w;
          continue;
        }
        const Span span{doc.tokens[words[w]].span.begin,
                        doc.tokens[words[w + best->keys.size() - 1]].span.end};
        doc.framing.push_back({best->frame, best->term, best->tone, span});
        w += best->keys.size();
      }
    }
  }

 private:
  std::unordered_map<std::string, Lexicon> lexicons_;  // by language
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeFramingStage(const Resources& resources) {
  auto stage = std::make_unique<FramingStage>();
  if (Status s = stage->Load(resources); !s.ok()) return s;
  return std::unique_ptr<Stage>(std::move(stage));
}

size_t BodyWords(const Doc& doc) {
  size_t n = 0;
  for (const Token& t : doc.tokens) n += t.kind == TokenKind::kWord;
  return n;
}

double FramingProfile::Tone() const {
  return words ? 100.0 * (static_cast<double>(positive) - static_cast<double>(negative)) /
                     static_cast<double>(words)
               : 0;
}

double FramingProfile::Rate(const std::string& frame) const {
  auto it = frames.find(frame);
  return words && it != frames.end()
             ? 1000.0 * static_cast<double>(it->second) / static_cast<double>(words)
             : 0;
}

void FramingProfile::Add(const std::vector<FramingHit>& hits, size_t body_words) {
  ++documents;
  words += body_words;
  for (const FramingHit& h : hits) {
    if (!h.frame.empty()) {
      ++frames[h.frame];
      ++terms[h.frame][h.term];
    }
    positive += h.tone > 0;
    negative += h.tone < 0;
  }
}

}  // namespace entente
