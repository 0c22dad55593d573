// serve/api.cc — the JSON API: routing, the store pool, the answer cache, and each endpoint.
#include <fstream>
#include <sstream>

#include "serve/api_impl.h"

#ifndef ENTENTE_DEFAULT_WEB_DIR
#define ENTENTE_DEFAULT_WEB_DIR ""
#endif

namespace entente::serve {

ApiResponse ErrorResponse(int status, const std::string& message) {
  Json j = {{"error", {{"status", status}, {"message", message}}}};
  return {status, "application/json", serve::Dump(j)};
}

ApiResponse JsonResponse(const Json& j) { return {200, "application/json", serve::Dump(j)}; }

bool IsCountryKind(const std::string& kind) {
  return kind == "state" || kind == "igo" || kind == "region";
}

// At most `max` bytes of `s`, cut at a UTF-8 character boundary.
std::string Clip(std::string s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n) + "…";
}

Expected<std::unique_ptr<Store>> ApiImpl::Borrow() {
  {
    std::lock_guard lock(pool_mu_);
    if (!pool_.empty()) {
      auto store = std::move(pool_.back());
      pool_.pop_back();
      return store;
    }
  }
  return Store::Open(options_.db, Store::Mode::kReadOnly);
}

void ApiImpl::LoadWebFiles() {
  const std::string dir = options_.web_dir.empty() ? ENTENTE_DEFAULT_WEB_DIR : options_.web_dir;
  const std::pair<const char*, const char*> files[] = {
      {"index.html", "text/html; charset=utf-8"},
      {"app.js", "text/javascript; charset=utf-8"},
      {"app.css", "text/css; charset=utf-8"},
      {"openapi.json", "application/json"},
  };
  for (const auto& [name, type] : files) {
    std::ifstream in(dir + "/" + name, std::ios::binary);
    if (!in) continue;
    std::ostringstream body;
    body << in.rdbuf();
    files_[name] = {type, body.str()};
  }
}

ApiResponse ApiImpl::Static(std::string_view path) const {
  std::string_view name = path == "/" ? "index.html" : path.substr(1);
  if (path == "/api/openapi.json") name = "openapi.json";
  auto it = files_.find(name);
  if (it != files_.end()) return {200, it->second.first, it->second.second};
  if (path == "/") {
    return {200, "text/html; charset=utf-8",
            "<!doctype html><meta charset=utf-8><title>entente</title><p>The page is not built "
            "(no index.html in the web folder; <code>scripts/setup</code> installs what builds "
            "it). The JSON API works: <a href=/api/meta>/api/meta</a>, "
            "<a href=/api/graph>/api/graph</a>.</p>"};
  }
  if (path.rfind("/api/", 0) == 0)
    return ErrorResponse(404, "no such endpoint: " + std::string(path));
  return {404, "text/plain; charset=utf-8", "not found\n"};
}

ApiResponse ApiImpl::Get(std::string_view path, const QueryParams& params) {
  if (path.rfind("/api/", 0) != 0 || path == "/api/openapi.json") return Static(path);
  // The cache key: path and parameters in canonical (sorted) order.
  std::string key(path);
  for (const auto& [k, v] : params) key += "\x1f" + k + "=" + v;
  int64_t version = -1;
  {
    std::lock_guard lock(watcher_mu_);
    if (auto v = watcher_->DataVersion()) version = *v;
  }
  if (version >= 0) {
    if (auto hit = cache_.Get(key, version)) return *hit;
  }
  auto store = Borrow();
  if (!store) return ErrorResponse(503, "cannot open the store: " + store.error().message());
  Lease lease(*this, std::move(*store));
  lease->SetDeadline(std::chrono::steady_clock::now() + options_.query_time);
  ApiResponse answer;
  try {
    answer = Route(path, params, *lease);
  } catch (const HttpError& e) {
    answer = ErrorResponse(e.status, e.message);
  }
  if (answer.status == 200 && version >= 0) cache_.Put(key, version, answer);
  return answer;
}

