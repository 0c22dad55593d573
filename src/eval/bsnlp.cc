#include "eval/bsnlp.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crossdoc/crossdoc.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ReadLines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);
  return lines;
}

std::string Trim(std::string s) {
  const char* ws = " \t\r\n";
  s.erase(0, s.find_first_not_of(ws));
  s.erase(s.find_last_not_of(ws) + 1);
  return s;
}

// Sorted regular files of a folder (none if it does not exist).
std::vector<fs::path> Files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void Replace(icu::UnicodeString& s, std::initializer_list<UChar32> from, UChar32 to) {
  for (UChar32 c : from) {
    for (int32_t i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) s.replace(i, 1, to);
  }
}

}  // namespace

double NerCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

std::string NormaliseSurface(std::string_view surface) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(surface.data(), static_cast<int32_t>(surface.size())));
  u.foldCase();
  for (UChar32 c : {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD})
    for (int32_t i = u.indexOf(c); i >= 0; i = u.indexOf(c)) u.remove(i, 1);
  Replace(u, {0x2019, 0x02BC, 0x2018, 0x0060, 0x00B4}, '\'');
  Replace(u, {0x00A0, 0x2009, 0x202F, '\t'}, ' ');
  Replace(u, {0x2013, 0x2014, 0x2011}, '-');
  std::string out;
  u.toUTF8String(out);
  // Outer quotes: "…", «…», „…“.
  static const std::string_view kQuotes[] = {"\"", "«", "»", "„", "“", "”"};
  bool changed = true;
  while (changed) {
    changed = false;
    out = Trim(out);
    for (std::string_view q : kQuotes) {
      if (out.size() >= q.size() && out.compare(0, q.size(), q) == 0) {
        out.erase(0, q.size());
        changed = true;
      }
      if (out.size() >= q.size() && out.compare(out.size() - q.size(), q.size(), q) == 0) {
        out.erase(out.size() - q.size());
        changed = true;
      }
    }
  }
  std::string collapsed;
  for (char c : out)
    if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed.push_back(c);
  return collapsed;
}

Expected<std::vector<BsnlpDoc>> LoadBsnlp(const std::string& root_path,
                                          const std::set<std::string>& langs) {
  const fs::path root(root_path);
  std::vector<fs::path> topics;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root, ec))
    if (e.is_directory() && fs::is_directory(e.path() / "raw")) topics.push_back(e.path());
  if (topics.empty())
    return Status::Error(root_path + ": no <topic>/raw folders (not a BSNLP data folder)");
  std::sort(topics.begin(), topics.end());
  std::vector<BsnlpDoc> docs;
  for (const fs::path& topic : topics) {
    std::vector<fs::path> lang_dirs;
    for (const auto& e : fs::directory_iterator(topic / "raw", ec))
      if (e.is_directory()) lang_dirs.push_back(e.path());
    std::sort(lang_dirs.begin(), lang_dirs.end());
    for (const fs::path& lang_dir : lang_dirs) {
      const std::string lang = lang_dir.filename().string();
      if (!langs.empty() && !langs.count(lang)) continue;
      std::map<std::string, std::vector<BsnlpEntity>> gold;  // by document id
      for (const fs::path& f : Files(topic / "annotated" / lang)) {
        std::vector<std::string> lines = ReadLines(f);
        if (lines.empty()) continue;
        std::vector<BsnlpEntity>& ents = gold[Trim(lines[0])];
        for (size_t i = 1; i < lines.size(); ++i) {
          std::vector<std::string> cells;
          std::stringstream ss(lines[i]);
          for (std::string c; std::getline(ss, c, '\t');) cells.push_back(Trim(c));
          if (cells.size() < 3 || cells[0].empty()) continue;
          ents.push_back({cells[0], cells[1], cells[2], cells.size() > 3 ? cells[3] : ""});
        }
      }
      for (const fs::path& f : Files(lang_dir)) {
        std::vector<std::string> lines = ReadLines(f);
        if (lines.size() < 5) continue;
        auto g = gold.find(Trim(lines[0]));
        if (g == gold.end()) continue;
        BsnlpDoc d;
        d.topic = topic.filename().string();
        d.lang = lang;
        d.id = Trim(lines[0]);
        d.date = Trim(lines[2]);
        d.url = Trim(lines[3]);
        d.path = f.string();
        for (size_t i = 4; i < lines.size(); ++i) d.text += lines[i] + "\n";
        d.entities = g->second;
        docs.push_back(std::move(d));
      }
    }
  }
  return docs;
}

