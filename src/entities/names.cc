// entities/names.cc — what a capitalised word is, and pass 4: unknown names (see stage.h).
//
// A capital means a name except where the language asks for one anyway: at a sentence's or
// clause's start (after ':' or a line break), in headings written in capitals. There a word is a
// name only if it is no common word (hunspell's lower-case entries, by key) the document also
// writes in lower case. A lone capitalised common word, or a run of common nouns only, is an
// institution's short form or follows a lost full stop ("Договору", "Комісії Комісія"), unless it
// is a word of a name the document gives in full (Prescan: "Мей" before "Тереза Мей"). Words
// joined by '-' or '.' are one name ("Інтерфакс-Україна", "Саиф-уль-Малук", "INTERFAX.RU",
// "Д.Дэвис"), unless they end in a common lower-case word ("SMS-повідомлення": a compound noun).
// Runs of names stop at a line break, a function word, an abbreviation before a full name ("МВС
// Ембер Радд") and a first name after another name ("Огайо Джон Кейсік"; first names are the first
// words of known people's full names).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "entities/phonetic.h"
#include "entities/stage.h"

namespace entente::entities_internal {
namespace {

// A name word: capitalised, with two letters or more (initials "Д." are not).
bool NameWord(const Unit& u) { return u.word && u.capitalized && CodePoints(u.lower) > 1; }

// A Roman numeral in capitals ("XX", "VIII"): a century or a section, not a name.
bool Roman(const Unit& u) {
  return u.all_caps && u.lower.find_first_not_of("ivxlc") == std::string::npos;
}

bool OnlyKinds(const DictMatch& m, std::initializer_list<EntryKind> kinds) {
  return std::all_of(m.entries.begin(), m.entries.end(), [&](const Entry& e) {
    return std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end();
  });
}

}  // namespace

SentenceView EntitiesStage::View(const Doc& doc, const Sentence& s, std::string lang) const {
  SentenceView sv;
  sv.lang = std::move(lang);
  sv.units = SentenceUnits(doc, s, keys_, sv.lang);
  const std::vector<Unit>& units = sv.units;
  const size_t n = units.size();
  sv.start.assign(n, SentenceView::kNone);
  sv.token_begin.resize(n);
  sv.token_end.resize(n);
  // Words joined by '.' where the second is a capitalised word ("Союзі.Урядові") lost a space
  // after a full stop: two tokens. Domains and initials stay one ("INTERFAX.RU", "Д.Дэвис").
  auto joined = [&](size_t e) {
    if (units[e].token != units[e - 1].token) return false;
    const Unit& a = units[e - 1];
    const Unit& b = units[e];
    return !(doc.text[a.span.end] == '.' && CodePoints(a.lower) > 1 && b.capitalized &&
             !b.all_caps && CodePoints(b.lower) > 3);
  };
  for (size_t i = 0; i < n;) {
    size_t e = i + 1;
    while (e < n && joined(e)) ++e;
    for (size_t k = i; k < e; ++k) {
      sv.token_begin[k] = static_cast<uint32_t>(i);
      sv.token_end[k] = static_cast<uint32_t>(e);
    }
    i = e;
  }
  sv.boundary.assign(n, false);
  for (size_t i = 1; i < n; ++i) {
    const Span a = units[i - 1].span, b = units[i].span;
    const std::string_view gap =
        std::string_view(doc.text).substr(a.end, b.begin > a.end ? b.begin - a.end : 0);
    sv.boundary[i] = gap.find('\n') != std::string_view::npos ||
                     (gap == "." && units[i].capitalized && !units[i].all_caps &&
                      CodePoints(units[i - 1].lower) > 1 && CodePoints(units[i].lower) > 3);
  }
  bool letter_seen = false;
  for (size_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    if (!u.word || !HasLetter(u.lower)) continue;
    if (!letter_seen) {
      sv.start[i] = SentenceView::kSentence;
    } else if (sv.token_begin[i] == i && (units[i - 1].lower == ":" || sv.boundary[i])) {
      sv.start[i] = SentenceView::kClause;
    }
    letter_seen = true;
  }
  return sv;
}

bool EntitiesStage::Common(std::string_view lang, std::string_view key) const {
  auto c = common_.find(lang);
  return c != common_.end() && c->second.count(key);
}

bool EntitiesStage::NotName(std::string_view lang, const Unit& u) const {
  auto nn = not_names_.find(lang);
  return nn != not_names_.end() && nn->second.count(u.lower);
}

void EntitiesStage::FitMatches(const DocState& st, const SentenceView& sv,
                               std::vector<DictMatch>& matches) const {
  const std::vector<Unit>& units = sv.units;
  // Words joined by '-' or '.': a match inside the token stands for all of it
  // ("Інтерфакс-Україна" is the agency, "INTERFAX.RU" Interfax), unless knowledge names every
  // part and the first is no organisation ("Україна-ЄС" are two).
  for (size_t k = 0; k < matches.size(); ++k) {
    DictMatch& m = matches[k];
    const size_t tb = sv.token_begin[m.begin], te = sv.token_end[m.begin];
    if (te - tb < 2 || m.end > te || (m.begin == tb && m.end == te)) continue;
    // An institution is whole words: "anti-government" names none.
    if (const Entry* t = m.Get(EntryKind::kTitle);
        t && m.entries.size() == 1 && gaz_->title(t->index).kind == TitleInfo::kInstitution) {
      matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(k--));
      continue;
    }
    size_t inside = k + 1, covered = m.end - m.begin;
    while (inside < matches.size() && matches[inside].end <= te) {
      covered += matches[inside].end - matches[inside].begin;
      ++inside;
    }
    size_t letters = 0;
    for (size_t i = tb; i < te; ++i) letters += HasLetter(units[i].lower);
    if (covered >= letters && !m.Has(EntryKind::kOrg)) {
      k = inside - 1;
      continue;
    }
    if (m.begin > tb && k > 0 && matches[k - 1].end > tb) continue;  // shares the token's start
    // Only an organisation stands for a token with another unknown capitalised word: "Азію-Биби"
    // is a person, "Leave.EU" a campaign (pass 4 names them).
    if (!m.Has(EntryKind::kOrg)) {
      bool other_name = false;
      for (size_t i = tb; i < te; ++i) {
        const bool in_match =
            std::any_of(matches.begin() + static_cast<std::ptrdiff_t>(k),
                        matches.begin() + static_cast<std::ptrdiff_t>(inside),
                        [&](const DictMatch& o) { return o.begin <= i && i < o.end; });
        // A partisan prefix ("Pro-" of "Pro-Russian" opening a sentence) is no name.
        other_name = other_name ||
                     (!in_match && NameWord(units[i]) && !(i == tb && AfterPartisan(sv, tb + 1)));
      }
      if (other_name) {
        m.entries.clear();
        k = inside - 1;
        continue;
      }
    }
    m.begin = tb;
    m.end = te;
    matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(k + 1),
                  matches.begin() + static_cast<std::ptrdiff_t>(inside));
  }
  std::erase_if(matches, [](const DictMatch& m) { return m.entries.empty(); });
  auto covered_by_match = [&](size_t u) {
    return std::any_of(matches.begin(), matches.end(),
                       [&](const DictMatch& o) { return o.begin <= u && u < o.end; });
  };
  // A capitalised word (not opening a clause) that no knowledge claims.
  auto unknown_word = [&](size_t u, const Unit& like) {
    const Unit& w = units[u];
    return sv.start[u] == SentenceView::kNone && w.word && w.capitalized && !w.all_caps &&
           IsLatin(w) == IsLatin(like) && !covered_by_match(u);
  };
  // A known surname after capitalised words that, with it, sound like that person's full name
  // is the full name in a spelling the keys miss ("Реджеп Тайіп Ердоган" for "Реджеп Таїп
  // Ердоган"); one-word matches among those words give way.
  for (size_t k = 0; k < matches.size(); ++k) {
    DictMatch& m = matches[k];
    if (m.end - m.begin != 1 || !OnlyKinds(m, {EntryKind::kPersonShort})) continue;
    for (size_t n = std::min<size_t>(3, m.begin); n >= 1; --n) {
      const size_t b = m.begin - n;
      bool words = !sv.boundary[m.begin];
      for (size_t u = b; u < m.begin && words; ++u) {
        const Unit& w = units[u];
        words = w.word && w.capitalized && !w.all_caps && IsLatin(w) == IsLatin(units[m.begin]) &&
                (u == b || !sv.boundary[u]);
      }
      size_t first = k;  // the first match inside [b, m.begin)
      while (first > 0 && matches[first - 1].begin >= b) --first;
      if (!words || (first > 0 && matches[first - 1].end > b)) continue;
      const auto p = PhoneticLink(sv.lang, UnlinkedId(sv.lang, units, b, m.end), units, b, m.end);
      if (!p || std::none_of(m.entries.begin(), m.entries.end(),
                             [&](const Entry& e) { return e.index == *p; }))
        continue;
      m.begin = b;
      m.entries = {Entry{EntryKind::kPerson, *p}};
      matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(first),
                    matches.begin() + static_cast<std::ptrdiff_t>(k));
      k = first;
      break;
    }
  }
  auto after_title = [&](size_t b) {
    return std::any_of(matches.begin(), matches.end(), [&](const DictMatch& o) {
      return o.end <= b && o.end + 3 > b && o.Has(EntryKind::kTitle);
    });
  };
  std::erase_if(matches, [&](const DictMatch& m) {
    if (m.end - m.begin != 1) return false;
    const Unit& self = units[m.begin];
    // A function word is no name ("Або" is no Abe), nor is a clause's first word that is a
    // common word the document writes in lower case ("Дело" is no Delhi, "Штат" no United
    // States).
    if (OnlyKinds(m, {EntryKind::kState, EntryKind::kCapital, EntryKind::kPlace, EntryKind::kRegion,
                      EntryKind::kPersonShort, EntryKind::kBuilding}) &&
        ((NotName(sv.lang, self) && !self.all_caps) ||
         (sv.start[m.begin] != SentenceView::kNone && Common(sv.lang, self.key) &&
          st.lower_keys.count(self.key))))
      return true;
    // A surname next to an unknown capitalised word (no common word: "Суперниця Трампа" lost
    // its full stop) is part of another person's name ("Салім Баіг", "Бек Беннет").
    if (OnlyKinds(m, {EntryKind::kPersonShort})) {
      // Not when the document names the person in full ("штаті Айова Трамп"), nor next to a
      // full name of its own ("радника Трампа Джона Мешберна").
      for (const Entry& e : m.entries)
        if (st.seen_people.count(e.index)) return false;
      // At a sentence's start too when no common word ("Абид Раджа (Левая партия) ...").
      auto name_like = [&](size_t u) {
        const Unit& w = units[u];
        const bool word =
            unknown_word(u, self) ||
            (sv.start[u] != SentenceView::kNone && w.word && w.capitalized && !w.all_caps &&
             IsLatin(w) == IsLatin(self) && !covered_by_match(u) && !st.lower_keys.count(w.key));
        return word && !Common(sv.lang, w.key);
      };
      return (m.end < units.size() && name_like(m.end) &&
              !(m.end + 1 < units.size() && NameWord(units[m.end + 1]))) ||
             (m.begin > 0 && name_like(m.begin - 1) &&
              !(m.begin > 1 && NameWord(units[m.begin - 2])));
    }
    // A one-word place or state name next to an unknown capitalised word of the same script is
    // part of a person's name: "Доминик Рааб" is no Dominica, "Имран Хан" no Hanoi, "Азія Бібі"
    // no Asia; so only before a single unknown word ("Австрії Гернот Блюмель" are two). After a
    // title a state is the title's ("міністр Британії Рааб"), after a preposition a place is a
    // place ("в Британії Мей").
    if (!OnlyKinds(m,
                   {EntryKind::kState, EntryKind::kCapital, EntryKind::kPlace, EntryKind::kRegion}))
      return false;
    // Before it, only a first name makes it a surname ("Имран Хан"); after a noun it is the
    // genitive of its body ("Міноборони Росії", "Генштаб Китаю").
    if (m.begin > 0 && unknown_word(m.begin - 1, self)) {
      auto g = given_.find(sv.lang);
      return g != given_.end() && g->second.count(units[m.begin - 1].key);
    }
    if (m.end >= units.size() || !unknown_word(m.end, self)) return false;
    // "the Beijing Olympics", "the Munich Security Conference": the venue of a named event.
    for (size_t r = m.end; r < units.size() && r < m.end + 3 && unknown_word(r, self); ++r)
      if (InSet(event_nouns_, sv.lang, units[r])) return false;
    if (m.end + 1 < units.size() && NameWord(units[m.end + 1]))
      return false;  // "Австрії Гернот Блюмель"
    if (m.begin == 0 || !units[m.begin - 1].word || units[m.begin - 1].capitalized) return true;
    return !after_title(m.begin) && !InSet(preps_, sv.lang, units[m.begin - 1]);
  });
}

