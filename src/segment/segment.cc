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
// Tokens: the word breaks of ICU's word BreakIterator (dictionary-based for zh/ja/th); on
// blocks of plain text (letters, digits, spaces, ordinary punctuation) PlainWordBreaks gives
// the same breaks and statuses from the characters' Word_Break classes without the iterator
// (word_breaks.h; word_breaks_test checks it against ICU). Words joined by a hyphen with no
// space ("північно-східній", "e-mail") become one token; a URL (http://, https://, www.) up to
// white space, less trailing punctuation, is one kSymbol token; white space is skipped.
// ICU iterators are stateful: the stage keeps immutable prototypes and clones them per call.
// Cost: ICU's iterators run on the block converted once to UTF-16 (ICU's UTF-8 UText costs a
// function call per chunk of characters); word breaks are found once per block, and a sentence
// takes the block's breaks between its ends when both ends are breaks (else those of the
// sentence alone), so tokens are those of the sentence on its own.
#include "segment/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/char_info.h"
#include "segment/word_breaks.h"

namespace entente {
namespace {

using BreakPtr = std::unique_ptr<icu::BreakIterator>;

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UChar32 CodePointAt(std::string_view s, size_t i) {
  int32_t pos = static_cast<int32_t>(i);
  return chars::NextCodePoint(s.data(), pos, static_cast<int32_t>(s.size()));
}

UChar32 CodePointBefore(std::string_view s, size_t i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  return c;
}

bool IsSpace(UChar32 c) { return c == ' ' || c == '\t' || chars::IsUWhiteSpace(c); }

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
    if (!(chars::IsQuote(c) || c == '(' || c == '[')) break;
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
    if (!chars::IsUpper(c)) return false;
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
    if (c == '/' || !(chars::IsPunct(c) || c == '>')) break;
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

// A growable array of a trivial type whose resize() leaves new elements uninitialised and never
// gives memory back: the per-block buffers below are rewritten before they are read.
template <typename T>
class Buffer {
 public:
  size_t size() const { return size_; }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  T* begin() { return data(); }
  T* end() { return data() + size_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  void resize(size_t n) {
    if (n > capacity_) {
      std::unique_ptr<T[]> grown(new T[n]);
      std::copy(begin(), end(), grown.get());
      data_ = std::move(grown), capacity_ = n;
    }
    size_ = n;
  }

 private:
  std::unique_ptr<T[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

using Boundary = segment::WordBoundary;

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
    plain_ = std::make_unique<segment::PlainWordBreaks>(*word_);
    if (!resources.pack) return Status();
    for (const std::string& name : resources.pack->TableNames("lang/")) {
      constexpr std::string_view kSuffix = "/abbreviations";
      if (!name.ends_with(kSuffix) || name.size() <= 5 + kSuffix.size()) continue;
      std::string lang = name.substr(5, name.size() - 5 - kSuffix.size());
      const Table* table = resources.pack->Find(name);
      int col = table->ColumnIndex("abbr");
      if (col < 0) continue;
      AbbrSet& set = abbreviations_[lang];
      for (size_t r = 0; r < table->rows(); ++r) {
        std::string abbr = LowerUtf8(table->Cell(r, col));
        set.max_bytes = std::max(set.max_bytes, abbr.size());
        set.lower.insert(std::move(abbr));
      }
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
    size_t body_bytes = 0;
    for (const Block& block : doc.blocks)
      if (block.is_body) body_bytes += block.span.size();
    doc.tokens.reserve(body_bytes / 5);
    // Clones of the prototypes and the block buffer, kept per thread across documents (an
    // iterator is reset by setText; cloning one per document cost several allocations).
    thread_local ThreadState state;
    if (state.stage != id_) {
      state.stage = id_;
      state.word.reset(word_->clone());
      state.sentence_iters.clear();
    }
    icu::BreakIterator* word = state.word.get();
    auto& sentence_iters = state.sentence_iters;
    Utf16Block& buffer = state.buffer;
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
                   kOrdinalDot.count(base) > 0, buffer);
    }
  }

 private:
  // A language's abbreviations, lower case.
  struct AbbrSet {
    std::unordered_set<std::string> lower;
    size_t max_bytes = 0;  // the longest
    // Whether `chunk`, lower-cased, is one. A chunk over 3 × max_bytes is not: lower-casing
    // shrinks a character's UTF-8 at most from 3 bytes to 1 (K, U+212A → k).
    bool Has(std::string_view chunk) const {
      return chunk.size() <= 3 * max_bytes && lower.count(LowerUtf8(chunk)) > 0;
    }
  };

  // A block as UTF-16 for ICU's iterators (which run faster on it than on UTF-8), with the UTF-8
  // offset of every UTF-16 index (ill-formed UTF-8 becomes U+FFFD), and the word breaks of the
  // whole block, found on first use.
  struct Utf16Block {
    Buffer<UChar> text;
    Buffer<int32_t> u8;                    // text.size() + 1 offsets into the block's UTF-8
    std::string_view utf8;                 // the block
    Buffer<Boundary> words;                // UTF-8 offsets
    std::vector<Boundary> sentence_words;  // WordBreaks' own run on one sentence
    bool words_done = false;
    bool plain = false;  // PlainWordBreaks handles the block
    UText ut = UTEXT_INITIALIZER;

