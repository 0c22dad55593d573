// tests/test_util.h — shared helpers for tests: paths, the data pack, ../shared.
#ifndef ENTENTE_TESTS_TEST_UTIL_H_
#define ENTENTE_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "knowledge/pack.h"
#include "knowledge/resources.h"

namespace entente::testing {

inline std::string SourceDir() { return ENTENTE_SOURCE_DIR; }
inline std::string SharedDir() { return ENTENTE_SHARED_DIR; }
inline bool HaveShared() { return std::filesystem::exists(SharedDir() + "/gold/seeds.jsonl"); }
inline std::string EntenteBinary() { return ENTENTE_BINARY; }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Resources over this build's compiled data pack (fails the test if it is missing).
inline Resources TestResources() {
  Resources r;
  auto pack = Pack::Load(ENTENTE_TEST_PACK);
  EXPECT_TRUE(pack.ok()) << pack.error();
  if (pack) r.pack = *pack;
  return r;
}

}  // namespace entente::testing

// Use at the top of a test that reads ../shared.
#define ENTENTE_REQUIRE_SHARED()                                                         \
  do {                                                                                   \
    if (!::entente::testing::HaveShared())                                               \
      GTEST_SKIP() << "../shared not found at " << ::entente::testing::SharedDir()       \
                   << ": skipping a test that needs the shared reference data";          \
  } while (0)

#endif  // ENTENTE_TESTS_TEST_UTIL_H_
