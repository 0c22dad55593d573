// Opening the SQLite store: schema versions, migrations, modes and clear errors.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>
#include <vector>

#include "store/sqlite_store.h"
#include "test_util.h"
#include "unit/store/store_fixture.h"

namespace entente::testing {
namespace {

::testing::AssertionResult Mentions(const Status& s, const std::string& needle) {
  if (s.message().find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "'" << s.message() << "' does not mention '" << needle << "'";
}

Doc SmallDoc() {
  Doc d;
  d.id = "x";
  d.text = "Putin met Xi.";
  d.lang = "en";
  return d;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(StoreSchema, MigrationsReachTheCurrentVersion) {
  EXPECT_EQ(schema::Migrations().size(), static_cast<size_t>(Store::kSchemaVersion));
  for (const auto& step : schema::Migrations()) EXPECT_FALSE(step.empty());
}

TEST_F(StoreTest, NewFileGetsTheCurrentSchema) {
  ASSERT_TRUE(OpenRw("new.db"));
  const std::string path = Path("new.db");
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(Store::kSchemaVersion));
  EXPECT_EQ(RawQuery(path, "PRAGMA application_id"), std::to_string(schema::kApplicationId));
  EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery(path,
                     "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema"
                     " WHERE type = 'table' ORDER BY name)"),
            "document_errors,documents,documents_fts,documents_fts_config,documents_fts_content,"
            "documents_fts_data,documents_fts_docsize,documents_fts_idx,entities,event_days,events,"
            "fingerprints,framing,mentions,sources,story_terms");
  // Reopening an up-to-date database changes nothing.
  const std::string before = DumpDatabase(path);
  ASSERT_TRUE(OpenRw("new.db"));
  EXPECT_EQ(DumpDatabase(path), before);
}

TEST_F(StoreTest, MigratesAnEmptyFile) {
  WriteFile(Path("empty.db"), "");
  auto store = OpenRw("empty.db");
  ASSERT_TRUE(store);
  EXPECT_EQ(RawQuery(Path("empty.db"), "PRAGMA user_version"),
            std::to_string(Store::kSchemaVersion));
  ASSERT_TRUE(store->Write({SmallDoc()}).ok());
  EXPECT_EQ(store->Stats()->documents, 1u);
}

// Regression: workers started together used to fail with "database is locked" while switching
// a new file to WAL.
TEST_F(StoreTest, ProcessesOpeningANewFileTogetherAllSucceed) {
  for (int round = 0; round < 5; ++round) {
    const std::string path = Path("together" + std::to_string(round) + ".db");
    std::vector<std::thread> openers;
    std::atomic<int> opened{0};
    for (int i = 0; i < 4; ++i)
      openers.emplace_back([&] {
        auto store = Store::Open(path, Store::Mode::kReadWrite);
        EXPECT_TRUE(store.ok()) << store.error();
        if (store) opened += (*store)->Write({SmallDoc()}).ok();
      });
    for (auto& t : openers) t.join();
    EXPECT_EQ(opened.load(), 4);
  }
}

TEST_F(StoreTest, KeepsDataAcrossReopen) {
  ASSERT_TRUE(OpenRw("news.db")->Write({SmallDoc()}).ok());
  auto store = Store::Open(Path("news.db"), Store::Mode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.error();
  EXPECT_TRUE((*store)->Has("x", SmallDoc().ContentHash()));
}

TEST_F(StoreTest, RefusesANewerSchema) {
  ASSERT_TRUE(OpenRw("news.db"));
  const std::string newer = std::to_string(Store::kSchemaVersion + 1);
  RawQuery(Path("news.db"), "PRAGMA user_version = " + newer);
  for (auto mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    auto store = Store::Open(Path("news.db"), mode);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(Mentions(store.error(), "schema version " + newer));
    EXPECT_TRUE(Mentions(store.error(), "newer than this entente supports (" +
                                            std::to_string(Store::kSchemaVersion) + ")"));
  }
  EXPECT_EQ(RawQuery(Path("news.db"), "PRAGMA user_version"), newer) << "left untouched";
}

TEST_F(StoreTest, RefusesAFileThatIsNotADatabase) {
  const std::string path = Path("notes.db");
  std::string junk = "These are my notes, not a database.\n";
  while (junk.size() < 8192) junk += junk;
  WriteFile(path, junk);
  for (auto mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    auto store = Store::Open(path, mode);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(Mentions(store.error(), path));
    EXPECT_TRUE(Mentions(store.error(), "not an entente database"));
    EXPECT_TRUE(Mentions(store.error(), "file is not a database"));
  }
  EXPECT_EQ(ReadFile(path), junk) << "the file is left as it was";
}

TEST_F(StoreTest, RefusesAnotherApplicationsDatabase) {
  const std::string path = Path("other.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE customers (id INTEGER)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(Mentions(store.error(), "not an entente database"));
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_schema"), "1") << "nothing was added";
}

TEST_F(StoreTest, ReadOnlyStoreCannotWrite) {
  ASSERT_TRUE(OpenRw("news.db")->Write({SmallDoc()}).ok());
  const std::string before = DumpDatabase(Path("news.db"));
  auto store = Store::Open(Path("news.db"), Store::Mode::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.error();
  Doc other = SmallDoc();
  other.id = "y";
  auto r = (*store)->Write({other});
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(Mentions(r.error(), "read-only"));
  EXPECT_EQ((*store)->Stats()->documents, 1u);
  EXPECT_EQ(DumpDatabase(Path("news.db")), before);
}

TEST_F(StoreTest, ReadOnlyNeverMigrates) {
  WriteFile(Path("empty.db"), "");
  auto store = Store::Open(Path("empty.db"), Store::Mode::kReadOnly);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(Mentions(store.error(), "not an entente database"));
  EXPECT_EQ(std::filesystem::file_size(Path("empty.db")), 0u);

  auto missing = Store::Open(Path("missing.db"), Store::Mode::kReadOnly);
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(Mentions(missing.error(), "no such file"));
  EXPECT_FALSE(std::filesystem::exists(Path("missing.db")));
}

TEST_F(StoreTest, UnwritablePathGivesAClearError) {
  auto store = Store::Open("/nonexistent/dir/x.db", Store::Mode::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(Mentions(store.error(), "/nonexistent/dir/x.db"));
  EXPECT_TRUE(Mentions(store.error(), "unable to open database file"));
  EXPECT_TRUE(Mentions(store.error(), "writable"));

  auto dir = Store::Open(dir_.string(), Store::Mode::kReadWrite);  // a directory, not a file
  ASSERT_FALSE(dir.ok());
  EXPECT_TRUE(Mentions(dir.error(), dir_.string()));
}

TEST_F(StoreTest, UnwritableDirectoryOrFileGivesAClearError) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores file permissions";
  const std::string locked = Path("locked");
  std::filesystem::create_directories(locked);
  chmod(locked.c_str(), 0555);
  auto store = Store::Open(locked + "/x.db", Store::Mode::kReadWrite);
  chmod(locked.c_str(), 0755);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(Mentions(store.error(), "writable"));

  ASSERT_TRUE(OpenRw("ro.db"));
  chmod(Path("ro.db").c_str(), 0444);
  auto ro = Store::Open(Path("ro.db"), Store::Mode::kReadWrite);
  ASSERT_FALSE(ro.ok());
  EXPECT_TRUE(Mentions(ro.error(), "read-only"));
  EXPECT_TRUE(Store::Open(Path("ro.db"), Store::Mode::kReadOnly).ok());
}

}  // namespace
}  // namespace entente::testing
