// store/store_common.h — what every Store implementation computes the same way, in C++: the text
// a document is fingerprinted and searched by, byte slices as SQLite's substr cuts them, the
// graph's aggregation of mentions into edges, and stories from profiles.
#ifndef ENTENTE_STORE_STORE_COMMON_H_
#define ENTENTE_STORE_STORE_COMMON_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace entente {

// Event ids: "<first 16 hex of the document's content hash>-<index in the document>", the index
// zero-padded to 4 digits so that ids of one document sort in document order.
std::string EventId(std::string_view content_hash, size_t index);

// The text a document is fingerprinted by: its body spans, each followed by a newline, else (no
// body found) all its text.
std::string BodyText(const std::string& text, const std::vector<Span>& body);
// The bytes [begin, end) of `text`, clipped to it ("" when begin is past its end or end <= begin).
std::string SliceBytes(std::string_view text, uint32_t begin, uint32_t end);
// What search indexes of a document: its title (the first body span; "" without a body) and its
// body text (the body spans joined by newlines).
std::string SearchTitle(const Doc& doc);
std::string SearchBody(const Doc& doc);

// PLOVER types counted as cooperation in GraphEdge.
bool IsCooperation(std::string_view type);

// One mention as the graph counts it: an undirected pair (a < b), its month ("" unless by
// month), and what distinguishes events, documents and sources.
struct GraphMention {
  std::string a, b, month, type, cameo;
  std::string cluster, doc_id, source;
  std::string independent;  // its chain head's outlet, or "doc:<head id>" without one
};
// The edges of these mentions (GraphEdge says what each count is), ordered as SortEdges does.
std::vector<GraphEdge> EdgesOf(const std::vector<GraphMention>& mentions, size_t limit);
// Most events first (by month: months in order, then most events), ties by pair; then the
// first `limit` (0 = all).
void SortEdges(std::vector<GraphEdge>& edges, size_t limit);

// Groups profiles (in any order) into stories as Store::Stories returns them.
std::vector<StoredStory> StoriesOfProfiles(std::vector<DocProfile> profiles);

// Entities of a document in order of first mention, as the pipeline finds them.
void SortByFirstMention(std::vector<Entity>& entities);

}  // namespace entente

#endif  // ENTENTE_STORE_STORE_COMMON_H_
