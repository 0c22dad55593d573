// extract, ingest and eval: the commands that run the engine over inputs.
#include "commands.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/runner.h"
#include "entente/engine.h"
#include "eval/bsnlp.h"
#include "eval/eval.h"
#include "inputs.h"
#include "output/jsonl.h"
#include "read/reader.h"

namespace entente::cli {
namespace {

using Clock = std::chrono::steady_clock;

// A one-line progress report on stderr, redrawn at most 5 times a second, only on a terminal.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void Update(size_t docs, size_t events, size_t errors, size_t skipped, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\r\033[K%zu docs  %.0f docs/s  %zu events  %zu errors  %zu unchanged",
                 docs, secs > 0 ? docs / secs : 0.0, events, errors, skipped);
    if (final) std::fputc('\n', stderr);
  }
  // Erases the progress line so that a message can be printed in its place.
  void Clear() {
    if (enabled_) std::fputs("\r\033[K", stderr);
  }

 private:
  bool enabled_;
  Clock::time_point start_ = Clock::now(), last_{};
};

}  // namespace

int Extract(const InputArgs& args, bool with_text) {
  Setup setup;
  if (!setup.Open(args)) return kExitUsage;
  // Serialisation happens on the worker threads; the calling thread only reads and writes.
  struct Item {
    Doc doc;
    std::string line;
  };
  size_t failed = 0;
  RunOrdered<Item>([&](Item& it) { return setup.Next(it.doc); },
                   [&](Item& it) {
                     setup.engine->Process(it.doc);
                     it.line = ExtractLine(it.doc, with_text || it.doc.text_from_markup);
                   },
                   [&](Item& it) {
                     failed += it.doc.failed();
                     std::cout << it.line << '\n';
                   },
                   args.jobs);
  std::cout.flush();
  return failed ? kExitDocErrors : kExitOk;
}

int Ingest(const InputArgs& args, const std::string& db, bool quiet) {
  auto store = Store::Open(db, Store::Mode::kReadWrite);
  if (!store) {
    std::cerr << "entente: " << store.error().message() << "\n";
    return kExitUsage;
  }
  Setup setup;
  if (!setup.Open(args)) return kExitUsage;

  constexpr size_t kBatch = 256;
  constexpr size_t kMaxReportedErrors = 20;  // then only the count in the summary
  size_t reported_errors = 0;
  std::vector<Doc> batch;
  WriteResult total;
  size_t seen = 0, skipped = 0;
  Status write_error;
  Progress progress(!quiet);
  const auto start = Clock::now();
  auto flush = [&] {
    if (batch.empty() || !write_error.ok()) return;
    auto r = (*store)->Write(batch);
    batch.clear();
    if (!r) {
      write_error = r.error();
      return;
    }
    total.written += r->written;
    total.unchanged += r->unchanged;
    total.failed += r->failed;
    total.events += r->events;
  };
  // Documents already stored with the same content are not processed again, so a re-run after
  // an interruption only does the remaining work. They are looked up kLookahead at a time (one
  // query each for a networked store).
  constexpr size_t kLookahead = 64;
  std::deque<Doc> ahead;
  auto refill = [&] {
    std::vector<Doc> read;
    for (Doc d; read.size() < kLookahead && setup.Next(d); d = Doc()) read.push_back(std::move(d));
    seen += read.size();
    std::vector<std::pair<std::string, std::string>> keys;
    for (const Doc& d : read) keys.emplace_back(d.id, d.ContentHash());
    std::vector<bool> stored = (*store)->HasEach(keys);
    for (size_t i = 0; i < read.size(); ++i) {
      if (stored[i])
        ++skipped;
      else
        ahead.push_back(std::move(read[i]));
    }
    return !read.empty();
  };
  RunOrdered<Doc>(
      [&](Doc& d) {
        while (write_error.ok() && (!ahead.empty() || refill())) {
          if (ahead.empty()) continue;  // a lookahead of stored documents only
          d = std::move(ahead.front());
          ahead.pop_front();
          return true;
        }
        return false;
      },
      [&](Doc& d) { setup.engine->Process(d); },
      [&](Doc& d) {
        if (d.failed() && ++reported_errors <= kMaxReportedErrors) {
          progress.Clear();
          std::cerr << "entente: " << d.id << ": " << d.errors[0].code << ": "
                    << d.errors[0].message << "\n";
        }
        batch.push_back(std::move(d));
        if (batch.size() >= kBatch) flush();
        progress.Update(seen, total.events, total.failed, skipped);
      },
      args.jobs);
  flush();
  progress.Update(seen, total.events, total.failed, skipped, true);
  if (!write_error.ok()) {
    std::cerr << "entente: writing to " << db << " failed: " << write_error.message() << "\n";
    return kExitUsage;
  }
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  std::fprintf(stderr,
               "ingested %zu documents in %.1f s (%.0f docs/s): %zu new, %zu unchanged, %zu with "
               "errors; %zu events → %s\n",
               seen, secs, secs > 0 ? seen / secs : 0.0, total.written, skipped + total.unchanged,
               total.failed, total.events, db.c_str());
  return total.failed ? kExitDocErrors : kExitOk;
}

