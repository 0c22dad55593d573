// crossdoc/chains.cc — report chains and real-world events over a whole set of documents.
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "crossdoc/crossdoc.h"

namespace entente::crossdoc {

bool Earlier(const Fingerprinted& a, const Fingerprinted& b) {
  const std::string& pa = a.pub_date.empty() ? "~" : a.pub_date;
  const std::string& pb = b.pub_date.empty() ? "~" : b.pub_date;
  return std::tie(pa, a.id) < std::tie(pb, b.id);
}

std::vector<size_t> ChainHeads(const std::vector<Fingerprinted>& docs) {
  std::vector<size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Near-duplicates share a band exactly (Bands), so only documents with a common band value
  // are compared.
  for (size_t band = 0; band < 4; ++band) {
    std::unordered_map<uint16_t, std::vector<size_t>> by_value;
    for (size_t i = 0; i < docs.size(); ++i) {
      if (docs[i].simhash != 0) by_value[Bands(docs[i].simhash)[band]].push_back(i);
    }
    for (const auto& [value, group] : by_value) {
      for (size_t x = 0; x < group.size(); ++x) {
        for (size_t y = x + 1; y < group.size(); ++y) {
          const size_t i = group[x], j = group[y];
          if (find(i) != find(j) && NearDuplicate(docs[i].simhash, docs[j].simhash))
            parent[find(i)] = find(j);
        }
      }
    }
  }
  std::map<size_t, size_t> head;  // component root → earliest member
  for (size_t i = 0; i < docs.size(); ++i) {
    auto [it, fresh] = head.try_emplace(find(i), i);
    if (!fresh && Earlier(docs[i], docs[it->second])) it->second = i;
  }
  std::vector<size_t> out(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) out[i] = head[find(i)];
  return out;
}

std::vector<std::string> GatherEvents(const std::vector<KeyedMention>& mentions) {
  std::vector<std::string> out(mentions.size());
  std::map<std::string, std::vector<size_t>> by_key;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].key.empty()) {
      out[i] = ClusterIds("", {{mentions[i].mention.id, "", ""}})[0];
    } else {
      by_key[mentions[i].key].push_back(i);
    }
  }
  for (const auto& [key, members] : by_key) {
    std::vector<Mention> list;
    list.reserve(members.size());
    for (size_t i : members) list.push_back(mentions[i].mention);
    const std::vector<std::string> ids = ClusterIds(key, list);
    for (size_t k = 0; k < members.size(); ++k) out[members[k]] = ids[k];
  }
  return out;
}

}  // namespace entente::crossdoc
