// events/frames.h — per-language event frames, modality cues, date words and the function words
// the role finder needs, loaded from lang/<code>/{events,modality,dates} (formats:
// data/kb/README.md). Thread-safety: immutable after Load; safe to share.
#ifndef ENTENTE_EVENTS_FRAMES_H_
#define ENTENTE_EVENTS_FRAMES_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyse/analyse.h"
#include "entente/doc.h"
#include "entities/units.h"
#include "knowledge/pack.h"

namespace entente {

// One word of a trigger or cue: alternatives matched by key equality, or by a lower-case prefix
// ("зустрі*").
struct WordPattern {
  std::vector<std::string> keys;
  std::vector<std::string> prefixes;
  bool Matches(const Unit& u) const;
};

// A sequence of word patterns; words after the first may follow up to `max_gap` word units later.
struct Phrase {
  std::vector<WordPattern> words;
  // If the phrase matches starting at unit i, returns the index one past its last unit and fills
  // `hit` with the matched units; returns 0 iff no match. With `actor_end` (for each unit, the
  // end of the actor mention starting there, else 0), an actor in a gap counts as one word
  // ("запропонував польському прем'єрові Дональду Туску зустрітися").
  size_t MatchAt(const std::vector<Unit>& units, size_t i, size_t max_gap, std::vector<size_t>* hit,
                 const std::vector<size_t>* actor_end = nullptr) const;
};

// Tables keyed by std::string and looked up by std::string_view (XXH3: units.h KeyHash).
template <typename V>
using ViewMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

struct Words;
class Vocab;

// Which phrases may start at a unit: those whose first word has the unit's key, or a prefix of
// its lower-case form. Ids are positions in the caller's list.
class FirstWordIndex {
 public:
  // Ids are added in ascending order.
  void Add(const WordPattern& first, uint32_t id);
  // Numbers the first words' keys in `vocab` (interning them), so that Candidates on Words
  // numbered by it (Words::Intern) indexes an array instead of hashing the unit's key.
  void Index(Vocab* vocab);
  // The ids whose first word matches unit i, ascending and unique, in `out` (cleared first).
  void Candidates(const Words& units, size_t i, std::vector<uint32_t>* out) const;

 private:
  static uint16_t Head(std::string_view s) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[0]) << 8 |
                                 static_cast<unsigned char>(s[1]));
  }
  static uint32_t Head4(std::string_view s) {
    return static_cast<uint32_t>(Head(s)) << 16 | Head(s.substr(2));
  }
  ViewMap<std::vector<uint32_t>> by_key_;
  // After Index: ids by the number of their first word's key (keys numbered past it start none).
  const Vocab* vocab_ = nullptr;
  std::vector<std::vector<uint32_t>> by_key_id_;
  // `word*` prefixes by their first four bytes (two letters of Cyrillic, four of Latin), or two
  // when shorter; prefixes shorter than that are tried for every unit.
  std::unordered_map<uint32_t, std::vector<std::pair<std::string, uint32_t>>> by_head4_;
  std::unordered_map<uint16_t, std::vector<std::pair<std::string, uint32_t>>> by_head_;
  std::vector<std::pair<std::string, uint32_t>> short_prefixes_;
};

struct RoleSpec {
  enum Kind {
    kSubj,
    kObj,
    kPrep,
    kAgent,
    kPartner,
    kEvent,
    kCompl,
    kBetween,
    kMutual,
    kSpeaker,
    kNext,
    kParties,
    kHome,
    kLast,
    kScene,
    kWish,  // finds no one: a request that found no addressee is its source's own wish
    kAct    // finds no one: a commitment whose infinitive is a coded act codes nothing itself
  };
  Kind kind = kSubj;
  std::vector<std::vector<std::string>> preps;  // kPrep, kBetween: lower-case word sequences
  std::vector<std::string> cameo;               // kLast: CAMEO prefixes
  bool place = false;  // "+place": a city may fill the role (its country is the actor)
};

