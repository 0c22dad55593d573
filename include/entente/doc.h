// entente/doc.h — the one object that flows through the pipeline.
//
// A Doc starts as what a reader produced (id, metadata, UTF-8 text) and each stage fills in its
// part: body spans, language, sentences, tokens, entities, events. Every position is a byte
// offset into `text`, so any extracted fact points back at its evidence:
//
//   Doc doc;
//   doc.id = "a1";
//   doc.text = "Putin met Xi in Beijing.";
//   pipeline.Process(doc);
//   for (const Event& e : doc.events) std::cout << doc.Slice(e.trigger.span);
//
// Thread-safety: a Doc is a plain value; one thread owns it at a time.
#ifndef ENTENTE_DOC_H_
#define ENTENTE_DOC_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// [begin, end) byte offsets into Doc::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(Span other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(Span a, Span b) = default;
};

// A per-document problem. `code` is stable and machine-readable ("not_utf8", "empty",
// "too_large", "bad_json", "truncated", "binary", "unreadable"); `message` is for people.
struct DocError {
  std::string code;
  std::string message;
};

// A block of text as laid out by the source: a paragraph, heading or line (reader's choice),
// with what the cleaning and language stages decided about it.
struct Block {
  Span span;
  bool is_title = false;  // the page title or headline, when the reader knows it
  bool is_body = false;   // kept as article body by the clean stage
  std::string lang;       // ISO 639-1, per block; empty when undecided
  // Reader hints for HTML: share of the block's text inside links, and whether the block sits in
  // an element that is page furniture by markup (nav, footer, aside, form, header menus).
  float link_density = 0;
  bool in_furniture_element = false;
  bool is_heading = false;  // an HTML h1–h3 (not the page title)
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Doc::tokens
  uint32_t token_count = 0;
  uint32_t block = 0;  // index into Doc::blocks
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter is upper case (names, sentence starts)
  std::string lower;         // case-folded, normalised surface form
  std::string key;           // inflection-aware match key (see analyse/match_key.h)
};

// One entity (actor, place, organisation) the document names, with all its mentions.
struct Entity {
  std::string id;       // stable id: Wikidata QID where known, else a knowledge-base id
  std::string name;     // English canonical name
  std::string kind;     // person | state | org | igo | region | place | media | group
  std::string country;  // ISO 3166-1 alpha-3, IGO:<ABBR> or REG:<NAME>; empty when unknown
  std::string sector;   // GOV, MIL, DIP, MED, ... ; empty when unknown
  std::vector<Span> mentions;
};

// A mention of an entity in text, as found by the entities stage.
struct Mention {
  Span span;
  Span name;  // the proper name inside `span` ("Ібрагім Раїсі" in "президент
              // Ірану Ібрагім Раїсі"); empty when the mention names no one
              // (a bare title, a demonym adjective)
  uint32_t entity = 0;  // index into Doc::entities
  int32_t acting = -1;  // Doc::entities index of what the mention stands for when it acts,
                        // if that differs (a capital as agent → its state); -1 = `entity`
  uint32_t ActorEntity() const { return acting >= 0 ? static_cast<uint32_t>(acting) : entity; }
  uint32_t first_token = 0;  // token range [first_token, last_token)
  uint32_t last_token = 0;
};

struct EventActor {
  std::string country;  // code the actor resolves to (see Entity::country)
  std::string actor;    // Entity::id
  std::string text;  // the words in the text, e.g. "президент Ірану Ібрагім Раїсі"
  Span span;
};

struct Place {
  std::string name;
  std::string country;
  double lat = 0;  // 0, 0: coordinates unknown (a first-level subdivision's; no place lies there)
  double lon = 0;
  bool Located() const { return lat != 0 || lon != 0; }
};

enum class Modality : uint8_t { kAsserted, kPlanned, kIntended, kHedged, kReported, kNegated };
std::string_view ModalityName(Modality m);

struct Event {
  EventActor src;
  EventActor tgt;
  std::string type;   // one of PLOVER's 16 (AGREE ... ASSAULT)
  std::string cameo;  // CAMEO code, e.g. "041"
  std::string mode;   // PLOVER mode, e.g. "meet", "phone"; may be empty
  std::string trigger_text;
  Span trigger;
  std::string date;  // YYYY-MM-DD, YYYY-MM or YYYY; empty = unknown
  Modality modality = Modality::kAsserted;
  std::string attribution;  // who the text says reported it ("ISW", "La Dépêche"); may be empty
  std::optional<Place> place;
  Span sentence;  // the sentence that states it
  double confidence = 0;
};

// A language-independent term of what a document is about (stories/stories.h): "a:Q7747",
// "e:RUS|TUR|CONSULT|+", "n:brks", with its weight (1 + ln of its occurrences).
struct StoryTerm {
  std::string term;
  double weight = 0;
};

// A loaded term or tone word the document uses (lang/<code>/framing): its frame (an id from
// lang/framing_frames; "" for a word that only carries tone), the dictionary form listed, and
// its tone from -2 (hostile) to 2 (approving).
struct FramingHit {
  std::string frame;
  std::string term;
  int tone = 0;
  Span span;
};

struct Doc {
  // Set by the reader.
  std::string id;
  std::string url;
  std::string source;             // outlet name
  std::string date;               // publication date, YYYY-MM-DD or ISO-8601; may be empty
  std::string lang_hint;          // from the input, a hint only
  std::string text;               // UTF-8; for HTML the extracted text
  bool text_from_markup = false;  // text was extracted from HTML, so output must carry it
  std::vector<Block> blocks;      // readers may pre-split; the clean stage fills it otherwise
  std::vector<DocError> errors;

  // Filled in by the stages.
  std::vector<Span> body;  // spans kept as article body
  std::string lang;        // ISO 639-1 of the body
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  // Events with one side the text does not identify (an unnamed group, no agent): that side has
  // no country, and its text and span are the group's words, or empty when it names none.
  // Separate from `events`, whose sides always carry a country (doc/OUTPUT.md).
  std::vector<Event> one_sided_events;
  std::vector<StoryTerm> story_terms;
  std::vector<FramingHit> framing;

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  bool failed() const { return !errors.empty(); }
  void AddError(std::string code, std::string message) {
    errors.push_back({std::move(code), std::move(message)});
  }
  // Content identity for idempotent storage: hash of id and text (hex, 16 chars).
  std::string ContentHash() const;
};

}  // namespace entente

#endif  // ENTENTE_DOC_H_
