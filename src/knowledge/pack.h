// knowledge/pack.h — the compiled data pack: every table from data/ in one binary file.
//
// Knowledge and language behaviour live in data/ as human-edited TSV files (a header line
// naming the columns, `#` comments, blank lines ignored). At build time tools/datac validates
// them, adds generated tables (e.g. state names from ICU) and writes one pack file:
//   "ENTEPACK" magic, u32 format version, u32 table count, then per table its name, column
//   names and cells as length-prefixed UTF-8 strings (little-endian u32 lengths).
// A table's name is its path under data/ without ".tsv": "lang/uk/abbreviations".
// Tables under derived/ are no data/ file: stages' indexes that datac computes with the
// engine's own code so that loading only reads them (derived/gazetteer/*: every knowledge name's
// keys and phonetic ids, entities/gazetteer_pack.cc). Version 2 packs carry them; a cell may
// hold any bytes.
//
//   auto pack = Pack::Load("build/data/entente.pack");
//   if (const Table* t = pack->Find("lang/uk/abbreviations"))
//     for (size_t r = 0; r < t->rows(); ++r) use(t->Cell(r, "abbr"));
//
// Thread-safety: a loaded Pack is immutable and safe to share between threads.
#ifndef ENTENTE_KNOWLEDGE_PACK_H_
#define ENTENTE_KNOWLEDGE_PACK_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

inline constexpr char kPackMagic[8] = {'E', 'N', 'T', 'E', 'P', 'A', 'C', 'K'};
inline constexpr uint32_t kPackVersion = 2;

static_assert(std::endian::native == std::endian::little, "Table::Cell reads LE lengths");

// A table of strings. Cells are views into the owning Pack's buffer.
class Table {
 public:
  size_t rows() const { return cells_.size() / (columns_.empty() ? 1 : columns_.size()); }
  const std::vector<std::string_view>& columns() const { return columns_; }
  // Returns the index of `column`, or -1 iff the table has no such column.
  int ColumnIndex(std::string_view column) const;
  std::string_view Cell(size_t row, size_t col) const {
    const char* cell = base_ + cells_[row * columns_.size() + col];
    uint32_t size = 0;
    std::memcpy(&size, cell, 4);
    return {cell + 4, size};
  }
  // Returns "" iff the table has no such column.
  std::string_view Cell(size_t row, std::string_view column) const;

 private:
  friend class Pack;
  std::vector<std::string_view> columns_;
  // Each cell's offset in the pack's bytes, where its length prefix is (Load checked it): a
  // quarter of the memory of a view per cell.
  const char* base_ = nullptr;
  std::vector<uint32_t> cells_;
};

class Pack {
 public:
  static Expected<std::shared_ptr<const Pack>> Load(const std::string& path);
  static Expected<std::shared_ptr<const Pack>> FromBytes(std::string bytes);
  // Returns nullptr iff there is no table called `name`.
  const Table* Find(std::string_view name) const;
  // Names of all tables starting with `prefix`, sorted.
  std::vector<std::string> TableNames(std::string_view prefix = "") const;
  // Tables named prefix + <group> + suffix, sorted by name, with their group: ("core", table)
  // for "kb/people/" + "core" + "/roles", ("uk", table) for "lang/" + "uk" + "/titles".
  struct GroupTable {
    std::string group;
    const Table* table;
  };
  std::vector<GroupTable> FindGroup(std::string_view prefix, std::string_view suffix) const;

 private:
  std::string bytes_;
  std::map<std::string, Table, std::less<>> tables_;
};

// Builds a pack in memory; used by tools/datac and by tests.
class PackBuilder {
 public:
  // Parses TSV text (header + rows). Fails with "name:line: message" on a row whose cell
  // count differs from the header's, or on a missing header.
  Status AddTsv(std::string name, std::string_view tsv);
  void AddTable(std::string name, std::vector<std::string> columns,
                std::vector<std::vector<std::string>> rows);
  std::string Serialize() const;

 private:
  struct RawTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
  };
  std::map<std::string, RawTable> tables_;
};

// Where the default pack lives: $ENTENTE_DATA if set, else the build-time path.
std::string DefaultPackPath();

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_PACK_H_
