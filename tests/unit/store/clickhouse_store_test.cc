// The ClickHouse store against a real two-shard cluster: every read method answers as the
// SQLite store does for the same documents; rewrites, batch order, replaced documents and
// concurrent writers leave the same results; opening checks URLs, shards and schema versions.
#include "store/clickhouse/clickhouse_store.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "unit/store/clickhouse_cluster.h"
#include "unit/store/store_corpus.h"
#include "unit/store/store_profiles.h"
#include "unit/store/store_reads.h"

namespace entente::testing {
namespace {

// Every test corpus at once: actors and filters, stories and framing, one event reported many
// times with a syndicated copy, and a failed document.
std::vector<Doc> AllDocs() {
  std::vector<Doc> docs = Corpus();
  for (auto more : {StoryDocs(), OneCallManyReports(), NamedAcrossDocs()}) {
    docs.insert(docs.end(), more.begin(), more.end());
  }
  Doc failed;
  failed.id = "broken";
  failed.source = "Reuters";
  failed.text = "\x01\t\\ not decodable";
  failed.AddError("read/charset", "cannot decode 'windows-1251'\tbytes");
  docs.push_back(failed);
  return docs;
}

Status WriteInBatches(Store& store, const std::vector<Doc>& docs, size_t batch) {
  for (size_t i = 0; i < docs.size(); i += batch) {
    std::vector<Doc> part(
        docs.begin() + static_cast<std::ptrdiff_t>(i),
        docs.begin() + static_cast<std::ptrdiff_t>(std::min(docs.size(), i + batch)));
    auto r = store.Write(part);
    if (!r) return r.error();
  }
  return Status();
}

// The SQLite store's reads for `docs` written in one batch.
std::string SqliteReads(const std::string& path, const std::vector<Doc>& docs) {
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  EXPECT_TRUE(store.ok()) << store.error();
  if (!store) return "";
  EXPECT_TRUE((*store)->Write(docs).ok());
  return DumpReads(**store);
}

TEST(ClickHouseUrl, MalformedUrlsAreRefusedNamingTheUrl) {
  for (const char* url :
       {"clickhouse://", "clickhouse://host/db", "clickhouse://host:port/db",
        "clickhouse://h:1,h:2/db", "clickhouse://h:1/db?shards=2", "clickhouse://h:1/d-b",
        "clickhouse://h:1/db?cluster=a;b", "mysql://h:1/db"}) {
    auto store = Store::Open(url, Store::Mode::kReadOnly);
    ASSERT_FALSE(store.ok()) << url;
    EXPECT_NE(store.error().message().find(url), std::string::npos) << store.error();
  }
  auto none = Store::Open("clickhouse://127.0.0.1:1/db", Store::Mode::kReadOnly);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message().find("did not answer"), std::string::npos) << none.error();
}

TEST_F(ClickHouseTest, AnswersEveryReadAsSqliteDoes) {
  const std::vector<Doc> docs = AllDocs();
  auto ch = Open(Url());
  ASSERT_TRUE(ch);
  auto sq = Open(SqlitePath("news.db"));
  ASSERT_TRUE(sq);
  auto a = ch->Write(docs);
  auto b = sq->Write(docs);
  ASSERT_TRUE(a.ok()) << a.error();
  ASSERT_TRUE(b.ok()) << b.error();
  EXPECT_EQ(a->written, b->written);
  EXPECT_EQ(a->failed, b->failed);
  EXPECT_EQ(a->events, b->events);
  EXPECT_EQ(a->unchanged, b->unchanged);
  const std::string expected = DumpReads(*sq);
  EXPECT_EQ(DiffReads(expected, DumpReads(*ch)), "");
  EXPECT_EQ(expected.find("!error"), std::string::npos) << expected;
  EXPECT_NE(expected.find("cluster=e"), std::string::npos);
  EXPECT_NE(expected.find("alias x:kuzmenko x:ostap_kuzmenko"), std::string::npos);
  // sqlite:// names the same file.
  auto again = Open("sqlite://" + SqlitePath("news.db"), Store::Mode::kReadOnly);
  ASSERT_TRUE(again);
  EXPECT_EQ(DiffReads(expected, DumpReads(*again)), "");
}

TEST_F(ClickHouseTest, RewritesAndBatchOrderLeaveTheSameResults) {
  std::vector<Doc> docs = AllDocs();
  const std::string expected = SqliteReads(SqlitePath("news.db"), docs);
  auto ch = Open(Url());
  ASSERT_TRUE(ch);
  ASSERT_TRUE(WriteInBatches(*ch, docs, 5).ok());
  auto again = ch->Write(docs);
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->unchanged, docs.size());
  EXPECT_EQ(again->written, 0u);
  EXPECT_EQ(again->events, 0u);
  EXPECT_EQ(DiffReads(expected, DumpReads(*ch)), "");

