// Golden tests: tests/golden/cases/*.test, each
//
//   # what the case is about
//   date: 2024-03-20          (header lines "key: value": date, source, lang)
//   ----
//   input text ...
//   ----
//   expected rendering (see Render)
//
// The whole engine runs on the input; its rendering must equal the expected section. After a
// deliberate change, regenerate with ENTENTE_UPDATE_GOLDEN=1 and review the diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "entente/engine.h"
#include "test_util.h"

namespace entente {
namespace {

struct Case {
  std::string path, header, input, expected;
  std::map<std::string, std::string> meta;
};

Case Parse(const std::string& path) {
  Case c;
  c.path = path;
  std::string all = testing::ReadFile(path);
  size_t first = all.find("\n----\n");
  size_t second = first == std::string::npos ? first : all.find("\n----\n", first + 6);
  if (second == std::string::npos) {
    ADD_FAILURE() << path << ": needs a header, input and expected section split by ----";
    return c;
  }
  c.header = all.substr(0, first);
  c.input = all.substr(first + 6, second - first - 6);
  c.expected = all.substr(second + 6);
  std::istringstream h(c.header);
  for (std::string line; std::getline(h, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(": ");
    if (colon != std::string::npos) c.meta[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return c;
}

std::string Render(const Doc& doc) {
  std::ostringstream out;
  out << "lang " << doc.lang << "\n";
  for (const DocError& e : doc.errors) out << "error " << e.code << "\n";
  for (const Entity& e : doc.entities)
    out << "entity " << e.id << " " << (e.country.empty() ? "-" : e.country) << " " << e.kind
        << " \"" << doc.Slice(e.mentions.front()) << "\" x" << e.mentions.size() << "\n";
  for (const Event& e : doc.events)
    out << "event " << (e.src.country.empty() ? "-" : e.src.country) << " " << e.type << " "
        << e.cameo << " " << (e.tgt.country.empty() ? "-" : e.tgt.country) << " "
        << ModalityName(e.modality) << " " << (e.date.empty() ? "-" : e.date) << " \""
        << e.trigger_text << "\"\n";
  return out.str();
}

TEST(Golden, Cases) {
  auto engine = Engine::Create(Options{});
  ASSERT_TRUE(engine.ok()) << engine.error();
  const bool update = std::getenv("ENTENTE_UPDATE_GOLDEN") != nullptr;
  std::vector<std::string> paths;
  for (const auto& f : std::filesystem::directory_iterator(testing::SourceDir() + "/tests/golden/cases"))
    if (f.path().extension() == ".test") paths.push_back(f.path().string());
  std::sort(paths.begin(), paths.end());
  ASSERT_FALSE(paths.empty());
  for (const std::string& path : paths) {
    Case c = Parse(path);
    Doc doc;
    doc.id = std::filesystem::path(path).stem().string();
    doc.text = c.input;
    doc.date = c.meta["date"];
    doc.source = c.meta["source"];
    doc.lang_hint = c.meta["lang"];
    engine->Process(doc);
    std::string got = Render(doc);
    if (update) {
      std::ofstream(path, std::ios::binary) << c.header << "\n----\n" << c.input << "\n----\n" << got;
      continue;
    }
    EXPECT_EQ(got, c.expected) << "golden case " << path
                               << " differs (ENTENTE_UPDATE_GOLDEN=1 regenerates; review the diff)";
  }
}

}  // namespace
}  // namespace entente
