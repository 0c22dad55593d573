#include "entities/units.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace entente {
namespace {

// Length in bytes of the invisible format character (zero-width space/joiners, word joiner, BOM,
// soft hyphen) starting at s[i], or 0.
size_t InvisibleAt(std::string_view s, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xE2 && lead != 0xEF && lead != 0xC2) return 0;
  static constexpr std::string_view kInvisible[] = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
                                                    "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xC2\xAD"};
  for (std::string_view c : kInvisible)
    if (s.substr(i, c.size()) == c) return c.size();
  return 0;
}

bool HasInvisible(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (InvisibleAt(s, i)) return true;
  return false;
}

// True iff `s` is nothing but invisible format characters (or empty).
bool OnlyInvisible(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t n = InvisibleAt(s, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

// True iff a word token `s` is not one unit as it stands: a '-' or '.' follows its first byte
// (it splits into parts), or it has an invisible character. One branch-free pass over a byte
// table, then the exact checks only where a byte is a candidate (find_first_of would call
// memchr once a byte).
bool NeedsParts(std::string_view s) {
  static constexpr auto kTable = [] {
    std::array<uint8_t, 256> t{};
    t['-'] = t['.'] = 1;              // joiners
    t[0xE2] = t[0xEF] = t[0xC2] = 2;  // invisible characters' lead bytes
    return t;
  }();
  if (s.empty()) return false;
  uint8_t seen = kTable[static_cast<unsigned char>(s[0])] & 2;
  for (size_t i = 1; i < s.size(); ++i) seen |= kTable[static_cast<unsigned char>(s[i])];
  return (seen & 1) || ((seen & 2) && HasInvisible(s));
}

// `s` without invisible format characters; `lead`/`trail` get the bytes they took at its ends.
std::string Visible(std::string_view s, size_t& lead, size_t& trail) {
  std::string out;
  lead = trail = 0;
  bool seen = false;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = InvisibleAt(s, i)) {
      (seen ? trail : lead) += n;
      i += n;
      continue;
    }
    seen = true;
    trail = 0;
    out.push_back(s[i++]);
  }
  return out;
}

// Points `u`'s lower and key at one shared copy of them.
void Own(Unit& u, std::string_view lower, std::string_view key) {
  auto bytes = std::make_shared<std::string>();
  bytes->reserve(lower.size() + (key == lower ? 0 : key.size()));
  bytes->append(lower);
  if (key != lower) bytes->append(key);
  const std::string_view all = *bytes;
  u.lower = all.substr(0, lower.size());
  u.key = key == lower ? u.lower : all.substr(lower.size());
  u.owned = std::move(bytes);
}

// Appends the units of one word-like piece of text starting at byte `offset`, split on internal
// '-' and '.' runs.
void AppendParts(std::string_view text, uint32_t offset, uint32_t token, const MatchKeys& keys,
                 std::string_view lang, std::vector<Unit>& out) {
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) {
      std::string_view part = text.substr(start, end - start);
      if (HasLetter(part, true)) {
        Unit u;
        size_t lead = 0, trail = 0;
        const std::string visible = Visible(part, lead, trail);
        Own(u, keys.Lower(visible), keys.Key(visible, lang));
        u.token = token;
        u.span = {offset + static_cast<uint32_t>(start + lead),
                  offset + static_cast<uint32_t>(end - trail)};
        u.word = true;
        u.capitalized = IsUpperInitial(part);
        u.all_caps = u.capitalized && IsAllUpper(part);  // all capitals ⇒ upper initial
        u.inner_cap = !u.capitalized && u.lower != part && HasUpper(part);
        out.push_back(std::move(u));
      }
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' || text[i] == '.') {
      flush(i);
      start = i + 1;
    }
  }
  flush(text.size());
}

}  // namespace

bool IsUpperInitial(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    // One category lookup for u_isalpha (L*), u_isupper (Lu) and u_istitle (Lt).
    const int8_t type = u_charType(c);
    if (U_MASK(type) & U_GC_L_MASK) return type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
  }
  return false;
}

bool HasUpper(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (u_isupper(c) || u_istitle(c)) return true;
  }
  return false;
}

bool IsAllUpper(std::string_view s) {
  // An abbreviation's possessive is still the abbreviation ("NATO's", "EU’s").
  if (s.ends_with("'s"))
    s.remove_suffix(2);
  else if (s.ends_with("\xE2\x80\x99s"))
    s.remove_suffix(4);
  int letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (!u_isalpha(c)) continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters > 1;
}

std::vector<Unit> SentenceUnits(const Doc& doc, const Sentence& s, const MatchKeys& keys,
                                std::string_view lang) {
  std::vector<Unit> out;
  out.reserve(s.token_count + 4);
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  for (uint32_t t = s.first_token; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view text = doc.Slice(tok.span);
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol) {
      if (OnlyInvisible(text)) continue;
      const bool glued = (text == "-" || text == ".") && t > s.first_token && t + 1 < end &&
                         doc.tokens[t - 1].span.end == tok.span.begin &&
                         doc.tokens[t + 1].span.begin == tok.span.end &&
                         doc.tokens[t + 1].kind == TokenKind::kWord;
      if (glued) continue;
      Unit u;
      u.lower = tok.lower.empty() ? text : std::string_view(tok.lower);
      u.key = u.lower;
      u.token = t;
      u.span = tok.span;
      out.push_back(std::move(u));
      continue;
    }
    if (!NeedsParts(text)) {
      Unit u;
      if (tok.lower.empty() || tok.key.empty()) {
        Own(u, tok.lower.empty() ? keys.Lower(text) : tok.lower,
            tok.key.empty() ? keys.Key(text, lang) : tok.key);
      } else {
        u.lower = tok.lower;
        u.key = tok.key;
      }
      u.token = t;
      u.span = tok.span;
      u.word = true;
      u.capitalized = IsUpperInitial(text);
      u.all_caps = u.capitalized && IsAllUpper(text);  // all capitals ⇒ upper initial
      // Lower case equals the text for most words: the scan is for the rest.
      u.inner_cap = !u.capitalized && u.lower != text && HasUpper(text);
      out.push_back(std::move(u));
      continue;
    }
    AppendParts(text, tok.span.begin, t, keys, lang, out);
  }
  return out;
}

std::vector<Unit> PhraseUnits(std::string_view phrase, const MatchKeys& keys,
                              std::string_view lang) {
  std::vector<Unit> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) AppendParts(phrase.substr(i, j - i), static_cast<uint32_t>(i), 0, keys, lang, out);
    i = j + 1;
  }
  return out;
}

std::string JoinKeys(const std::vector<Unit>& units, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out.push_back('\x1f');
    out += units[i].key;
  }
  return out;
}

bool HasLetter(std::string_view s, bool or_digit) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (or_digit ? u_isalnum(c) : u_isalpha(c)) return true;
  }
  return false;
}

bool IsOpeningQuote(std::string_view s) {
  return s == "\xC2\xAB" || s == "\xE2\x80\x9E" || s == "\xE2\x80\x9C" || s == "\"";
}
bool IsClosingQuote(std::string_view s) {
  return s == "\xC2\xBB" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\"";
}
bool IsPossessive(std::string_view s) {
  return s.ends_with("'s") || s.ends_with("\xE2\x80\x99s") || s == "'" || s == "\xE2\x80\x99";
}

}  // namespace entente