  // Another database, written in reverse order one document at a time, and the first batch
  // rewritten after (as a worker that crashed before acknowledging would).
  auto other = Open(Url(db_ + "_reversed"));
  ASSERT_TRUE(other);
  std::reverse(docs.begin(), docs.end());
  ASSERT_TRUE(WriteInBatches(*other, docs, 1).ok());
  EXPECT_EQ(DiffReads(expected, DumpReads(*other)), "");
  for (const Doc& d : docs) EXPECT_TRUE(other->Has(d.id, d.ContentHash())) << d.id;
  EXPECT_FALSE(other->Has("a", "another hash"));
  EXPECT_FALSE(other->Has("no such id", docs[0].ContentHash()));
}

TEST_F(ClickHouseTest, AReplacedDocumentLeavesOnlyItsNewVersion) {
  std::vector<Doc> docs = AllDocs();
  // New versions: "a" loses its second event and its place; the original of the copy moves to
  // another story, so the copy heads its own chain.
  std::vector<Doc> changed;
  for (const Doc& d : docs) {
    if (d.id == "a") {
      Doc a = d;
      a.text += " Оновлено.";  // another content hash
      a.events.pop_back();
      a.events[0].place.reset();
      changed.push_back(a);
    }
    if (d.id == "uk1") {
      Doc uk = d;
      uk.text = "Зовсім інша історія про погоду в Карпатах, сніг і лавини в горах цього тижня.";
      uk.body = {{0, static_cast<uint32_t>(uk.text.size())}};
      uk.events.clear();
      changed.push_back(uk);
    }
  }
  auto sq = Open(SqlitePath("news.db"));
  auto ch = Open(Url());
  ASSERT_TRUE(sq && ch);
  for (Store* s : {sq.get(), ch.get()}) {
    ASSERT_TRUE(s->Write(docs).ok());
    auto r = s->Write(changed);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->written, 2u);
  }
  const std::string expected = DumpReads(*sq);
  EXPECT_EQ(DiffReads(expected, DumpReads(*ch)), "");
  // And back to the first versions.
  ASSERT_TRUE(sq->Write(docs).ok());
  ASSERT_TRUE(ch->Write(docs).ok());
  EXPECT_EQ(DiffReads(DumpReads(*sq), DumpReads(*ch)), "");
}

TEST_F(ClickHouseTest, ConcurrentWritersEndAsOneWriterWould) {
  const std::vector<Doc> docs = AllDocs();
  const std::string expected = SqliteReads(SqlitePath("news.db"), docs);
  // No schema yet: both writers create it as they open.
  // Two workers, each with its own store; their shares overlap by a third.
  const size_t third = docs.size() / 3;
  std::vector<Doc> first(docs.begin(), docs.begin() + static_cast<std::ptrdiff_t>(2 * third));
  std::vector<Doc> second(docs.begin() + static_cast<std::ptrdiff_t>(third), docs.end());
  std::reverse(second.begin(), second.end());
  Status s1, s2;
  std::thread t1([&] {
    auto store = Store::Open(Url(), Store::Mode::kReadWrite);
    s1 = store ? WriteInBatches(**store, first, 2) : store.error();
  });
  std::thread t2([&] {
    auto store = Store::Open(Url(), Store::Mode::kReadWrite);
    s2 = store ? WriteInBatches(**store, second, 2) : store.error();
  });
  t1.join();
  t2.join();
  ASSERT_TRUE(s1.ok()) << s1;
  ASSERT_TRUE(s2.ok()) << s2;
  auto reader = Open(Url(), Store::Mode::kReadOnly);
  ASSERT_TRUE(reader);
  EXPECT_EQ(DiffReads(expected, DumpReads(*reader)), "");
}

