// crossdoc/crossdoc.h — what ties documents together: near-duplicate fingerprints (syndicated
// copies are one report chain) and the rule that gathers event mentions into real-world events.
// Pure functions over values, so every store implements the same behaviour.
//
//   uint64_t f = Fingerprint(body);                  // SimHash over 3-word shingles
//   bool copy = Distance(f, g) <= kNearDuplicateBits;
//   std::string key = EventKey(event);               // "" = the mention stays alone
//   auto ids = ClusterIds(key, mentions);            // one event id per mention
//
// Contracts:
// - Fingerprint is case-insensitive (ICU lower-casing) and ignores punctuation and spacing; texts
//   that differ by a few words (a credit line, a changed headline) stay within
//   kNearDuplicateBits; unrelated texts are ~32 bits apart. Texts shorter than three words
//   fingerprint to 0 and are never near-duplicates (NearDuplicate checks this).
// - ClusterIds depends only on the key and the set of mentions (not their order), so rewriting
//   a store in any batch order gives the same clusters.
// - ChainHeads and GatherEvents derive report chains and real-world events from a whole set of
//   documents at once: a store that cannot keep them at write time (ClickHouse, written by
//   concurrent workers) computes them when read and gets what SQLite keeps.
#ifndef ENTENTE_CROSSDOC_CROSSDOC_H_
#define ENTENTE_CROSSDOC_CROSSDOC_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/doc.h"

