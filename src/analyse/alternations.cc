#include "analyse/alternations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace entente {
namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

void Append(std::string& out, char32_t c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<size_t>(n));
}

}  // namespace

Alternations::Alternations(const Pack* pack) {
  if (!pack) return;
  for (const Pack::GroupTable& g : pack->FindGroup("lang/", "/alternations")) {
    const Table& t = *g.table;
    const int c_kind = t.ColumnIndex("kind"), c_letter = t.ColumnIndex("letter"),
              c_becomes = t.ColumnIndex("becomes");
    if (c_kind < 0 || c_letter < 0 || c_becomes < 0) continue;
    Rules& rules = by_lang_[g.group];
    for (size_t r = 0; r < t.rows(); ++r) {
      const std::string_view kind = t.Cell(r, c_kind);
      const std::u32string letters = Decode(t.Cell(r, c_letter));
      if (kind == "vowels") {
        rules.vowels += letters;
      } else if (kind == "soft") {
        rules.soft += letters;
      } else if (kind == "glides") {
        rules.glides += letters;
      } else if (kind == "alternation" && letters.size() == 1) {
        rules.changes.emplace_back(letters[0], std::string(t.Cell(r, c_becomes)));
      }
    }
  }
}

std::vector<std::string> Alternations::Of(std::string_view word, std::string_view lang) const {
  auto it = by_lang_.find(lang);
  if (it == by_lang_.end() || it->second.changes.empty()) return {};
  const Rules& rules = it->second;
  const std::u32string w = Decode(word);
  // The last vowel, then exactly one consonant letter (not a glide) and an optional soft sign.
  size_t end = w.size();
  if (end > 0 && rules.soft.find(w[end - 1]) != std::u32string::npos) --end;
  if (end < 3) return {};
  const char32_t consonant = w[end - 1], vowel = w[end - 2];
  if (!u_isalpha(static_cast<UChar32>(consonant)) ||
      rules.vowels.find(static_cast<char32_t>(u_tolower(static_cast<UChar32>(consonant)))) !=
          std::u32string::npos ||
      rules.soft.find(consonant) != std::u32string::npos ||
      rules.glides.find(static_cast<char32_t>(u_tolower(static_cast<UChar32>(consonant)))) !=
          std::u32string::npos)
    return {};
  std::vector<std::string> out;
  for (const auto& [from, to] : rules.changes) {
    if (vowel != from) continue;
    std::string form;
    for (size_t i = 0; i < end - 2; ++i) Append(form, w[i]);
    form += to;
    for (size_t i = end - 1; i < w.size(); ++i) Append(form, w[i]);
    out.push_back(std::move(form));
  }
  return out;
}

}  // namespace entente
