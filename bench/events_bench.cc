// Event coder throughput on English wire-style text: the dev documents in eval/dev/docs/en (48
// Reuters/AP-style stories written for entente's dev gold, ~270 body sentences), read at run
// time. One thread.
// BM_EventsStage times the events stage alone on documents already carried through clean →
// langid → segment → analyse → entities (untimed); BM_Pipeline times all six stages from the raw
// text, so the two sentences/s figures stand side by side. Before timing it checks that the
// carried corpus has sentences and that the events stage codes events on it.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyse/analyse.h"
#include "bench_stages.h"
#include "clean/clean.h"
#include "entities/entities.h"
#include "events/events.h"
#include "langid/langid.h"
#include "segment/segment.h"

namespace {

using entente::Doc;
using entente::Stage;

std::vector<Doc> LoadCorpus() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(ENTENTE_SOURCE_DIR "/eval/dev/docs/en"))
    if (f.path().extension() == ".txt") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  std::vector<Doc> docs;
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Doc d;
    d.id = p.stem().string();
    d.text = ss.str();
    d.lang_hint = "en";
    d.date = "2024-06-01";
    docs.push_back(std::move(d));
  }
  return docs;
}

// The six default stages over this build's pack; the last one is events.
const std::vector<std::unique_ptr<Stage>>& Stages() {
  static const auto stages = entente::bench::MakeStages(
      "events_bench",
      {entente::MakeCleanStage, entente::MakeLangIdStage, entente::MakeSegmentStage,
       entente::MakeAnalyseStage, entente::MakeEntitiesStage, entente::MakeEventsStage});
  return stages;
}

// The corpus carried through every stage before events, checked once.
std::vector<Doc>& Carried() {
  static std::vector<Doc> docs = [] {
    std::vector<Doc> out = LoadCorpus();
    const auto& stages = Stages();
    size_t sentences = 0, events = 0;
    for (Doc& d : out) {
      for (size_t s = 0; s + 1 < stages.size(); ++s) stages[s]->Process(d);
      sentences += d.sentences.size();
      Doc probe = d;
      stages.back()->Process(probe);
      events += probe.events.size();
    }
    if (out.empty() || sentences == 0 || events == 0) {
      std::fprintf(stderr, "events_bench: corpus broken (%zu docs, %zu sentences, %zu events)\n",
                   out.size(), sentences, events);
      std::exit(1);
    }
    return out;
  }();
  return docs;
}

size_t Sentences(const std::vector<Doc>& docs) {
  size_t n = 0;
  for (const Doc& d : docs) n += d.sentences.size();
  return n;
}

size_t Bytes(const std::vector<Doc>& docs) {
  size_t n = 0;
  for (const Doc& d : docs) n += d.text.size();
  return n;
}

void Report(benchmark::State& state, const std::vector<Doc>& docs) {
  const double iters = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(iters * static_cast<double>(Bytes(docs))));
  state.counters["docs/s"] =
      benchmark::Counter(iters * static_cast<double>(docs.size()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(iters * static_cast<double>(Sentences(docs)), benchmark::Counter::kIsRate);
}

// The events stage alone; it clears and rewrites Doc::events, so the carried documents are reused.
void BM_EventsStage(benchmark::State& state) {
  std::vector<Doc>& docs = Carried();
  const Stage& events = *Stages().back();
  for (auto _ : state)
    for (Doc& d : docs) events.Process(d);
  Report(state, docs);
}
BENCHMARK(BM_EventsStage)->Unit(benchmark::kMillisecond);

// All six stages from the raw text (copying the text in is timed too; it is ~0.1 % of the work).
void BM_Pipeline(benchmark::State& state) {
  const std::vector<Doc>& carried = Carried();
  const auto& stages = Stages();
  for (auto _ : state)
    for (const Doc& c : carried) {
      Doc d;
      d.id = c.id;
      d.text = c.text;
      d.lang_hint = c.lang_hint;
      d.date = c.date;
      for (const auto& stage : stages) stage->Process(d);
      benchmark::DoNotOptimize(d.events.data());
    }
  Report(state, carried);
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
