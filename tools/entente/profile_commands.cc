// stories and framing: the stored articles grouped into stories, and how each outlet frames
// them (side by side).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "commands.h"

namespace entente::cli {
namespace {

Expected<std::vector<StoredStory>> LoadStories(const std::string& db) {
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  if (!store) return store.error();
  return (*store)->Stories();
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}

// The first `max` bytes of `s`, cut at a UTF-8 character boundary.
std::string Clipped(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end) + "…";
}

}  // namespace

int StoriesList(const std::string& db, size_t limit, const std::string& format) {
  auto stories = LoadStories(db);
  if (!stories) {
    std::cerr << "entente: " << stories.error().message() << "\n";
    return kExitUsage;
  }
  nlohmann::json out = nlohmann::json::array();
  for (size_t k = 0; k < stories->size() && (!limit || k < limit); ++k) {
    const StoredStory& s = (*stories)[k];
    if (format == "json") {
      nlohmann::json articles = nlohmann::json::array();
      for (const DocProfile& p : s.articles)
        articles.push_back({{"id", p.doc_id},
                            {"source", p.source},
                            {"lang", p.lang},
                            {"date", p.pub_date},
                            {"title", p.title}});
      out.push_back({{"story", s.id},
                     {"first", s.first},
                     {"last", s.last},
                     {"languages", s.languages},
                     {"sources", s.sources},
                     {"articles", articles}});
      continue;
    }
    std::printf("%s  %zu articles  %s … %s  [%s]  %s\n", s.id.c_str(), s.articles.size(),
                s.first.empty() ? "?" : s.first.c_str(), s.last.empty() ? "?" : s.last.c_str(),
                Joined(s.languages).c_str(), Joined(s.sources).c_str());
    for (size_t i = 0; i < s.articles.size() && i < 5; ++i)
      std::printf("    %s %s %s: %s\n", s.articles[i].pub_date.substr(0, 10).c_str(),
                  s.articles[i].lang.c_str(), s.articles[i].source.c_str(),
                  Clipped(s.articles[i].title, 160).c_str());
  }
  if (format == "json") std::cout << out.dump(2) << "\n";
  return kExitOk;
}

int Framing(const std::string& db, const std::string& story,
            const std::vector<std::string>& sources, bool by_lang, const std::string& format) {
  auto stories = LoadStories(db);
  if (!stories) {
    std::cerr << "entente: " << stories.error().message() << "\n";
    return kExitUsage;
  }
  std::vector<DocProfile> articles;
  for (StoredStory& s : *stories) {
    if (!story.empty() && s.id != story) continue;
    for (DocProfile& p : s.articles)
      if (sources.empty() || std::find(sources.begin(), sources.end(), p.source) != sources.end())
        articles.push_back(std::move(p));
  }
  if (!story.empty() && articles.empty()) {
    std::cerr << "entente: no story '" << story << "' with those outlets (see entente stories)\n";
    return kExitUsage;
  }
  // By language instead of outlet: the articles' outlet is relabelled with their language.
  if (by_lang)
    for (DocProfile& p : articles) p.source = p.lang;
  std::vector<const DocProfile*> pointers;
  for (const DocProfile& p : articles) pointers.push_back(&p);
  const std::map<std::string, FramingProfile> by_source = FramingBySource(pointers);
  std::map<std::string, bool> frames;
  for (const auto& [source, profile] : by_source)
    for (const auto& [frame, n] : profile.frames) frames[frame] = true;
  auto name = [](const std::string& source) { return source.empty() ? "(no outlet)" : source; };
  if (format == "json") {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [source, p] : by_source) {
      nlohmann::json f = nlohmann::json::object();
      for (const auto& [frame, n] : p.frames)
        f[frame] = {{"hits", n}, {"per_1000_words", p.Rate(frame)}, {"terms", p.terms.at(frame)}};
      out[name(source)] = {{"documents", p.documents}, {"words", p.words},       {"tone", p.Tone()},
                           {"positive", p.positive},   {"negative", p.negative}, {"frames", f}};
    }
    std::cout << nlohmann::json{{"story", story}, {"sources", out}}.dump(2) << "\n";
    return kExitOk;
  }
  // Side by side: a block per frame, a line per outlet (hits per 1,000 words, its top terms).
  for (const auto& [source, p] : by_source)
    std::printf(
        "%s: %zu articles, %zu words, tone %+.2f per 100 words (%zu approving, %zu "
        "hostile words)\n",
        name(source).c_str(), p.documents, p.words, p.Tone(), p.positive, p.negative);
  for (const auto& [frame, unused] : frames) {
    std::printf("\n%s\n", frame.c_str());
    for (const auto& [source, p] : by_source) {
      std::printf("  %-30s %6.2f", Clipped(name(source), 30).c_str(), p.Rate(frame));
      auto it = p.terms.find(frame);
      if (it == p.terms.end()) {
        std::printf("\n");
        continue;
      }
      std::vector<std::pair<size_t, std::string>> top;
      for (const auto& [term, n] : it->second) top.push_back({n, term});
      std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
      });
      for (size_t i = 0; i < top.size() && i < 4; ++i)
        std::printf("  %s ×%zu", top[i].second.c_str(), top[i].first);
      std::printf("\n");
    }
  }
  return kExitOk;
}

}  // namespace entente::cli
