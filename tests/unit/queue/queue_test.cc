// The read-document codec and the JetStream work queue (against a real nats-server started here
// on a free port; skipped when Debian's nats-server is not installed).
#include "queue/queue.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>

#include "read/reader.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

TEST(DocWire, RoundTripsWhatReadersSet) {
  Doc doc;
  doc.id = "page-1";
  ParseHtml(
      "<html><head><title>Talks in Ankara</title></head><body><nav>Home | World</nav>"
      "<p>Erdogan hosted Putin in Ankara on Tuesday.</p></body></html>",
      "", ReadOptions{}, doc);
  doc.url = "https://example.org/a";
  doc.source = "Example";
  doc.date = "2024-03-19";
  doc.lang_hint = "en";
  ASSERT_FALSE(doc.blocks.empty());
  Doc back;
  ASSERT_TRUE(DecodeReadDoc(EncodeReadDoc(doc), back).ok());
  EXPECT_EQ(back.id, doc.id);
  EXPECT_EQ(back.url, doc.url);
  EXPECT_EQ(back.source, doc.source);
  EXPECT_EQ(back.date, doc.date);
  EXPECT_EQ(back.lang_hint, doc.lang_hint);
  EXPECT_EQ(back.text, doc.text);
  EXPECT_EQ(back.text_from_markup, doc.text_from_markup);
  ASSERT_EQ(back.blocks.size(), doc.blocks.size());
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    EXPECT_EQ(back.blocks[i].span, doc.blocks[i].span);
    EXPECT_EQ(back.blocks[i].is_title, doc.blocks[i].is_title);
    EXPECT_EQ(back.blocks[i].in_furniture_element, doc.blocks[i].in_furniture_element);
    EXPECT_EQ(back.blocks[i].is_heading, doc.blocks[i].is_heading);
    EXPECT_FLOAT_EQ(back.blocks[i].link_density, doc.blocks[i].link_density);
  }
  EXPECT_EQ(back.ContentHash(), doc.ContentHash());
  EXPECT_EQ(MessageId(back), MessageId(doc));
}

TEST(DocWire, KeepsBytesAndErrorsOfFailedDocuments) {
  Doc doc;
  doc.id = "bad";
  doc.text = std::string("caf\xe9 \xff\x00 end", 10);  // not UTF-8, with a NUL
  doc.AddError("not_utf8", "no usable charset");
  Doc back;
  ASSERT_TRUE(DecodeReadDoc(EncodeReadDoc(doc), back).ok());
  EXPECT_EQ(back.text, doc.text);
  ASSERT_EQ(back.errors.size(), 1u);
  EXPECT_EQ(back.errors[0].code, "not_utf8");
  EXPECT_EQ(back.ContentHash(), doc.ContentHash());
}

TEST(DocWire, RefusesWhatIsNoDocument) {
  Doc doc;
  EXPECT_FALSE(DecodeReadDoc("", doc).ok());
  EXPECT_FALSE(DecodeReadDoc("{\"id\": \"x\"}", doc).ok());
  Doc no_id;
  no_id.text = "x";
  EXPECT_FALSE(DecodeReadDoc(EncodeReadDoc(no_id), doc).ok());
  Doc good;
  good.id = "a";
  good.text = "abc";
  Block block;
  block.span = {0, 3};
  good.blocks.push_back(block);
  std::string bytes = EncodeReadDoc(good);
  EXPECT_FALSE(DecodeReadDoc(bytes.substr(0, bytes.size() - 2), doc).ok());  // truncated
  good.blocks[0].span = {0, 9};                                              // past the text
  EXPECT_FALSE(DecodeReadDoc(EncodeReadDoc(good), doc).ok());
}

