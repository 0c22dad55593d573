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
    std::vector<std::string> cells;
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (cells.size() < 2 || cells.size() > 4)
      return Status::Error(corpus_path + ":" + std::to_string(number) +
                           ": expected `path<TAB>story[<TAB>date[<TAB>part]]`");
    cells.resize(4);
    const fs::path path = fs::path(cells[0]).is_absolute() ? fs::path(cells[0]) : base / cells[0];
    const std::string& story = cells[1];
    const std::string& date = cells[2];
    const std::string part = cells[3].empty() ? path.parent_path().filename().string() : cells[3];
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
    out.push_back({path.stem().string(), story, part, date, text.str()});
  }
  return out;
}

}  // namespace entente