void NerScorer::Add(const BsnlpDoc& gold, const Doc& doc) {
  std::map<std::string, std::string> gold_type;  // surface → type (first seen)
  std::map<std::string, std::string> gold_xid;
  for (const BsnlpEntity& e : gold.entities) {
    const std::string s = NormaliseSurface(e.surface);
    gold_type.emplace(s, e.type);
    gold_xid.emplace(s, e.xid);
  }
  std::map<std::string, std::string> found;  // surface → entente entity id
  for (const Mention& m : doc.mentions) {
    if (m.name.empty() || m.entity >= doc.entities.size()) continue;
    found.emplace(NormaliseSurface(doc.Slice(m.name)), doc.entities[m.entity].id);
  }
  Doc& named = named_.emplace_back();
  named.entities = doc.entities;
  NerCounts& c = by_lang_[gold.lang];
  for (const auto& [surface, id] : found) {
    ++c.sys;
    if (gold_type.count(surface)) {
      ++c.sys_correct;
      const std::string& xid = gold_xid[surface];
      if (!xid.empty()) {
        xid_entities_[gold.topic + "\t" + xid][id].insert(gold.lang + ":" + surface);
        ++xid_mentions_[gold.topic + "\t" + xid];
        entity_xids_[gold.topic + "\t" + id].insert(xid);
      }
    } else {
      ++extras_[gold.lang][surface];
    }
  }
  for (const auto& [surface, type] : gold_type) {
    if (type != "PER" && type != "LOC" && type != "ORG") continue;
    const bool hit = found.count(surface) > 0;
    ++c.gold;
    ++by_type_[type].gold;
    if (hit) {
      ++c.gold_found;
      ++by_type_[type].gold_found;
    } else {
      ++misses_[gold.lang][surface];
    }
  }
}

