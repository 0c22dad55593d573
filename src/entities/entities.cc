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
};

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
    for (const std::string& name : r.pack->TableNames("lang/")) {
      if (name.size() < 7 || name.substr(name.size() - 7) != "/events") continue;
      std::string lang = name.substr(5, name.size() - 12);
      const Table* t = r.pack->Find(name);
      for (size_t i = 0; i < t->rows(); ++i)
        if (t->Cell(i, "kind") == "prep")
          preps_[lang].insert(std::string(t->Cell(i, "words")));
        else if (t->Cell(i, "kind") == "loc")
          locs_[lang].insert(std::string(t->Cell(i, "words")));
    }
    return Status();
  }

  void Process(Doc& doc) const override {
    if (doc.failed()) return;
    doc.entities.clear();
    doc.mentions.clear();
    DocState st;
    const std::string date = doc.date.substr(0, 10);
    for (const Sentence& s : doc.sentences) {
      std::string lang = s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty()
                             ? doc.blocks[s.block].lang
                             : doc.lang;
      std::vector<Unit> units = SentenceUnits(doc, s, keys_, lang);
      std::vector<DictMatch> matches = gaz_->Find(units, lang);
      ProcessSentence(doc, st, lang, date, units, matches);
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

  // Adds a mention of `e` (a KB entity, or a new one) over units [b, e).
  uint32_t AddMention(Doc& doc, DocState& st, const KbEntity& ke, const std::vector<Unit>& units,
                      size_t b, size_t e) const {
    auto [it, fresh] = st.by_id.emplace(ke.id, static_cast<uint32_t>(doc.entities.size()));
    if (fresh) doc.entities.push_back({ke.id, ke.name, ke.kind, ke.country, ke.sector, {}});
    Span span{units[b].span.begin, units[e - 1].span.end};
    Entity& ent = doc.entities[it->second];
    if (ent.mentions.empty() || !(ent.mentions.back() == span)) ent.mentions.push_back(span);
    doc.mentions.push_back({span, it->second, units[b].token, units[e - 1].token + 1});
    return it->second;
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
                       const std::vector<Unit>& units, const std::vector<DictMatch>& matches) const;

  MatchKeys keys_;
  std::unique_ptr<Gazetteer> gaz_;
  std::map<std::string, std::unordered_set<std::string>, std::less<>> preps_, locs_;
};

void EntitiesStage::ProcessSentence(Doc& doc, DocState& st, const std::string& lang,
                                    const std::string& date, const std::vector<Unit>& units,
                                    const std::vector<DictMatch>& matches) const {
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
    size_t name_b = 0, name_e = 0;
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
            end = mm.end;
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
      std::string id = "x:" + JoinKeys(units, name_b, name_e);
      for (char& c : id)
        if (c == '\x1f') c = '_';
      std::string shown(doc.Slice({units[name_b].span.begin, units[name_e - 1].span.end}));
      KbEntity x{id, shown, "person", owner ? gaz_->entity(*owner).country : "", info.sector};
      uint32_t di = AddMention(doc, st, x, units, begin, end);
      st.x_parts.emplace(units[name_b].key, di);
      st.x_parts.emplace(units[name_e - 1].key, di);
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
    AddMention(doc, st, te, units, begin, end);
    mark(begin, end);
    for (size_t o : owned) used[o] = true;
    used[k] = true;
  }
  // Pass 2: plain names (inside a title phrase they still count as mentions of their own).
  for (size_t k = 0; k < matches.size(); ++k) {
    if (used[k]) continue;
    const DictMatch& m = matches[k];
    if (m.Has(EntryKind::kTitle) && m.entries.size() == 1) continue;
    auto e = Plain(m, st, Locative(lang, units, m.begin));
    if (!e) continue;
    const KbEntity& ke = gaz_->entity(*e);
    if (ke.kind == "person") st.seen_people.insert(*e);
    AddMention(doc, st, ke, units, m.begin, m.end);
    mark(m.begin, m.end);
  }
  // Pass 3: unknown people named again by one word.
  for (size_t i = 0; i < units.size(); ++i) {
    if (unit_used[i] || !units[i].word || !units[i].capitalized) continue;
    auto it = st.x_parts.find(units[i].key);
    if (it == st.x_parts.end()) continue;
    const Entity& ent = doc.entities[it->second];
    KbEntity x{ent.id, ent.name, ent.kind, ent.country, ent.sector};
    AddMention(doc, st, x, units, i, i + 1);
  }
}

}  // namespace

Expected<std::unique_ptr<Stage>> MakeEntitiesStage(const Resources& resources) {
  auto stage = std::make_unique<EntitiesStage>(resources);
  if (Status s = stage->Init(resources); !s.ok()) return s;
  return std::unique_ptr<Stage>(std::move(stage));
}

}  // namespace entente
