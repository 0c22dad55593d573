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
// Cost: one pass per block (Measure) gives the normalised line, the word count and the stop-word
// hits per list, with ICU properties from clean/char_info.h and no allocation per word (below
// U+0800 a character's norm bytes and flags come from one table, NormTable, copied whole);
// "contains" phrases are searched together in one pass (MultiSearch), "line" phrases hashed.
#include "clean/clean.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/char_info.h"
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

// Finds whether any of several byte strings occurs in a text, in one pass (Wu–Manber): the
// window of the shortest pattern's length m slides by how far its last two bytes allow.
// Patterns shorter than kMinLength are searched with memchr for their first byte (vectorised;
// glibc's memmem walks a short needle's text byte by byte).
class MultiSearch {
 public:
  static constexpr size_t kMinLength = 4;

  void Add(std::string pattern) {
    (pattern.size() < kMinLength ? short_ : long_).push_back(std::move(pattern));
  }
  void Build() {
    if (long_.empty()) return;
    m_ = long_[0].size();
    for (const std::string& p : long_) m_ = std::min(m_, p.size());
    shift_.assign(kTable, static_cast<uint8_t>(std::min<size_t>(m_ - 1, 255)));
    for (size_t k = 0; k < long_.size(); ++k) {
      for (size_t j = 1; j < m_; ++j) {  // the two bytes ending at j, m_ - 1 - j from the end
        uint8_t& s = shift_[Hash(long_[k][j - 1], long_[k][j])];
        s = static_cast<uint8_t>(std::min<size_t>(s, std::min<size_t>(m_ - 1 - j, 255)));
      }
    }
  }
  bool AnyIn(std::string_view text) const {
    for (const std::string& p : short_)
      if (Contains(text, p)) return true;
    if (long_.empty()) return false;
    for (size_t end = m_ - 1; end < text.size();) {
      const uint8_t s = shift_[Hash(text[end - 1], text[end])];
      if (s > 0) {
        end += s;
        continue;
      }
      const size_t start = end + 1 - m_;
      for (const std::string& p : long_)
        if (text.substr(start).starts_with(p)) return true;
      ++end;
    }
    return false;
  }

 private:
  static bool Contains(std::string_view text, std::string_view p) {
    if (p.empty()) return true;
    const char* end = text.data() + text.size();
    for (const char* at = text.data();
         (at = static_cast<const char*>(std::memchr(at, p[0], end - at))) != nullptr; ++at)
      if (static_cast<size_t>(end - at) >= p.size() && std::memcmp(at, p.data(), p.size()) == 0)
        return true;
    return false;
  }
  static constexpr size_t kTable = 1 << 12;
  static size_t Hash(char a, char b) {
    return (static_cast<uint8_t>(a) * 67u + static_cast<uint8_t>(b)) & (kTable - 1);
  }
  std::vector<std::string> short_, long_;
  size_t m_ = 0;
  std::vector<uint8_t> shift_;
};

bool IsSpace(UChar32 c) { return chars::IsUWhiteSpace(c) || c == 0xFEFF; }

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Every lang/<code>/stopwords list, merged: word (Normalise()d) → indices into `langs`.
struct StopIndex {
  std::vector<std::string> langs;  // sorted
  std::unordered_map<std::string, std::vector<uint16_t>, StringHash, std::equal_to<>> words;
  size_t max_bytes = 0;                                  // longest word
  std::vector<bool> maybe = std::vector<bool>(1 << 16);  // by Sig(): false = not a stop word

  static size_t Sig(std::string_view w) { return chars::WordSignature(w); }
};

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

// What Measure writes for a code point below chars::kCached that is not white space: its lower
// case with Measure's mappings (ё → е, ʼ and ` → '), in UTF-8 (`utf8` is padded to
// U8_MAX_LENGTH bytes so that it is copied at once), and chars::Table()'s flags.
struct NormChar {
  char utf8[U8_MAX_LENGTH] = {};
  uint8_t size = 0;
  uint16_t flags = 0;
};

UChar32 NormLower(UChar32 lower) {
  if (lower == 0x0451) return 0x0435;  // ё → е
  if (lower == 0x2019 || lower == 0x02BC || lower == 0x2018 || lower == '`') return '\'';
  return lower;
}

