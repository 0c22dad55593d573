// events/roles.h — finding an event's source and target around its trigger.
//
// A SentenceView lists a sentence's word units and its top-level actor mentions (a mention
// inside a longer one, like "Росії" in "посол Росії Ігор Моргулов", is left out, unless the
// longer one names no country: "МЗС Польщі" acts as Poland). Roles (frames.h RoleSpec):
//   subj     leftwards from the trigger: the first actor not governed by a preposition (or
//            governed after a proxy noun: "a court in Guyana"), with the actors coordinated to
//            its left ("Лю і Руденко"); "сторони"/"the sides" → the last meeting's two parties; a
//            pronoun or anaphoric noun → the latest compatible actor (він → a man, вона → a woman
//            or a state, they → a whole coordination, "the bloc" → an IGO, "the country" → a
//            state, "the group" → an organisation, той/the latter → the last actor named); a
//            relative word ("який", "which") → the actor just before it. A relative clause that
//            ends right before the trigger is skipped ("Navalnaya, who met Biden, called on…").
//            Stops at clause boundaries; goes on past a complementiser ("що", "that") to the main
//            clause's subject. With none, the seat of power the clause is located at ("У Кремлі
//            назвали…"). None past a verb of saying whose content opens with an article and
//            reaches the trigger ("said such a step enjoyed"): that noun phrase is the subject.
//   obj      rightwards: the first actor not governed by a preposition (and its coordinates), or
//            "the sides"; a preposition inside the trigger ("called on") does not govern.
//   prep:P   rightwards: the actor(s) after a preposition in P ("з Іраном, Північною Кореєю та
//            Китаєм" → three); or leftwards "P + relative word" ("з якою", "с которой").
//   agent    an actor right before the trigger ("a Russian attack", even after a preposition),
//            else subj, else the first ungoverned actor to the right, else subj's seat of power.
//   partner  the other party of the document's latest event involving the source (none for a
//            group: protesters deal with their own state).
//   event    rightwards from the trigger's first word (or up to two words before it: "эти
//            обвинения отвергли"), a noun naming an earlier event ("the launch", "удар"): the
//            sources of the document's latest event of that kind; the noun is consumed
//            (Arg::noun).
//   between:P the actors listed after P ("talks between Russia and Ukraine"): as a source the
//            first of them, as a target the others.
//   compl    the first actor after a complement opener right after the trigger ("demanded that
//            Russia…", "вимагав, щоб Росія…").
//   speaker  whoever says the clause the trigger is in: the subject of a verb of saying before
//            it ("Netanyahu said Iran would pay", "пообіцяв, що Тегеран «заплатить»"), else the
//            actor right after one that follows it ("«…заплатит», — заявил Нетаньяху").
//   next     (targets only) rightwards, the first ungoverned actor after those the source took
//            ("На прохання Вашингтона білоруська влада помилувала…": Belarus).
//   parties  (targets only) the parties a mediator went between: Discourse::LastPairOrRelation
//            less the source's country ("переговоры … при посредничестве Египта").
//   scene    (targets only) the country of the document's dateline city, up to this sentence
//            ("ISTANBUL - … Greece dispatched a rescue team": to Turkey).
//   home     (targets only) a group's own state (protesters with no other target protest
//            against their government); nothing for a source that is no group.
//   last:C   the sources of the document's latest earlier act whose CAMEO code starts with a
//            prefix in C (Discourse::LastOf): an agentless passive's unnamed actor ("Canada and
//            Mexico were hit with tariffs" after "Trump raised duties"; the event stage tries it
//            when a passive names no agent).
//   act      (targets only) finds no one: a commitment ("pledged to", "пообіцяв") whose
//            infinitive is a coded act is coded after it, and only if that act gave no event.
//   mutual   (targets only) coordinated sources act on each other, both ways ("Russia and
//            Ukraine exchanged prisoners"); found by the event stage, not here.
//   +place   (suffix) a city may fill the role; the actor is its country (for subj: the subject
//            of a passive whose object role takes one, "Kharkiv was shelled").
// Rightward searches read through a proxy noun ("sanctions on 500 targets in Russia" → Russia).
// Limits (SetLimits): the subject search never goes left of `floor`; rightward searches stop at a
// unit flagged in `stops`.
// Thread-safety: values built per document.
#ifndef ENTENTE_EVENTS_ROLES_H_
#define ENTENTE_EVENTS_ROLES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "entente/doc.h"
#include "entities/units.h"
#include "events/frames.h"

