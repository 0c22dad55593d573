// tests/unit/events/event_score.h — event precision/recall against gold, as
// shared/gold/README.md scores it: per document, unique (src, type, tgt) triples; a triple is
// correct iff it matches a gold event (core or not) by type or `also` (gold planned/intended
// events also accept AGREE; gold AGREE with mode "sign" also accepts SUPPORT), by src and tgt
// (either way round when symmetric); recall counts core gold events matched.
#ifndef ENTENTE_TESTS_EVENT_SCORE_H_
#define ENTENTE_TESTS_EVENT_SCORE_H_

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "entente/doc.h"

namespace entente::testing {

struct Score {
  size_t tp = 0, fp = 0;                  // extracted triples matching / not matching gold
  size_t core_found = 0, core_total = 0;  // recall over core gold events
  double Precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double Recall() const { return core_total ? double(core_found) / double(core_total) : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Add(const Score& o) {
    tp += o.tp, fp += o.fp, core_found += o.core_found, core_total += o.core_total;
  }
};

using Triple = std::tuple<std::string, std::string, std::string>;  // src, type, tgt

inline std::set<Triple> Triples(const std::vector<Event>& events) {
  std::set<Triple> out;
  for (const Event& e : events) out.emplace(e.src.country, e.type, e.tgt.country);
  return out;
}

inline bool Matches(const nlohmann::json& g, const Triple& t) {
  const auto& [src, type, tgt] = t;
  std::set<std::string> types{g["type"].get<std::string>()};
  for (const auto& a : g.value("also", nlohmann::json::array())) types.insert(a.get<std::string>());
  const std::string modality = g.value("modality", "");
  if (modality == "planned" || modality == "intended") types.insert("AGREE");
  if (g["type"] == "AGREE" && g.value("mode", "") == "sign") types.insert("SUPPORT");
  if (!types.count(type)) return false;
  const std::string gs = g["src"], gt = g["tgt"];
  if (src == gs && tgt == gt) return true;
  return g.value("symmetric", false) && src == gt && tgt == gs;
}

inline Score ScoreDoc(const std::vector<Event>& events, const nlohmann::json& gold_events) {
  Score s;
  const std::set<Triple> got = Triples(events);
  for (const Triple& t : got) {
    bool ok = false;
    for (const auto& g : gold_events) ok |= Matches(g, t);
    (ok ? s.tp : s.fp)++;
  }
  for (const auto& g : gold_events) {
    if (!g.value("core", false)) continue;
    ++s.core_total;
    for (const Triple& t : got)
      if (Matches(g, t)) {
        ++s.core_found;
        break;
      }
  }
  return s;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_EVENT_SCORE_H_
