// `entente serve` over real HTTP: binding, keep-alive, methods, limits, the access log and a clean
// stop on SIGTERM. The API's answers themselves are tested in tests/unit/serve.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

namespace fs = std::filesystem;

class ServeE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_serve_e2e_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "seeds.db").string();
    const std::string ingest = std::string(ENTENTE_BINARY) + " ingest --quiet --db " + db_ +
                               " --meta " ENTENTE_SOURCE_DIR
                               "/examples/meta.jsonl " ENTENTE_SOURCE_DIR "/examples/pages";
    ASSERT_EQ(std::system(ingest.c_str()), 0) << ingest;
  }
  void TearDown() override {
    Stop();
    fs::remove_all(dir_);
  }

  // Starts the server on a free port; fills port_ from its first line of output.
  void Start(const std::vector<std::string>& extra = {}) {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], 1);
      close(out[0]);
      std::vector<std::string> args = {
          ENTENTE_BINARY, "serve", "--db",         db_,
          "--port",       "0",     "--access-log", (dir_ / "access.log").string()};
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    FILE* f = fdopen(out[0], "r");
    char line[256] = {0};
    ASSERT_NE(fgets(line, sizeof line, f), nullptr) << "the server printed nothing";
    fclose(f);
    first_line_ = line;
    size_t colon = first_line_.rfind(':');
    port_ = std::stoi(first_line_.substr(colon + 1));
  }
  // SIGTERM; returns the exit status (or -1 when it was not running).
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }

  fs::path dir_;
  std::string db_, first_line_;
  pid_t pid_ = -1;
  int port_ = 0;
};

TEST_F(ServeE2E, ServesTheApiOnLoopbackAndStopsCleanly) {
  Start();
  EXPECT_EQ(first_line_.rfind("listening on http://127.0.0.1:", 0), 0u) << first_line_;
  httplib::Client client("127.0.0.1", port_);
  client.set_keep_alive(true);
  for (int i = 0; i < 20; ++i) {  // one connection, many requests
    auto r = client.Get("/api/graph");
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    ASSERT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
    auto j = nlohmann::json::parse(r->body);
    EXPECT_GE(j["edges"].size(), 4u);
  }
  auto bad = client.Get("/api/events?limit=nope");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("parameter 'limit'"), std::string::npos);
  auto post = client.Post("/api/graph", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto big = client.Post("/api/graph", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413) << "request bodies are limited";
  auto long_uri = client.Get(("/api/search?q=" + std::string(20000, 'a')).c_str());
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  auto missing = client.Get("/api/nope");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);

  int status = Stop();
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  std::ifstream log(dir_ / "access.log");
  std::stringstream lines;
  lines << log.rdbuf();
  EXPECT_NE(lines.str().find("\"GET /api/graph\" 200 "), std::string::npos) << lines.str();
  EXPECT_NE(lines.str().find("\"GET /api/events?limit=nope\" 400 "), std::string::npos);
}

TEST_F(ServeE2E, APortInUseIsAnErrorNotASharedPort) {
  Start();
  const std::string cmd = std::string(ENTENTE_BINARY) + " serve --db " + db_ + " --port " +
                          std::to_string(port_) + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) out += buf;
  int status = pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 2) << out;
  EXPECT_NE(out.find("cannot listen on 127.0.0.1:" + std::to_string(port_)), std::string::npos)
      << out;
}

TEST_F(ServeE2E, RefusesAStoreItCannotOpen) {
  const std::string cmd = std::string(ENTENTE_BINARY) + " serve --port 0 --db " +
                          (dir_ / "missing" / "x.db").string() + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) out += buf;
  int status = pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(out.find("x.db"), std::string::npos) << out;
}

}  // namespace