    Utf16Block() = default;
    Utf16Block(const Utf16Block&) = delete;
    Utf16Block& operator=(const Utf16Block&) = delete;
    ~Utf16Block() { utext_close(&ut); }

    void Assign(std::string_view s) {
      utf8 = s;
      text.resize(s.size());  // UTF-16 never needs more units than UTF-8 has bytes
      u8.resize(s.size() + 1);
      words.resize(0);
      words_done = false;
      size_t n = 0;
      for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
        const int32_t at = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: one unit
          u8[n] = at;
          text[n++] = static_cast<unsigned char>(s[i++]);
          continue;
        }
        UChar32 c = chars::NextCodePoint(s.data(), i, static_cast<int32_t>(s.size()));
        if (c < 0) c = 0xFFFD;
        if (c <= 0xFFFF) {
          u8[n] = at;
          text[n++] = static_cast<UChar>(c);
        } else {
          u8[n] = u8[n + 1] = at;
          text[n++] = U16_LEAD(c);
          text[n++] = U16_TRAIL(c);
        }
      }
      text.resize(n);
      u8[n] = static_cast<int32_t>(s.size());
      u8.resize(n + 1);
    }
    // UTF-16 index of UTF-8 offset `pos`, a character boundary.
    int32_t Index16(int32_t pos) const {
      return static_cast<int32_t>(std::lower_bound(u8.begin(), u8.end(), pos) - u8.begin());
    }
    // A UText over text[begin16, end16); valid until the next call.
    UText* Open(int32_t begin16, int32_t end16, UErrorCode& status) {
      return utext_openUChars(&ut, text.data() + begin16, end16 - begin16, &status);
    }
  };

  void SegmentBlock(Doc& doc, uint32_t b, icu::BreakIterator& sentences, icu::BreakIterator& words,
                    const AbbrSet* abbreviations, bool ordinal_dot, Utf16Block& buffer) const {
    const Span span = doc.blocks[b].span;
    std::string_view text = std::string_view(doc.text).substr(span.begin, span.size());
    buffer.Assign(text);
    UErrorCode status = U_ZERO_ERROR;
    sentences.setText(buffer.Open(0, static_cast<int32_t>(buffer.text.size()), status), status);
    if (U_FAILURE(status)) return;
    int32_t start = buffer.u8[sentences.first()];
    for (int32_t end16 = sentences.next(); end16 != icu::BreakIterator::DONE;
         end16 = sentences.next()) {
      const int32_t end = buffer.u8[end16];
      if (static_cast<size_t>(end) < text.size()) {
        std::string_view chunk = ChunkBefore(text, end);
        if (IsInitials(chunk) || (abbreviations && abbreviations->Has(chunk)) ||
            (ordinal_dot && IsOrdinal(chunk)))
          continue;
      }
      AddSentence(doc, b, text, start, end, words, abbreviations, buffer);
      start = end;
    }
    if (static_cast<size_t>(start) < text.size())
      AddSentence(doc, b, text, start, static_cast<int32_t>(text.size()), words, abbreviations,
                  buffer);
  }

  // Word breaks of text[start, end) (offsets into the block) with their rule status. The
  // block's breaks serve when `start` and `end` are among them: the iterator reads forward from
  // a break, so it finds the same breaks in between. Else the breaks of the sentence alone.
  std::span<const Boundary> WordBreaks(int32_t start, int32_t end, icu::BreakIterator& words,
                                       Utf16Block& buffer) const {
    UErrorCode status = U_ZERO_ERROR;
    if (!buffer.words_done) {
      buffer.words_done = true;
      // Breaks are distinct offsets in [0, bytes]: at most bytes + 1 of them.
      buffer.words.resize(buffer.utf8.size() + 1);
      const int32_t count = plain_->Find(buffer.utf8, buffer.words.data());
      buffer.plain = count >= 0;
      buffer.words.resize(buffer.plain ? static_cast<size_t>(count) : 0);
      if (!buffer.plain)
        words.setText(buffer.Open(0, static_cast<int32_t>(buffer.text.size()), status), status);
      if (!buffer.plain && U_SUCCESS(status)) {
        // Breaks are distinct offsets in [0, units]: at most units + 1 of them.
        buffer.words.resize(buffer.text.size() + 1);
        Boundary* out = buffer.words.data();
        *out++ = {buffer.u8[words.first()], 0};
        for (int32_t z = words.next(); z != icu::BreakIterator::DONE; z = words.next())
          *out++ = {buffer.u8[z], words.getRuleStatus()};
        buffer.words.resize(static_cast<size_t>(out - buffer.words.data()));
      }
    }
    auto before = [](const Boundary& x, int32_t pos) { return x.pos < pos; };
    auto first = std::lower_bound(buffer.words.begin(), buffer.words.end(), start, before);
    auto last = std::lower_bound(first, buffer.words.end(), end, before);
    if (first != buffer.words.end() && first->pos == start && last != buffer.words.end() &&
        last->pos == end)
      return std::span<const Boundary>(first, last - first + 1);
    std::vector<Boundary>& out = buffer.sentence_words;
    out.clear();
    if (buffer.plain) {  // a part of a plain block is plain
      out.resize(static_cast<size_t>(end - start) + 1);
      out.resize(
          static_cast<size_t>(plain_->Find(buffer.utf8.substr(start, end - start), out.data())));
      for (Boundary& x : out) x.pos += start;
      return out;
    }
    const int32_t begin16 = buffer.Index16(start), end16 = buffer.Index16(end);
    status = U_ZERO_ERROR;
    words.setText(buffer.Open(begin16, end16, status), status);
    if (U_FAILURE(status)) return {};
    out.push_back({buffer.u8[begin16 + words.first()], 0});
    for (int32_t z = words.next(); z != icu::BreakIterator::DONE; z = words.next())
      out.push_back({buffer.u8[begin16 + z], words.getRuleStatus()});
    return out;
  }

