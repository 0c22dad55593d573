#include "read/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "read_test_util.h"
#include "test_util.h"

namespace entente {
namespace {

using ::entente::testing::ErrorCode;
using ::entente::testing::ExpectWellFormed;
using ::entente::testing::ReadAll;
using ::entente::testing::TempDir;
using ::testing::ElementsAre;

std::vector<std::string> Ids(const std::vector<Doc>& docs) {
  std::vector<std::string> ids;
  for (const Doc& d : docs) ids.push_back(d.id);
  return ids;
}

TEST(OpenInputs, FailsOnAMissingPath) {
  TempDir dir;
  auto reader = OpenInputs({dir.Write("a.txt", "x"), dir.path() + "/missing.txt"}, ReadOptions{});
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.error().message().find("missing.txt"), std::string::npos) << reader.error();
}

TEST(OpenInputs, WalksDirectoriesRecursivelyInSortedPathOrder) {
  TempDir dir;
  dir.Write("b/z.txt", "z");
  dir.Write("b/a/deep.htm", "<p>deep</p>");
  dir.Write("a.txt", "a");
  dir.Write("c.jsonl", "{\"text\": \"c1\"}\n{\"id\": \"c2\", \"text\": \"c2\"}\n");
  dir.Write("b/image.png", "\x89PNG");
  dir.Write("b/notes.md", "skipped");
  dir.Write("d.HTML", "<title>Upper</title>");
  std::vector<Doc> docs = ReadAll({dir.path()});
  EXPECT_THAT(Ids(docs), ElementsAre("a", "deep", "z", "c:1", "c2", "d"));
  for (const Doc& d : docs) {
    ExpectWellFormed(d);
    EXPECT_TRUE(d.errors.empty()) << d.id;
  }
  EXPECT_EQ(docs[1].text, "deep");
}

TEST(OpenInputs, KeepsTheOrderOfArgumentsAndFillsTheDefaultDate) {
  TempDir dir;
  std::string b = dir.Write("b.txt", "bee");
  std::string a = dir.Write("x/a.txt", "ay");
  ReadOptions options;
  options.default_date = "2024-03-20";
  std::vector<Doc> docs = ReadAll({b, a}, options);
  EXPECT_THAT(Ids(docs), ElementsAre("b", "a"));
  EXPECT_EQ(docs[0].date, "2024-03-20");
}

TEST(OpenInputs, ReportsBadFilesAsDocumentsAndGoesOn) {
  TempDir dir;
  dir.Write("1.txt", "caf\xe9");
  dir.Write("2.txt", "");
  dir.Write("3.txt", std::string("\x7f"
                                 "ELF\0\0",
                                 6));
  dir.Write("4.txt", std::string(2000, 'x'));
  dir.Write("5.txt", "good");
  ReadOptions options;
  options.max_doc_bytes = 1000;
  std::vector<std::string> got;
  for (const Doc& d : ReadAll({dir.path()}, options)) got.push_back(d.id + "=" + ErrorCode(d));
  EXPECT_THAT(got, ElementsAre("1=not_utf8", "2=empty", "3=binary", "4=too_large", "5="));
}

TEST(OpenInputs, SniffsFilesWithOtherExtensionsGivenByName) {
  TempDir dir;
  std::vector<Doc> docs =
      ReadAll({dir.Write("feed.ndjson.log", "\n {\"id\": \"j\", \"text\": \"x\"}\n"),
               dir.Write("page.php", "  <p>html</p>"), dir.Write("README", "text")});
  EXPECT_THAT(Ids(docs), ElementsAre("j", "page", "README"));
  EXPECT_EQ(docs[1].text, "html");
}

// Runs OpenInputs({"-"}) with stdin redirected from a file holding `bytes`.
std::vector<Doc> ReadStdin(const std::string& bytes) {
  TempDir dir;
  std::string path = dir.Write("stdin", bytes);
  int saved = ::dup(STDIN_FILENO);
  int fd = ::open(path.c_str(), O_RDONLY);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  std::vector<Doc> docs = ReadAll({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  return docs;
}

TEST(OpenInputs, SniffsStdin) {
  std::vector<Doc> jsonl = ReadStdin("\n  {\"text\": \"a\"}\n{\"id\": \"b\", \"text\": \"b\"}\n");
  EXPECT_THAT(Ids(jsonl), ElementsAre("stdin:2", "b"));
  std::vector<Doc> html = ReadStdin("\n<html><title>T</title><p>P</p>");
  ASSERT_EQ(html.size(), 1u);
  EXPECT_EQ(html[0].id, "stdin");
  EXPECT_EQ(html[0].text, "T\nP");
  std::vector<Doc> text = ReadStdin("  plain {text}\n");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0].text, "  plain {text}\n");
}

TEST(OpenInputs, ReadsTheBsnlpRawTexts) {
  ENTENTE_REQUIRE_SHARED();
  std::string dir = ::entente::testing::SharedDir() + "/data/bsnlp/ec/raw/uk";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " not found";
  std::vector<Doc> docs = ReadAll({dir});
  ASSERT_GT(docs.size(), 10u);
  for (const Doc& d : docs) {
    ExpectWellFormed(d);
    EXPECT_TRUE(d.errors.empty()) << d.id << ": " << d.errors[0].message;
  }
  EXPECT_TRUE(std::is_sorted(docs.begin(), docs.end(),
                             [](const Doc& a, const Doc& b) { return a.id < b.id; }));
}

}  // namespace
}  // namespace entente
