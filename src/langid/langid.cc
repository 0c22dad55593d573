// langid — per-block and per-document language (contract in langid.h).
//
// Evidence per block, each a distribution over ISO 639-1 codes:
//   fastText lid.176 top-5 probabilities (when the model loads; Options::lid_model, else
//   $ENTENTE_LID_MODEL, else the build-time ENTENTE_LID_MODEL), CLD2's top-3 percentages,
//   letters from lang/letters (і ї є ґ → uk, ы э ъ ё → ru, ł ś ż → pl, ř ů ě → cs, ...; a Latin
//   letter votes only in a word that starts lower case, and Latin letters count only when at
//   least kDecisiveLetters vote, in ≥ kLatinWordPercent % of the words, with stop words
//   ≤ kLatinStopPercent % of them: names in other languages' text do not vote) plus marker words
//   from lang/markers (europska → hr, evropska → bs/sr; only when CLD2 + fastText put a marker
//   language first), and words found in exactly one
//   lang/<code>/stopwords list. Combined score = Σ weight × share, over languages written in the
//   block's main script (no Latin-only language for a Cyrillic block, and the reverse).
//   Letters alone decide a block, CLD2 and fastText unasked (LettersDecide), when at least
//   kDecisiveLetters letters vote, all for one language that has the most votes, they are at
//   least kDecisivePercent % of its letters, and that language's stop words (if it has a list)
//   are not outvoted; the block's distribution is then letters and stop words only.
//   fastText, the costly one, runs only when the cheap evidence is not decisive (IsDecisive): a
//   reliable CLD2 answer of ≥ kCld2Sure % that letters and stop words (when CLD2's language has a
//   list) do not contradict and that is not in a close group CLD2 confuses (hr/bs/sr); nor on a
//   short block that letters decide or that is deferred (short Cyrillic; such a block without
//   letter votes asks CLD2 only when its own evidence is read: `lazy`). fastText's "sh" counts
//   for hr, bs and sr. CLD2 reads a block's first kCld2Bytes, and the whole block only when that
//   head gives no reliable ≥ kCld2Sure % answer outside hr/bs/sr (the per-byte cost of CLD2 was
//   the stage's largest).
// Cost: one pass per block for letters, scripts and words (below U+0800 one table, char_info_,
//   gives a character's letter flag, script, case, vote slot and lower case in UTF-8; above,
//   ICU; word lists looked up without allocation), then CLD2, then fastText rarely.
// Decision:
//   1. A short block (< kShortLetters letters) whose letters vote decides by the letters.
//   2. A short block with no letter vote whose script is the document's script is deferred.
//   3. Otherwise the block takes the combined argmax.
//   Doc::lang is the argmax over decided blocks of their distributions weighted by letters (body
//   blocks in full, others — when some block is body — at kNonBodyWeight, so a page whose body
//   is only its title still counts its text), plus Doc::lang_hint as a prior worth kHintPrior of
//   the mass (kDeferredHintPrior when every block was deferred). Deferred blocks then take
//   Doc::lang, and a decided block in the document's script takes Doc::lang when its score for it
//   is within kBlockPrior of its own argmax.
// Thread-safety: fastText's predict is const and keeps its state on the stack (0.9.2:
// FastText::predict builds a local Model::State), CLD2 has no mutable globals; the stage is
// immutable after construction.
#include "langid/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <fasttext/fasttext.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>  // CLD2's header needs it first
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/char_info.h"
#include "langid/evidence.h"

namespace CLD2 {
const char* LanguageCode(Language lang);
}

