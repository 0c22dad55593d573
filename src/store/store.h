// store/store.h — the store of documents, entities, mentions, events, errors: embedded SQLite
// (store/sqlite_store.h) or ClickHouse (store/clickhouse/clickhouse_store.h), same results.
//
//   auto store = Store::Open("news.db", Store::Mode::kReadWrite);   // creates, migrates
//   if (!store) { std::cerr << store.error(); return 2; }           // e.g. unwritable path
//   auto written = (*store)->Write(batch);                          // one transaction
//   (*store)->ForEachEvent(EventFilter{.country = "RUS"}, [](const StoredEvent& e) {...});
//
// Contracts:
// - The schema is versioned (PRAGMA user_version) and migrated forward on open; a database from
//   a newer entente is refused.
// - Write() stores whole documents atomically, one transaction per call. A document whose
//   (id, content hash) is already stored is skipped; one whose id is stored with another hash
//   replaces the old version. Ids of rows are derived from content, so re-ingesting the same
//   input — after a crash or not — ends with the same rows. An entity id written by several
//   documents keeps the smallest (name, kind, country, sector) among them, so entity rows do
//   not depend on write order either.
// - Documents that failed (Doc::errors) are stored with their errors and no events.
// Thread-safety: one Store per thread; SQLite WAL lets readers run beside one writer.
#ifndef ENTENTE_STORE_STORE_H_
#define ENTENTE_STORE_STORE_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"
#include "framing/framing.h"

namespace entente {

// Empty fields do not filter. Dates compare as strings on the event date (falling back to the
// publication date when the event has none), so "2024-03" bounds work: `from` admits dates that
// sort at or after it ("2024-03" admits "2024-03-01"), `to` admits every date whose prefix of
// its length sorts at or before it ("2024-03" admits "2024-03-31", not "2024-04-01").
// Members carry `{}` initializers so designated initializers ({.country = "RUS"}) compile
// cleanly under -Wextra.
struct EventFilter {
  std::string actor{};       // actor id or country code, on either side
  std::string partner{};     // with `actor`: actor id or country code on the other side
  std::string country{};     // country code on either side
  std::string type{};        // PLOVER type
  std::string from{}, to{};  // inclusive date bounds
  std::string lang{};
  std::string source{};    // outlet
  std::string modality{};  // ModalityName(): asserted, reported, hedged, ...
  std::string id{};        // one stored event (mention)
  std::string cluster{};   // every mention of one real-world event
  std::string doc_id{};    // the events of one document
  size_t limit = 0;        // 0 = no limit; Graph applies it to edges
  size_t offset = 0;       // ForEachEvent: rows to skip (paging)
};

// One mention: an event as one document states it. Mentions of the same real-world event share
// `cluster` (crossdoc/crossdoc.h says how they are gathered).
struct StoredEvent {
  std::string id;       // stable: "<first 16 hex of Doc::ContentHash()>-<index in doc, 4+ digits>"
  std::string cluster;  // the real-world event: "e" + 16 hex
  std::string chain;    // the document's report chain (its earliest near-duplicate's id)
  std::string doc_id, url, source, lang, pub_date;
  Event event;                     // as extracted (spans into the document text)
  std::string sentence_text;       // the evidence
  std::string src_name, tgt_name;  // English names of the actors, "" when not in the store
};

// One undirected pair of actors (country codes), with counts over both directions. Events with
// an empty code on either side, or the same code on both, are not edges. Counts are of
// real-world events (clusters of mentions); `mentions` counts the stored mentions, `sources`
// the distinct outlets, and `independent` the independent sources: the distinct outlets that
// head the report chains behind the mentions (a syndicated copy counts for its original's
// outlet; a document without an outlet counts as one source).
struct GraphEdge {
  std::string a, b;                     // a < b
  std::string month;                    // GraphOptions::by_month: "YYYY-MM" (or "YYYY"), else ""
  std::map<std::string, int> by_type;   // PLOVER type → events (either direction)
  std::map<std::string, int> by_cameo;  // CAMEO code → events ("" when an event has none)
  int cooperation = 0;                  // AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
  int conflict = 0;                     // the rest
  int events = 0, mentions = 0, documents = 0, sources = 0, independent = 0;
};

struct WriteResult {
  size_t written = 0;    // new or replaced documents (failed ones included)
  size_t unchanged = 0;  // already stored with the same content
  size_t failed = 0;     // stored with errors
  size_t events = 0;     // events written
  // CPU seconds spent on syndication and aggregation inside the write (0 for a store that derives
  // them when read): fingerprinting the documents' bodies, and joining report chains and
  // gathering mentions into real-world events.
  double fingerprint_seconds = 0, gather_seconds = 0;
};

struct GraphOptions {
  bool by_month = false;  // one edge per pair and month of the event's date (see EventFilter)
};

struct StoreStats {
  size_t documents = 0, failed_documents = 0, events = 0, entities = 0, mentions = 0;
};

// A value and how many rows have it.
struct Facet {
  std::string value;
  size_t count = 0;
};

// What a browser of the store needs to draw its filters: sizes, the date range of events (their
// own date, else their document's), and the values present, most frequent first.
struct StoreSummary {
  size_t documents = 0, events = 0;
  std::string date_min, date_max;
  std::vector<Facet> languages, sources, types, modalities;
};

// One document found by Search. `snippet` is body text around the matches, with each match
// between the bytes '\x01' and '\x02' and elisions marked "…".
struct SearchHit {
  std::string doc_id, url, source, lang, pub_date, title;
  std::string snippet;
};

// What a document is about and how it says it: its story terms and framing hits, with the
// metadata that groups them (outlet, language, date) and its body word count.
struct DocProfile {
  std::string doc_id, source, lang, pub_date, title;
  size_t words = 0;
  std::vector<StoryTerm> story_terms;
  std::vector<FramingHit> framing;
};

// A story: the articles that report one happening, across outlets and languages, as
// stories::StoriesOf groups the stored documents (computed from their story terms when asked).
struct StoredStory {
  std::string id;           // its earliest article's document id (by date, then id)
  std::string first, last;  // publication days (YYYY-MM-DD) of its dated articles; "" if none
  std::vector<DocProfile> articles;             // earliest first
  std::vector<std::string> languages, sources;  // distinct, sorted
};

// Framing profiles of these articles, one per outlet ("" for articles without one).
std::map<std::string, FramingProfile> FramingBySource(
    const std::vector<const DocProfile*>& articles);

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  static constexpr int kSchemaVersion = 6;

