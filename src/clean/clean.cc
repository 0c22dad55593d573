// clean — article body vs page furniture, in the spirit of jusText (contract in clean.h).
//
// Blocks: the reader's, or one per non-blank line of the text (span trimmed of white space,
// NBSP included). The title is the reader's is_title block, else the first block that is not
// furniture; it is always kept.
// Each other block is classified:
//   bad       furniture phrase (lang/*/furniture), furniture element, link density > 0.5,
//             a repeat of the title, a line recurring across kMinDocs+ earlier documents of the
//             same site (FurnitureMemory), or a long block with too few stop words;
//   good      long (≥ kLongChars) with stop-word density ≥ kStopHigh, or — when the document's
//             language has no stop-word list — long and ending like a sentence;
//   candidate a short sentence (capital or quote first, terminal punctuation, ≥ 4 words, or 3
//             with a stop word) or a
//             long sentence-like block with middling stop-word density.
// Candidates are kept iff a neighbouring decided block (skipping other candidates) is good or
// the title. Stop words come from the language whose lang/<code>/stopwords list the document's
// words hit most (langid runs later, so this is a cheap guess of its own).
#include "clean/clean.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/furniture_memory.h"

namespace entente {
namespace {

constexpr size_t kLongChars = 70;
constexpr double kStopHigh = 0.2;
constexpr double kMaxLinkDensity = 0.5;

enum class Class { kBad, kGood, kCandidate };
enum class Match { kLine, kPrefix, kSuffix, kContains };

struct Phrase {
  std::string text;
  Match match;
};

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF; }

// Lower case, ё → е, apostrophes → ', white space runs → one space, trimmed.
std::string Normalise(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower();
  std::string out;
  bool space = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == 0x0451) c = 0x0435;  // ё → е
    if (c == 0x2019 || c == 0x02BC || c == 0x2018 || c == '`') c = '\'';
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out.append(buf, n);
  }
  return out;
}

// Drops trailing punctuation and spaces: "читайте також:" → "читайте також".
std::string_view TrimEndPunct(std::string_view s) {
  while (!s.empty()) {
    int32_t i = static_cast<int32_t>(s.size());
    UChar32 c;
    U8_PREV(s.data(), 0, i, c);
    if (!(u_ispunct(c) || IsSpace(c) || c == '*')) break;
    s = s.substr(0, i);
  }
  return s;
}

struct Features {
  std::string norm;
  std::vector<std::string> words;  // lower case
  size_t chars = 0;                // code points, CJK counted twice
  size_t capitalised = 0;
  bool ends_sentence = false;
  bool starts_like_sentence = false;
};

Features Measure(std::string_view text) {
  Features f;
  f.norm = Normalise(text);
  std::string word;
  bool word_capital = false;
  UChar32 first = -1, last = -1;
  auto flush = [&] {
    if (word.empty()) return;
    f.capitalised += word_capital;
    f.words.push_back(std::move(word));
    word.clear();
  };
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0) continue;
    if (!IsSpace(c)) {
      if (first < 0) first = c;
      last = c;
    }
    f.chars += u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? 2 : 1;
    if (u_isalpha(c) || ((c == '\'' || c == 0x2019 || c == 0x02BC) && !word.empty())) {
      if (word.empty()) word_capital = u_isupper(c);
      char buf[4];
      int32_t n = 0;
      UChar32 lower = u_tolower(c);
      if (lower == 0x0451) lower = 0x0435;
      if (lower == 0x2019 || lower == 0x02BC) lower = '\'';
      U8_APPEND_UNSAFE(buf, n, lower);
      word.append(buf, n);
    } else {
      flush();
    }
  }
  flush();
  static const std::u32string kEnds = U".!?…»”\"')]。！？";
  f.ends_sentence = last >= 0 && kEnds.find(static_cast<char32_t>(last)) != std::u32string::npos;
  f.starts_like_sentence = first >= 0 && (u_isupper(first) || u_isdigit(first) ||
                                          u_hasBinaryProperty(first, UCHAR_QUOTATION_MARK) ||
                                          u_hasBinaryProperty(first, UCHAR_IDEOGRAPHIC));
  return f;
}

