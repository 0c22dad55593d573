// entities/stage.h — the entities stage's internals, shared by its source files; the stage's
// interface is entities.h. entities.cc: setup and passes 1–2 (title phrases, knowledge names);
// names.cc: what a capitalised word is (sentence starts, common words, words joined by '-' or
// '.') and pass 4 (unknown names); coref.cc: the per-document coreference of unlinked names;
// phonetic.cc: unlinked ids' phonetic word forms.
// Thread-safety: EntitiesStage is immutable after Init; Process keeps its state on the stack.
#ifndef ENTENTE_ENTITIES_STAGE_H_
#define ENTENTE_ENTITIES_STAGE_H_

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entente/pipeline.h"
#include "entities/gazetteer.h"
#include "entities/key_set.h"
#include "entities/units.h"
#include "knowledge/resources.h"

namespace entente::entities_internal {

template <class V>
using ByLang = std::map<std::string, V, std::less<>>;

// A string-keyed hash map that string_views look up.
using ViewHash = KeyHash;
template <class V>
using ViewMap = std::unordered_map<std::string, V, ViewHash, std::equal_to<>>;
using ViewSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

// A set of string_views filled once, then only looked up: their hashes in a sorted vector, so
// filling allocates no node a key. count() like a set's; views must outlive the set.
class SealedViewSet {
 public:
  void reserve(size_t n) { items_.reserve(n); }
  void insert(std::string_view s) { items_.emplace_back(ViewHash{}(s), s); }
  void Seal() {
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.first < b.first; });
  }
  size_t count(std::string_view s) const {
    const size_t hash = ViewHash{}(s);
    auto it = std::lower_bound(items_.begin(), items_.end(), hash,
                               [](const Item& a, size_t h) { return a.first < h; });
    for (; it != items_.end() && it->first == hash; ++it)
      if (it->second == s) return 1;
    return 0;
  }

 private:
  using Item = std::pair<size_t, std::string_view>;
  std::vector<Item> items_;
};

struct SentenceView;

// What one document has named so far.
struct DocState {
  std::unordered_map<std::string, uint32_t> by_id;  // entity id → Doc::entities index
  ViewMap<uint32_t> x_parts;                        // name-part key → Doc::entities index
  // Name-part key → a person the document names in full anywhere (Prescan), so that a surname
  // alone before the full name links too.
  ViewMap<KbEntity> known_parts;
  std::unordered_set<uint32_t> seen_people;  // KB indexes named in full
  SealedViewSet lower_keys;   // keys of words written in lower case (sealed before the passes)
  std::string place_country;  // the country of the latest place named (a collective's context)
  // Institution role → the state of its latest placed mention (a bare form's context), and of
  // the first one a phrase places in the sentences after the current one (searched for once,
  // when a bare form has no other context: a headline's before the text that places it).
  ViewMap<std::string> institution_state, later_institution_state;
  bool later_searched = false;
  // The document's sentences and their matches (the current one's moved out) for that search.
  const std::vector<SentenceView>* views = nullptr;
  const std::vector<std::vector<DictMatch>>* matches = nullptr;
  size_t sentence = 0;
};

// A collective actor or institution found in pass 1 (a lang/*/groups or lang/*/institutions
// row), placed in pass 3.
struct PendingGroup {
  uint32_t title = 0;             // Gazetteer::title index
  size_t begin = 0, end = 0;      // units of the phrase
  std::string country;            // its state's code, if the phrase names it
  std::optional<uint32_t> known;  // the kb/institutions body its words name (Foreign Office)
  size_t head = SIZE_MAX;         // the unit its title's words start at (SIZE_MAX: `begin`)
};

// One sentence as the passes see it.
struct SentenceView {
  std::string lang;
  std::vector<Unit> units;
  // start[i]: unit i opens the sentence (no word with a letter before it: "[12] Відповідно",
  // "3) Вихід") or a clause (after ':' or a line break), so its capital says little.
  enum Start : uint8_t { kNone, kClause, kSentence };
  std::vector<Start> start;
  // token_begin[i], token_end[i]: the units of unit i's token ("Інтерфакс-Україна" is two).
  std::vector<uint32_t> token_begin, token_end;
  // boundary[i]: a line break, or a full stop without a space before a capitalised word
  // ("Союзі.Урядові"), lies between unit i - 1 and unit i. Names do not cross it.
  std::vector<bool> boundary;
};

class EntitiesStage : public Stage {
 public:
  explicit EntitiesStage(const Resources& r) : keys_(r) {}
  std::string_view name() const override { return "entities"; }
  FieldSet requires_fields() const override { return kFieldTokens | kFieldLang; }
  FieldSet assigns_fields() const override { return kFieldEntities; }
  Status Init(const Resources& r);
  void Process(Doc& doc) const override;

