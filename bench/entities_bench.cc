// Entity stage throughput on the BSNLP raw news in Ukrainian and Russian:
// $ENTENTE_SHARED_DIR/data/bsnlp/<topic>/raw/{uk,ru}/*.txt (default: the build's ../shared), read
// at run time; each document is its title and text (lines 5..). One thread.
// The documents are carried through clean → langid → segment → analyse once, untimed; BM_Entities
// then times the entities stage alone on copies of them (copying is not timed). Before timing it
// checks the stage: every document gets through, and at least 95 % of them name something (a
// broken build cannot time well). Reported: bytes/s of Doc::text, docs/s and sentences/s.
// ENTENTE_ENTITIES_DUMP=<file>: also writes every document's mentions (span, name span, entity
// id, acting entity) to <file>, to compare the output of two builds byte for byte (`cmp`).
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
#include "langid/langid.h"
#include "segment/segment.h"

namespace {

using entente::Doc;
using entente::Stage;

std::string SharedDir() {
  if (const char* env = std::getenv("ENTENTE_SHARED_DIR")) return env;
  return ENTENTE_SHARED_DIR;
}

struct Setup {
  std::vector<Doc> docs;  // after analyse
  std::unique_ptr<Stage> entities;
  size_t sentences = 0;
};

// The uk and ru documents, carried through the stages before entities.
const Setup& Prepared() {
  static const Setup setup = [] {
    namespace fs = std::filesystem;
    Setup s;
    const fs::path root = SharedDir() + "/data/bsnlp";
    std::error_code ec;
    if (!fs::exists(root, ec)) return s;
    std::vector<fs::path> files;
    for (const auto& f : fs::recursive_directory_iterator(root)) {
      const fs::path& p = f.path();
      const std::string lang = p.parent_path().filename().string();
      if (f.is_regular_file() && p.extension() == ".txt" &&
          p.parent_path().parent_path().filename() == "raw" && (lang == "uk" || lang == "ru"))
        files.push_back(p);
    }
    std::sort(files.begin(), files.end());
    std::vector<std::unique_ptr<Stage>> before = entente::bench::MakeStages(
        "entities_bench",
        {entente::MakeCleanStage, entente::MakeLangIdStage, entente::MakeSegmentStage,
         entente::MakeAnalyseStage, entente::MakeEntitiesStage});
    s.entities = std::move(before.back());
    before.pop_back();
    for (const fs::path& p : files) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string raw = ss.str();
      size_t pos = 0;
      for (int line = 0; line < 4 && pos != std::string::npos; ++line)
        if ((pos = raw.find('\n', pos)) != std::string::npos) ++pos;
      if (pos == std::string::npos) continue;
      Doc d;
      d.id = p.filename().string();
      for (size_t i = pos; i < raw.size(); ++i)
        if (raw[i] != '\r') d.text += raw[i];
      for (const auto& stage : before) stage->Process(d);
      s.sentences += d.sentences.size();
      s.docs.push_back(std::move(d));
    }
    return s;
  }();
  return setup;
}

void Dump(const std::vector<Doc>& docs, const char* path) {
  std::ofstream out(path, std::ios::binary);
  for (const Doc& d : docs) {
    out << "doc " << d.id << '\n';
    for (const entente::Mention& m : d.mentions)
      out << m.span.begin << ' ' << m.span.end << ' ' << m.name.begin << ' ' << m.name.end << ' '
          << d.entities[m.entity].id << ' ' << d.entities[m.entity].kind << ' '
          << d.entities[m.entity].country << ' '
          << (m.acting >= 0 ? d.entities[static_cast<size_t>(m.acting)].id : "-") << '\n';
  }
}

bool Verified(benchmark::State& state) {
  const Setup& s = Prepared();
  if (s.docs.empty()) {
    state.SkipWithError(("no BSNLP uk/ru corpus under " + SharedDir() + "/data/bsnlp").c_str());
    return false;
  }
  static const bool ok = [&] {
    std::vector<Doc> docs = s.docs;
    size_t named = 0;
    for (Doc& d : docs) {
      s.entities->Process(d);
      named += !d.failed() && !d.mentions.empty();
    }
    if (const char* path = std::getenv("ENTENTE_ENTITIES_DUMP")) Dump(docs, path);
    return named * 100 >= docs.size() * 95;
  }();
  if (!ok) state.SkipWithError("fewer than 95 % of the documents name anything");
  return ok;
}

void BM_Entities(benchmark::State& state) {
  if (!Verified(state)) return;
  const Setup& s = Prepared();
  size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Doc> docs = s.docs;
    state.ResumeTiming();
    for (Doc& d : docs) {
      s.entities->Process(d);
      bytes += d.text.size();
    }
    benchmark::DoNotOptimize(docs.data());
    state.PauseTiming();
    docs.clear();  // freeing is not the stage's cost
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  const double iterations = static_cast<double>(state.iterations());
  state.counters["docs"] = benchmark::Counter(static_cast<double>(s.docs.size()) * iterations,
                                              benchmark::Counter::kIsRate);
  state.counters["sentences"] = benchmark::Counter(static_cast<double>(s.sentences) * iterations,
                                                   benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
