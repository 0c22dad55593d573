#include "clean/furniture_memory.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <functional>
#include <string>

namespace entente {

FurnitureMemory::FurnitureMemory(size_t capacity)
    : shard_capacity_(std::max<size_t>(capacity / kShards, 16)) {}

uint64_t FurnitureMemory::LineHash(std::string_view line) {
  std::string norm;
  bool space = false;
  for (int32_t i = 0; i < static_cast<int32_t>(line.size());) {
    UChar32 c;
    U8_NEXT(line.data(), i, static_cast<int32_t>(line.size()), c);
    if (c < 0) continue;
    if (u_isUWhiteSpace(c)) {
      space = !norm.empty();
      continue;
    }
    if (space) norm += ' ';
    space = false;
    if (u_isdigit(c)) c = '0';
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    norm.append(buf, n);
  }
  return std::hash<std::string>{}(norm);
}

uint64_t FurnitureMemory::Key(std::string_view site, uint64_t line_hash) {
  uint64_t s = std::hash<std::string_view>{}(site);
  return line_hash ^ (s + 0x9e3779b97f4a7c15ULL + (line_hash << 6) + (line_hash >> 2));
}

uint32_t FurnitureMemory::Count(std::string_view site, uint64_t line_hash) const {
  const uint64_t key = Key(site, line_hash);
  const Shard& shard = shards_[key % kShards];
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.counts.find(key);
  return it == shard.counts.end() ? 0 : it->second;
}

void FurnitureMemory::Record(std::string_view site, std::vector<uint64_t> line_hashes) {
  std::sort(line_hashes.begin(), line_hashes.end());
  line_hashes.erase(std::unique(line_hashes.begin(), line_hashes.end()), line_hashes.end());
  for (uint64_t h : line_hashes) {
    const uint64_t key = Key(site, h);
    Shard& shard = shards_[key % kShards];
    std::lock_guard<std::mutex> lock(shard.mu);
    if (shard.counts.size() >= shard_capacity_ && !shard.counts.count(key)) {
      std::erase_if(shard.counts, [](const auto& kv) { return kv.second <= 1; });
      if (shard.counts.size() >= shard_capacity_ * 3 / 4) shard.counts.clear();
    }
    ++shard.counts[key];
  }
}

size_t FurnitureMemory::size() const {
  size_t n = 0;
  for (const Shard& s : shards_) {
    std::lock_guard<std::mutex> lock(s.mu);
    n += s.counts.size();
  }
  return n;
}

}  // namespace entente