struct Frame {
  Phrase trigger;
  std::string cameo, mode;
  std::vector<RoleSpec> src, tgt;  // tried in order
};

struct Cue {
  Phrase words;
  Modality modality = Modality::kAsserted;
  enum Scope { kNear, kClause, kSentence } scope = kNear;
};

// A noun that names an earlier event ("the launch", "удар"): it refers to the latest event in the
// document whose CAMEO code starts with one of `cameo` (prefixes).
struct EventNoun {
  WordPattern word;
  std::vector<std::string> cameo;
  // Mode "all" ("the measures", "the sanctions"): the noun sums up every recent act of the kind
  // (Discourse::LastOf with `all`), not only the latest.
  bool all = false;
};

struct DateWord {
  std::string kind;  // month | relday | weekday | yearword | qual | same
  int value = 0;
  std::string text;  // qual value (end, start, mid)
  bool need_cap = false;
};

// Numbers for the lower-case words a language's function-word lists use, so that a sentence's
// words are hashed once (Words) and every list lookup is an array index.
class Vocab {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t Intern(std::string_view word);
  uint32_t Find(std::string_view word) const;  // kNone iff not interned
  size_t size() const { return ids_.size(); }

 private:
  ViewMap<uint32_t> ids_;
};

// A sentence's units with the Vocab number of each unit's lower-case form (Vocab::kNone for a
// word no list has) and of each word unit's match key (for the first-word indexes of frames and
// cues). Code that matches lists against a sentence takes Words: a plain vector of units is
// matched by string, more slowly.
struct Words : std::vector<Unit> {
  const Vocab* vocab = nullptr;  // what `ids` and `key_ids` number; null until Intern
  std::vector<uint32_t> ids, key_ids;
  void Intern(const Vocab& v);
  // True iff `ids` and `key_ids` are `v`'s numbers for these units (units added after Intern are
  // not).
  bool NumberedBy(const Vocab* v) const { return vocab == v && ids.size() == size(); }
};

// Exact lower-case word sequences ("а також", "обидві сторони").
class WordSeqSet {
 public:
  void Add(std::string_view text);
  // Numbers the sequences' words in `vocab` (interning them), so that lookups on Words numbered
  // by it index arrays; Words numbered otherwise (or a set not indexed) are matched by string.
  void Index(Vocab* vocab);
  // Length in units of the longest sequence starting at unit i; 0 iff none.
  size_t MatchAt(const std::vector<Unit>& units, size_t i) const;
  size_t MatchAt(const Words& units, size_t i) const {
    return Unlisted(first_ids_, units, i) ? 0 : MatchFrom(units, i);
  }
  // Length of the longest sequence ending at unit i (inclusive); 0 iff none.
  size_t MatchEndingAt(const std::vector<Unit>& units, size_t i) const;
  size_t MatchEndingAt(const Words& units, size_t i) const {
    return Unlisted(last_ids_, units, i) ? 0 : MatchTo(units, i);
  }
  bool Empty() const { return seqs_.empty(); }
  // False iff no unit of `units` is the first word of a sequence (then MatchAt finds none).
  bool MayStartIn(const Words& units) const;

 private:
  // True iff unit i is past the end, or numbered and no sequence's first (or last: `by` is
  // last_ids_) word: most units are, and are turned away here, inline.
  bool Unlisted(const std::vector<std::vector<uint32_t>>& by, const Words& units, size_t i) const {
    if (i >= units.size()) return true;
    if (!vocab_ || !units.NumberedBy(vocab_)) return false;
    const uint32_t id = units.ids[i];
    return id >= by.size() || by[id].empty();
  }
  size_t MatchFrom(const Words& units, size_t i) const;
  size_t MatchTo(const Words& units, size_t i) const;

  std::vector<std::vector<std::string>> seqs_;
  ViewMap<std::vector<uint32_t>> by_first_, by_last_;  // sequence ids by their first and last word
  // After Index: the sequences as word numbers, and sequence ids by the number of their first
  // and last word (words numbered past these tables start or end none).
  const Vocab* vocab_ = nullptr;
  std::vector<std::vector<uint32_t>> id_seqs_;
  std::vector<std::vector<uint32_t>> first_ids_, last_ids_;
};

