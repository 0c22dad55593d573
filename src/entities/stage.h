// entities/stage.h — the entities stage's internals, shared by its source files; the stage's
// interface is entities.h. entities.cc: setup and passes 1–2 (title phrases, knowledge names);
// names.cc: what a capitalised word is (sentence starts, common words, words joined by '-' or
// '.') and pass 4 (unknown names); coref.cc: the per-document coreference of unlinked names;
// phonetic.cc: unlinked ids' phonetic word forms.
// Thread-safety: EntitiesStage is immutable after Init; Process keeps its state on the stack.
#ifndef ENTENTE_ENTITIES_STAGE_H_
#define ENTENTE_ENTITIES_STAGE_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entente/pipeline.h"
#include "entities/gazetteer.h"
#include "entities/units.h"
#include "knowledge/resources.h"

namespace entente::entities_internal {

// What one document has named so far.
struct DocState {
  std::unordered_map<std::string, uint32_t> by_id;    // entity id → Doc::entities index
  std::unordered_map<std::string, uint32_t> x_parts;  // name-part key → Doc::entities index
  // Name-part key → a person the document names in full anywhere (Prescan), so that a surname
  // alone before the full name links too.
  std::unordered_map<std::string, KbEntity> known_parts;
  std::unordered_set<uint32_t> seen_people;         // KB indexes named in full
  std::unordered_set<std::string_view> lower_keys;  // keys of words written in lower case
  std::string place_country;  // the country of the latest place named (a collective's context)
};

// A collective actor found in pass 1 (a lang/*/groups row), placed in pass 3.
struct PendingGroup {
  uint32_t title = 0;         // Gazetteer::title index
  size_t begin = 0, end = 0;  // units of the phrase
  std::string country;        // its state's code, if the phrase names it
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

template <class V>
using ByLang = std::map<std::string, V, std::less<>>;

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
  bool InSet(const ByLang<std::unordered_set<std::string>>& sets, std::string_view lang,
             const Unit& u) const;
  bool Governed(std::string_view lang, const std::vector<Unit>& units, size_t begin) const;
  bool Locative(std::string_view lang, const std::vector<Unit>& units, size_t begin) const;
  uint32_t AddEntity(Doc& doc, DocState& st, const KbEntity& ke) const;
  // Adds a mention of `ke` over units [b, e) whose proper name is units [nb, ne) (none when
  // nb == ne); returns its Doc::entities index.
  uint32_t AddMention(Doc& doc, DocState& st, const KbEntity& ke, const std::vector<Unit>& units,
                      size_t b, size_t e, size_t nb, size_t ne) const;
  std::optional<uint32_t> Plain(const DictMatch& m, const DocState& st, bool cap_place) const;
  void GroupPhrase(const SentenceView& sv, const std::vector<DictMatch>& matches, size_t k,
                   std::vector<bool>& used, std::vector<PendingGroup>& groups) const;
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
  std::string UnlinkedId(const std::vector<Unit>& units, size_t b, size_t e) const;
  const std::string& Translit(const std::string& key) const;
  const std::string& Phonetic(const std::string& key) const;
  // Gazetteer::ByPhonetic in the languages whose name forms it was checked on (uk, ru, en; in
  // others its links regroup the story clusterer's terms untested); nullopt elsewhere.
  std::optional<uint32_t> PhoneticLink(std::string_view lang, std::string_view id) const;

  // --- coref.cc
  // After every sentence: an unlinked name that is part of another name the document gives, or
  // an acronym of one (or the expansion of a known acronym), becomes a mention of that entity;
  // Doc::entities is compacted and mentions re-pointed.
  void Corefer(Doc& doc) const;
  void RememberParts(DocState& st, const std::vector<Unit>& units, size_t b, size_t e,
                     uint32_t entity) const;

  MatchKeys keys_;
  std::unique_ptr<Gazetteer> gaz_;
  ByLang<std::unordered_set<std::string>> preps_, locs_;
  // `origin` rows of lang/<code>/events ("from", "of"): a group's state may follow one
  // ("dissidents from Myanmar"); `conj` rows: coordinated demonyms ("US and British activists").
  ByLang<std::unordered_set<std::string>> origins_, conjs_;
  ByLang<std::unordered_set<std::string>> calendar_;  // keys
  std::shared_ptr<const Pack> pack_;
  ByLang<std::vector<std::string>> adj_endings_;
  ByLang<std::unordered_set<std::string>> not_names_;    // lower; stop words included
  ByLang<std::unordered_set<std::string>> given_;        // keys of first words of known people
  ByLang<std::unordered_set<std::string_view>> common_;  // keys
};

// Shared small helpers.
bool IsLatin(const Unit& u);
size_t CodePoints(std::string_view s);

}  // namespace entente::entities_internal

#endif  // ENTENTE_ENTITIES_STAGE_H_
