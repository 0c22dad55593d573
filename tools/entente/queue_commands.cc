// submit, worker and status: distributed ingestion over a NATS JetStream work queue
// (queue/queue.h). `submit` publishes documents as read; each `worker` pulls batches, runs the
// engine, writes the results to the store and only then acknowledges them.
#include <csignal>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "commands.h"
#include "core/runner.h"
#include "inputs.h"
#include "queue/queue.h"

namespace entente::cli {
namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_stop = 0;
void OnStopSignal(int) { g_stop = 1; }

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

Expected<std::unique_ptr<WorkQueue>> Connect(const std::string& nats, const std::string& stream) {
  auto q = WorkQueue::Connect(nats, stream);
  if (!q) return q.error();
  if (Status s = (*q)->EnsureStream(); !s.ok()) return s;
  return q;
}

// One message of a batch: its decoded document and what becomes of it.
struct Work {
  WorkQueue::Delivery delivery;
  Doc doc;
  enum { kProcess, kStored, kUndecodable } state = kProcess;
};

}  // namespace

int Submit(const InputArgs& args, const std::string& nats, const std::string& stream, bool quiet) {
  Setup setup;
  if (!setup.Open(args, /*with_engine=*/false)) return kExitUsage;
  auto q = Connect(nats, stream);
  if (!q) {
    std::cerr << "entente: " << q.error().message() << "\n";
    return kExitUsage;
  }
  const size_t max_payload = (*q)->MaxPayload();
  const auto start = Clock::now();
  size_t n = 0, too_large = 0;
  Doc doc;
  while (setup.Next(doc)) {
    std::string bytes = EncodeReadDoc(doc);
    if (max_payload && bytes.size() > max_payload) {
      // The document still goes through, as a failed one, so that the store records why.
      ++too_large;
      std::cerr << "entente: " << doc.id << ": too_large: " << bytes.size()
                << " bytes, over the queue's message limit of " << max_payload << "\n";
      doc.text.clear();
      doc.blocks.clear();
      doc.AddError("too_large", "document is over the queue's message limit of " +
                                    std::to_string(max_payload) + " bytes");
      bytes = EncodeReadDoc(doc);
    }
    if (Status s = (*q)->Publish(bytes, MessageId(doc)); !s.ok()) {
      std::cerr << "entente: " << s.message() << "\n";
      return kExitUsage;
    }
    ++n;
    if (!quiet && n % 1000 == 0) std::fprintf(stderr, "submitted %zu documents\n", n);
  }
  if (Status s = (*q)->Flush(); !s.ok()) {
    std::cerr << "entente: " << s.message() << "\n";
    return kExitUsage;
  }
  double secs = Seconds(start);
  std::fprintf(stderr, "submitted %zu documents to stream %s in %.1f s (%.0f docs/s)%s\n", n,
               stream.c_str(), secs, secs > 0 ? n / secs : 0.0,
               too_large ? (", " + std::to_string(too_large) + " too large").c_str() : "");
  return too_large ? kExitDocErrors : kExitOk;
}

