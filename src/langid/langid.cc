// langid — per-block and per-document language (contract in langid.h).
//
// Evidence per block, each a distribution over ISO 639-1 codes:
//   fastText lid.176 top-5 probabilities (when the model loads; Options::lid_model, else
//   $ENTENTE_LID_MODEL, else the build-time ENTENTE_LID_MODEL), CLD2's top-3 percentages,
//   letters from lang/letters (і ї є ґ → uk, ы э ъ ё → ru, ...), and words found in exactly one
//   lang/<code>/stopwords list. Combined score = Σ weight × share.
// Decision:
//   1. A short block (< kShortLetters letters) whose letters vote decides by the letters.
//   2. A short block with no letter vote whose script is the document's script is deferred.
//   3. Otherwise the block takes the combined argmax.
//   Doc::lang is the argmax over body blocks (all blocks when none is body) of decided
//   distributions weighted by letters, plus Doc::lang_hint as a prior worth kHintPrior of the
//   mass (kDeferredHintPrior when every block was deferred). Deferred blocks then take Doc::lang.
// Thread-safety: fastText's predict is const and keeps its state on the stack (0.9.2:
// FastText::predict builds a local Model::State), CLD2 has no mutable globals; the stage is
// immutable after construction.
#include "langid/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <fasttext/fasttext.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdio>  // CLD2's header needs it first
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace CLD2 {
const char* LanguageCode(Language lang);
}

namespace entente {
namespace {

constexpr size_t kShortLetters = 60;
constexpr size_t kFastTextBytes = 2000;
constexpr double kFastTextWeight = 1.0;
constexpr double kCld2Weight = 0.8;
constexpr double kLetterWeight = 1.5;
constexpr double kStopWeight = 0.7;
constexpr double kHintPrior = 0.15;
constexpr double kDeferredHintPrior = 1.0;

using Scores = std::map<std::string, double>;

// Two-letter code for a fastText or CLD2 label; "" when there is none.
std::string IsoCode(std::string code) {
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  if (code == "zh-Hant") return "zh";
  if (code.size() != 2) return "";
  if (code == "un" || code == "xx") return "";
  return code;
}

void Normalise(Scores& s) {
  double total = 0;
  for (auto& [lang, v] : s) total += v;
  if (total <= 0) return;
  for (auto& [lang, v] : s) v /= total;
}

std::string ArgMax(const Scores& s) {
  std::string best;
  double top = 0;
  for (const auto& [lang, v] : s)
    if (v > top) top = v, best = lang;
  return best;
}

struct Evidence {
  size_t letters = 0;
  UScriptCode script = USCRIPT_COMMON;
  Scores letter_votes;
  Scores combined;
  std::string decided;  // empty = deferred to the document
};

class LangIdStage : public Stage {
 public:
  std::string_view name() const override { return "langid"; }
  FieldSet requires_fields() const override { return kFieldBlocks | kFieldBody; }
  FieldSet assigns_fields() const override { return kFieldLang; }

  explicit LangIdStage(const Resources& resources) {
    LoadFastText(resources.options.lid_model);
    if (!resources.pack) return;
    if (const Table* t = resources.pack->Find("lang/letters")) {
      int c_letter = t->ColumnIndex("letter"), c_lang = t->ColumnIndex("lang"),
          c_weight = t->ColumnIndex("weight");
      for (size_t r = 0; c_letter >= 0 && c_lang >= 0 && r < t->rows(); ++r) {
        std::string_view letter = t->Cell(r, c_letter);
        int32_t i = 0;
        UChar32 c;
        U8_NEXT(letter.data(), i, static_cast<int32_t>(letter.size()), c);
        double w = c_weight >= 0 ? std::atof(std::string(t->Cell(r, c_weight)).c_str()) : 1.0;
        letters_[c].emplace_back(std::string(t->Cell(r, c_lang)), w);
      }
    }
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      if (!name.ends_with("/stopwords") || name.size() <= 15) continue;
      std::string lang = name.substr(5, name.size() - 15);
      const Table* t = resources.pack->Find(name);
      int col = t->ColumnIndex("word");
      for (size_t r = 0; col >= 0 && r < t->rows(); ++r)
        stop_langs_[std::string(t->Cell(r, col))].push_back(lang);
    }
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    std::vector<Evidence> ev(doc.blocks.size());
    for (size_t b = 0; b < doc.blocks.size(); ++b) ev[b] = Gather(doc.Slice(doc.blocks[b].span));
    // Document language from body blocks (all blocks when none is body).
    bool any_body = false;
    for (const Block& b : doc.blocks) any_body |= b.is_body;
    Scores doc_scores;
    std::map<UScriptCode, double> script_mass;
    double mass = 0;
    bool only_deferred = false;
    for (size_t pass = 0; pass < 2 && doc_scores.empty(); ++pass) {
      only_deferred = pass == 1;
      for (size_t b = 0; b < doc.blocks.size(); ++b) {
        if (any_body && !doc.blocks[b].is_body) continue;
        const Evidence& e = ev[b];
        // Pass 0 counts decided blocks; pass 1 (nothing decided) counts deferred ones too.
        if (e.decided.empty() && pass == 0) continue;
        double w = static_cast<double>(std::max<size_t>(e.letters, 1));
        if (!e.decided.empty() && e.decided != ArgMax(e.combined)) {
          doc_scores[e.decided] += w;
        } else {
          for (const auto& [lang, v] : e.combined) doc_scores[lang] += w * v;
        }
        script_mass[e.script] += w;
        mass += w;
      }
    }
    const std::string hint =
        IsoCode(doc.lang_hint.substr(0, std::min<size_t>(2, doc.lang_hint.size())));
    // The hint weighs more when every block was too short to decide on its own.
    if (!hint.empty())
      doc_scores[hint] += (only_deferred ? kDeferredHintPrior : kHintPrior) * std::max(mass, 1.0);
    doc.lang = ArgMax(doc_scores);
    UScriptCode doc_script = USCRIPT_COMMON;
    double top_script = 0;
    for (const auto& [script, m] : script_mass)
      if (m > top_script) top_script = m, doc_script = script;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
      const Evidence& e = ev[b];
      if (!e.decided.empty()) {
        doc.blocks[b].lang = e.decided;
      } else if (!doc.lang.empty() && (e.script == doc_script || e.letters == 0)) {
        doc.blocks[b].lang = doc.lang;
      } else {
        doc.blocks[b].lang = ArgMax(e.combined);
      }
    }
  }

