#include "eval/stories_corpus.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/bsnlp.h"

namespace entente {

Expected<std::vector<StoryDoc>> LoadStoryCorpus(const std::string& corpus_path) {
  namespace fs = std::filesystem;
  std::ifstream in(corpus_path);
  if (!in) return Status::Error("cannot read story corpus " + corpus_path);
  const fs::path base = fs::path(corpus_path).parent_path();
  std::vector<StoryDoc> out;
  std::string line;
  bool header = true;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      return Status::Error(corpus_path + ":" + std::to_string(number) +
                           ": expected `path<TAB>story`");
    const fs::path path = fs::path(line.substr(0, tab)).is_absolute()
                              ? fs::path(line.substr(0, tab))
                              : base / line.substr(0, tab);
    const std::string story = line.substr(tab + 1);
    if (fs::is_directory(path)) {
      auto docs = LoadBsnlp(path.string());
      if (!docs) return docs.error();
      for (BsnlpDoc& d : *docs)
        out.push_back(
            {d.topic + "/" + d.lang + "/" + d.id, d.topic, "bsnlp", d.date, std::move(d.text)});
      continue;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file)
      return Status::Error(corpus_path + ":" + std::to_string(number) + ": cannot read " +
                           path.string());
    std::ostringstream text;
    text << file.rdbuf();
    out.push_back(
        {path.stem().string(), story, path.parent_path().filename().string(), "", text.str()});
  }
  return out;
}

}  // namespace entente
