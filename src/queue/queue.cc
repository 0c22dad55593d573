// queue/queue.cc — WorkQueue over the NATS C client's JetStream API (Debian libnats 3.4).
#include "queue/queue.h"

#include <nats/nats.h>

#include <atomic>
#include <mutex>
#include <utility>

namespace entente {
namespace {

constexpr int64_t kDuplicateWindowNs = int64_t{120} * 1000 * 1000 * 1000;
constexpr int64_t kMaxPendingPublishes = 4096;

Status NatsError(const std::string& what, natsStatus s,
                 jsErrCode jerr = static_cast<jsErrCode>(0)) {
  std::string msg = what + ": " + natsStatus_GetText(s);
  if (const char* last = nats_GetLastError(nullptr); last && *last)
    msg += std::string(" (") + last + ")";
  if (jerr != 0) msg += " [JetStream error " + std::to_string(static_cast<int>(jerr)) + "]";
  return Status::Error(msg);
}

bool ValidName(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  return true;
}

}  // namespace

struct WorkQueue::Impl {
  std::string stream, subject, consumer;
  natsConnection* nc = nullptr;
  jsCtx* js = nullptr;
  natsSubscription* sub = nullptr;
  // Publishes the stream refused or that timed out, counted by the error callback.
  std::atomic<uint64_t> publish_errors{0};
  std::mutex error_mu;
  std::string first_publish_error;

  static void OnPublishError(jsCtx*, jsPubAckErr* pae, void* closure) {
    auto* self = static_cast<Impl*>(closure);
    if (self->publish_errors++ == 0) {
      std::lock_guard<std::mutex> lock(self->error_mu);
      self->first_publish_error = pae->ErrText ? pae->ErrText : natsStatus_GetText(pae->Err);
    }
  }

