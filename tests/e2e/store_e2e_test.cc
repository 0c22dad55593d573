// End-to-end tests of `entente ingest` and the SQLite store: ingesting is idempotent, does not
// depend on thread count or on being done in parts, and a run killed half way (SIGKILL) then run
// again ends with exactly the database an uninterrupted run makes.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <thread>

#include "e2e/news_corpus.h"
#include "test_util.h"
#include "unit/store/store_fixture.h"

extern char** environ;

namespace entente::testing {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Starts `entente ingest --db db inputs... --jobs jobs --quiet` with stdout and stderr going to
// `log`; returns the child's pid, or -1.
pid_t SpawnIngest(const std::string& db, const std::vector<std::string>& inputs, int jobs,
                  const std::string& log) {
  std::vector<std::string> args = {EntenteBinary(), "ingest", "--db", db};
  args.insert(args.end(), inputs.begin(), inputs.end());
  args.insert(args.end(), {"--jobs", std::to_string(jobs), "--quiet"});
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

struct IngestRun {
  int exit_code = -1;  // -1 when it did not exit normally
  std::string log;
  long new_docs = -1, unchanged = -1;  // from the closing report, -1 when absent
};

IngestRun Ingest(const std::string& db, const std::vector<std::string>& inputs, int jobs,
                 const std::string& log) {
  IngestRun run;
  pid_t pid = SpawnIngest(db, inputs, jobs, log);
  EXPECT_GT(pid, 0) << "cannot start " << EntenteBinary();
  if (pid <= 0) return run;
  int status = 0;
  waitpid(pid, &status, 0);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.log = ReadFile(log);
  // "ingested N documents in S s (R docs/s): W new, U unchanged, F with errors; ..."
  std::smatch m;
  static const std::regex kReport(R"((\d+) new, (\d+) unchanged)");
  if (std::regex_search(run.log, m, kReport)) {
    run.new_docs = std::stol(m[1]);
    run.unchanged = std::stol(m[2]);
  }
  return run;
}

// Where two dumps first differ, for a readable failure (the dumps are megabytes).
std::string FirstDifference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  size_t line_start = a.rfind('\n', i == 0 ? 0 : i - 1);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  auto line_at = [&](const std::string& s) {
    size_t end = s.find('\n', line_start);
    return s.substr(line_start, std::min<size_t>(end - line_start, 300));
  };
  return "sizes " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) +
         "; first difference at byte " + std::to_string(i) + ":\n  A: " + line_at(a) +
         "\n  B: " + line_at(b);
}

// Stored documents, read through a separate read-only connection while a writer may be busy
// (WAL lets readers in); -1 while the database or its tables do not exist yet.
class DocumentCounter {
 public:
  explicit DocumentCounter(std::string path) : path_(std::move(path)) {}
  DocumentCounter(const DocumentCounter&) = delete;
  DocumentCounter& operator=(const DocumentCounter&) = delete;
  ~DocumentCounter() { sqlite3_close_v2(db_); }
  long Count() {
    if (!db_) {
      if (access(path_.c_str(), F_OK) != 0) return -1;
      if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db_);
        db_ = nullptr;
        return -1;
      }
      sqlite3_busy_timeout(db_, 1000);
    }
    sqlite3_stmt* st = nullptr;
    long n = -1;
    if (sqlite3_prepare_v2(db_, "SELECT count(*) FROM documents", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = static_cast<long>(sqlite3_column_int64(st, 0));
    }
    sqlite3_finalize(st);
    return n;
  }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

// Copies the first `n` lines of `from` to `to`.
void CopyLines(const std::string& from, const std::string& to, size_t n) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream out(to, std::ios::binary);
  std::string line;
  for (size_t i = 0; i < n && std::getline(in, line); ++i) out << line << '\n';
}

class IngestE2eTest : public StoreTest {};

TEST_F(IngestE2eTest, IngestingTwiceOrInPartsOrWithOtherJobsGivesTheSameDatabase) {
  constexpr size_t kDocs = 300;
  const std::string corpus = Path("corpus.jsonl");
  ASSERT_TRUE(WriteNewsCorpus(corpus, kDocs, /*seed=*/7));
  const std::string empty = Path("empty.jsonl");  // one document with no text: stored as failed
  std::ofstream(empty) << R"({"id": "empty-doc", "text": ""})" << '\n';
  const std::vector<std::string> inputs = {corpus, empty};

  IngestRun first = Ingest(Path("x.db"), inputs, 2, Path("x1.log"));
  ASSERT_TRUE(first.exit_code == 0 || first.exit_code == 1) << first.log;
  EXPECT_EQ(first.new_docs, static_cast<long>(kDocs + 1)) << first.log;
  EXPECT_EQ(first.unchanged, 0) << first.log;
  const std::string dump = DumpDatabase(Path("x.db"));
  ASSERT_EQ(dump.find("!error"), std::string::npos) << dump.substr(0, 500);
  auto stats = (*Store::Open(Path("x.db"), Store::Mode::kReadOnly))->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, kDocs + 1);
  std::cout << "[ store     ] " << stats->documents << " documents, " << stats->events
            << " events, " << stats->entities << " entities, " << stats->failed_documents
            << " failed\n";

  // Again into the same database: nothing new, nothing changed.
  IngestRun second = Ingest(Path("x.db"), inputs, 2, Path("x2.log"));
  EXPECT_TRUE(second.exit_code == 0 || second.exit_code == 1) << second.log;
  EXPECT_EQ(second.new_docs, 0) << second.log;
  EXPECT_EQ(second.unchanged, static_cast<long>(kDocs + 1)) << second.log;
  EXPECT_EQ(FirstDifference(DumpDatabase(Path("x.db")), dump), "");

  // Into a fresh database with one thread: the same rows.
  Ingest(Path("y.db"), inputs, 1, Path("y.log"));
  EXPECT_EQ(FirstDifference(DumpDatabase(Path("y.db")), dump), "");

  // In two parts, the second covering the first (as after an interruption): the same rows.
  CopyLines(corpus, Path("half.jsonl"), kDocs / 2);
  Ingest(Path("z.db"), {Path("half.jsonl")}, 2, Path("z1.log"));
  IngestRun rest = Ingest(Path("z.db"), inputs, 2, Path("z2.log"));
  EXPECT_EQ(rest.new_docs, static_cast<long>(kDocs + 1 - kDocs / 2)) << rest.log;
  EXPECT_EQ(FirstDifference(DumpDatabase(Path("z.db")), dump), "");
}

