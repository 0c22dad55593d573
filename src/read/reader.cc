// OpenInputs: paths → one DocReader that walks them in order, opening each file only when its
// turn comes, so that memory does not grow with the number or size of inputs.
#include "read/reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "read/charset.h"
#include "read/formats.h"

namespace entente {
namespace read {
namespace {

namespace fs = std::filesystem;

constexpr size_t kSniffLimit = 1 << 20;

struct Input {
  std::string path;  // "-" is stdin
  Format format;
};

std::string LowerName(std::string_view path) {
  std::string name(fs::path(path).filename().string());
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

// The file name without its extension ("a.warc.gz" → "a").
std::string Stem(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = fs::path(path).filename().string();
  if (LowerName(path).ends_with(".warc.gz")) return name.substr(0, name.size() - 8);
  return fs::path(name).stem().string();
}

// Yields one document with an error, for an input that could not be opened when its turn came.
class FailedInputReader : public DocReader {
 public:
  FailedInputReader(std::string id, std::string message)
      : id_(std::move(id)), message_(std::move(message)) {}
  bool Next(Doc& doc) override {
    if (done_) return false;
    done_ = true;
    doc = Doc{};
    doc.id = id_;
    doc.AddError("unreadable", message_);
    return true;
  }

 private:
  std::string id_;
  std::string message_;
  bool done_ = false;
};

class SingleDocReader : public DocReader {
 public:
  SingleDocReader(std::unique_ptr<ByteStream> in, std::string stem, bool html,
                  const ReadOptions& options)
      : in_(std::move(in)), stem_(std::move(stem)), html_(html), options_(options) {}

  bool Next(Doc& doc) override {
    if (done_) return false;
    done_ = true;
    doc = Doc{};
    doc.id = stem_;
    std::string bytes;
    size_t got = in_->Read(options_.max_doc_bytes + 1, bytes);
    if (in_->failed()) {
      doc.AddError("unreadable", "Reading the input failed: " + in_->error() + ".");
    } else if (!CheckSize(got, options_.max_doc_bytes, doc)) {
      // too large: not loaded
    } else if (html_) {
      ParseHtml(bytes, "", options_, doc);
    } else {
      ParseText(bytes, "", options_, doc);
    }
    return true;
  }

 private:
  std::unique_ptr<ByteStream> in_;
  std::string stem_;
  bool html_;
  ReadOptions options_;
  bool done_ = false;
};

class MultiReader : public DocReader {
 public:
  MultiReader(std::vector<Input> inputs, const ReadOptions& options)
      : inputs_(std::move(inputs)), options_(options) {}

  bool Next(Doc& doc) override {
    for (;;) {
      if (!current_) {
        if (next_ == inputs_.size()) return false;
        current_ = Open(inputs_[next_++]);
      }
      if (current_->Next(doc)) {
        if (doc.date.empty()) doc.date = options_.default_date;
        return true;
      }
      current_.reset();
    }
  }

 private:
  std::unique_ptr<DocReader> Open(const Input& input) {
    std::string stem = Stem(input.path);
    if (input.path == "-") return NewSniffingReader(OpenStdinStream(), stem, options_);
    std::string error;
    auto in = OpenFileStream(input.path, input.format == Format::kWarcGz, &error);
    if (!in) {
      return std::make_unique<FailedInputReader>(
          stem, "Cannot open '" + input.path + "': " + error + ".");
    }
    switch (input.format) {
      case Format::kText:
        return NewSingleDocReader(std::move(in), stem, false, options_);
      case Format::kHtml:
        return NewSingleDocReader(std::move(in), stem, true, options_);
      case Format::kJsonl:
        return NewJsonlReader(std::move(in), stem, options_);
      case Format::kWarc:
      case Format::kWarcGz:
        return NewWarcReader(std::move(in), stem, options_);
      default:
        return NewSniffingReader(std::move(in), stem, options_);
    }
  }

  std::vector<Input> inputs_;
  ReadOptions options_;
  size_t next_ = 0;
  std::unique_ptr<DocReader> current_;
};

// Adds `path` (a file or directory) to `inputs`; returns an error iff it cannot be read.
Status Expand(const std::string& path, std::vector<Input>& inputs) {
  if (path == "-") {
    inputs.push_back({path, Format::kSniff});
    return {};
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    return Status::Error("cannot open '" + path +
                         "': " + (ec ? ec.message() : std::string("No such file or directory")));
  }
  if (fs::is_directory(st)) {
    std::vector<std::pair<std::string, Format>> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code file_ec;
      if (!it->is_regular_file(file_ec)) continue;
      std::string file = it->path().string();
      Format format = FormatFromPath(file);
      if (format != Format::kUnknown) found.emplace_back(file, format);
    }
    if (ec) return Status::Error("cannot read directory '" + path + "': " + ec.message());
    std::sort(found.begin(), found.end());
    for (auto& [file, format] : found) inputs.push_back({std::move(file), format});
    return {};
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error("cannot open '" + path + "': " + std::strerror(errno));
  ::close(fd);
  Format format = FormatFromPath(path);
  inputs.push_back({path, format == Format::kUnknown ? Format::kSniff : format});
  return {};
}

}  // namespace

Format FormatFromPath(std::string_view path) {
  std::string name = LowerName(path);
  if (name.ends_with(".warc.gz")) return Format::kWarcGz;
  if (name.ends_with(".warc")) return Format::kWarc;
  if (name.ends_with(".jsonl") || name.ends_with(".ndjson")) return Format::kJsonl;
  if (name.ends_with(".html") || name.ends_with(".htm")) return Format::kHtml;
  if (name.ends_with(".txt")) return Format::kText;
  return Format::kUnknown;
}

std::unique_ptr<DocReader> NewSingleDocReader(std::unique_ptr<ByteStream> in, std::string stem,
                                              bool html, const ReadOptions& options) {
  return std::make_unique<SingleDocReader>(std::move(in), std::move(stem), html, options);
}

std::unique_ptr<DocReader> NewSniffingReader(std::unique_ptr<ByteStream> in, std::string stem,
                                             const ReadOptions& options) {
  if (in->StartsWith("WARC/")) return NewWarcReader(std::move(in), std::move(stem), options);
  int first = in->PeekNonBlank(kSniffLimit);
  if (first == '{') return NewJsonlReader(std::move(in), std::move(stem), options);
  return NewSingleDocReader(std::move(in), std::move(stem), first == '<', options);
}

}  // namespace read

Expected<std::unique_ptr<DocReader>> OpenInputs(const std::vector<std::string>& paths,
                                                const ReadOptions& options) {
  std::vector<read::Input> inputs;
  for (const std::string& path : paths) {
    Status st = read::Expand(path, inputs);
    if (!st.ok()) return st;
  }
  return std::unique_ptr<DocReader>(
      std::make_unique<read::MultiReader>(std::move(inputs), options));
}

}  // namespace entente
