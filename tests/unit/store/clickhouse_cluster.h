// tests/unit/store/clickhouse_cluster.h — a real two-shard ClickHouse cluster for the tests of
// this process (scripts/cluster-up under its own folder and ports, stopped at the end), one
// database per test.
//
// Tests skip (with the reason) only when clickhouse-server is not installed; if it is, a cluster
// that does not start fails them.
#ifndef ENTENTE_TESTS_UNIT_STORE_CLICKHOUSE_CLUSTER_H_
#define ENTENTE_TESTS_UNIT_STORE_CLICKHOUSE_CLUSTER_H_

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "unit/store/store_fixture.h"

namespace entente::testing {

inline bool ClickHouseInstalled() {
  for (const char* p : {"/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server",
                        "/usr/local/bin/clickhouse-server"}) {
    if (std::filesystem::exists(p)) return true;
  }
  return std::system("command -v clickhouse-server >/dev/null 2>&1") == 0;
}

inline bool PortFree(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

// A port base (scripts/cluster-up uses base + 0, 1, 9, 10, 22, 23, 24) whose ports are free:
// ENTENTE_TEST_CLUSTER_PORT_BASE, else one of 18300, 18330, ... picked by process id.
inline int PickPortBase() {
  if (const char* env = std::getenv("ENTENTE_TEST_CLUSTER_PORT_BASE")) return std::atoi(env);
  for (int k = 0; k < 20; ++k) {
    const int base = 18300 + 30 * static_cast<int>((getpid() + k) % 20);
    bool free = true;
    for (int off : {0, 1, 9, 10, 22, 23, 24}) free = free && PortFree(base + off);
    if (free) return base;
  }
  return 18300;
}

class ClickHouseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!ClickHouseInstalled()) return;
    dir_ = "/tmp/entente_chtest_" + std::to_string(getpid());
    const std::string env = "ENTENTE_CLUSTER_DIR=" + dir_ +
                            " ENTENTE_CLUSTER_PORT_BASE=" + std::to_string(PickPortBase()) + " ";
    // The servers keep running in the background; their output goes to a file, not to a pipe
    // that would keep system() waiting.
    const std::string log = "/tmp/entente_chtest_" + std::to_string(getpid()) + ".log";
    const int rc =
        std::system((env + ENTENTE_SOURCE_DIR "/scripts/cluster-up >" + log + " 2>&1").c_str());
    std::ifstream in(log);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("clickhouse://", 0) == 0) url_ = line;
    }
    if (rc != 0) url_.clear();
    down_ = env + ENTENTE_SOURCE_DIR "/scripts/cluster-down >/dev/null 2>&1";
    std::filesystem::remove(log);
  }
  static void TearDownTestSuite() {
    if (!down_.empty()) (void)std::system(down_.c_str());
    down_.clear();
    url_.clear();
  }
  void SetUp() override {
    if (!ClickHouseInstalled()) GTEST_SKIP() << "clickhouse-server is not installed";
    ASSERT_FALSE(url_.empty()) << "scripts/cluster-up did not start a cluster under " << dir_;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    db_ = std::string("t_") + info->name();
    dir_sqlite_ = std::filesystem::temp_directory_path() /
                  ("entente_chtest_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_sqlite_);
    std::filesystem::create_directories(dir_sqlite_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_sqlite_.empty()) std::filesystem::remove_all(dir_sqlite_, ec);
  }

  // The cluster's URL with database `db` (default: this test's own).
  std::string Url(const std::string& db = "") const {
    const size_t slash = url_.rfind('/');
    const size_t q = url_.find('?', slash);
    return url_.substr(0, slash + 1) + (db.empty() ? db_ : db) + url_.substr(q);
  }
  // The HTTP address of shard `i`, as in the URL.
  std::string Host(size_t i) const {
    std::string hosts = url_.substr(13, url_.rfind('/') - 13);
    for (size_t k = 0; k < i; ++k) hosts = hosts.substr(hosts.find(',') + 1);
    return hosts.substr(0, hosts.find(','));
  }
  std::unique_ptr<Store> Open(const std::string& location,
                              Store::Mode mode = Store::Mode::kReadWrite) {
    auto store = Store::Open(location, mode);
    EXPECT_TRUE(store.ok()) << location << ": " << store.error();
    return store ? std::move(*store) : nullptr;
  }
  std::string SqlitePath(const std::string& name) const { return (dir_sqlite_ / name).string(); }

  static inline std::string url_, down_, dir_;
  std::string db_;
  std::filesystem::path dir_sqlite_;
};

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_CLICKHOUSE_CLUSTER_H_
