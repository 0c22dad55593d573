#include "datac/lexicon.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <set>

#include "analyse/analyse.h"
#include "entities/gazetteer.h"
#include "entities/units.h"
#include "knowledge/resources.h"

namespace entente {

Status AddCommonWords(const Pack& pack, const std::string& hunspell_dir, PackBuilder& builder) {
  const Table* dicts = pack.Find("lang/hunspell");
  if (!dicts) return Status();
  Resources resources;
  resources.pack = std::shared_ptr<const Pack>(&pack, [](const Pack*) {});
  MatchKeys keys(resources);
  for (size_t r = 0; r < dicts->rows(); ++r) {
    const std::string lang(dicts->Cell(r, "lang"));
    const std::string path =
        hunspell_dir + "/" + std::string(dicts->Cell(r, "dictionary")) + ".dic";
    std::ifstream in(path);
    if (!in) return Status::Error("lang/hunspell: cannot read " + path);
    std::set<std::string> common;
    std::string line;
    std::getline(in, line);  // the word count
    while (std::getline(in, line)) {
      const std::string word = line.substr(0, line.find_first_of("/\t \r"));
      if (word.empty() || IsUpperInitial(word)) continue;
      if (std::string key = keys.Key(word, lang); !key.empty()) common.insert(std::move(key));
    }
    std::vector<std::vector<std::string>> rows;
    rows.reserve(common.size());
    for (const std::string& k : common) rows.push_back({k});
    builder.AddTable("lang/" + lang + "/common_words", {"key"}, std::move(rows));
  }
  return Status();
}

Status AddGazetteerTables(const Pack& pack, PackBuilder& builder) {
  Resources resources;
  resources.pack = std::shared_ptr<const Pack>(&pack, [](const Pack*) {});
  MatchKeys keys(resources);
  auto gazetteer = Gazetteer::Build(resources, keys, Gazetteer::Derive::kNow);
  if (!gazetteer) return gazetteer.error();
  (*gazetteer)->AddDerivedTables(builder);
  return Status();
}

}  // namespace entente
