// entities/gazetteer.h — the knowledge base compiled into key-sequence dictionaries.
//
// Built once from the pack's kb/* tables and lang/<code>/titles: every name is cut into units
// (units.h), keyed with MatchKeys in each language it may appear in (its own, and English names
// in every language), and stored under the joined keys. Lookup is key-sequence equality, longest
// first, so "Північною Кореєю" finds "Північна Корея" and "Путіним" finds "Путін".
// Keying every name (and romanising it for the phonetic index) is most of start-up, so
// tools/datac does it when it compiles the pack and stores the result as the derived/gazetteer/*
// tables (gazetteer_pack.cc); Build reads them where the pack has them. Both ways give the same
// gazetteer (tests/unit/entities/gazetteer_pack_test.cc).
//   auto gaz = Gazetteer::Build(resources, keys);
//   for (const auto& m : (*gaz)->Find(units, "uk")) ...
// Thread-safety: immutable after Build; safe to share.
#ifndef ENTENTE_ENTITIES_GAZETTEER_H_
#define ENTENTE_ENTITIES_GAZETTEER_H_

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "entente/status.h"
#include "entities/concepts.h"
#include "entities/key_set.h"
#include "entities/units.h"
#include "knowledge/resources.h"

namespace entente {

// An entity the knowledge base knows (a row of Doc::entities to be).
// The ascii slug knowledge ids are minted with ("place:" + Slug("New Delhi") = "place:new_delhi").
std::string Slug(std::string_view s);

struct KbEntity {
  std::string id;       // QID or state:/igo:/reg:/gov:/place:/p:/o:/g: key
  std::string name;     // English name
  std::string kind;     // person | state | igo | region | org | media | place | institution
  std::string country;  // ISO-3, IGO:X, REG:X
  std::string sector;
  char gender = 0;  // 'm' | 'f' for people, 0 otherwise
  double lat = 0, lon = 0;
};

enum class EntryKind : uint8_t {
  kState,     // a state's name or alias
  kStateAdj,  // demonym adjective/noun: gives its state as a modifier
  kRegion,
  kIgo,
  kOrg,          // media, think tanks, NGOs; institutions known by name (kb/institutions)
  kCapital,      // a capital: the state as an actor, a place after a locative preposition
  kBuilding,     // a seat of power: the government
  kPlace,        // another city
  kPerson,       // a full name
  kPersonShort,  // a surname alone
  kTitle,        // a title ("посол", "міністр закордонних справ")
};

struct Entry {
  EntryKind kind = EntryKind::kState;
  uint32_t index = 0;     // KbEntity index; for kTitle an index into titles
  bool need_cap = false;  // the text's first unit must be capitalised
  bool all_caps = false;  // the text must be in capitals (short abbreviations: US, WHO)
  // Letters the key cut from a one-word name ("Ханой" → "хан": 2). A text word that is its key
  // uncut ("Хан") is no form of a name that lost two letters or more.
  uint8_t cut = 0;
};

struct TitleInfo {
  // kTitle: a lang/*/titles row; kGroup: a lang/*/groups row, a collective actor ("protesters",
  // "поліція"); kInstitution: a lang/*/institutions row, a state body ("МИД", "parliament").
  enum Kind : uint8_t { kTitle, kGroup, kInstitution };
  std::string role;
  std::string sector;
  Kind kind = kTitle;
};

// A stretch of units [begin, end) that matches one or more entries.
struct DictMatch {
  size_t begin = 0, end = 0;
  std::vector<Entry> entries;
  bool Has(EntryKind k) const;
  const Entry* Get(EntryKind k) const;
};

class Gazetteer {
 public:
  // kFromPack reads the names' keys and phonetic ids from the pack's derived/gazetteer/* tables
  // where it has them (an error iff they were derived from other knowledge), else derives them
  // like kNow.
  enum class Derive { kFromPack, kNow };
  static Expected<std::unique_ptr<Gazetteer>> Build(const Resources& resources,
                                                    const MatchKeys& keys,
                                                    Derive derive = Derive::kFromPack);
  // Adds the derived/gazetteer/* tables that Build(kFromPack) reads: every language's names
  // (joined keys → entries) and the phonetic and skeleton indexes, rows sorted by key, so one
  // gazetteer always writes the same tables.
  void AddDerivedTables(PackBuilder& builder) const;
  // Non-overlapping matches over `units`, left to right, longest first; case rules applied.
  std::vector<DictMatch> Find(const std::vector<Unit>& units, std::string_view lang) const;

