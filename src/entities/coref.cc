// entities/coref.cc — the per-document coreference pass over unlinked names (see stage.h).
//
// After every sentence: an unlinked name (x:...) that the document also gives longer, or whose
// acronym or expansion it gives, becomes a mention of that other entity:
//  - part of a name: every surface of the unlinked entity is the last word or words of a longer
//    name (two to four words) of exactly one other entity, or the first word of a known person's
//    or of a two-word name ("Скрипаль" → "Сергей Скрипаль", "Бориса" → Boris Johnson, before or
//    after it);
//  - head of a name: every surface of the unlinked entity is the first words (two or more) of a
//    longer name of exactly one other entity the document gives before it ("Парламентська
//    асамблея" after "Парламентська асамблея Ради Європи"); in uk, ru and en;
//  - acronym: an all-capitals one-word surface whose letters are the initials of a name of
//    exactly one other entity ("JuD" ↔ "Jamaat-ud-Dawa", "DW" ↔ "Deutsche Welle"), either way:
//    the unlinked one joins the other (an unlinked acronym joins its expansion);
//  - a spelling variant: with none of the above, every surface of the unlinked entity has the
//    words of a name of exactly one other entity, all alike but one, which is one edit (a letter
//    changed, added, dropped or two swapped) from the other's, both of five letters or more
//    ("Кэмеронм" → "Кэмерон", "Сакиб Нисарм" → "Сакиб Нисар", "Locher" → "Лохер"), or all alike
//    when the other is known ("Щвеции" → Sweden); names with digits or acronyms are no variants
//    ("Airbus A320", "BALPA"). It joins a known entity, or an unlinked one with more mentions
//    (or as many and an earlier first, when the name has several words).
// Words compare by their phonetic form (phonetic.h), so inflection and script do not matter.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "entities/phonetic.h"
#include "entities/stage.h"

namespace entente::entities_internal {
namespace {

struct Word {
  std::string form;  // phonetic form (acronyms as romanised)
  char initial = 0;  // first letter of the phonetic form, folded like acronym letters
  bool short_word = false;
};

// Acronym letters fold like PhoneticWord's single letters.
char FoldLetter(char c) {
  switch (c) {
    case 'w':
      return 'v';
    case 'y':
      return 'i';
    case 'q':
      return 'k';
    case 'g':
      return 'h';
    default:
      return c;
  }
}

// The words of a surface: runs of letters and digits (apostrophes inside), split at spaces,
// hyphens, dots and other ASCII punctuation.
std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t b = 0;
  auto word_byte = [](unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '\''; };
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && word_byte(static_cast<unsigned char>(s[i]))) continue;
    if (i > b) out.push_back(s.substr(b, i - b));
    b = i + 1;
  }
  return out;
}

// An acronym: one word of two to kMaxAcronym letters, two or more of them capitals ("PTI", "JuD").
bool AcronymWord(std::string_view w) {
  int letters = 0, upper = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(w.size());) {
    UChar32 c;
    U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
    if (!u_isalpha(c)) return false;
    ++letters;
    upper += u_isupper(c) ? 1 : 0;
  }
  return letters >= 2 && letters <= static_cast<int>(kMaxAcronym) && upper >= 2;
}

}  // namespace

