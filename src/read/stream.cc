#include "read/stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace entente::read {
namespace {

constexpr size_t kChunk = 64 << 10;

class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  ptrdiff_t Read(char* buf, size_t n) override {
    for (;;) {
      ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) return got;
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      return -1;
    }
  }
  std::string error() const override { return error_; }

 private:
  int fd_;
  bool owned_;
  std::string error_;
};

class GzSource : public ByteSource {
 public:
  explicit GzSource(gzFile file) : file_(file) { gzbuffer(file_, 256 << 10); }
  ~GzSource() override { gzclose(file_); }
  ptrdiff_t Read(char* buf, size_t n) override {
    int got = gzread(file_, buf, static_cast<unsigned>(std::min<size_t>(n, 1u << 30)));
    if (got >= 0) return got;
    int code = 0;
    const char* message = gzerror(file_, &code);
    error_ = std::string("gzip: ") + (message ? message : "unknown error");
    return -1;
  }
  std::string error() const override { return error_; }

 private:
  gzFile file_;
  std::string error_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  ptrdiff_t Read(char* buf, size_t n) override {
    size_t take = std::min(n, bytes_.size());
    if (take) std::memcpy(buf, bytes_.data(), take);
    bytes_.remove_prefix(take);
    return static_cast<ptrdiff_t>(take);
  }
  std::string error() const override { return {}; }

 private:
  std::string_view bytes_;
};

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

ByteStream::ByteStream(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

bool ByteStream::Fill() {
  if (eof_) return false;
  if (pos_ == end_) {
    pos_ = end_ = 0;
  } else if (pos_ >= kChunk) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (buf_.size() - end_ < kChunk) buf_.resize(end_ + kChunk);
  ptrdiff_t got = source_->Read(buf_.data() + end_, buf_.size() - end_);
  if (got <= 0) {
    eof_ = true;
    failed_ = got < 0;
    return false;
  }
  end_ += static_cast<size_t>(got);
  return true;
}

bool ByteStream::ReadLine(std::string& line, size_t max, bool* too_long) {
  line.clear();
  *too_long = false;
  bool got_any = false;
  for (;;) {
    if (available() == 0 && !Fill()) return got_any;
    got_any = true;
    const char* begin = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', available()));
    size_t len = nl ? static_cast<size_t>(nl - begin) : available();
    size_t keep = std::min(len, max - std::min(max, line.size()));
    if (keep < len) *too_long = true;
    line.append(begin, keep);
    pos_ += len;
    if (nl) {
      ++pos_;
      return true;
    }
  }
}

size_t ByteStream::Read(size_t n, std::string& out) {
  size_t done = 0;
  while (done < n) {
    if (available() == 0 && !Fill()) break;
    size_t take = std::min(n - done, available());
    out.append(buf_.data() + pos_, take);
    pos_ += take;
    done += take;
  }
  return done;
}

size_t ByteStream::Skip(size_t n) {
  size_t done = 0;
  while (done < n) {
    if (available() == 0 && !Fill()) break;
    size_t take = std::min(n - done, available());
    pos_ += take;
    done += take;
  }
  return done;
}

int ByteStream::PeekNonBlank(size_t limit) {
  size_t offset = 0;  // relative to pos_, which Fill() may move
  while (offset < limit) {
    if (offset == available() && !Fill()) return -1;
    char c = buf_[pos_ + offset];
    if (!IsBlank(c)) return static_cast<unsigned char>(c);
    ++offset;
  }
  return -1;
}

bool ByteStream::StartsWith(std::string_view prefix) {
  while (available() < prefix.size()) {
    if (!Fill()) return false;
  }
  return std::string_view(buf_.data() + pos_, prefix.size()) == prefix;
}

std::unique_ptr<ByteStream> OpenFileStream(const std::string& path, bool gzip, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return nullptr;
  }
  if (!gzip) return std::make_unique<ByteStream>(std::make_unique<FdSource>(fd, true));
  gzFile file = gzdopen(fd, "rb");
  if (!file) {
    ::close(fd);
    *error = "cannot start gzip decompression";
    return nullptr;
  }
  return std::make_unique<ByteStream>(std::make_unique<GzSource>(file));
}

std::unique_ptr<ByteStream> OpenStdinStream() {
  return std::make_unique<ByteStream>(std::make_unique<FdSource>(STDIN_FILENO, false));
}

std::unique_ptr<ByteStream> OpenMemoryStream(std::string_view bytes) {
  return std::make_unique<ByteStream>(std::make_unique<MemorySource>(bytes));
}

}  // namespace entente::read
