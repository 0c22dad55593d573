// store/store_common.cc — logic shared by the SQLite and ClickHouse stores (store_common.h).
#include "store/store_common.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "stories/stories.h"

namespace entente {

std::string EventId(std::string_view content_hash, size_t index) {
  char seq[24];
  std::snprintf(seq, sizeof seq, "-%04zu", index);
  return std::string(content_hash.substr(0, 16)) + seq;
}

std::string BodyText(const std::string& text, const std::vector<Span>& body) {
  if (body.empty()) return text;
  std::string out;
  for (const Span& s : body) {
    if (s.begin > s.end || s.end > text.size()) continue;
    out.append(text, s.begin, s.end - s.begin);
    out += '\n';
  }
  return out;
}

std::string SliceBytes(std::string_view text, uint32_t begin, uint32_t end) {
  if (end <= begin || begin >= text.size()) return "";
  return std::string(text.substr(begin, end - begin));
}

std::string SearchTitle(const Doc& doc) {
  return doc.body.empty() ? "" : SliceBytes(doc.text, doc.body[0].begin, doc.body[0].end);
}

std::string SearchBody(const Doc& doc) {
  std::string out;
  for (size_t i = 0; i < doc.body.size(); ++i) {
    if (i) out += '\n';
    out += SliceBytes(doc.text, doc.body[i].begin, doc.body[i].end);
  }
  return out;
}

bool IsCooperation(std::string_view type) {
  static constexpr std::string_view kCooperation[] = {"AGREE",     "CONSULT", "SUPPORT", "CONCEDE",
                                                      "COOPERATE", "AID",     "RETREAT"};
  return std::find(std::begin(kCooperation), std::end(kCooperation), type) !=
         std::end(kCooperation);
}

std::vector<GraphEdge> EdgesOf(const std::vector<GraphMention>& mentions, size_t limit) {
  struct Sets {
    std::map<std::string, std::set<std::string>> by_type, by_cameo;  // → clusters
    std::set<std::string> clusters, docs, sources, independent;
    int mentions = 0;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Sets> groups;
  for (const GraphMention& m : mentions) {
    Sets& s = groups[{m.a, m.b, m.month}];
    s.by_type[m.type].insert(m.cluster);
    s.by_cameo[m.cameo].insert(m.cluster);
    s.clusters.insert(m.cluster);
    s.docs.insert(m.doc_id);
    if (!m.source.empty()) s.sources.insert(m.source);
    s.independent.insert(m.independent);
    ++s.mentions;
  }
  std::vector<GraphEdge> out;
  out.reserve(groups.size());
  for (const auto& [key, s] : groups) {
    GraphEdge e;
    std::tie(e.a, e.b, e.month) = key;
    for (const auto& [type, clusters] : s.by_type) {
      const int n = static_cast<int>(clusters.size());
      e.by_type[type] = n;
      (IsCooperation(type) ? e.cooperation : e.conflict) += n;
    }
    for (const auto& [cameo, clusters] : s.by_cameo)
      e.by_cameo[cameo] = static_cast<int>(clusters.size());
    e.events = static_cast<int>(s.clusters.size());
    e.mentions = s.mentions;
    e.documents = static_cast<int>(s.docs.size());
    e.sources = static_cast<int>(s.sources.size());
    e.independent = static_cast<int>(s.independent.size());
    out.push_back(std::move(e));
  }
  SortEdges(out, limit);
  return out;
}

void SortEdges(std::vector<GraphEdge>& edges, size_t limit) {
  std::stable_sort(edges.begin(), edges.end(), [](const GraphEdge& x, const GraphEdge& y) {
    return std::tie(x.month, y.events, x.a, x.b) < std::tie(y.month, x.events, y.a, y.b);
  });
  if (limit && edges.size() > limit) edges.resize(limit);
}

std::vector<StoredStory> StoriesOfProfiles(std::vector<DocProfile> profiles) {
  std::vector<std::vector<StoryTerm>> terms;
  std::vector<std::string> dates, ids;
  for (DocProfile& p : profiles) {
    terms.push_back(std::move(p.story_terms));
    p.story_terms.clear();
    dates.push_back(p.pub_date);
    ids.push_back(p.doc_id);
  }
  const std::vector<size_t> story = stories::StoriesOf(terms, dates, ids, {});
  std::map<size_t, std::vector<size_t>> members;
  for (size_t i = 0; i < story.size(); ++i) members[story[i]].push_back(i);
  // Earliest first: publication date (undated last), then id.
  auto earlier = [&](size_t a, size_t b) {
    const std::string& da = profiles[a].pub_date.empty() ? "~" : profiles[a].pub_date;
    const std::string& db = profiles[b].pub_date.empty() ? "~" : profiles[b].pub_date;
    return std::tie(da, profiles[a].doc_id) < std::tie(db, profiles[b].doc_id);
  };
  std::vector<StoredStory> out;
  for (auto& [index, docs] : members) {
    std::sort(docs.begin(), docs.end(), earlier);
    StoredStory s;
    std::set<std::string> langs, sources;
    for (size_t i : docs) {
      DocProfile& p = profiles[i];
      if (!p.lang.empty()) langs.insert(p.lang);
      if (!p.source.empty()) sources.insert(p.source);
      const std::string day = p.pub_date.substr(0, std::min<size_t>(10, p.pub_date.size()));
      if (stories::DayNumber(day) >= 0) {
        if (s.first.empty() || day < s.first) s.first = day;
        if (day > s.last) s.last = day;
      }
      s.articles.push_back(std::move(p));
    }
    s.id = s.articles.front().doc_id;
    s.languages.assign(langs.begin(), langs.end());
    s.sources.assign(sources.begin(), sources.end());
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const StoredStory& a, const StoredStory& b) {
    return a.articles.size() != b.articles.size() ? a.articles.size() > b.articles.size()
                                                  : a.id < b.id;
  });
  return out;
}

void SortByFirstMention(std::vector<Entity>& entities) {
  std::stable_sort(entities.begin(), entities.end(), [](const Entity& x, const Entity& y) {
    return x.mentions.front().begin < y.mentions.front().begin;
  });
}

}  // namespace entente
