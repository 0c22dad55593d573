// eval of story clustering: runs the engine over a labelled corpus, clusters it the way the
// store does (stories/stories.h) and scores the clusters against the labels.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/runner.h"
#include "entente/engine.h"
#include "eval/stories_corpus.h"
#include "stories/stories.h"

namespace entente::cli {
namespace {

nlohmann::json ScoresJson(const stories::ClusterScores& s) {
  return {{"documents", s.documents},
          {"clusters", s.clusters},
          {"stories", s.classes},
          {"purity", s.purity},
          {"inverse_purity", s.inverse_purity},
          {"homogeneity", s.homogeneity},
          {"completeness", s.completeness},
          {"v_measure", s.v_measure}};
}

void PrintScores(const std::string& name, const stories::ClusterScores& s) {
  std::printf(
      "%-8s %6zu docs %5zu stories %5zu clusters  purity %.3f  inverse purity %.3f  "
      "homogeneity %.3f  completeness %.3f  V %.3f\n",
      name.c_str(), s.documents, s.classes, s.clusters, s.purity, s.inverse_purity, s.homogeneity,
      s.completeness, s.v_measure);
}

}  // namespace

int EvalStories(const std::string& corpus_path, const stories::StoryOptions& options,
                const Options& engine_options, int jobs, bool verbose, bool json) {
  auto corpus = LoadStoryCorpus(corpus_path);
  if (!corpus) {
    std::cerr << "entente: " << corpus.error().message() << "\n";
    return kExitUsage;
  }
  auto engine = Engine::Create(engine_options);
  if (!engine) {
    std::cerr << "entente: " << engine.error().message() << "\n";
    return kExitUsage;
  }
  // Each document's story terms, computed in parallel.
  std::vector<std::vector<StoryTerm>> terms(corpus->size());
  size_t next = 0;
  RunOrdered<std::pair<size_t, Doc>>(
      [&](std::pair<size_t, Doc>& item) {
        if (next == corpus->size()) return false;
        const StoryDoc& d = (*corpus)[next];
        item.first = next++;
        item.second.id = d.id;
        item.second.date = d.date;
        item.second.text = d.text;
        return true;
      },
      [&](std::pair<size_t, Doc>& item) { engine->Process(item.second); },
      [&](std::pair<size_t, Doc>& item) { terms[item.first] = std::move(item.second.story_terms); },
      jobs);

  std::vector<std::string> dates, ids;
  for (const StoryDoc& d : *corpus) dates.push_back(d.date), ids.push_back(d.id);
  const std::vector<size_t> cluster = stories::StoriesOf(terms, dates, ids, options);

  // Scores overall and per part of the corpus.
  std::map<std::string, std::pair<std::vector<size_t>, std::vector<std::string>>> parts;
  std::vector<std::string> labels;
  for (size_t i = 0; i < corpus->size(); ++i) {
    const StoryDoc& d = (*corpus)[i];
    labels.push_back(d.part + ":" + d.story);
    parts[d.part].first.push_back(cluster[i]);
    parts[d.part].second.push_back(d.story);
  }
  const stories::ClusterScores all = stories::ScoreClusters(cluster, labels);
  if (json) {
    nlohmann::json j = ScoresJson(all);
    for (const auto& [part, p] : parts)
      j["parts"][part] = ScoresJson(stories::ScoreClusters(p.first, p.second));
    j["threshold"] = options.threshold;
    j["link_threshold"] = options.link_threshold;
    j["window_days"] = options.window_days;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::printf("threshold %.2f, link %.2f, window %d days\n", options.threshold,
              options.link_threshold, options.window_days);
  PrintScores("all", all);
  for (const auto& [part, p] : parts) PrintScores(part, stories::ScoreClusters(p.first, p.second));
  if (verbose) {
    // The largest clusters: size, label mix, top terms.
    std::map<size_t, std::map<std::string, size_t>> mix;
    for (size_t i = 0; i < corpus->size(); ++i) ++mix[cluster[i]][labels[i]];
    std::vector<std::pair<size_t, size_t>> by_size;
    std::map<size_t, size_t> histogram;  // story size → stories
    for (const auto& [c, m] : mix) {
      size_t n = 0;
      for (const auto& [label, k] : m) n += k;
      by_size.push_back({n, c});
      ++histogram[n];
    }
    std::printf("stories by size:");
    for (const auto& [size, n] : histogram) std::printf(" %zu×%zu", n, size);
    std::printf("\n");
    std::sort(by_size.rbegin(), by_size.rend());
    size_t shown = 0;  // some documents left alone, with their terms
    for (size_t i = 0; i < corpus->size() && shown < 25; ++i) {
      if (mix[cluster[i]].size() != 1 || mix[cluster[i]].begin()->second != 1) continue;
      ++shown;
      std::printf("alone: %s %s (%zu terms)", (*corpus)[i].id.c_str(), (*corpus)[i].date.c_str(),
                  terms[i].size());
      for (size_t t = 0; t < terms[i].size() && t < 8; ++t)
        std::printf(" %s", terms[i][t].term.c_str());
      std::printf("\n");
    }
    for (size_t k = 0; k < by_size.size() && k < 40; ++k) {
      const size_t c = by_size[k].second;
      std::printf("story %zu (%zu docs):", c, by_size[k].first);
      for (const auto& [label, n] : mix[c]) std::printf(" %s=%zu", label.c_str(), n);
      std::printf("\n");
    }
  }
  return kExitOk;
}

}  // namespace entente::cli