 private:
  void LoadFastText(std::string path) {
    if (path.empty())
      if (const char* env = std::getenv("ENTENTE_LID_MODEL")) path = env;
#ifdef ENTENTE_LID_MODEL
    if (path.empty()) path = ENTENTE_LID_MODEL;
#endif
    std::error_code ec;
    if (!path.empty() && std::filesystem::exists(path, ec)) {
      try {
        auto ft = std::make_unique<fasttext::FastText>();
        ft->loadModel(path);
        fasttext_ = std::move(ft);
        return;
      } catch (const std::exception& e) {
        path += std::string(" (") + e.what() + ")";
      }
    }
    static std::once_flag warned;
    std::call_once(warned, [&] {
      std::cerr << "entente: language-id model not loaded" << (path.empty() ? "" : ": ") << path
                << "; using CLD2 and letter evidence only\n";
    });
  }

  Evidence Gather(std::string_view text) const {
    Evidence e;
    std::map<UScriptCode, size_t> scripts;
    std::string word;
    std::vector<std::string> words;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
      UChar32 c;
      U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
      if (c >= 0 && u_isalpha(c)) {
        ++e.letters;
        UErrorCode err = U_ZERO_ERROR;
        ++scripts[uscript_getScript(c, &err)];
        UChar32 lower = u_tolower(c);
        if (auto it = letters_.find(lower); it != letters_.end())
          for (const auto& [lang, w] : it->second) e.letter_votes[lang] += w;
        char buf[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, lower);
        word.append(buf, n);
      } else if (c == '\'' || c == 0x2019 || c == 0x02BC) {
        if (!word.empty()) word += '\'';
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
    size_t top = 0;
    for (const auto& [script, n] : scripts)
      if (n > top) top = n, e.script = script;
    if (e.letters == 0) return e;

    Scores ft, cld, stop, letters = e.letter_votes;
    if (fasttext_) {
      std::string line(text.substr(0, kFastTextBytes));
      while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
        line.pop_back();  // cut at a character boundary (drops a partial last character)
      for (char& ch : line)
        if (ch == '\n' || ch == '\r') ch = ' ';
      line += '\n';
      std::istringstream in(line);
      std::vector<std::pair<fasttext::real, std::string>> predictions;
      fasttext_->predictLine(in, predictions, 5, 0.0);
      for (const auto& [p, label] : predictions) {
        std::string code = IsoCode(label.substr(label.rfind('_') + 1));
        if (!code.empty()) ft[code] += p;
      }
    }
    CLD2::Language lang3[3];
    int percent3[3];
    int text_bytes = 0;
    bool reliable = false;
    CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, lang3, percent3,
                                &text_bytes, &reliable);
    for (int k = 0; k < 3; ++k) {
      std::string code = IsoCode(CLD2::LanguageCode(lang3[k]));
      if (!code.empty() && percent3[k] > 0) cld[code] += percent3[k] * (reliable ? 1.0 : 0.5);
    }
    for (const std::string& w : words) {
      auto it = stop_langs_.find(w);
      if (it != stop_langs_.end() && it->second.size() == 1) stop[it->second[0]] += 1;
    }
    Normalise(cld);
    Normalise(letters);
    Normalise(stop);
    for (const auto& [l, v] : ft) e.combined[l] += kFastTextWeight * v;
    for (const auto& [l, v] : cld) e.combined[l] += kCld2Weight * v;
    for (const auto& [l, v] : letters) e.combined[l] += kLetterWeight * v;
    for (const auto& [l, v] : stop) e.combined[l] += kStopWeight * v;
    Normalise(e.combined);

    const bool is_short = e.letters < kShortLetters;
    if (is_short && !e.letter_votes.empty()) {
      // Letters decide; the combined score breaks a tie among the letter languages.
      Scores tie;
      for (const auto& [l, v] : e.letter_votes) tie[l] = v + 0.01 * e.combined[l];
      e.decided = ArgMax(tie);
    } else if (is_short && e.script == USCRIPT_CYRILLIC) {
      e.decided.clear();  // deferred: short Cyrillic without telling letters
    } else if (is_short && ArgMax(e.combined).empty()) {
      e.decided.clear();
    } else if (is_short && e.combined[ArgMax(e.combined)] < 0.6) {
      e.decided.clear();  // deferred: weak evidence on a short block
    } else {
      e.decided = ArgMax(e.combined);
    }
    return e;
  }

  std::unique_ptr<fasttext::FastText> fasttext_;
  std::unordered_map<UChar32, std::vector<std::pair<std::string, double>>> letters_;
  std::unordered_map<std::string, std::vector<std::string>> stop_langs_;  // word → lists
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeLangIdStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<LangIdStage>(resources));
}

}  // namespace entente
