// entities/phonetic.cc — see phonetic.h.
#include "entities/phonetic.h"

#include <utility>

namespace entente::entities_internal {
namespace {

bool Vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Digraphs(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {"dzh", "j"}, {"dz", "j"}, {"kh", "h"}, {"gh", "h"}, {"sh", "s"}, {"ch", "c"},
      {"ts", "c"},  {"tz", "c"}, {"zh", "z"}, {"th", "t"}, {"ph", "f"}, {"ck", "k"},
      {"kz", "ks"}, {"ee", "i"}, {"ea", "i"}, {"ie", "i"}, {"oo", "u"}, {"ou", "u"}};
  std::string out;
  for (size_t i = 0; i < w.size();) {
    bool done = false;
    for (const auto& [from, to] : kRules)
      if (w.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        done = true;
        break;
      }
    if (done) continue;
    char c = w[i++];
    // An h that is no consonant of its own: after a consonant or before one ("Chaudhry",
    // "Johnson"); the h of g and kh stays.
    if (c == 'h' && !out.empty() && (!Vowel(out.back()) || i == w.size() || !Vowel(w[i]))) continue;
    // A first u before a vowel is an English w as Cyrillic writes it ("Уилсон", "Уали").
    if (c == 'u' && out.empty() && i < w.size() && (Vowel(w[i]) || w[i] == 'y')) c = 'w';
    // A romanised й after a vowel and before no vowel is the vowel i ("sergej", "sergei").
    if (c == 'j' && !out.empty() && Vowel(out.back()) && (i == w.size() || !Vowel(w[i]))) c = 'i';
    switch (c) {
      case 'y':
        c = 'i';
        break;
      case 'w':
        c = 'v';
        break;
      case 'q':
        c = 'k';
        break;
      case 'g':
        c = 'h';
        break;
      case 'x':
        out += 'k';
        c = 's';
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string PhoneticWord(std::string_view latin) {
  const std::string w = Digraphs(latin);
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    const bool prev_vowel = i > 0 && Vowel(w[i - 1]);
    const bool next_vowel = i + 1 < w.size() && Vowel(w[i + 1]);
    if (c == 'i' && (i == 0 || prev_vowel) && next_vowel && w.size() > 2) continue;
    if (c == 'z' && prev_vowel && next_vowel) c = 's';
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  while (out.size() >= 4 && Vowel(out.back())) out.pop_back();
  // The adjectives of Russian -ическ- and Ukrainian -ічн- meet ("демократическая",
  // "демократична" → "demokratic").
  for (std::string_view suffix : {std::string_view("icesk"), std::string_view("icn")})
    if (out.size() > suffix.size() + 2 && out.ends_with(suffix)) {
      out.resize(out.size() - suffix.size() + 2);
      break;
    }
  // A final z is an English s sounded so, which spellings render both ways ("Ріс", "Різ").
  if (out.size() > 1 && out.back() == 'z') out.back() = 's';
  return out.empty() ? std::string(latin) : out;
}

std::string Skeleton(std::string_view id) {
  std::string out;
  bool word_start = true;
  for (char c : id) {
    if (word_start || !Vowel(c)) out += c;
    word_start = c == '_' || c == ':';
  }
  return out;
}

bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace entente::entities_internal
