// store/store_open.cc — Store::Open: which implementation a location names.
#include <memory>
#include <string>

#include "store/clickhouse/clickhouse_store.h"
#include "store/sqlite_store.h"

namespace entente {

Expected<std::unique_ptr<Store>> Store::Open(const std::string& location, Mode mode) {
  constexpr std::string_view kSqlite = "sqlite://";
  if (location.rfind("clickhouse://", 0) == 0) return OpenClickHouse(location, mode);
  if (location.rfind(kSqlite, 0) == 0) {
    // sqlite:///abs/path keeps its leading slash; sqlite://rel/path is relative.
    const std::string path = location.substr(kSqlite.size());
    if (path.empty()) return Status::Error("bad store URL '" + location + "': no path");
    return OpenSqlite(path, mode);
  }
  if (const size_t scheme = location.find("://");
      scheme != std::string::npos && location.find('/') > scheme) {
    return Status::Error("bad store URL '" + location +
                         "': unknown scheme (use a path, sqlite://PATH or clickhouse://...)");
  }
  return OpenSqlite(location, mode);
}

}  // namespace entente
