// serve/views.h — the API's JSON shapes, built from store rows (internal to src/serve).
// doc/openapi.json documents every field; keep the two in step.
#ifndef ENTENTE_SERVE_VIEWS_H_
#define ENTENTE_SERVE_VIEWS_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "knowledge/reference.h"
#include "store/store.h"

namespace entente::serve {

using Json = nlohmann::ordered_json;

// How an actor code or id is shown: "Russia", kind "state".
struct ActorLabel {
  std::string label, kind;
};
using Labels = std::map<std::string, ActorLabel, std::less<>>;

// The label of a country code: the stored entity standing for it, else the code, with a kind
// from the code's shape (IGO:, REG:) when no entity says.
ActorLabel LabelOf(const Labels& labels, const std::string& code);

// One event: ids, outlet, dates, type, actors with names, the sentence split into parts that
// mark source, target and trigger, and an English one-line gloss.
Json EventJson(const StoredEvent& e, const Labels& labels, const Reference& k);

// The sentence as parts: [{"text", "role": "source"|"target"|"trigger"|null}], concatenating to
// the sentence. Spans are document byte offsets; those outside the sentence, empty, or
// overlapping an earlier one are left unmarked.
Json SentenceParts(const std::string& sentence, const Event& e);

// A search snippet (matches between \x01 and \x02) as parts with role "match".
Json SnippetParts(const std::string& snippet);

// Serialises, replacing invalid UTF-8 rather than failing.
std::string Dump(const Json& j);

}  // namespace entente::serve

#endif  // ENTENTE_SERVE_VIEWS_H_