namespace entente {
namespace {

constexpr size_t kShortLetters = 60;
// fastText reads a block's first 1000 bytes (was 2000: same output on the BSNLP corpus; at 500 one
// hr document turned bs). Its cost is per byte, several times CLD2's.
constexpr size_t kFastTextBytes = 1000;
constexpr double kFastTextWeight = 1.0;
constexpr double kCld2Weight = 0.8;
constexpr double kLetterWeight = 1.5;
constexpr double kStopWeight = 0.7;
constexpr double kHintPrior = 0.15;
constexpr double kDeferredHintPrior = 1.0;
constexpr double kNonBodyWeight = 0.25;
constexpr double kBlockPrior = 0.25;
constexpr int kCld2Sure = 90;
constexpr size_t kCld2Bytes = 384;
constexpr size_t kDecisiveLetters = 3;
constexpr size_t kDecisivePercent = 1;
constexpr size_t kLatinWordPercent = 10;
constexpr size_t kLatinStopPercent = 20;

using namespace langid;  // NOLINT: the stage's own helpers (evidence.h)

struct Evidence {
  size_t letters = 0;
  UScriptCode script = USCRIPT_COMMON;
  Scores letter_votes;
  Scores combined;
  std::string decided;  // empty = deferred to the document
  bool lazy = false;    // deferred before the models were asked: `combined` is not filled
};

class LangIdStage : public Stage {
 public:
  std::string_view name() const override { return "langid"; }
  FieldSet requires_fields() const override { return kFieldBlocks | kFieldBody; }
  FieldSet assigns_fields() const override { return kFieldLang; }

