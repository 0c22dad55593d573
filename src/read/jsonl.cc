// JSONL: one JSON object per line. ParseJsonLine maps its fields onto a Doc; the reader streams
// lines, numbering them from 1, so that documents without an id get "<stem>:<line>".
#include <nlohmann/json.hpp>

#include "read/charset.h"
#include "read/formats.h"

namespace entente {
namespace {

// Copies a string field of `object` into `out`; other types and absent fields leave it alone.
void CopyString(const nlohmann::json& object, const char* key, std::string& out) {
  auto it = object.find(key);
  if (it != object.end() && it->is_string()) out = it->get<std::string>();
}

}  // namespace

void ParseJsonLine(std::string_view line, const ReadOptions& options, Doc& doc) {
  if (!read::CheckSize(line.size(), options.max_doc_bytes, doc)) return;
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) {
    if (!read::IsValidUtf8(line)) {
      doc.AddError("not_utf8", "The JSON line is not valid UTF-8.");
    } else {
      doc.AddError("bad_json", "The line is not valid JSON.");
    }
    return;
  }
  if (!object.is_object()) {
    doc.AddError("bad_json",
                 "The line is JSON but not an object with a \"text\" or \"html\" field.");
    return;
  }
  auto id = object.find("id");
  if (id != object.end()) {
    if (id->is_string() && !id->get_ref<const std::string&>().empty()) {
      doc.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      doc.id = id->dump();
    }
  }
  CopyString(object, "url", doc.url);
  CopyString(object, "source", doc.source);
  CopyString(object, "date", doc.date);
  CopyString(object, "lang", doc.lang_hint);
  if (doc.date.empty()) doc.date = options.default_date;
  auto text = object.find("text");
  auto html = object.find("html");
  if (text != object.end() && text->is_string()) {
    // JSON strings are Unicode already: any charset the content declares is moot.
    ParseText(text->get_ref<const std::string&>(), "utf-8", options, doc);
  } else if (html != object.end() && html->is_string()) {
    ParseHtml(html->get_ref<const std::string&>(), "utf-8", options, doc);
  } else {
    doc.AddError("bad_json", "The JSON object has no \"text\" or \"html\" string field.");
  }
}

namespace read {
namespace {

class JsonlReader : public DocReader {
 public:
  JsonlReader(std::unique_ptr<ByteStream> in, std::string stem, const ReadOptions& options)
      : in_(std::move(in)), stem_(std::move(stem)), options_(options) {}

  bool Next(Doc& doc) override {
    doc = Doc{};
    bool too_long = false;
    while (!done_) {
      if (!in_->ReadLine(line_, options_.max_doc_bytes, &too_long)) {
        done_ = true;
        if (in_->failed()) {
          doc.id = stem_ + ":" + std::to_string(line_number_ + 1);
          doc.AddError("unreadable", "Reading the input failed: " + in_->error() + ".");
          return true;
        }
        return false;
      }
      ++line_number_;
      doc.id = stem_ + ":" + std::to_string(line_number_);
      if (too_long) {
        doc.AddError("too_large", "The line is longer than the limit of " +
                                      std::to_string(options_.max_doc_bytes) +
                                      " bytes, so it was not read.");
        return true;
      }
      if (IsBlankText(line_)) continue;
      if (line_.back() == '\r') line_.pop_back();
      ParseJsonLine(line_, options_, doc);
      return true;
    }
    return false;
  }

 private:
  std::unique_ptr<ByteStream> in_;
  std::string stem_;
  ReadOptions options_;
  std::string line_;
  size_t line_number_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocReader> NewJsonlReader(std::unique_ptr<ByteStream> in, std::string stem,
                                          const ReadOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), std::move(stem), options);
}

}  // namespace read
}  // namespace entente
