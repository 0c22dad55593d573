// entities — recognises and links actors, places and titles (contract in entities.h).
//
// Per sentence: dictionary matches (gazetteer.h) are resolved in two passes.
//  1. Title phrases: a title with a demonym adjective just before it ("російський президент")
//     and, within 8 units after it, the state/IGO/organisation it belongs to ("посол Росії",
//     "керівник агентства Сіньхуа") and a name (a known person, or a run of capitalised unknown
//     words: two or more, or one that ends the phrase). A state after a preposition ("в Китаї")
//     is a location, not the title's. The phrase becomes one mention: the known person, an
//     unknown person x:<keys> of that country, the role holder at the document date
//     ("президент Ірану" in 2024 → Raisi), or else the state itself.
//  2. Everything else: full names; surnames alone when one known person has them or their
//     person was named earlier; states, aliases, demonym adjectives (→ the state), IGOs,
//     regions, organisations, seats of power (→ the government), capitals (→ the state as an
//     actor, or the city after a locative preposition), other cities.
// Finally, a capitalised word equal to the first or last word of an unknown person named earlier
// ("Лю" after "Лю Сяоміном") is that person.
#include "entities/entities.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer.h"
#include "entities/units.h"

namespace entente {
namespace {

// Roles too generic to name one holder.
const std::set<std::string, std::less<>> kGenericRoles = {
    "head",       "director", "representative", "official",   "minister",
    "leader",     "adviser",  "aide",           "general",    "commander",
    "diplomat",   "envoy",    "legislator",     "judge",      "analyst",
    "journalist", "speaker",  "spokesperson",   "ambassador", "special_representative",
    "prosecutor", "monarch"};

struct DocState {
  std::unordered_map<std::string, uint32_t> by_id;    // entity id → Doc::entities index
  std::unordered_map<std::string, uint32_t> x_parts;  // name-part key → entity index
  std::unordered_set<uint32_t> seen_people;           // KB indexes named in full
  std::unordered_set<std::string_view> lower_keys;    // keys of words written in lower case
};

bool IsOpeningQuote(std::string_view s) {
  return s == "\xC2\xAB" || s == "\xE2\x80\x9E" || s == "\xE2\x80\x9C" || s == "\"";
}
bool IsClosingQuote(std::string_view s) {
  return s == "\xC2\xBB" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\"";
}
bool IsLatin(const Unit& u) {
  return !u.lower.empty() && static_cast<unsigned char>(u.lower[0]) < 0x80;
}
// Index of the first word unit (units.size() if none).
size_t FirstWord(const std::vector<Unit>& units) {
  size_t i = 0;
  while (i < units.size() && !units[i].word) ++i;
  return i;
}
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

class EntitiesStage : public Stage {
 public:
  explicit EntitiesStage(const Resources& r) : keys_(r) {}
  std::string_view name() const override { return "entities"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldEntities; }