namespace entente {

struct ActorRef {
  uint32_t mention = 0;   // index into Doc::mentions
  size_t ub = 0, ue = 0;  // unit range in the sentence
  bool governed = false;  // a preposition stands right before it
  size_t gov_unit = 0;    // the preposition's last unit, iff governed
  bool locative = false;  // that preposition is locative (в, у, in)
  bool place = false;     // a city (only prepositional roles take it)
  bool seat = false;  // a capital, government building or institution (its state speaks from it)
  char gender = 0;
  std::string kind;  // Entity::kind
};

struct SentenceView {
  std::string lang;
  Words units;                     // numbered by its language's LangFrames::vocab
  std::vector<ActorRef> actors;    // by position
  uint32_t dateline = UINT32_MAX;  // the mention of the dateline's (first) city, if it opens one
  // False only where no unit is a numeral word (LangFrames::numeral_words) of the sentence's
  // language; a sentence coded with another language's frames keeps true.
  bool numeral = true;
};

// `seats`: entity ids of capitals (place:<slug>) and government buildings (ActorRef::seat).
std::vector<SentenceView> BuildViews(const Doc& doc, const MatchKeys& keys,
                                     const std::map<std::string, LangFrames, std::less<>>& langs,
                                     const std::map<std::string, char, std::less<>>& gender,
                                     const std::set<std::string, std::less<>>& seats);

struct Arg {
  EventActor actor;
  double confidence = 0;
  std::string date;        // a date the argument brings (the meeting "the sides" refers to)
  size_t noun = SIZE_MAX;  // for the event role: the unit of the noun it consumed
  bool place = false;      // the actor is a city (Entity::kind "place")
  bool locative = false;   // a locative preposition governs it ("in Syria": where, not whom)
};

// What earlier events say: the parties of the last meeting, and who dealt with whom.
class Discourse {
 public:
  // Negated events are not recorded: they did not happen.
  // `trigger_keys`: the match keys of the trigger's words, each followed by a space.
  void Record(const Event& e, std::string trigger_keys);
  // An action with a known source but no target ("North Korea fired a missile").
  void RecordAction(const std::string& cameo, const EventActor& src, Span trigger,
                    std::string trigger_keys, Span sentence);
  // The parties of the first meeting (no mediation) of the latest sentence that reported one.
  const std::vector<Arg>& LastPair() const { return pair_; }
  // LastPair(), else the two countries of the latest event between two different countries
  // ("India struck Pakistan … spoke with officials of both countries"), no mediator and a side
  // of its. Empty iff neither.
  std::vector<Arg> LastPairOrRelation() const;
  // LastPairOrRelation() with neither party `country` (a mediator goes between two others):
  // else the latest such pair from the events before. Empty iff none.
  std::vector<Arg> PartiesWithout(const std::string& country) const;
  std::optional<EventActor> Partner(const std::string& country) const;
  // The actors recorded events took from the text at `span` ("both countries" as a target),
  // each country once, in the order recorded. Empty iff none.
  std::vector<EventActor> NamedAt(Span span) const;
  // The sources of the latest action whose CAMEO code starts with one of `prefixes` (all
  // sources of its trigger: "the US and Britain launched strikes"); one whose trigger has the
  // noun's own key `noun_key` ("the strikes" → "launched strikes") is preferred. With `all` (a
  // noun that sums several acts up: "the measures"), also the sources of every fitting action of
  // the kAllSentences sentences with actions up to that one's. Empty iff none.
  std::vector<EventActor> LastOf(const std::vector<std::string>& prefixes,
                                 std::string_view noun_key, bool all = false) const;
  static constexpr size_t kAllSentences = 3;

 private:
  struct Action {
    std::string cameo;
    EventActor src;
    Span trigger;
    std::string keys;  // the trigger's word keys, each followed by a space
    Span sentence;
  };
  std::vector<Arg> pair_;
  Span pair_sentence_;
  static constexpr std::string_view kMediate = "045";
  std::vector<std::pair<EventActor, EventActor>> history_;
  std::vector<std::pair<EventActor, EventActor>> relations_;  // history_ less mediations
  std::vector<Action> actions_;
};

// Words that may stand between a preposition (or complement opener) and the actor it governs.
inline constexpr size_t kPrepToActor = 4;

// The nearest verb of saying before unit tb that may introduce it (speech.cc); SIZE_MAX iff none.
size_t SpeechVerbBefore(const Words& units, const LangFrames& lf, size_t tb);

class RoleFinder {
 public:
  RoleFinder(const Doc& doc, const SentenceView& sv, const LangFrames& lf, const Discourse& disc,
             const std::vector<SentenceView>& views, size_t sentence)
      : doc_(doc), sv_(sv), lf_(lf), disc_(disc), views_(views), sentence_(sentence) {}
  // The arguments for `role` around the trigger units [tb, te); `src` is the source found so
  // far (for partner and object pronouns), or null. Empty iff none.
  std::vector<Arg> Find(const RoleSpec& role, size_t tb, size_t te,
                        const std::vector<Arg>* src) const;
  // True iff the clause of the trigger at [tb, te) is no other party's statement: no verb of
  // saying introduces it, or its speaker shares a country with one of `src` (speech.cc).
  bool OwnStatement(size_t tb, size_t te, const std::vector<Arg>& src) const;
  void SetLimits(size_t floor, const std::vector<bool>* stops) {
    floor_ = floor;
    stops_ = stops;
  }

