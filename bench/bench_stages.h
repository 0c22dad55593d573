// Benchmark helper: the pipeline's stages made over this build's data pack (ENTENTE_PACK), for
// benchmarks that time stages one by one. Exits with a message naming `bench` if the pack or a
// stage cannot be made: a broken build cannot time well.
#ifndef ENTENTE_BENCH_BENCH_STAGES_H_
#define ENTENTE_BENCH_BENCH_STAGES_H_

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <vector>

#include "entente/pipeline.h"
#include "knowledge/pack.h"
#include "knowledge/resources.h"

namespace entente::bench {

using MakeStage = Expected<std::unique_ptr<Stage>> (*)(const Resources&);

inline std::vector<std::unique_ptr<Stage>> MakeStages(const char* bench,
                                                      std::initializer_list<MakeStage> makers) {
  auto die = [&](const std::string& message) {
    std::fprintf(stderr, "%s: %s\n", bench, message.c_str());
    std::exit(1);
  };
  Resources res;
  auto pack = Pack::Load(ENTENTE_PACK);
  if (!pack) die(pack.error().message());
  res.pack = *pack;
  std::vector<std::unique_ptr<Stage>> out;
  for (MakeStage make : makers) {
    auto stage = make(res);
    if (!stage) die(stage.error().message());
    out.push_back(std::move(*stage));
  }
  return out;
}

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_BENCH_STAGES_H_
