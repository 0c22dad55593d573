// eval/eval.h — score extraction output against gold, exactly as shared/gold/README.md says.
//
//   auto gold = LoadGold("../shared/gold/seeds.jsonl");          // resolves `file` paths
//   Scorer scorer(*gold);
//   scorer.Add(extract_json_line);                               // one per document
//   EvalReport r = scorer.Report();                              // overall, by language
//
// Events: an extracted event matches a gold event of the same document when its type is the
// gold `type` or in `also` (plus AGREE when the gold modality is planned/intended, plus SUPPORT
// when the gold type is AGREE with mode "sign"), and its source/target codes equal the gold's
// (either way round when `symmetric`). Codes compare on the state/IGO/region code: "RUSGOV" →
// "RUS". Per document both sides reduce to unique (src, type, tgt) triples. Recall is over
// core gold triples; precision counts an extracted triple correct iff it matches any gold event.
// Body: line-level P/R of non-blank lines kept as body (a line is kept iff a body span overlaps
// it) against `content_lines`. Language: share of documents whose `lang` equals the gold's.
#ifndef ENTENTE_EVAL_EVAL_H_
#define ENTENTE_EVAL_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "entente/status.h"

namespace entente {

struct GoldDoc {
  nlohmann::json json;  // the gold line as given
  std::string id, lang, path, pub_date, text;  // path resolved; text read from it ("" if absent)
};

// Reads a gold JSONL file; `file` entries resolve against the gold file's parent's parent
// folder (so shared/gold/seeds.jsonl finds shared/seeds/...). Fails iff the file is unreadable
// or a line is not JSON.
Expected<std::vector<GoldDoc>> LoadGold(const std::string& gold_path);

struct Counts {
  int tp = 0;          // extracted triples that match gold
  int fp = 0;          // extracted triples that match nothing
  int core_found = 0;  // core gold triples matched by some extraction
  int core_total = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct LineCounts {
  int kept_content = 0, kept = 0, content = 0;
  double Precision() const { return kept ? double(kept_content) / kept : 0; }
  double Recall() const { return content ? double(kept_content) / content : 0; }
};

struct DocScore {
  std::string id, gold_lang, lang;
  Counts events;
  LineCounts body;
  bool has_body_gold = false;
  std::vector<std::string> matched, false_positives, missed;  // "RUS CONSULT CHN"
};

struct EvalReport {
  Counts events;                          // overall (micro over documents)
  std::map<std::string, Counts> by_lang;  // by gold language
  LineCounts body;
  int lang_correct = 0, docs = 0, missing_docs = 0;
  std::vector<DocScore> per_doc;
};

class Scorer {
 public:
  explicit Scorer(std::vector<GoldDoc> gold);
  // Scores one `entente extract` line. Lines for ids not in the gold are ignored; returns
  // false iff the line is not a JSON object with an "id".
  bool Add(const nlohmann::json& extracted);
  // Gold documents never added count as missed (recall 0, language wrong).
  EvalReport Report() const;

 private:
  std::vector<GoldDoc> gold_;
  std::map<std::string, DocScore> scores_;
};

// Human-readable report (and `--json` form).
std::string FormatReport(const EvalReport& report, bool verbose);
nlohmann::json ReportToJson(const EvalReport& report);

}  // namespace entente

#endif  // ENTENTE_EVAL_EVAL_H_
