// analyse — Lower() and Key() for every token (see analyse.h for the contract).
//
// Lower(w): apostrophe variants (’ ‘ ʼ ` ′) → ', combining stress marks (U+0300, U+0301) after a
//   Cyrillic letter dropped, then ICU NFKC_Casefold (NFKC + full case folding + default
//   ignorables such as soft hyphens removed; NBSP becomes a space).
// Key(w, lang): Lower(w), then ё → е, then for each part of a hyphenated word:
//   - lang has a table lang/<lang>/suffixes (suffix, replace, min_stem): the longest suffix whose
//     min_stem holds (letters left before it) is replaced by `replace`, once;
//   - else, when Snowball has a stemmer for lang (de, fr, es, ...): its stem;
//   - else Lower(w) unchanged.
// Words without a letter (numbers, punctuation) are keyed as their Lower().
// Cost: Lower() folds ASCII directly, and a word whose characters are all below U+0800 and have a
//   normalization boundary before them (ICU's Normalizer2::hasBoundaryBefore) character by
//   character from a table of ICU's foldings (which also says whether a folding has a letter or
//   ё, so keying does not read the word again); any other word goes through ICU as a whole. Suffix
//   lookups take string_views and a 16-bit signature filter. The stage keys t.lower (Lower() is
//   idempotent) and writes keys straight into the tokens.
#include "analyse/analyse.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/alternations.h"
#include "clean/char_info.h"

namespace entente {
namespace {

struct SuffixRule {
  std::string replace;
  size_t min_stem = 0;
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct SuffixTable {
  // Keyed by suffix (UTF-8, lower case).
  std::unordered_map<std::string, SuffixRule, StringHash, std::equal_to<>> rules;
  size_t max_letters = 0;                                // longest suffix, in code points
  std::vector<bool> maybe = std::vector<bool>(1 << 16);  // by Sig(): false = no such suffix

  static size_t Sig(std::string_view s) {
    const size_t second = s.size() > 1 ? static_cast<uint8_t>(s[1]) : 0;
    return (s.size() * 0x9E37 ^ second * 0x85EB ^ static_cast<uint8_t>(s[0]) * 0xC2B2 ^
            static_cast<uint8_t>(s.back())) &
           0xFFFF;
  }
};

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 || c == 0x2032 || c == 0x00B4;
}

std::string_view BaseLang(std::string_view lang) {
  size_t cut = lang.find_first_of("-_");
  return cut == std::string_view::npos ? lang : lang.substr(0, cut);
}

// Snowball stemmers are stateful: one per thread and language.
struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

sb_stemmer* ThreadStemmer(const std::string& lang) {
  thread_local std::map<std::string, StemmerPtr, std::less<>> stemmers;
  auto it = stemmers.find(lang);
  if (it == stemmers.end())
    it = stemmers.emplace(lang, StemmerPtr(sb_stemmer_new(lang.c_str(), "UTF_8"))).first;
  return it->second.get();
}

// Whether `s` has "ё" (D1 91): a byte loop, as memchr for D1 stops at every other Cyrillic letter.
bool HasYo(std::string_view s) {
  for (size_t i = 1; i < s.size(); ++i)
    if (s[i] == '\x91' && s[i - 1] == '\xD1') return true;
  return false;
}

bool HasLetter(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c >= 0 && chars::IsAlpha(c)) return true;
  }
  return false;
}

// NFKC_Casefold of each code point below chars::kCached on its own, for Lower()'s fast path:
// kAlone is set when ICU says the character has a normalization boundary before it (so a string
// of such characters normalizes character by character) and its folding fits `utf8`; kLetter
// when the folding has a letter (HasLetter), kYo when it has ё (HasYo); kStress for the stress
// marks Lower() drops after a Cyrillic letter. An apostrophe (IsApostrophe) has the entry of ',
// which Lower() makes it.
struct Fold {
  enum : uint8_t { kAlone = 1, kCyrillic = 2, kInherited = 4, kLetter = 8, kStress = 16, kYo = 32 };
  uint8_t flags = 0;
  uint8_t size = 0;
  char utf8[10] = {};
};