  explicit LangIdStage(const Resources& resources) {
    LoadFastText(resources.options.lid_model);
    if (!resources.pack) {
      FillCharInfo(letter_slot_, char_info_);
      return;
    }
    if (const Table* t = resources.pack->Find("lang/letters")) {
      int c_letter = t->ColumnIndex("letter"), c_lang = t->ColumnIndex("lang"),
          c_weight = t->ColumnIndex("weight");
      std::map<std::string, uint16_t> ids;
      for (size_t r = 0; c_letter >= 0 && c_lang >= 0 && r < t->rows(); ++r) {
        std::string_view letter = t->Cell(r, c_letter);
        int32_t i = 0;
        UChar32 c;
        U8_NEXT(letter.data(), i, static_cast<int32_t>(letter.size()), c);
        double w = c_weight >= 0 ? std::atof(std::string(t->Cell(r, c_weight)).c_str()) : 1.0;
        std::string lang(t->Cell(r, c_lang));
        auto id = ids.emplace(lang, static_cast<uint16_t>(letter_langs_.size())).first->second;
        if (id == letter_langs_.size()) letter_langs_.push_back(lang);
        auto slot = letter_slot_.emplace(c, static_cast<int>(letter_votes_.size())).first->second;
        if (slot == static_cast<int>(letter_votes_.size())) {
          letter_votes_.emplace_back();
          latin_slot_.push_back(chars::Script(c) == USCRIPT_LATIN);
        }
        letter_votes_[slot].emplace_back(id, w);
      }
    }
    if (const Table* t = resources.pack->Find("lang/markers")) {
      int c_word = t->ColumnIndex("word"), c_lang = t->ColumnIndex("lang"),
          c_weight = t->ColumnIndex("weight");
      for (size_t r = 0; c_word >= 0 && c_lang >= 0 && r < t->rows(); ++r) {
        double w = c_weight >= 0 ? std::atof(std::string(t->Cell(r, c_weight)).c_str()) : 1.0;
        words_.Insert(std::string(t->Cell(r, c_word)))
            .markers.emplace_back(std::string(t->Cell(r, c_lang)), w);
        marker_langs_.insert(std::string(t->Cell(r, c_lang)));
      }
    }
    std::unordered_map<std::string, std::vector<std::string>> stop_langs;  // word → lists
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      if (!name.ends_with("/stopwords") || name.size() <= 15) continue;
      std::string lang = name.substr(5, name.size() - 15);
      stop_lists_.insert(lang);
      const Table* t = resources.pack->Find(name);
      int col = t->ColumnIndex("word");
      for (size_t r = 0; col >= 0 && r < t->rows(); ++r)
        stop_langs[std::string(t->Cell(r, col))].push_back(lang);
    }
    std::map<std::string, int> stop_ids;
    for (const std::string& lang : stop_lists_) stop_ids.emplace(lang, 0);
    for (auto& [lang, id] : stop_ids) {
      id = static_cast<int>(stop_names_.size());
      stop_names_.push_back(lang);
    }
    // Only a word in exactly one list is evidence.
    for (const auto& [word, langs] : stop_langs)
      words_.Insert(word).stop = langs.size() == 1 ? stop_ids[langs[0]] : -1;
    // Which languages are written in Latin and Cyrillic, for every code the evidence can name.
    std::vector<std::string> codes(letter_langs_.begin(), letter_langs_.end());
    codes.insert(codes.end(), stop_names_.begin(), stop_names_.end());
    codes.insert(codes.end(), marker_langs_.begin(), marker_langs_.end());
    for (int l = 0; l < CLD2::NUM_LANGUAGES; ++l)
      codes.push_back(IsoCode(CLD2::LanguageCode(static_cast<CLD2::Language>(l))));
    if (fasttext_) {
      auto dict = fasttext_->getDictionary();
      for (int32_t l = 0; l < dict->nlabels(); ++l) {
        std::string label = dict->getLabel(l);
        codes.push_back(IsoCode(label.substr(label.rfind('_') + 1)));
      }
    }
    for (const char* l : {"hr", "bs", "sr"}) codes.push_back(l);
    for (const std::string& code : codes)
      if (!code.empty())
        written_in_[code] =
            (WrittenIn(code, USCRIPT_LATIN) ? 1 : 0) | (WrittenIn(code, USCRIPT_CYRILLIC) ? 2 : 0);
    FillCharInfo(letter_slot_, char_info_);
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    std::vector<Evidence> ev(doc.blocks.size());
    bool any_decided = false;
    Scratch scratch(words_.max_bytes);
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
      ev[b] = Gather(doc.Slice(doc.blocks[b].span), false, scratch, true);
      any_decided |= !ev[b].decided.empty();
    }
    // A lazy block's models are asked only where its own evidence is read: when nothing is
    // decided (below, or in pass 1 without fastText) or when it is not in the document's script.
    auto complete = [&](size_t b) {
      if (ev[b].lazy) ev[b] = Gather(doc.Slice(doc.blocks[b].span), false, scratch);
    };
    if (!any_decided && !fasttext_)
      for (size_t b = 0; b < doc.blocks.size(); ++b) complete(b);
    // Nothing decided: the deferred blocks' own evidence decides, so give them fastText's too.
    if (!any_decided && fasttext_)
      for (size_t b = 0; b < doc.blocks.size(); ++b)
        if (ev[b].script == USCRIPT_CYRILLIC && ev[b].letter_votes.empty())
          ev[b] = Gather(doc.Slice(doc.blocks[b].span), true, scratch);
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
        const bool body = !any_body || doc.blocks[b].is_body;
        const Evidence& e = ev[b];
        // Pass 0 counts decided blocks; pass 1 (nothing decided) counts deferred body blocks.
        if (e.decided.empty() && pass == 0) continue;
        if (!body && pass == 1) continue;
        double w =
            static_cast<double>(std::max<size_t>(e.letters, 1)) * (body ? 1 : kNonBodyWeight);
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
      if (doc.lang.empty() || (ev[b].script != doc_script && ev[b].letters != 0)) complete(b);
      const Evidence& e = ev[b];
      if (!e.decided.empty()) {
        doc.blocks[b].lang = FollowDocument(e, doc.lang, doc_script) ? doc.lang : e.decided;
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

  // A decided block takes the document's language when it is written in the document's script,
  // its letters do not favour its own choice over the document's, and its score for the
  // document's language is within kBlockPrior of its own.
  static bool FollowDocument(const Evidence& e, const std::string& doc_lang,
                             UScriptCode doc_script) {
    if (doc_lang.empty() || e.decided == doc_lang || e.script != doc_script) return false;
    auto votes = [&](const std::string& l) {
      auto it = e.letter_votes.find(l);
      return it == e.letter_votes.end() ? 0.0 : it->second;
    };
    if (votes(e.decided) > votes(doc_lang)) return false;
    auto own = e.combined.find(e.decided), prior = e.combined.find(doc_lang);
    return own != e.combined.end() && prior != e.combined.end() &&
           prior->second + kBlockPrior >= own->second;
  }

  // `full`: all evidence, fastText included, even where cheaper evidence settles the block.
  // Gather()'s per-block counters, kept across a document's blocks to spare allocations.
  struct Scratch {
    explicit Scratch(size_t max_word) : word(max_word) {}
    chars::Word word;
    std::vector<double> votes;
    std::vector<uint8_t> voted;
    std::vector<uint32_t> voters;     // letters that vote for the language
    std::vector<double> latin_votes;  // Latin letters' votes and voters, kept apart until gated
    std::vector<uint32_t> latin_voters;
    std::vector<uint32_t> stop_counts;
    std::vector<std::pair<UScriptCode, size_t>> scripts;  // letters per script
  };

  // `lazy`: a short Cyrillic block without letter votes or marker words, which Decide defers
  // whatever the models say, is returned deferred and `lazy`, the models unasked.
  Evidence Gather(std::string_view text, bool full, Scratch& scratch, bool lazy = false) const {
    Evidence e;
    Scores stop, markers;
    std::vector<double>& votes = scratch.votes;
    std::vector<uint8_t>& voted = scratch.voted;
    std::vector<uint32_t>& voters = scratch.voters;
    std::vector<uint32_t>& stop_counts = scratch.stop_counts;
    auto& scripts = scratch.scripts;
    std::vector<double>& latin_votes = scratch.latin_votes;
    std::vector<uint32_t>& latin_voters = scratch.latin_voters;
    votes.assign(letter_langs_.size(), 0);
    latin_votes.assign(letter_langs_.size(), 0);
    latin_voters.assign(letter_langs_.size(), 0);
    voted.assign(letter_langs_.size(), 0);
    voters.assign(letter_langs_.size(), 0);
    stop_counts.assign(stop_names_.size(), 0);
    scripts.clear();
    auto add_script = [&scripts](UScriptCode script, size_t n) {
      for (auto& [s, count] : scripts)
        if (s == script) {
          count += n;
          return;
        }
      scripts.emplace_back(script, n);
    };
    size_t voting = 0;  // letters that vote at all
    size_t latin_voting = 0, words = 0, latin_words = 0, stop_hits = 0;
    bool latin_word = false;  // the current word has a Latin letter that votes
    bool lower_word = false;  // the current word starts with a lower-case letter
    chars::Word& word = scratch.word;
    word.clear();
    auto end_word = [&] {
      if (word.empty()) return;
      ++words;
      latin_words += latin_word;
      latin_word = false;
      if (word.fits()) {
        if (const WordInfo* info = words_.Find(word.view())) {
          if (info->stop >= 0) ++stop_counts[info->stop], ++stop_hits;
          for (const auto& [lang, w] : info->markers) markers[lang] += w;
        }
      }
      word.clear();
    };
    UScriptCode last_script = USCRIPT_INVALID_CODE;
    size_t run = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
      UChar32 c;
      U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
      // A letter's script, whether it is its own lower case and its slot in letter_votes_: from
      // char_info_ below chars::kCached, else from ICU.
      const CharInfo* info = chars::Cached(c) ? &char_info_[c] : nullptr;
      UScriptCode script;
      bool is_lower;
      int slot;
      UChar32 lower = 0;  // when !info
      if (info && info->alpha) {
        script = static_cast<UScriptCode>(info->script);
        is_lower = info->is_lower;
        slot = info->slot;
      } else if (!info && c >= 0 && u_isalpha(c)) {
        lower = u_tolower(c);
        script = chars::Script(c);
        is_lower = lower == c;
        slot = lower >= 0x80 ? SlotOf(lower) : -1;
      } else {
        if (c == '\'' || c == 0x2019 || c == 0x02BC) {
          if (!word.empty()) word.Add('\'');
        } else if (!word.empty()) {
          end_word();
        }
        continue;
      }
      ++e.letters;
      if (script != last_script) {
        if (run) add_script(last_script, run);
        last_script = script, run = 0;
      }
      ++run;
      if (word.empty()) lower_word = is_lower;
      if (slot >= 0) {
        if (latin_slot_[slot]) {
          if (lower_word) {  // not a name (Wałęsa, Dvořák)
            ++latin_voting, latin_word = true;
            for (const auto& [l, w] : letter_votes_[slot]) latin_votes[l] += w, ++latin_voters[l];
          }
        } else {
          ++voting;
          for (const auto& [l, w] : letter_votes_[slot]) votes[l] += w, voted[l] = 1, ++voters[l];
        }
      }
      if (info) {
        word.AddEncoded(info->utf8, info->size);
      } else {
        if (lower == 0x0451) lower = 0x0435;  // ё → е, as the word lists write it
        word.Add(lower);
      }
    }
    end_word();
    if (run) add_script(last_script, run);
    // Latin letters (ł ř ľ ...) also spell names inside other languages' text: they vote only in
    // words that start lower case, and are evidence only when at least kDecisiveLetters of them
    // vote, in at least kLatinWordPercent % of the words, and the block's stop words are at most
    // kLatinStopPercent % of them (English prose has ~40 %; Polish and Czech hit the lists' "a",
    // "i", "to" in under 10 %).
    if (latin_voting >= kDecisiveLetters && latin_words * 100 >= words * kLatinWordPercent &&
        stop_hits * 100 <= words * kLatinStopPercent) {
      voting += latin_voting;
      for (size_t l = 0; l < votes.size(); ++l)
        if (latin_voters[l]) votes[l] += latin_votes[l], voted[l] = 1, voters[l] += latin_voters[l];
    }
    for (size_t l = 0; l < votes.size(); ++l)
      if (voted[l]) e.letter_votes[letter_langs_[l]] = votes[l];
    for (size_t l = 0; l < stop_counts.size(); ++l)
      if (stop_counts[l]) stop[stop_names_[l]] = stop_counts[l];
    size_t top = 0;
    for (const auto& [script, n] : scripts)  // the most letters; the lowest code on a tie
      if (n > top || (n == top && script < e.script)) top = n, e.script = script;
    if (e.letters == 0) return e;
    Scores cld, letters = e.letter_votes;
    Normalise(letters);
    Normalise(stop);
    // Letters decide without CLD2 and fastText (LettersDecide); the other lists' stop words are
    // then no evidence for a language without a list of its own.
    if (lazy && e.letters < kShortLetters && e.script == USCRIPT_CYRILLIC &&
        e.letter_votes.empty() && markers.empty()) {
      e.lazy = true;
      return e;
    }
    if (!full) {
      const std::string by_letters = LettersDecide(votes, voters, voting, e.letters);
      if (!by_letters.empty() && stop_lists_.count(by_letters) == 0) stop.clear();
      if (!by_letters.empty() && (stop.empty() || ArgMax(stop) == by_letters)) {
        Combine({}, {}, letters, stop, e);
        Decide(e, e.letters < kShortLetters);
        return e;
      }
    }
    CLD2::Language lang3[3];
    int percent3[3];
    int text_bytes = 0;
    bool reliable = false;
    // CLD2 reads the first kCld2Bytes; only when that is not a sure answer outside the close
    // group (hr/bs/sr, which it tells apart better on more text) does it read the whole block.
    std::string_view head = text.substr(0, std::min(text.size(), kCld2Bytes));
    while (head.size() < text.size() && !head.empty() &&
           (static_cast<unsigned char>(text[head.size()]) & 0xC0) == 0x80)
      head.remove_suffix(1);  // cut at a character boundary
    CLD2::DetectLanguageSummary(head.data(), static_cast<int>(head.size()), true, lang3, percent3,
                                &text_bytes, &reliable);
    const std::string head_top = IsoCode(CLD2::LanguageCode(lang3[0]));
    if (head.size() < text.size() &&
        (!reliable || percent3[0] < kCld2Sure || head_top.empty() || IsCloseGroup(head_top)))
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, lang3, percent3,
                                  &text_bytes, &reliable);
    for (int k = 0; k < 3; ++k) {
      std::string code = IsoCode(CLD2::LanguageCode(lang3[k]));
      if (!code.empty() && percent3[k] > 0)
        AddLabel(cld, code, percent3[k] * (reliable ? 1.0 : 0.5));
    }
    Normalise(cld);
    Scores ft;
    const std::string cld_top = IsoCode(CLD2::LanguageCode(lang3[0]));
    const bool decisive = reliable && percent3[0] >= kCld2Sure && !cld_top.empty() &&
                          !IsCloseGroup(cld_top) &&
                          (letters.empty() || ArgMax(letters) == cld_top) &&
                          (stop.empty() || ArgMax(stop) == cld_top || !stop_lists_.count(cld_top));
    // A short block that letters decide, or a short Cyrillic one deferred to the document, does
    // not need fastText either.
    const bool is_short = e.letters < kShortLetters;
    const bool settled = is_short && (!e.letter_votes.empty() || e.script == USCRIPT_CYRILLIC);
    if (fasttext_ && (full || (!decisive && !settled))) ft = FastText(text);
    // Stop-word lists exist for a few languages only ("a", "to" vote en in Slovak): when CLD2 is
    // decisive for a language without a list, they are not evidence.
    if (!full && decisive && !stop_lists_.count(cld_top)) stop.clear();
    if (!markers.empty()) {
      // Marker words only separate the close languages they are listed for.
      Scores models = cld;
      for (const auto& [l, v] : ft) models[l] += v;
      if (marker_langs_.count(ArgMax(models))) {
        for (const auto& [lang, w] : markers) e.letter_votes[lang] += w;
        letters = e.letter_votes;
        Normalise(letters);
      }
    }
    Combine(ft, cld, letters, stop, e);
    Decide(e, is_short);
    return e;
  }

