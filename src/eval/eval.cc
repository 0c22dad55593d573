#include "eval/eval.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace entente {
namespace {

using Json = nlohmann::json;

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "RUSGOV" → "RUS"; IGO:/REG: codes and plain ISO-3 stay as they are.
std::string CoarseCode(std::string code) {
  if (code.rfind("IGO:", 0) == 0 || code.rfind("REG:", 0) == 0) return code;
  if (code.size() > 3) code.resize(3);
  return code;
}

std::string ActorCode(const Json& actor) {
  if (actor.is_string()) return CoarseCode(actor.get<std::string>());
  if (actor.is_object()) return CoarseCode(Str(actor, "country"));
  return "";
}

struct Triple {
  std::string src, type, tgt;
  auto operator<=>(const Triple&) const = default;
  std::string Name() const { return src + " " + type + " " + tgt; }
};

bool Matches(const Triple& t, const Json& gold) {
  std::set<std::string> types = {Str(gold, "type")};
  if (auto it = gold.find("also"); it != gold.end() && it->is_array())
    for (const auto& a : *it)
      if (a.is_string()) types.insert(a.get<std::string>());
  const std::string modality = Str(gold, "modality");
  if (modality == "planned" || modality == "intended") types.insert("AGREE");
  if (Str(gold, "type") == "AGREE" && Str(gold, "mode") == "sign") types.insert("SUPPORT");
  if (!types.count(t.type)) return false;
  const std::string src = Str(gold, "src"), tgt = Str(gold, "tgt");
  if (t.src == src && t.tgt == tgt) return true;
  return gold.value("symmetric", false) && t.src == tgt && t.tgt == src;
}

// Line numbers (0-based, split on '\n') of non-blank lines overlapped by a body span.
std::set<int> KeptLines(const std::string& text, const Json& body) {
  std::vector<std::pair<size_t, size_t>> spans;
  if (body.is_array())
    for (const auto& s : body)
      if (s.is_array() && s.size() == 2 && s[0].is_number() && s[1].is_number())
        spans.emplace_back(s[0].get<size_t>(), s[1].get<size_t>());
  std::set<int> kept;
  size_t start = 0;
  for (int line = 0; start <= text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    bool blank = text.find_first_not_of(" \t\r", start) >= end;
    if (!blank)
      for (auto [b, e] : spans)
        if (b < end && e > start) {
          kept.insert(line);
          break;
        }
    start = end + 1;
  }
  return kept;
}

void AddCounts(Counts& into, const Counts& c) {
  into.tp += c.tp;
  into.fp += c.fp;
  into.core_found += c.core_found;
  into.core_total += c.core_total;
}

// Unique core gold triples of a document.
std::set<Triple> CoreTriples(const Json& gold_doc) {
  std::set<Triple> core;
  for (const auto& g : gold_doc.value("events", Json::array()))
    if (g.value("core", false)) core.insert({Str(g, "src"), Str(g, "type"), Str(g, "tgt")});
  return core;
}

}  // namespace

double Counts::Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
double Counts::Recall() const { return core_total ? double(core_found) / core_total : 0; }
double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