  Status Init(const Resources& r) {
    auto g = Gazetteer::Build(r, keys_);
    if (!g) return g.error();
    gaz_ = std::move(*g);
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/events"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (t->Cell(i, "kind") == "prep")
          preps_[lang].insert(std::string(t->Cell(i, "words")));
        else if (t->Cell(i, "kind") == "loc")
          locs_[lang].insert(std::string(t->Cell(i, "words")));
    // Common words (hunspell's lower-case entries, keyed at build time; sorted views into the
    // pack, which the stage keeps alive).
    pack_ = r.pack;
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/common_words")) {
      auto& keys = common_[lang];
      keys.reserve(t->rows());
      for (size_t i = 0; i < t->rows(); ++i) keys.push_back(t->Cell(i, 0));
    }
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/names"))
      for (size_t i = 0; i < t->rows(); ++i) {
        const std::string value = keys_.Lower(t->Cell(i, "value"));
        if (t->Cell(i, "kind") == "adj_ending")
          adj_endings_[lang].push_back(value);
        else if (t->Cell(i, "kind") == "not_name")
          not_names_[lang].insert(value);
      }
    // Function words capitalised mid-sentence (after a line break, a colon) name no one either.
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/stopwords"))
      for (size_t i = 0; i < t->rows(); ++i) not_names_[lang].insert(keys_.Lower(t->Cell(i, 0)));
    // Calendar words (English "May", "Monday") are capitalised but name no one.
    for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/dates"))
      for (size_t i = 0; i < t->rows(); ++i)
        if (t->Cell(i, "kind") == "month" || t->Cell(i, "kind") == "weekday")
          calendar_[lang].insert(keys_.Key(t->Cell(i, "word"), lang));
    return Status();
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    doc.entities.clear();
    doc.mentions.clear();
    DocState st;
    for (const Token& t : doc.tokens)
      if (!t.capitalized && !t.key.empty()) st.lower_keys.insert(t.key);
    const std::string date = doc.date.substr(0, 10);
    for (const Sentence& s : doc.sentences) {
      std::string lang = s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty()
                             ? doc.blocks[s.block].lang
                             : doc.lang;
      std::vector<Unit> units = SentenceUnits(doc, s, keys_, lang);
      std::vector<DictMatch> matches = gaz_->Find(units, lang);
      ProcessSentence(doc, st, lang, date, units, std::move(matches));
    }
    std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
  }

 private:
  bool InSet(const std::map<std::string, std::unordered_set<std::string>, std::less<>>& sets,
             std::string_view lang, const Unit& u) const {
    auto it = sets.find(lang);
    return it != sets.end() && it->second.count(u.lower);
  }
  bool Governed(std::string_view lang, const std::vector<Unit>& units, size_t begin) const {
    return begin > 0 && InSet(preps_, lang, units[begin - 1]);
  }
  bool Locative(std::string_view lang, const std::vector<Unit>& units, size_t begin) const {
    return begin > 0 && InSet(locs_, lang, units[begin - 1]);
  }

  // The Doc::entities index of `ke`, added if new.
  uint32_t AddEntity(Doc& doc, DocState& st, const KbEntity& ke) const {
    auto [it, fresh] = st.by_id.emplace(ke.id, static_cast<uint32_t>(doc.entities.size()));
    if (fresh) doc.entities.push_back({ke.id, ke.name, ke.kind, ke.country, ke.sector, {}});
    return it->second;
  }

  // Adds a mention of `ke` (a KB entity, or a new one) over units [b, e) whose proper name is
  // units [nb, ne) (none when nb == ne).
  uint32_t AddMention(Doc& doc, DocState& st, const KbEntity& ke, const std::vector<Unit>& units,
                      size_t b, size_t e, size_t nb, size_t ne) const {
    const uint32_t index = AddEntity(doc, st, ke);
    Span span{units[b].span.begin, units[e - 1].span.end};
    Entity& ent = doc.entities[index];
    if (ent.mentions.empty() || !(ent.mentions.back() == span)) ent.mentions.push_back(span);
    Span name = nb < ne ? Span{units[nb].span.begin, units[ne - 1].span.end} : Span{};
    doc.mentions.push_back({span, name, index, -1, units[b].token, units[e - 1].token + 1});
    return index;
  }

  // The entity a plain (non-title) match stands for, or nullopt; `cap_place` says a capital is
  // read as a place.
  std::optional<uint32_t> Plain(const DictMatch& m, const DocState& st, bool cap_place) const {
    static constexpr EntryKind kOrder[] = {
        EntryKind::kPerson,  EntryKind::kIgo,    EntryKind::kOrg,
        EntryKind::kState,   EntryKind::kRegion, EntryKind::kBuilding,
        EntryKind::kCapital, EntryKind::kPlace,  EntryKind::kStateAdj};
    for (EntryKind k : kOrder) {
      const Entry* e = m.Get(k);
      if (!e) continue;
      if (k == EntryKind::kCapital && !cap_place) {
        if (auto s = gaz_->StateOf(gaz_->entity(e->index).country)) return *s;
      }
      if (k == EntryKind::kStateAdj) {
        if (auto s = gaz_->StateOf(gaz_->entity(e->index).country)) return *s;
      }
      return e->index;
    }
    // Surnames: one candidate, or the one named in full earlier.
    std::vector<uint32_t> people;
    for (const Entry& e : m.entries)
      if (e.kind == EntryKind::kPersonShort) people.push_back(e.index);
    if (people.size() == 1) return people[0];
    for (uint32_t p : people)
      if (st.seen_people.count(p)) return p;
    return std::nullopt;
  }