TEST_F(ClickHouseTest, OneServerWithoutAClusterAnswersTheSame) {
  const std::vector<Doc> docs = AllDocs();
  const std::string expected = SqliteReads(SqlitePath("news.db"), docs);
  auto ch = Open("clickhouse://" + Host(1) + "/" + db_);
  ASSERT_TRUE(ch);
  ASSERT_TRUE(WriteInBatches(*ch, docs, 3).ok());
  EXPECT_EQ(DiffReads(expected, DumpReads(*ch)), "");
}

TEST_F(ClickHouseTest, OpeningChecksShardsAndSchemaVersion) {
  // Read-only on a database that has no store.
  auto missing = Store::Open(Url(), Store::Mode::kReadOnly);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message().find("not an entente store"), std::string::npos)
      << missing.error();
  // The URL must list every shard of the cluster.
  const std::string one_host = "clickhouse://" + Host(0) + "/" + db_ + "?cluster=entente";
  auto short_url = Store::Open(one_host, Store::Mode::kReadWrite);
  ASSERT_FALSE(short_url.ok());
  EXPECT_NE(short_url.error().message().find("has 2 shards but the URL lists 1"), std::string::npos)
      << short_url.error();
  auto no_cluster = Store::Open(Url() + "x", Store::Mode::kReadWrite);
  ASSERT_FALSE(no_cluster.ok());
  // A store from a newer entente is refused.
  ASSERT_TRUE(Open(Url()));
  httplib::Client shard(Host(1).substr(0, Host(1).find(':')),
                        std::stoi(Host(1).substr(Host(1).find(':') + 1)));
  auto res = shard.Post("/", "INSERT INTO " + db_ + ".schema_version VALUES (99)", "text/plain");
  ASSERT_TRUE(res && res->status == 200);
  auto newer = Store::Open(Url(), Store::Mode::kReadOnly);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.error().message().find("schema version 99"), std::string::npos) << newer.error();
}

TEST_F(ClickHouseTest, DataVersionAndHasFollowWritesAndDeadlinesStopQueries) {
  auto ch = Open(Url());
  ASSERT_TRUE(ch);
  auto v0 = ch->DataVersion();
  ASSERT_TRUE(v0.ok()) << v0.error();
  const Doc a = Corpus()[0];
  EXPECT_FALSE(ch->Has(a.id, a.ContentHash()));  // Has() reads the stored hashes now...
  ASSERT_TRUE(ch->Write(Corpus()).ok());
  EXPECT_TRUE(ch->Has(a.id, a.ContentHash())) << "...and learns of this object's writes";
  auto v1 = ch->DataVersion();
  ASSERT_TRUE(v1.ok());
  EXPECT_NE(*v0, *v1);
  auto v2 = ch->DataVersion();
  ASSERT_TRUE(v2.ok());
  EXPECT_EQ(*v1, *v2) << "no write, no change";

  ch->SetDeadline(std::chrono::steady_clock::now() - std::chrono::seconds(1));
  EXPECT_FALSE(ch->Stats().ok());
  EXPECT_TRUE(ch->TimedOut());
  ch->SetDeadline(std::chrono::steady_clock::now() + std::chrono::seconds(30));
  EXPECT_TRUE(ch->Stats().ok());
  EXPECT_FALSE(ch->TimedOut());
}

}  // namespace
}  // namespace entente::testing
