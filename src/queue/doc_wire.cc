// queue/doc_wire.cc — a read document as one MessagePack map (EncodeReadDoc, DecodeReadDoc).
//
// Keys: id, url, source, date, lang (the input's hint), markup (text came from HTML), text (as
// binary, so its bytes travel unchanged), blocks (one array per block: begin, end, flags,
// link density; flags bit 0 title, 1 body, 2 furniture element, 3 heading), errors
// ([code, message] pairs). Readers set no other Doc fields.
#include <nlohmann/json.hpp>

#include "queue/queue.h"

namespace entente {
namespace {

using Json = nlohmann::json;

constexpr int kTitle = 1, kBody = 2, kFurniture = 4, kHeading = 8;

bool GetString(const Json& j, const char* key, std::string& out) {
  auto it = j.find(key);
  if (it == j.end()) return true;
  if (!it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

}  // namespace

std::string EncodeReadDoc(const Doc& doc) {
  Json j = Json::object();
  j["id"] = doc.id;
  if (!doc.url.empty()) j["url"] = doc.url;
  if (!doc.source.empty()) j["source"] = doc.source;
  if (!doc.date.empty()) j["date"] = doc.date;
  if (!doc.lang_hint.empty()) j["lang"] = doc.lang_hint;
  if (doc.text_from_markup) j["markup"] = true;
  j["text"] = Json::binary(std::vector<uint8_t>(doc.text.begin(), doc.text.end()));
  if (!doc.blocks.empty()) {
    Json blocks = Json::array();
    for (const Block& b : doc.blocks) {
      int flags = (b.is_title ? kTitle : 0) | (b.is_body ? kBody : 0) |
                  (b.in_furniture_element ? kFurniture : 0) | (b.is_heading ? kHeading : 0);
      blocks.push_back(Json::array({b.span.begin, b.span.end, flags, b.link_density}));
    }
    j["blocks"] = std::move(blocks);
  }
  if (!doc.errors.empty()) {
    Json errors = Json::array();
    for (const DocError& e : doc.errors) errors.push_back(Json::array({e.code, e.message}));
    j["errors"] = std::move(errors);
  }
  std::vector<uint8_t> bytes = Json::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

Status DecodeReadDoc(std::string_view bytes, Doc& doc) {
  doc = Doc();
  Json j = Json::from_msgpack(bytes.begin(), bytes.end(), true, false);
  if (j.is_discarded() || !j.is_object()) return Status::Error("not an encoded document");
  auto bad = [](const char* what) { return Status::Error(std::string("bad field: ") + what); };
  auto id = j.find("id");
  if (id == j.end() || !id->is_string() || id->get<std::string>().empty()) return bad("id");
  doc.id = id->get<std::string>();
  if (!GetString(j, "url", doc.url)) return bad("url");
  if (!GetString(j, "source", doc.source)) return bad("source");
  if (!GetString(j, "date", doc.date)) return bad("date");
  if (!GetString(j, "lang", doc.lang_hint)) return bad("lang");
  if (auto m = j.find("markup"); m != j.end()) {
    if (!m->is_boolean()) return bad("markup");
    doc.text_from_markup = m->get<bool>();
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_binary()) return bad("text");
  const auto& t = text->get_binary();
  doc.text.assign(t.begin(), t.end());
  if (auto blocks = j.find("blocks"); blocks != j.end()) {
    if (!blocks->is_array()) return bad("blocks");
    for (const Json& b : *blocks) {
      if (!b.is_array() || b.size() != 4 || !b[0].is_number_unsigned() ||
          !b[1].is_number_unsigned() || !b[2].is_number_integer() || !b[3].is_number())
        return bad("blocks");
      Block block;
      block.span = {b[0].get<uint32_t>(), b[1].get<uint32_t>()};
      if (block.span.begin > block.span.end || block.span.end > doc.text.size())
        return bad("blocks");
      int flags = b[2].get<int>();
      block.is_title = flags & kTitle;
      block.is_body = flags & kBody;
      block.in_furniture_element = flags & kFurniture;
      block.is_heading = flags & kHeading;
      block.link_density = b[3].get<float>();
      doc.blocks.push_back(block);
    }
  }
  if (auto errors = j.find("errors"); errors != j.end()) {
    if (!errors->is_array()) return bad("errors");
    for (const Json& e : *errors) {
      if (!e.is_array() || e.size() != 2 || !e[0].is_string() || !e[1].is_string())
        return bad("errors");
      doc.AddError(e[0].get<std::string>(), e[1].get<std::string>());
    }
  }
  return Status();
}

std::string MessageId(const Doc& doc) { return doc.id + "@" + doc.ContentHash(); }

}  // namespace entente
