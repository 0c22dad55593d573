// stories and framing: what the stored documents are about, grouped into stories, and how each
// outlet frames them (side by side).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.h"
#include "framing/framing.h"

namespace entente::cli {
namespace {

struct StoryView {
  std::string id;  // its earliest document (by date, then id)
  std::string first, last;
  std::vector<const DocProfile*> docs;
  std::set<std::string> langs, sources;
};

// Every stored document's profile, and the stories they form, largest first.
struct Stories {
  std::vector<DocProfile> profiles;
  std::vector<StoryView> stories;
};

Expected<Stories> LoadStories(const std::string& db) {
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  if (!store) return store.error();
  Stories out;
  if (Status s = (*store)->ForEachProfile([&](const DocProfile& p) { out.profiles.push_back(p); });
      !s.ok())
    return s;
  std::vector<std::vector<StoryTerm>> terms;
  std::vector<std::string> dates, ids;
  for (const DocProfile& p : out.profiles)
    terms.push_back(p.story_terms), dates.push_back(p.pub_date), ids.push_back(p.doc_id);
  const std::vector<size_t> story = stories::StoriesOf(terms, dates, ids, {});
  std::map<size_t, StoryView> by_index;
  for (size_t i = 0; i < out.profiles.size(); ++i) {
    const DocProfile& p = out.profiles[i];
    StoryView& v = by_index[story[i]];
    v.docs.push_back(&p);
    if (!p.lang.empty()) v.langs.insert(p.lang);
    if (!p.source.empty()) v.sources.insert(p.source);
    const std::string day = p.pub_date.substr(0, std::min<size_t>(10, p.pub_date.size()));
    if (!day.empty() && (v.first.empty() || day < v.first)) v.first = day;
    if (!day.empty() && day > v.last) v.last = day;
  }
  for (auto& [index, v] : by_index) {
    auto earliest = std::min_element(v.docs.begin(), v.docs.end(), [](auto* a, auto* b) {
      const std::string da = a->pub_date.empty() ? "~" : a->pub_date;
      const std::string db = b->pub_date.empty() ? "~" : b->pub_date;
      return std::tie(da, a->doc_id) < std::tie(db, b->doc_id);
    });
    v.id = (*earliest)->doc_id;
    out.stories.push_back(std::move(v));
  }
  std::sort(out.stories.begin(), out.stories.end(), [](const auto& a, const auto& b) {
    return a.docs.size() != b.docs.size() ? a.docs.size() > b.docs.size() : a.id < b.id;
  });
  return out;
}

std::string Joined(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}

}  // namespace

int StoriesList(const std::string& db, size_t limit, const std::string& format) {
  auto loaded = LoadStories(db);
  if (!loaded) {
    std::cerr << "entente: " << loaded.error().message() << "\n";
    return kExitUsage;
  }
  nlohmann::json out = nlohmann::json::array();
  size_t shown = 0;
  for (const StoryView& s : loaded->stories) {
    if (limit && shown++ == limit) break;
    if (format == "json") {
      nlohmann::json docs = nlohmann::json::array();
      for (const DocProfile* p : s.docs)
        docs.push_back({{"id", p->doc_id},
                        {"source", p->source},
                        {"lang", p->lang},
                        {"date", p->pub_date},
                        {"title", p->title}});
      out.push_back({{"story", s.id},
                     {"first", s.first},
                     {"last", s.last},
                     {"documents", s.docs.size()},
                     {"languages", s.langs},
                     {"sources", s.sources},
                     {"articles", docs}});
      continue;
    }
    std::printf("%s  %zu docs  %s … %s  [%s]  %s\n", s.id.c_str(), s.docs.size(),
                s.first.empty() ? "?" : s.first.c_str(), s.last.empty() ? "?" : s.last.c_str(),
                Joined(s.langs).c_str(), Joined(s.sources).c_str());
    for (size_t i = 0; i < s.docs.size() && i < 5; ++i)
      std::printf("    %s %s: %s\n", s.docs[i]->lang.c_str(), s.docs[i]->source.c_str(),
                  s.docs[i]->title.substr(0, 100).c_str());
  }
  if (format == "json") std::cout << out.dump(2) << "\n";
  return kExitOk;
}

int Framing(const std::string& db, const std::string& story,
            const std::vector<std::string>& sources, const std::string& format) {
  auto loaded = LoadStories(db);
  if (!loaded) {
    std::cerr << "entente: " << loaded.error().message() << "\n";
    return kExitUsage;
  }
  std::vector<const DocProfile*> docs;
  if (!story.empty()) {
    auto it = std::find_if(loaded->stories.begin(), loaded->stories.end(),
                           [&](const StoryView& s) { return s.id == story; });
    if (it == loaded->stories.end()) {
      std::cerr << "entente: no story '" << story << "' (see entente stories)\n";
      return kExitUsage;
    }
    docs = it->docs;
  } else {
    for (const DocProfile& p : loaded->profiles) docs.push_back(&p);
  }
  // One profile per outlet ("(unknown)" for documents without one).
  std::map<std::string, FramingProfile> by_source;
  for (const DocProfile* p : docs) {
    const std::string source = p->source.empty() ? "(unknown)" : p->source;
    if (!sources.empty() && std::find(sources.begin(), sources.end(), source) == sources.end())
      continue;
    by_source[source].Add(p->framing, p->words);
  }
  std::set<std::string> frames;
  for (const auto& [source, profile] : by_source)
    for (const auto& [frame, n] : profile.frames) frames.insert(frame);
  if (format == "json") {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [source, p] : by_source) {
      nlohmann::json f = nlohmann::json::object();
      for (const auto& [frame, n] : p.frames)
        f[frame] = {{"hits", n}, {"per_1000_words", p.Rate(frame)}, {"terms", p.terms.at(frame)}};
      out[source] = {{"documents", p.documents}, {"words", p.words},       {"tone", p.Tone()},
                     {"positive", p.positive},   {"negative", p.negative}, {"frames", f}};
    }
    std::cout << nlohmann::json{{"story", story}, {"sources", out}}.dump(2) << "\n";
    return kExitOk;
  }
  // Side by side: a column per outlet, a row per frame (hits per 1,000 words, top term).
  std::printf("%-18s", "");
  for (const auto& [source, p] : by_source) std::printf(" | %-28.28s", source.c_str());
  std::printf("\n%-18s", "documents / words");
  for (const auto& [source, p] : by_source) {
    const std::string cell = std::to_string(p.documents) + " / " + std::to_string(p.words);
    std::printf(" | %-28s", cell.c_str());
  }
  std::printf("\n%-18s", "tone (per 100 w)");
  for (const auto& [source, p] : by_source) std::printf(" | %-+28.2f", p.Tone());
  std::printf("\n");
  for (const std::string& frame : frames) {
    std::printf("%-18.18s", frame.c_str());
    for (const auto& [source, p] : by_source) {
      std::string cell = "-";
      if (auto it = p.terms.find(frame); it != p.terms.end()) {
        auto top =
            std::max_element(it->second.begin(), it->second.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        char rate[32];
        std::snprintf(rate, sizeof rate, "%.2f ", p.Rate(frame));
        cell = rate + top->first;
      }
      std::printf(" | %-28s", cell.c_str());
    }
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace entente::cli