const NormChar* NormTable() {
  static const NormChar* table = [] {
    static NormChar t[chars::kCached];
    const chars::Entry* info = chars::Table();
    for (UChar32 c = 0; c < chars::kCached; ++c) {
      int32_t n = 0;
      U8_APPEND_UNSAFE(t[c].utf8, n, NormLower(info[c].lower));
      t[c].size = static_cast<uint8_t>(n);
      t[c].flags = info[c].flags;
    }
    return t;
  }();
  return table;
}

struct Features {
  std::string norm;
  size_t words = 0;  // runs of letters (and inner apostrophes)
  size_t chars = 0;  // code points, CJK counted twice
  bool ends_sentence = false;
  bool starts_like_sentence = false;
};

// One pass over `text`: f.norm = Normalise(text), the words (lower case, ё → е, ’ → ') with
// the stop lists each hits added to hits[list], characters, and the sentence shape. Falls back
// to Normalise() for the norm when a character's full lower case is not its simple one (İ, Σ)
// or the text is not valid UTF-8.
Features Measure(std::string_view text, const StopIndex& stops, uint32_t* hits) {
  Features f;
  bool norm_slow = false, space = false;
  chars::Word word(stops.max_bytes);
  UChar32 first = -1, last = -1;
  auto flush = [&] {
    if (word.empty()) return;
    ++f.words;
    if (word.fits() && stops.maybe[StopIndex::Sig(word.view())])
      if (auto it = stops.words.find(word.view()); it != stops.words.end())
        for (uint16_t l : it->second) ++hits[l];
    word.clear();
  };
  const NormChar* table = NormTable();
  // The norm is at most 3/2 of the text: a two-byte character may lower-case to three bytes
  // (Ⱥ → ⱥ), other characters keep or shrink their size, a space replaces white space; the
  // U8_MAX_LENGTH bytes of slack take NormChar's whole-width copy of the last character.
  f.norm.resize(text.size() + text.size() / 2 + U8_MAX_LENGTH);
  char* out = f.norm.data();
  size_t n = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0) {
      norm_slow = true;
      continue;
    }
    if (c < chars::kCached) {  // the same steps as below, from the table
      const NormChar& e = table[c];
      f.chars += (e.flags & chars::kIdeographic) ? 2 : 1;
      if (e.flags & chars::kWhite) {
        space = n != 0;
        flush();
        continue;
      }
      if (first < 0) first = c;
      last = c;
      if (!norm_slow) {
        if (space) out[n++] = ' ';
        space = false;
        if (e.flags & chars::kLowerSpecial) norm_slow = true;
        std::memcpy(out + n, e.utf8, U8_MAX_LENGTH);
        n += e.size;
      }
      if ((e.flags & chars::kAlpha) || ((c == '\'' || c == 0x02BC) && !word.empty()))
        word.AddEncoded(e.utf8, e.size);
      else if (!word.empty())
        flush();
      continue;
    }
    const bool is_space = IsSpace(c);
    // The norm.
    if (is_space) {
      space = n != 0;
    } else if (!norm_slow) {
      if (space) out[n++] = ' ';
      space = false;
      if (u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_LOWERCASED)) norm_slow = true;
      const UChar32 lower = NormLower(c);
      int32_t k = static_cast<int32_t>(n);
      U8_APPEND_UNSAFE(out, k, lower);
      n = static_cast<size_t>(k);
    }
    // Shape and words.
    if (!is_space) {
      if (first < 0) first = c;
      last = c;
    }
    f.chars += chars::IsIdeographic(c) ? 2 : 1;
    if (u_isalpha(c) || (c == 0x2019 && !word.empty())) {
      UChar32 lower = u_tolower(c);
      if (lower == 0x0451) lower = 0x0435;
      if (lower == 0x2019 || lower == 0x02BC) lower = '\'';
      word.Add(lower);
    } else if (!word.empty()) {
      flush();
    }
  }
  flush();
  f.norm.resize(n);
  if (norm_slow) f.norm = Normalise(text);
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

  explicit CleanStage(const Resources& resources) : site_memory_(resources.options.site_memory) {
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
          if (phrase.empty()) continue;
          if (match == Match::kLine) {
            max_line_bytes_ = std::max(max_line_bytes_, phrase.size());
            lines_.insert(std::move(phrase));
          } else
            phrases_.push_back({std::move(phrase), match});
        }
      } else if (name.ends_with("/stopwords") && name.size() > 15) {
        stops_.langs.push_back(name.substr(5, name.size() - 15));  // TableNames is sorted
        int col = t->ColumnIndex("word");
        for (size_t r = 0; col >= 0 && r < t->rows(); ++r) {
          std::string word = Normalise(t->Cell(r, col));
          if (word.empty()) continue;
          stops_.max_bytes = std::max(stops_.max_bytes, word.size());
          stops_.maybe[StopIndex::Sig(word)] = true;
          std::vector<uint16_t>& in = stops_.words[word];
          const uint16_t l = static_cast<uint16_t>(stops_.langs.size() - 1);
          if (in.empty() || in.back() != l) in.push_back(l);
        }
      }
    }
    for (const Phrase& p : phrases_)
      if (p.match == Match::kContains) contains_.Add(p.text);
    contains_.Build();
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    if (doc.blocks.empty()) SplitLines(doc);
    const size_t n = doc.blocks.size(), lists = stops_.langs.size();
    std::vector<Features> f(n);
    std::vector<uint32_t> hits(n * lists);  // [block * lists + list]: stop words of that list
    for (size_t b = 0; b < n; ++b)
      f[b] = Measure(doc.Slice(doc.blocks[b].span), stops_, hits.data() + b * lists);
    const size_t stops = GuessStopwords(hits);

    std::vector<bool> furniture(n);
    for (size_t b = 0; b < n; ++b) furniture[b] = IsFurniturePhrase(f[b].norm);
    size_t title = n;
    for (size_t b = 0; b < n; ++b)
      if (doc.blocks[b].is_title) title = b;
    if (title == n) {
      for (size_t b = 0; b < n && title == n; ++b)
        if (!furniture[b] && !doc.blocks[b].in_furniture_element && f[b].words >= 2) title = b;
      if (title < n) doc.blocks[title].is_title = true;
    }

    // Lines that recur across this site's earlier documents.
    const std::string site = site_memory_ ? SiteOf(doc) : std::string();
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
      if (stops < lists && x.words > 0)
        density = static_cast<double>(hits[b * lists + stops]) / static_cast<double>(x.words);
      const bool sentence = x.ends_sentence && x.starts_like_sentence;
      if (x.chars >= kLongChars) {
        if (density >= kStopHigh || (density < 0 && (x.ends_sentence || x.words >= 12)))
          cls[b] = Class::kGood;
        else if (sentence)  // news prose can be poor in stop words: let context decide
          cls[b] = Class::kCandidate;
      } else if (sentence && (x.words >= 4 || (x.words == 3 && density != 0))) {
        cls[b] = Class::kCandidate;
      } else if (block.is_heading && x.words >= 2) {
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

  // The list the page's words hit most (index into stops_.langs; the first on a tie), or
  // stops_.langs.size() when none has 3 hits.
  size_t GuessStopwords(const std::vector<uint32_t>& hits) const {
    const size_t lists = stops_.langs.size();
    size_t best = lists, best_hits = 2;  // fewer than 3 hits in the whole page: no list applies
    for (size_t l = 0; l < lists; ++l) {
      size_t total = 0;
      for (size_t i = l; i < hits.size(); i += lists) total += hits[i];
      if (total > best_hits) best_hits = total, best = l;
    }
    return best;
  }

  bool IsFurniturePhrase(const std::string& norm) const {
    std::string_view line = TrimEndPunct(norm);
    if (line.size() <= max_line_bytes_ && lines_.find(line) != lines_.end()) return true;
    for (const Phrase& p : phrases_) {
      switch (p.match) {
        case Match::kLine:
          break;              // in lines_
        case Match::kPrefix:  // the first byte before memcmp: most blocks differ there
          if (!norm.empty() && norm[0] == p.text[0] && norm.starts_with(p.text)) return true;
          break;
        case Match::kSuffix:
          if (line.ends_with(p.text) &&
              (line.size() == p.text.size() || line[line.size() - p.text.size() - 1] == ' '))
            return true;
          break;
        case Match::kContains:
          break;  // in contains_
      }
    }
    return contains_.AnyIn(norm);
  }

  std::unordered_set<std::string, StringHash, std::equal_to<>> lines_;  // Match::kLine phrases
  size_t max_line_bytes_ = 0;                                           // the longest of lines_
  std::vector<Phrase> phrases_;                                         // the other matches
  MultiSearch contains_;  // the Match::kContains phrases
  StopIndex stops_;
  bool site_memory_;                // Options::site_memory
  mutable FurnitureMemory memory_;  // internally synchronised
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeCleanStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<CleanStage>(resources));
}

}  // namespace entente