Expected<std::vector<GoldDoc>> LoadGold(const std::string& gold_path) {
  namespace fs = std::filesystem;
  std::ifstream in(gold_path);
  if (!in) return Status::Error("cannot read gold file " + gold_path);
  const fs::path root = fs::absolute(gold_path).parent_path().parent_path();
  std::vector<GoldDoc> docs;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    GoldDoc d;
    d.json = Json::parse(line, nullptr, false);
    if (d.json.is_discarded() || !d.json.is_object())
      return Status::Error(gold_path + ":" + std::to_string(n) + ": not a JSON object");
    d.id = Str(d.json, "id");
    d.lang = Str(d.json, "lang");
    d.pub_date = Str(d.json, "pub_date_hint");
    if (std::string file = Str(d.json, "file"); !file.empty()) {
      d.path = (root / file).string();
      std::ifstream f(d.path, std::ios::binary);
      std::stringstream ss;
      ss << f.rdbuf();
      d.text = ss.str();
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

Scorer::Scorer(std::vector<GoldDoc> gold) : gold_(std::move(gold)) {}

bool Scorer::Add(const Json& extracted) {
  if (!extracted.is_object() || !extracted.contains("id")) return false;
  const std::string id = Str(extracted, "id");
  auto gold = std::find_if(gold_.begin(), gold_.end(), [&](const GoldDoc& g) { return g.id == id; });
  if (gold == gold_.end()) return true;

  DocScore s;
  s.id = id;
  s.gold_lang = gold->lang;
  s.lang = Str(extracted, "lang");

  std::set<Triple> triples;
  for (const auto& e : extracted.value("events", Json::array()))
    if (e.is_object())
      triples.insert({ActorCode(e.value("src", Json())), Str(e, "type"), ActorCode(e.value("tgt", Json()))});
  const Json& gold_events = gold->json.value("events", Json::array());
  std::set<Triple> core = CoreTriples(gold->json);
  std::set<Triple> core_found;
  for (const Triple& t : triples) {
    bool matched = false;
    for (const auto& g : gold_events) {
      if (!Matches(t, g)) continue;
      matched = true;
      if (g.value("core", false)) core_found.insert({Str(g, "src"), Str(g, "type"), Str(g, "tgt")});
    }
    (matched ? s.events.tp : s.events.fp)++;
    (matched ? s.matched : s.false_positives).push_back(t.Name());
  }
  s.events.core_total = static_cast<int>(core.size());
  s.events.core_found = static_cast<int>(core_found.size());
  for (const Triple& t : core)
    if (!core_found.count(t)) s.missed.push_back(t.Name());

  if (gold->json.contains("content_lines") && !gold->text.empty()) {
    s.has_body_gold = true;
    std::set<int> content;
    for (const auto& l : gold->json["content_lines"]) content.insert(l.get<int>());
    std::set<int> kept = KeptLines(gold->text, extracted.value("body", Json::array()));
    s.body.kept = static_cast<int>(kept.size());
    s.body.content = static_cast<int>(content.size());
    for (int l : kept) s.body.kept_content += content.count(l);
  }
  scores_[id] = std::move(s);
  return true;
}

EvalReport Scorer::Report() const {
  EvalReport r;
  for (const GoldDoc& g : gold_) {
    DocScore s;
    if (auto it = scores_.find(g.id); it != scores_.end()) {
      s = it->second;
    } else {
      s.id = g.id;
      s.gold_lang = g.lang;
      s.events.core_total = static_cast<int>(CoreTriples(g.json).size());
      for (const Triple& t : CoreTriples(g.json)) s.missed.push_back(t.Name());
      ++r.missing_docs;
    }
    ++r.docs;
    r.lang_correct += s.lang == s.gold_lang;
    AddCounts(r.events, s.events);
    AddCounts(r.by_lang[s.gold_lang], s.events);
    if (s.has_body_gold) {
      r.body.kept += s.body.kept;
      r.body.kept_content += s.body.kept_content;
      r.body.content += s.body.content;
    }
    r.per_doc.push_back(std::move(s));
  }
  return r;
}

std::string FormatReport(const EvalReport& r, bool verbose) {
  std::ostringstream out;
  char buf[256];
  auto line = [&](const std::string& name, const Counts& c) {
    std::snprintf(buf, sizeof buf, "  %-22s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, core %d/%d)\n",
                  name.c_str(), c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.core_found,
                  c.core_total);
    out << buf;
  };
  out << "events\n";
  line("all", r.events);
  for (const auto& [lang, c] : r.by_lang) line("lang " + lang, c);
  if (r.body.content) {
    std::snprintf(buf, sizeof buf, "body lines\n  P %.3f  R %.3f   (kept %d, of which content %d; content %d)\n",
                  r.body.Precision(), r.body.Recall(), r.body.kept, r.body.kept_content, r.body.content);
    out << buf;
  }
  std::snprintf(buf, sizeof buf, "language\n  accuracy %.3f   (%d/%d documents)\n",
                r.docs ? double(r.lang_correct) / r.docs : 0.0, r.lang_correct, r.docs);
  out << buf;
  if (r.missing_docs) out << "  " << r.missing_docs << " gold documents had no output line\n";
  if (verbose) {
    for (const DocScore& d : r.per_doc) {
      out << "\n" << d.id << " (" << d.gold_lang << ", extracted as " << (d.lang.empty() ? "?" : d.lang) << ")\n";
      line("events", d.events);
      for (const auto& t : d.matched) out << "    ok     " << t << "\n";
      for (const auto& t : d.false_positives) out << "    extra  " << t << "\n";
      for (const auto& t : d.missed) out << "    missed " << t << "\n";
    }
  }
  return out.str();
}

nlohmann::json ReportToJson(const EvalReport& r) {
  auto counts = [](const Counts& c) {
    return Json{{"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}, {"tp", c.tp},
                {"fp", c.fp}, {"core_found", c.core_found}, {"core_total", c.core_total}};
  };
  Json j;
  j["events"] = counts(r.events);
  for (const auto& [lang, c] : r.by_lang) j["by_lang"][lang] = counts(c);
  j["body"] = {{"precision", r.body.Precision()}, {"recall", r.body.Recall()}};
  j["lang_accuracy"] = r.docs ? double(r.lang_correct) / r.docs : 0.0;
  j["documents"] = r.docs;
  for (const DocScore& d : r.per_doc)
    j["per_doc"].push_back({{"id", d.id}, {"events", counts(d.events)}, {"lang", d.lang},
                            {"matched", d.matched}, {"false_positives", d.false_positives},
                            {"missed", d.missed}});
  return j;
}

}  // namespace entente
