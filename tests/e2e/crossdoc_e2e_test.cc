// Across documents, through the whole engine: one meeting reported by outlets in Ukrainian,
// Russian and English plus a syndicated copy is one event with its mentions, articles and
// independent sources counted right; a syndicated copy of a seed page adds mentions to the
// GDELT export but not event rows.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string RunCommand(const std::string& cmd) {
  FILE* p = popen((cmd + " 2>/dev/null").c_str(), "r");
  std::string out;
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << cmd;
  return out;
}

std::vector<std::vector<std::string>> Tsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> row;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      row.push_back(line.substr(start, tab - start));
    }
    row.push_back(line.substr(start));
    rows.push_back(std::move(row));
  }
  return rows;
}

class CrossDocE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_crossdoc_e2e_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "news");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }
  std::string Entente(const std::string& args) {
    return RunCommand(std::string(ENTENTE_BINARY) + " " + args);
  }
  fs::path dir_;
};

constexpr const char* kUk =
    "Путін провів переговори з Ердоганом в Анкарі\n\n"
    "Президент Туреччини Реджеп Таїп Ердоган 14 травня 2024 року зустрівся в Анкарі з російським "
    "диктатором Володимиром Путіним. Сторони обговорили постачання газу, війну в Україні та "
    "ситуацію на Близькому Сході. Ердоган запропонував Туреччину як майданчик для переговорів. "
    "Після зустрічі лідери підписали меморандум про співпрацю в енергетиці.\n";

TEST_F(CrossDocE2E, OneMeetingManyOutletsLanguagesAndACopy) {
  Write(dir_ / "news" / "uk_ukrinform.txt", kUk);
  Write(dir_ / "news" / "uk_copy.txt", std::string(kUk) + "\nФото: AP\n");
  Write(dir_ / "news" / "ru_tass.txt",
        "Путин и Эрдоган провели переговоры в Анкаре\n\n"
        "Президент России Владимир Путин 14 мая 2024 года встретился в Анкаре с президентом "
        "Турции Реджепом Тайипом Эрдоганом. Стороны обсудили поставки газа и ситуацию на Ближнем "
        "Востоке. По итогам встречи лидеры подписали меморандум о сотрудничестве в энергетике.\n");
  Write(dir_ / "news" / "en_reuters.txt",
        "Erdogan hosts Putin in Ankara for energy talks\n\n"
        "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Ankara on May "
        "14, 2024, to discuss gas supplies and the war in Ukraine. Erdogan offered Turkey as a "
        "venue for peace talks. The two leaders signed a memorandum on energy cooperation after "
        "the meeting.\n");
  Write(dir_ / "meta.jsonl",
        "{\"id\": \"uk_ukrinform\", \"date\": \"2024-05-14\", \"source\": \"Укрінформ\"}\n"
        "{\"id\": \"ru_tass\", \"date\": \"2024-05-14\", \"source\": \"ТАСС\"}\n"
        "{\"id\": \"en_reuters\", \"date\": \"2024-05-15\", \"source\": \"Reuters\"}\n"
        "{\"id\": \"uk_copy\", \"date\": \"2024-05-15\", \"source\": \"Регіональні новини\"}\n");
  const std::string db = (dir_ / "news.db").string();
  Entente("ingest -q --db " + db + " --meta " + (dir_ / "meta.jsonl").string() + " " +
          (dir_ / "news").string());

  // The meeting is one CONSULT event between Russia and Turkey: four articles by four outlets,
  // of which three are independent (the copy counts for its original).
  auto graph = nlohmann::json::parse(Entente("graph --format json --db " + db));
  nlohmann::json edge;
  for (const auto& e : graph)
    if (e["a"] == "RUS" && e["b"] == "TUR") edge = e;
  ASSERT_FALSE(edge.is_null()) << graph.dump(2);
  EXPECT_EQ(edge["by_type"]["CONSULT"], 1) << edge.dump(2);
  EXPECT_EQ(edge["documents"], 4);
  EXPECT_EQ(edge["sources"], 4);
  EXPECT_EQ(edge["independent"], 3);
  EXPECT_GT(edge["mentions"].get<int>(), edge["events"].get<int>());

  // In GDELT's layout: one CONSULT row, NumMentions ≥ 4, NumSources 4, NumArticles 4.
  int consult_rows = 0;
  for (const auto& row : Tsv(Entente("export --format gdelt --db " + db))) {
    ASSERT_EQ(row.size(), 61u);
    if (row[28] != "04") continue;  // EventRootCode
    ++consult_rows;
    EXPECT_GE(std::stoi(row[31]), 4) << "NumMentions";
    EXPECT_EQ(row[32], "4") << "NumSources";
    EXPECT_EQ(row[33], "4") << "NumArticles";
  }
  EXPECT_EQ(consult_rows, 1);

  // The pair's timeline: one month, cooperative.
  auto months = nlohmann::json::parse(Entente("timeline RUS TUR --format json --db " + db));
  ASSERT_EQ(months.size(), 1u) << months.dump(2);
  EXPECT_EQ(months[0]["month"], "2024-05");
  EXPECT_EQ(months[0]["events"], edge["events"]);
  EXPECT_EQ(months[0]["independent"], 3);
  EXPECT_GT(months[0]["alliance_index"].get<double>(), 0.5);
}

TEST_F(CrossDocE2E, ASyndicatedCopyOfASeedAddsMentionsNotEvents) {
  const std::string examples = std::string(ENTENTE_SOURCE_DIR) + "/examples";
  const std::string alone = (dir_ / "alone.db").string(), copied = (dir_ / "copied.db").string();
  Entente("ingest -q --db " + alone + " --meta " + examples + "/meta.jsonl " + examples + "/pages");
  fs::copy(examples + "/pages", dir_ / "pages");
  fs::copy(examples + "/pages/000_511806c64c78f0e1.txt", dir_ / "pages" / "syndicated.txt");
  std::ifstream meta_in(examples + "/meta.jsonl");
  std::stringstream meta;
  meta
      << meta_in.rdbuf()
      << "{\"id\": \"syndicated\", \"date\": \"2024-03-22\", \"source\": \"A syndicating site\"}\n";
  Write(dir_ / "meta.jsonl", meta.str());
  Entente("ingest -q --db " + copied + " --meta " + (dir_ / "meta.jsonl").string() + " " +
          (dir_ / "pages").string());

  const auto events_alone = Tsv(Entente("export --format gdelt --db " + alone));
  const auto events_copied = Tsv(Entente("export --format gdelt --db " + copied));
  ASSERT_FALSE(events_alone.empty());
  EXPECT_EQ(events_copied.size(), events_alone.size()) << "the copy is no new event";
  const auto mentions_alone = Tsv(Entente("export --format mentions --db " + alone));
  const auto mentions_copied = Tsv(Entente("export --format mentions --db " + copied));
  EXPECT_GT(mentions_copied.size(), mentions_alone.size()) << "but it adds mentions";
  // Same events, same ids: GLOBALEVENTID does not change when a copy arrives.
  std::set<std::string> ids_alone, ids_copied;
  for (const auto& r : events_alone) ids_alone.insert(r[0]);
  for (const auto& r : events_copied) ids_copied.insert(r[0]);
  EXPECT_EQ(ids_alone, ids_copied);
}

}  // namespace