ApiResponse ApiImpl::Route(std::string_view path, const QueryParams& params, Store& store) {
  // "/api/<name>" or "/api/<name>/<id>"; ids may hold slashes (document ids are file names).
  std::string_view rest = path.substr(5);
  size_t slash = rest.find('/');
  std::string_view name = rest.substr(0, slash);
  std::string id = slash == std::string_view::npos ? "" : std::string(rest.substr(slash + 1));
  const bool has_id = slash != std::string_view::npos;
  if (has_id && id.empty())
    throw HttpError{404, "missing id after /api/" + std::string(name) + "/"};
  if (has_id && id.size() > 1000) throw HttpError{400, "id longer than 1000 bytes"};

  if (name == "meta" && !has_id) {
    Check(params, {});
    return JsonResponse(Meta(store));
  }
  if (name == "graph" && !has_id) {
    return JsonResponse(Graph(
        Check(params,
              {"from", "to", "type", "lang", "source", "modality", "actor", "min_sources", "limit"},
              options_.max_edges),
        store));
  }
  if (name == "events" && !has_id) {
    return JsonResponse(Events(Check(params, {"from", "to", "type", "lang", "source", "modality",
                                              "actor", "a", "b", "limit", "offset"}),
                               store));
  }
  if (name == "events") {
    Check(params, {});
    return JsonResponse(OneEvent(id, store));
  }
  if (name == "actors" && has_id) {
    return JsonResponse(
        Actor(id, Check(params, {"from", "to", "type", "lang", "source", "modality"}), store));
  }
  if (name == "timeline" && !has_id) {
    return JsonResponse(Timeline(
        Check(params, {"a", "b", "from", "to", "type", "lang", "source", "modality"}), store));
  }
  if (name == "search" && !has_id)
    return JsonResponse(Search(Check(params, {"q", "limit"}), store));
  if (name == "documents" && has_id) {
    Check(params, {});
    return JsonResponse(Document(id, store));
  }
  if (name == "stories" && !has_id)
    return JsonResponse(Stories(Check(params, {"lang", "source", "limit", "offset"}), store));
  if (name == "stories") {
    Check(params, {});
    return JsonResponse(OneStory(id, store));
  }
  if (name == "framing" && !has_id)
    return JsonResponse(Framing(Check(params, {"story", "sources"}), store));
  return ErrorResponse(404, "no such endpoint: " + std::string(path));
}

Request ApiImpl::Check(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                       size_t max_limit) {
  Request r;
  serve::ParamRules rules = rules_;
  if (max_limit) rules.max_limit = max_limit;
  if (Status s = serve::CheckParams(params, allowed, rules, r); !s.ok()) {
    throw HttpError{400, s.message()};
  }
  return r;
}

void ApiImpl::MustOk(const Status& s, Store& store, const char* what) {
  if (s.ok()) return;
  if (store.TimedOut()) {
    throw HttpError{503, std::string(what) + " took longer than " +
                             std::to_string(options_.query_time.count()) +
                             " ms; narrow the filters"};
  }
  throw HttpError{500, std::string(what) + " failed: " + s.message()};
}

serve::Labels ApiImpl::LabelsFor(const std::set<std::string>& codes, Store& store) {
  serve::Labels labels;
  auto found = Must(store.FindEntities({codes.begin(), codes.end()}), store, "reading actors");
  for (const Entity& e : found) {
    if (IsCountryKind(e.kind) && codes.count(e.country)) labels[e.country] = {e.name, e.kind};
  }
  // Codes no stored entity stands for (a state named only through its capital, say) take the
  // knowledge base's English name.
  for (const std::string& code : codes) {
    if (labels.count(code)) continue;
    std::string name = knowledge_.CodeName(code);
    if (!name.empty()) labels[code] = {name, code.rfind("IGO:", 0) == 0 ? "igo" : "state"};
  }
  return labels;
}

std::vector<StoredEvent> ApiImpl::SelectEvents(const EventFilter& filter, Store& store) {
  std::vector<StoredEvent> events;
  Status s = store.ForEachEvent(filter, [&](const StoredEvent& e) { events.push_back(e); });
  MustOk(s, store, "reading events");
  return events;
}

Json ApiImpl::EventsJson(const std::vector<StoredEvent>& events, Store& store) {
  std::set<std::string> codes;
  for (const auto& e : events) {
    for (const auto* c : {&e.event.src.country, &e.event.tgt.country}) {
      if (!c->empty()) codes.insert(*c);
    }
  }
  serve::Labels labels = LabelsFor(codes, store);
  Json out = Json::array();
  for (const auto& e : events) out.push_back(serve::EventJson(e, labels, knowledge_));
  return out;
}

}  // namespace entente::serve

namespace entente {

Expected<std::unique_ptr<Api>> Api::Create(const ServeOptions& options) {
  // A writable store is migrated forward once; a read-only one must already be current.
  if (auto rw = Store::Open(options.db, Store::Mode::kReadWrite); !rw) {
    auto ro = Store::Open(options.db, Store::Mode::kReadOnly);
    if (!ro) return ro.error();
  }
  auto watcher = Store::Open(options.db, Store::Mode::kReadOnly);
  if (!watcher) return watcher.error();
  auto knowledge = Reference::Load(options.data_pack);
  if (!knowledge) return knowledge.error();
  return std::unique_ptr<Api>(
      new serve::ApiImpl(options, std::move(*knowledge), std::move(*watcher)));
}

}  // namespace entente
