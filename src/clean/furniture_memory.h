// clean/furniture_memory.h — lines that recur across documents of one site are page furniture.
//
//   FurnitureMemory memory;                       // shared by all threads of a run
//   uint64_t h = FurnitureMemory::LineHash("Лента новостей RT");
//   if (memory.Count("rt.com", h) >= FurnitureMemory::kMinDocs) ...   // seen in 3+ earlier docs
//   memory.Record("rt.com", {h, ...});            // once per document, distinct lines
//
// Counts are of documents, not occurrences. Order-dependent: a document only sees the documents
// recorded before it, so the first pages of a site in a run get no help, and results can differ
// between runs that process documents in different orders or on different threads.
// Bounded: at most `capacity` (site, line) entries in 16 shards; a full shard first forgets the
// lines seen once, and is cleared when that frees less than a quarter of it.
// Thread-safety: all methods are safe to call concurrently (one mutex per shard).
#ifndef ENTENTE_CLEAN_FURNITURE_MEMORY_H_
#define ENTENTE_CLEAN_FURNITURE_MEMORY_H_

#include <array>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente {

class FurnitureMemory {
 public:
  static constexpr uint32_t kMinDocs = 3;
  explicit FurnitureMemory(size_t capacity = size_t{1} << 18);
  // Hash of a line after case folding (ASCII and Cyrillic/Greek/Latin via ICU), digits → 0 and
  // runs of white space → one space, so "Updated 12:30" and "Updated 14:05" count as one line.
  static uint64_t LineHash(std::string_view line);
  // Number of recorded documents of `site` that had this line.
  uint32_t Count(std::string_view site, uint64_t line_hash) const;
  // Records one document's distinct line hashes for `site` (duplicates in the list count once).
  void Record(std::string_view site, std::vector<uint64_t> line_hashes);
  size_t size() const;

 private:
  static constexpr size_t kShards = 16;
  struct Shard {
    mutable std::mutex mu;
    std::unordered_map<uint64_t, uint32_t> counts;
  };
  static uint64_t Key(std::string_view site, uint64_t line_hash);
  size_t shard_capacity_;
  std::array<Shard, kShards> shards_;
};

}  // namespace entente

#endif  // ENTENTE_CLEAN_FURNITURE_MEMORY_H_
