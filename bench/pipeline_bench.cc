// Whole-pipeline throughput on the example pages: MB/s, docs/s, sentences/s, peak RSS.
// Before timing, checks that the engine produces body, language, sentences and events for them,
// so a broken build cannot report a fast but empty pipeline.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/runner.h"
#include "entente/engine.h"

namespace {

std::vector<entente::Doc> ExampleDocs() {
  std::vector<entente::Doc> docs;
  for (const auto& f : std::filesystem::directory_iterator(ENTENTE_SOURCE_DIR "/examples/pages")) {
    std::ifstream in(f.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    entente::Doc d;
    d.id = f.path().stem().string();
    d.text = ss.str();
    d.date = "2024-03-20";
    docs.push_back(std::move(d));
  }
  return docs;
}

const entente::Engine& SharedEngine() {
  static auto engine = [] {
    auto e = entente::Engine::Create(entente::Options{});
    if (!e) {
      std::fprintf(stderr, "pipeline_bench: %s\n", e.error().message().c_str());
      std::exit(1);
    }
    return std::move(*e);
  }();
  return engine;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

bool Verified(benchmark::State& state, const std::vector<entente::Doc>& docs) {
  for (entente::Doc d : docs) {
    SharedEngine().Process(d);
    if (d.failed() || d.lang.empty() || d.sentences.empty() || d.events.empty()) {
      state.SkipWithError(("engine output incomplete for " + d.id).c_str());
      return false;
    }
  }
  return true;
}

void BM_PipelineOneThread(benchmark::State& state) {
  auto docs = ExampleDocs();
  if (!Verified(state, docs)) return;
  size_t bytes = 0, ndocs = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& original : docs) {
      entente::Doc d = original;
      SharedEngine().Process(d);
      bytes += d.text.size();
      sentences += d.sentences.size();
      ++ndocs;
      benchmark::DoNotOptimize(d.events.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs/s"] = benchmark::Counter(double(ndocs), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(double(sentences), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_PipelineOneThread)->Unit(benchmark::kMillisecond);

// The CLI's path: RunOrdered over N threads, 512 documents per iteration.
void BM_PipelineThreads(benchmark::State& state) {
  auto docs = ExampleDocs();
  if (!Verified(state, docs)) return;
  const int jobs = static_cast<int>(state.range(0));
  size_t bytes = 0, ndocs = 0, sentences = 0;
  for (auto _ : state) {
    size_t i = 0;
    entente::RunOrdered<entente::Doc>(
        [&](entente::Doc& d) {
          if (i == 512) return false;
          d = docs[i++ % docs.size()];
          return true;
        },
        [&](entente::Doc& d) { SharedEngine().Process(d); },
        [&](entente::Doc& d) {
          bytes += d.text.size();
          sentences += d.sentences.size();
          ++ndocs;
        },
        jobs);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs/s"] = benchmark::Counter(double(ndocs), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(double(sentences), benchmark::Counter::kIsRate);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_PipelineThreads)->Arg(1)->Arg(2)->Arg(4)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