int Eval(const std::string& gold_path, const std::string& output, const std::string& save,
         const Options& engine_options, bool verbose, bool json) {
  auto gold = LoadGold(gold_path);
  if (!gold) {
    std::cerr << "entente: " << gold.error().message() << "\n";
    return kExitUsage;
  }
  Scorer scorer(*gold);
  if (!output.empty()) {
    // Score an existing extraction (from this or any other program).
    std::ifstream in(output);
    if (!in) {
      std::cerr << "entente: cannot read " << output << "\n";
      return kExitUsage;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!scorer.Add(nlohmann::json::parse(line, nullptr, false)))
        std::cerr << "entente: " << output << ":" << n << ": not an extract line, ignored\n";
    }
  } else {
    auto engine = Engine::Create(engine_options);
    if (!engine) {
      std::cerr << "entente: " << engine.error().message() << "\n";
      return kExitUsage;
    }
    std::ofstream saved;
    if (!save.empty()) saved.open(save);
    for (const GoldDoc& g : *gold) {
      if (g.path.empty()) continue;
      ReadOptions ro;
      ro.max_doc_bytes = engine_options.max_doc_bytes;
      auto reader = OpenInputs({g.path}, ro);
      if (!reader) {
        std::cerr << "entente: " << reader.error().message() << "\n";
        continue;
      }
      Doc doc;
      while ((*reader)->Next(doc)) {
        doc.id = g.id;
        if (doc.date.empty()) doc.date = g.pub_date;
        engine->Process(doc);
        auto line = DocToJson(doc, doc.text_from_markup);
        if (saved.is_open())
          saved << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        scorer.Add(line);
      }
    }
  }
  EvalReport report = scorer.Report();
  if (json)
    std::cout << ReportToJson(report).dump(2) << "\n";
  else
    std::cout << FormatReport(report, verbose);
  return kExitOk;
}

int EvalEntities(const std::string& bsnlp_root, const std::vector<std::string>& langs,
                 const Options& engine_options, bool verbose, bool json) {
  auto docs = LoadBsnlp(bsnlp_root, std::set<std::string>(langs.begin(), langs.end()));
  if (!docs) {
    std::cerr << "entente: " << docs.error().message() << "\n";
    return kExitUsage;
  }
  auto engine = Engine::Create(engine_options);
  if (!engine) {
    std::cerr << "entente: " << engine.error().message() << "\n";
    return kExitUsage;
  }
  NerScorer scorer;
  for (const BsnlpDoc& g : *docs) {
    Doc doc;
    doc.id = g.topic + "/" + g.lang + "/" + g.id;
    doc.text = g.text;
    doc.date = g.date;
    engine->Process(doc);
    scorer.Add(g, doc);
  }
  NerReport report = scorer.Report();
  if (json) {
    nlohmann::json j;
    for (const auto& [lang, c] : report.by_lang)
      j["by_lang"][lang] = {
          {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}, {"gold", c.gold},
          {"found", c.gold_found},      {"mentions", c.sys}};
    j["precision"] = report.all.Precision();
    j["recall"] = report.all.Recall();
    j["consistency"] = report.Consistency();
    j["consistency_ids"] = report.xids;
    j["over_merge"] = report.OverMerge();
    j["over_merged_ids"] = report.over_merged;
    j["merged_ids"] = report.merged_ids;
    j["actor_aliases"] = report.aliases;
    j["consistency_per_document"] = report.DocConsistency();
    j["over_merge_per_document"] = report.DocOverMerge();
    j["documents"] = docs->size();
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << docs->size() << " documents\n" << FormatNerReport(report, verbose);
  }
  return kExitOk;
}

}  // namespace entente::cli