  void AddSentence(Doc& doc, uint32_t b, std::string_view text, size_t start, size_t end,
                   icu::BreakIterator& words, const AbbrSet* abbreviations,
                   Utf16Block& buffer) const {
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
    const std::span<const Boundary> breaks =
        WordBreaks(static_cast<int32_t>(start), static_cast<int32_t>(end), words, buffer);
    const uint32_t offset = sentence.span.begin;
    const int32_t from = static_cast<int32_t>(start);  // breaks are offsets into the block
    int32_t url_end = 0;                               // inside a URL token until here
    for (size_t k = 1; k < breaks.size(); ++k) {
      const int32_t a = breaks[k - 1].pos - from, z = breaks[k].pos - from;
      if (a < url_end) continue;
      const int32_t rule = breaks[k].status;
      // (ASCII, and the space between words, without the calls: most segments start so.)
      const UChar32 first =
          static_cast<unsigned char>(s[a]) < 0x80 ? static_cast<UChar32>(s[a]) : CodePointAt(s, a);
      if (rule < UBRK_WORD_NONE_LIMIT && (first == ' ' || IsSpace(first))) continue;
      if (first == 'h' || first == 'w') {
        if (size_t n = UrlLength(s.substr(a)); n > 0) {
          url_end = a + static_cast<int32_t>(n);
          Token& url = doc.tokens.emplace_back();
          url.span = {offset + a, offset + url_end};
          url.kind = TokenKind::kSymbol;
          continue;
        }
      }
      const Span span = {offset + a, offset + z};
      TokenKind kind;
      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
        kind = TokenKind::kNumber;
      } else if (rule >= UBRK_WORD_LETTER) {
        kind = TokenKind::kWord;
      } else {
        kind = chars::IsPunct(first) ? TokenKind::kPunct : TokenKind::kSymbol;
      }
      // "U.S" "." → "U.S." when the abbreviation list has it with an inner period.
      if (kind == TokenKind::kPunct && z - a == 1 && s[a] == '.' && abbreviations &&
          doc.tokens.size() > sentence.first_token) {
        Token& left = doc.tokens.back();
        std::string_view joined(doc.text.data() + left.span.begin, span.end - left.span.begin);
        if (left.span.end == span.begin && left.kind == TokenKind::kWord &&
            joined.find('.') < joined.size() - 1 && abbreviations->Has(joined)) {
          left.span.end = span.end;
          continue;
        }
      }
      // word '-' word, no spaces: one word.
      const size_t n = doc.tokens.size() - sentence.first_token;
      if (kind == TokenKind::kWord && n >= 2) {
        Token& hyphen = doc.tokens[doc.tokens.size() - 1];
        Token& left = doc.tokens[doc.tokens.size() - 2];
        std::string_view h = doc.Slice(hyphen.span);
        if ((h == "-" || h == "\u2010" || h == "\u2011") && hyphen.span.begin == left.span.end &&
            hyphen.span.end == span.begin && left.kind == TokenKind::kWord) {
          left.span.end = span.end;
          doc.tokens.pop_back();
          continue;
        }
      }
      Token& token = doc.tokens.emplace_back();  // built in place: no moves of its strings
      token.span = span;
      token.kind = kind;
      token.capitalized = chars::IsUpper(first) || chars::IsTitle(first);
    }
    sentence.token_count = static_cast<uint32_t>(doc.tokens.size()) - sentence.first_token;
    if (sentence.token_count > 0) doc.sentences.push_back(sentence);
  }

  // What Process keeps per thread: iterators cloned from stage `stage`'s prototypes.
  struct ThreadState {
    uint64_t stage = 0;
    BreakPtr word;
    std::map<std::string, BreakPtr, std::less<>> sentence_iters;  // by Block::lang
    Utf16Block buffer;
  };
  static uint64_t NextId() {
    static std::atomic<uint64_t> next{1};
    return next++;
  }

  const uint64_t id_ = NextId();  // tells this stage's thread states from another's
  BreakPtr word_;
  std::unique_ptr<segment::PlainWordBreaks> plain_;  // calibrated with word_
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