const std::array<Fold, chars::kCached>* FoldTable(const icu::Normalizer2* nfkc_cf) {
  static const auto* table = [nfkc_cf] {
    auto* t = new std::array<Fold, chars::kCached>();
    for (UChar32 c = 0; c < chars::kCached; ++c) {
      Fold& f = (*t)[c];
      const UScriptCode script = chars::Script(c);
      if (script == USCRIPT_CYRILLIC) f.flags |= Fold::kCyrillic;
      if (script == USCRIPT_INHERITED) f.flags |= Fold::kInherited;
      if (c == 0x0301 || c == 0x0300) f.flags |= Fold::kStress;
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString folded = nfkc_cf->normalize(icu::UnicodeString(c), status);
      std::string utf8;
      folded.toUTF8String(utf8);
      if (U_FAILURE(status) || utf8.size() > sizeof(f.utf8) || !nfkc_cf->hasBoundaryBefore(c))
        continue;
      f.flags |= Fold::kAlone;
      if (HasLetter(utf8)) f.flags |= Fold::kLetter;
      if (HasYo(utf8)) f.flags |= Fold::kYo;
      f.size = static_cast<uint8_t>(utf8.size());
      std::copy(utf8.begin(), utf8.end(), f.utf8);
    }
    for (UChar32 c = 0; c < chars::kCached; ++c)
      if (IsApostrophe(c)) (*t)[c] = (*t)['\''];
    return t;
  }();
  return table;
}

// Lower() and Key() (the contract above); MatchKeys and the stage share it.
class Keys {
 public:
  explicit Keys(const Resources& resources);
  std::string Lower(std::string_view word) const {
    std::string out;
    LowerInto(word, out);
    return out;
  }
  // What LowerInto() learns of its output on the way, so that keying need not read it again.
  struct Facts {
    bool letter = false;  // HasLetter(out)
    bool yo = false;      // HasYo(out)
  };
  // Lower(word) into `out`.
  Facts LowerInto(std::string_view word, std::string& out) const;
  // Key() of a word that is already Lower()'s output, appended to `out`.
  void KeyOfLower(std::string_view lower, std::string_view lang, std::string& out) const {
    KeyOfLower(lower, RulesFor(lang), {HasLetter(lower), HasYo(lower)}, out);
  }
  // What keys a language's words: its suffix table, else Snowball, else nothing.
  struct Rules {
    std::string lang;  // base code ("pt" for "pt-BR")
    const SuffixTable* table = nullptr;
    bool snowball = false;
  };
  Rules RulesFor(std::string_view lang) const;
  // `facts`: those of `lower`.
  void KeyOfLower(std::string_view lower, const Rules& rules, Facts facts, std::string& out) const;

 private:
  // Appends the stem of one part of a word (no hyphen) to `out`; `has_letter`: the part is
  // known to have a letter.
  void StemPart(std::string_view part, const Rules& rules, bool has_letter, std::string& out) const;

  const icu::Normalizer2* nfkc_cf = nullptr;
  const std::array<Fold, chars::kCached>* fold = nullptr;  // nfkc_cf's, per code point
  std::unordered_map<std::string, SuffixTable> tables;     // by language code
  std::unordered_set<std::string> snowball;                // languages Snowball can stem
};

Keys::Keys(const Resources& resources) {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) nfkc_cf = nullptr;
  if (nfkc_cf) fold = FoldTable(nfkc_cf);
  if (resources.pack) {
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      constexpr std::string_view kSuffix = "/suffixes";
      if (name.size() <= kSuffix.size() + 5 || !name.ends_with(kSuffix)) continue;
      std::string lang = name.substr(5, name.size() - 5 - kSuffix.size());
      const Table* t = resources.pack->Find(name);
      int c_suffix = t->ColumnIndex("suffix"), c_replace = t->ColumnIndex("replace"),
          c_min = t->ColumnIndex("min_stem");
      if (c_suffix < 0 || c_replace < 0) continue;
      SuffixTable& table = tables[lang];
      for (size_t r = 0; r < t->rows(); ++r) {
        SuffixRule rule;
        rule.replace = std::string(t->Cell(r, c_replace));
        if (c_min >= 0)
          rule.min_stem = std::strtoul(std::string(t->Cell(r, c_min)).c_str(), nullptr, 10);
        std::string suffix(t->Cell(r, c_suffix));
        if (suffix.empty()) continue;
        table.max_letters = std::max(table.max_letters, CountCodePoints(suffix));
        table.maybe[SuffixTable::Sig(suffix)] = true;
        table.rules[suffix] = std::move(rule);
      }
    }
  }
  // Snowball accepts ISO 639-1 codes as algorithm names; keep those it knows.
  static constexpr const char* kIsoCodes[] = {"ar", "da", "de", "el", "es", "eu", "fi", "fr", "ga",
                                              "hi", "hu", "hy", "id", "it", "lt", "ne", "nl", "no",
                                              "pt", "ro", "sr", "sv", "ta", "tr", "ca", "yi"};
  for (const char* code : kIsoCodes) {
    if (sb_stemmer* s = sb_stemmer_new(code, "UTF_8")) {
      snowball.insert(code);
      sb_stemmer_delete(s);
    }
  }
}

}  // namespace