  void ProcessSentence(Doc& doc, DocState& st, const std::string& lang, const std::string& date,
                       const std::vector<Unit>& units, std::vector<DictMatch> matches) const;
  // Pass 4: runs of capitalised words no knowledge claimed become unlinked entities (kind
  // "name", no country), so nothing named is dropped.
  void UnknownNames(Doc& doc, DocState& st, const std::string& lang, const std::vector<Unit>& units,
                    const std::vector<DictMatch>& matches, const std::vector<bool>& claimed) const;
  bool AdjectiveLike(const std::string& lang, const Unit& u) const;
  std::string UnlinkedId(const std::vector<Unit>& units, size_t b, size_t e) const;
  void RememberParts(DocState& st, const std::vector<Unit>& units, size_t b, size_t e,
                     uint32_t entity) const;

  MatchKeys keys_;
  std::unique_ptr<Gazetteer> gaz_;
  std::map<std::string, std::unordered_set<std::string>, std::less<>> preps_, locs_;
  std::map<std::string, std::unordered_set<std::string>, std::less<>> calendar_;  // keys
  std::shared_ptr<const Pack> pack_;
  std::map<std::string, std::vector<std::string>, std::less<>> adj_endings_;
  std::map<std::string, std::unordered_set<std::string>, std::less<>> not_names_;
  std::map<std::string, std::vector<std::string_view>, std::less<>> common_;  // sorted keys
};

void EntitiesStage::ProcessSentence(Doc& doc, DocState& st, const std::string& lang,
                                    const std::string& date, const std::vector<Unit>& units,
                                    std::vector<DictMatch> matches) const {
  // A one-word place or state name next to an unknown capitalised word of the same script is
  // part of a person's name: "Доминик Рааб" is no Dominica, "Имран Хан" no Hanoi. Not after a
  // lower-case word, which governs a state's genitive ("міністр Британії Домінік Рааб").
  const size_t first_word = FirstWord(units);
  auto unknown_word = [&](size_t u, const Unit& like) {
    const Unit& w = units[u];
    return u != first_word && w.word && w.capitalized && !w.all_caps &&
           IsLatin(w) == IsLatin(like) &&
           std::none_of(matches.begin(), matches.end(),
                        [&](const DictMatch& o) { return o.begin <= u && u < o.end; });
  };
  std::erase_if(matches, [&](const DictMatch& m) {
    if (m.end - m.begin != 1) return false;
    for (const Entry& e : m.entries)
      if (e.kind != EntryKind::kState && e.kind != EntryKind::kCapital &&
          e.kind != EntryKind::kPlace && e.kind != EntryKind::kRegion)
        return false;
    const Unit& self = units[m.begin];
    const bool after_lower = m.begin > 0 && units[m.begin - 1].word &&
                             (!units[m.begin - 1].capitalized ||
                              std::any_of(matches.begin(), matches.end(), [&](const DictMatch& o) {
                                return o.end == m.begin && o.Has(EntryKind::kTitle);
                              }));
    if (m.end < units.size() && !after_lower && unknown_word(m.end, self)) return true;
    return m.begin > 0 && unknown_word(m.begin - 1, self);
  });
  std::vector<bool> used(matches.size(), false);
  std::vector<bool> unit_used(units.size(), false);
  auto mark = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) unit_used[i] = true;
  };
  // Pass 1: title phrases.
  for (size_t k = 0; k < matches.size(); ++k) {
    const Entry* title = matches[k].Get(EntryKind::kTitle);
    if (used[k] || !title) continue;
    const TitleInfo& info = gaz_->title(title->index);
    size_t begin = matches[k].begin, end = matches[k].end;
    std::optional<uint32_t> owner, person;  // KB entity indexes
    size_t name_b = 0, name_e = 0;          // an unknown person's name
    size_t person_b = 0, person_e = 0;      // a known person's name
    std::vector<size_t> owned;
    const Entry* left =
        k > 0 && !used[k - 1] && matches[k - 1].end == begin
            ? (matches[k - 1].Has(EntryKind::kStateAdj) ? matches[k - 1].Get(EntryKind::kStateAdj)
                                                        : matches[k - 1].Get(EntryKind::kState))
            : nullptr;
    if (left) {
      owner = gaz_->StateOf(gaz_->entity(left->index).country);
      begin = matches[k - 1].begin;
      owned.push_back(k - 1);
    }
    size_t j = end, kk = k + 1, steps = 0, prep_budget = 0;
    bool adj_seen = false;
    while (j < units.size() && steps < 8) {
      while (kk < matches.size() && matches[kk].begin < j) ++kk;
      if (kk < matches.size() && matches[kk].begin == j) {
        const DictMatch& mm = matches[kk];
        if (mm.Has(EntryKind::kTitle) && !mm.Has(EntryKind::kPerson)) break;
        if (mm.Has(EntryKind::kPerson) || mm.Has(EntryKind::kPersonShort)) {
          if (auto p = Plain(mm, st, false); p && gaz_->entity(*p).kind == "person") {
            person = p;
            person_b = mm.begin;
            end = person_e = mm.end;
            owned.push_back(kk);
            break;
          }
        }
        const bool owner_kind = mm.Has(EntryKind::kState) || mm.Has(EntryKind::kStateAdj) ||
                                mm.Has(EntryKind::kIgo) || mm.Has(EntryKind::kOrg) ||
                                mm.Has(EntryKind::kBuilding);
        if (owner_kind && !owner && !Governed(lang, units, j)) {
          owner = Plain(mm, st, false);
          end = mm.end;
        }
        adj_seen = mm.Has(EntryKind::kStateAdj);  // an open noun phrase, or its head
        steps += mm.end - j;
        j = mm.end;
        continue;
      }
      const Unit& u = units[j];
      if (!u.word) break;
      if (u.capitalized) {
        size_t r = j;
        while (r < units.size() && units[r].word && units[r].capitalized &&
               IsLatin(units[r]) == IsLatin(units[j]) &&
               !(kk < matches.size() && matches[kk].begin == r))
          ++r;
        const size_t run = r - j;
        if (run >= 2 || (run == 1 && (r == units.size() || !units[r].word))) {
          name_b = j;
          name_e = end = r;
          break;
        }
        steps += run;
        j = r;
        continue;
      }
      // A lower-case word continues the phrase only inside a noun phrase led by a demonym
      // ("китайського інформаційного агентства") before the owner, or inside a prepositional
      // phrase after it ("у справах Корейського півострова"); a verb ends it.
      if (InSet(preps_, lang, u)) {
        prep_budget = 3;
      } else if (!adj_seen && prep_budget == 0) {
        break;
      }
      if (prep_budget > 0) --prep_budget;
      ++j;
      ++steps;
    }
    std::optional<uint32_t> target;  // KB entity for the phrase, if any
    if (person) {
      target = person;
    } else if (name_e > name_b) {
      std::string shown(doc.Slice({units[name_b].span.begin, units[name_e - 1].span.end}));
      KbEntity x{UnlinkedId(units, name_b, name_e), shown, "person",
                 owner ? gaz_->entity(*owner).country : "", info.sector};
      uint32_t di = AddMention(doc, st, x, units, begin, end, name_b, name_e);
      RememberParts(st, units, name_b, name_e, di);
      mark(begin, end);
      for (size_t o : owned) used[o] = true;
      used[k] = true;
      continue;
    } else if (owner) {
      const KbEntity& oe = gaz_->entity(*owner);
      if (oe.kind == "state" && !kGenericRoles.count(info.role))
        target = gaz_->RoleHolder(oe.country, info.role, date);
      if (!target) target = owner;
    }
    if (!target) continue;
    const KbEntity& te = gaz_->entity(*target);
    if (te.kind == "person") st.seen_people.insert(*target);
    AddMention(doc, st, te, units, begin, end, person_b, person_e);
    mark(begin, end);
    for (size_t o : owned) used[o] = true;
    used[k] = true;
  }
  // Pass 2: plain names (inside a title phrase they still count as mentions of their own). A
  // capital names its city; not after a locative preposition it also acts for its state.
  for (size_t k = 0; k < matches.size(); ++k) {
    if (used[k]) continue;
    const DictMatch& m = matches[k];
    if (m.Has(EntryKind::kTitle) && m.entries.size() == 1) continue;
    auto e = Plain(m, st, true);
    if (!e) continue;
    const KbEntity& ke = gaz_->entity(*e);
    if (ke.kind == "person") st.seen_people.insert(*e);
    // A demonym adjective ("російський") gives its state but is not a name.
    const bool named = std::any_of(m.entries.begin(), m.entries.end(), [](const Entry& x) {
      return x.kind != EntryKind::kStateAdj && x.kind != EntryKind::kTitle;
    });
    AddMention(doc, st, ke, units, m.begin, m.end, m.begin, named ? m.end : m.begin);
    mark(m.begin, m.end);
    const Entry* cap = m.Get(EntryKind::kCapital);
    if (cap && cap->index == *e && !Locative(lang, units, m.begin))
      if (auto state = gaz_->StateOf(ke.country)) {
        const uint32_t di = AddEntity(doc, st, gaz_->entity(*state));
        doc.entities[di].mentions.push_back(doc.mentions.back().span);
        doc.mentions.back().acting = static_cast<int32_t>(di);
      }
  }
  std::vector<bool> claimed = unit_used;
  for (const DictMatch& m : matches)
    std::fill(claimed.begin() + m.begin, claimed.begin() + m.end, true);
  UnknownNames(doc, st, lang, units, matches, claimed);
}

