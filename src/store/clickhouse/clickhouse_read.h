// store/clickhouse/clickhouse_read.h — reading event rows of the ClickHouse store (internal).
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_READ_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_READ_H_

#include "entente/doc.h"
#include "store/clickhouse/clickhouse_http.h"

namespace entente::clickhouse {

// The event's own columns of the events table, in the order ParseEvent reads them.
extern const char* const kEventColumns;
inline constexpr size_t kEventColumnCount = 27;
Event ParseEvent(const Row& row, size_t first);

}  // namespace entente::clickhouse

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_READ_H_