void EntitiesStage::Prescan(const Doc& doc, DocState& st, const SentenceView& sv,
                            const std::vector<DictMatch>& matches) const {
  const std::vector<Unit>& units = sv.units;
  std::vector<bool> claimed(units.size(), false);
  for (const DictMatch& m : matches) {
    std::fill(claimed.begin() + m.begin, claimed.begin() + m.end, true);
    if (m.end - m.begin < 2 || !m.Has(EntryKind::kPerson)) continue;
    auto p = Plain(m, st, true);
    if (!p || gaz_->entity(*p).kind != "person") continue;
    st.seen_people.insert(*p);
    st.known_parts.try_emplace(std::string(units[m.end - 1].key), gaz_->entity(*p));
  }
  for (size_t i = 0; i < units.size();) {
    size_t r = i;
    while (r < units.size() && r - i < 4 && !claimed[r] && NameWord(units[r]) &&
           sv.token_end[r] == r + 1 && IsLatin(units[r]) == IsLatin(units[i]) &&
           !NotName(sv.lang, units[r]) && !units[r].all_caps && (r == i || !sv.boundary[r]) &&
           (r > i || sv.start[r] == SentenceView::kNone || !Common(sv.lang, units[r].key)))
      ++r;
    // A common word is no surname: "Договору Комісія" lost a full stop (see UnknownNames).
    if (r - i >= 2 && !Common(sv.lang, units[r - 1].key) &&
        (r == units.size() || !NameWord(units[r]))) {
      std::string shown(doc.Slice({units[i].span.begin, units[r - 1].span.end}));
      KbEntity x{UnlinkedId(sv.lang, units, i, r), std::move(shown), "name", "", ""};
      if (auto k = PhoneticLink(sv.lang, x.id, units, i, r);
          k && gaz_->entity(*k).kind == "person") {
        x = gaz_->entity(*k);
        st.seen_people.insert(*k);
      }
      st.known_parts.try_emplace(std::string(units[r - 1].key), x);
      if (CodePoints(units[i].lower) <= 3)
        st.known_parts.try_emplace(std::string(units[i].key), std::move(x));
    }
    i = r > i ? r : i + 1;
  }
}