bool EntitiesStage::AdjectiveLike(const std::string& lang, const Unit& u) const {
  auto it = adj_endings_.find(lang);
  if (it == adj_endings_.end()) return false;
  for (const std::string& e : it->second)
    if (u.lower.size() > e.size() + 2 && u.lower.ends_with(e)) return true;
  return false;
}

void EntitiesStage::UnknownNames(Doc& doc, DocState& st, const std::string& lang,
                                 const std::vector<Unit>& units,
                                 const std::vector<DictMatch>& matches,
                                 const std::vector<bool>& claimed) const {
  const size_t first_word = FirstWord(units);
  auto calendar = calendar_.find(lang);
  auto starts_name = [&](size_t i) {
    const Unit& u = units[i];
    if (claimed[i] || !u.word || !u.capitalized || CodePoints(u.lower) < 2) return false;
    if (st.x_parts.count(u.key)) return true;
    if (calendar != calendar_.end() && calendar->second.count(u.key)) return false;
    if (auto nn = not_names_.find(lang); nn != not_names_.end() && nn->second.count(u.lower))
      return false;
    // A sentence's first word is capitalised anyway: a name only if it is no common word and
    // the document never writes it in lower case.
    if (i != first_word || u.all_caps) return true;
    if (st.lower_keys.count(u.key)) return false;
    auto c = common_.find(lang);
    return c == common_.end() ||
           !std::binary_search(c->second.begin(), c->second.end(), std::string_view(u.key));
  };
  for (size_t i = 0; i < units.size(); ++i) {
    if (!starts_name(i)) continue;
    size_t r = i + 1;
    const bool quoted = i > 0 && IsOpeningQuote(units[i - 1].lower);
    if (quoted) {
      // «Економічна правда»: the whole quoted title, up to six words.
      size_t q = i;
      while (q < units.size() && q - i < 6 && units[q].word && !claimed[q]) ++q;
      if (q < units.size() && IsClosingQuote(units[q].lower)) r = q;
    }
    if (r == i + 1)
      while (r < units.size() && r - i < 4 && units[r].word && units[r].capitalized &&
             !claimed[r] && IsLatin(units[r]) == IsLatin(units[i]) &&
             CodePoints(units[r].lower) > 1)
        ++r;
    // "Верховний суд", "Європейського парламенту": a capitalised adjective and its noun.
    if (r == i + 1 && r < units.size() && units[r].word && !units[r].capitalized && !claimed[r] &&
        !InSet(preps_, lang, units[r]) && AdjectiveLike(lang, units[i]))
      ++r;
    // A sentence's first word alone is too often no name ("Нагадаємо, ..."), unless it is part
    // of a name given in full earlier.
    if (i == first_word && r - i < 2 && !units[i].all_caps && !st.x_parts.count(units[i].key))
      continue;
    // A state, organisation or place right after it is part of the name ("МЗС Британії",
    // "Верховний суд Пакистану", "Рада ЄС"); its own mention stays but names nothing alone.
    for (const DictMatch& m : matches) {
      if (m.begin != r || m.Has(EntryKind::kPerson) || m.Has(EntryKind::kPersonShort) ||
          m.Has(EntryKind::kTitle) || m.Has(EntryKind::kStateAdj))
        continue;
      for (auto dm = doc.mentions.rbegin();
           dm != doc.mentions.rend() && dm->span.end > units.front().span.begin; ++dm)
        if (dm->span.begin == units[r].span.begin) dm->name = Span{};
      r = m.end;
      break;
    }
    // One word of a name given in full earlier ("Рааб", "Лю").
    if (r == i + 1)
      if (auto it = st.x_parts.find(units[i].key); it != st.x_parts.end()) {
        const Entity& ent = doc.entities[it->second];
        AddMention(doc, st, {ent.id, ent.name, ent.kind, ent.country, ent.sector}, units, i, r, i,
                   r);
        continue;
      }
    std::string shown(doc.Slice({units[i].span.begin, units[r - 1].span.end}));
    KbEntity x{UnlinkedId(units, i, r), shown, "name", "", ""};
    const uint32_t di = AddMention(doc, st, x, units, i, r, i, r);
    if (r - i >= 2) RememberParts(st, units, i, r, di);
    i = r - 1;
  }
}

// "x:" + the transliterated keys: one id for a name in every inflection and both Cyrillic
// spellings (Девіс, Дэвис → devis).
std::string EntitiesStage::UnlinkedId(const std::vector<Unit>& units, size_t b, size_t e) const {
  std::string id = "x:";
  for (size_t i = b; i < e; ++i) {
    if (i > b) id += '_';
    id += keys_.Translit(units[i].key);
  }
  return id;
}

// A person named in full may come back by the last word ("Рааб"), or by a short first word
// that is an East Asian family name ("Лю" for "Лю Сяомін").
void EntitiesStage::RememberParts(DocState& st, const std::vector<Unit>& units, size_t b, size_t e,
                                  uint32_t entity) const {
  st.x_parts.emplace(units[e - 1].key, entity);
  if (e - b >= 2 && CodePoints(units[b].lower) <= 3) st.x_parts.emplace(units[b].key, entity);
}

}  // namespace

Expected<std::unique_ptr<Stage>> MakeEntitiesStage(const Resources& resources) {
  auto stage = std::make_unique<EntitiesStage>(resources);
  if (Status s = stage->Init(resources); !s.ok()) return s;
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace entente
