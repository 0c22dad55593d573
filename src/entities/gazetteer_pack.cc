// entities/gazetteer_pack.cc — the gazetteer's derived tables in the pack (see gazetteer.h).
//
// derived/gazetteer/meta       knowledge: a fingerprint of the entities and titles the indexes
//                              point into (their count and a hash of their ids and roles)
// derived/gazetteer/names      lang, key (units' keys joined by '\x1f'), entries (8 bytes each:
//                              kind, flags (1 need_cap, 2 all_caps), cut, 0, index as LE u32)
// derived/gazetteer/phonetic   id, entity (decimal; 4294967295 = several entities)
// derived/gazetteer/skeletons  skeleton, person (the same)
#include <xxhash.h>

#include <algorithm>
#include <charconv>

#include "entities/gazetteer.h"

namespace entente {
namespace {

constexpr size_t kEntryBytes = 8;

std::string EncodeEntries(const std::vector<Entry>& entries) {
  std::string out;
  out.reserve(entries.size() * kEntryBytes);
  for (const Entry& e : entries) {
    out.push_back(static_cast<char>(e.kind));
    out.push_back(static_cast<char>((e.need_cap ? 1 : 0) | (e.all_caps ? 2 : 0)));
    out.push_back(static_cast<char>(e.cut));
    out.push_back(0);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((e.index >> (8 * i)) & 0xFF));
  }
  return out;
}

bool DecodeEntries(std::string_view bytes, std::vector<Entry>& out) {
  if (bytes.empty() || bytes.size() % kEntryBytes != 0) return false;
  out.resize(bytes.size() / kEntryBytes);
  for (size_t i = 0; i < out.size(); ++i) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data() + i * kEntryBytes);
    if (b[0] > static_cast<unsigned char>(EntryKind::kTitle)) return false;
    out[i].kind = static_cast<EntryKind>(b[0]);
    out[i].need_cap = b[1] & 1;
    out[i].all_caps = b[1] & 2;
    out[i].cut = b[2];
    out[i].index =
        uint32_t{b[4]} | uint32_t{b[5]} << 8 | uint32_t{b[6]} << 16 | uint32_t{b[7]} << 24;
  }
  return true;
}

template <class V>
std::vector<std::pair<std::string_view, const V*>> Sorted(
    const std::unordered_map<std::string, V, KeyHash, std::equal_to<>>& map) {
  std::vector<std::pair<std::string_view, const V*>> out;
  out.reserve(map.size());
  for (const auto& [k, v] : map) out.emplace_back(k, &v);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string Gazetteer::KnowledgeFingerprint() const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  auto add = [&](std::string_view s) { XXH3_64bits_update(state, s.data(), s.size() + 1); };
  for (const KbEntity& e : entities_) add(e.id);
  for (const TitleInfo& t : titles_) add(t.role);
  for (const std::string& l : langs_) add(l);
  const uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  char hex[17];
  auto end = std::to_chars(hex, hex + 16, hash, 16).ptr;
  return std::to_string(entities_.size()) + ":" + std::to_string(titles_.size()) + ":" +
         std::string(hex, end);
}

void Gazetteer::AddDerivedTables(PackBuilder& builder) const {
  builder.AddTable("derived/gazetteer/meta", {"knowledge"}, {{KnowledgeFingerprint()}});
  std::vector<std::vector<std::string>> rows;
  for (const auto& [lang, dict] : dicts_)
    for (const auto& [key, entries] : Sorted(dict.names))
      rows.push_back({lang, std::string(key), EncodeEntries(*entries)});
  builder.AddTable("derived/gazetteer/names", {"lang", "key", "entries"}, std::move(rows));
  for (const auto& [name, column, map] :
       {std::tuple{"derived/gazetteer/phonetic", "entity", &phonetic_},
        std::tuple{"derived/gazetteer/skeletons", "person", &skeletons_}}) {
    rows.clear();
    for (const auto& [key, value] : Sorted(*map))
      rows.push_back({std::string(key), std::to_string(*value)});
    builder.AddTable(name, {"id", column}, std::move(rows));
  }
}

Status Gazetteer::LoadDerivedTables(const Pack& pack) {
  const Status corrupt = Status::Error("data pack: malformed derived/gazetteer tables: rebuild it");
  const Table* meta = pack.Find("derived/gazetteer/meta");
  const Table* names = pack.Find("derived/gazetteer/names");
  if (!meta || meta->rows() != 1 || !names || names->columns().size() != 3) return corrupt;
  if (meta->Cell(0, 0) != KnowledgeFingerprint())
    return Status::Error(
        "data pack: derived/gazetteer was derived from other knowledge than the pack's: "
        "rebuild it");
  // Rows are sorted by language: each language's names are one run, its map sized once.
  Dict* dict = nullptr;
  std::string_view dict_lang;
  std::vector<Entry> entries;
  for (size_t r = 0; r < names->rows(); ++r) {
    if (!dict || names->Cell(r, 0) != dict_lang) {
      dict_lang = names->Cell(r, 0);
      auto d = dicts_.find(dict_lang);
      if (d == dicts_.end()) return corrupt;
      dict = &d->second;
      size_t run = r + 1;
      while (run < names->rows() && names->Cell(run, 0) == dict_lang) ++run;
      dict->names.reserve(run - r);
    }
    const std::string_view key = names->Cell(r, 1);
    if (!DecodeEntries(names->Cell(r, 2), entries)) return corrupt;
    for (const Entry& e : entries)
      if (e.index >= (e.kind == EntryKind::kTitle ? titles_.size() : entities_.size()))
        return corrupt;
    const size_t first_end = std::min(key.find('\x1f'), key.size());
    dict->first.Raise(Hash{}(key.substr(0, first_end)),
                      static_cast<uint32_t>(1 + std::count(key.begin(), key.end(), '\x1f')));
    dict->names.emplace(std::string(key), entries);
  }
  for (const auto& [name, map] : {std::pair{"derived/gazetteer/phonetic", &phonetic_},
                                  std::pair{"derived/gazetteer/skeletons", &skeletons_}}) {
    const Table* t = pack.Find(name);
    if (!t || t->columns().size() != 2) return corrupt;
    map->reserve(t->rows());
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string_view value = t->Cell(r, 1);
      uint32_t v = 0;
      if (std::from_chars(value.data(), value.data() + value.size(), v).ec != std::errc() ||
          (v >= entities_.size() && v != kSeveral))
        return corrupt;
      map->emplace(std::string(t->Cell(r, 0)), v);
    }
  }
  return Status();
}

}  // namespace entente
