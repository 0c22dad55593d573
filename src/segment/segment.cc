// segment — ICU sentence and word breaks over the body blocks (contract in segment.h).
//
// Sentences: ICU's sentence BreakIterator for the block's language. A break is dropped when the
// white-space-delimited chunk before it (opening quotes and brackets stripped, lower-cased) is in
// lang/<code>/abbreviations ("ген.", "т.е.", "U.S.") or is one or more one-letter initials
// ("В.", "В.В.", "J."), or — in languages that write ordinals with a period (de, pl, cs, ...) — a
// one- or two-digit number with its period ("3. Oktober"). ICU's FilteredBreakIteratorBuilder is
// not used: in ICU 72.1 it matches an entry as the suffix of any word, so "в." suppresses the break
// after "союзников." and "al." the one after "capital." (re-checked with a minimal program; kept as
// the test IcuFilteredBreakIterator.SuppressesAfterWordEndsNotOnlyWholeWords, which fails once ICU
// fixes it). Sentences never cross a block; leading and
// trailing white space is trimmed.
// Tokens: ICU's word BreakIterator (dictionary-based for zh/ja/th); words joined by a hyphen
// with no space ("північно-східній", "e-mail") become one token; a URL (http://, https://,
// www.) up to white space, less trailing punctuation, is one kSymbol token; white space is
// skipped.
// ICU iterators are stateful: the stage keeps immutable prototypes and clones them per call.
#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace entente {
namespace {

using BreakPtr = std::unique_ptr<icu::BreakIterator>;

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UChar32 CodePointAt(std::string_view s, size_t i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 CodePointBefore(std::string_view s, size_t i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  return c;
}

bool IsSpace(UChar32 c) { return c == ' ' || c == '\t' || u_isUWhiteSpace(c); }

std::string LowerUtf8(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower();
  std::string out;
  u.toUTF8String(out);
  return out;
}

// The white-space-delimited chunk that ends text[0, end) after trailing white space, with
// opening quotes and brackets removed: "(ген. " → "ген.".
std::string_view ChunkBefore(std::string_view text, size_t end) {
  while (end > 0 && IsSpace(CodePointBefore(text, end)))
    end -= U8_LENGTH(CodePointBefore(text, end));
  size_t begin = end;
  while (begin > 0 && !IsSpace(CodePointBefore(text, begin)))
    begin -= U8_LENGTH(CodePointBefore(text, begin));
  while (begin < end) {
    UChar32 c = CodePointAt(text, begin);
    if (!(u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK) || c == '(' || c == '[')) break;
    begin += U8_LENGTH(c);
  }
  return text.substr(begin, end - begin);
}

// True iff `chunk` is one or more initials: "В.", "В.В.", "J.".
bool IsInitials(std::string_view chunk) {
  size_t i = 0;
  int letters = 0;
  while (i < chunk.size()) {
    UChar32 c = CodePointAt(chunk, i);
    if (!u_isupper(c)) return false;
    i += U8_LENGTH(c);
    if (i >= chunk.size() || chunk[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters > 0;
}

// Length of the URL that starts `s` ("http://", "https://" or "www."): the run up to white
// space, without trailing punctuation ("…/news/." → "…/news/"); 0 when `s` starts no URL.
size_t UrlLength(std::string_view s) {
  if (!s.starts_with("http://") && !s.starts_with("https://") && !s.starts_with("www.")) return 0;
  size_t n = 0;
  while (n < s.size() && !IsSpace(CodePointAt(s, n))) n += U8_LENGTH(CodePointAt(s, n));
  while (n > 0) {
    UChar32 c = CodePointBefore(s, n);
    if (c == '/' || !(u_ispunct(c) || c == '>')) break;
    n -= U8_LENGTH(c);
  }
  return n;
}

// True iff `chunk` is a one- or two-digit number with a period, an ordinal in languages that
// write "3. Oktober" (kOrdinalDot).
bool IsOrdinal(std::string_view chunk) {
  return (chunk.size() == 2 || chunk.size() == 3) && chunk.back() == '.' &&
         std::all_of(chunk.begin(), chunk.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
}

// Languages that write ordinal numbers with a period.
const std::unordered_set<std::string_view> kOrdinalDot = {"de", "pl", "cs", "sk", "sl", "hr",
                                                          "sr", "bs", "da", "no", "fi", "hu"};

class SegmentStage : public Stage {
 public:
  std::string_view name() const override { return "segment"; }
  FieldSet requires_fields() const override { return kFieldBody | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldSentences | kFieldTokens; }

  Status Init(const Resources& resources) {
    UErrorCode status = U_ZERO_ERROR;
    word_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    default_sentence_.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
      return Status::Error(std::string("ICU break iterators: ") + u_errorName(status));
    if (!resources.pack) return Status();
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      constexpr std::string_view kSuffix = "/abbreviations";
      if (!name.ends_with(kSuffix) || name.size() <= 5 + kSuffix.size()) continue;
      std::string lang = name.substr(5, name.size() - 5 - kSuffix.size());
      const Table* table = resources.pack->Find(name);
      int col = table->ColumnIndex("abbr");
      if (col < 0) continue;
      std::unordered_set<std::string>& set = abbreviations_[lang];
      for (size_t r = 0; r < table->rows(); ++r) set.insert(LowerUtf8(table->Cell(r, col)));
      icu::Locale locale(lang.c_str());
      BreakPtr base(icu::BreakIterator::createSentenceInstance(locale, status));
      if (U_FAILURE(status)) return Status::Error("ICU sentence iterator for " + lang);
      sentence_[lang] = std::move(base);
    }
    return Status();
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    doc.sentences.clear();
    doc.tokens.clear();
    BreakPtr word(word_->clone());
    std::map<std::string, BreakPtr, std::less<>> sentence_iters;
    for (uint32_t b = 0; b < doc.blocks.size(); ++b) {
      const Block& block = doc.blocks[b];
      if (!block.is_body || block.span.empty() || block.span.end > doc.text.size()) continue;
      std::string lang = block.lang.empty() ? doc.lang : block.lang;
      auto it = sentence_iters.find(lang);
      if (it == sentence_iters.end()) {
        auto proto = sentence_.find(lang.substr(0, lang.find_first_of("-_")));
        const icu::BreakIterator* p =
            proto == sentence_.end() ? default_sentence_.get() : proto->second.get();
        it = sentence_iters.emplace(lang, BreakPtr(p->clone())).first;
      }
      const std::string base = lang.substr(0, lang.find_first_of("-_"));
      auto abbr = abbreviations_.find(base);
      SegmentBlock(doc, b, *it->second, *word,
                   abbr == abbreviations_.end() ? nullptr : &abbr->second,
                   kOrdinalDot.count(base) > 0);
    }
  }

 private:
  using AbbrSet = std::unordered_set<std::string>;

  void SegmentBlock(Doc& doc, uint32_t b, icu::BreakIterator& sentences, icu::BreakIterator& words,
                    const AbbrSet* abbreviations, bool ordinal_dot) const {
    const Span span = doc.blocks[b].span;
    std::string_view text = std::string_view(doc.text).substr(span.begin, span.size());
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr ut(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    sentences.setText(ut.get(), status);
    if (U_FAILURE(status)) return;
    int32_t start = sentences.first();
    for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; end = sentences.next()) {
      if (static_cast<size_t>(end) < text.size()) {
        std::string_view chunk = ChunkBefore(text, end);
        if (IsInitials(chunk) || (abbreviations && abbreviations->count(LowerUtf8(chunk))) ||
            (ordinal_dot && IsOrdinal(chunk)))
          continue;
      }
      AddSentence(doc, b, text, start, end, words, abbreviations);
      start = end;
    }
    if (static_cast<size_t>(start) < text.size())
      AddSentence(doc, b, text, start, static_cast<int32_t>(text.size()), words, abbreviations);
  }

  void AddSentence(Doc& doc, uint32_t b, std::string_view text, size_t start, size_t end,
                   icu::BreakIterator& words, const AbbrSet* abbreviations) const {
    while (start < end && IsSpace(CodePointAt(text, start)))
      start += U8_LENGTH(CodePointAt(text, start));
    while (end > start && IsSpace(CodePointBefore(text, end)))
      end -= U8_LENGTH(CodePointBefore(text, end));
    if (start >= end) return;
    const uint32_t base = doc.blocks[b].span.begin;
    Sentence sentence;
    sentence.span = {static_cast<uint32_t>(base + start), static_cast<uint32_t>(base + end)};
    sentence.block = b;
    sentence.first_token = static_cast<uint32_t>(doc.tokens.size());
    std::string_view s = text.substr(start, end - start);
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr ut(utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status));
    words.setText(ut.get(), status);
    if (U_FAILURE(status)) return;
    const uint32_t offset = sentence.span.begin;
    int32_t a = words.first();
    int32_t url_end = 0;  // inside a URL token until here
    for (int32_t z = words.next(); z != icu::BreakIterator::DONE; a = z, z = words.next()) {
      if (a < url_end) continue;
      const int32_t rule = words.getRuleStatus();
      UChar32 first = CodePointAt(s, a);
      if (rule < UBRK_WORD_NONE_LIMIT && IsSpace(first)) continue;
      if (size_t n = UrlLength(s.substr(a)); n > 0) {
        url_end = a + static_cast<int32_t>(n);
        doc.tokens.push_back({{offset + a, offset + url_end}, TokenKind::kSymbol, false, "", ""});
        continue;
      }
      Token token;
      token.span = {offset + a, offset + z};
      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
        token.kind = TokenKind::kNumber;
      } else if (rule >= UBRK_WORD_LETTER) {
        token.kind = TokenKind::kWord;
      } else {
        token.kind = u_ispunct(first) ? TokenKind::kPunct : TokenKind::kSymbol;
      }
      token.capitalized = u_isupper(first) || u_istitle(first);
      // "U.S" "." → "U.S." when the abbreviation list has it with an inner period.
      if (token.kind == TokenKind::kPunct && z - a == 1 && s[a] == '.' && abbreviations &&
          doc.tokens.size() > sentence.first_token) {
        Token& left = doc.tokens.back();
        std::string_view joined(doc.text.data() + left.span.begin,
                                token.span.end - left.span.begin);
        if (left.span.end == token.span.begin && left.kind == TokenKind::kWord &&
            joined.find('.') < joined.size() - 1 && abbreviations->count(LowerUtf8(joined))) {
          left.span.end = token.span.end;
          continue;
        }
      }
      // word '-' word, no spaces: one word.
      const size_t n = doc.tokens.size() - sentence.first_token;
      if (token.kind == TokenKind::kWord && n >= 2) {
        Token& hyphen = doc.tokens[doc.tokens.size() - 1];
        Token& left = doc.tokens[doc.tokens.size() - 2];
        std::string_view h = doc.Slice(hyphen.span);
        if ((h == "-" || h == "\u2010" || h == "\u2011") && hyphen.span.begin == left.span.end &&
            hyphen.span.end == token.span.begin && left.kind == TokenKind::kWord) {
          left.span.end = token.span.end;
          doc.tokens.pop_back();
          continue;
        }
      }
      doc.tokens.push_back(std::move(token));
    }
    sentence.token_count = static_cast<uint32_t>(doc.tokens.size()) - sentence.first_token;
    if (sentence.token_count > 0) doc.sentences.push_back(sentence);
  }

  BreakPtr word_;
  BreakPtr default_sentence_;
  std::map<std::string, BreakPtr, std::less<>> sentence_;      // by language code
  std::map<std::string, AbbrSet, std::less<>> abbreviations_;  // lower case, by language code
};

}  // namespace

Expected<std::unique_ptr<Stage>> MakeSegmentStage(const Resources& resources) {
  auto stage = std::make_unique<SegmentStage>();
  if (Status st = stage->Init(resources); !st.ok()) return st;
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace entente