  // `location` is a file path or sqlite:///abs/path or sqlite://rel/path (SQLite), or
  // clickhouse://host:port[,host:port...]/db[?cluster=NAME] (store/clickhouse/clickhouse_store.h).
  // Fails with a clear message iff the location is malformed, the store cannot be opened or
  // created in `mode`, is not an entente store, or has a newer schema.
  static Expected<std::unique_ptr<Store>> Open(const std::string& location, Mode mode);
  virtual ~Store() = default;

  virtual Expected<WriteResult> Write(const std::vector<Doc>& docs) = 0;
  // True iff a document with this id and content hash is stored.
  virtual bool Has(const std::string& id, const std::string& content_hash) = 0;
  // Has() for each (id, content hash), in order, in one round trip where the store can (a
  // networked store answers a batch with one query; the default asks Has() for each).
  virtual std::vector<bool> HasEach(const std::vector<std::pair<std::string, std::string>>& docs) {
    std::vector<bool> out;
    out.reserve(docs.size());
    for (const auto& [id, hash] : docs) out.push_back(Has(id, hash));
    return out;
  }

  virtual Status ForEachEvent(const EventFilter& filter,
                              const std::function<void(const StoredEvent&)>& fn) = 0;
  virtual Expected<std::vector<GraphEdge>> Graph(const EventFilter& filter,
                                                 const GraphOptions& options = {}) = 0;
  // Every stored document, rebuilt (id, metadata, text, body, lang, entities with mentions,
  // events, errors; no tokens or sentences), in id order, from one snapshot. Entities come in
  // order of first mention (an entity without mentions in a document is not linked to it).
  // `fn` must not write through this Store (the read transaction is open while it runs).
  virtual Status ForEachDocument(const std::function<void(const Doc&)>& fn) = 0;
  virtual Expected<StoreStats> Stats() = 0;
  virtual Expected<StoreSummary> Summary() = 0;

  // The stored entities with these ids (an alias's: the entity it names, ActorAliases); a value
  // that is no entity id but a country code (RUS, IGO:UN, REG:WEST) gives the entity that stands
  // for it (a state, IGO or region). In input order; values that match nothing are left out.
  virtual Expected<std::vector<Entity>> FindEntities(const std::vector<std::string>& ids) = 0;
  // Unlinked entity ids that name another stored entity across the stored documents → that
  // entity's id (crossdoc::ActorAliases over every stored entity with mentions; ids that stay
  // themselves are left out). Reads show an alias as the entity it names: the actor and partner
  // filters match its events, FindEntities gives that entity for it, NamesOf lists its words.
  // Depends only on the set of stored documents; computed once per DataVersion.
  virtual Expected<std::map<std::string, std::string>> ActorAliases() = 0;
  // The words documents use for an entity (its mentions' text, its aliases' included), most
  // frequent first.
  virtual Expected<std::vector<Facet>> NamesOf(const std::string& entity_id, size_t limit) = 0;
  // One document as ForEachDocument rebuilds it; nullopt iff no document has this id.
  virtual Expected<std::optional<Doc>> Document(const std::string& id) = 0;
  // Full-text search over title and body text (not page furniture). `query` is plain words: each
  // word must occur (as a word prefix, so "Путін" finds "Путіним"); no query syntax is parsed.
  // Best matches first.
  virtual Expected<std::vector<SearchHit>> Search(const std::string& query, size_t limit) = 0;

  // Every stored 'ok' document's profile, in id order, from one snapshot.
  virtual Status ForEachProfile(const std::function<void(const DocProfile&)>& fn) = 0;
  // The stories of the stored documents, most articles first (then by id). Depends only on the
  // set of stored documents. Costs a pass over every profile and a clustering (bench/README.md).
  virtual Expected<std::vector<StoredStory>> Stories() = 0;

  // A number that changes whenever another connection commits to the store; values compare only
  // within one Store object. Read-only servers use it to know when cached answers are stale.
  virtual Expected<int64_t> DataVersion() = 0;

  // Queries that run past `deadline` stop with an error (a read-only server bounds its queries
  // so). The default, time_point::max(), never stops them. `TimedOut()` tells whether the last
  // failed query stopped for that reason.
  virtual void SetDeadline(std::chrono::steady_clock::time_point deadline) = 0;
  virtual bool TimedOut() const = 0;
};

}  // namespace entente

#endif  // ENTENTE_STORE_STORE_H_
