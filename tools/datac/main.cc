// entente-datac DATA_DIR OUT_PACK — compiles the human-edited data/ folder into one pack.
// Every data/**/*.tsv becomes a table named by its path without ".tsv"; generated tables are
// added (knowledge/generate.h). Exits 1 with "file:line: message" on malformed data.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "datac/lexicon.h"
#include "knowledge/generate.h"
#include "knowledge/pack.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 3) {
    std::cerr << "usage: entente-datac DATA_DIR OUT_PACK\n";
    return 2;
  }
  const fs::path root = argv[1];
  entente::PackBuilder builder;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".tsv")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string name = fs::relative(file, root).replace_extension().generic_string();
    if (auto st = builder.AddTsv(name, ss.str()); !st.ok()) {
      std::cerr << "entente-datac: " << st.message() << "\n";
      return 1;
    }
  }
  if (auto st = entente::AddGeneratedTables(root.string(), builder); !st.ok()) {
    std::cerr << "entente-datac: " << st.message() << "\n";
    return 1;
  }
  // Tables keyed with the language layer: built from the pack so far.
  {
    auto pack = entente::Pack::FromBytes(builder.Serialize());
    if (!pack) {
      std::cerr << "entente-datac: " << pack.error().message() << "\n";
      return 1;
    }
    const char* dir = std::getenv("ENTENTE_HUNSPELL_DIR");
    if (auto st = entente::AddCommonWords(**pack, dir ? dir : "/usr/share/hunspell", builder);
        !st.ok()) {
      std::cerr << "entente-datac: " << st.message() << "\n";
      return 1;
    }
    // The gazetteer's keyed names and phonetic indexes, so that loading only reads them; from
    // a pack with the common words (a subdivision's name that is one is left out).
    pack = entente::Pack::FromBytes(builder.Serialize());
    if (!pack) {
      std::cerr << "entente-datac: " << pack.error().message() << "\n";
      return 1;
    }
    if (auto st = entente::AddGazetteerTables(**pack, builder); !st.ok()) {
      std::cerr << "entente-datac: " << st.message() << "\n";
      return 1;
    }
  }
  fs::create_directories(fs::path(argv[2]).parent_path());
  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << builder.Serialize();
    if (!out) {
      std::cerr << "entente-datac: cannot write " << tmp << "\n";
      return 1;
    }
  }
  fs::rename(tmp, argv[2]);
  std::cout << "entente-datac: " << files.size() << " data files → " << argv[2] << "\n";
  return 0;
}
