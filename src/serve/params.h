// serve/params.h — checking a request's query parameters (internal to src/serve).
//
// Each endpoint names the parameters it takes; CheckParams refuses any other name, a name given
// twice, and any value outside its parameter's shape, with a message that says which and why.
// Values that pass reach SQL only as bound parameters.
#ifndef ENTENTE_SERVE_PARAMS_H_
#define ENTENTE_SERVE_PARAMS_H_

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "serve/serve.h"
#include "store/store.h"

namespace entente::serve {

// What a request asked for, checked. Graph/event filters land in `filter` (actor, type, from,
// to, lang, source, modality, limit, offset); the rest in their own fields.
struct Request {
  EventFilter filter;
  std::string a, b;                  // the two sides of a pair (events, timeline)
  std::string q;                     // search words
  size_t min_sources = 0;            // graph: edges need at least this many distinct outlets
  std::string story;                 // framing: one story's articles (its id)
  std::vector<std::string> sources;  // framing: these outlets (comma-separated in the query)
};

struct ParamRules {
  const std::set<std::string, std::less<>>* plover_types = nullptr;
  size_t max_limit = 500;  // `limit` above it is refused
};

// Fills `out` from `params`, which may only use `allowed` names. Error message: ready for a 400.
Status CheckParams(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                   const ParamRules& rules, Request& out);

// True iff `id` has the shape of an actor id or country code ("Q7747", "p:andrey_rudenko",
// "IGO:UN", "g:RUS:police"): 1–100 bytes of ASCII letters, digits and : _ . -
bool IsActorId(std::string_view id);

}  // namespace entente::serve

#endif  // ENTENTE_SERVE_PARAMS_H_