namespace entente::crossdoc {

inline constexpr int kNearDuplicateBits = 3;

uint64_t Fingerprint(std::string_view text);
int Distance(uint64_t a, uint64_t b);
// True iff both texts had a fingerprint and they are at most kNearDuplicateBits apart.
bool NearDuplicate(uint64_t a, uint64_t b);
// Four 16-bit bands: two fingerprints within 3 bits share at least one band exactly, so an index
// on the bands finds every near-duplicate candidate.
std::array<uint16_t, 4> Bands(uint64_t fingerprint);

// The key of the real-world event a mention reports: its two sides (country codes; an actor id
// where a side has no code), its PLOVER type and whether it happened (asserted, reported,
// hedged), is announced (planned, intended) or denied (negated) — "will visit" and "visited" are
// different facts. Meetings, calls and visits (CONSULT), agreements, cooperation and signings
// are told from either side — "Putin visited Ankara", "Erdogan hosted Putin", "the two met" —
// so their sides are unordered; the rest keep their direction (A accuses B ≠ B accuses A).
// "" when a side is unknown: such mentions are events of their own.
std::string EventKey(const Event& e);

struct Mention {
  std::string id;        // the stored event row
  std::string date;      // the event's own date: YYYY-MM-DD, YYYY-MM, YYYY or ""
  std::string pub_date;  // its report's publication date (ISO 8601; may be ""): for a copy,
                         // the original's
};

// The event id of each mention of one key, in input order. Mentions gather by date:
// - a full date is its own day;
// - a month joins the one day of that key in that month, else stays the month itself;
// - a year stays the year;
// - an undated mention joins the latest day of the key in the three days up to its publication,
//   else its publication day (else it stays alone).
// Ids are "e" + 16 hex digits of a hash of the key and that day, month or year.
std::vector<std::string> ClusterIds(const std::string& key, const std::vector<Mention>& mentions);
// The named days of a key that can decide the event of one of its mentions (ClusterIds): for a
// month, the days of that month, of which the first two decide (is exactly one named?); for an
// undated mention, the three days up to its publication, of which the latest decides. nullopt
// where no day bears on it (a day, a year, an unreadable month, no readable date at all).
// ClusterIds over some mentions together with, as mentions dated to those days, the deciding
// days of each window gives those mentions what it gives them among all days of their key.
struct DayWindow {
  std::string first, last;  // YYYY-MM-DD, inclusive
  bool latest = false;      // the latest named day decides; else the first two
};
std::optional<DayWindow> DecidingDays(const Mention& m);
// Whether ClusterIds reads a mention's pub_date: only where its own date is no day, month or
// year (undated, or unreadable). A store may leave pub_date empty for the others.
bool NeedsPubDate(const std::string& date);
// Whether a mention is dated to a day (a valid "YYYY-MM-DD"): its id is that day's, whatever the
// other mentions, and it bears on the others only by naming the day.
bool DatedToTheDay(std::string_view date);

// Where a mention's event can only depend on nearby mentions: its bucket is the month of its
// date (of its publication when undated), "YYYY" for a year, "" for nothing. The event of a
// mention in bucket b depends only on the mentions of its key in b and PreviousBucket(b)
// (undated mentions look three days back); a mention in b can change events in b and
// NextBucket(b) only. So a writer that regathers, for each touched bucket b, the mentions of b
// with those of PreviousBucket(b) as context gets what ClusterIds over all mentions gives.
// Previous/NextBucket of a year or "" is "".
std::string Bucket(const std::string& date, const std::string& pub_date);
std::string PreviousBucket(const std::string& bucket);
std::string NextBucket(const std::string& bucket);

// A fingerprinted document, as report chains are computed.
struct Fingerprinted {
  std::string id;
  std::string pub_date;  // its publication date (may be "")
  uint64_t simhash = 0;  // Fingerprint of its body text; 0 = none
};

// Chain order: publication date (undated last), then id.
bool Earlier(const Fingerprinted& a, const Fingerprinted& b);

// Report chains: the connected components of the NearDuplicate relation over `docs`, each headed
// by its Earlier-most member. Returns, for each document, the index of its chain's head. Depends
// only on the set (not its order).
std::vector<size_t> ChainHeads(const std::vector<Fingerprinted>& docs);

// A mention with its event key; `mention.pub_date` is its chain's publication date.
struct KeyedMention {
  std::string key;  // EventKey(); "" = an event of its own
  Mention mention;
};

// The real-world event id of each mention, in input order: ClusterIds over all mentions of each
// key; a mention without a key gets ClusterIds("", {{id, "", ""}}), an id of its own. Depends
// only on the set.
std::vector<std::string> GatherEvents(const std::vector<KeyedMention>& mentions);

// One entity id as a set of documents names it (actors.cc).
struct Actor {
  std::string id;                      // Entity::id: "x:<words>" for an unlinked name
  std::string name;                    // Entity::name (a knowledge id's English name)
  std::string kind;                    // Entity::kind ("name": an unlinked name of unknown kind)
  std::string country;                 // Entity::country; "" when unknown
  size_t documents = 0, mentions = 0;  // documents that mention it; its mentions in them
};

// The entities of these documents, one Actor per id with mentions, in id order: each id's
// name, kind and country are those of the smallest (name, kind, country, sector) among its
// documents, as a store keeps one entity row per id.
std::vector<Actor> ActorsOf(const std::vector<const Doc*>& docs);

// Unlinked names that are, across these documents, another entity's name: unlinked id → the id
// it stands for (ids that stay themselves are left out). Within one document coreference already
// joins them (entities/coref.cc); across documents the rules are conservative, as a split costs
// an analyst less than a merge:
//  (a) a one-word unlinked name of five letters or more joins the one multi-word person name
//      (two to four words, none with a digit; an unlinked name, or a knowledge person by its
//      English name's phonetic words) whose last word it is; none when several have it;
//  (b) two unlinked names of as many words, alike but for one word one edit from the other's
//      (both of five letters or more), are one: the rarer (fewer documents, then mentions, then
//      the larger id) joins the other, when that is the only such name it may join.
// Never two knowledge ids; an unlinked name joins only a person or an unlinked name, and only
// of a compatible kind ("name" fits person) and country (either unknown, or the same).
// Depends only on the set of actors (one per id), not their order.
std::map<std::string, std::string> ActorAliases(const std::vector<Actor>& actors);

// ActorAliases with each id's aliases, as reads use it: a store shows an alias as the entity it
// names (the actor filter matches its events, FindEntities gives that entity, NamesOf lists its
// words under it), and the BSNLP eval scores ids as a store reads them.
struct ActorAliasMap {
  std::map<std::string, std::string> canonical;             // alias → the id it stands for
  std::map<std::string, std::vector<std::string>> aliases;  // id → its aliases, sorted
  // The id `id` stands for (itself when it is no alias).
  const std::string& Canonical(const std::string& id) const;
  // The id `id` stands for, then that id's aliases: every id that reads as it.
  std::vector<std::string> Named(const std::string& id) const;
};
ActorAliasMap AliasMapOf(const std::vector<Actor>& actors);

}  // namespace entente::crossdoc

#endif  // ENTENTE_CROSSDOC_CROSSDOC_H_