// A JetStream-enabled nats-server on a free port with its data in a temporary folder.
class NatsServer {
 public:
  NatsServer() {
    const char* bin = "/usr/sbin/nats-server";
    if (access(bin, X_OK) != 0) return;
    dir_ = fs::temp_directory_path() / ("entente-nats-" + std::to_string(getpid()));
    fs::create_directories(dir_);
    for (int attempt = 0; attempt < 20 && pid_ <= 0; ++attempt) {
      port_ = 20000 + (getpid() * 7 + attempt * 131) % 20000;
      pid_t pid = fork();
      if (pid == 0) {
        std::string port = std::to_string(port_), sd = dir_.string(), log = sd + "/server.log";
        execl(bin, bin, "-a", "127.0.0.1", "-p", port.c_str(), "-js", "-sd", sd.c_str(), "-l",
              log.c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      for (int i = 0; i < 50; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (WorkQueue::Connect(url(), "probe")) {
          pid_ = pid;
          break;
        }
        if (waitpid(pid, nullptr, WNOHANG) == pid) break;  // port taken: try another
      }
      if (pid_ <= 0) kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
    }
  }
  ~NatsServer() {
    if (pid_ > 0) kill(pid_, SIGTERM), waitpid(pid_, nullptr, 0);
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  bool running() const { return pid_ > 0; }
  std::string url() const { return "nats://127.0.0.1:" + std::to_string(port_); }

 private:
  fs::path dir_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// Stats once the server has applied every acknowledgement sent (they are asynchronous).
Expected<QueueStats> SettledStats(WorkQueue& q) {
  EXPECT_TRUE(q.Sync().ok());
  auto stats = q.Stats();
  for (int i = 0; i < 40 && stats && stats->messages > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    stats = q.Stats();
  }
  return stats;
}

Doc Numbered(int i) {
  Doc d;
  d.id = "doc-" + std::to_string(i);
  d.text = "Text number " + std::to_string(i);
  return d;
}

TEST(WorkQueue, DeliversEachDocumentOnceAcknowledgedAndDropsRepublished) {
  NatsServer server;
  if (!server.running()) GTEST_SKIP() << "nats-server not installed or did not start";
  auto q = WorkQueue::Connect(server.url(), "t1");
  ASSERT_TRUE(q) << q.error();
  ASSERT_TRUE((*q)->EnsureStream().ok());
  ASSERT_TRUE((*q)->EnsureStream().ok());  // idempotent
  for (int round = 0; round < 2; ++round)  // the second round repeats every message id
    for (int i = 0; i < 50; ++i) {
      Doc d = Numbered(i);
      ASSERT_TRUE((*q)->Publish(EncodeReadDoc(d), MessageId(d)).ok());
    }
  ASSERT_TRUE((*q)->Flush().ok());
  auto stats = (*q)->Stats();
  ASSERT_TRUE(stats) << stats.error();
  EXPECT_EQ(stats->messages, 50u);
  EXPECT_FALSE(stats->has_consumer);

  ASSERT_TRUE((*q)->Bind(std::chrono::seconds(30)).ok());
  std::set<std::string> seen;
  for (int tries = 0; tries < 20 && seen.size() < 50; ++tries) {
    auto batch = (*q)->Fetch(16, std::chrono::milliseconds(500));
    ASSERT_TRUE(batch) << batch.error();
    for (auto& d : *batch) {
      Doc doc;
      ASSERT_TRUE(DecodeReadDoc(d.data, doc).ok());
      EXPECT_TRUE(seen.insert(doc.id).second) << doc.id << " delivered twice";
      ASSERT_TRUE((*q)->Ack(d).ok());
    }
  }
  EXPECT_EQ(seen.size(), 50u);
  stats = SettledStats(**q);
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->messages, 0u);  // work-queue retention: acknowledged messages leave
  EXPECT_EQ(stats->redelivered, 0u);
  EXPECT_EQ(stats->pending, 0u);
  EXPECT_EQ(stats->ack_pending, 0u);
}

TEST(WorkQueue, RedeliversWhatAWorkerDidNotAcknowledge) {
  NatsServer server;
  if (!server.running()) GTEST_SKIP() << "nats-server not installed or did not start";
  {
    auto q = WorkQueue::Connect(server.url(), "t2");
    ASSERT_TRUE(q && (*q)->EnsureStream().ok());
    for (int i = 0; i < 3; ++i) {
      Doc d = Numbered(i);
      ASSERT_TRUE((*q)->Publish(EncodeReadDoc(d), MessageId(d)).ok());
    }
    ASSERT_TRUE((*q)->Flush().ok());
    ASSERT_TRUE((*q)->Bind(std::chrono::seconds(1)).ok());
    auto batch = (*q)->Fetch(3, std::chrono::milliseconds(1000));
    ASSERT_TRUE(batch);
    EXPECT_EQ(batch->size(), 3u);
    ASSERT_TRUE((*q)->Nak((*batch)[0]).ok());  // handed back at once
    // The others are dropped unanswered, as by a worker that died.
  }
  auto q = WorkQueue::Connect(server.url(), "t2");
  ASSERT_TRUE(q && (*q)->Bind(std::chrono::seconds(1)).ok());
  std::set<std::string> seen;
  for (int tries = 0; tries < 10 && seen.size() < 3; ++tries) {
    auto batch = (*q)->Fetch(3, std::chrono::milliseconds(1000));
    ASSERT_TRUE(batch);
    for (auto& d : *batch) {
      Doc doc;
      ASSERT_TRUE(DecodeReadDoc(d.data, doc).ok());
      seen.insert(doc.id);
      ASSERT_TRUE((*q)->Ack(d).ok());
    }
  }
  EXPECT_EQ(seen.size(), 3u);
  auto stats = SettledStats(**q);
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->messages, 0u);
  EXPECT_GE(stats->delivered, 6u);  // three, then each of them again
  EXPECT_GE(stats->redelivered, 3u);
}

TEST(WorkQueue, RefusesBadNamesAndUnreachableServers) {
  EXPECT_FALSE(WorkQueue::Connect("nats://127.0.0.1:1", "ok"));
  EXPECT_FALSE(WorkQueue::Connect("nats://127.0.0.1:4222", "bad.name"));
  EXPECT_FALSE(WorkQueue::Connect("nats://127.0.0.1:4222", ""));
}

}  // namespace
}  // namespace entente