struct MatchKeys::Impl {
  explicit Impl(const Resources& resources) : keys(resources), alternations(resources.pack.get()) {}
  Keys keys;
  Alternations alternations;
};

MatchKeys::MatchKeys(const Resources& resources) : impl_(std::make_unique<Impl>(resources)) {}
MatchKeys::~MatchKeys() = default;
MatchKeys::MatchKeys(MatchKeys&&) noexcept = default;

std::string MatchKeys::Lower(std::string_view word) const { return impl_->keys.Lower(word); }

std::vector<std::string> MatchKeys::AlternateStems(std::string_view word,
                                                   std::string_view lang) const {
  return impl_->alternations.Of(word, lang);
}

namespace {

Keys::Facts Keys::LowerInto(std::string_view word, std::string& out) const {
  // Fast path: printable ASCII needs only tolower and the backtick.
  // (The scan stops at the first non-ASCII byte: most words that are not ASCII start so.)
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out.assign(word);
    bool letter = false;
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '`') c = '\'';
      letter = letter || chars::IsAlpha(static_cast<unsigned char>(c));
    }
    return {letter, false};
  }
  // Fast path: characters that fold on their own (FoldTable), as ICU would fold the string.
  constexpr size_t kFastBytes = 64;
  if (fold && word.size() <= kFastBytes) {
    char buf[kFastBytes * sizeof(Fold::utf8)];  // a character folds to at most 10 bytes
    size_t n = 0;
    bool after_cyrillic = false, fast = true, letter = false, yo = false;
    for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
      UChar32 c = chars::NextCodePoint(word.data(), i, static_cast<int32_t>(word.size()));
      const Fold* at = chars::Cached(c) ? &(*fold)[c] : IsApostrophe(c) ? &(*fold)['\''] : nullptr;
      if (at && (at->flags & Fold::kStress) && after_cyrillic) continue;
      if (!at || !(at->flags & Fold::kAlone)) {
        fast = false;
        break;
      }
      const Fold& f = *at;
      if (!(f.flags & Fold::kInherited)) after_cyrillic = f.flags & Fold::kCyrillic;
      letter = letter || (f.flags & Fold::kLetter);
      yo = yo || (f.flags & Fold::kYo);  // ё is never split across two characters' foldings
      std::memcpy(buf + n, f.utf8, sizeof(f.utf8));
      n += f.size;
    }
    if (fast) {
      out.assign(buf, n);
      return {letter, yo};
    }
  }
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString pre;
  UScriptCode prev_script = USCRIPT_COMMON;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (IsApostrophe(c)) c = '\'';
    if ((c == 0x0301 || c == 0x0300) && prev_script == USCRIPT_CYRILLIC) continue;
    UScriptCode script = chars::Script(c);
    if (script != USCRIPT_INHERITED) prev_script = script;
    pre.append(c);
  }
  out.clear();
  if (nfkc_cf) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString norm = nfkc_cf->normalize(pre, status);
    if (U_SUCCESS(status)) pre = norm;
  } else {
    pre.foldCase();
  }
  pre.toUTF8String(out);
  return {HasLetter(out), HasYo(out)};
}

