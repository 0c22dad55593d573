// serve/story_endpoints.cc — stories and outlet framing (shapes documented in doc/openapi.json).
// Stories are computed from the stored documents' story terms on each uncached request.
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
Json FramingJson(const std::vector<DocProfile>& articles) {
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

bool Mentions(const StoredStory& s, const EventFilter& f) {
  return (f.lang.empty() || std::binary_search(s.languages.begin(), s.languages.end(), f.lang)) &&
         (f.source.empty() || std::binary_search(s.sources.begin(), s.sources.end(), f.source));
}

}  // namespace

Json ApiImpl::Stories(const Request& r, Store& store) {
  std::vector<StoredStory> stories = Must(store.Stories(), store, "grouping stories");
  std::erase_if(stories, [&](const StoredStory& s) { return !Mentions(s, r.filter); });
  const size_t limit = r.filter.limit ? r.filter.limit : kDefaultStories;
  Json list = Json::array();
  for (size_t i = r.filter.offset; i < stories.size() && list.size() < limit; ++i) {
    const StoredStory& s = stories[i];
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
  std::vector<StoredStory> stories = Must(store.Stories(), store, "grouping stories");
  auto it = std::find_if(stories.begin(), stories.end(),
                         [&](const StoredStory& s) { return s.id == id; });
  if (it == stories.end()) throw HttpError{404, "no story " + id};
  Json articles = Json::array();
  for (const DocProfile& p : it->articles) articles.push_back(ArticleJson(p));
  return {{"id", it->id},
          {"first", it->first},
          {"last", it->last},
          {"languages", it->languages},
          {"sources", it->sources},
          {"articles", std::move(articles)},
          {"framing", FramingJson(it->articles)}};
}

Json ApiImpl::Framing(const Request& r, Store& store) {
  std::vector<StoredStory> stories = Must(store.Stories(), store, "grouping stories");
  std::vector<DocProfile> articles;
  bool found = r.story.empty();
  for (StoredStory& s : stories) {
    if (!r.story.empty() && s.id != r.story) continue;
    found = true;
    for (DocProfile& p : s.articles)
      if (r.sources.empty() ||
          std::find(r.sources.begin(), r.sources.end(), p.source) != r.sources.end())
        articles.push_back(std::move(p));
  }
  if (!found) throw HttpError{404, "no story " + r.story};
  return {{"story", r.story}, {"sources", FramingJson(articles)}};
}

}  // namespace entente::serve