int Worker(const WorkerArgs& args) {
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  auto store = Store::Open(args.store, Store::Mode::kReadWrite);
  if (!store) {
    std::cerr << "entente: " << store.error().message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Engine> engine = CreateEngine(args.engine);
  if (!engine) return kExitUsage;
  auto q = Connect(args.nats, args.stream);
  Status bound = q ? (*q)->Bind(std::chrono::seconds(args.ack_wait_s)) : q.error();
  if (!bound.ok()) {
    std::cerr << "entente: " << bound.message() << "\n";
    return kExitUsage;
  }
  const auto start = Clock::now();
  size_t docs = 0, stored = 0, unchanged = 0, failed = 0, undecodable = 0, events = 0;
  int write_failures = 0;
  auto last_report = start;  // progress lines at most every 5 s
  while (!g_stop) {
    auto batch = (*q)->Fetch(args.batch, std::chrono::milliseconds(1000));
    if (!batch) {
      std::cerr << "entente: " << batch.error().message() << "\n";
      return kExitUsage;
    }
    if (batch->empty()) {
      if (!args.exit_when_empty) continue;
      // Done when nothing waits and nothing is out with another worker (which could die and
      // hand its messages back).
      auto stats = (*q)->Stats();
      if (stats && stats->pending == 0 && stats->ack_pending == 0) break;
      continue;
    }
    std::vector<Work> work(batch->size());
    std::vector<std::pair<std::string, std::string>> keys;
    std::vector<Work*> decoded;
    for (size_t i = 0; i < batch->size(); ++i) {
      Work& w = work[i];
      w.delivery = std::move((*batch)[i]);
      if (Status s = DecodeReadDoc(w.delivery.data, w.doc); !s.ok()) {
        w.state = Work::kUndecodable;
        std::cerr << "entente: a message of stream " << args.stream << " is no document ("
                  << s.message() << "); dropped\n";
        continue;
      }
      keys.emplace_back(w.doc.id, w.doc.ContentHash());
      decoded.push_back(&w);
    }
    // Delivered again after a worker died, or submitted twice: already stored.
    std::vector<bool> stored_already = (*store)->HasEach(keys);
    for (size_t i = 0; i < decoded.size(); ++i)
      if (stored_already[i]) decoded[i]->state = Work::kStored;
    size_t next = 0;
    RunOrdered<Work*>(
        [&](Work*& w) {
          while (next < work.size() && work[next].state != Work::kProcess) ++next;
          if (next == work.size()) return false;
          w = &work[next++];
          return true;
        },
        [&](Work*& w) { engine->Process(w->doc); }, [](Work*&) {}, args.jobs);
    std::vector<Doc> to_write;
    for (Work& w : work)
      if (w.state == Work::kProcess) to_write.push_back(std::move(w.doc));
    auto written = (*store)->Write(to_write);
    if (!written) {
      // Hand the batch back for another try (here or by another worker).
      std::cerr << "entente: writing to " << args.store << " failed: " << written.error().message()
                << "\n";
      for (Work& w : work)
        if (w.state != Work::kUndecodable) (void)(*q)->Nak(w.delivery);
      if (++write_failures >= 5) return kExitUsage;
      std::this_thread::sleep_for(std::chrono::seconds(1));
      continue;
    }
    write_failures = 0;
    for (Work& w : work) {
      Status s = w.state == Work::kUndecodable ? (*q)->Term(w.delivery) : (*q)->Ack(w.delivery);
      if (!s.ok()) std::cerr << "entente: " << s.message() << "\n";  // redelivered: harmless
      docs += w.state != Work::kUndecodable;
      undecodable += w.state == Work::kUndecodable;
      unchanged += w.state == Work::kStored;
    }
    if (Status s = (*q)->Sync(); !s.ok()) std::cerr << "entente: " << s.message() << "\n";
    stored += written->written;
    unchanged += written->unchanged;
    failed += written->failed;
    events += written->events;
    if (!args.quiet && Clock::now() - last_report >= std::chrono::seconds(5)) {
      last_report = Clock::now();
      double secs = Seconds(start);
      std::fprintf(stderr,
                   "worker: %zu docs (%.0f docs/s), %zu stored, %zu unchanged, %zu events\n", docs,
                   secs > 0 ? docs / secs : 0.0, stored, unchanged, events);
    }
  }
  double secs = Seconds(start);
  std::fprintf(stderr,
               "worker done: %zu documents in %.1f s (%.0f docs/s): %zu stored, %zu unchanged, %zu "
               "with errors, %zu undecodable messages; %zu events → %s\n",
               docs, secs, secs > 0 ? docs / secs : 0.0, stored, unchanged, failed, undecodable,
               events, args.store.c_str());
  return kExitOk;
}

int QueueStatus(const std::string& nats, const std::string& stream, bool json) {
  auto q = WorkQueue::Connect(nats, stream);
  if (!q) {
    std::cerr << "entente: " << q.error().message() << "\n";
    return kExitUsage;
  }
  auto stats = (*q)->Stats();
  if (!stats) {
    std::cerr << "entente: " << stats.error().message() << "\n";
    return kExitUsage;
  }
  const QueueStats& s = *stats;
  if (json) {
    nlohmann::json j = {{"stream", stream},
                        {"messages", s.messages},
                        {"bytes", s.bytes},
                        {"pending", s.pending},
                        {"ack_pending", s.ack_pending},
                        {"redelivered", s.redelivered},
                        {"delivered", s.delivered},
                        {"workers_joined", s.has_consumer}};
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::printf("stream %s: %llu documents waiting (%.1f MB)\n", stream.c_str(),
              static_cast<unsigned long long>(s.messages), s.bytes / 1e6);
  if (!s.has_consumer) {
    std::printf("no worker has joined yet\n");
    return kExitOk;
  }
  std::printf(
      "workers: %llu not yet delivered, %llu being processed, %llu delivered in all, %llu "
      "delivered again\n",
      static_cast<unsigned long long>(s.pending), static_cast<unsigned long long>(s.ack_pending),
      static_cast<unsigned long long>(s.delivered), static_cast<unsigned long long>(s.redelivered));
  return kExitOk;
}

}  // namespace entente::cli
