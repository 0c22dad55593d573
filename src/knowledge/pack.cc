#include "knowledge/pack.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>

namespace entente {
namespace {

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutString(std::string& out, std::string_view s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

// Bounds-checked reader over the pack bytes.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) {}
  bool U32(uint32_t& v) {
    if (bytes_.size() - pos_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i)
      v |= uint32_t(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return true;
  }
  bool String(std::string_view& s) {
    uint32_t n = 0;
    if (!U32(n) || bytes_.size() - pos_ < n) return false;
    s = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  // Skips a length-prefixed string, giving the offset of its prefix.
  bool StringAt(uint32_t& offset) {
    offset = static_cast<uint32_t>(pos_);
    uint32_t n = 0;
    if (!U32(n) || bytes_.size() - pos_ < n) return false;
    pos_ += n;
    return true;
  }
  bool Skip(size_t n) {
    if (bytes_.size() - pos_ < n) return false;
    pos_ += n;
    return true;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

int Table::ColumnIndex(std::string_view column) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return static_cast<int>(i);
  return -1;
}

std::string_view Table::Cell(size_t row, std::string_view column) const {
  int c = ColumnIndex(column);
  return c < 0 ? std::string_view() : Cell(row, static_cast<size_t>(c));
}

Expected<std::shared_ptr<const Pack>> Pack::Load(const std::string& path) {
  // Read in one piece into a buffer of the file's size: a stream copy would hold the bytes twice.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::Error("cannot open data pack " + path);
  const std::streamoff size = in.tellg();
  std::string bytes(size > 0 ? static_cast<size_t>(size) : 0, '\0');
  in.seekg(0);
  if (size < 0 || !in.read(bytes.data(), size))
    return Status::Error("cannot read data pack " + path);
  auto pack = FromBytes(std::move(bytes));
  if (!pack) return Status::Error(path + ": " + pack.error().message());
  return pack;
}

Expected<std::shared_ptr<const Pack>> Pack::FromBytes(std::string bytes) {
  auto pack = std::make_shared<Pack>();
  pack->bytes_ = std::move(bytes);
  std::string_view all(pack->bytes_);
  if (all.size() > std::numeric_limits<uint32_t>::max())
    return Status::Error("data pack over 4 GiB");
  if (all.size() < 8 || std::memcmp(all.data(), kPackMagic, 8) != 0)
    return Status::Error("not an entente data pack (bad magic)");
  Cursor cur(all);
  cur.Skip(8);
  uint32_t version = 0, ntables = 0;
  if (!cur.U32(version) || version != kPackVersion)
    return Status::Error("data pack version " + std::to_string(version) + ", expected " +
                         std::to_string(kPackVersion) + ": rebuild it");
  if (!cur.U32(ntables)) return Status::Error("truncated data pack");
  for (uint32_t t = 0; t < ntables; ++t) {
    std::string_view name;
    uint32_t ncols = 0, nrows = 0;
    if (!cur.String(name) || !cur.U32(ncols) || !cur.U32(nrows) || ncols == 0)
      return Status::Error("truncated data pack");
    Table table;
    table.columns_.resize(ncols);
    for (auto& c : table.columns_)
      if (!cur.String(c)) return Status::Error("truncated data pack");
    table.base_ = all.data();
    table.cells_.resize(size_t(ncols) * nrows);
    for (uint32_t& c : table.cells_)
      if (!cur.StringAt(c)) return Status::Error("truncated data pack");
    pack->tables_.emplace(std::string(name), std::move(table));
  }
  return std::shared_ptr<const Pack>(std::move(pack));
}

const Table* Pack::Find(std::string_view name) const {
  auto it = tables_.find(name);
  return it == tables_.end() ? nullptr : &it->second;
}

std::vector<std::string> Pack::TableNames(std::string_view prefix) const {
  std::vector<std::string> names;
  for (const auto& [name, table] : tables_)
    if (std::string_view(name).substr(0, prefix.size()) == prefix) names.push_back(name);
  return names;
}

std::vector<Pack::GroupTable> Pack::FindGroup(std::string_view prefix,
                                              std::string_view suffix) const {
  std::vector<GroupTable> out;
  for (const auto& [name, table] : tables_) {
    std::string_view n = name;
    if (n.size() <= prefix.size() + suffix.size() || !n.starts_with(prefix) || !n.ends_with(suffix))
      continue;
    std::string_view group = n.substr(prefix.size(), n.size() - prefix.size() - suffix.size());
    if (group.find('/') == std::string_view::npos) out.push_back({std::string(group), &table});
  }
  return out;
}

Status PackBuilder::AddTsv(std::string name, std::string_view tsv) {
  RawTable table;
  size_t line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      cells.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (table.columns.empty()) {
      table.columns = std::move(cells);
      continue;
    }
    if (cells.size() != table.columns.size())
      return Status::Error(name + ":" + std::to_string(line_no) + ": " +
                           std::to_string(cells.size()) + " cells, header has " +
                           std::to_string(table.columns.size()));
    table.rows.push_back(std::move(cells));
  }
  if (table.columns.empty()) return Status::Error(name + ": no header line");
  tables_[std::move(name)] = std::move(table);
  return Status();
}

void PackBuilder::AddTable(std::string name, std::vector<std::string> columns,
                           std::vector<std::vector<std::string>> rows) {
  tables_[std::move(name)] = RawTable{std::move(columns), std::move(rows)};
}

std::string PackBuilder::Serialize() const {
  std::string out(kPackMagic, 8);
  PutU32(out, kPackVersion);
  PutU32(out, static_cast<uint32_t>(tables_.size()));
  for (const auto& [name, table] : tables_) {
    PutString(out, name);
    PutU32(out, static_cast<uint32_t>(table.columns.size()));
    PutU32(out, static_cast<uint32_t>(table.rows.size()));
    for (const auto& c : table.columns) PutString(out, c);
    for (const auto& row : table.rows)
      for (const auto& c : row) PutString(out, c);
  }
  return out;
}

std::string DefaultPackPath() {
  if (const char* env = std::getenv("ENTENTE_DATA"); env && *env) return env;
  return ENTENTE_DEFAULT_PACK;
}

}  // namespace entente
