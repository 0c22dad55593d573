// Language id on the BSNLP raw news (../shared/data/bsnlp/<topic>/raw/<lang>/<doc>.txt): clean +
// langid on every document (title and text, no hint), gold = the folder's language. Prints per
// language: documents, document accuracy, paragraphs (blocks) of ≥ 40 characters and their
// accuracy (a paragraph's gold is its document's language), and the confusions.
// ENTENTE_BSNLP_DUMP=<file name> prints that document's blocks with body flag and language;
// ENTENTE_BSNLP_ALL=1 lists misses for every language, not only uk and ru.
// Floors (the bar): document accuracy ≥ 99.5 % for every language; paragraphs ≥ 98 %
// for uk and ru.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <map>
#include <string>
#include <vector>

#include "clean/clean.h"
#include "langid/langid.h"
#include "test_util.h"

namespace entente {
namespace {

constexpr size_t kParagraphChars = 40;

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Lines 5.. of a BSNLP raw file (title and text), CR removed.
std::string BsnlpText(const std::string& raw) {
  std::string text;
  size_t pos = 0;
  for (int line = 0; line < 4 && pos != std::string::npos; ++line) {
    pos = raw.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos) return text;
  for (size_t i = pos; i < raw.size(); ++i)
    if (raw[i] != '\r') text += raw[i];
  return text;
}

struct Tally {
  size_t docs = 0, docs_ok = 0, paras = 0, paras_ok = 0;
};

TEST(BsnlpLangId, DocumentsAndParagraphs) {
  ENTENTE_REQUIRE_SHARED();
  namespace fs = std::filesystem;
  const fs::path root = testing::SharedDir() + "/data/bsnlp";
  if (!fs::exists(root)) {
    GTEST_SKIP() << root << " not found";
  }
  Resources res = testing::TestResources();
  auto clean = MakeCleanStage(res);
  auto langid = MakeLangIdStage(res);
  ASSERT_TRUE(clean.ok() && langid.ok());

  const std::vector<std::string> langs = {"bg", "cs", "hr", "pl", "ru", "sk", "sl", "uk"};
  std::map<std::string, Tally> tally;
  std::map<std::string, size_t> doc_confusion, para_confusion;  // "gold→got"
  std::vector<std::string> examples;
  const char* dump = std::getenv("ENTENTE_BSNLP_DUMP");  // a file name: print its blocks
  for (const auto& topic : fs::directory_iterator(root)) {
    for (const std::string& lang : langs) {
      const fs::path dir = topic.path() / "raw" / lang;
      if (!fs::exists(dir)) continue;
      for (const auto& file : fs::directory_iterator(dir)) {
        Doc doc;
        doc.id = file.path().filename().string();
        doc.text = BsnlpText(testing::ReadFile(file.path().string()));
        (*clean)->Process(doc);
        (*langid)->Process(doc);
        if (dump && doc.id == dump) {
          std::cout << doc.id << " lang " << doc.lang << "\n";
          for (const Block& b : doc.blocks)
            std::cout << "  [" << (b.is_body ? "body " : "     ") << b.lang << "] "
                      << doc.Slice(b.span).substr(0, 100) << "\n";
        }
        Tally& t = tally[lang];
        ++t.docs;
        if (doc.lang == lang) {
          ++t.docs_ok;
        } else {
          ++doc_confusion[lang + "→" + (doc.lang.empty() ? "?" : doc.lang)];
          examples.push_back(doc.id + ": " + lang + "→" + doc.lang);
        }
        for (const Block& b : doc.blocks) {
          if (CodePoints(doc.Slice(b.span)) < kParagraphChars) continue;
          ++t.paras;
          if (b.lang == lang) {
            ++t.paras_ok;
          } else {
            ++para_confusion[lang + "→" + (b.lang.empty() ? "?" : b.lang)];
            if (lang == "uk" || lang == "ru" || std::getenv("ENTENTE_BSNLP_ALL"))
              examples.push_back(doc.id + " paragraph " + lang + "→" + b.lang + ": " +
                                 std::string(doc.Slice(b.span).substr(0, 120)));
          }
        }
      }
    }
  }
  std::cout << "lang   docs  doc-acc%  paras≥40  para-acc%\n" << std::fixed;
  for (const auto& [lang, t] : tally)
    std::cout << std::setw(4) << lang << std::setw(7) << t.docs << std::setw(10)
              << std::setprecision(2) << 100.0 * t.docs_ok / t.docs << std::setw(10) << t.paras
              << std::setw(11) << 100.0 * t.paras_ok / std::max<size_t>(t.paras, 1) << "\n";
  std::cout << "document confusions:";
  for (const auto& [k, n] : doc_confusion) std::cout << " " << k << " " << n;
  std::cout << "\nparagraph confusions:";
  for (const auto& [k, n] : para_confusion) std::cout << " " << k << " " << n;
  std::cout << "\n";
  for (size_t i = 0; i < examples.size() && i < (std::getenv("ENTENTE_BSNLP_ALL") ? 400u : 40u);
       ++i)
    std::cout << "  " << examples[i] << "\n";

  for (const std::string& lang : langs) {
    const Tally& t = tally[lang];
    ASSERT_GT(t.docs, 0u) << lang;
    EXPECT_GE(double(t.docs_ok) / t.docs, 0.995) << lang;
    if (lang == "uk" || lang == "ru") {
      EXPECT_GE(double(t.paras_ok) / t.paras, 0.98) << lang;
    }
  }
}

}  // namespace
}  // namespace entente
