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
#include "analyse/analyse.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace entente {
namespace {

struct SuffixRule {
  std::string replace;
  size_t min_stem = 0;
};

struct SuffixTable {
  std::unordered_map<std::string, SuffixRule> rules;  // keyed by suffix (UTF-8, lower case)
  size_t max_letters = 0;                             // longest suffix, in code points
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

bool HasLetter(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace

struct MatchKeys::Impl {
  const icu::Normalizer2* nfkc_cf = nullptr;
  std::unordered_map<std::string, SuffixTable> tables;  // by language code
  std::unordered_set<std::string> snowball;             // languages Snowball can stem

  std::string KeyOfLower(std::string lower, std::string_view lang) const;
  std::string StemPart(std::string part, const std::string& lang) const;
};

MatchKeys::MatchKeys(const Resources& resources) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) impl_->nfkc_cf = nullptr;
  if (resources.pack) {
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      constexpr std::string_view kSuffix = "/suffixes";
      if (name.size() <= kSuffix.size() + 5 || !name.ends_with(kSuffix)) continue;
      std::string lang = name.substr(5, name.size() - 5 - kSuffix.size());
      const Table* t = resources.pack->Find(name);
      int c_suffix = t->ColumnIndex("suffix"), c_replace = t->ColumnIndex("replace"),
          c_min = t->ColumnIndex("min_stem");
      if (c_suffix < 0 || c_replace < 0) continue;
      SuffixTable& table = impl_->tables[lang];
      for (size_t r = 0; r < t->rows(); ++r) {
        SuffixRule rule;
        rule.replace = std::string(t->Cell(r, c_replace));
        if (c_min >= 0)
          rule.min_stem = std::strtoul(std::string(t->Cell(r, c_min)).c_str(), nullptr, 10);
        std::string suffix(t->Cell(r, c_suffix));
        if (suffix.empty()) continue;
        table.max_letters = std::max(table.max_letters, CountCodePoints(suffix));
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
      impl_->snowball.insert(code);
      sb_stemmer_delete(s);
    }
  }
}

MatchKeys::~MatchKeys() = default;
MatchKeys::MatchKeys(MatchKeys&&) noexcept = default;

std::string MatchKeys::Lower(std::string_view word) const {
  // Fast path: printable ASCII needs only tolower and the backtick.
  bool ascii = true;
  for (unsigned char c : word) ascii &= c < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '`') c = '\'';
    }
    return out;
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
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &err);
    if (script != USCRIPT_INHERITED) prev_script = script;
    pre.append(c);
  }
  std::string out;
  if (impl_->nfkc_cf) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString norm = impl_->nfkc_cf->normalize(pre, status);
    if (U_SUCCESS(status)) pre = norm;
  } else {
    pre.foldCase();
  }
  pre.toUTF8String(out);
  return out;
}

std::string MatchKeys::Impl::StemPart(std::string key, const std::string& lang) const {
  if (!HasLetter(key)) return key;
  if (auto it = tables.find(lang); it != tables.end()) {
    const SuffixTable& table = it->second;
    // Byte offsets where the last 1..max_letters code points start.
    size_t letters = CountCodePoints(key);
    size_t pos = key.size();
    std::vector<size_t> starts;
    for (size_t n = 0; n < table.max_letters && n < letters; ++n) {
      do --pos;
      while (pos > 0 && (static_cast<unsigned char>(key[pos]) & 0xC0) == 0x80);
      starts.push_back(pos);
    }
    for (size_t n = starts.size(); n-- > 0;) {  // longest suffix first
      auto rule = table.rules.find(key.substr(starts[n]));
      if (rule == table.rules.end()) continue;
      if (letters - (n + 1) < rule->second.min_stem) continue;
      key.resize(starts[n]);
      key += rule->second.replace;
      return key;
    }
    return key;
  }
  if (snowball.count(lang)) {
    if (sb_stemmer* s = ThreadStemmer(lang)) {
      const sb_symbol* stem = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(key.data()),
                                              static_cast<int>(key.size()));
      if (stem) return std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(s));
    }
  }
  return key;
}

std::string MatchKeys::Impl::KeyOfLower(std::string key, std::string_view lang_in) const {
  if (!HasLetter(key)) return key;
  // ё → е: Russian writes either.
  for (size_t p; (p = key.find("ё")) != std::string::npos;) key.replace(p, 2, "е");
  std::string lang(BaseLang(lang_in));
  // Each part of a hyphenated word inflects on its own: Азию-Биби, Франкфурте-на-Майне.
  std::string out;
  size_t start = 0;
  while (true) {
    size_t dash = key.find('-', start);
    out += StemPart(key.substr(start, dash == std::string::npos ? dash : dash - start), lang);
    if (dash == std::string::npos) break;
    out += '-';
    start = dash + 1;
  }
  return out;
}

std::string MatchKeys::Key(std::string_view word, std::string_view lang) const {
  return impl_->KeyOfLower(Lower(word), lang);
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
    for (const Sentence& s : doc.sentences) {
      std::string_view lang = doc.lang;
      if (s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty())
        lang = doc.blocks[s.block].lang;
      uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
      for (uint32_t i = s.first_token; i < end; ++i) Assign(doc, doc.tokens[i], lang);
    }
  }

 private:
  void Assign(const Doc& doc, Token& t, std::string_view lang) const {
    t.lower = keys_.Lower(doc.Slice(t.span));
    // Lower() is idempotent, so keying the lower form equals keying the surface.
    t.key = t.kind == TokenKind::kWord ? keys_.Key(t.lower, lang) : t.lower;
  }
  MatchKeys keys_;
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeAnalyseStage(const Resources& resources) {
  return std::unique_ptr<Stage>(std::make_unique<AnalyseStage>(resources));
}

}  // namespace entente
