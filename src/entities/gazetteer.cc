#include "entities/gazetteer.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "entities/key_set.h"
#include "entities/phonetic.h"

namespace entente {
namespace {

std::string Str(std::string_view s) { return std::string(s); }

size_t Letters(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

std::string Slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '_') {
      out.push_back('_');
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

bool DictMatch::Has(EntryKind k) const { return Get(k) != nullptr; }

const Entry* DictMatch::Get(EntryKind k) const {
  for (const Entry& e : entries)
    if (e.kind == k) return &e;
  return nullptr;
}

uint32_t Gazetteer::AddEntity(KbEntity e) {
  auto it = by_id_.find(e.id);
  if (it != by_id_.end()) return it->second;
  const uint32_t i = static_cast<uint32_t>(entities_.size());
  by_id_.emplace(e.id, i);
  entities_.push_back(std::move(e));
  return i;
}

const std::vector<Entry>* Gazetteer::Known(std::string_view lang, std::string_view name,
                                           const MatchKeys& keys,
                                           const PackKeySet* one_word) const {
  static const std::vector<Entry> kNone;
  const std::vector<Unit> units = PhraseUnits(name, keys, lang);
  if (units.empty() || (units.size() == 1 && (!one_word || one_word->count(units[0].key))))
    return &kNone;
  auto d = dicts_.find(lang);
  if (d == dicts_.end()) return nullptr;
  auto it = d->second.names.find(JoinKeys(units, 0, units.size()));
  return it == d->second.names.end() ? nullptr : &it->second;
}

void Gazetteer::AddName(std::string_view lang, std::string_view name, Entry entry,
                        const MatchKeys& keys, bool usual, bool generated) {
  if (!derive_names_) return;
  auto add = [&](const std::string& l, std::string_view phrase) {
    std::vector<Unit> units = PhraseUnits(phrase, keys, l);
    if (units.empty()) return;
    Entry e = entry;
    if (e.kind != EntryKind::kStateAdj && e.kind != EntryKind::kTitle)
      e.need_cap = units.front().capitalized;
    // Up to five letters (not bytes: "ВСУ" is six).
    e.all_caps = units.size() == 1 && units.front().all_caps && Letters(units.front().lower) <= 5;
    if (units.size() == 1)
      e.cut = static_cast<uint8_t>(std::min<size_t>(
          255, Letters(units[0].lower) - std::min(Letters(units[0].lower), Letters(units[0].key))));
    Dict& dict = dicts_[l];
    dict.first.Raise(Hash{}(units.front().key), static_cast<uint32_t>(units.size()));
    std::vector<Entry>& list = dict.names[JoinKeys(units, 0, units.size())];
    for (Entry& old : list)
      if (old.kind == e.kind && old.index == e.index) {
        // The same name written two ways ("ХАМАС", "Хамас"): the looser spelling rules.
        old.need_cap = old.need_cap && e.need_cap;
        old.all_caps = old.all_caps && e.all_caps;
        old.cut = std::min(old.cut, e.cut);
        return;
      }
    if (usual)
      list.insert(list.begin(), e);
    else
      list.push_back(e);
  };
  // The phonetic index: names in their own language's keys; not titles, demonyms or a
  // person's one-word short forms (a surname names several people).
  if (entry.kind != EntryKind::kTitle && entry.kind != EntryKind::kStateAdj &&
      entry.kind != EntryKind::kPersonShort && !generated && (lang == "en" || dicts_.count(lang))) {
    std::vector<Unit> units = PhraseUnits(name, keys, lang);
    if (!units.empty() && (units.size() > 1 || Letters(units[0].lower) > 3)) {
      auto translit = [&](std::string_view key) -> const std::string& {
        auto it = translit_.find(key);
        if (it == translit_.end())
          it = translit_.emplace(std::string(key), keys.Translit(key)).first;
        return it->second;
      };
      auto index_id = [&](const std::string& id) {
        auto [it, fresh] = phonetic_.try_emplace(id, entry.index);
        if (!fresh && it->second != entry.index) it->second = kSeveral;
        if (entry.kind != EntryKind::kPerson || id.find('_') == std::string::npos) return;
        auto [sk, sk_fresh] = skeletons_.try_emplace(entities_internal::Skeleton(id), entry.index);
        if (!sk_fresh && sk->second != entry.index) sk->second = kSeveral;
      };
      auto id = [&](bool with_concepts) {
        return entities_internal::PhoneticId(
            units, 0, units.size(), translit,
            [&](std::string_view key) { return entities_internal::PhoneticWord(translit(key)); },
            [words = with_concepts ? concepts_.ForLang(lang) : nullptr](std::string_view key) {
              return entities_internal::Concepts::Find(words, key);
            });
      };
      // Under the id with concept words, and with them spelt as written too, so that a
      // misspelling of one ("Європейський Соююз") still finds the name.
      auto index = [&] {
        const std::string translated = id(true), spelt = id(false);
        index_id(translated);
        if (spelt != translated) index_id(spelt);
      };
      index();
      // Also as written: a dictionary form's key may cut letters that its inflections' keys keep
      // (a first name ending in a consonant keyed as a form of a shorter word).
      bool cut = false;
      for (Unit& u : units)
        if (u.key != u.lower) {
          cut = true;
          u.key = u.lower;
        }
      if (cut) index();
    }
  }
  if (lang == "en") {
    for (const std::string& l : langs_)
      if (!generated || l == "en") add(l, name);
  } else if (dicts_.count(lang)) {
    const std::string l(lang);
    add(l, name);
    // The stems an oblique form is built on when a word's last vowel alternates or drops
    // ("Білий дім" → "Білий дом": Білого дому). Not people's names (Путін → Путіна) or titles.
    if (entry.kind == EntryKind::kPerson || entry.kind == EntryKind::kPersonShort ||
        entry.kind == EntryKind::kTitle || entry.kind == EntryKind::kStateAdj)
      return;
    for (size_t begin = 0; begin < name.size();) {
      size_t end = name.find(' ', begin);
      if (end == std::string_view::npos) end = name.size();
      for (const std::string& stem : keys.AlternateStems(name.substr(begin, end - begin), l))
        add(l, std::string(name.substr(0, begin)) + stem + std::string(name.substr(end)));
      begin = end + 1;
    }
  }
}

void Gazetteer::LongestByHash::Raise(size_t hash, uint32_t units) {
  units = std::clamp<uint32_t>(units, 1, 0xFF);
  if ((used_ + 1) * 2 > slots_.size()) {  // at most half full
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(1024, old.size() * 2), 0);
    used_ = 0;
    for (uint64_t slot : old)
      if (slot) Raise(slot & kTag, static_cast<uint32_t>(slot & 0xFF));
  }
  const size_t mask = slots_.size() - 1;
  for (size_t i = (hash >> 8) & mask;; i = (i + 1) & mask) {
    uint64_t& slot = slots_[i];
    if (slot == 0) {
      slot = (hash & kTag) | units;
      ++used_;
      return;
    }
    if ((slot & kTag) == (hash & kTag)) {
      slot = (slot & kTag) | std::max<uint32_t>(units, static_cast<uint32_t>(slot & 0xFF));
      return;
    }
  }
}

uint32_t Gazetteer::LongestByHash::Get(size_t hash) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t i = (hash >> 8) & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) return 0;
    if ((slot & kTag) == (hash & kTag)) return static_cast<uint32_t>(slot & 0xFF);
  }
}

