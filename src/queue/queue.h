// queue/queue.h — distributed ingestion over NATS JetStream: documents, as the readers produced
// them, go into a durable work-queue stream; any number of workers on any number of machines
// pull them in batches, run the engine, write the results to a store and only then acknowledge.
//
//   auto q = WorkQueue::Connect("nats://127.0.0.1:4222", "news");   // stream "news"
//   (*q)->EnsureStream();                                            // creates it if missing
//   (*q)->Publish(EncodeReadDoc(doc), MessageId(doc));               // asynchronous
//   (*q)->Flush();                                                   // every publish stored
//
//   (*q)->Bind(std::chrono::seconds(60));                            // the shared consumer
//   auto batch = (*q)->Fetch(64, std::chrono::seconds(1));
//   ... process, store::Write ...
//   for (auto& d : *batch) (*q)->Ack(d);
//
// Delivery is at least once: a message a worker took and did not acknowledge within the ack
// wait (the worker died, or is slow) goes to another worker. Writes to the store are idempotent
// (store/store.h), so a document delivered twice is stored once. The stream keeps each message
// until it is acknowledged (work-queue retention) and drops a re-published document whose
// message id it saw within the last two minutes (JetStream's duplicate window).
// Thread-safety: one WorkQueue per thread.
#ifndef ENTENTE_QUEUE_QUEUE_H_
#define ENTENTE_QUEUE_QUEUE_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"

namespace entente {

// A document as a reader produced it (id, metadata, text, reader blocks and errors), before any
// stage ran, in a compact binary form (MessagePack). Bytes of the text travel unchanged, so a
// worker computes the same content hash as a process that read the file itself.
std::string EncodeReadDoc(const Doc& doc);
// Fails iff `bytes` is not an EncodeReadDoc value; `doc` is cleared first.
Status DecodeReadDoc(std::string_view bytes, Doc& doc);
// The message id a document is published under: its id and content hash, so a re-published
// unchanged document is dropped by the stream and a changed one is not.
std::string MessageId(const Doc& doc);

// Where the stream and its shared consumer stand.
struct QueueStats {
  uint64_t messages = 0;     // in the stream: not yet acknowledged
  uint64_t bytes = 0;        // their size
  uint64_t pending = 0;      // not yet delivered to any worker
  uint64_t ack_pending = 0;  // delivered, waiting for an acknowledgement
  uint64_t redelivered = 0;  // deliveries of messages delivered before (a worker died, was too
                             // slow, or handed a batch back)
  uint64_t delivered = 0;    // deliveries so far (the consumer's sequence)
  bool has_consumer = false;
};

class WorkQueue {
 public:
  // One message taken from the stream: Ack, Term or Nak it, or drop it unanswered (it goes to
  // another worker after the ack wait). Move-only; owns the library's message until answered.
  class Delivery {
   public:
    Delivery() = default;
    Delivery(Delivery&& other) noexcept;
    Delivery& operator=(Delivery&& other) noexcept;
    ~Delivery();
    std::string data;

   private:
    friend class WorkQueue;
    void* handle_ = nullptr;  // natsMsg*
  };

  // `stream` names the stream (letters, digits, - and _); its subject is "<stream>.docs" and its
  // shared consumer "<stream>-workers". Fails iff the server cannot be reached or the name is
  // not valid.
  static Expected<std::unique_ptr<WorkQueue>> Connect(const std::string& url,
                                                      const std::string& stream);
  ~WorkQueue();

  // Creates the stream (file storage, work-queue retention, two-minute duplicate window) if it
  // does not exist.
  Status EnsureStream();
  // The largest message the server takes.
  size_t MaxPayload() const;
  // Publishes asynchronously; at most a few thousand publishes are in flight at once.
  Status Publish(std::string_view data, const std::string& message_id);
  // Waits until the stream has stored every publish; fails iff one of them failed.
  Status Flush();

  // Joins the shared consumer, creating it (explicit acks, `ack_wait`) if it does not exist.
  Status Bind(std::chrono::seconds ack_wait);
  // Up to `max` messages, waiting at most `wait` for the first; an empty list when there are
  // none.
  Expected<std::vector<Delivery>> Fetch(size_t max, std::chrono::milliseconds wait);
  // Acknowledges: the message leaves the stream once the server has the acknowledgement (Sync
  // waits for that). An acknowledgement lost on the way only means a redelivery.
  Status Ack(Delivery& d) { return Answer(d, Reply::kAck); }
  // Refuses a message for good (it cannot be decoded): it is never delivered again.
  Status Term(Delivery& d) { return Answer(d, Reply::kTerm); }
  // Asks for a message to be delivered again (this worker could not store it).
  Status Nak(Delivery& d) { return Answer(d, Reply::kNak); }
  // Tells the server that this worker is still working on the message, resetting its ack wait.
  Status InProgress(Delivery& d) { return Answer(d, Reply::kInProgress); }
  // Returns once the server has everything sent so far (acknowledgements included).
  Status Sync();

  Expected<QueueStats> Stats();

 private:
  enum class Reply { kAck, kTerm, kNak, kInProgress };
  Status Answer(Delivery& d, Reply reply);
  struct Impl;
  explicit WorkQueue(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente

#endif  // ENTENTE_QUEUE_QUEUE_H_
