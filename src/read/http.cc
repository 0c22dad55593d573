#include "read/http.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace entente::read {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// Inflates with the given window bits; returns a zlib status.
int InflateWith(int window_bits, std::string_view body, size_t max_bytes, std::string& out,
                bool* too_large) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Z_MEM_ERROR;
  out.clear();
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  zs.avail_in = static_cast<uInt>(body.size());
  char buf[64 << 10];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    size_t produced = sizeof buf - zs.avail_out;
    if (out.size() + produced > max_bytes) {
      *too_large = true;
      rc = Z_STREAM_END;
      break;
    }
    out.append(buf, produced);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // input ended early
    if (rc == Z_OK && produced == 0 && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  return rc;
}

}  // namespace

bool ParseHttpResponse(std::string_view bytes, HttpResponse& response) {
  if (!bytes.starts_with("HTTP/")) return false;
  size_t pos = 0;
  bool first = true;
  for (;;) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (first) {
      first = false;
      size_t sp = line.find(' ');
      if (sp != std::string_view::npos) {
        std::string_view code = line.substr(sp + 1, 3);
        std::from_chars(code.data(), code.data() + code.size(), response.status);
      }
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (name == "content-type") {
      response.content_type = value;
    } else if (name == "transfer-encoding") {
      response.transfer_encoding = Lower(value);
    } else if (name == "content-encoding") {
      response.content_encoding = Lower(value);
    }
  }
  response.body = bytes.substr(pos);
  return true;
}

std::string MediaType(std::string_view content_type) {
  return Lower(Trim(content_type.substr(0, content_type.find(';'))));
}

bool DecodeChunked(std::string_view body, std::string& out) {
  out.clear();
  size_t pos = 0;
  for (;;) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string_view size_text = Trim(body.substr(pos, nl - pos));
    size_text = size_text.substr(0, size_text.find(';'));  // chunk extensions
    size_text = Trim(size_text);
    size_t size = 0;
    auto [end, ec] =
        std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (ec != std::errc() || end != size_text.data() + size_text.size() || size_text.empty()) {
      return false;
    }
    pos = nl + 1;
    if (size == 0) return true;  // trailers, if any, are ignored
    if (size > body.size() - pos) {
      out.append(body.substr(pos));
      return false;
    }
    out.append(body.substr(pos, size));
    pos += size;
    if (body.substr(pos).starts_with("\r\n")) {
      pos += 2;
    } else if (body.substr(pos).starts_with("\n")) {
      pos += 1;
    }
  }
}

bool Inflate(std::string_view body, size_t max_bytes, std::string& out, bool* too_large) {
  *too_large = false;
  int rc = InflateWith(15 + 32, body, max_bytes, out, too_large);  // gzip or zlib header
  if (rc == Z_DATA_ERROR && out.empty()) rc = InflateWith(-15, body, max_bytes, out, too_large);
  return rc == Z_STREAM_END && !*too_large;
}

}  // namespace entente::read
