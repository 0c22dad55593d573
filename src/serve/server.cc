// serve/server.cc — the HTTP front of the Api (cpp-httplib): limits, headers, the access log,
// and a clean stop on SIGINT/SIGTERM.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>

#include "serve/serve.h"

namespace entente {
namespace {

// The path as logged: bytes that could break a log line or its quoting (controls, space, ", \)
// written %XX; other bytes, UTF-8 included, as they are.
std::string Escape(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (c <= 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '%') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// Appends one line per request: client, UTC time, request line, status, body bytes.
class AccessLog {
 public:
  explicit AccessLog(const std::string& path) {
    if (path == "-") {
      out_ = stderr;
    } else if (!path.empty()) {
      out_ = std::fopen(path.c_str(), "a");
      own_ = out_ != nullptr;
    }
  }
  ~AccessLog() {
    if (own_) std::fclose(out_);
  }
  bool failed(const std::string& path) const { return !path.empty() && path != "-" && !out_; }
  void Write(const httplib::Request& req, const httplib::Response& res) {
    if (!out_) return;
    char when[32];
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::string target = Escape(req.path);
    if (!req.params.empty()) {
      target += '?';
      bool first = true;
      for (const auto& [k, v] : req.params) {
        target += (first ? "" : "&") + httplib::detail::encode_query_param(k) + "=" +
                  httplib::detail::encode_query_param(v);
        first = false;
      }
    }
    std::lock_guard lock(mu_);
    std::fprintf(out_, "%s - - [%s] \"%s %s\" %d %zu\n", req.remote_addr.c_str(), when,
                 req.method.c_str(), target.c_str(), res.status, res.body.size());
    std::fflush(out_);
  }

 private:
  std::FILE* out_ = nullptr;
  bool own_ = false;
  std::mutex mu_;
};

void SetSecurityHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
}

}  // namespace

Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening) {
  auto api = Api::Create(options);
  if (!api) return api.error();
  AccessLog log(options.access_log);
  if (log.failed(options.access_log)) {
    return Status::Error("cannot open the access log '" + options.access_log + "'");
  }

  httplib::Server server;
  // cpp-httplib gives each connection a pool thread until it closes, so the pool bounds the
  // connections served at once; idle keep-alive connections close after 5 s.
  const int threads = options.threads > 0 ? options.threads : 128;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(5);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  server.set_payload_max_length(16 * 1024);  // GET only: a body is never needed

  Api& handler = **api;
  server.Get(".*", [&handler](const httplib::Request& req, httplib::Response& res) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse answer = handler.Get(req.path, params);
    res.status = answer.status;
    SetSecurityHeaders(res);
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::move(answer.body), answer.content_type.c_str());
  });
  auto not_allowed = [](const httplib::Request&, httplib::Response& res) {
    res.status = 405;
    res.set_header("Allow", "GET, HEAD");
    res.set_content(R"({"error": {"status": 405, "message": "only GET is served"}})",
                    "application/json");
  };
  server.Post(".*", not_allowed);
  server.Put(".*", not_allowed);
  server.Delete(".*", not_allowed);
  server.Patch(".*", not_allowed);
  server.set_logger(
      [&log](const httplib::Request& req, const httplib::Response& res) { log.Write(req, res); });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(R"({"error": {"status": 500, "message": "internal error"}})",
                        "application/json");
      });

  // SIGINT/SIGTERM are taken by one thread that stops the server; the others never see them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  // Our own listening-socket options: SO_REUSEADDR without the library's SO_REUSEPORT (so a port
  // in use is an error, not a second server sharing it), and the socket kept to raise its
  // accept backlog after bind: the library listens with a backlog of 5, which drops the SYNs of
  // bursts of new connections (clients then wait 1 s or 3 s to retry).
  int listening = -1;
  server.set_socket_options([&listening](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listening = sock;
  });
  int port = options.port == 0
                 ? server.bind_to_any_port(options.host)
                 : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port <= 0) {
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(options.port));
  }
  if (listening >= 0) ::listen(listening, SOMAXCONN);
  std::atomic<bool> signalled{false};
  std::thread stopper([&server, &signalled, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    signalled = true;
    server.stop();
  });
  on_listening(port);
  const bool served = server.listen_after_bind();
  // Stopped by a signal, or the listening loop failed: then wake the stopper, which still waits.
  if (!signalled) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
  if (!served && !signalled) return Status::Error("the server stopped: cannot accept connections");
  return Status();
}

}  // namespace entente