struct LangFrames {
  std::vector<Frame> frames;
  std::vector<Cue> cues;
  FirstWordIndex frame_index, cue_index;  // over `frames` and `cues`
  ViewMap<std::vector<DateWord>> dates;   // by lower-case phrase
  size_t max_date_words = 1;
  // First words of the `dates` phrases (one-word sequences): most units are none, and need no
  // phrase built.
  WordSeqSet date_first_words;
  WordSeqSet prep, loc, conj, boundary, comp, rel, sides;
  // One-word `sides` phrases that also name the parties of a conflict ("сторони", "sides"): with
  // no meeting reported they name the last two countries in contact, as dual phrases do.
  WordSeqSet sides_parties;
  // Words that open a request's complement clause ("щоб", "чтобы", "that"): a boundary there does
  // not end the complement.
  WordSeqSet compl_open;
  std::vector<EventNoun> event_nouns;
  // "трьох сусідів", "трёх европейских стран", "the three countries": a number word (`numeral`
  // rows: words, and the number in the cameo column) and, up to two words later, a noun for
  // states (`states_noun`) name the latest list of that many states.
  std::map<std::string, int, std::less<>> numerals;
  WordSeqSet numeral_words;  // the keys of `numerals`, one-word sequences: most units are none
  std::vector<WordPattern> states_nouns;
  std::vector<std::string> inf_suffixes;  // lower-case endings of infinitives ("ити", "ать")
  // Endings of adverbial participles ("-ing", "-вши", "-ючи"): a trigger so ending after a comma
  // shares the subject of the verb before it ("…, accusing it of").
  std::vector<std::string> participle_suffixes;
  // Auxiliaries that make a verb trigger passive ("was", "were"): its subject is then the target
  // and the actor after an agent preposition (`by`: "by", "з боку") the source.
  WordSeqSet passive;
  // Prepositions that also open a clause ("after", "before", "since"): an actor they seem to
  // govern right before a verb trigger is that verb's subject ("after Trump raised duties").
  WordSeqSet subord;
  std::vector<std::vector<std::string>> by;
  // True iff a passive's agent may stand with no preposition (the Slavic instrumental: "была
  // поддержана Австралией"): the first ungoverned actor after the verb is then the source.
  bool bare_agent = false;
  // Nouns that stand for their country's people or property ("targets in", "companies from"):
  // an actor right after one fills the role the noun's place is in.
  WordSeqSet proxy;
  // Prepositions that also mark an infinitive ("to"): with a word between them and an actor they
  // do not govern it ("to punish US planes").
  WordSeqSet inf_marker;
  // Reciprocal pronouns ("each other", "друг друга"): coordinated sources act on each other.
  WordSeqSet each_other;
  // Articles a list item may start with ("and the United States").
  WordSeqSet det;
  // Words that continue an object after a comma ("detained staff, including two Russians").
  WordSeqSet including;
  // Prepositions that open a topic ("on", "about", "щодо", "о"): a place after one is what an
  // act is about, not where it happens, so a `+place` role's search ends at one ("attended a
  // conference on the war in Ukraine"), unless a date follows it ("on Tuesday").
  WordSeqSet topic;
  // Prepositions that tie a group to whom it is for or against ("opponents of", "supporters of"):
  // such a group's state is not what it protests against (no `home` target).
  WordSeqSet stance;
  // Adversative conjunctions ("but", "але", "но"): a verb right after one shares the subject of
  // the verb before, though they end clauses for every other search.
  WordSeqSet but;
  // Verbs of saying ("said", "заявив*", "пообещал*"): whoever says a threat or claim is its
  // `speaker`.
  std::vector<WordPattern> claim_verbs;
  bool ClaimVerb(const Unit& u) const;  // by string
  // True iff unit u is a verb of saying: by its key's number where `vocab` numbers `units`.
  bool ClaimVerb(const Words& units, size_t u) const;
  // The claim verbs' keys as `vocab` numbers them (true at each), and their prefixes.
  std::vector<bool> claim_key_ids;
  std::vector<std::string> claim_prefixes;
  // "Kyiv said Russian drones struck Odesa" is also Kyiv's accusation of Russia: `accusing` rows
  // list verbs of saying (words) that so accuse the doer of a reported act whose CAMEO code
  // starts with one of the `tgt` column's prefixes; the accusation is coded as `cameo`/`mode`.
  struct Accusing {
    std::vector<WordPattern> verbs;
    std::vector<std::string> acts;  // CAMEO prefixes
    std::string cameo, mode;
  };
  std::vector<Accusing> accusing;
  // "said they will attack Iraq", "wants to strike Iran": an act whose CAMEO code starts with
  // one of `acts`, planned or intended by its own source, is that source's threat, coded as
  // `cameo`/`mode` (`intent` rows; CAMEO codes a declared intent to use force as 13x).
  struct Intent {
    std::vector<std::string> acts;  // CAMEO prefixes
    std::string cameo, mode;
  };
  std::vector<Intent> intents;
  // The `intent` row whose acts include `cameo`; nullptr iff none.
  const Intent* IntentFor(std::string_view cameo) const;
  // The row whose verb units[u] is and whose acts include `cameo`; nullptr iff none.
  const Accusing* AccusingVerb(const Unit& u, std::string_view cameo) const;
  // True iff units[u] is a lower-case word ending in an infinitive suffix (with a stem left).
  bool Infinitive(const Unit& u) const;
  // Where an infinitive right after unit `u` starts: after an `inf_marker` ("to expel"), or at
  // `u` if it is one ("вислати"); SIZE_MAX iff none.
  size_t InfinitiveAt(const Words& units, size_t u) const;
  bool Participle(const Unit& u) const;
  // Units an agent preposition (`by`) spans at unit i; 0 iff none.
  size_t AgentPrepAt(const std::vector<Unit>& units, size_t i) const;
  // True iff unit u, after an article, starts a date: a `dates` word or a number ("by the end of
  // August", "by Friday", "by 2025": an agent preposition before it names a deadline).
  bool DateAt(const std::vector<Unit>& units, size_t u) const;
  // Phrases for a side the text leaves unidentified ("gunmen", "unknown attackers",
  // "невідомі"): `unnamed` rows and the collective actors of lang/<code>/groups, which name no
  // country when the entity stage found none for them (events.cc: one-sided events).
  std::vector<Phrase> unnamed;
  // Units the longest `unnamed` phrase starting at unit i spans; 0 iff none.
  size_t UnnamedAt(const std::vector<Unit>& units, size_t i) const;
  // Pronoun classes (m, f, n, pl, latter, state, igo, org) by the pronoun's lower-case word; a
  // two-word anaphor ("the bloc") is filed under its last word with its first word.
  ViewMap<std::string> pronouns;
  ViewMap<std::vector<std::pair<std::string, std::string>>> two_word_pronouns;  // first, class
  // Numbers every word of the WordSeqSets above, the keys of the first words of `frames` and
  // `cues`, and the keys of `claim_verbs` (LoadFrames indexes them).
  Vocab vocab;
};

// Loads every language with a lang/<code>/events table. Phrases are keyed with `keys`.
std::map<std::string, LangFrames, std::less<>> LoadFrames(const Pack& pack, const MatchKeys& keys);

// Units the first of `seqs` (lower-case word sequences) that matches at unit i spans; 0 iff none.
size_t SequenceAt(const std::vector<Unit>& units, size_t i,
                  const std::vector<std::vector<std::string>>& seqs);

// Splits "a|b|c" into its parts.
std::vector<std::string> SplitBar(std::string_view s, char sep = '|');

}  // namespace entente

#endif  // ENTENTE_EVENTS_FRAMES_H_