  const KbEntity& entity(uint32_t i) const { return entities_[i]; }
  const TitleInfo& title(uint32_t i) const { return titles_[i]; }
  // The entity whose name (a full name, or a name of anything but a person) has this unlinked
  // id (entities_internal::PhoneticId: "x:boris_jonson", "x:brusel"); nullopt iff none, or
  // names of two entities have it, or it is one word of under five letters or a state's or
  // region's name. Finds names in inflections and spellings keys miss.
  std::optional<uint32_t> ByPhonetic(std::string_view id) const;
  // The person whose full name of two words or more has the consonant skeleton of this unlinked
  // id (entities_internal::Skeleton: "Лиэм Фокс" → Liam Fox); nullopt iff none or
  // several people's names have it. Looser than ByPhonetic: for people's full names only.
  std::optional<uint32_t> PersonBySkeleton(std::string_view id) const;
  // The concept words of lang/<code>/concepts, which unlinked ids are made with (phonetic.h).
  const entities_internal::Concepts& concepts() const { return concepts_; }
  // The state entity of an ISO-3 code (creates none); nullopt iff unknown.
  std::optional<uint32_t> StateOf(std::string_view iso3) const;
  // The entity of a knowledge id (a kb/institutions body: "g:USA:foreign ministry"); nullopt
  // iff unknown.
  std::optional<uint32_t> ById(std::string_view id) const;
  // Who held `role` for `country` on `date` (YYYY-MM-DD; empty = today's holder); nullopt iff
  // none or several.
  std::optional<uint32_t> RoleHolder(std::string_view country, std::string_view role,
                                     std::string_view date) const;

 private:
  struct Role {
    uint32_t person;
    std::string role, country, start, end;
  };
  using Hash = KeyHash;  // lets Find look up string_views
  // phonetic_'s and skeletons_' value where names of several entities have the id.
  static constexpr uint32_t kSeveral = std::numeric_limits<uint32_t>::max();
  template <class V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  // First unit's key → the most units of a name that starts with it, by the key's hash alone:
  // Find looks up only stretches that can match. A hash collision can only make Find try longer
  // stretches, which the names' exact lookup refuses, so matches do not change. Open addressing
  // in one flat array: one cache miss a word, where a node-based map takes two or three.
  class LongestByHash {
   public:
    void Raise(size_t hash, uint32_t units);
    uint32_t Get(size_t hash) const;

   private:
    static constexpr uint64_t kTag = ~uint64_t{0xFF};  // the hash bits a slot keeps
    std::vector<uint64_t> slots_;  // hash & kTag | units (1..255); 0 = empty; size a power of 2
    size_t used_ = 0;
  };
  struct Dict {
    Map<std::vector<Entry>> names;  // joined keys → entries
    LongestByHash first;
  };
  uint32_t AddEntity(KbEntity e);
  // Fills dicts_, phonetic_ and skeletons_ from the derived/gazetteer/* tables; an error iff
  // they are malformed or their fingerprint is not this gazetteer's.
  Status LoadDerivedTables(const Pack& pack);
  // What the derived indexes point into: the entities' and titles' count and a hash of their
  // ids, roles and the languages.
  std::string KnowledgeFingerprint() const;
  // The entries `name` in `lang` already has here (keyed as AddName keys it); an empty list iff
  // it is no name (no word), or one word that `one_word` refuses: always where it is nullptr,
  // else where its key is in `*one_word` (a language's common words); nullptr iff none.
  const std::vector<Entry>* Known(std::string_view lang, std::string_view name,
                                  const MatchKeys& keys, const PackKeySet* one_word) const;
  // `usual`: the name's usual referent, put before other entities of the same name ("Congo").
  // `generated`: a generated name (a subdivision's), keyed in its own language only (an English
  // one not in every language) and kept out of the phonetic index, which would link unknown
  // names to it by their sound ("Атлантик" → Atlantique, a department of Benin).
  void AddName(std::string_view lang, std::string_view name, Entry entry, const MatchKeys& keys,
               bool usual = false, bool generated = false);

  std::vector<KbEntity> entities_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> state_by_iso_;
  std::vector<TitleInfo> titles_;
  std::vector<Role> roles_;
  std::map<std::string, Dict, std::less<>> dicts_;  // by language
  Map<uint32_t> phonetic_;                          // unlinked id → entity; several: uint32 max
  Map<uint32_t> skeletons_;    // a person's full-name id's skeleton → person; several: uint32 max
  Map<std::string> translit_;  // Build's cache of MatchKeys::Translit
  entities_internal::Concepts concepts_;
  bool derive_names_ = true;  // AddName keys names (false: they come from the pack)
  std::vector<std::string> langs_;
};

}  // namespace entente

#endif  // ENTENTE_ENTITIES_GAZETTEER_H_
