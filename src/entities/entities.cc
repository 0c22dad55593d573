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
// Collective actors (lang/*/groups) and institutions (lang/*/institutions) are found in pass 1
// (GroupPhrase) and placed in pass 3, after the sentence's places are known (an institution:
// PlaceInstitution).
// Matches are first fitted to their context (FitMatches, names.cc); pass 4 (names.cc) then makes
// unlinked entities of the capitalised words left, and links a word equal to the first or last
// word of a person the document names in full ("Лю" for "Лю Сяомін", "Мей" for "Тереза Мей",
// before or after) to them.
#include "entities/entities.h"

#include <algorithm>
#include <set>

#include "entities/stage.h"

namespace entente {
namespace entities_internal {
namespace {

// Roles too generic to name one holder.
const std::set<std::string, std::less<>> kGenericRoles = {
    "head",       "director", "representative", "official",   "minister",
    "leader",     "adviser",  "aide",           "general",    "commander",
    "diplomat",   "envoy",    "legislator",     "judge",      "analyst",
    "journalist", "speaker",  "spokesperson",   "ambassador", "special_representative",
    "prosecutor", "monarch"};

}  // namespace

bool IsLatin(const Unit& u) {
  return !u.lower.empty() && static_cast<unsigned char>(u.lower[0]) < 0x80;
}
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Status EntitiesStage::Init(const Resources& r) {
  auto g = Gazetteer::Build(r, keys_);
  if (!g) return g.error();
  gaz_ = std::move(*g);
  for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/events"))
    for (size_t i = 0; i < t->rows(); ++i)
      if (t->Cell(i, "kind") == "prep")
        preps_[lang].insert(std::string(t->Cell(i, "words")));
      else if (t->Cell(i, "kind") == "loc")
        locs_[lang].insert(std::string(t->Cell(i, "words")));
      else if (t->Cell(i, "kind") == "origin")
        origins_[lang].insert(std::string(t->Cell(i, "words")));
      else if (t->Cell(i, "kind") == "conj")
        conjs_[lang].insert(std::string(t->Cell(i, "words")));
      else if (t->Cell(i, "kind") == "partisan")
        partisans_[lang].insert(std::string(t->Cell(i, "words")));
      else if (t->Cell(i, "kind") == "event_noun")
        event_nouns_[lang].insert(std::string(t->Cell(i, "words")));
  // Common words (hunspell's lower-case entries, keyed at build time; views into the pack,
  // which the stage keeps alive).
  pack_ = r.pack;
  for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/common_words"))
    common_.emplace(lang, PackKeySet(*t, 0));
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
  // First names: the first words of known people's full names.
  for (const auto& [group, t] : r.pack->FindGroup("kb/people/", "/names"))
    for (size_t i = 0; i < t->rows(); ++i) {
      const std::string_view lang = t->Cell(i, "lang"), name = t->Cell(i, "name");
      const size_t space = name.find(' ');
      if (space != std::string_view::npos)
        given_[std::string(lang)].insert(keys_.Key(name.substr(0, space), lang));
    }
  // Calendar words (English "May", "Monday") are capitalised but name no one.
  for (const auto& [lang, t] : r.pack->FindGroup("lang/", "/dates"))
    for (size_t i = 0; i < t->rows(); ++i)
      if (t->Cell(i, "kind") == "month" || t->Cell(i, "kind") == "weekday")
        calendar_[lang].insert(keys_.Key(t->Cell(i, "word"), lang));
  return Status();
}

void EntitiesStage::Process(Doc& doc) const {
  if (doc.failed()) return;
  doc.entities.clear();
  doc.mentions.clear();
  DocState st;
  st.lower_keys.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens)
    if (!t.capitalized && !t.key.empty()) st.lower_keys.insert(t.key);
  st.lower_keys.Seal();
  const std::string date = doc.date.substr(0, 10);
  std::vector<SentenceView> views;
  std::vector<std::vector<DictMatch>> matches;
  views.reserve(doc.sentences.size());
  matches.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) {
    std::string lang = s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty()
                           ? doc.blocks[s.block].lang
                           : doc.lang;
    views.push_back(View(doc, s, std::move(lang)));
    matches.push_back(gaz_->Find(views.back().units, views.back().lang));
    FitMatches(st, views.back(), matches.back());
    Prescan(doc, st, views.back(), matches.back());
  }
  st.views = &views;
  st.matches = &matches;
  for (size_t i = 0; i < views.size(); ++i) {
    st.sentence = i;
    ProcessSentence(doc, st, date, views[i], std::move(matches[i]));
  }
  Corefer(doc);
  std::sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
}

