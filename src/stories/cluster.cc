// stories — single-pass story clustering and its scores (see stories.h for the contracts).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "stories/stories.h"

namespace entente::stories {
namespace {

// Normalised tf·idf vector of a document's terms, pruned to its `keep` heaviest.
TermVector Weigh(const std::vector<StoryTerm>& terms,
                 const std::unordered_map<std::string, size_t>& df, size_t documents, size_t keep) {
  std::vector<std::pair<double, const std::string*>> weighted;
  for (const StoryTerm& t : terms) {
    auto it = df.find(t.term);
    const double n = it == df.end() ? 1.0 : static_cast<double>(it->second);
    weighted.push_back({t.weight * std::log(1.0 + static_cast<double>(documents) / n), &t.term});
  }
  std::sort(weighted.begin(), weighted.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && *a.second < *b.second);
  });
  if (weighted.size() > keep) weighted.resize(keep);
  double norm = 0;
  for (const auto& [w, term] : weighted) norm += w * w;
  TermVector out;
  if (norm <= 0) return out;
  norm = std::sqrt(norm);
  for (const auto& [w, term] : weighted) out[*term] = w / norm;
  return out;
}

double Cosine(const TermVector& doc, const TermVector& centroid) {
  double dot = 0, norm = 0;
  for (const auto& [term, w] : centroid) norm += w * w;
  if (norm <= 0) return 0;
  for (const auto& [term, w] : doc)
    if (auto it = centroid.find(term); it != centroid.end()) dot += w * it->second;
  return dot / std::sqrt(norm);  // `doc` is unit length
}

bool Active(const Cluster& story, long day, int window) {
  if (day < 0 || story.first.empty()) return true;
  return day >= DayNumber(story.first) - window && day <= DayNumber(story.last) + window;
}

// Whether two clusters' date ranges come within `window` days of each other (an undated cluster
// meets every cluster).
bool Meet(const Cluster& a, const Cluster& b, int window) {
  if (a.first.empty() || b.first.empty()) return true;
  return DayNumber(a.first) - window <= DayNumber(b.last) &&
         DayNumber(b.first) - window <= DayNumber(a.last);
}

double Entropy(const std::map<std::string, size_t>& counts, double n) {
  double h = 0;
  for (const auto& [k, c] : counts)
    if (c) h -= (c / n) * std::log(c / n);
  return h;
}

}  // namespace

std::string Skeleton(std::string_view romanised) {
  std::string spelled;
  for (size_t i = 0; i < romanised.size(); ++i) {
    const char c = romanised[i];
    const char next = i + 1 < romanised.size() ? romanised[i + 1] : '\0';
    if (c < 'a' || c > 'z') continue;
    if (c == 'c' && next == 'k') continue;        // "ck" is one k
    if ((c == 'p' || c == 't') && next == 'h') {  // ph → f, th → t
      spelled += c == 'p' ? 'f' : 't';
      ++i;
      continue;
    }
    switch (c) {
      case 'x':
        spelled += "ks";
        break;
      case 'w':
        spelled += 'v';
        break;
      case 'q':
      case 'c':
        spelled += 'k';
        break;
      case 'z':
        spelled += 's';
        break;
      default:
        spelled += c;
    }
  }
  std::string out;
  char previous = '\0';
  for (char c : spelled) {
    if (c == previous) continue;  // doubled letters once
    previous = c;
    if (std::string_view("aeiouyj").find(c) != std::string_view::npos) continue;
    if (out.size() < 4) out += c;
  }
  return out.size() >= 2 ? out : "";
}

long DayNumber(const std::string& date) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') return -1;
  int y = 0, m = 0, d = 0;
  for (int i : {0, 1, 2, 3}) y = y * 10 + (date[i] - '0');
  m = (date[5] - '0') * 10 + (date[6] - '0');
  d = (date[8] - '0') * 10 + (date[9] - '0');
  if (y < 1990 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                        std::chrono::day(d)};
  if (!ymd.ok()) return -1;
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

std::vector<std::string> Cluster::TopTerms(size_t n) const {
  std::vector<std::pair<double, std::string>> terms;
  for (const auto& [term, w] : centroid) terms.push_back({-w, term});
  std::sort(terms.begin(), terms.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < terms.size() && i < n; ++i) out.push_back(terms[i].second);
  return out;
}