  ~Impl() {
    if (sub) natsSubscription_Destroy(sub);
    if (js) jsCtx_Destroy(js);
    if (nc) {
      natsConnection_FlushTimeout(nc, 2000);
      natsConnection_Destroy(nc);
    }
  }
};

WorkQueue::Delivery::Delivery(Delivery&& other) noexcept
    : data(std::move(other.data)), handle_(std::exchange(other.handle_, nullptr)) {}
WorkQueue::Delivery& WorkQueue::Delivery::operator=(Delivery&& other) noexcept {
  if (this != &other) {
    natsMsg_Destroy(static_cast<natsMsg*>(handle_));
    data = std::move(other.data);
    handle_ = std::exchange(other.handle_, nullptr);
  }
  return *this;
}
WorkQueue::Delivery::~Delivery() { natsMsg_Destroy(static_cast<natsMsg*>(handle_)); }

WorkQueue::WorkQueue(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WorkQueue::~WorkQueue() = default;

Expected<std::unique_ptr<WorkQueue>> WorkQueue::Connect(const std::string& url,
                                                        const std::string& stream) {
  if (!ValidName(stream))
    return Status::Error("stream name '" + stream + "': use letters, digits, - and _ (at most 64)");
  auto impl = std::make_unique<Impl>();
  impl->stream = stream;
  impl->subject = stream + ".docs";
  impl->consumer = stream + "-workers";
  natsOptions* opts = nullptr;
  natsStatus s = natsOptions_Create(&opts);
  if (s == NATS_OK) s = natsOptions_SetURL(opts, url.c_str());
  if (s == NATS_OK) s = natsOptions_SetName(opts, "entente");
  if (s == NATS_OK) s = natsConnection_Connect(&impl->nc, opts);
  natsOptions_Destroy(opts);
  if (s != NATS_OK) return NatsError("cannot connect to " + url, s);
  jsOptions jo;
  jsOptions_Init(&jo);
  jo.Wait = 10000;
  jo.PublishAsync.MaxPending = kMaxPendingPublishes;
  jo.PublishAsync.ErrHandler = &Impl::OnPublishError;
  jo.PublishAsync.ErrHandlerClosure = impl.get();
  s = natsConnection_JetStream(&impl->js, impl->nc, &jo);
  if (s != NATS_OK) return NatsError("JetStream at " + url, s);
  return std::unique_ptr<WorkQueue>(new WorkQueue(std::move(impl)));
}

Status WorkQueue::EnsureStream() {
  jsStreamInfo* si = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&si, impl_->js, impl_->stream.c_str(), nullptr, &jerr);
  if (s == NATS_OK) {
    jsStreamInfo_Destroy(si);
    return Status();
  }
  if (s != NATS_NOT_FOUND) return NatsError("stream " + impl_->stream, s, jerr);
  jsStreamConfig cfg;
  jsStreamConfig_Init(&cfg);
  cfg.Name = impl_->stream.c_str();
  const char* subjects[] = {impl_->subject.c_str()};
  cfg.Subjects = subjects;
  cfg.SubjectsLen = 1;
  cfg.Retention = js_WorkQueuePolicy;
  cfg.Storage = js_FileStorage;
  cfg.Duplicates = kDuplicateWindowNs;
  s = js_AddStream(&si, impl_->js, &cfg, nullptr, &jerr);
  if (s != NATS_OK) {
    // Another process may have created it meanwhile.
    if (js_GetStreamInfo(&si, impl_->js, impl_->stream.c_str(), nullptr, nullptr) == NATS_OK) {
      jsStreamInfo_Destroy(si);
      return Status();
    }
    return NatsError("cannot create stream " + impl_->stream, s, jerr);
  }
  jsStreamInfo_Destroy(si);
  return Status();
}

size_t WorkQueue::MaxPayload() const {
  int64_t max = natsConnection_GetMaxPayload(impl_->nc);
  return max > 0 ? static_cast<size_t>(max) : 0;
}

Status WorkQueue::Publish(std::string_view data, const std::string& message_id) {
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MsgId = message_id.c_str();
  natsStatus s = js_PublishAsync(impl_->js, impl_->subject.c_str(), data.data(),
                                 static_cast<int>(data.size()), &po);
  if (s != NATS_OK) return NatsError("publish to " + impl_->subject, s);
  return Status();
}

Status WorkQueue::Flush() {
  jsPubOptions po;
  jsPubOptions_Init(&po);
  po.MaxWait = 60000;
  natsStatus s = js_PublishAsyncComplete(impl_->js, &po);
  if (s != NATS_OK) return NatsError("waiting for the stream to store the documents", s);
  if (uint64_t n = impl_->publish_errors.load(); n > 0) {
    std::lock_guard<std::mutex> lock(impl_->error_mu);
    return Status::Error(std::to_string(n) + " documents were not stored by the stream (first: " +
                         impl_->first_publish_error + ")");
  }
  return Status();
}

Status WorkQueue::Bind(std::chrono::seconds ack_wait) {
  if (impl_->sub) return Status();
  jsSubOptions so;
  jsSubOptions_Init(&so);
  so.Stream = impl_->stream.c_str();
  so.Config.AckPolicy = js_AckExplicit;
  so.Config.AckWait = std::chrono::duration_cast<std::chrono::nanoseconds>(ack_wait).count();
  so.Config.MaxAckPending = 20000;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_PullSubscribe(&impl_->sub, impl_->js, impl_->subject.c_str(),
                                  impl_->consumer.c_str(), nullptr, &so, &jerr);
  if (s != NATS_OK) return NatsError("cannot join consumer " + impl_->consumer, s, jerr);
  return Status();
}

Expected<std::vector<WorkQueue::Delivery>> WorkQueue::Fetch(size_t max,
                                                            std::chrono::milliseconds wait) {
  if (!impl_->sub) return Status::Error("Fetch before Bind");
  natsMsgList list{};
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s =
      natsSubscription_Fetch(&list, impl_->sub, static_cast<int>(max), wait.count(), &jerr);
  std::vector<Delivery> out;
  if (s == NATS_TIMEOUT) return out;
  if (s != NATS_OK) return NatsError("fetch from " + impl_->consumer, s, jerr);
  out.reserve(static_cast<size_t>(list.Count));
  for (int i = 0; i < list.Count; ++i) {
    natsMsg* m = list.Msgs[i];
    list.Msgs[i] = nullptr;  // owned by the Delivery from here on
    Delivery d;
    d.data.assign(natsMsg_GetData(m), static_cast<size_t>(natsMsg_GetDataLength(m)));
    d.handle_ = m;
    out.push_back(std::move(d));
  }
  natsMsgList_Destroy(&list);
  return out;
}

// Sends one of JetStream's replies for a delivered message; all but InProgress end it.
Status WorkQueue::Answer(Delivery& d, Reply reply) {
  auto* m = static_cast<natsMsg*>(d.handle_);
  if (!m) return Status::Error("message already answered");
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = NATS_OK;
  const char* what = "";
  switch (reply) {
    case Reply::kAck:
      what = "ack", s = natsMsg_Ack(m, nullptr);
      break;
    case Reply::kTerm:
      what = "term", s = natsMsg_Term(m, nullptr);
      break;
    case Reply::kNak:
      what = "nak", s = natsMsg_Nak(m, nullptr);
      break;
    case Reply::kInProgress:
      what = "in progress", s = natsMsg_InProgress(m, nullptr);
      break;
  }
  if (reply != Reply::kInProgress) {
    natsMsg_Destroy(m);
    d.handle_ = nullptr;
  }
  if (s != NATS_OK) return NatsError(what, s, jerr);
  return Status();
}

Status WorkQueue::Sync() {
  natsStatus s = natsConnection_FlushTimeout(impl_->nc, 10000);
  if (s != NATS_OK) return NatsError("flush", s);
  return Status();
}

Expected<QueueStats> WorkQueue::Stats() {
  QueueStats out;
  jsStreamInfo* si = nullptr;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = js_GetStreamInfo(&si, impl_->js, impl_->stream.c_str(), nullptr, &jerr);
  if (s == NATS_NOT_FOUND) return Status::Error("no stream " + impl_->stream);
  if (s != NATS_OK) return NatsError("stream " + impl_->stream, s, jerr);
  out.messages = si->State.Msgs;
  out.bytes = si->State.Bytes;
  jsStreamInfo_Destroy(si);
  jsConsumerInfo* ci = nullptr;
  s = js_GetConsumerInfo(&ci, impl_->js, impl_->stream.c_str(), impl_->consumer.c_str(), nullptr,
                         &jerr);
  if (s == NATS_NOT_FOUND) return out;
  if (s != NATS_OK) return NatsError("consumer " + impl_->consumer, s, jerr);
  out.has_consumer = true;
  out.pending = ci->NumPending;
  out.ack_pending = static_cast<uint64_t>(ci->NumAckPending);
  // Each delivery takes a consumer sequence number, each message one stream sequence number:
  // the difference counts deliveries of a message already delivered before.
  out.redelivered = ci->Delivered.Consumer > ci->Delivered.Stream
                        ? ci->Delivered.Consumer - ci->Delivered.Stream
                        : 0;
  out.delivered = ci->Delivered.Consumer;
  jsConsumerInfo_Destroy(ci);
  return out;
}

}  // namespace entente