  // The letter language that decides a block alone, or "": at least kDecisiveLetters letters
  // vote, every one of them for that language, which has more votes than any other, and they
  // are at least kDecisivePercent % of the block's letters (ъ alone is Bulgarian only when
  // frequent: Russian writes it rarely).
  std::string LettersDecide(const std::vector<double>& votes, const std::vector<uint32_t>& voters,
                            size_t voting, size_t letters) const {
    if (voting < kDecisiveLetters || voting * 100 < letters * kDecisivePercent) return "";
    size_t top = votes.size();
    for (size_t l = 0; l < votes.size(); ++l)
      if (voters[l] == voting && (top == votes.size() || votes[l] > votes[top])) top = l;
    if (top == votes.size()) return "";
    for (size_t l = 0; l < votes.size(); ++l)
      if (l != top && votes[l] >= votes[top]) return "";
    return letter_langs_[top];
  }

  // e.combined: the weighted sum of the evidence, over languages written in e.script.
  void Combine(const Scores& ft, const Scores& cld, const Scores& letters, const Scores& stop,
               Evidence& e) const {
    for (const auto& [l, v] : ft) e.combined[l] += kFastTextWeight * v;
    for (const auto& [l, v] : cld) e.combined[l] += kCld2Weight * v;
    for (const auto& [l, v] : letters) e.combined[l] += kLetterWeight * v;
    for (const auto& [l, v] : stop) e.combined[l] += kStopWeight * v;
    std::erase_if(e.combined, [&](const auto& kv) { return !IsWrittenIn(kv.first, e.script); });
    Normalise(e.combined);
  }