std::string SiteOf(const Doc& doc) {
  if (!doc.source.empty()) return doc.source;
  std::string_view url = doc.url;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return std::string(url);
}

class CleanStage : public Stage {
 public:
  std::string_view name() const override { return "clean"; }
  FieldSet requires_fields() const override { return kFieldText; }
  FieldSet assigns_fields() const override { return kFieldBlocks | kFieldBody; }

  explicit CleanStage(const Resources& resources) {
    if (!resources.pack) return;
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      const Table* t = resources.pack->Find(name);
      if (name.ends_with("/furniture")) {
        int c_phrase = t->ColumnIndex("phrase"), c_match = t->ColumnIndex("match");
        for (size_t r = 0; c_phrase >= 0 && r < t->rows(); ++r) {
          std::string_view m = c_match >= 0 ? t->Cell(r, c_match) : "line";
          Match match = m == "prefix"     ? Match::kPrefix
                        : m == "suffix"   ? Match::kSuffix
                        : m == "contains" ? Match::kContains
                                          : Match::kLine;
          std::string phrase = Normalise(t->Cell(r, c_phrase));
          if (match == Match::kLine) phrase = std::string(TrimEndPunct(phrase));
          if (!phrase.empty()) phrases_.push_back({std::move(phrase), match});
        }
      } else if (name.ends_with("/stopwords") && name.size() > 15) {
        std::string lang = name.substr(5, name.size() - 15);
        int col = t->ColumnIndex("word");
        for (size_t r = 0; col >= 0 && r < t->rows(); ++r)
          stopwords_[lang].insert(Normalise(t->Cell(r, col)));
      }
    }
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    if (doc.blocks.empty()) SplitLines(doc);
    const size_t n = doc.blocks.size();
    std::vector<Features> f(n);
    for (size_t b = 0; b < n; ++b) f[b] = Measure(doc.Slice(doc.blocks[b].span));
    const std::unordered_set<std::string>* stops = GuessStopwords(f);

    std::vector<bool> furniture(n);
    for (size_t b = 0; b < n; ++b) furniture[b] = IsFurniturePhrase(f[b].norm);
    size_t title = n;
    for (size_t b = 0; b < n; ++b)
      if (doc.blocks[b].is_title) title = b;
    if (title == n) {
      for (size_t b = 0; b < n && title == n; ++b)
        if (!furniture[b] && !doc.blocks[b].in_furniture_element && f[b].words.size() >= 2)
          title = b;
      if (title < n) doc.blocks[title].is_title = true;
    }

    // Lines that recur across this site's earlier documents.
    const std::string site = SiteOf(doc);
    std::vector<uint64_t> hashes(n);
    std::vector<bool> recurring(n);
    if (!site.empty()) {
      size_t count = 0;
      for (size_t b = 0; b < n; ++b) {
        hashes[b] = FurnitureMemory::LineHash(f[b].norm);
        recurring[b] = b != title && memory_.Count(site, hashes[b]) >= FurnitureMemory::kMinDocs;
        count += recurring[b];
      }
      // Most lines seen before: this is a repeat of a known page, not furniture everywhere.
      if (count * 2 > n) std::fill(recurring.begin(), recurring.end(), false);
      memory_.Record(site, hashes);
    }

