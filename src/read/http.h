// read/http.h — the HTTP response inside a WARC record (internal).
//
//   HttpResponse r;
//   if (ParseHttpResponse(block, r)) Use(r.content_type, r.body);
//
// Thread-safety: reentrant.
#ifndef ENTENTE_READ_HTTP_H_
#define ENTENTE_READ_HTTP_H_

#include <string>
#include <string_view>

namespace entente::read {

struct HttpResponse {
  int status = 0;
  std::string content_type;       // the header's value, as sent
  std::string transfer_encoding;  // lower case
  std::string content_encoding;   // lower case
  std::string_view body;          // into the parsed bytes, as transferred (maybe chunked, gzip)
};

// Parses the status line and headers of `bytes` (CRLF or LF line ends). Returns false iff
// `bytes` does not start with "HTTP/" or has no blank line ending the headers.
bool ParseHttpResponse(std::string_view bytes, HttpResponse& response);

// The media type of a Content-Type value, lower case, without parameters ("text/html").
std::string MediaType(std::string_view content_type);

// Decodes a chunked body into `out`. Returns false iff it is malformed or ends before the last
// (zero-size) chunk; `out` then holds the chunks read so far.
bool DecodeChunked(std::string_view body, std::string& out);

// Inflates a gzip or deflate (zlib or raw) body into `out`, keeping at most `max_bytes`.
// Returns false iff the data is corrupt or truncated; sets *too_large when it exceeds max_bytes.
bool Inflate(std::string_view body, size_t max_bytes, std::string& out, bool* too_large);

}  // namespace entente::read

#endif  // ENTENTE_READ_HTTP_H_