bool EntitiesStage::InSet(const ByLang<ViewSet>& sets, std::string_view lang, const Unit& u) const {
  auto it = sets.find(lang);
  return it != sets.end() && it->second.count(u.lower);
}
bool EntitiesStage::Governed(std::string_view lang, const std::vector<Unit>& units,
                             size_t begin) const {
  return begin > 0 && InSet(preps_, lang, units[begin - 1]);
}
bool EntitiesStage::Locative(std::string_view lang, const std::vector<Unit>& units,
                             size_t begin) const {
  return begin > 0 && InSet(locs_, lang, units[begin - 1]);
}
bool EntitiesStage::AfterPartisan(const SentenceView& sv, size_t u) const {
  const size_t tb = sv.token_begin[u];
  return tb < u && InSet(partisans_, sv.lang, sv.units[tb]);
}

// The Doc::entities index of `ke`, added if new.
uint32_t EntitiesStage::AddEntity(Doc& doc, DocState& st, const KbEntity& ke) const {
  auto [it, fresh] = st.by_id.emplace(ke.id, static_cast<uint32_t>(doc.entities.size()));
  if (fresh) {
    doc.entities.push_back({ke.id, ke.name, ke.kind, ke.country, ke.sector, {}});
  } else if (Entity& e = doc.entities[it->second]; e.country.empty() && !ke.country.empty()) {
    // An unknown name first met alone, then with its title ("посол Росії ..."): the title's
    // country and kind win.
    e.kind = ke.kind;
    e.country = ke.country;
    e.sector = ke.sector;
  }
  return it->second;
}

