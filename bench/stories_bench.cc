// Story clustering (src/stories): documents per second through stories::StoriesOf, on the story
// terms the engine gives the BSNLP documents (../shared/data/bsnlp), repeated with their dates
// moved 400 days per copy (so every copy makes stories of its own) up to the wanted size.
// See bench/README.md for the figures.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "entente/engine.h"
#include "eval/stories_corpus.h"
#include "stories/stories.h"

namespace entente {
namespace {

struct Corpus {
  std::vector<std::vector<StoryTerm>> terms;
  std::vector<std::string> dates, ids;
};

const Corpus& Bsnlp() {
  static const Corpus corpus = [] {
    Corpus c;
    auto docs = LoadStoryCorpus(std::string(ENTENTE_SOURCE_DIR) + "/eval/stories/corpus.tsv");
    auto engine = Engine::Create(Options{});
    if (!docs || !engine) {
      std::cerr << "stories_bench needs ../shared/data/bsnlp and the data pack\n";
      return c;
    }
    for (const StoryDoc& d : *docs) {
      Doc doc;
      doc.id = d.id;
      doc.text = d.text;
      doc.date = d.date;
      engine->Process(doc);
      c.terms.push_back(std::move(doc.story_terms));
      c.dates.push_back(d.date);
      c.ids.push_back(d.id);
    }
    return c;
  }();
  return corpus;
}

// The first `n` documents of the repeated corpus; copy k's dates move k × 400 days.
Corpus Repeated(size_t n) {
  const Corpus& base = Bsnlp();
  Corpus out;
  for (size_t i = 0; i < n && !base.terms.empty(); ++i) {
    const size_t k = i / base.terms.size(), j = i % base.terms.size();
    out.terms.push_back(base.terms[j]);
    std::string date = base.dates[j];
    const long day = stories::DayNumber(date);
    if (day >= 0) {
      const std::chrono::sys_days moved{std::chrono::days(day + 400 * static_cast<long>(k))};
      const std::chrono::year_month_day ymd{moved};
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                    static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
      date = buf;
    }
    out.dates.push_back(date);
    out.ids.push_back(std::to_string(k) + "/" + base.ids[j]);
  }
  return out;
}

void BM_StoriesOf(benchmark::State& state) {
  const Corpus corpus = Repeated(static_cast<size_t>(state.range(0)));
  if (corpus.terms.empty()) {
    state.SkipWithError("no corpus");
    return;
  }
  size_t stories = 0;
  for (auto _ : state) {
    const auto s = stories::StoriesOf(corpus.terms, corpus.dates, corpus.ids, {});
    stories = *std::max_element(s.begin(), s.end());
    benchmark::DoNotOptimize(stories);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
  state.counters["docs"] = static_cast<double>(corpus.terms.size());
}
BENCHMARK(BM_StoriesOf)->Arg(3088)->Arg(30000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