NerReport NerScorer::Report(size_t top) const {
  NerReport r;
  r.by_lang = by_lang_;
  r.by_type = by_type_;
  for (const auto& [lang, c] : by_lang_) {
    r.all.sys += c.sys;
    r.all.sys_correct += c.sys_correct;
    r.all.gold += c.gold;
    r.all.gold_found += c.gold_found;
  }
  std::vector<const Doc*> docs;
  for (const Doc& d : named_) docs.push_back(&d);
  const crossdoc::ActorAliasMap aliases = crossdoc::AliasMapOf(crossdoc::ActorsOf(docs));
  r.aliases = aliases.canonical.size();
  for (const auto& [alias, id] : aliases.canonical) r.joined.push_back(alias + " → " + id);
  auto as_stored = [&aliases](const std::string& id) -> const std::string& {
    return aliases.Canonical(id);
  };
  for (const auto& [key, by_doc] : xid_entities_) {
    if (xid_mentions_.at(key) < 2) continue;
    ++r.xids;
    std::map<std::string, std::set<std::string>> ids;  // stored id → surfaces
    for (const auto& [id, surfaces] : by_doc)
      ids[as_stored(id)].insert(surfaces.begin(), surfaces.end());
    r.doc_xids_consistent += by_doc.size() == 1;
    if (ids.size() == 1) {
      ++r.xids_consistent;
    } else {
      std::string line = key + ":";
      for (const auto& [id, surfaces] : ids) {
        line += " " + id + " [";
        for (const std::string& s : surfaces) line += (line.back() == '[' ? "" : ", ") + s;
        line += "]";
      }
      r.inconsistent.push_back(line);
    }
  }
  std::map<std::string, std::set<std::string>> stored_xids;  // "topic\tstored id" → gold xids
  for (const auto& [key, xids] : entity_xids_) {
    ++r.doc_merged_ids;
    r.doc_over_merged += xids.size() > 1;
    const size_t tab = key.find('\t');
    stored_xids[key.substr(0, tab + 1) + as_stored(key.substr(tab + 1))].insert(xids.begin(),
                                                                                xids.end());
  }
  for (const auto& [key, xids] : stored_xids) {
    ++r.merged_ids;
    if (xids.size() < 2) continue;
    ++r.over_merged;
    std::string line = key + ":";
    for (const std::string& x : xids) line += " " + x;
    r.over_merges.push_back(line);
  }
  auto ranked = [top](const std::map<std::string, int>& counts) {
    std::vector<std::pair<int, std::string>> v;
    for (const auto& [s, n] : counts) v.emplace_back(n, s);
    std::stable_sort(v.begin(), v.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (v.size() > top) v.resize(top);
    return v;
  };
  for (const auto& [lang, counts] : misses_) r.misses[lang] = ranked(counts);
  for (const auto& [lang, counts] : extras_) r.extras[lang] = ranked(counts);
  return r;
}

std::string FormatNerReport(const NerReport& r, bool verbose) {
  std::ostringstream out;
  char buf[256];
  auto row = [&](const std::string& name, const NerCounts& c) {
    std::snprintf(buf, sizeof buf, "  %-6s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f\n", name.c_str(),
                  c.Precision(), c.sys_correct, c.sys, c.Recall(), c.gold_found, c.gold, c.F1());
    out << buf;
  };
  out << "entities (BSNLP, distinct surface forms per document; recall over PER/LOC/ORG)\n";
  for (const auto& [lang, c] : r.by_lang) row(lang, c);
  row("all", r.all);
  out << "recall by gold type:";
  for (const auto& [type, c] : r.by_type) {
    std::snprintf(buf, sizeof buf, "  %s %.3f (%d/%d)", type.c_str(), c.Recall(), c.gold_found,
                  c.gold);
    out << buf;
  }
  std::snprintf(buf, sizeof buf,
                "\ncross-lingual consistency: %.3f (%d/%d ids recognised at least twice; names "
                "joined across documents as the store joins them: %zu)\n",
                r.Consistency(), r.xids_consistent, r.xids, r.aliases);
  out << buf;
  std::snprintf(buf, sizeof buf, "  per document: %.3f (%d/%d)\n", r.DocConsistency(),
                r.doc_xids_consistent, r.xids);
  out << buf;
  std::snprintf(buf, sizeof buf,
                "over-merge: %.3f (%d/%d entity ids given mentions of two or more gold ids)\n",
                r.OverMerge(), r.over_merged, r.merged_ids);
  out << buf;
  std::snprintf(buf, sizeof buf, "  per document: %.3f (%d/%d)\n", r.DocOverMerge(),
                r.doc_over_merged, r.doc_merged_ids);
  out << buf;
  if (verbose) {
    for (const auto& [lang, v] : r.misses) {
      out << "most missed (" << lang << "):";
      for (const auto& [n, s] : v) out << " " << s << " (" << n << ");";
      out << "\n";
    }
    for (const auto& [lang, v] : r.extras) {
      out << "most frequent extras (" << lang << "):";
      for (const auto& [n, s] : v) out << " " << s << " (" << n << ");";
      out << "\n";
    }
    for (const std::string& s : r.inconsistent) out << "inconsistent: " << s << "\n";
    for (const std::string& s : r.over_merges) out << "over-merged: " << s << "\n";
    for (const std::string& s : r.joined) out << "joined across documents: " << s << "\n";
  }
  return out.str();
}

}  // namespace entente
