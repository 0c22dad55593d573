// Language layer throughput (clean → langid → segment → analyse) on the BSNLP raw news:
// $ENTENTE_SHARED_DIR/data/bsnlp/<topic>/raw/<lang>/*.txt (default: the build's ../shared), read
// at run time; each document is its title and text (lines 5..). One thread.
// Before timing it runs the chain once and checks it: document language = folder language for
// ≥ 99 % of documents (a broken build cannot time well), every document has sentences and every
// word token a key. Each stage is then timed alone on documents already carried through the stages
// before it; BM_Chain times the four together. bytes/s counts Doc::text bytes.
// ENTENTE_LANG_DUMP=<file>: also writes the chain's output (document and block languages, body
// blocks, sentences, tokens with span, kind, lower and key) to <file>, one line per fact, to
// compare the output of two builds byte for byte (`cmp`).
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
#include "langid/langid.h"
#include "segment/segment.h"

namespace {

using entente::Doc;
using entente::Stage;

struct Corpus {
  std::vector<Doc> docs;
  std::vector<std::string> gold;  // folder language per document
  size_t bytes = 0;
};

std::string SharedDir() {
  if (const char* env = std::getenv("ENTENTE_SHARED_DIR")) return env;
  return ENTENTE_SHARED_DIR;
}

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    namespace fs = std::filesystem;
    Corpus c;
    const fs::path root = SharedDir() + "/data/bsnlp";
    std::error_code ec;
    if (!fs::exists(root, ec)) return c;
    std::vector<fs::path> files;
    for (const auto& f : fs::recursive_directory_iterator(root))
      if (f.is_regular_file() && f.path().extension() == ".txt" &&
          f.path().parent_path().parent_path().filename() == "raw")
        files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& p : files) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string raw = ss.str(), text;
      size_t pos = 0;
      for (int line = 0; line < 4 && pos != std::string::npos; ++line)
        if ((pos = raw.find('\n', pos)) != std::string::npos) ++pos;
      if (pos == std::string::npos) continue;
      for (size_t i = pos; i < raw.size(); ++i)
        if (raw[i] != '\r') text += raw[i];
      Doc d;
      d.id = p.filename().string();
      d.text = std::move(text);
      c.bytes += d.text.size();
      c.docs.push_back(std::move(d));
      c.gold.push_back(p.parent_path().filename().string());
    }
    return c;
  }();
  return corpus;
}

// clean, langid, segment, analyse over this build's pack.
const std::vector<std::unique_ptr<Stage>>& Stages() {
  static const auto stages = entente::bench::MakeStages(
      "language_bench", {entente::MakeCleanStage, entente::MakeLangIdStage,
                         entente::MakeSegmentStage, entente::MakeAnalyseStage});
  return stages;
}

// The corpus carried through the first `n` stages.
const std::vector<Doc>& After(size_t n) {
  static std::vector<std::vector<Doc>> cache;
  if (cache.empty()) {
    cache.push_back(LoadCorpus().docs);
    for (const auto& stage : Stages()) {
      std::vector<Doc> next = cache.back();
      for (Doc& d : next) stage->Process(d);
      cache.push_back(std::move(next));
    }
  }
  return cache[n];
}

// The chain's output for ENTENTE_LANG_DUMP.
void Dump(const std::vector<Doc>& docs, const char* path) {
  std::ofstream out(path, std::ios::binary);
  for (const Doc& d : docs) {
    out << "doc " << d.id << ' ' << d.lang << '\n';
    for (const entente::Block& b : d.blocks)
      out << "block " << b.span.begin << ' ' << b.span.end << ' ' << b.is_body << ' ' << b.lang
          << '\n';
    for (const entente::Sentence& s : d.sentences)
      out << "sentence " << s.span.begin << ' ' << s.span.end << ' ' << s.first_token << ' '
          << s.token_count << ' ' << s.block << '\n';
    for (const entente::Token& t : d.tokens)
      out << "token " << t.span.begin << ' ' << t.span.end << ' ' << static_cast<int>(t.kind) << ' '
          << t.capitalized << ' ' << t.lower << ' ' << t.key << '\n';
  }
}

bool Verified(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  if (c.docs.empty()) {
    state.SkipWithError(("no BSNLP corpus under " + SharedDir() + "/data/bsnlp").c_str());
    return false;
  }
  const std::vector<Doc>& done = After(4);
  static const bool dumped = [&] {
    if (const char* path = std::getenv("ENTENTE_LANG_DUMP")) Dump(done, path);
    return true;
  }();
  (void)dumped;
  size_t right = 0;
  for (size_t i = 0; i < done.size(); ++i) {
    const Doc& d = done[i];
    right += d.lang == c.gold[i];
    if (d.failed() || d.sentences.empty()) {
      state.SkipWithError(("no sentences for " + d.id).c_str());
      return false;
    }
    for (const entente::Token& t : d.tokens)
      if (t.kind == entente::TokenKind::kWord && t.key.empty()) {
        state.SkipWithError(("a word without a key in " + d.id).c_str());
        return false;
      }
  }
  if (right < done.size() * 99 / 100) {
    state.SkipWithError("document language accuracy below 99 %");
    return false;
  }
  return true;
}

// Times stages [first, last) on documents that went through stages [0, first).
void RunStages(benchmark::State& state, size_t first, size_t last) {
  if (!Verified(state)) return;
  const std::vector<Doc>& input = After(first);
  const auto& stages = Stages();
  size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Doc> docs = input;
    state.ResumeTiming();
    for (Doc& d : docs) {
      for (size_t s = first; s < last; ++s) stages[s]->Process(d);
      bytes += d.text.size();
    }
    benchmark::DoNotOptimize(docs.data());
    state.PauseTiming();
    docs.clear();  // freeing is not the stages' cost
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs"] = static_cast<double>(input.size());
}

void BM_Clean(benchmark::State& state) { RunStages(state, 0, 1); }
void BM_LangId(benchmark::State& state) { RunStages(state, 1, 2); }
void BM_Segment(benchmark::State& state) { RunStages(state, 2, 3); }
void BM_Analyse(benchmark::State& state) { RunStages(state, 3, 4); }
void BM_Chain(benchmark::State& state) { RunStages(state, 0, 4); }
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LangId)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Chain)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
