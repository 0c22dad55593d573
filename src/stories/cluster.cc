// stories — single-pass story clustering and its scores (see stories.h for the contracts).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "stories/stories.h"

namespace entente::stories {
namespace {

// Cosine of a unit-length vector with a cluster's centroid (both sorted by term id).
double Cosine(const TermVector& unit, const Cluster& cluster) {
  if (cluster.norm2 <= 0) return 0;
  double dot = 0;
  auto a = unit.begin();
  auto b = cluster.centroid.begin();
  while (a != unit.end() && b != cluster.centroid.end()) {
    if (a->first < b->first) {
      ++a;
    } else if (b->first < a->first) {
      ++b;
    } else {
      dot += a->second * b->second;
      ++a, ++b;
    }
  }
  return dot / std::sqrt(cluster.norm2);
}

// a += b, both sorted by term id.
void AddInto(TermVector& a, const TermVector& b) {
  TermVector out;
  out.reserve(a.size() + b.size());
  auto x = a.begin();
  auto y = b.begin();
  while (x != a.end() || y != b.end()) {
    if (y == b.end() || (x != a.end() && x->first < y->first)) {
      out.push_back(*x++);
    } else if (x == a.end() || y->first < x->first) {
      out.push_back(*y++);
    } else {
      out.push_back({x->first, x->second + y->second});
      ++x, ++y;
    }
  }
  a = std::move(out);
}

bool Active(const Cluster& cluster, long day, int window) {
  if (day < 0 || cluster.first_day < 0) return true;
  return day >= cluster.first_day - window && day <= cluster.last_day + window;
}

// Whether two clusters' date ranges come within `window` days of each other (an undated cluster
// meets every cluster).
bool Meet(const Cluster& a, const Cluster& b, int window) {
  if (a.first_day < 0 || b.first_day < 0) return true;
  return a.first_day - window <= b.last_day && b.first_day - window <= a.last_day;
}

// Documents grouped one way, each group split by the other way: group → key → documents.
using Grouping = std::map<std::string, std::map<std::string, size_t>>;

struct GroupingMeasures {
  size_t largest = 0;      // Σ over groups of their largest key's documents
  double conditional = 0;  // H(key | group)
  double entropy = 0;      // H(group)
};

GroupingMeasures Measure(const Grouping& groups, double total) {
  GroupingMeasures m;
  for (const auto& [group, keys] : groups) {
    size_t largest = 0, size = 0;
    for (const auto& [key, c] : keys) largest = std::max(largest, c), size += c;
    m.largest += largest;
    for (const auto& [key, c] : keys)
      m.conditional -= (c / total) * std::log(static_cast<double>(c) / static_cast<double>(size));
    m.entropy -= (size / total) * std::log(size / total);
  }
  return m;
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

TermVector StoryClusterer::Weigh(const std::vector<StoryTerm>& terms,
                                 std::vector<uint32_t>& heaviest) {
  std::vector<std::pair<double, uint32_t>> weighted;
  for (const StoryTerm& t : terms) {
    auto [it, added] = ids_.try_emplace(t.term, static_cast<uint32_t>(names_.size()));
    if (added) {
      names_.push_back(t.term);
      df_.push_back(0);
      postings_.emplace_back();
      archive_.emplace_back();
    }
    const uint32_t id = it->second;
    ++df_[id];
    weighted.push_back({t.weight, id});
  }
  for (auto& [w, id] : weighted)
    w *= std::log(1.0 + static_cast<double>(documents_) / static_cast<double>(df_[id]));
  // Heaviest first; ties by term, so the result does not depend on interning order.
  std::sort(weighted.begin(), weighted.end(), [&](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && names_[a.second] < names_[b.second]);
  });
  if (weighted.size() > options_.doc_terms) weighted.resize(options_.doc_terms);
  double norm = 0;
  for (const auto& [w, id] : weighted) norm += w * w;
  TermVector out;
  heaviest.clear();
  if (norm <= 0) return out;
  norm = std::sqrt(norm);
  for (const auto& [w, id] : weighted) {
    out.push_back({id, w / norm});
    heaviest.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<uint32_t> StoryClusterer::Heaviest(const TermVector& vector, size_t n) const {
  std::vector<std::pair<double, uint32_t>> ranked;
  for (const auto& [id, w] : vector) ranked.push_back({w, id});
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && names_[a.second] < names_[b.second]);
  });
  std::vector<uint32_t> out;
  for (size_t i = 0; i < ranked.size() && i < n; ++i) out.push_back(ranked[i].second);
  return out;
}

std::vector<std::string> StoryClusterer::TopTerms(size_t cluster, size_t n) const {
  std::vector<std::string> out;
  for (uint32_t id : Heaviest(clusters_[cluster].centroid, n)) out.push_back(names_[id]);
  return out;
}

std::vector<size_t> StoryClusterer::Candidates(const std::vector<uint32_t>& terms, long day) {
  const long horizon = std::max(options_.window_days, options_.link_window_days);
  seen_.resize(clusters_.size(), 0);
  ++stamp_;
  std::vector<size_t> out;
  auto take = [&](size_t c) {
    if (seen_[c] == stamp_) return;
    seen_[c] = stamp_;
    out.push_back(c);
  };
  for (uint32_t term : terms) {
    std::vector<size_t>& list = postings_[term];
    size_t kept = 0;
    for (size_t c : list) {
      const Cluster& cluster = clusters_[c];
      if (day >= 0 && cluster.last_day >= 0 && cluster.last_day + horizon < day) {
        archive_[term].push_back(c);  // never active again for a dated document
        continue;
      }
      list[kept++] = c;
      take(c);
    }
    list.resize(kept);
    if (day < 0)
      for (size_t c : archive_[term]) take(c);
  }
  return out;
}

size_t StoryClusterer::Add(const std::vector<StoryTerm>& terms, const std::string& date) {
  ++documents_;
  std::vector<uint32_t> heaviest;
  const TermVector vector = Weigh(terms, heaviest);
  const long day = DayNumber(date);

  // The document's heaviest (rarest) terms find the candidates: a cluster that shares only
  // common terms with it could hardly reach the threshold, and theirs are the long postings.
  // The best active candidate at or above the threshold wins (ties to the older cluster).
  if (heaviest.size() > options_.probe_terms) heaviest.resize(options_.probe_terms);
  std::vector<size_t> candidates = Candidates(heaviest, day);
  std::sort(candidates.begin(), candidates.end());
  size_t best = clusters_.size();
  double best_score = options_.threshold;
  for (size_t c : candidates) {
    if (!Active(clusters_[c], day, options_.window_days)) continue;
    const double score = Cosine(vector, clusters_[c]);
    if (score >= best_score && (best == clusters_.size() || score > best_score)) {
      best = c;
      best_score = score;
    }
  }
  if (best == clusters_.size()) clusters_.emplace_back();
  if (best == parent_.size()) parent_.push_back(best);
  Cluster& cluster = clusters_[best];
  ++cluster.documents;
  if (day >= 0) {
    const std::string d = date.substr(0, 10);
    if (cluster.first_day < 0 || day < cluster.first_day)
      cluster.first = d, cluster.first_day = day;
    if (day > cluster.last_day) cluster.last = d, cluster.last_day = day;
  }
  AddInto(cluster.centroid, vector);
  if (cluster.centroid.size() > options_.centroid_terms) {
    std::vector<uint32_t> keep = Heaviest(cluster.centroid, options_.centroid_terms);
    std::sort(keep.begin(), keep.end());
    std::erase_if(cluster.centroid, [&](const auto& entry) {
      return !std::binary_search(keep.begin(), keep.end(), entry.first);
    });
  }
  cluster.norm2 = 0;
  for (const auto& [id, w] : cluster.centroid) cluster.norm2 += w * w;
  for (const auto& [id, w] : vector) {
    if (!std::binary_search(cluster.centroid.begin(), cluster.centroid.end(),
                            std::make_pair(id, 0.0),
                            [](const auto& a, const auto& b) { return a.first < b.first; }))
      continue;
    std::vector<size_t>& list = postings_[id];
    if (list.empty() || list.back() != best) list.push_back(best);  // repeats are harmless
  }
  Link(best, day);
  return best;
}

size_t StoryClusterer::StoryOf(size_t cluster) const {
  while (parent_[cluster] != cluster) cluster = parent_[cluster] = parent_[parent_[cluster]];
  return cluster;
}

void StoryClusterer::Link(size_t cluster, long day) {
  const Cluster& self = clusters_[cluster];
  if (self.norm2 <= 0) return;
  TermVector unit = self.centroid;
  for (auto& [id, w] : unit) w /= std::sqrt(self.norm2);
  for (size_t other : Candidates(Heaviest(self.centroid, options_.probe_terms), day)) {
    if (other == cluster || StoryOf(other) == StoryOf(cluster)) continue;
    if (!Meet(self, clusters_[other], options_.link_window_days)) continue;
    if (Cosine(unit, clusters_[other]) < options_.link_threshold) continue;
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
  Grouping by_cluster, by_class;  // cluster → class → documents, and the other way round
  for (size_t i = 0; i < n; ++i) {
    const std::string cluster = std::to_string(clusters[i]);
    ++by_cluster[cluster][labels[i]];
    ++by_class[labels[i]][cluster];
  }
  out.clusters = by_cluster.size();
  out.classes = by_class.size();
  const double total = static_cast<double>(n);
  const GroupingMeasures clustered = Measure(by_cluster, total),
                         labelled = Measure(by_class, total);
  out.purity = static_cast<double>(clustered.largest) / total;
  out.inverse_purity = static_cast<double>(labelled.largest) / total;
  out.homogeneity = labelled.entropy > 0 ? 1 - clustered.conditional / labelled.entropy : 1;
  out.completeness = clustered.entropy > 0 ? 1 - labelled.conditional / clustered.entropy : 1;
  const double sum = out.homogeneity + out.completeness;
  out.v_measure = sum > 0 ? 2 * out.homogeneity * out.completeness / sum : 0;
  return out;
}

}  // namespace entente::stories