 private:
  // --- entities.cc
  bool InSet(const ByLang<ViewSet>& sets, std::string_view lang, const Unit& u) const;
  bool Governed(std::string_view lang, const std::vector<Unit>& units, size_t begin) const;
  bool Locative(std::string_view lang, const std::vector<Unit>& units, size_t begin) const;
  // Unit `u` follows a partisan prefix in its own token ("Russian" in "pro-Russian").
  bool AfterPartisan(const SentenceView& sv, size_t u) const;
  uint32_t AddEntity(Doc& doc, DocState& st, const KbEntity& ke) const;
  // Adds a mention of `ke` over units [b, e) whose proper name is units [nb, ne) (none when
  // nb == ne); returns its Doc::entities index.
  uint32_t AddMention(Doc& doc, DocState& st, const KbEntity& ke, const std::vector<Unit>& units,
                      size_t b, size_t e, size_t nb, size_t ne) const;
  std::optional<uint32_t> Plain(const DictMatch& m, const DocState& st, bool cap_place) const;
  void GroupPhrase(const SentenceView& sv, const std::vector<DictMatch>& matches, size_t k,
                   std::vector<bool>& used, std::vector<PendingGroup>& groups) const;
  // The institutions a title names in its own words ("глава МИД Великобритании"): pending
  // institutions of their own, of the state `country` of the title phrase's actor (its owner,
  // or the person's: "глава МИД Борис Джонсон"), spanning that state where it follows the title
  // (`state_after`); with no state they are bare forms.
  void TitleInstitutions(const SentenceView& sv, const DictMatch& title,
                         const DictMatch* state_after, std::string_view country,
                         std::vector<PendingGroup>& groups) const;
  // Pass 3 for an institution: places `g` (its phrase's state, else the state of the latest
  // placed mention of its role, else its kb/institutions body's) and adds its mention; false
  // iff it has no state.
  bool PlaceInstitution(Doc& doc, DocState& st, const SentenceView& sv, PendingGroup& g) const;
  // Fills DocState::later_institution_state: the state each institution role is first placed
  // with by its phrase in the sentences after the current one.
  void LaterInstitutions(DocState& st) const;
  // Remembers the state of a placed institution for the bare forms after it.
  void NoteInstitution(DocState& st, std::string_view role, const std::string& country) const;
  void ProcessSentence(Doc& doc, DocState& st, const std::string& date, const SentenceView& sv,
                       std::vector<DictMatch> matches) const;

  // --- names.cc
  SentenceView View(const Doc& doc, const Sentence& s, std::string lang) const;
  // True iff `key` is a common (lower-case dictionary) word of `lang`.
  bool Common(std::string_view lang, std::string_view key) const;
  bool NotName(std::string_view lang, const Unit& u) const;
  // Drops matches a name's context refutes: a one-word place, state or surname inside an
  // unknown person's name ("Азія Бібі", "Салім Баіг"), a common word that opens a clause
  // ("Дело", "Або"); fits matches to words joined by '-' or '.' ("Інтерфакс-Україна").
  void FitMatches(const DocState& st, const SentenceView& sv,
                  std::vector<DictMatch>& matches) const;
  // Before the passes: the people the whole document names in full (known people's full names,
  // runs of two to four unknown capitalised words) → DocState::known_parts, seen_people.
  void Prescan(const Doc& doc, DocState& st, const SentenceView& sv,
               const std::vector<DictMatch>& matches) const;
  // Pass 4: runs of capitalised words no knowledge claimed become unlinked entities (kind
  // "name", no country), so nothing named is dropped.
  void UnknownNames(Doc& doc, DocState& st, const SentenceView& sv,
                    const std::vector<DictMatch>& matches, const std::vector<bool>& claimed) const;
  bool AdjectiveLike(std::string_view lang, const Unit& u) const;
  // PhoneticId of units [b, e) of a sentence in `lang`.
  std::string UnlinkedId(std::string_view lang, const std::vector<Unit>& units, size_t b,
                         size_t e) const;
  const std::string& Translit(std::string_view key) const;
  const std::string& Phonetic(std::string_view key) const;
  // Gazetteer::ByPhonetic of units [b, e)'s unlinked id `id`; else of the id they give when the
  // words whose keys change letters (not only cut an ending) count as written ("Терезі Мей":
  // "терезі" for a key that took it for a form of "терега", "ме" kept); else, for a name of
  // several words, Gazetteer::PersonBySkeleton. Only in the languages whose name forms it was
  // checked on (uk, ru, en; in others its links regroup the story clusterer's terms untested);
  // nullopt elsewhere.
  std::optional<uint32_t> PhoneticLink(std::string_view lang, std::string_view id,
                                       const std::vector<Unit>& units, size_t b, size_t e) const;

  // --- coref.cc
  // After every sentence: an unlinked name that is part of another name the document gives, or
  // an acronym of one (or the expansion of a known acronym), becomes a mention of that entity;
  // Doc::entities is compacted and mentions re-pointed.
  void Corefer(Doc& doc) const;
  void RememberParts(DocState& st, const std::vector<Unit>& units, size_t b, size_t e,
                     uint32_t entity) const;

  MatchKeys keys_;
  std::unique_ptr<Gazetteer> gaz_;
  ByLang<ViewSet> preps_, locs_;
  // `origin` rows of lang/<code>/events ("from", "of"): a group's state may follow one
  // ("dissidents from Myanmar"); `conj` rows: coordinated demonyms ("US and British activists").
  ByLang<ViewSet> origins_, conjs_;
  // `partisan` rows: a prefix hyphened to an actor names a group by the side it takes
  // ("pro-Russian rebels" are not Russia's).
  ByLang<ViewSet> partisans_;
  // `event_noun` rows: a place before a run of names ending in one is the event's venue
  // ("the Beijing Olympics", "the Munich Security Conference"), not part of a person's name.
  ByLang<ViewSet> event_nouns_;
  ByLang<ViewSet> calendar_;  // keys
  std::shared_ptr<const Pack> pack_;
  ByLang<std::vector<std::string>> adj_endings_;
  ByLang<ViewSet> not_names_;  // lower; stop words included
  ByLang<ViewSet> given_;      // keys of first words of known people
  ByLang<PackKeySet> common_;  // keys: views into pack_
};

// Shared small helpers.
bool IsLatin(const Unit& u);
size_t CodePoints(std::string_view s);

}  // namespace entente::entities_internal

#endif  // ENTENTE_ENTITIES_STAGE_H_