bool EntitiesStage::AdjectiveLike(std::string_view lang, const Unit& u) const {
  auto it = adj_endings_.find(lang);
  if (it == adj_endings_.end()) return false;
  for (const std::string& e : it->second)
    if (u.lower.size() > e.size() + 2 && u.lower.ends_with(e)) return true;
  return false;
}

void EntitiesStage::UnknownNames(Doc& doc, DocState& st, const SentenceView& sv,
                                 const std::vector<DictMatch>& matches,
                                 const std::vector<bool>& claimed) const {
  const std::vector<Unit>& units = sv.units;
  const std::string& lang = sv.lang;
  auto calendar = calendar_.find(lang);
  // Words joined by '-' that end in a common lower-case word form a compound noun.
  auto compound = [&](size_t i) {
    const Unit& last = units[sv.token_end[i] - 1];
    return sv.token_end[i] - sv.token_begin[i] > 1 && last.word && !last.capitalized &&
           HasLetter(last.lower) && Common(lang, last.key);
  };
  auto starts_name = [&](size_t i) {
    const Unit& u = units[i];
    if (claimed[i] || !NameWord(u) || compound(i) || Roman(u)) return false;
    if (st.x_parts.count(u.key) || st.known_parts.count(u.key)) return true;
    if (calendar != calendar_.end() && calendar->second.count(u.key)) return false;
    if (NotName(lang, u)) return false;
    // A common word in capitals is a heading ("ЧИТАЙТЕ ТАКОЖ"), not an abbreviation.
    if (u.all_caps && CodePoints(u.lower) > 3 && Common(lang, u.key)) return false;
    // At a clause's start: a name only if it is no common word and the document never writes
    // it in lower case.
    if (sv.start[i] == SentenceView::kNone || u.all_caps) return true;
    return !st.lower_keys.count(u.key) && !Common(lang, u.key);
  };
  // The end of the unclaimed units of the token at `i`, from `i`.
  auto token_rest = [&](size_t i) {
    size_t e = i;
    while (e < sv.token_end[i] && !claimed[e]) ++e;
    return e;
  };
  for (size_t i = 0; i < units.size(); ++i) {
    if (!starts_name(i)) continue;
    size_t b = i;  // the name starts with its token's unclaimed units before i ("Д.Дэвис")
    while (b > sv.token_begin[i] && !claimed[b - 1]) --b;
    size_t r = token_rest(i);
    const bool quoted = b > 0 && IsOpeningQuote(units[b - 1].lower);
    bool quote_run = false;
    if (quoted) {
      // «Економічна правда»: the whole quoted title, up to six words.
      size_t q = b;
      while (q < units.size() && q - b < 6 && units[q].word && !claimed[q]) ++q;
      if (q < units.size() && IsClosingQuote(units[q].lower)) {
        r = q;
        quote_run = true;
      }
    }
    if (!quote_run) {
      // Whole tokens of name words, up to four.
      std::vector<size_t> starts = {i};
      while (r < units.size() && r == sv.token_end[r - 1] && starts.size() < 4 && !sv.boundary[r] &&
             NameWord(units[r]) && !claimed[r] && IsLatin(units[r]) == IsLatin(units[i]) &&
             !compound(r) && !NotName(lang, units[r]) && !Roman(units[r]) && token_rest(r) > r) {
        starts.push_back(r);
        r = token_rest(r);
      }
      // An abbreviation before a full name is a name of its own ("МВС Ембер Радд").
      for (size_t k = 1; k + 1 < starts.size(); ++k)
        if (units[starts[k] - 1].all_caps && !units[starts[k]].all_caps) {
          r = starts[k];
          starts.resize(k);
          break;
        }
      // A place or another name before a first name and surname is a name of its own ("Огайо
      // Джон Кейсік"); two first names are not ("Жан Клод Юнкер").
      auto given = [&](size_t k) {
        auto g = given_.find(lang);
        return g != given_.end() && g->second.count(units[k].key);
      };
      for (size_t k = 1; k + 1 < starts.size(); ++k)
        if (given(starts[k]) && !given(starts[k - 1])) {
          r = starts[k];
          starts.resize(k);
          break;
        }
      // A common word the document writes in lower case, capitalised after a lost full stop,
      // is no part of the name next to it ("пише Водночас Мей", "Сандро Гоці Рік видання").
      std::string run_id;  // of [b, run_end), computed when needed (transliteration is costly)
      const size_t run_end = r;
      auto known = [&](size_t k) {  // a word of another name the document gives in full
        if (st.x_parts.count(units[k].key)) return true;
        auto it = st.known_parts.find(units[k].key);
        if (it == st.known_parts.end()) return false;
        if (run_id.empty()) run_id = UnlinkedId(lang, units, b, run_end);
        return it->second.id != run_id;
      };
      auto filler = [&](size_t k) {
        return sv.token_end[k] == k + 1 && !known(k) && Common(lang, units[k].key) &&
               st.lower_keys.count(units[k].key);
      };
      auto known_person = [&](size_t k) {  // a surname of a known person the text names
        auto it = st.known_parts.find(units[k].key);
        return it != st.known_parts.end() && !it->second.id.starts_with("x:");
      };
      // Nouns alone do not make a name ("Комісії Комісія", "Очолив Комісію": a lost full stop).
      auto noun = [&](size_t k) {
        return sv.token_end[k] == k + 1 && !known(k) && Common(lang, units[k].key) &&
               !AdjectiveLike(lang, units[k]);
      };
      if (starts.size() >= 2 && !AdjectiveLike(lang, units[i]) &&
          (filler(i) ||
           (starts.size() == 2 && known_person(starts[1]) && !known(i) &&
            Common(lang, units[i].key)) ||
           std::all_of(starts.begin(), starts.end(), noun)))
        continue;

      while (starts.size() >= 3 && filler(starts.back())) {
        r = starts.back();
        starts.pop_back();
      }
    }
    // A model number joined by '-' ("Boeing-737-800").
    while (!quote_run && r + 1 < units.size() && units[r].lower == "-" &&
           units[r].span.begin == units[r - 1].span.end &&
           units[r + 1].span.begin == units[r].span.end && units[r + 1].word &&
           !HasLetter(units[r + 1].lower))
      r += 2;
    // "Верховний суд", "Європейського парламенту", "Европейская народная партия": a capitalised
    // adjective, up to two lower-case adjectives and their noun (no function word: "Радою та",
    // "Радою пропозицій").
    auto plain = [&](size_t k) {
      return k < units.size() && units[k].word && !units[k].capitalized && !claimed[k] &&
             sv.token_begin[k] == k && sv.token_end[k] == k + 1 && !sv.boundary[k] &&
             HasLetter(units[k].lower) && !InSet(preps_, lang, units[k]) &&
             !NotName(lang, units[k]);
    };
    if (r == i + 1 && AdjectiveLike(lang, units[i])) {
      size_t k = r;
      while (k - r < 2 && plain(k) && AdjectiveLike(lang, units[k])) ++k;
      if (plain(k) && !AdjectiveLike(lang, units[k])) r = k + 1;
    }
    // The name's words of two letters or more: the ones it is known by.
    std::vector<size_t> core;
    for (size_t k = b; k < r; ++k)
      if (NameWord(units[k])) core.push_back(k);
    // A sentence's first word alone is too often no name ("Нагадаємо, ..."), unless it is part
    // of a name given in full earlier.
    if (sv.start[i] == SentenceView::kSentence && core.size() < 2 && !units[i].all_caps &&
        !st.x_parts.count(units[i].key) && !st.known_parts.count(units[i].key)) {
      i = r - 1;
      continue;
    }
    // A state, organisation or place right after it is part of the name ("МЗС Британії",
    // "Верховний суд Пакистану", "Рада ЄС"); its own mention stays but names nothing alone.
    // Not across a line break or a change of script ("Brexit Євросоюзу").
    for (const DictMatch& m : matches) {
      if (m.begin != r || m.Has(EntryKind::kPerson) || m.Has(EntryKind::kPersonShort) ||
          m.Has(EntryKind::kTitle) || m.Has(EntryKind::kStateAdj) || sv.boundary[r] ||
          IsLatin(units[r]) != IsLatin(units[i]))
        continue;
      for (auto dm = doc.mentions.rbegin();
           dm != doc.mentions.rend() && dm->span.end > units.front().span.begin; ++dm)
        if (dm->span.begin == units[r].span.begin) dm->name = Span{};
      r = m.end;
      break;
    }
    // A lone capitalised common word is an institution's short form ("Договору", "Комісії") or
    // follows a lost full stop ("пише Частка") more often than it names someone; a word of a
    // name the document gives in full is one.
    if (r == i + 1 && sv.token_end[i] == i + 1 && !units[i].all_caps &&
        Common(lang, units[i].key) && !st.x_parts.count(units[i].key) &&
        !st.known_parts.count(units[i].key))
      continue;
    // One word of a name given in full earlier ("Рааб", "Лю", "Д.Дэвис"), or anywhere in the
    // document.
    if (core.size() == 1 && r <= sv.token_end[i]) {
      const std::string_view key = units[core[0]].key;
      if (auto it = st.x_parts.find(key); it != st.x_parts.end()) {
        const Entity& ent = doc.entities[it->second];
        AddMention(doc, st, {ent.id, ent.name, ent.kind, ent.country, ent.sector}, units, b, r, b,
                   r);
        i = r - 1;
        continue;
      }
      if (auto it = st.known_parts.find(key); it != st.known_parts.end()) {
        AddMention(doc, st, it->second, units, b, r, b, r);
        i = r - 1;
        continue;
      }
    }
    std::string shown(doc.Slice({units[b].span.begin, units[r - 1].span.end}));
    KbEntity x{UnlinkedId(lang, units, b, r), shown, "name", "", ""};
    // A knowledge name in an inflection or spelling its keys miss ("Борис Донсон", "Брюсселі").
    if (auto k = PhoneticLink(lang, x.id, units, b, r)) {
      x = gaz_->entity(*k);
      if (x.kind == "person") st.seen_people.insert(*k);
    }
    const uint32_t di = AddMention(doc, st, x, units, b, r, b, r);
    if (core.size() >= 2) RememberParts(st, units, core.front(), core.back() + 1, di);
    i = r - 1;
  }
}