size_t StoryClusterer::Add(const std::vector<StoryTerm>& terms, const std::string& date) {
  ++documents_;
  for (const StoryTerm& t : terms) ++df_[t.term];
  const TermVector vector = Weigh(terms, df_, documents_, options_.doc_terms);
  const long day = DayNumber(date);

  // Candidates share a term with the document; the best active one above the threshold wins
  // (ties to the older story).
  std::vector<size_t> candidates;
  for (const auto& [term, w] : vector)
    if (auto it = postings_.find(term); it != postings_.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  size_t best = clusters_.size();
  double best_score = options_.threshold;
  for (size_t s : candidates) {
    if (!Active(clusters_[s], day, options_.window_days)) continue;
    const double score = Cosine(vector, clusters_[s].centroid);
    if (score >= best_score && (best == clusters_.size() || score > best_score)) {
      best = s;
      best_score = score;
    }
  }
  if (best == clusters_.size()) clusters_.emplace_back();
  if (best == parent_.size()) parent_.push_back(best);
  Cluster& story = clusters_[best];
  ++story.documents;
  if (day >= 0) {
    const std::string d = date.substr(0, 10);
    if (story.first.empty() || d < story.first) story.first = d;
    if (story.last.empty() || d > story.last) story.last = d;
  }
  for (const auto& [term, w] : vector) story.centroid[term] += w;
  if (story.centroid.size() > options_.centroid_terms) {
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [term, w] : story.centroid) ranked.push_back({-w, term});
    std::nth_element(ranked.begin(), ranked.begin() + options_.centroid_terms, ranked.end());
    for (size_t i = options_.centroid_terms; i < ranked.size(); ++i)
      story.centroid.erase(ranked[i].second);
  }
  for (const auto& [term, w] : vector) {
    if (!story.centroid.contains(term)) continue;
    std::vector<size_t>& list = postings_[term];
    if (list.empty() || list.back() != best) list.push_back(best);
  }
  Link(best);
  return best;
}

size_t StoryClusterer::StoryOf(size_t cluster) const {
  while (parent_[cluster] != cluster) cluster = parent_[cluster] = parent_[parent_[cluster]];
  return cluster;
}

void StoryClusterer::Link(size_t cluster) {
  const Cluster& self = clusters_[cluster];
  std::vector<size_t> candidates;
  for (const std::string& term : self.TopTerms(options_.doc_terms))
    if (auto it = postings_.find(term); it != postings_.end())
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  double norm = 0;
  for (const auto& [term, w] : self.centroid) norm += w * w;
  if (norm <= 0) return;
  TermVector unit = self.centroid;
  for (auto& [term, w] : unit) w /= std::sqrt(norm);
  for (size_t other : candidates) {
    if (other == cluster || StoryOf(other) == StoryOf(cluster)) continue;
    if (!Meet(self, clusters_[other], options_.link_window_days)) continue;
    if (Cosine(unit, clusters_[other].centroid) < options_.link_threshold) continue;
    const size_t a = StoryOf(cluster), b = StoryOf(other);
    parent_[std::max(a, b)] = std::min(a, b);
  }
}

std::vector<size_t> StoriesOf(const std::vector<std::vector<StoryTerm>>& terms,
                              const std::vector<std::string>& dates,
                              const std::vector<std::string>& ids, const StoryOptions& options) {
  std::vector<size_t> order(terms.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto sort_key = [&](size_t i) {
    const bool dated = DayNumber(dates[i]) >= 0;
    return std::make_tuple(!dated, dated ? dates[i].substr(0, 10) : std::string(), ids[i]);
  };
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return sort_key(a) < sort_key(b); });
  StoryClusterer clusterer(options);
  std::vector<size_t> story(terms.size());
  for (size_t i : order) story[i] = clusterer.Add(terms[i], dates[i]);
  for (size_t& s : story) s = clusterer.StoryOf(s);
  return story;
}

ClusterScores ScoreClusters(const std::vector<size_t>& clusters,
                            const std::vector<std::string>& labels) {
  ClusterScores out;
  const size_t n = std::min(clusters.size(), labels.size());
  out.documents = n;
  if (n == 0) return out;
  std::map<size_t, std::map<std::string, size_t>> by_cluster;
  std::map<std::string, std::map<size_t, size_t>> by_class;
  std::map<std::string, size_t> class_sizes;
  std::map<std::string, size_t> cluster_sizes;
  for (size_t i = 0; i < n; ++i) {
    ++by_cluster[clusters[i]][labels[i]];
    ++by_class[labels[i]][clusters[i]];
    ++class_sizes[labels[i]];
    ++cluster_sizes[std::to_string(clusters[i])];
  }
  out.clusters = by_cluster.size();
  out.classes = by_class.size();
  const double total = static_cast<double>(n);
  size_t pure = 0, inverse = 0;
  double h_class_given_cluster = 0, h_cluster_given_class = 0;
  for (const auto& [cluster, classes] : by_cluster) {
    size_t largest = 0, size = 0;
    for (const auto& [label, c] : classes) largest = std::max(largest, c), size += c;
    pure += largest;
    for (const auto& [label, c] : classes)
      h_class_given_cluster -= (c / total) * std::log(static_cast<double>(c) / size);
  }
  for (const auto& [label, members] : by_class) {
    size_t largest = 0, size = 0;
    for (const auto& [cluster, c] : members) largest = std::max(largest, c), size += c;
    inverse += largest;
    for (const auto& [cluster, c] : members)
      h_cluster_given_class -= (c / total) * std::log(static_cast<double>(c) / size);
  }
  out.purity = pure / total;
  out.inverse_purity = inverse / total;
  const double h_class = Entropy(class_sizes, total), h_cluster = Entropy(cluster_sizes, total);
  out.homogeneity = h_class > 0 ? 1 - h_class_given_cluster / h_class : 1;
  out.completeness = h_cluster > 0 ? 1 - h_cluster_given_class / h_cluster : 1;
  const double sum = out.homogeneity + out.completeness;
  out.v_measure = sum > 0 ? 2 * out.homogeneity * out.completeness / sum : 0;
  return out;
}

}  // namespace entente::stories
