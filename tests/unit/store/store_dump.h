// tests/unit/store/store_dump.h — a canonical text dump of an SQLite database, for comparing
// two databases row for row (used by the store unit tests and the e2e idempotency tests).
//
//   EXPECT_EQ(DumpDatabase(path_a), DumpDatabase(path_b));
//
// The dump holds user_version, application_id, the schema SQL, then every table in name order
// with its rows sorted by all columns and each value written by SQLite's quote() (so types,
// NULLs and bytes are exact). Rowids are not part of it. The full-text index (documents_fts and
// its shadow tables, whose rowids and b-tree pages follow write order) is dumped by what it
// holds: each indexed document's id with its title and body text.
#ifndef ENTENTE_TESTS_UNIT_STORE_STORE_DUMP_H_
#define ENTENTE_TESTS_UNIT_STORE_STORE_DUMP_H_

#include <sqlite3.h>

#include <string>
#include <vector>

namespace entente::testing {

namespace dump_internal {

// Runs `sql` and appends each row's columns, '|'-separated, one row per line.
inline bool AppendRows(sqlite3* db, const std::string& sql, std::string& out) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    out += "!error: " + std::string(sqlite3_errmsg(db)) + "\n";
    return false;
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      if (i) out += '|';
      const void* p = sqlite3_column_blob(st, i);
      if (p)
        out.append(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, i)));
    }
    out += '\n';
  }
  if (rc != SQLITE_DONE) out += "!error: " + std::string(sqlite3_errmsg(db)) + "\n";
  sqlite3_finalize(st);
  return rc == SQLITE_DONE;
}

// `name` as an SQL identifier ("...") or, with quote = '\'', as a string literal.
inline std::string Quoted(const std::string& name, char quote = '"') {
  std::string q(1, quote);
  for (char c : name) q += c == quote ? std::string(2, c) : std::string(1, c);
  return q + quote;
}

}  // namespace dump_internal

// The canonical dump of the database at `path` (opened read-only), or a line starting with
// "!error" when it cannot be read.
inline std::string DumpDatabase(const std::string& path) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    out = "!error: cannot open " + path;
    sqlite3_close_v2(db);
    return out;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);  // one snapshot for the whole dump
  out += "-- pragmas\n";
  dump_internal::AppendRows(db, "PRAGMA user_version", out);
  dump_internal::AppendRows(db, "PRAGMA application_id", out);
  out += "-- schema\n";
  dump_internal::AppendRows(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY 1, 2",
                            out);
  std::vector<std::string> tables;
  {
    std::string names;
    dump_internal::AppendRows(
        db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'documents_fts%'"
        " ORDER BY name",
        names);
    size_t start = 0;
    for (size_t nl; (nl = names.find('\n', start)) != std::string::npos; start = nl + 1) {
      tables.push_back(names.substr(start, nl - start));
    }
  }
  for (const std::string& table : tables) {
    std::string columns;
    dump_internal::AppendRows(db,
                              "SELECT name FROM pragma_table_info(" +
                                  dump_internal::Quoted(table, '\'') + ") ORDER BY cid",
                              columns);
    std::string select, order;
    size_t start = 0;
    int n = 0;
    for (size_t nl; (nl = columns.find('\n', start)) != std::string::npos; start = nl + 1, ++n) {
      std::string col = dump_internal::Quoted(columns.substr(start, nl - start));
      select += std::string(n ? ", " : "") + "quote(" + col + ")";
      order += std::string(n ? ", " : "") + col;
    }
    out += "-- table " + table + "\n";
    if (n == 0) continue;
    dump_internal::AppendRows(
        db, "SELECT " + select + " FROM " + dump_internal::Quoted(table) + " ORDER BY " + order,
        out);
  }
  out += "-- full-text index\n";
  dump_internal::AppendRows(db,
                            "SELECT quote(d.id), quote(f.title), quote(f.body) FROM documents_fts f"
                            " JOIN documents d ON d.rowid = f.rowid ORDER BY d.id",
                            out);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close_v2(db);
  return out;
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_STORE_STORE_DUMP_H_