// Adds a mention of `ke` (a KB entity, or a new one) over units [b, e) whose proper name is
// units [nb, ne) (none when nb == ne).
uint32_t EntitiesStage::AddMention(Doc& doc, DocState& st, const KbEntity& ke,
                                   const std::vector<Unit>& units, size_t b, size_t e, size_t nb,
                                   size_t ne) const {
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
std::optional<uint32_t> EntitiesStage::Plain(const DictMatch& m, const DocState& st,
                                             bool cap_place) const {
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

void EntitiesStage::ProcessSentence(Doc& doc, DocState& st, const std::string& date,
                                    const SentenceView& sv, std::vector<DictMatch> matches) const {
  const std::string& lang = sv.lang;
  const std::vector<Unit>& units = sv.units;
  // A one-word surname or place that is the surname of someone else the document names in full
  // before or earlier ("Раджа" after "Абид Раджа" is no Youssef Rajji) is left to pass 4, which
  // links it to them.
  std::erase_if(matches, [&](const DictMatch& m) {
    if (m.end - m.begin != 1) return false;
    for (const Entry& e : m.entries)
      if (e.kind != EntryKind::kPersonShort && e.kind != EntryKind::kPlace &&
          e.kind != EntryKind::kCapital && e.kind != EntryKind::kRegion)
        return false;
    std::string_view other;  // the id of the person named in full
    if (auto it = st.known_parts.find(units[m.begin].key); it != st.known_parts.end())
      other = it->second.id;
    else if (auto x = st.x_parts.find(units[m.begin].key); x != st.x_parts.end())
      other = doc.entities[x->second].id;
    else
      return false;
    return std::none_of(m.entries.begin(), m.entries.end(), [&](const Entry& e) {
      return st.seen_people.count(e.index) || gaz_->entity(e.index).id == other;
    });
  });
  std::vector<bool> used(matches.size(), false);
  std::vector<bool> unit_used(units.size(), false);
  auto mark = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) unit_used[i] = true;
  };
  // Pass 1: title phrases and collective actors.
  std::vector<PendingGroup> groups;
  std::string place_country;  // where the sentence locates something first
  for (size_t k = 0; k < matches.size(); ++k) {
    const Entry* title = matches[k].Get(EntryKind::kTitle);
    if (used[k] || !title) continue;
    const TitleInfo& info = gaz_->title(title->index);
    if (info.kind != TitleInfo::kTitle) {
      GroupPhrase(sv, matches, k, used, groups);
      continue;
    }
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
    const DictMatch* state_after = nullptr;  // the owner, right after the title
    while (j < units.size() && steps < 8) {
      while (kk < matches.size() && matches[kk].begin < j) ++kk;
      if (kk < matches.size() && matches[kk].begin == j) {
        const DictMatch& mm = matches[kk];
        if (mm.Has(EntryKind::kTitle) && !mm.Has(EntryKind::kPerson)) {
          // An institution belongs to the phrase ("представитель МИД России Мария Захарова"):
          // the state after it is the owner; it keeps its own mention (pass 3).
          if (gaz_->title(mm.Get(EntryKind::kTitle)->index).kind != TitleInfo::kInstitution) break;
          steps += mm.end - j;
          j = mm.end;
          adj_seen = false;
          continue;
        }
        if (mm.Has(EntryKind::kPerson) || mm.Has(EntryKind::kPersonShort)) {
          std::optional<uint32_t> p = Plain(mm, st, false);
          // "President Bush": of the people a surname names, the one holding the title's role
          // at the document's date.
          for (size_t ei = 0; !p && ei < mm.entries.size(); ++ei)
            if (const Entry& e = mm.entries[ei]; e.kind == EntryKind::kPersonShort)
              if (auto h = gaz_->RoleHolder(gaz_->entity(e.index).country, info.role, date);
                  h && *h == e.index)
                p = h;
          if (p && gaz_->entity(*p).kind == "person") {
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
          if (mm.begin == matches[k].end) state_after = &mm;
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
    if (!person && name_e > name_b)  // a known person in a spelling keys miss
      if (auto k =
              PhoneticLink(lang, UnlinkedId(lang, units, name_b, name_e), units, name_b, name_e);
          k && gaz_->entity(*k).kind == "person") {
        person = k;
        person_b = name_b;
        person_e = name_e;
        name_e = name_b;
      }
    if (person) {
      target = person;
    } else if (name_e > name_b) {
      std::string shown(doc.Slice({units[name_b].span.begin, units[name_e - 1].span.end}));
      KbEntity x{UnlinkedId(lang, units, name_b, name_e), shown, "person",
                 owner ? gaz_->entity(*owner).country : "", info.sector};
      TitleInstitutions(sv, matches[k], state_after, x.country, groups);
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
    TitleInstitutions(sv, matches[k], state_after,
                      target ? std::string_view(gaz_->entity(*target).country) : "", groups);
    if (!target) continue;
    const KbEntity& te = gaz_->entity(*target);
    if (te.kind == "person") st.seen_people.insert(*target);
    const uint32_t di = AddMention(doc, st, te, units, begin, end, person_b, person_e);
    if (person_e - person_b >= 2) RememberParts(st, units, person_b, person_e, di);
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
    // Named in full: a surname alone proves nothing ("Раджа" is no Youssef Rajji's full name).
    if (ke.kind == "person" && m.Has(EntryKind::kPerson)) st.seen_people.insert(*e);
    // A demonym adjective ("російський") gives its state but is not a name, nor is a phrase in
    // lower case ("західні країни").
    const bool named = HasUpper(doc.Slice(units[m.begin].span)) &&
                       std::any_of(m.entries.begin(), m.entries.end(), [](const Entry& x) {
                         return x.kind != EntryKind::kStateAdj && x.kind != EntryKind::kTitle;
                       });
    const uint32_t di =
        AddMention(doc, st, ke, units, m.begin, m.end, m.begin, named ? m.end : m.begin);
    if (ke.kind == "institution")  // its id is g:<country>:<role>
      NoteInstitution(st, std::string_view(ke.id).substr(ke.country.size() + 3), ke.country);
    if (ke.kind == "place" && !ke.country.empty() &&
        (Locative(lang, units, m.begin) ||
         (m.begin == 0 && m.end < units.size() && units[m.end].lower == ","))) {
      if (place_country.empty()) place_country = ke.country;
      st.place_country = ke.country;
    }
    if (m.Has(EntryKind::kPerson) && m.end - m.begin >= 2)
      RememberParts(st, units, m.begin, m.end, di);
    mark(m.begin, m.end);
    const Entry* cap = m.Get(EntryKind::kCapital);
    if (cap && cap->index == *e && !Locative(lang, units, m.begin))
      if (auto state = gaz_->StateOf(ke.country)) {
        const uint32_t di = AddEntity(doc, st, gaz_->entity(*state));
        doc.entities[di].mentions.push_back(doc.mentions.back().span);
        doc.mentions.back().acting = static_cast<int32_t>(di);
      }
  }
  // Pass 3: collective actors take their state, else the first place the sentence locates
  // something in ("in Tbilisi", or a dateline's city), else the document's latest such place.
  if (place_country.empty()) place_country = st.place_country;
  std::vector<const PendingGroup*> unplaced;  // institutions with no state: left to pass 4
  for (PendingGroup& g : groups) {
    if (gaz_->title(g.title).kind == TitleInfo::kInstitution) {
      if (PlaceInstitution(doc, st, sv, g))
        mark(g.begin, g.end);
      else
        unplaced.push_back(&g);
      continue;
    }
    if (g.country.empty()) g.country = place_country;
    if (g.country.empty()) continue;
    const TitleInfo& info = gaz_->title(g.title);
    KbEntity x{"g:" + g.country + ":" + info.role, info.role + " (" + g.country + ")", "group",
               g.country, info.sector};
    AddMention(doc, st, x, units, g.begin, g.end, g.begin, g.begin);
    mark(g.begin, g.end);
  }
  std::vector<bool> claimed = unit_used;
  for (const DictMatch& m : matches)
    std::fill(claimed.begin() + m.begin, claimed.begin() + m.end, true);
  for (const PendingGroup* g : unplaced)
    std::copy(unit_used.begin() + g->begin, unit_used.begin() + g->end, claimed.begin() + g->begin);
  UnknownNames(doc, st, sv, matches, claimed);
}

// A collective actor ("Lebanese security forces", "поліція Грузії", "protesters"): its state is
// a demonym or state right before it, or a state right after it that no preposition governs.
void EntitiesStage::GroupPhrase(const SentenceView& sv, const std::vector<DictMatch>& matches,
                                size_t k, std::vector<bool>& used,
                                std::vector<PendingGroup>& groups) const {
  PendingGroup g{matches[k].Get(EntryKind::kTitle)->index,
                 matches[k].begin,
                 matches[k].end,
                 "",
                 std::nullopt,
                 matches[k].begin};
  if (const Entry* o = matches[k].Get(EntryKind::kOrg))
    if (gaz_->entity(o->index).kind == "institution") g.known = o->index;
  auto state_of = [&](size_t i) -> const Entry* {
    if (used[i]) return nullptr;
    const Entry* e = matches[i].Get(EntryKind::kStateAdj);
    return e ? e : matches[i].Get(EntryKind::kState);
  };
  // "pro-Russian rebels", "pro-Kremlin separatists": the actor the group sides with is not its
  // state; the group is placed where it acts, or left unidentified.
  if (k > 0 && !used[k - 1] && matches[k - 1].end == g.begin &&
      AfterPartisan(sv, matches[k - 1].end - 1)) {
    used[k - 1] = true;
    used[k] = true;
    g.begin = std::min<size_t>(matches[k - 1].begin, sv.token_begin[matches[k - 1].end - 1]);
    groups.push_back(std::move(g));
    return;
  }
  // "South Africa's main opposition": a possessive state up to two lower-case words before.
  size_t gap = 0;
  if (k > 0 && matches[k - 1].end < g.begin) {
    const size_t e = matches[k - 1].end;
    const size_t from = IsPossessive(sv.units[e - 1].lower) ? e
                        : IsPossessive(sv.units[e].lower)   ? e + 1
                                                            : 0;
    for (gap = from; from && gap < g.begin && gap < from + 2 && sv.units[gap].word &&
                     !sv.units[gap].capitalized;)
      ++gap;
  }
  if (k > 0 && (matches[k - 1].end == g.begin || gap == g.begin))
    if (const Entry* e = state_of(k - 1)) {
      g.country = gaz_->entity(e->index).country;
      g.begin = matches[k - 1].begin;
      used[k - 1] = e->kind == EntryKind::kStateAdj;  // a named state keeps its own mention
    }
  if (g.country.empty() && k + 1 < matches.size() && matches[k + 1].begin == g.end &&
      !Governed(sv.lang, sv.units, g.end))
    if (const Entry* e = state_of(k + 1); e && e->kind == EntryKind::kState) {
      g.country = gaz_->entity(e->index).country;
      g.end = matches[k + 1].end;
    }
  // "dissidents from military-ruled Myanmar": a state after an origin preposition and a few
  // lower-case modifiers.
  if (g.country.empty() && k + 1 < matches.size() && g.end < sv.units.size() &&
      InSet(origins_, sv.lang, sv.units[g.end])) {
    size_t u = g.end + 1;
    while (u < matches[k + 1].begin && u < g.end + 5 &&
           ((sv.units[u].word && !sv.units[u].capitalized) || sv.units[u].lower == "-"))
      ++u;
    if (matches[k + 1].begin == u)
      if (const Entry* e = state_of(k + 1); e && e->kind == EntryKind::kState) {
        g.country = gaz_->entity(e->index).country;
        g.end = matches[k + 1].end;
      }
  }
  used[k] = true;
  // "US and British activists": each demonym coordinated before the one next to the group names
  // a group of its own, spanning the demonym.
  const PendingGroup head = g;
  size_t left = k - (g.begin < matches[k].begin ? 1 : 0);
  groups.push_back(std::move(g));
  while (left > 0 && left < k && matches[left - 1].end + 1 == matches[left].begin &&
         InSet(conjs_, sv.lang, sv.units[matches[left].begin - 1]))
    if (const Entry* e = state_of(left - 1)) {
      --left;
      used[left] = true;
      groups.push_back({head.title, matches[left].begin, matches[left].end,
                        gaz_->entity(e->index).country, std::nullopt});
    } else {
      break;
    }
}

}  // namespace entities_internal

Expected<std::unique_ptr<Stage>> MakeEntitiesStage(const Resources& resources) {
  auto stage = std::make_unique<entities_internal::EntitiesStage>(resources);
  if (Status s = stage->Init(resources); !s.ok()) return s;
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace entente
