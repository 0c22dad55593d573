// serve/serve.h — `entente serve`: the store's JSON API and the page that explores it, over HTTP.
//
//   ServeOptions opt{.db = "news.db"};
//   Status s = Serve(opt, [](int port) { std::cout << "listening on ...:" << port << "\n"; });
//
// Api is the HTTP-free core: one GET (path, parameters) → status, content type and body. The
// endpoints and their JSON are documented in doc/openapi.json. Contracts:
// - The store is only read: each request borrows a read-only connection from a pool, runs
//   parameterised SQL under a deadline (ServeOptions::query_time; past it the answer is 503),
//   and returns at most ServeOptions::max_rows rows (`limit` above it is a 400).
// - Every parameter is checked against the endpoint's list: an unknown name, a repeated one or
//   a malformed value is a 400 whose JSON says which and why; nothing unchecked reaches a query.
// - Answers are cached by path and canonical query until the database files change (an ingest
//   beside the server invalidates them).
// - Errors are {"error": {"status": N, "message": "..."}} with the same status on the response.
// Serve binds to ServeOptions::host (loopback by default), serves until SIGINT or SIGTERM, and
// logs each request (client, time, request line, status, bytes) to the access log.
// Thread-safety: one Api serves all of the server's threads.
#ifndef ENTENTE_SERVE_SERVE_H_
#define ENTENTE_SERVE_SERVE_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente {

struct ServeOptions {
  std::string db;                  // SQLite store path (migrated forward on start when writable)
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0 = any free port (reported to on_listening)
  int threads = 0;                 // 0 = 128; an open connection holds one while it lasts
  std::string web_dir{};           // the built page (index.html, app.js, app.css); "" = default
  std::string data_pack{};         // "" = the default pack
  std::string access_log = "-";    // "-" = stderr, "" = none, else a file appended to
  std::chrono::milliseconds query_time{2000};  // per request
  size_t max_rows = 500;                       // most events/results one request returns
  size_t max_edges = 2000;                     // most graph edges one request returns
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

using QueryParams = std::multimap<std::string, std::string>;

class Api {
 public:
  // Opens the store once (migrating it when writable), loads the pack's CAMEO scale and people
  // tables and the page's files. Fails iff the store or the pack cannot be read.
  static Expected<std::unique_ptr<Api>> Create(const ServeOptions& options);
  virtual ~Api() = default;
  // Answers GET `path` (no query string) with decoded `params`.
  virtual ApiResponse Get(std::string_view path, const QueryParams& params) = 0;
};

// Runs the server until SIGINT/SIGTERM; `on_listening(port)` runs once the socket is bound.
// Fails iff the Api cannot be created or the address cannot be bound.
Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening);

}  // namespace entente

#endif  // ENTENTE_SERVE_SERVE_H_