  // e.decided from e.combined and the letter votes (steps 1-3 of the decision above).
  static void Decide(Evidence& e, bool is_short) {
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
  }

  // fastText's top-5 for the first kFastTextBytes of `text`.
  Scores FastText(std::string_view text) const {
    Scores ft;
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
      if (!code.empty()) AddLabel(ft, code, p);
    }
    return ft;
  }

  // The slot of lower-case letter `lower` in letter_votes_, or -1.
  int SlotOf(UChar32 lower) const { return LetterSlot(letter_slot_, lower); }

  // WrittenIn() from written_in_ where it has the language.
  bool IsWrittenIn(const std::string& lang, UScriptCode script) const {
    if (script != USCRIPT_LATIN && script != USCRIPT_CYRILLIC) return true;
    auto it = written_in_.find(lang);
    if (it == written_in_.end()) return WrittenIn(lang, script);
    return it->second & (script == USCRIPT_LATIN ? 1 : 2);
  }

  std::unique_ptr<fasttext::FastText> fasttext_;
  // lang/letters: letter (lower case) → slot in letter_votes_ → (index into letter_langs_,
  // weight) per language.
  std::vector<std::string> letter_langs_;
  std::unordered_map<UChar32, int> letter_slot_;
  std::vector<std::vector<std::pair<uint16_t, double>>> letter_votes_;
  std::vector<bool> latin_slot_;  // per slot: a Latin letter (see the gate in Gather)
  std::array<CharInfo, chars::kCached> char_info_;       // FillCharInfo
  std::vector<std::string> stop_names_;                  // languages with a stop-word list, sorted
  WordMap<WordInfo> words_;                              // stop words and marker words
  std::unordered_set<std::string> marker_langs_;         // languages lang/markers names
  std::set<std::string> stop_lists_;                     // languages with a stop-word list
  std::unordered_map<std::string, uint8_t> written_in_;  // 1: Latin, 2: Cyrillic
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeLangIdStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<LangIdStage>(resources));
}

}  // namespace entente
