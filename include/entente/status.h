// entente/status.h — errors at API boundaries.
//
//   Expected<Store> store = Store::Open(path);
//   if (!store) return store.error();          // Status with a message
//   store->Write(doc);
//
// Status is ok or carries a message; Expected<T> is a T or a non-ok Status (C++20 has no
// std::expected). Both are plain values.
#ifndef ENTENTE_STATUS_H_
#define ENTENTE_STATUS_H_

#include <cassert>
#include <ostream>
#include <string>
#include <utility>
#include <variant>

namespace entente {

class Status {
 public:
  Status() = default;  // ok
  static Status Error(std::string message) { return Status(std::move(message)); }
  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }
  friend std::ostream& operator<<(std::ostream& os, const Status& s) {
    return os << (s.ok() ? std::string("ok") : s.message_);
  }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

template <typename T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Expected(Status error) : v_(std::move(error)) {       // NOLINT: implicit by design
    assert(!std::get<Status>(v_).ok());
  }
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Status& error() const { return std::get<Status>(v_); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace entente

#endif  // ENTENTE_STATUS_H_