void Keys::StemPart(std::string_view key, const Rules& rules, bool has_letter,
                    std::string& out) const {
  const SuffixTable* table = rules.table;
  if (!has_letter && !HasLetter(key)) {
    out += key;
    return;
  }
  if (table) {
    // Byte offsets where the last 1..max_letters code points start.
    const size_t letters = CountCodePoints(key);
    const size_t count = std::min(table->max_letters, letters);
    std::array<size_t, 32> small;
    std::vector<size_t> large(count > small.size() ? count : 0);
    size_t* starts = count > small.size() ? large.data() : small.data();
    size_t pos = key.size();
    for (size_t n = 0; n < count; ++n) {
      do --pos;
      while (pos > 0 && (static_cast<unsigned char>(key[pos]) & 0xC0) == 0x80);
      starts[n] = pos;
    }
    for (size_t n = count; n-- > 0;) {  // longest suffix first
      const std::string_view suffix = key.substr(starts[n]);
      if (!table->maybe[SuffixTable::Sig(suffix)]) continue;
      auto rule = table->rules.find(suffix);
      if (rule == table->rules.end()) continue;
      if (letters - (n + 1) < rule->second.min_stem) continue;
      out += key.substr(0, starts[n]);
      out += rule->second.replace;
      return;
    }
    out += key;
    return;
  }
  if (rules.snowball) {
    if (sb_stemmer* s = ThreadStemmer(rules.lang)) {
      const sb_symbol* stem = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(key.data()),
                                              static_cast<int>(key.size()));
      if (stem) {
        out.append(reinterpret_cast<const char*>(stem), sb_stemmer_length(s));
        return;
      }
    }
  }
  out += key;
}

Keys::Rules Keys::RulesFor(std::string_view lang) const {
  Rules rules;
  rules.lang = BaseLang(lang);
  auto it = tables.find(rules.lang);
  rules.table = it == tables.end() ? nullptr : &it->second;
  rules.snowball = !rules.table && snowball.count(rules.lang);
  return rules;
}

void Keys::KeyOfLower(std::string_view lower, const Rules& rules, Facts facts,
                      std::string& out) const {
  if (!facts.letter) {
    out += lower;
    return;
  }
  // ё → е: Russian writes either.
  std::string replaced;
  if (facts.yo) {
    replaced = lower;
    for (size_t p; (p = replaced.find("ё")) != std::string::npos;) replaced.replace(p, 2, "е");
    lower = replaced;
  }
  // Each part of a hyphenated word inflects on its own: Азию-Биби, Франкфурте-на-Майне.
  // No slack: a key is rarely longer than its word, and a short one then stays in place (SSO).
  out.reserve(out.size() + lower.size());
  size_t start = 0;
  while (true) {
    size_t dash = lower.find('-', start);
    // A word without a hyphen is one part, with the letter found above.
    StemPart(lower.substr(start, dash == std::string::npos ? dash : dash - start), rules,
             start == 0 && dash == std::string::npos, out);
    if (dash == std::string::npos) break;
    out += '-';
    start = dash + 1;
  }
}

}  // namespace

std::string MatchKeys::Key(std::string_view word, std::string_view lang) const {
  std::string out;
  impl_->keys.KeyOfLower(impl_->keys.Lower(word), lang, out);
  return out;
}

std::string MatchKeys::Translit(std::string_view word) const {
  // ICU transliterators are not thread-safe: one per thread, created on first use.
  thread_local std::unique_ptr<icu::Transliterator> romanise = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  std::string lower = Lower(word);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(lower.data(), static_cast<int32_t>(lower.size())));
  if (romanise) romanise->transliterate(u);
  std::string latin, out;
  u.toUTF8String(latin);
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-') out += c;
  }
  return out;
}

namespace {

class AnalyseStage : public Stage {
 public:
  explicit AnalyseStage(const Resources& resources) : keys_(resources) {}
  std::string_view name() const override { return "analyse"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldTokens; }
  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    std::string_view rules_lang;
    Keys::Rules rules = keys_.RulesFor(rules_lang);
    for (const Sentence& s : doc.sentences) {
      std::string_view lang = doc.lang;
      if (s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty())
        lang = doc.blocks[s.block].lang;
      if (lang != rules_lang) rules = keys_.RulesFor(rules_lang = lang);
      uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
      for (uint32_t i = s.first_token; i < end; ++i) Assign(doc, doc.tokens[i], rules);
    }
  }

 private:
  void Assign(const Doc& doc, Token& t, const Keys::Rules& rules) const {
    const Keys::Facts facts = keys_.LowerInto(doc.Slice(t.span), t.lower);
    // Lower() is idempotent, so keying the lower form equals keying the surface.
    t.key.clear();
    if (t.kind == TokenKind::kWord)
      keys_.KeyOfLower(t.lower, rules, facts, t.key);
    else
      t.key = t.lower;
  }
  Keys keys_;
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeAnalyseStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<AnalyseStage>(resources));
}

}  // namespace entente