void EntitiesStage::Corefer(Doc& doc) const {
  const size_t n = doc.entities.size();
  if (n < 2 || std::none_of(doc.entities.begin(), doc.entities.end(),
                            [](const Entity& e) { return e.id.starts_with("x:"); }))
    return;
  // Each entity's distinct name surfaces, as phonetic words.
  // One surface: its words, those of two letters or more, and its initials (with and without
  // one-letter words), computed once.
  struct Name {
    std::vector<Word> words;
    std::vector<std::string_view> long_words;
    std::string initials, long_initials;
    bool spelled = true;  // no digit, no acronym: a name a spelling variant may be of
  };
  std::vector<std::vector<Name>> names(n);
  std::vector<bool> acronym_only(n, true);  // every surface is one all-capitals word
  {
    std::vector<std::set<std::string_view>> seen(n);
    std::vector<std::pair<std::string_view, std::string>> parts;  // word, key
    for (const Mention& m : doc.mentions) {
      if (m.name.empty() || m.entity >= n) continue;
      const std::string_view surface = doc.Slice(m.name);
      if (!seen[m.entity].insert(surface).second) continue;
      // The name's words with their keys: the tokens' own, but for words joined by '-' or '.'.
      parts.clear();
      for (uint32_t t = m.first_token; t < m.last_token && t < doc.tokens.size(); ++t) {
        const Token& tok = doc.tokens[t];
        if (tok.kind != TokenKind::kWord || tok.span.begin < m.name.begin ||
            tok.span.end > m.name.end)
          continue;
        const std::string_view text = doc.Slice(tok.span);
        if (text.find_first_of("-.") == std::string_view::npos) {
          parts.emplace_back(text, tok.key);
          continue;
        }
        for (std::string_view w : SplitWords(text)) parts.emplace_back(w, keys_.Key(w, doc.lang));
      }
      std::vector<Word> words;
      bool acronym = false;  // some word is one
      for (const auto& [w, key] : parts) {
        if (SplitWords(w).size() != 1) continue;  // punctuation, or a word with an apostrophe
        const std::string& latin = Translit(key);
        if (latin.empty()) continue;
        // The initial as the name sounds ("Джамаат" → j, as in "JuD").
        const std::string& sound = Phonetic(key);
        const bool letters = AcronymWord(w);
        acronym = acronym || letters;
        words.push_back(Word{letters ? latin : sound, FoldLetter(sound[0]), CodePoints(w) < 2});
      }
      if (words.empty()) continue;
      if (words.size() != 1 || !AcronymWord(parts.front().first)) acronym_only[m.entity] = false;
      Name& name = names[m.entity].emplace_back();
      name.spelled = !acronym && surface.find_first_of("0123456789") == std::string_view::npos;
      name.words = std::move(words);
      for (const Word& w : name.words) {
        name.initials += w.initial;
        if (w.short_word) continue;
        name.long_words.push_back(w.form);
        name.long_initials += w.initial;
      }
    }
  }
  // `part` is one word, the last of `whole`, a name of two to four words (a surname), or the
  // first when `whole` is a known person's ("Бориса" for Boris Johnson) or a name of two words
  // ("Мелания" for "Мелания Кнаусс"). The first word of a longer unknown name, or a part of an
  // organisation's name, is too often someone or something else ("Мухаммед" beside "Мухаммед
  // Афзал Кадри", "Ryanair" in "Ryanair Sun").
  // Several words: the last words of a longer name ("Хусейн Ризви" of "Хадим Хусейн Ризви").
  auto part_of = [](const Name& part, const Name& whole, bool known) {
    const auto& p = part.long_words;
    const auto& w = whole.long_words;
    if (p.empty() || w.size() < 2 || w.size() > 4 || p.size() >= w.size()) return false;
    if (p.size() > 1) return std::equal(p.rbegin(), p.rend(), w.rbegin());
    return p[0] == w.back() || ((known || w.size() == 2) && p[0] == w.front());
  };
  // `part` is the first words, two or more, of `whole`, a name with a tail dropped
  // ("Парламентська асамблея" of "Парламентська асамблея Ради Європи").
  auto head_of = [](const Name& part, const Name& whole) {
    const auto& p = part.long_words;
    const auto& w = whole.long_words;
    return p.size() >= 2 && p.size() < w.size() && std::equal(p.begin(), p.end(), w.begin());
  };
  const bool heads = doc.lang == "uk" || doc.lang == "ru" || doc.lang == "en";
  std::vector<size_t> first_at(n, std::numeric_limits<size_t>::max());  // first mention's byte
  for (size_t i = 0; i < n; ++i)
    for (const Span& s : doc.entities[i].mentions)
      first_at[i] = std::min<size_t>(first_at[i], s.begin);
  std::vector<std::string> letters(n);  // an acronym's letters, folded
  for (size_t a = 0; a < n; ++a)
    if (acronym_only[a] && !names[a].empty())
      for (char c : names[a].front().words.front().form) letters[a] += FoldLetter(c);
  auto acronym_of = [&](size_t a, const Name& whole) {
    return acronym_only[a] && whole.words.size() >= 2 &&
           (letters[a] == whole.initials || letters[a] == whole.long_initials);
  };
  // The one other entity `i` is a part or an acronym of, or the one whose acronym it expands.
  auto target_of = [&](size_t i) -> std::optional<size_t> {
    std::optional<size_t> found;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || names[j].empty()) continue;
      bool fits = false;
      if (acronym_only[i]) {
        for (const auto& whole : names[j]) fits = fits || acronym_of(i, whole);
      } else if (acronym_only[j] && !doc.entities[j].id.starts_with("x:")) {
        for (const auto& whole : names[i]) fits = fits || acronym_of(j, whole);
      } else {
        const bool known =
            doc.entities[j].kind == "person" && !doc.entities[j].id.starts_with("x:");
        // A head joins only a name given before it, and only in the languages it was checked
        // on (in others long runs of capitalised words join two names more often: Polish
        // "Partia Pracy Jeremy Corbyn").
        const bool earlier = heads && first_at[j] < first_at[i];
        fits = std::all_of(names[i].begin(), names[i].end(), [&](const Name& part) {
          return std::any_of(names[j].begin(), names[j].end(), [&](const Name& whole) {
            return part_of(part, whole, known) || (earlier && head_of(part, whole));
          });
        });
      }
      if (!fits) continue;
      if (found) return std::nullopt;  // ambiguous
      found = j;
    }
    return found;
  };
  // `part` spells a name of `whole`: the same number of words, all alike but one that is one
  // edit from the other's, both long; or all alike, when `whole` is a known entity's.
  auto variant_of = [](const Name& part, const Name& whole, bool known) {
    const auto& p = part.long_words;
    const auto& w = whole.long_words;
    return part.spelled && whole.spelled && !p.empty() && SpellingVariants(p, w, known);
  };
  // The one other entity whose name `i` spells otherwise, when it is known or has more mentions.
  auto variant_target = [&](size_t i) -> std::optional<size_t> {
    std::optional<size_t> found;
    if (!std::all_of(names[i].begin(), names[i].end(), [](const Name& m) { return m.spelled; }))
      return found;
    for (size_t j = 0; j < n; ++j) {
      if (j == i || names[j].empty()) continue;
      const bool known = !doc.entities[j].id.starts_with("x:");
      const bool fits = std::all_of(names[i].begin(), names[i].end(), [&](const Name& part) {
        return std::any_of(names[j].begin(), names[j].end(),
                           [&](const Name& whole) { return variant_of(part, whole, known); });
      });
      if (!fits) continue;
      if (found) return std::nullopt;  // ambiguous
      found = j;
    }
    if (!found || !doc.entities[*found].id.starts_with("x:")) return found;
    // Between two unlinked entities the rarer spelling yields; as often, the later, when the other
    // words of a name agree (one word alone may be another name: "Islandii", "Irlandii").
    const auto& a = doc.entities[i].mentions;
    const auto& b = doc.entities[*found].mentions;
    if (a.size() < b.size()) return found;
    const bool several = std::all_of(names[i].begin(), names[i].end(),
                                     [](const Name& m) { return m.long_words.size() > 1; });
    if (a.size() == b.size() && several && !a.empty() && b.front().begin < a.front().begin)
      return found;
    return std::nullopt;
  };
  std::vector<size_t> to(n);
  for (size_t i = 0; i < n; ++i) {
    to[i] = i;
    if (!doc.entities[i].id.starts_with("x:") || names[i].empty()) continue;
    if (auto t = target_of(i)) to[i] = *t;
  }
  for (size_t i = 0; i < n; ++i) {
    if (to[i] != i || !doc.entities[i].id.starts_with("x:") || names[i].empty()) continue;
    if (auto t = variant_target(i)) to[i] = *t;
  }
  // Follow chains ("Скрипаль" → "Сергей Скрипаль" → ...), refusing cycles.
  for (size_t i = 0; i < n; ++i) {
    size_t t = i;
    for (size_t steps = 0; to[t] != t && steps < n; ++steps) t = to[t];
    to[i] = to[t] == t ? t : i;
  }
  if (std::all_of(to.begin(), to.end(), [&, k = size_t{0}](size_t t) mutable { return t == k++; }))
    return;
  std::vector<uint32_t> index(n);
  std::vector<Entity> kept;
  for (size_t i = 0; i < n; ++i)
    if (to[i] == i) {
      index[i] = static_cast<uint32_t>(kept.size());
      kept.push_back(std::move(doc.entities[i]));
    }
  for (size_t i = 0; i < n; ++i) {
    if (to[i] == i) continue;
    index[i] = index[to[i]];
    Entity& into = kept[index[i]];
    const Entity& from = doc.entities[i];
    into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
    if (into.country.empty() && !from.country.empty()) {  // a title's country and kind win
      into.kind = from.kind;
      into.country = from.country;
      into.sector = from.sector;
    }
  }
  for (Entity& e : kept)
    std::sort(e.mentions.begin(), e.mentions.end(), [](Span a, Span b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
  for (Mention& m : doc.mentions) {
    m.entity = index[m.entity];
    if (m.acting >= 0) m.acting = static_cast<int32_t>(index[static_cast<size_t>(m.acting)]);
  }
  doc.entities = std::move(kept);
}

}  // namespace entente::entities_internal
