// store/clickhouse/clickhouse_http.h — talking to ClickHouse over its HTTP interface (internal to
// the ClickHouse store): store URLs, SQL string literals, TabSeparated rows both ways.
//
// Values enter SQL only through Quote() (a single-quoted literal with every quote, backslash and
// control byte escaped), and rows travel as TabSeparated, which is byte-exact for any String
// (also for text that is not valid UTF-8, which JSON formats would reject).
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_HTTP_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_HTTP_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace httplib {
class Client;
}

namespace entente::clickhouse {

struct Address {
  std::string host;
  int port = 0;
};

// clickhouse://host:port[,host:port...]/db[?cluster=NAME]
struct Url {
  std::vector<Address> hosts;  // with a cluster: one HTTP address per shard
  std::string database;
  std::string cluster;  // "" = one server with plain tables
};
// Fails with a message naming `url` unless it has that shape (database and cluster names are
// letters, digits and '_'; a URL without a cluster names exactly one host).
Expected<Url> ParseUrl(const std::string& url);

// `value` as a ClickHouse string literal.
std::string Quote(std::string_view value);
// `values` as "(v1, v2, ...)" of literals; "('')" for none, so `x IN` stays valid SQL.
std::string QuoteList(const std::vector<std::string>& values);

// `values` in runs of at most `n`: ClickHouse bounds the size of a query's AST, so long IN lists
// go in several queries.
std::vector<std::vector<std::string>> Chunks(const std::vector<std::string>& values, size_t n);

// One TabSeparated row being written: Add each column, then End.
class TsvRow {
 public:
  explicit TsvRow(std::string& out) : out_(out) {}
  TsvRow& Add(std::string_view value);
  TsvRow& Add(uint64_t value);
  TsvRow& Add(int64_t value);
  TsvRow& Add(double value);
  void End() { out_ += '\n'; }

 private:
  void Sep();
  std::string& out_;
  bool first_ = true;
};

using Row = std::vector<std::string>;
// Rows of a TabSeparated answer, unescaped.
std::vector<Row> ParseTsv(std::string_view text);

// One server's HTTP interface. Not thread-safe.
class Http {
 public:
  explicit Http(Address address);
  ~Http();
  Http(Http&&) noexcept;
  // POSTs `body` to "/?<params>" (params already URL-encoded). Fails with the server's message
  // on any error; `code` gets ClickHouse's error code (0 when it gave none). `timeout` bounds
  // the wait for the answer.
  Expected<std::string> Post(const std::string& params, const std::string& body,
                             std::chrono::seconds timeout, int* code = nullptr);
  const Address& address() const { return address_; }

 private:
  Address address_;
  std::unique_ptr<httplib::Client> client_;
};

// `text` percent-encoded for a URL query value.
std::string UrlEncode(std::string_view text);

}  // namespace entente::clickhouse

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_HTTP_H_