 private:
  // `allow_place`: a city may be the subject (a passive's, standing for a `+place` object).
  std::vector<Arg> Subj(size_t tb, bool seat_fallback = true, bool allow_place = false) const;
  // For "it"/"they" at unit j right after a verb of saying coordinated to an earlier verb
  // ("Congo accused Rwanda of … and said it had severed ties"): that clause's first ungoverned
  // actor, the speaker. Empty iff the pattern does not hold.
  std::vector<Arg> CoordinatedSpeaker(size_t j) const;
  std::vector<Arg> Obj(size_t tb, size_t te, bool place, const std::vector<Arg>* src) const;
  std::vector<Arg> Prep(const RoleSpec& role, size_t tb, size_t te,
                        const std::vector<Arg>* src) const;
  std::vector<Arg> After(size_t te) const;
  std::vector<Arg> EventRef(size_t tb, size_t te) const;
  std::vector<Arg> Compl(size_t te) const;
  std::vector<Arg> Speaker(size_t tb, size_t te) const;  // speech.cc
  std::vector<Arg> Next(size_t te, const std::vector<Arg>* src) const;
  std::vector<Arg> Between(const RoleSpec& role, size_t te, bool as_target) const;
  // Units a word sequence of `role.preps` spans at unit j; 0 iff none.
  size_t PrepAt(const RoleSpec& role, size_t j) const;
  bool Stop(size_t u) const { return stops_ && u < stops_->size() && (*stops_)[u]; }
  const ActorRef* EndingAt(size_t u) const;
  const ActorRef* StartingAt(size_t u) const;
  bool Eligible(const ActorRef& a, bool allow_place) const;
  std::vector<Arg> Group(const ActorRef& a, bool leftwards, bool allow_governed, double conf,
                         bool allow_place = false) const;
  Arg ToArg(const ActorRef& a, double conf) const;
  // The actor(s) a pronoun at unit u refers to (a plural one: the whole coordination). A subject
  // pronoun prefers actors that were not governed by a preposition; an object pronoun (`src`
  // set) takes any but the event's sources. Empty iff none.
  std::vector<Arg> Pronoun(size_t u, const std::vector<Arg>* src = nullptr) const;
  // The last meeting's parties for "the sides" at units [u, u + len) (for a phrase of two or
  // more words, Discourse::LastPairOrRelation); empty iff len is 0 or there was none.
  // With the event's sources `src`, a pair holding one of them gives way to the latest pair of
  // two others.
  std::vector<Arg> Sides(size_t u, size_t len, const std::vector<Arg>* src = nullptr) const;
  // Units a numbered states phrase starting at unit u spans ("трьох сусідів", "the three
  // countries": frames.h LangFrames::numerals); 0 iff none. Sets *n to the number.
  size_t NumberedAt(size_t u, int* n) const;
  // The latest list of exactly n states named before unit u (this sentence, then earlier ones),
  // its args spanning units [u, u + len); empty iff none.
  std::vector<Arg> StatesList(int n, size_t u, size_t len) const;
  // Units a proxy noun phrase starting at unit k spans ("targets in"); 0 iff none.
  size_t Proxy(size_t k) const;
  bool Boundary(size_t u) const;
  // True iff a topic preposition not followed by a date stands at unit u ("on the war in …", not
  // "on Tuesday"): a `+place` search for where an act happened ends there.
  bool TopicAt(size_t u) const;
  // The opening quote of the quotation closed at unit `close`, within the clause; SIZE_MAX iff
  // none.
  size_t QuoteOpening(size_t close) const;
  // True iff an object search ends at unit u: a comma or an auxiliary verb ("the attack was…").
  bool ClauseEdge(size_t u) const;
  // The event noun at unit u ("визит", "strikes"), or null.
  const EventNoun* EventNounAt(size_t u) const;
  // True iff the mention can modify a noun right after it: a demonym adjective ("Russian"), an
  // abbreviation ("US") or a possessive ("Russia's").
  bool Modifier(const ActorRef& a) const;

  const Doc& doc_;
  const SentenceView& sv_;
  const LangFrames& lf_;
  const Discourse& disc_;
  const std::vector<SentenceView>& views_;
  size_t sentence_;
  size_t floor_ = 0;
  const std::vector<bool>* stops_ = nullptr;
};

}  // namespace entente

#endif  // ENTENTE_EVENTS_ROLES_H_
