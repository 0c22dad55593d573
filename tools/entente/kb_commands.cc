// actors and kb check: the commands that look into the knowledge base.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "analyse/analyse.h"
#include "commands.h"
#include "entente/engine.h"
#include "knowledge/kb_check.h"
#include "knowledge/pack.h"
#include "knowledge/resources.h"

namespace entente::cli {
namespace {

std::string Today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string PackPath(const std::string& data) { return data.empty() ? DefaultPackPath() : data; }

nlohmann::json EntityJson(const Entity& e) {
  return {{"id", e.id},
          {"kind", e.kind},
          {"name", e.name},
          {"country", e.country},
          {"sector", e.sector}};
}

// "Q7747  person  Vladimir Putin  RUS  GOV"
std::string EntityLine(const Entity& e) {
  std::string line = e.id + "  " + e.kind + "  " + e.name;
  if (!e.country.empty()) line += "  country " + e.country;
  if (!e.sector.empty()) line += "  sector " + e.sector;
  if (e.id.starts_with("x:")) line += "  (not in the knowledge base)";
  return line;
}

std::string Term(const KbRole& r) {
  return r.role + " " + r.country + " " + (r.start.empty() ? "?" : r.start) + ".." + r.end;
}

}  // namespace

int Actors(const std::string& lookup, const std::string& date, const std::string& lang,
           const std::string& data, bool json) {
  Options options;
  options.data_pack = data;
  options.stages = {"clean", "langid", "segment", "analyse", "entities"};
  auto engine = Engine::Create(options);
  if (!engine) {
    std::cerr << "entente: " << engine.error().message() << "\n";
    return kExitUsage;
  }
  Doc doc;
  doc.id = "lookup";
  doc.text = lookup;
  // One block, marked as the title: the clean stage keeps a title as body however short.
  Block block;
  block.span = {0, static_cast<uint32_t>(doc.text.size())};
  block.is_title = true;
  doc.blocks.push_back(block);
  doc.lang_hint = lang;
  doc.date = date.empty() ? Today() : date;
  engine->Process(doc);
  if (doc.failed()) {
    std::cerr << "entente: " << doc.errors[0].code << ": " << doc.errors[0].message << "\n";
    return kExitDocErrors;
  }
  if (!lang.empty() && doc.lang != lang)
    std::cerr << "entente: note: language id read the text as '" << doc.lang << "', not '" << lang
              << "' (--lang is a hint it weighs)\n";
  // People's roles on the date, from the pack the engine read.
  std::vector<KbRole> roles;
  if (std::any_of(doc.entities.begin(), doc.entities.end(),
                  [](const Entity& e) { return e.kind == "person"; }))
    if (auto pack = Pack::Load(PackPath(data))) roles = LoadRoles(**pack);
  auto roles_of = [&](const std::string& id) {
    std::vector<const KbRole*> out;
    for (const KbRole& r : roles)
      if (r.person == id && RoleInEffect(r, doc.date)) out.push_back(&r);
    return out;
  };

  nlohmann::json out = {{"text", doc.text},
                        {"lang", doc.lang},
                        {"date", doc.date},
                        {"mentions", nlohmann::json::array()}};
  if (!json)
    std::cout << "\"" << doc.text << "\"  lang " << doc.lang << "  date " << doc.date << "  "
              << doc.mentions.size() << (doc.mentions.size() == 1 ? " mention" : " mentions")
              << "\n";
  for (const Mention& m : doc.mentions) {
    const Entity& e = doc.entities[m.entity];
    // A mention that names no one but stands for a person is a title resolved to its holder.
    const bool via_title = m.name.empty() && e.kind == "person";
    const std::string text(doc.Slice(m.span));
    const auto held = roles_of(e.id);
    if (json) {
      nlohmann::json j = EntityJson(e);
      j["text"] = text;
      j["span"] = {m.span.begin, m.span.end};
      j["via_title"] = via_title;
      j["acting"] = m.acting >= 0 ? EntityJson(doc.entities[m.acting]) : nlohmann::json();
      j["roles"] = nlohmann::json::array();
      for (const KbRole* r : held)
        j["roles"].push_back(
            {{"role", r->role}, {"country", r->country}, {"start", r->start}, {"end", r->end}});
      out["mentions"].push_back(std::move(j));
      continue;
    }
    std::cout << "  [" << m.span.begin << "," << m.span.end << ") " << text
              << (via_title ? "  → the holder on " + doc.date : "") << "\n"
              << "    " << EntityLine(e) << "\n";
    if (m.acting >= 0) std::cout << "    acts for: " << EntityLine(doc.entities[m.acting]) << "\n";
    if (!held.empty()) {
      std::cout << "    roles on " << doc.date << ":";
      for (const KbRole* r : held) std::cout << "  " << Term(*r);
      std::cout << "\n";
    }
  }
  if (json) std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return kExitOk;
}

int KbCheck(const std::string& data, bool json) {
  const std::string path = PackPath(data);
  auto pack = Pack::Load(path);
  if (!pack) {
    std::cerr << "entente: " << pack.error().message() << "\n";
    return kExitUsage;
  }
  Resources resources;
  resources.pack = *pack;
  MatchKeys keys(resources);
  KbCheckOptions options;
  options.today = Today();
  const std::vector<KbFinding> findings = CheckKnowledge(**pack, keys, options);
  size_t counts[3] = {0, 0, 0};
  std::map<std::string, size_t> by_check;
  nlohmann::json list = nlohmann::json::array();
  for (const KbFinding& f : findings) {
    ++counts[static_cast<int>(f.severity)];
    ++by_check[std::string(KbSeverityName(f.severity)) + " " + f.check];
    if (json)
      list.push_back({{"severity", KbSeverityName(f.severity)},
                      {"check", f.check},
                      {"table", f.table},
                      {"row", f.row},
                      {"message", f.message}});
    else
      std::cout << Fit(std::string(KbSeverityName(f.severity)), 8) << f.table << "  " << f.row
                << ": " << f.message << "\n";
  }
  if (json) {
    std::cout << nlohmann::json{{"pack", path},          {"errors", counts[0]},
                                {"warnings", counts[1]}, {"notes", counts[2]},
                                {"by_check", by_check},  {"findings", list}}
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    std::cout << "kb check: " << counts[0] << " errors, " << counts[1] << " warnings, " << counts[2]
              << " notes";
    std::string sep = " (";
    for (const auto& [check, n] : by_check) {
      std::cout << sep << check << " " << n;
      sep = ", ";
    }
    std::cout << (by_check.empty() ? "" : ")") << " in " << path << "\n";
  }
  return counts[0] ? kExitDocErrors : kExitOk;
}

}  // namespace entente::cli
