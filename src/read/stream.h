// read/stream.h — buffered byte input for the readers (internal).
//
//   auto in = OpenFileStream("crawl.warc.gz", /*gzip=*/true, &error);
//   std::string line;
//   bool too_long = false;
//   while (in->ReadLine(line, 1 << 16, &too_long)) { ... }
//
// A ByteStream pulls fixed-size chunks from a ByteSource (a file descriptor, a zlib gzFile, or
// bytes in memory), so memory stays bounded by the chunk size plus what the caller asks for.
// Thread-safety: one thread at a time.
#ifndef ENTENTE_READ_STREAM_H_
#define ENTENTE_READ_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entente::read {

// Where bytes come from.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`. Returns the count, 0 at the end, -1 on an error (then
  // error() says what went wrong).
  virtual ptrdiff_t Read(char* buf, size_t n) = 0;
  virtual std::string error() const = 0;
};

class ByteStream {
 public:
  explicit ByteStream(std::unique_ptr<ByteSource> source);

  // Reads one line, without its '\n', into `line` (cleared first). At most `max` bytes are kept;
  // when the line is longer, the rest of it is consumed and dropped and *too_long is set.
  // Returns false iff the stream is at its end and nothing was read.
  bool ReadLine(std::string& line, size_t max, bool* too_long);
  // Appends up to `n` bytes to `out`; returns how many (fewer only at the end).
  size_t Read(size_t n, std::string& out);
  // Drops up to `n` bytes; returns how many (fewer only at the end).
  size_t Skip(size_t n);
  // Returns the first byte that is not ASCII whitespace within the next `limit` bytes, without
  // consuming anything; -1 when there is none (end of stream or limit reached).
  int PeekNonBlank(size_t limit);
  // True iff the next bytes are `prefix` (nothing is consumed).
  bool StartsWith(std::string_view prefix);
  // True once the source reported an error; error() says which.
  bool failed() const { return failed_; }
  std::string error() const { return source_->error(); }

 private:
  // Appends more bytes to the buffer; returns false at the end or on an error.
  bool Fill();
  size_t available() const { return end_ - pos_; }

  std::unique_ptr<ByteSource> source_;
  std::vector<char> buf_;
  size_t pos_ = 0;  // next unread byte
  size_t end_ = 0;  // end of buffered bytes
  bool eof_ = false;
  bool failed_ = false;
};

// A plain file (gzip = false) or a gzip file, possibly of many members (gzip = true).
// Returns null and sets *error when the file cannot be opened.
std::unique_ptr<ByteStream> OpenFileStream(const std::string& path, bool gzip, std::string* error);
// Standard input.
std::unique_ptr<ByteStream> OpenStdinStream();
// Bytes in memory, which must outlive the stream.
std::unique_ptr<ByteStream> OpenMemoryStream(std::string_view bytes);

}  // namespace entente::read

#endif  // ENTENTE_READ_STREAM_H_
