// eval/bsnlp.h — named-entity scoring against the BSNLP shared-task annotations.
//
// Layout (shared/data/README.md): <root>/<topic>/raw/<lang>/*.txt (line 1 id, 2 language,
// 3 date, 4 URL, then title and text) and <root>/<topic>/annotated/<lang>/*.out (line 1 id,
// then `surface<TAB>lemma<TAB>TYPE<TAB>cross-lingual id`). Raw and annotated files pair by id.
//
// Scoring, per document on distinct surface forms compared case-folded (the 2017 topics are
// annotated in lower case), with quotes stripped and apostrophes and spaces unified:
//  - recall: gold PER/LOC/ORG surfaces that some mention's name span equals;
//  - precision: distinct mention names that equal any gold surface of the document (PRO and
//    EVT included: naming "Brexit" is not an error, only not required);
//  - cross-lingual consistency: a gold cross-lingual id (per topic) is consistent when all of
//    its recognised mentions, in every language, carry the same entente entity id; counted over
//    ids recognised at least twice;
//  - over-merge: an entente entity id (per topic) that receives recognised mentions of two or
//    more different gold cross-lingual ids; rate over the entity ids receiving any.
// Both count entity ids as a store shows them: an unlinked name that names another entity across
// the scored documents counts as that entity (crossdoc::ActorAliases over all of them); the
// per-document figures count the ids each document gives.
// Micro-averaged over documents, per language and overall.
#ifndef ENTENTE_EVAL_BSNLP_H_
#define ENTENTE_EVAL_BSNLP_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"

namespace entente {

struct BsnlpEntity {
  std::string surface, lemma, type, xid;
};

struct BsnlpDoc {
  std::string topic, lang, id, date, url, path;
  std::string text;  // title and body (raw lines 5 on)
  std::vector<BsnlpEntity> entities;
};

// Every annotated document under `root` whose language is in `langs` (all when empty). Fails
// iff `root` has no <topic>/raw folder; unpaired files are skipped.
Expected<std::vector<BsnlpDoc>> LoadBsnlp(const std::string& root,
                                          const std::set<std::string>& langs = {});

struct NerCounts {
  int sys = 0, sys_correct = 0;  // distinct mention names; those in the gold
  int gold = 0, gold_found = 0;  // distinct gold PER/LOC/ORG surfaces; those found
  double Precision() const { return sys ? double(sys_correct) / sys : 0; }
  double Recall() const { return gold ? double(gold_found) / gold : 0; }
  double F1() const;
};

struct NerReport {
  NerCounts all;
  std::map<std::string, NerCounts> by_lang;
  std::map<std::string, NerCounts> by_type;  // recall side only, by gold type
  int xids = 0, xids_consistent = 0;         // cross-lingual ids recognised ≥ 2 times
  double Consistency() const { return xids ? double(xids_consistent) / xids : 0; }
  int merged_ids = 0, over_merged = 0;  // entente ids (per topic) with gold ids; with ≥ 2
  double OverMerge() const { return merged_ids ? double(over_merged) / merged_ids : 0; }
  // The same without joining names across documents: each document's own ids.
  int doc_xids_consistent = 0, doc_merged_ids = 0, doc_over_merged = 0;
  double DocConsistency() const { return xids ? double(doc_xids_consistent) / xids : 0; }
  double DocOverMerge() const {
    return doc_merged_ids ? double(doc_over_merged) / doc_merged_ids : 0;
  }
  size_t aliases = 0;  // unlinked ids joined to another across documents
  // Most frequent misses and false positives per language: (count, surface).
  std::map<std::string, std::vector<std::pair<int, std::string>>> misses, extras;
  // "topic\txid: id1 [lang:surface, ...] id2 [...]": each entity id with the surfaces that got it.
  std::vector<std::string> inconsistent;
  std::vector<std::string> over_merges;  // "topic\tid: xid1 xid2"
  std::vector<std::string> joined;       // "alias → id": names joined across documents
};

class NerScorer {
 public:
  // Scores `doc` (the engine's output for `gold.text`) against `gold`.
  void Add(const BsnlpDoc& gold, const Doc& doc);
  NerReport Report(size_t top = 15) const;

 private:
  std::map<std::string, NerCounts> by_lang_, by_type_;
  std::map<std::string, std::map<std::string, int>> misses_, extras_;
  // "topic\txid" → entity id → its mentions' "lang:surface"s.
  std::map<std::string, std::map<std::string, std::set<std::string>>> xid_entities_;
  std::map<std::string, int> xid_mentions_;
  std::map<std::string, std::set<std::string>> entity_xids_;  // "topic\tid" → gold xids
  std::vector<Doc> named_;  // each document's entities (only), for crossdoc::ActorAliases
};

// Folds a surface form for comparison: case-folded, invisible format characters (zero-width
// space, soft hyphen ...) dropped, outer quotes removed, apostrophes and whitespace unified.
std::string NormaliseSurface(std::string_view surface);

std::string FormatNerReport(const NerReport& report, bool verbose);

}  // namespace entente

#endif  // ENTENTE_EVAL_BSNLP_H_
