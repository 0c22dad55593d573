// entities/key_set.h — a set of one column's cells of a pack table, looked up by string_view.
//
// Open addressing over row numbers: building it allocates one array (8 bytes a slot, at most
// half full) and no node or string a key; the strings stay in the pack, which must outlive the
// set. For large tables read at start-up (lang/<code>/common_words: 250 k keys), where a node
// set costs an allocation a key to build and as much again to free.
// Thread-safety: immutable after construction.
#ifndef ENTENTE_ENTITIES_KEY_SET_H_
#define ENTENTE_ENTITIES_KEY_SET_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/units.h"
#include "knowledge/pack.h"

namespace entente {

class PackKeySet {
 public:
  PackKeySet() = default;
  PackKeySet(const Table& table, size_t column) : table_(&table), column_(column) {
    slots_.assign(std::bit_ceil(std::max<size_t>(16, table.rows() * 2)), 0);
    const size_t mask = slots_.size() - 1;
    for (size_t r = 0; r < table.rows(); ++r) {
      const uint64_t hash = KeyHash{}(table.Cell(r, column));
      size_t i = hash & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = (hash & kTag) | (r + 1);
    }
  }
  // True iff some row's cell is `key`.
  bool count(std::string_view key) const {
    if (slots_.empty()) return false;
    const uint64_t hash = KeyHash{}(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask; slots_[i]; i = (i + 1) & mask)
      if ((slots_[i] & kTag) == (hash & kTag) &&
          table_->Cell((slots_[i] & ~kTag) - 1, column_) == key)
        return true;
    return false;
  }

 private:
  static constexpr uint64_t kTag = ~uint64_t{0xFFFFFFFF};  // hash bits a slot keeps
  const Table* table_ = nullptr;
  size_t column_ = 0;
  std::vector<uint64_t> slots_;  // hash & kTag | row + 1; 0 = empty
};

}  // namespace entente

#endif  // ENTENTE_ENTITIES_KEY_SET_H_
