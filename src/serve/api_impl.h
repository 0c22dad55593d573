// serve/api_impl.h — the Api's implementation class (internal to src/serve): api.cc holds routing,
// the store pool, the cache and the page's files; endpoints.cc the endpoints.
#ifndef ENTENTE_SERVE_API_IMPL_H_
#define ENTENTE_SERVE_API_IMPL_H_

#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "knowledge/reference.h"
#include "serve/params.h"
#include "serve/serve.h"
#include "serve/views.h"

namespace entente::serve {

// An answer that is an error: the status and a message, as JSON.
struct HttpError {
  int status;
  std::string message;
};

ApiResponse ErrorResponse(int status, const std::string& message);
ApiResponse JsonResponse(const Json& j);
// True for the kinds of entity that stand for a country code: state, igo, region.
bool IsCountryKind(const std::string& kind);
// At most `max` bytes of `s`, cut at a UTF-8 character boundary, "…" marking a cut.
std::string Clip(std::string s, size_t max);

// Keeps answers until the store changes. LRU, bounded in bytes.
class AnswerCache {
 public:
  explicit AnswerCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  std::optional<ApiResponse> Get(const std::string& key, int64_t version) {
    std::lock_guard lock(mu_);
    Sync(version);
    auto it = index_.find(key);
    if (it == index_.end()) return std::nullopt;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->second;
  }
  void Put(const std::string& key, int64_t version, const ApiResponse& answer) {
    const size_t size = key.size() + answer.body.size();
    if (size > max_bytes_ / 8) return;  // one answer never crowds out the rest
    std::lock_guard lock(mu_);
    Sync(version);
    if (index_.count(key)) return;
    order_.emplace_front(key, answer);
    index_[key] = order_.begin();
    bytes_ += size;
    while (bytes_ > max_bytes_ && !order_.empty()) {
      bytes_ -= order_.back().first.size() + order_.back().second.body.size();
      index_.erase(order_.back().first);
      order_.pop_back();
    }
  }

 private:
  void Sync(int64_t version) {
    if (version == version_) return;
    order_.clear();
    index_.clear();
    bytes_ = 0;
    version_ = version;
  }
  std::mutex mu_;
  size_t max_bytes_, bytes_ = 0;
  int64_t version_ = -1;
  std::list<std::pair<std::string, ApiResponse>> order_;
  std::unordered_map<std::string, std::list<std::pair<std::string, ApiResponse>>::iterator> index_;
};

class ApiImpl : public Api {
 public:
  ApiImpl(ServeOptions options, Reference knowledge, std::unique_ptr<Store> watcher)
      : options_(std::move(options)),
        knowledge_(std::move(knowledge)),
        watcher_(std::move(watcher)),
        cache_(64u << 20) {
    rules_.plover_types = &knowledge_.PloverTypes();
    rules_.max_limit = options_.max_rows;
    LoadWebFiles();
  }

  ApiResponse Get(std::string_view path, const QueryParams& params) override;

 private:
  // A store connection borrowed from the pool for one request.
  class Lease {
   public:
    Lease(ApiImpl& api, std::unique_ptr<Store> store) : api_(api), store_(std::move(store)) {}
    ~Lease() {
      if (!store_) return;
      store_->SetDeadline(std::chrono::steady_clock::time_point::max());
      std::lock_guard lock(api_.pool_mu_);
      api_.pool_.push_back(std::move(store_));
    }
    Store* operator->() { return store_.get(); }
    Store& operator*() { return *store_; }

   private:
    ApiImpl& api_;
    std::unique_ptr<Store> store_;
  };
  Expected<std::unique_ptr<Store>> Borrow();

  ApiResponse Route(std::string_view path, const QueryParams& params, Store& store);
  ApiResponse Static(std::string_view path) const;
  void LoadWebFiles();

  // Endpoints. Each throws HttpError for a client error or a store failure.
  Json Meta(Store& store);
  Json Graph(const Request& r, Store& store);
  Json Events(Request r, Store& store);
  Json OneEvent(const std::string& id, Store& store);
  Json Actor(const std::string& id, const Request& r, Store& store);
  Json Timeline(const Request& r, Store& store);
  Json Search(const Request& r, Store& store);
  Json Document(const std::string& id, Store& store);
  Json Stories(const Request& r, Store& store);  // story_endpoints.cc
  // The stored stories, grouped once per store version: a pass over every document that the
  // request deadline does not bound; requests meanwhile wait for it.
  std::shared_ptr<const std::vector<StoredStory>> StoriesNow(Store& store);
  Json OneStory(const std::string& id, Store& store);
  Json Framing(const Request& r, Store& store);

  // The checked parameters; `limit` may go up to max_limit (0: ServeOptions::max_rows).
  Request Check(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                size_t max_limit = 0);
  serve::Labels LabelsFor(const std::set<std::string>& codes, Store& store);
  Json EventsJson(const std::vector<StoredEvent>& events, Store& store);
  std::vector<StoredEvent> SelectEvents(const EventFilter& filter, Store& store);
  // Throws HttpError 503 when the store stopped at the deadline, else 500, unless `s` is ok.
  void MustOk(const Status& s, Store& store, const char* what);
  template <class T>
  T Must(Expected<T> value, Store& store, const char* what) {
    if (!value) MustOk(value.error(), store, what);
    return std::move(*value);
  }

  ServeOptions options_;
  Reference knowledge_;
  serve::ParamRules rules_;
  std::mutex watcher_mu_;
  std::unique_ptr<Store> watcher_;  // only asked for DataVersion
  AnswerCache cache_;
  std::mutex stories_mu_;
  int64_t stories_version_ = -1;
  std::shared_ptr<const std::vector<StoredStory>> stories_;
  std::mutex pool_mu_;
  std::vector<std::unique_ptr<Store>> pool_;
  std::map<std::string, std::pair<std::string, std::string>, std::less<>>
      files_;  // path → type, body
};

}  // namespace entente::serve

#endif  // ENTENTE_SERVE_API_IMPL_H_
