// store/sqlite_util.h — small RAII wrappers over the SQLite C API (internal to src/store).
//
//   Expected<Db> db = Db::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
//   Expected<Stmt> st = Stmt::Prepare(db->get(), "SELECT id FROM documents WHERE lang = ?1");
//   st->Bind(1, "uk");
//   while (st->Step() == SQLITE_ROW) Use(st->Text(0));
//
// Values only ever reach SQL through Bind*(): no value is concatenated into SQL text.
// Text is bound and read by byte length, so any bytes (even invalid UTF-8) round-trip exactly.
// Thread-safety: a Db and its Stmts belong to one thread at a time.
#ifndef ENTENTE_STORE_SQLITE_UTIL_H_
#define ENTENTE_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::sqlite {

// "what: <sqlite message> (code N)" for the last error on `db`.
inline Status Error(sqlite3* db, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db ? sqlite3_errmsg(db) : "out of memory";
  if (db) msg += " (code " + std::to_string(sqlite3_extended_errcode(db)) + ")";
  return Status::Error(std::move(msg));
}

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* st) const { sqlite3_finalize(st); }
};

// An owned connection. Closing happens in the destructor.
class Db {
 public:
  Db() = default;
  // Opens `path` with sqlite3_open_v2 `flags`; on failure the message names the path.
  static Expected<Db> Open(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Db db;
    db.db_.reset(raw);
    if (rc != SQLITE_OK) {
      std::string msg = "cannot open database '" + path + "': ";
      msg += raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
      return Status::Error(std::move(msg));
    }
    sqlite3_extended_result_codes(raw, 1);
    return db;
  }
  sqlite3* get() const { return db_.get(); }

  // Runs constant SQL (DDL, pragmas, BEGIN/COMMIT). Never pass values here: use Stmt.
  Status Exec(const char* sql) const {
    char* err = nullptr;
    int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return Status();
    std::string msg = std::string("SQL failed (") + sql + "): " + (err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return Status::Error(std::move(msg));
  }

 private:
  std::unique_ptr<sqlite3, DbCloser> db_;
};

// An owned prepared statement. Parameter indexes are 1-based, column indexes 0-based.
class Stmt {
 public:
  Stmt() = default;
  static Expected<Stmt> Prepare(sqlite3* db, std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    Stmt st;
    st.st_.reset(raw);
    if (rc != SQLITE_OK) return Error(db, "cannot prepare SQL (" + std::string(sql) + ")");
    return st;
  }
  sqlite3_stmt* get() const { return st_.get(); }
  explicit operator bool() const { return st_ != nullptr; }

  // Readies the statement for another run: resets it and clears its bindings.
  void Reset() {
    sqlite3_reset(st_.get());
    sqlite3_clear_bindings(st_.get());
  }
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(st_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(st_.get(), i, v); }
  void Bind(int i, uint32_t v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, size_t v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, int v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, double v) { sqlite3_bind_double(st_.get(), i, v); }
  void BindNull(int i) { sqlite3_bind_null(st_.get(), i); }
  // Binds NULL for an empty string, the text otherwise.
  void BindOrNull(int i, std::string_view v) {
    if (v.empty()) {
      BindNull(i);
    } else {
      Bind(i, v);
    }
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(st_.get()); }

  bool IsNull(int col) const { return sqlite3_column_type(st_.get(), col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(st_.get(), col); }
  uint32_t U32(int col) const {
    return static_cast<uint32_t>(sqlite3_column_int64(st_.get(), col));
  }
  double Double(int col) const { return sqlite3_column_double(st_.get(), col); }
  // The column's bytes (NULL reads as ""), valid until the next Step or Reset.
  std::string_view View(int col) const {
    const void* p = sqlite3_column_blob(st_.get(), col);
    int n = sqlite3_column_bytes(st_.get(), col);
    return p ? std::string_view(static_cast<const char*>(p), static_cast<size_t>(n))
             : std::string_view();
  }
  // The column's bytes (NULL reads as ""), without any text-encoding conversion.
  std::string Text(int col) const {
    const void* p = sqlite3_column_blob(st_.get(), col);
    int n = sqlite3_column_bytes(st_.get(), col);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
  }

 private:
  std::unique_ptr<sqlite3_stmt, StmtFinalizer> st_;
};

// Runs a statement that returns no rows (or whose rows are ignored) to completion.
inline Status StepDone(sqlite3* db, Stmt& st, std::string_view what) {
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
  }
  Status s = rc == SQLITE_DONE ? Status() : Error(db, what);
  st.Reset();
  return s;
}

}  // namespace entente::sqlite

#endif  // ENTENTE_STORE_SQLITE_UTIL_H_