// "x:" + the phonetic forms (phonetic.h) of the transliterated keys of the name's words
// (initials left out; abbreviations in capitals as transliterated): one id for a name in every
// inflection, both Cyrillic spellings and the Latin one (Девіс, Дэвис → devis; Taseer, Тасір,
// Тасир → tasir).
// MatchKeys::Translit (a function of the key alone) through a per-thread cache: ICU's
// transliteration is the stage's costliest call and names recur across documents. The cache is
// emptied when it passes 1 << 16 keys.
const std::string& EntitiesStage::Translit(std::string_view key) const {
  thread_local ViewMap<std::string> cache;
  if (cache.size() > (1u << 16)) cache.clear();
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(std::string(key), keys_.Translit(key)).first;
  return it->second;
}

std::string EntitiesStage::UnlinkedId(std::string_view lang, const std::vector<Unit>& units,
                                      size_t b, size_t e) const {
  return PhoneticId(
      units, b, e, [this](std::string_view key) -> const std::string& { return Translit(key); },
      [this](std::string_view key) -> const std::string& { return Phonetic(key); },
      [words = gaz_->concepts().ForLang(lang)](std::string_view key) {
        return Concepts::Find(words, key);
      });
}

std::optional<uint32_t> EntitiesStage::PhoneticLink(std::string_view lang, std::string_view id,
                                                    const std::vector<Unit>& units, size_t b,
                                                    size_t e) const {
  if (lang != "uk" && lang != "ru" && lang != "en") return std::nullopt;
  if (auto k = gaz_->ByPhonetic(id)) return k;
  // Keys that only cut an ending off the written form stay; keys that change letters give way.
  auto changed = [](const Unit& u) { return !u.lower.starts_with(u.key); };
  if (std::any_of(units.begin() + static_cast<std::ptrdiff_t>(b),
                  units.begin() + static_cast<std::ptrdiff_t>(e), changed)) {
    std::vector<Unit> written(units.begin() + static_cast<std::ptrdiff_t>(b),
                              units.begin() + static_cast<std::ptrdiff_t>(e));
    for (Unit& u : written)
      if (changed(u)) u.key = u.lower;
    if (auto k = gaz_->ByPhonetic(UnlinkedId(lang, written, 0, written.size()))) return k;
  }
  // A person's full name in a spelling that differs in vowels ("Лиэм Фокс").
  if (id.find('_') != std::string::npos) return gaz_->PersonBySkeleton(id);
  return std::nullopt;
}

// PhoneticWord(Translit(key)) through a per-thread cache like Translit's.
const std::string& EntitiesStage::Phonetic(std::string_view key) const {
  thread_local ViewMap<std::string> cache;
  if (cache.size() > (1u << 16)) cache.clear();
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(std::string(key), PhoneticWord(Translit(key))).first;
  return it->second;
}

// A person named in full may come back by the last word ("Рааб"), or by a short first word
// that is an East Asian family name ("Лю" for "Лю Сяомін").
void EntitiesStage::RememberParts(DocState& st, const std::vector<Unit>& units, size_t b, size_t e,
                                  uint32_t entity) const {
  st.x_parts.emplace(units[e - 1].key, entity);
  if (e - b >= 2 && CodePoints(units[b].lower) <= 3) st.x_parts.emplace(units[b].key, entity);
}

}  // namespace entente::entities_internal
