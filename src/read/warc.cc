// WARC (ISO 28500): records one after another, each "WARC/1.x" + headers + blank line +
// Content-Length bytes. Only `response` records carrying an HTTP response with an HTML or
// text/plain body become documents; a record is held in memory only up to max_doc_bytes.
#include <algorithm>
#include <cctype>
#include <string>

#include "read/charset.h"
#include "read/formats.h"
#include "read/http.h"

namespace entente::read {
namespace {

constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBytes = 1 << 20;
constexpr size_t kHttpPeekBytes = 64 << 10;  // enough for the HTTP headers of a large record

struct WarcHeaders {
  std::string type;
  std::string record_id;
  std::string target_uri;
  std::string date;
  bool has_length = false;
  size_t length = 0;
};

void StripCr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

std::string_view TrimView(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

void AddHeader(std::string_view line, WarcHeaders& h) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  std::string_view name = TrimView(line.substr(0, colon));
  std::string_view value = TrimView(line.substr(colon + 1));
  if (SameName(name, "WARC-Type")) {
    h.type = value;
  } else if (SameName(name, "WARC-Record-ID")) {
    if (value.starts_with("<")) value.remove_prefix(1);
    if (value.ends_with(">")) value.remove_suffix(1);
    if (value.starts_with("urn:uuid:")) value.remove_prefix(9);
    h.record_id = value;
  } else if (SameName(name, "WARC-Target-URI")) {
    if (value.starts_with("<") && value.ends_with(">")) value = value.substr(1, value.size() - 2);
    h.target_uri = value;
  } else if (SameName(name, "WARC-Date")) {
    h.date = value.substr(0, 10);
  } else if (SameName(name, "Content-Length")) {
    size_t n = 0;
    h.has_length = !value.empty() && value.size() <= 18 &&
                   value.find_first_not_of("0123456789") == std::string_view::npos;
    for (char c : value) n = n * 10 + static_cast<size_t>(c - '0');
    h.length = n;
  }
}

bool IsHtmlType(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml";
}

class WarcReader : public DocReader {
 public:
  WarcReader(std::unique_ptr<ByteStream> in, std::string stem, const ReadOptions& options)
      : in_(std::move(in)), stem_(std::move(stem)), options_(options) {}

  bool Next(Doc& doc) override {
    while (!done_) {
      doc = Doc{};
      if (ReadRecord(doc)) return true;
    }
    return false;
  }

 private:
  // Reads the next record; returns true iff it yields a document.
  bool ReadRecord(Doc& doc) {
    bool too_long = false;
    for (;;) {  // skip blank lines between records (and junk, to resynchronise)
      if (!in_->ReadLine(line_, kMaxHeaderLine, &too_long)) return AtEnd(doc);
      if (!too_long && line_.starts_with("WARC/")) break;
    }
    ++record_number_;
    WarcHeaders h;
    size_t header_bytes = 0;
    for (;;) {
      if (!in_->ReadLine(line_, kMaxHeaderLine, &too_long)) {
        if (h.type != "response") return AtEnd(doc);
        done_ = true;
        NameDoc(h, doc);
        doc.AddError("truncated", "The WARC record ends inside its headers.");
        return true;
      }
      StripCr(line_);
      if (line_.empty()) break;
      header_bytes += line_.size();
      if (header_bytes > kMaxHeaderBytes) return false;  // not a real record: resynchronise
      AddHeader(line_, h);
    }
    bool response = h.type == "response";
    if (!h.has_length) {
      if (!response) return false;
      NameDoc(h, doc);
      doc.AddError("truncated", "The WARC record has no valid Content-Length header.");
      return true;
    }
    if (!response) {
      if (in_->Skip(h.length) < h.length) done_ = true;
      return false;
    }
    NameDoc(h, doc);
    block_.clear();
    bool over = h.length > options_.max_doc_bytes;
    size_t want = over ? std::min(h.length, kHttpPeekBytes) : h.length;
    size_t got = in_->Read(want, block_);
    if (over) got += in_->Skip(h.length - want);
    if (got < h.length) {
      done_ = true;
      doc.AddError("truncated", "The WARC record is cut off: it declares " +
                                    std::to_string(h.length) + " bytes but the input ends after " +
                                    std::to_string(got) + ".");
      return true;
    }
    return ParseBlock(over, doc);
  }

  // The HTTP response in block_; returns true iff it yields a document.
  bool ParseBlock(bool over_limit, Doc& doc) {
    HttpResponse http;
    if (!ParseHttpResponse(block_, http)) return false;  // not HTTP (dns:, ...)
    std::string media = MediaType(http.content_type);
    bool html = IsHtmlType(media);
    if (!html && media != "text/plain") return false;
    if (over_limit) {
      CheckSize(options_.max_doc_bytes + 1, options_.max_doc_bytes, doc);
      return true;
    }
    std::string_view body = http.body;
    if (http.transfer_encoding.find("chunked") != std::string::npos) {
      if (!DecodeChunked(body, dechunked_)) {
        doc.AddError("truncated", "The chunked HTTP body is malformed or ends early.");
        return true;
      }
      body = dechunked_;
    }
    const std::string& coding = http.content_encoding;
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
      bool too_large = false;
      if (!Inflate(body, options_.max_doc_bytes, inflated_, &too_large)) {
        if (too_large) {
          CheckSize(options_.max_doc_bytes + 1, options_.max_doc_bytes, doc);
        } else {
          doc.AddError("truncated",
                       "The " + coding + "-compressed HTTP body is corrupt or cut off.");
        }
        return true;
      }
      body = inflated_;
    } else if (!coding.empty() && coding != "identity") {
      doc.AddError("unreadable", "The HTTP body is compressed with '" + coding +
                                     "', which entente cannot decode.");
      return true;
    }
    std::string charset = CharsetFromContentType(http.content_type);
    if (html) {
      ParseHtml(body, charset, options_, doc);
    } else {
      ParseText(body, charset, options_, doc);
    }
    return true;
  }

  void NameDoc(const WarcHeaders& h, Doc& doc) {
    doc.id = h.record_id.empty() ? stem_ + ":" + std::to_string(record_number_) : h.record_id;
    doc.url = h.target_uri;
    doc.date = h.date;
  }

  // End of input: reports a read error once, as a document.
  bool AtEnd(Doc& doc) {
    done_ = true;
    if (!in_->failed()) return false;
    doc.id = stem_ + ":" + std::to_string(record_number_ + 1);
    doc.AddError("unreadable", "Reading the WARC input failed: " + in_->error() + ".");
    return true;
  }

  std::unique_ptr<ByteStream> in_;
  std::string stem_;
  ReadOptions options_;
  std::string line_;
  std::string block_;
  std::string dechunked_;
  std::string inflated_;
  size_t record_number_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocReader> NewWarcReader(std::unique_ptr<ByteStream> in, std::string stem,
                                         const ReadOptions& options) {
  return std::make_unique<WarcReader>(std::move(in), std::move(stem), options);
}

}  // namespace entente::read
