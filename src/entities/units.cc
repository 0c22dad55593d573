#include "entities/units.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace entente {
namespace {

bool HasLetterOrDigit(std::string_view s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (u_isalnum(c)) return true;
  }
  return false;
}

// Appends the units of one word-like piece of text starting at byte `offset`, split on internal
// '-' and '.' runs.
void AppendParts(std::string_view text, uint32_t offset, uint32_t token, const MatchKeys& keys,
                 std::string_view lang, std::vector<Unit>& out) {
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) {
      std::string_view part = text.substr(start, end - start);
      if (HasLetterOrDigit(part)) {
        Unit u;
        u.lower = keys.Lower(part);
        u.key = keys.Key(part, lang);
        u.token = token;
        u.span = {offset + static_cast<uint32_t>(start), offset + static_cast<uint32_t>(end)};
        u.word = true;
        u.capitalized = IsUpperInitial(part);
        u.all_caps = IsAllUpper(part);
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
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
  }
  return false;
}

bool IsAllUpper(std::string_view s) {
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
  const uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, doc.tokens.size());
  for (uint32_t t = s.first_token; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view text = doc.Slice(tok.span);
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol) {
      const bool glued = (text == "-" || text == ".") && t > s.first_token && t + 1 < end &&
                         doc.tokens[t - 1].span.end == tok.span.begin &&
                         doc.tokens[t + 1].span.begin == tok.span.end &&
                         doc.tokens[t + 1].kind == TokenKind::kWord;
      if (glued) continue;
      Unit u;
      u.lower = tok.lower.empty() ? std::string(text) : tok.lower;
      u.key = u.lower;
      u.token = t;
      u.span = tok.span;
      out.push_back(std::move(u));
      continue;
    }
    const bool split = text.find_first_of("-.", 1) != std::string_view::npos;
    if (!split) {
      Unit u;
      u.lower = tok.lower.empty() ? keys.Lower(text) : tok.lower;
      u.key = tok.key.empty() ? keys.Key(text, lang) : tok.key;
      u.token = t;
      u.span = tok.span;
      u.word = true;
      u.capitalized = IsUpperInitial(text);
      u.all_caps = IsAllUpper(text);
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

}  // namespace entente
