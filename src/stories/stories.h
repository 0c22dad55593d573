// stories/stories.h — articles grouped into stories across languages, without translation.
//
// A document is described by language-independent terms (its story profile):
//   "a:<entity id>"  an actor, place or organisation it names (Q-ids and codes are the same in
//                    every language), weighted by its mentions;
//   "e:<event key>"  an event it reports (crossdoc::EventKey: sides, type, status);
//   "n:<skeleton>"   a name the entities stage found but no knowledge base lists (its id is
//                    "x:" + its romanised words: Ryanair, Brexitu, Брекзіт), by the consonant
//                    skeleton of each word, so "Брекзіт", "Brexitu" and "Brexit" share "n:brks".
// The stage computes them (requires entities and events; assigns Doc::story_terms).
//
// Stories are formed in two levels, the habit of topic detection and tracking systems (and of
// the EU's NewsExplorer, which links daily clusters into stories):
// - clusters, by single-pass clustering in publication-date order: each document's terms are
//   weighted by tf·idf against the documents seen so far, and it joins the most similar cluster
//   (cosine with the cluster's centroid, the sum of its members' vectors) that is active — its
//   dates within `window_days` of the document's — when the similarity reaches `threshold`;
//   otherwise it starts a cluster. Undated documents are compatible with every cluster.
// - stories, the connected components of links between clusters: a cluster that has just taken
//   a document links to every active cluster whose centroid is within `link_threshold` of its
//   own and whose dates are within `link_window_days` of its own, so one story gathers the
//   clusters of different languages, days and months.
// The result depends on the order documents arrive in (as in every incremental clusterer);
// StoriesOf takes a whole set in one order (by date, then id), so what it gives depends only on
// the set.
//
//   StoryClusterer clusters(StoryOptions{});
//   size_t cluster = clusters.Add(doc.story_terms, doc.date);  // the cluster it joined
//   size_t story = clusters.StoryOf(cluster);                  // its story, as things stand
//
// Thread-safety: the stage is immutable; a StoryClusterer belongs to one thread.
#ifndef ENTENTE_STORIES_STORIES_H_
#define ENTENTE_STORIES_STORIES_H_

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

Expected<std::unique_ptr<Stage>> MakeStoryTermsStage(const Resources& resources);

namespace stories {

// The consonant skeleton of a romanised word (ASCII letters): ck → k, ph → f, th → t, x → ks,
// w → v, q/c → k, z → s, doubled letters once, vowels (a e i o u y j) dropped, at most four letters kept. "" when fewer
// than two consonants remain.
std::string Skeleton(std::string_view romanised);

struct StoryOptions {
  double threshold = 0.2;        // least cosine to join a cluster
  double link_threshold = 0.35;  // least cosine between centroids to link two clusters
  int window_days = 14;          // a cluster takes documents dated within this of its dates
  int link_window_days = 90;     // clusters link when their dates are within this
  size_t doc_terms = 40;         // a document keeps its heaviest terms
  size_t probe_terms = 10;       // the heaviest terms of a document (a centroid) find candidates
  size_t centroid_terms = 120;   // a cluster keeps its heaviest terms
};

// Sparse vector: (term id, weight), sorted by term id. Term ids are a StoryClusterer's own.
using TermVector = std::vector<std::pair<uint32_t, double>>;

struct Cluster {
  std::string first, last;             // YYYY-MM-DD of its dated members ("" while it has none)
  long first_day = -1, last_day = -1;  // the same as DayNumber()s
  size_t documents = 0;
  TermVector centroid;  // sum of members' normalised vectors, pruned to centroid_terms
  double norm2 = 0;     // the centroid's squared length
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryOptions options = {}) : options_(options) {}
  // Adds a document (its terms and publication date, ISO 8601 or "") and returns the index of
  // the cluster it joined or started.
  size_t Add(const std::vector<StoryTerm>& terms, const std::string& date);
  // The story of a cluster: the smallest cluster index of its component.
  size_t StoryOf(size_t cluster) const;
  const std::vector<Cluster>& clusters() const { return clusters_; }
  // A cluster's heaviest terms, heaviest first: a label for people.
  std::vector<std::string> TopTerms(size_t cluster, size_t n) const;

 private:
  // Links `cluster` to the clusters whose dates and centroids are near its own (`day`: the
  // document that changed it).
  void Link(size_t cluster, long day);
  // The clusters that hold one of `terms` and may be active at `day`, each once. Clusters whose
  // last date is more than both windows before `day` move from the postings to the archive, as
  // dated documents arrive in date order; undated documents (day < 0) see both.
  std::vector<size_t> Candidates(const std::vector<uint32_t>& terms, long day);
  // The normalised tf·idf vector of a document's terms (interning new ones), pruned to its
  // doc_terms heaviest, and those terms heaviest first.
  TermVector Weigh(const std::vector<StoryTerm>& terms, std::vector<uint32_t>& heaviest);
  // The ids of a cluster's `n` heaviest terms, heaviest first.
  std::vector<uint32_t> Heaviest(const TermVector& vector, size_t n) const;

  StoryOptions options_;
  std::vector<Cluster> clusters_;
  mutable std::vector<size_t> parent_;             // union-find over clusters
  std::unordered_map<std::string, uint32_t> ids_;  // term → id
  std::vector<std::string> names_;                 // id → term
  std::vector<size_t> df_;                         // id → documents with the term
  size_t documents_ = 0;
  std::vector<std::vector<size_t>> postings_;  // id → clusters
  std::vector<std::vector<size_t>> archive_;   // id → expired clusters
  std::vector<uint32_t> seen_;  // per cluster: the Candidates() call that last took it
  uint32_t stamp_ = 0;
};

// Clusters documents in the store's order — dated ones by date, then the undated; ties by id —
// and returns each document's story (StoryOf its cluster, after all were added), in input order.
// The three vectors are parallel.
std::vector<size_t> StoriesOf(const std::vector<std::vector<StoryTerm>>& terms,
                              const std::vector<std::string>& dates,
                              const std::vector<std::string>& ids, const StoryOptions& options);

// The day number of a YYYY-MM-DD prefix (days since 1970-01-01), or -1 when `date` has none or
// is before 1990 (feeds write 1970-01-01 for "unknown").
long DayNumber(const std::string& date);

// Clustering quality against reference labels (one per document, same order as `clusters`).
struct ClusterScores {
  size_t documents = 0, clusters = 0, classes = 0;
  double purity = 0;          // Σ over clusters of its largest class / N
  double inverse_purity = 0;  // Σ over classes of its largest cluster / N
  double homogeneity = 0, completeness = 0, v_measure = 0;  // Rosenberg & Hirschberg 2007
};
ClusterScores ScoreClusters(const std::vector<size_t>& clusters,
                            const std::vector<std::string>& labels);

}  // namespace stories
}  // namespace entente

#endif  // ENTENTE_STORIES_STORIES_H_
