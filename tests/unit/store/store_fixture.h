// tests/unit/store/store_fixture.h — a temp directory per test and small document builders.
#ifndef ENTENTE_TESTS_UNIT_STORE_STORE_FIXTURE_H_
#define ENTENTE_TESTS_UNIT_STORE_STORE_FIXTURE_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "store/store.h"
#include "unit/store/store_dump.h"

namespace entente::testing {

// Gives each test its own empty directory, removed afterwards.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("entente_store_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" +
            std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Opens (creating) a read-write store at Path(name), failing the test if it cannot.
  std::unique_ptr<Store> OpenRw(const std::string& name) {
    auto store = Store::Open(Path(name), Store::Mode::kReadWrite);
    EXPECT_TRUE(store.ok()) << store.error();
    return store ? std::move(*store) : nullptr;
  }

  std::filesystem::path dir_;
};

// Runs one statement on the raw database file and returns its first column of the first row.
inline std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    } else {
      out = std::string("!error: ") + sqlite3_errmsg(db);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close_v2(db);
  return out;
}

// The span of the first occurrence of `needle` in `text` (test data always contains it).
inline Span Find(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// An event stated by `sentence`, between the first occurrences of `src_text` and `tgt_text`.
inline Event MakeEvent(const Doc& doc, const std::string& sentence, std::string src_country,
                       std::string src_actor, const std::string& src_text, std::string type,
                       std::string tgt_country, std::string tgt_actor, const std::string& tgt_text,
                       std::string date) {
  Event e;
  e.src = {std::move(src_country), std::move(src_actor), src_text, Find(doc.text, src_text)};
  e.tgt = {std::move(tgt_country), std::move(tgt_actor), tgt_text, Find(doc.text, tgt_text)};
  e.type = std::move(type);
  e.cameo = "040";
  e.date = std::move(date);
  e.sentence = Find(doc.text, sentence);
  e.trigger = {e.src.span.end, e.src.span.end};
  e.confidence = 0.75;
  return e;
}

inline Entity MakeEntity(const Doc& doc, std::string id, std::string name, std::string kind,
                         std::string country, const std::vector<std::string>& surfaces) {
  Entity ent{std::move(id), std::move(name), std::move(kind), std::move(country), "GOV", {}};
  for (const std::string& s : surfaces) ent.mentions.push_back(Find(doc.text, s));
  return ent;
}

// Every field of an event, one string, for comparing and for readable failures.
inline std::string Describe(const Event& e) {
  std::ostringstream os;
  os << e.src.country << "/" << e.src.actor << "/" << e.src.text << "[" << e.src.span.begin << ","
     << e.src.span.end << ") " << e.type << " " << e.cameo << " " << e.mode << " " << e.tgt.country
     << "/" << e.tgt.actor << "/" << e.tgt.text << "[" << e.tgt.span.begin << "," << e.tgt.span.end
     << ") trigger " << e.trigger_text << "[" << e.trigger.begin << "," << e.trigger.end
     << ") date " << e.date << " " << ModalityName(e.modality) << " attr " << e.attribution
     << " sentence [" << e.sentence.begin << "," << e.sentence.end << ") conf " << e.confidence;
  if (e.place) {
    os << " place " << e.place->name << "/" << e.place->country << "/" << e.place->lat << "/"
       << e.place->lon;
  }
  return os.str();
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_STORE_FIXTURE_H_
