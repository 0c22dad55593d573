// serve/story_endpoints.cc — stories and outlet framing (shapes documented in doc/openapi.json).
// Stories are grouped from the stored documents' story terms once per store version.
#include <algorithm>

#include "serve/api_impl.h"

namespace entente::serve {
namespace {

constexpr size_t kDefaultStories = 50;

Json ArticleJson(const DocProfile& p) {
  FramingProfile f;
  f.Add(p.framing, p.words);
  return {{"doc_id", p.doc_id}, {"source", p.source},          {"lang", p.lang},
          {"date", p.pub_date}, {"title", Clip(p.title, 300)}, {"words", p.words},
          {"tone", f.Tone()}};
}

// Framing profiles side by side: outlet → documents, words, tone, frames with rates and terms.
Json FramingJson(const std::vector<const DocProfile*>& articles) {
  Json out = Json::object();
  for (const auto& [source, p] : FramingBySource(articles)) {
    Json frames = Json::object();
    for (const auto& [frame, n] : p.frames)
      frames[frame] = {
          {"hits", n}, {"per_1000_words", p.Rate(frame)}, {"terms", p.terms.at(frame)}};
    out[source] = {{"documents", p.documents}, {"words", p.words},       {"tone", p.Tone()},
                   {"positive", p.positive},   {"negative", p.negative}, {"frames", frames}};
  }
  return out;
}

// Whether the story has an article in the filter's language and one from its outlet.
bool HasArticlesFrom(const StoredStory& s, const EventFilter& f) {
  return (f.lang.empty() || std::binary_search(s.languages.begin(), s.languages.end(), f.lang)) &&
         (f.source.empty() || std::binary_search(s.sources.begin(), s.sources.end(), f.source));
}

}  // namespace

std::shared_ptr<const std::vector<StoredStory>> ApiImpl::StoriesNow(Store& store) {
  int64_t version = -1;
  {
    std::lock_guard lock(watcher_mu_);
    if (auto v = watcher_->DataVersion()) version = *v;
  }
  std::lock_guard lock(stories_mu_);
  if (stories_ && version >= 0 && version == stories_version_) return stories_;
  store.SetDeadline(std::chrono::steady_clock::time_point::max());
  auto stories = store.Stories();
  store.SetDeadline(std::chrono::steady_clock::now() + options_.query_time);
  auto grouped = std::make_shared<const std::vector<StoredStory>>(
      Must(std::move(stories), store, "grouping stories"));
  stories_ = grouped;
  stories_version_ = version;
  return grouped;
}

Json ApiImpl::Stories(const Request& r, Store& store) {
  const auto all = StoriesNow(store);
  std::vector<const StoredStory*> stories;
  for (const StoredStory& s : *all)
    if (HasArticlesFrom(s, r.filter)) stories.push_back(&s);
  const size_t limit = r.filter.limit ? r.filter.limit : kDefaultStories;
  Json list = Json::array();
  for (size_t i = r.filter.offset; i < stories.size() && list.size() < limit; ++i) {
    const StoredStory& s = *stories[i];
    Json articles = Json::array();
    for (size_t k = 0; k < s.articles.size() && k < 3; ++k)
      articles.push_back(ArticleJson(s.articles[k]));
    list.push_back({{"id", s.id},
                    {"first", s.first},
                    {"last", s.last},
                    {"articles", s.articles.size()},
                    {"languages", s.languages},
                    {"sources", s.sources},
                    {"first_articles", std::move(articles)}});
  }
  return {{"total", stories.size()}, {"stories", std::move(list)}};
}

Json ApiImpl::OneStory(const std::string& id, Store& store) {
  const auto all = StoriesNow(store);
  auto it =
      std::find_if(all->begin(), all->end(), [&](const StoredStory& s) { return s.id == id; });
  if (it == all->end()) throw HttpError{404, "no story " + id};
  Json articles = Json::array();
  std::vector<const DocProfile*> profiles;
  for (const DocProfile& p : it->articles) {
    articles.push_back(ArticleJson(p));
    profiles.push_back(&p);
  }
  return {{"id", it->id},
          {"first", it->first},
          {"last", it->last},
          {"languages", it->languages},
          {"sources", it->sources},
          {"articles", std::move(articles)},
          {"framing", FramingJson(profiles)}};
}

Json ApiImpl::Framing(const Request& r, Store& store) {
  const auto all = StoriesNow(store);
  std::vector<const DocProfile*> articles;
  bool found = r.story.empty();
  for (const StoredStory& s : *all) {
    if (!r.story.empty() && s.id != r.story) continue;
    found = true;
    for (const DocProfile& p : s.articles)
      if (r.sources.empty() ||
          std::find(r.sources.begin(), r.sources.end(), p.source) != r.sources.end())
        articles.push_back(&p);
  }
  if (!found) throw HttpError{404, "no story " + r.story};
  return {{"story", r.story}, {"sources", FramingJson(articles)}};
}

}  // namespace entente::serve
