// store/clickhouse/clickhouse_http.cc — URLs, literals, TabSeparated and HTTP for ClickHouse.
#include "store/clickhouse/clickhouse_http.h"

#include <httplib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace entente::clickhouse {
namespace {

bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// Appends `value` with TabSeparated / quoted-literal escapes (the same set serves both).
void Escape(std::string_view value, std::string& out) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\0':
        out += "\\0";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace

Expected<Url> ParseUrl(const std::string& url) {
  auto bad = [&](const std::string& why) {
    return Status::Error("bad ClickHouse store URL '" + url + "': " + why +
                         " (expected clickhouse://host:port[,host:port...]/database"
                         "[?cluster=NAME])");
  };
  constexpr std::string_view kScheme = "clickhouse://";
  if (url.rfind(kScheme, 0) != 0) return bad("it does not start with clickhouse://");
  std::string rest = url.substr(kScheme.size());
  Url out;
  const size_t q = rest.find('?');
  if (q != std::string::npos) {
    const std::string query = rest.substr(q + 1);
    rest.resize(q);
    if (query.rfind("cluster=", 0) != 0 || !IsName(query.substr(8)))
      return bad("the only option is cluster=NAME");
    out.cluster = query.substr(8);
  }
  const size_t slash = rest.find('/');
  if (slash == std::string::npos) return bad("no database");
  out.database = rest.substr(slash + 1);
  if (!IsName(out.database)) return bad("the database name must be letters, digits and _");
  const std::string hosts = rest.substr(0, slash);
  for (size_t start = 0; start <= hosts.size();) {
    size_t comma = hosts.find(',', start);
    if (comma == std::string::npos) comma = hosts.size();
    const std::string item = hosts.substr(start, comma - start);
    const size_t colon = item.rfind(':');
    if (colon == std::string::npos || colon == 0) return bad("'" + item + "' is not host:port");
    char* end = nullptr;
    const long port = std::strtol(item.c_str() + colon + 1, &end, 10);
    if (*end != '\0' || port <= 0 || port > 65535) return bad("bad port in '" + item + "'");
    out.hosts.push_back({item.substr(0, colon), static_cast<int>(port)});
    start = comma + 1;
  }
  if (out.cluster.empty() && out.hosts.size() != 1) return bad("several hosts need ?cluster=NAME");
  return out;
}

std::string Quote(std::string_view value) {
  std::string out = "'";
  Escape(value, out);
  return out + "'";
}

std::string QuoteList(const std::vector<std::string>& values) {
  if (values.empty()) return "('')";
  std::string out = "(";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    out += Quote(values[i]);
  }
  return out + ")";
}

std::vector<std::vector<std::string>> Chunks(const std::vector<std::string>& values, size_t n) {
  std::vector<std::vector<std::string>> out;
  for (size_t i = 0; i < values.size(); i += n) {
    out.emplace_back(values.begin() + static_cast<std::ptrdiff_t>(i),
                     values.begin() + static_cast<std::ptrdiff_t>(std::min(values.size(), i + n)));
  }
  return out;
}

void TsvRow::Sep() {
  if (!first_) out_ += '\t';
  first_ = false;
}

TsvRow& TsvRow::Add(std::string_view value) {
  Sep();
  Escape(value, out_);
  return *this;
}

TsvRow& TsvRow::Add(uint64_t value) {
  Sep();
  out_ += std::to_string(value);
  return *this;
}

TsvRow& TsvRow::Add(int64_t value) {
  Sep();
  out_ += std::to_string(value);
  return *this;
}

TsvRow& TsvRow::Add(double value) {
  Sep();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", value);  // round-trips exactly
  out_ += buf;
  return *this;
}

std::vector<Row> ParseTsv(std::string_view text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\t' || c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      if (c == '\n') {
        rows.push_back(std::move(row));
        row.clear();
      }
    } else if (c == '\\' && i + 1 < text.size()) {
      const char e = text[++i];
      switch (e) {
        case 'n':
          field += '\n';
          break;
        case 't':
          field += '\t';
          break;
        case 'r':
          field += '\r';
          break;
        case 'b':
          field += '\b';
          break;
        case 'f':
          field += '\f';
          break;
        case '0':
          field += '\0';
          break;
        default:
          field += e;  // \\ \' and any other escaped byte stand for themselves
      }
    } else {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string UrlEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Http::Http(Address address)
    : address_(std::move(address)),
      client_(std::make_unique<httplib::Client>(address_.host, address_.port)) {
  client_->set_tcp_nodelay(true);
  client_->set_keep_alive(true);
  client_->set_connection_timeout(std::chrono::seconds(10));
}

Http::~Http() = default;
Http::Http(Http&&) noexcept = default;

Expected<std::string> Http::Post(const std::string& params, const std::string& body,
                                 std::chrono::seconds timeout, int* code) {
  if (code) *code = 0;
  client_->set_read_timeout(timeout);
  client_->set_write_timeout(timeout);
  const std::string where = address_.host + ":" + std::to_string(address_.port);
  auto res = client_->Post(("/?" + params).c_str(), body, "text/plain; charset=UTF-8");
  if (!res) {
    return Status::Error("ClickHouse at " + where +
                         " did not answer: " + httplib::to_string(res.error()));
  }
  if (res->status != 200) {
    // "Code: 159, e.displayText() = DB::Exception: ..."
    if (code && res->body.rfind("Code: ", 0) == 0) *code = std::atoi(res->body.c_str() + 6);
    std::string message = res->body;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    return Status::Error("ClickHouse at " + where + " (HTTP " + std::to_string(res->status) +
                         "): " + message);
  }
  return std::move(res->body);
}

}  // namespace entente::clickhouse