TEST_F(IngestE2eTest, KilledIngestResumesToTheSameDatabase) {
  constexpr long kDocs = 20000;
  constexpr double kKillAt = 0.3;  // share of documents committed before the kill
  constexpr int kJobs = 2;
  const auto t0 = Clock::now();
  const std::string corpus = Path("corpus.jsonl");
  ASSERT_TRUE(WriteNewsCorpus(corpus, kDocs));
  const double generate_s = SecondsSince(t0);

  // A: one uninterrupted run.
  const auto ta = Clock::now();
  IngestRun a = Ingest(Path("a.db"), {corpus}, kJobs, Path("a.log"));
  const double ingest_a_s = SecondsSince(ta);
  // Exit 1 means some documents were stored as failed; they are part of the comparison too.
  ASSERT_TRUE(a.exit_code == 0 || a.exit_code == 1) << a.log;
  ASSERT_EQ(a.new_docs, kDocs) << a.log;

  // B: killed once past kKillAt of the documents, then run again to completion. A run that
  // finishes before the poller sees kKillAt (a very fast engine on an idle machine) is retried
  // from scratch a few times before the test gives up.
  const auto tb = Clock::now();
  constexpr int kAttempts = 3;
  long seen = -1;
  int status = 0;
  bool exited = false;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(Path("b.db") + suffix);
    pid_t pid = SpawnIngest(Path("b.db"), {corpus}, kJobs, Path("b1.log"));
    ASSERT_GT(pid, 0);
    DocumentCounter counter(Path("b.db"));
    seen = -1;
    exited = false;
    const auto deadline = Clock::now() + std::chrono::seconds(150);
    while (Clock::now() < deadline) {
      seen = counter.Count();
      if (seen >= static_cast<long>(kKillAt * kDocs)) break;
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
  }
  const double until_kill_s = SecondsSince(tb);
  ASSERT_FALSE(exited) << "entente ingest finished (status " << status << ") before the kill point"
                       << " in " << kAttempts << " attempts (" << seen << " of " << kDocs
                       << " documents seen): the corpus is too small for this machine, or ingest"
                       << " writes everything in one transaction. Log:\n"
                       << ReadFile(Path("b1.log"));
  ASSERT_GE(seen, static_cast<long>(kKillAt * kDocs)) << "no progress within the deadline; log:\n"
                                                      << ReadFile(Path("b1.log"));
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "status " << status;
  const long committed = DocumentCounter(Path("b.db")).Count();  // what survived the kill
  EXPECT_GE(committed, seen);
  ASSERT_LT(committed, kDocs) << "the killed run had already stored every document";

  IngestRun resumed = Ingest(Path("b.db"), {corpus}, kJobs, Path("b2.log"));
  const double total_b_s = SecondsSince(tb);
  ASSERT_TRUE(resumed.exit_code == 0 || resumed.exit_code == 1) << resumed.log;
  EXPECT_EQ(resumed.unchanged, committed) << resumed.log;
  EXPECT_EQ(resumed.new_docs, kDocs - committed) << resumed.log;

  // The same rows, row for row, and nothing twice.
  const auto tc = Clock::now();
  const std::string dump_a = DumpDatabase(Path("a.db"));
  const std::string dump_b = DumpDatabase(Path("b.db"));
  ASSERT_EQ(dump_a.find("!error"), std::string::npos);
  EXPECT_EQ(FirstDifference(dump_a, dump_b), "");
  const std::string b = Path("b.db");
  EXPECT_EQ(RawQuery(b, "SELECT count(*) FROM documents"), std::to_string(kDocs));
  EXPECT_EQ(RawQuery(b,
                     "SELECT count(*) FROM (SELECT doc_id FROM events GROUP BY doc_id"
                     " HAVING count(*) <> max(seq) + 1 OR min(seq) <> 0)"),
            "0")
      << "every document's events are numbered 0..n-1 once";
  EXPECT_EQ(RawQuery(b,
                     "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
                     " WHERE substr(e.id, 1, 16) <> substr(d.content_hash, 1, 16)"),
            "0")
      << "event ids derive from the current content";
  EXPECT_EQ(RawQuery(b, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(RawQuery(b, "SELECT count(*) FROM pragma_foreign_key_check"), "0")
      << "no dangling rows";
  const double compare_s = SecondsSince(tc);

  auto stats = (*Store::Open(b, Store::Mode::kReadOnly))->Stats();
  std::cout << "[ crash     ] " << kDocs << " docs (" << stats->events << " events): generate "
            << generate_s << " s, ingest A " << ingest_a_s << " s, B killed at " << committed
            << " docs after " << until_kill_s << " s, B total " << total_b_s << " s, compare "
            << compare_s << " s\n";
  RecordProperty("killed_at_documents", static_cast<int>(committed));
}

}  // namespace
}  // namespace entente::testing
