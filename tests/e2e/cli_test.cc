// End-to-end tests of the `entente` binary: the extract contract on the seeds, eval, exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "test_util.h"

namespace entente {
namespace {

using nlohmann::json;
using testing::EntenteBinary;
using testing::SourceDir;

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// Runs the entente binary with `args` (a shell fragment); captures stdout.
CliRun Entente(const std::string& args) {
  CliRun r;
  std::string cmd = EntenteBinary() + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::vector<json> Lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(json::parse(line));
  return lines;
}

bool IsSpanIn(const json& span, size_t size) {
  return span.is_array() && span.size() == 2 && span[0].is_number_unsigned() &&
         span[1].is_number_unsigned() && span[0].get<size_t>() <= span[1].get<size_t>() &&
         span[1].get<size_t>() <= size;
}

bool IsCharBoundary(const std::string& text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Checks one extract line against doc/OUTPUT.md; `text` is the document text spans index.
void ExpectFollowsContract(const json& line, const std::string& text) {
  static const std::set<std::string> kTypes = {
      "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
      "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT"};
  static const std::set<std::string> kModalities = {"asserted", "planned",  "intended",
                                                    "hedged",   "reported", "negated"};
  static const std::regex kCountry("[A-Z]{3}|IGO:[A-Z0-9]+|REG:[A-Z]+");
  static const std::regex kDate("\\d{4}(-\\d{2}(-\\d{2})?)?");
  for (const char* key : {"id", "lang", "date", "body", "entities", "events", "errors"})
    ASSERT_TRUE(line.contains(key)) << key;
  for (const auto& s : line["body"]) {
    ASSERT_TRUE(IsSpanIn(s, text.size())) << s;
    EXPECT_TRUE(IsCharBoundary(text, s[0]) && IsCharBoundary(text, s[1])) << s;
  }
  for (const auto& e : line["entities"]) {
    for (const char* key : {"id", "name", "kind", "country", "mentions"})
      ASSERT_TRUE(e.contains(key)) << key;
    for (const auto& m : e["mentions"]) EXPECT_TRUE(IsSpanIn(m, text.size())) << m;
  }
  for (const auto& e : line["events"]) {
    EXPECT_TRUE(kTypes.count(e["type"].get<std::string>())) << e["type"];
    EXPECT_TRUE(kModalities.count(e["modality"].get<std::string>())) << e["modality"];
    EXPECT_TRUE(std::regex_match(e["cameo"].get<std::string>(), std::regex("\\d{2,4}")))
        << e["cameo"];
    for (const char* side : {"src", "tgt"}) {
      const json& a = e[side];
      ASSERT_TRUE(a["country"].is_string()) << side;
      EXPECT_TRUE(std::regex_match(a["country"].get<std::string>(), kCountry)) << a["country"];
      ASSERT_TRUE(IsSpanIn(a["span"], text.size()));
      EXPECT_EQ(text.substr(a["span"][0], a["span"][1].get<size_t>() - a["span"][0].get<size_t>()),
                a["text"].get<std::string>());
    }
    ASSERT_TRUE(IsSpanIn(e["trigger"]["span"], text.size()));
    ASSERT_TRUE(IsSpanIn(e["sentence"], text.size()));
    if (!e["date"].is_null()) {
      EXPECT_TRUE(std::regex_match(e["date"].get<std::string>(), kDate));
    }
    EXPECT_GE(e["confidence"].get<double>(), 0.0);
    EXPECT_LE(e["confidence"].get<double>(), 1.0);
  }
}

TEST(Cli, ExtractFollowsTheContractOnTheExamples) {
  const std::string dir = SourceDir() + "/examples/pages";
  const std::string meta = SourceDir() + "/examples/meta.jsonl";
  CliRun r = Entente("extract --meta " + meta + " " + dir + "/000_511806c64c78f0e1.txt " + dir +
                     "/004_baeaea9644e7c5f9.txt");
  ASSERT_EQ(r.exit_code, 0);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "000_511806c64c78f0e1");
  EXPECT_EQ(lines[1]["id"], "004_baeaea9644e7c5f9");
  EXPECT_EQ(lines[0]["lang"], "uk");
  EXPECT_EQ(lines[1]["lang"], "ru");
  EXPECT_EQ(lines[0]["date"], "2024-03-20");
  for (size_t i = 0; i < 2; ++i) {
    std::string text = testing::ReadFile(dir + "/" + lines[i]["id"].get<std::string>() + ".txt");
    ExpectFollowsContract(lines[i], text);
    EXPECT_FALSE(lines[i]["events"].empty()) << lines[i]["id"];
    EXPECT_TRUE(lines[i]["errors"].empty());
  }
}

TEST(Cli, ParallelExtractIsIdenticalToSerial) {
  const std::string dir = SourceDir() + "/examples/pages";
  const std::string meta = SourceDir() + "/examples/meta.jsonl";
  CliRun serial = Entente("extract --jobs 1 --meta " + meta + " " + dir);
  CliRun parallel = Entente("extract --jobs 4 --meta " + meta + " " + dir);
  ASSERT_EQ(serial.exit_code, 0);
  EXPECT_EQ(serial.out, parallel.out);
}

TEST(Cli, BadDocumentsGetErrorsAndTheRunGoesOn) {
  auto dir = std::filesystem::temp_directory_path() / ("entente_cli_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "a_empty.txt") << "";
    std::ofstream(dir / "b_latin1.txt") << "caf\xe9 cr\xe8me";
    std::ofstream(dir / "c_good.txt") << "Russia and China signed an agreement in Moscow.";
    std::ofstream(dir / "d_lines.jsonl") << "{\"id\": \"ok\", \"text\": \"Iran accused Israel.\"}\n"
                                         << "{not json\n"
                                         << "{\"id\": \"ok2\", \"text\": \"Putin met Xi.\"}\n";
  }
  CliRun r = Entente("extract " + dir.string());
  EXPECT_EQ(r.exit_code, 1);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 6u);
  std::vector<std::string> ids, first_error;
  for (const auto& l : lines) {
    ids.push_back(l["id"]);
    first_error.push_back(l["errors"].empty() ? "" : l["errors"][0]["code"].get<std::string>());
  }
  EXPECT_EQ(ids,
            (std::vector<std::string>{"a_empty", "b_latin1", "c_good", "ok", "d_lines:2", "ok2"}));
  EXPECT_EQ(first_error, (std::vector<std::string>{"empty", "not_utf8", "", "", "bad_json", ""}));
  std::filesystem::remove_all(dir);
}

TEST(Cli, UsageAndIoErrorsExitWithTwo) {
  EXPECT_EQ(Entente("extract /nonexistent/path.txt").exit_code, 2);
  EXPECT_EQ(Entente("frobnicate").exit_code, 2);
  EXPECT_EQ(
      Entente("ingest --db /nonexistent/dir/x.db " + SourceDir() + "/examples/pages").exit_code, 2);
  EXPECT_EQ(Entente("events --db /nonexistent/dir/x.db").exit_code, 2);
  EXPECT_EQ(Entente("--help").exit_code, 0);
  EXPECT_EQ(Entente("extract --help").exit_code, 0);
}

TEST(Cli, IngestThenQueryAndExport) {
  auto db =
      std::filesystem::temp_directory_path() / ("entente_cli_" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(db);
  const std::string dir = SourceDir() + "/examples/pages";
  const std::string meta = SourceDir() + "/examples/meta.jsonl";
  ASSERT_EQ(Entente("ingest -q --db " + db.string() + " --meta " + meta + " " + dir).exit_code, 0);
  CliRun events = Entente("events --db " + db.string() + " --format jsonl");
  ASSERT_EQ(events.exit_code, 0);
  auto rows = Lines(events.out);
  EXPECT_FALSE(rows.empty());
  for (const auto& row : rows) EXPECT_FALSE(row["sentence_text"].get<std::string>().empty());
  CliRun graph = Entente("graph --db " + db.string() + " --format json");
  ASSERT_EQ(graph.exit_code, 0);
  EXPECT_FALSE(json::parse(graph.out).empty());
  CliRun exported = Entente("export --db " + db.string() + " --format jsonl");
  ASSERT_EQ(exported.exit_code, 0);
  auto docs = Lines(exported.out);
  ASSERT_EQ(docs.size(), 2u);
  size_t exported_events = docs[0]["events"].size() + docs[1]["events"].size();
  EXPECT_EQ(exported_events, rows.size());
  CliRun csv = Entente("export --db " + db.string() + " --format csv");
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n') >= static_cast<long>(rows.size()) + 1,
            true);
  std::filesystem::remove(db);
}

TEST(Cli, EvalOnTheSeedsReportsFigures) {
  ENTENTE_REQUIRE_SHARED();
  CliRun r = Entente("eval --json " + testing::SharedDir() + "/gold/seeds.jsonl");
  ASSERT_EQ(r.exit_code, 0);
  json report = json::parse(r.out);
  EXPECT_EQ(report["documents"], 2);
  EXPECT_EQ(report["lang_accuracy"], 1.0);
  // Floors at what the engine reaches now (see the closing notes for the figures).
  EXPECT_GE(report["body"]["precision"].get<double>(), 0.9);
  EXPECT_GE(report["body"]["recall"].get<double>(), 0.9);
  EXPECT_GE(report["events"]["recall"].get<double>(), 0.9);
  EXPECT_GE(report["events"]["precision"].get<double>(), 0.9);
}

}  // namespace
}  // namespace entente
