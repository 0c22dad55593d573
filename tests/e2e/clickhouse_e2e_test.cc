// End-to-end: `entente` commands print the same bytes over a ClickHouse store (a two-shard
// cluster) as over the SQLite store, after two ingest processes wrote overlapping shares of the
// corpus at the same time, and after re-running ingest.
#include <cstdio>
#include <regex>
#include <thread>

#include "e2e/news_corpus.h"
#include "test_util.h"
#include "unit/store/clickhouse_cluster.h"

namespace entente::testing {
namespace {

// Runs `entente <args>` and returns its stdout (stderr goes to the test's output).
std::string Entente(const std::string& args) {
  std::string out;
  FILE* p = popen((EntenteBinary() + " " + args).c_str(), "r");
  if (!p) return "!cannot run entente";
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int rc = pclose(p);
  if (rc != 0) out += "\n!exit status " + std::to_string(rc);
  return out;
}

// "ingested N documents ...: W new, U unchanged" of an ingest run's report.
std::pair<long, long> Counts(const std::string& report) {
  std::smatch m;
  static const std::regex kReport(R"((\d+) new, (\d+) unchanged)");
  if (!std::regex_search(report, m, kReport)) return {-1, -1};
  return {std::stol(m[1]), std::stol(m[2])};
}

std::string Quoted(const std::string& s) { return "'" + s + "'"; }

TEST_F(ClickHouseTest, CommandsPrintTheSameOverBothStores) {
  const std::string first = SqlitePath("first.jsonl"), second = SqlitePath("second.jsonl");
  const std::string all = SqlitePath("all.jsonl");
  ASSERT_TRUE(WriteNewsCorpus(all, 300));
  // Two overlapping shares: documents 0-199 and 100-299.
  {
    std::ifstream in(all);
    std::ofstream a(first), b(second);
    std::string line;
    for (int i = 0; std::getline(in, line); ++i) {
      if (i < 200) a << line << "\n";
      if (i >= 100) b << line << "\n";
    }
  }
  const std::string db = SqlitePath("news.db"), ch = Url();
  Entente("ingest --quiet --db " + Quoted(db) + " " + Quoted(all) + " 2>&1");
  // Two worker processes at once, on a store neither has created yet.
  std::string r1, r2;
  std::thread t1(
      [&] { r1 = Entente("ingest --quiet --db " + Quoted(ch) + " " + Quoted(first) + " 2>&1"); });
  std::thread t2(
      [&] { r2 = Entente("ingest --quiet --db " + Quoted(ch) + " " + Quoted(second) + " 2>&1"); });
  t1.join();
  t2.join();
  EXPECT_EQ(r1.find("!exit"), std::string::npos) << r1;
  EXPECT_EQ(r2.find("!exit"), std::string::npos) << r2;
  // Re-running changes nothing.
  const auto again =
      Counts(Entente("ingest --quiet --db " + Quoted(ch) + " " + Quoted(all) + " 2>&1"));
  EXPECT_EQ(again, std::make_pair(0L, 300L));

  for (const char* command :
       {"events --format jsonl", "events --country RUS --from 2024-03 --format csv", "graph",
        "timeline RUS UKR", "stories", "framing", "export --format jsonl", "export --format csv",
        "export --format gdelt", "export --format mentions", "export --format graphml",
        "export --format gexf"}) {
    const std::string expected = Entente(std::string(command) + " --db " + Quoted(db));
    EXPECT_EQ(expected.find("!exit"), std::string::npos) << command << ": " << expected;
    EXPECT_GT(expected.size(), 100u) << command;
    EXPECT_EQ(Entente(std::string(command) + " --db " + Quoted(ch)), expected) << command;
  }
}

}  // namespace
}  // namespace entente::testing
