// Cross-document work (src/crossdoc): gathering mentions into real-world events, fingerprinting
// bodies, and finding near-duplicates among 100 000 documents through the band index.
// See bench/README.md for the figures.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "crossdoc/crossdoc.h"

namespace entente::crossdoc {
namespace {

// Mentions of keys drawn Zipf-like (a few pairs carry most events), with dates over a year:
// 60% full dates, 10% months, 30% undated.
std::vector<std::pair<std::string, std::vector<Mention>>> MakeMentions(size_t n) {
  std::mt19937_64 rng(42);
  const size_t keys = 2000;
  std::vector<double> weights(keys);
  for (size_t k = 0; k < keys; ++k) weights[k] = 1.0 / static_cast<double>(k + 1);
  std::discrete_distribution<size_t> pick(weights.begin(), weights.end());
  std::vector<std::vector<Mention>> by_key(keys);
  char buf[16];
  for (size_t i = 0; i < n; ++i) {
    const int day = static_cast<int>(rng() % 365);
    const int month = day / 31 + 1, dom = day % 28 + 1;
    std::snprintf(buf, sizeof buf, "2024-%02d-%02d", month, dom);
    std::string pub = buf, date;
    const unsigned r = static_cast<unsigned>(rng() % 10);
    if (r < 6) {
      date = pub;
    } else if (r < 7) {
      date = pub.substr(0, 7);
    }
    by_key[pick(rng)].push_back({"m" + std::to_string(i), date, pub});
  }
  std::vector<std::pair<std::string, std::vector<Mention>>> out;
  for (size_t k = 0; k < keys; ++k) {
    if (!by_key[k].empty())
      out.emplace_back("K" + std::to_string(k) + "|X|ASSAULT|happened", std::move(by_key[k]));
  }
  return out;
}

void BM_GatherMentions(benchmark::State& state) {
  const auto keys = MakeMentions(static_cast<size_t>(state.range(0)));
  size_t mentions = 0;
  for (auto _ : state) {
    for (const auto& [key, list] : keys) {
      auto ids = ClusterIds(key, list);
      benchmark::DoNotOptimize(ids.data());
      mentions += list.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(mentions));
  state.counters["mentions/s"] =
      benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GatherMentions)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// What a store that cannot keep events at write time (ClickHouse, written by concurrent
// workers) does when read: report chains over 100 000 fingerprinted documents (10% near-
// duplicates of another), then every mention dated by its chain and gathered over the whole set
// (ChainHeads + GatherEvents), for N mentions spread over the documents.
void BM_DeriveWholeStore(benchmark::State& state) {
  std::mt19937_64 rng(11);
  const size_t n_docs = 100'000;
  std::vector<Fingerprinted> docs(n_docs);
  char buf[16];
  for (size_t i = 0; i < n_docs; ++i) {
    const int day = static_cast<int>(rng() % 365);
    std::snprintf(buf, sizeof buf, "2024-%02d-%02d", day / 31 + 1, day % 28 + 1);
    uint64_t f = rng();
    if (i > 0 && rng() % 10 == 0) {
      f = docs[rng() % i].simhash;
      for (unsigned b = rng() % 3 + 1; b > 0; --b) f ^= uint64_t{1} << (rng() % 64);
    }
    docs[i] = {"d" + std::to_string(i), buf, f};
  }
  std::vector<KeyedMention> mentions;
  std::vector<size_t> doc_of;
  for (auto& [key, list] : MakeMentions(static_cast<size_t>(state.range(0)))) {
    for (Mention& m : list) {
      doc_of.push_back(rng() % n_docs);
      mentions.push_back({key, std::move(m)});
    }
  }
  for (auto _ : state) {
    const std::vector<size_t> heads = ChainHeads(docs);
    for (size_t i = 0; i < mentions.size(); ++i)
      mentions[i].mention.pub_date = docs[heads[doc_of[i]]].pub_date;
    auto ids = GatherEvents(mentions);
    benchmark::DoNotOptimize(ids.data());
  }
  const auto total = static_cast<double>(state.iterations() * mentions.size());
  state.SetItemsProcessed(static_cast<int64_t>(total));
  state.counters["mentions/s"] = benchmark::Counter(total, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DeriveWholeStore)->Arg(300'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// News-like bodies: ~350 words from a 5 000-word vocabulary, Cyrillic and Latin.
std::vector<std::string> MakeBodies(size_t n, std::mt19937_64& rng) {
  static const char* kStems[] = {"президент", "уряд",   "переговор", "санкці",
                                 "військ",    "ракет",  "meeting",   "minister",
                                 "border",    "troops", "talks",     "energy"};
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 5000; ++i)
    vocabulary.push_back(std::string(kStems[i % 12]) + std::to_string(i));
  std::vector<std::string> bodies;
  bodies.reserve(n);
  for (size_t d = 0; d < n; ++d) {
    std::string body;
    for (int w = 0; w < 350; ++w) {
      body += vocabulary[rng() % vocabulary.size()];
      body += w % 17 == 16 ? ". " : " ";
    }
    bodies.push_back(std::move(body));
  }
  return bodies;
}

void BM_Fingerprint(benchmark::State& state) {
  std::mt19937_64 rng(1);
  const auto bodies = MakeBodies(1000, rng);
  size_t bytes = 0, docs = 0;
  for (auto _ : state) {
    for (const auto& b : bodies) {
      benchmark::DoNotOptimize(Fingerprint(b));
      bytes += b.size();
      ++docs;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Fingerprint)->Unit(benchmark::kMillisecond);

// 100 000 fingerprints, 10% of them near-duplicates (1–3 bits flipped) of another; each is
// looked up through the four band indexes and its candidates checked, as the store does.
void BM_NearDuplicates100k(benchmark::State& state) {
  std::mt19937_64 rng(7);
  const size_t n = 100'000;
  std::vector<uint64_t> prints(n);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && rng() % 10 == 0) {
      uint64_t f = prints[rng() % i];
      for (unsigned b = rng() % 3 + 1; b > 0; --b) f ^= uint64_t{1} << (rng() % 64);
      prints[i] = f;
    } else {
      prints[i] = rng();
    }
  }
  size_t found = 0, candidates = 0;
  for (auto _ : state) {
    std::unordered_multimap<uint16_t, uint32_t> bands[4];
    for (auto& b : bands) b.reserve(n);
    found = candidates = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const auto my = Bands(prints[i]);
      bool near = false;
      for (int b = 0; b < 4 && !near; ++b) {
        auto [lo, hi] = bands[b].equal_range(my[static_cast<size_t>(b)]);
        for (auto it = lo; it != hi; ++it) {
          ++candidates;
          if (NearDuplicate(prints[i], prints[it->second])) {
            near = true;
            break;
          }
        }
      }
      found += near;
      for (int b = 0; b < 4; ++b) bands[b].emplace(my[static_cast<size_t>(b)], i);
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  state.counters["near_duplicates"] = static_cast<double>(found);
  state.counters["candidates"] = static_cast<double>(candidates);
}
BENCHMARK(BM_NearDuplicates100k)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente::crossdoc

BENCHMARK_MAIN();