Expected<std::unique_ptr<Gazetteer>> Gazetteer::Build(const Resources& resources,
                                                      const MatchKeys& keys, Derive derive) {
  auto g = std::make_unique<Gazetteer>();
  const Pack* pack = resources.pack.get();
  if (!pack) return Status::Error("entities: no data pack");
  g->derive_names_ = derive == Derive::kNow || !pack->Find("derived/gazetteer/meta");
  g->concepts_ = entities_internal::Concepts(*pack, keys);
  auto table = [&](std::string_view name) { return pack->Find(name); };

  if (const Table* t = table("kb/languages"))
    for (size_t r = 0; r < t->rows(); ++r) g->langs_.push_back(Str(t->Cell(r, "code")));
  for (const char* l : {"uk", "ru", "en"})
    if (std::find(g->langs_.begin(), g->langs_.end(), l) == g->langs_.end()) g->langs_.push_back(l);
  for (const std::string& l : g->langs_) g->dicts_[l];

  // States: one entity per ISO-3, English name = the shortest generated English name ("United
  // States", "North Korea"); curated short aliases ("America") only where none was generated.
  std::map<std::string, std::string> qid, en_name;
  if (const Table* t = table("kb/state_qids"))
    for (size_t r = 0; r < t->rows(); ++r) qid[Str(t->Cell(r, "iso3"))] = Str(t->Cell(r, "qid"));
  const Table* names = table("kb/state_names");
  const Table* aliases = table("kb/state_aliases");
  for (const Table* t : {names, aliases}) {
    if (!t) continue;
    const bool alias = t == aliases;
    std::map<std::string, std::string> shortest;
    for (size_t r = 0; r < t->rows(); ++r) {
      if (t->Cell(r, "lang") != "en" || (alias && t->Cell(r, "kind") != "short")) continue;
      std::string iso(t->Cell(r, "iso3")), n(t->Cell(r, alias ? "alias" : "name"));
      auto& cur = shortest[iso];
      if (cur.empty() || n.size() < cur.size()) cur = n;
    }
    for (auto& [iso, n] : shortest) en_name.try_emplace(iso, std::move(n));
  }
  for (const auto& [iso, n] : en_name) {
    KbEntity e{qid.count(iso) ? qid[iso] : "state:" + iso, n, "state", iso, "GOV"};
    g->state_by_iso_[iso] = g->AddEntity(std::move(e));
  }
  auto state_entry = [&](std::string_view iso, EntryKind kind) -> std::optional<Entry> {
    auto s = g->StateOf(iso);
    if (!s) return std::nullopt;
    return Entry{kind, *s};
  };
  if (names)
    for (size_t r = 0; r < names->rows(); ++r)
      if (auto e = state_entry(names->Cell(r, "iso3"), EntryKind::kState))
        g->AddName(names->Cell(r, "lang"), names->Cell(r, "name"), *e, keys);
  if (aliases)
    for (size_t r = 0; r < aliases->rows(); ++r) {
      std::string_view kind = aliases->Cell(r, "kind");
      const bool adj = kind == "demonym_adj" || kind == "demonym_noun";
      if (auto e =
              state_entry(aliases->Cell(r, "iso3"), adj ? EntryKind::kStateAdj : EntryKind::kState))
        g->AddName(aliases->Cell(r, "lang"), aliases->Cell(r, "alias"), *e, keys, kind == "usual");
    }

  if (const Table* t = table("kb/regions"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string code(t->Cell(r, "code"));
      std::string n = code.substr(code.find(':') + 1);
      uint32_t i = g->AddEntity({"reg:" + n, n, "region", code, ""});
      if (t->Cell(r, "lang") == "en" && g->entities_[i].name == n)
        g->entities_[i].name = Str(t->Cell(r, "name"));
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"), {EntryKind::kRegion, i}, keys);
    }
  if (const Table* t = table("kb/igos"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string code(t->Cell(r, "code"));
      std::string id = t->Cell(r, "qid").empty() ? "igo:" + code.substr(4) : Str(t->Cell(r, "qid"));
      uint32_t i = g->AddEntity({id, Str(t->Cell(r, "name_en")), "igo", code, "GOV"});
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"), {EntryKind::kIgo, i}, keys);
    }
  if (const Table* t = table("kb/organizations"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string sector(t->Cell(r, "sector"));
      uint32_t i =
          g->AddEntity({Str(t->Cell(r, "id")), Str(t->Cell(r, "name_en")),
                        sector == "MED" ? "media" : "org", Str(t->Cell(r, "country")), sector});
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"), {EntryKind::kOrg, i}, keys);
    }
  // State bodies known by name: the entity a phrase that names the same body gives.
  if (const Table* t = table("kb/institutions"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string iso(t->Cell(r, "iso3"));
      uint32_t i =
          g->AddEntity({"g:" + iso + ":" + Str(t->Cell(r, "role")), Str(t->Cell(r, "name_en")),
                        "institution", iso, Str(t->Cell(r, "sector"))});
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"), {EntryKind::kOrg, i}, keys);
    }
  // Places first (coordinates), then metonyms (capitals share the place entity).
  std::map<std::string, std::pair<double, double>> coords;
  if (const Table* t = table("kb/places"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string en(t->Cell(r, "name_en"));
      KbEntity e{"place:" + Slug(en), en, "place", Str(t->Cell(r, "iso3")), ""};
      e.lat = std::atof(Str(t->Cell(r, "lat")).c_str());
      e.lon = std::atof(Str(t->Cell(r, "lon")).c_str());
      uint32_t i = g->AddEntity(std::move(e));
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"), {EntryKind::kPlace, i}, keys);
    }
  if (const Table* t = table("kb/metonyms"))
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string en(t->Cell(r, "name_en"));
      const bool capital = t->Cell(r, "kind") == "capital";
      uint32_t i =
          capital ? g->AddEntity({"place:" + Slug(en), en, "place", Str(t->Cell(r, "iso3")), ""})
                  : g->AddEntity({"gov:" + Slug(en), en, "org", Str(t->Cell(r, "iso3")), "GOV"});
      g->AddName(t->Cell(r, "lang"), t->Cell(r, "name"),
                 {capital ? EntryKind::kCapital : EntryKind::kBuilding, i}, keys);
    }
  // People: full names and short forms (a single unit, or a name no longer than 2 units that
  // is the tail of a longer name of the same person).
  // People come in groups: data/kb/people/<group>/{people,names,roles}.tsv.
  for (const auto& [group, t] : pack->FindGroup("kb/people/", "/people"))
    for (size_t r = 0; r < t->rows(); ++r) {
      KbEntity e{Str(t->Cell(r, "id")), Str(t->Cell(r, "name_en")), "person",
                 Str(t->Cell(r, "country")), Str(t->Cell(r, "sector"))};
      e.gender = t->Cell(r, "gender").empty() ? 0 : t->Cell(r, "gender")[0];
      g->AddEntity(std::move(e));
    }
  for (const auto& [group, t] : pack->FindGroup("kb/people/", "/names"))
    for (size_t r = 0; r < t->rows(); ++r) {
      auto it = g->by_id_.find(Str(t->Cell(r, "person")));
      if (it == g->by_id_.end()) continue;
      std::string_view n = t->Cell(r, "name");
      const bool short_form = n.find(' ') == std::string_view::npos;
      g->AddName(t->Cell(r, "lang"), n,
                 {short_form ? EntryKind::kPersonShort : EntryKind::kPerson, it->second}, keys);
    }
  for (const auto& [group, t] : pack->FindGroup("kb/people/", "/roles"))
    for (size_t r = 0; r < t->rows(); ++r) {
      auto it = g->by_id_.find(Str(t->Cell(r, "person")));
      if (it == g->by_id_.end()) continue;
      g->roles_.push_back({it->second, Str(t->Cell(r, "role")), Str(t->Cell(r, "country")),
                           Str(t->Cell(r, "start")), Str(t->Cell(r, "end"))});
    }
  for (const auto& [table, kind] :
       {std::pair{"/titles", TitleInfo::kTitle}, std::pair{"/groups", TitleInfo::kGroup},
        std::pair{"/institutions", TitleInfo::kInstitution}})
    for (const auto& [lang, t] : pack->FindGroup("lang/", table))
      for (size_t r = 0; r < t->rows(); ++r) {
        g->titles_.push_back({Str(t->Cell(r, "role")), Str(t->Cell(r, "sector")), kind});
        g->AddName(lang, t->Cell(r, kind == TitleInfo::kTitle ? "title" : "word"),
                   {EntryKind::kTitle, static_cast<uint32_t>(g->titles_.size() - 1)}, keys);
      }
  // First-level subdivisions of states ("Alaska", "Харківська область"): places of their
  // country, `adm:<ISO 3166-2>`, each name in its own language only and matched by its keys
  // alone (AddName's `generated`). Last, so that a name that
  // already names anything else stays theirs (a state, organisation or person: "Georgia",
  // "Саар"); a subdivision that has a city's name (Berlin, Moscow, Tokyo, Washington) is the city
  // in every language. A generated one-word name needs its language's common words, and is none
  // of them (a curated one was checked by a person: "Донеччина").
  if (const Table* t = table("kb/subdivision_names"); t && g->derive_names_) {
    std::map<std::string, PackKeySet, std::less<>> common;
    for (const auto& [lang, words] : pack->FindGroup("lang/", "/common_words"))
      common.emplace(lang, PackKeySet(*words, 0));
    const PackKeySet any;               // no word is common: a curated one-word name is taken
    std::set<std::string_view> cities;  // codes of subdivisions named as a known city
    for (size_t r = 0; r < t->rows(); ++r)
      if (const auto* known = g->Known(t->Cell(r, "lang"), t->Cell(r, "name"), keys, &any))
        for (const Entry& e : *known)
          if (e.kind == EntryKind::kPlace || e.kind == EntryKind::kCapital)
            cities.insert(t->Cell(r, "code"));
    for (size_t r = 0; r < t->rows(); ++r) {
      uint32_t i = g->AddEntity({"adm:" + Str(t->Cell(r, "code")), Str(t->Cell(r, "name_en")),
                                 "place", Str(t->Cell(r, "iso3")), ""});
      std::string_view lang = t->Cell(r, "lang"), name = t->Cell(r, "name");
      auto c = common.find(lang);
      const PackKeySet* one_word = !t->Cell(r, "curated").empty() ? &any
                                   : c != common.end()            ? &c->second
                                                                  : nullptr;
      if (cities.count(t->Cell(r, "code")) || g->Known(lang, name, keys, one_word)) continue;
      g->AddName(lang, name, {EntryKind::kPlace, i}, keys, false, true);
    }
  } else if (t) {  // the names come keyed from the pack
    for (size_t r = 0; r < t->rows(); ++r)
      g->AddEntity({"adm:" + Str(t->Cell(r, "code")), Str(t->Cell(r, "name_en")), "place",
                    Str(t->Cell(r, "iso3")), ""});
  }
  g->translit_.clear();
  if (!g->derive_names_)
    if (Status st = g->LoadDerivedTables(*pack); !st.ok()) return st;
  return g;
}

std::vector<DictMatch> Gazetteer::Find(const std::vector<Unit>& units,
                                       std::string_view lang) const {
  std::vector<DictMatch> out;
  auto d = dicts_.find(lang);
  if (d == dicts_.end()) d = dicts_.find("en");
  if (d == dicts_.end()) return out;
  const Dict& dict = d->second;
  std::string joined;        // keys of units [i, limit) joined by '\x1f'
  std::vector<size_t> ends;  // ends[k]: the length of the keys of units [i, i + k + 1)
  for (size_t i = 0; i < units.size();) {
    if (!units[i].word) {
      ++i;
      continue;
    }
    bool found = false;
    const size_t longest = dict.first.Get(Hash{}(units[i].key));
    size_t limit = i;
    while (limit < units.size() && units[limit].word && limit - i < longest) ++limit;
    joined.clear();
    ends.clear();
    for (size_t k = i; k < limit; ++k) {
      if (k > i) joined.push_back('\x1f');
      joined += units[k].key;
      ends.push_back(joined.size());
    }
    for (size_t end = limit; end > i && !found; --end) {
      auto it = dict.names.find(std::string_view(joined).substr(0, ends[end - i - 1]));
      if (it == dict.names.end()) continue;
      DictMatch m{i, end, {}};
      for (const Entry& e : it->second) {
        // A state's name in odd casing ("iSrael", "uSA": typos, social media) is still its
        // name; a common word in lower case ("china", "turkey") is not.
        const bool odd_state = units[i].inner_cap && e.kind == EntryKind::kState;
        if (e.need_cap && !units[i].capitalized && !odd_state) continue;
        if (e.all_caps && !units[i].all_caps && !odd_state) continue;
        if (end == i + 1 && e.cut >= 2 && units[i].lower == units[i].key) continue;
        m.entries.push_back(e);
      }
      if (m.entries.empty()) continue;
      out.push_back(std::move(m));
      i = end;
      found = true;
    }
    if (!found) ++i;
  }
  return out;
}

std::optional<uint32_t> Gazetteer::ByPhonetic(std::string_view id) const {
  // One short word sounds like too much ("Leave" like "Ливия"); one word like a state's or a
  // region's name is more often a surname or another thing ("Hollande" is no Holland, the
  // airline "Germania" no Germany), and states' names are known in their forms anyway.
  const bool one_word = id.find('_') == std::string_view::npos;
  if (one_word && id.size() < 2 + 5) return std::nullopt;
  auto it = phonetic_.find(id);
  if (it == phonetic_.end() || it->second == kSeveral) return std::nullopt;
  if (one_word && (entities_[it->second].kind == "state" || entities_[it->second].kind == "region"))
    return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Gazetteer::PersonBySkeleton(std::string_view id) const {
  auto it = skeletons_.find(entities_internal::Skeleton(id));
  if (it == skeletons_.end() || it->second == kSeveral) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Gazetteer::StateOf(std::string_view iso3) const {
  auto it = state_by_iso_.find(std::string(iso3));
  if (it == state_by_iso_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Gazetteer::ById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Gazetteer::RoleHolder(std::string_view country, std::string_view role,
                                              std::string_view date) const {
  std::optional<uint32_t> found;
  for (const Role& r : roles_) {
    if (r.country != country || r.role != role) continue;
    const bool started = date.empty() || r.start.empty() || r.start <= date;
    const bool ended = date.empty() ? !r.end.empty() : (!r.end.empty() && r.end <= date);
    if (!started || ended) continue;
    if (found && *found != r.person) return std::nullopt;
    found = r.person;
  }
  return found;
}

}  // namespace entente
