#include "inputs.h"

#include <fstream>
#include <iostream>

namespace entente::cli {

Status Metadata::Load(const std::string& path) {
  if (path.empty()) return Status();
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read --meta file " + path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id") || !j["id"].is_string())
      return Status::Error(path + ":" + std::to_string(n) + ": expected a JSON object with an id");
    std::string id = j["id"].get<std::string>();
    by_id_[id] = std::move(j);
  }
  return Status();
}

void Metadata::Apply(Doc& doc) const {
  auto it = by_id_.find(doc.id);
  if (it == by_id_.end()) return;
  auto set = [&](const char* key, std::string& field) {
    if (field.empty() && it->second.contains(key) && it->second[key].is_string())
      field = it->second[key].get<std::string>();
  };
  set("date", doc.date);
  set("source", doc.source);
  set("url", doc.url);
  set("lang", doc.lang_hint);
}

std::unique_ptr<Engine> CreateEngine(const Options& options) {
  auto e = Engine::Create(options);
  if (!e) {
    std::cerr << "entente: " << e.error().message() << "\n";
    return nullptr;
  }
  return std::make_unique<Engine>(std::move(*e));
}

bool Setup::Open(const InputArgs& args, bool with_engine) {
  if (args.inputs.empty()) {
    std::cerr << "entente: no inputs given (files, directories or - for stdin)\n";
    return false;
  }
  if (auto st = meta.Load(args.meta); !st.ok()) {
    std::cerr << "entente: " << st.message() << "\n";
    return false;
  }
  if (with_engine && !(engine = CreateEngine(args.engine))) return false;
  ReadOptions ro;
  ro.max_doc_bytes = args.engine.max_doc_bytes;
  ro.default_date = args.engine.default_date;
  auto r = OpenInputs(args.inputs, ro);
  if (!r) {
    std::cerr << "entente: " << r.error().message() << "\n";
    return false;
  }
  reader = std::move(*r);
  return true;
}

bool Setup::Next(Doc& doc) {
  if (!reader->Next(doc)) return false;
  meta.Apply(doc);
  return true;
}

}  // namespace entente::cli
