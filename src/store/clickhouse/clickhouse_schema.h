// store/clickhouse/clickhouse_schema.h — the tables of the ClickHouse store (internal).
#ifndef ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_SCHEMA_H_
#define ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_SCHEMA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente::clickhouse {

struct TableDef {
  const char* name;
  const char* columns;  // "name Type, ..."
  const char* version;  // ReplacingMergeTree's version column ("" = the last row inserted)
  const char* order;    // ORDER BY: the key duplicates share
};
const std::vector<TableDef>& Tables();
// "a, b, c": the column names of `table`, in the order rows are written.
std::string ColumnNames(const std::string& table);

// A word of a text, lower-cased (ICU), with its bytes in the text. Words are runs of letters,
// digits and combining marks (clickhouse_search.cc).
struct Word {
  std::string lower;
  uint32_t begin = 0, end = 0;
};
std::vector<Word> Words(std::string_view text);
// What a document's search matches: " " + its title and body words, space-separated, + " ", so
// that position(search_words, ' ' || prefix) finds word prefixes.
std::string SearchWords(std::string_view title, std::string_view body);

}  // namespace entente::clickhouse

#endif  // ENTENTE_STORE_CLICKHOUSE_CLICKHOUSE_SCHEMA_H_
