// Start-up: the data pack with every language loaded and every stage made (Engine::Create), the
// pack alone, and the gazetteer built from the pack's derived tables vs keying every name now
// (what Build did before datac stored them). Peak RSS is the process's (getrusage).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "analyse/analyse.h"
#include "entente/engine.h"
#include "entities/gazetteer.h"
#include "knowledge/pack.h"

namespace {

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

void BM_EngineCreate(benchmark::State& state) {
  for (auto _ : state) {
    auto engine = entente::Engine::Create(entente::Options{});
    if (!engine) {
      state.SkipWithError(engine.error().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(engine);
  }
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_EngineCreate)->Unit(benchmark::kMillisecond);

void BM_PackLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto pack = entente::Pack::Load(entente::DefaultPackPath());
    if (!pack) {
      state.SkipWithError(pack.error().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(pack);
  }
}
BENCHMARK(BM_PackLoad)->Unit(benchmark::kMillisecond);

// Arg 0: from the pack's derived tables (what the engine does); 1: every name keyed now.
void BM_GazetteerBuild(benchmark::State& state) {
  auto pack = entente::Pack::Load(entente::DefaultPackPath());
  if (!pack) {
    state.SkipWithError(pack.error().message().c_str());
    return;
  }
  entente::Resources resources;
  resources.pack = *pack;
  const entente::MatchKeys keys(resources);
  const auto derive =
      state.range(0) ? entente::Gazetteer::Derive::kNow : entente::Gazetteer::Derive::kFromPack;
  for (auto _ : state) {
    auto gazetteer = entente::Gazetteer::Build(resources, keys, derive);
    if (!gazetteer) {
      state.SkipWithError(gazetteer.error().message().c_str());
      return;
    }
    benchmark::DoNotOptimize(gazetteer);
  }
}
BENCHMARK(BM_GazetteerBuild)->ArgName("keyed_now")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