    std::vector<Class> cls(n, Class::kBad);
    for (size_t b = 0; b < n; ++b) {
      if (b == title) {
        cls[b] = Class::kGood;
        continue;
      }
      const Block& block = doc.blocks[b];
      const Features& x = f[b];
      if (furniture[b] || recurring[b] || block.in_furniture_element ||
          block.link_density > kMaxLinkDensity || (title < n && x.norm == f[title].norm))
        continue;
      double density = -1;  // unknown: no stop-word list for this language
      if (stops && !x.words.empty()) {
        size_t hits = 0;
        for (const std::string& w : x.words) hits += stops->count(w);
        density = static_cast<double>(hits) / x.words.size();
      }
      const bool sentence = x.ends_sentence && x.starts_like_sentence;
      if (x.chars >= kLongChars) {
        if (density >= kStopHigh || (density < 0 && (x.ends_sentence || x.words.size() >= 12)))
          cls[b] = Class::kGood;
        else if (sentence)  // news prose can be poor in stop words: let context decide
          cls[b] = Class::kCandidate;
      } else if (sentence && (x.words.size() >= 4 || (x.words.size() == 3 && density != 0))) {
        cls[b] = Class::kCandidate;
      } else if (block.is_heading && x.words.size() >= 2) {
        cls[b] = Class::kCandidate;  // a headline or subheading: kept next to article text
      }
    }
    // Context: a candidate is kept iff its nearest decided neighbour on either side is good.
    std::vector<Class> out = cls;
    for (size_t b = 0; b < n; ++b) {
      if (cls[b] != Class::kCandidate) continue;
      bool keep = false;
      for (size_t p = b; p-- > 0;)
        if (cls[p] != Class::kCandidate) {
          keep |= cls[p] == Class::kGood;
          break;
        }
      for (size_t q = b + 1; q < n; ++q)
        if (cls[q] != Class::kCandidate) {
          keep |= cls[q] == Class::kGood;
          break;
        }
      out[b] = keep ? Class::kGood : Class::kBad;
    }
    doc.body.clear();
    for (size_t b = 0; b < n; ++b) {
      doc.blocks[b].is_body = out[b] == Class::kGood;
      if (doc.blocks[b].is_body) doc.body.push_back(doc.blocks[b].span);
    }
  }

 private:
  static void SplitLines(Doc& doc) {
    std::string_view text = doc.text;
    size_t start = 0;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      size_t end = nl == std::string_view::npos ? text.size() : nl;
      size_t a = start, z = end;
      while (a < z) {
        UChar32 c;
        int32_t i = static_cast<int32_t>(a);
        U8_NEXT(text.data(), i, static_cast<int32_t>(z), c);
        if (!IsSpace(c)) break;
        a = i;
      }
      while (z > a) {
        UChar32 c;
        int32_t i = static_cast<int32_t>(z);
        U8_PREV(text.data(), static_cast<int32_t>(a), i, c);
        if (!IsSpace(c)) break;
        z = i;
      }
      if (z > a) {
        Block block;
        block.span = {static_cast<uint32_t>(a), static_cast<uint32_t>(z)};
        doc.blocks.push_back(block);
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
  }

  const std::unordered_set<std::string>* GuessStopwords(const std::vector<Features>& f) const {
    const std::unordered_set<std::string>* best = nullptr;
    size_t best_hits = 2;  // fewer than 3 hits in the whole page: no list applies
    for (const auto& [lang, set] : stopwords_) {
      size_t hits = 0;
      for (const Features& x : f)
        for (const std::string& w : x.words) hits += set.count(w);
      if (hits > best_hits) best_hits = hits, best = &set;
    }
    return best;
  }

  bool IsFurniturePhrase(const std::string& norm) const {
    std::string_view line = TrimEndPunct(norm);
    for (const Phrase& p : phrases_) {
      switch (p.match) {
        case Match::kLine:
          if (line == p.text) return true;
          break;
        case Match::kPrefix:
          if (norm.starts_with(p.text)) return true;
          break;
        case Match::kSuffix:
          if (line.ends_with(p.text) &&
              (line.size() == p.text.size() || line[line.size() - p.text.size() - 1] == ' '))
            return true;
          break;
        case Match::kContains:
          if (norm.find(p.text) != std::string::npos) return true;
          break;
      }
    }
    return false;
  }

  std::vector<Phrase> phrases_;
  std::map<std::string, std::unordered_set<std::string>> stopwords_;  // by language
  mutable FurnitureMemory memory_;                                    // internally synchronised
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeCleanStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<CleanStage>(resources));
}

}  // namespace entente
