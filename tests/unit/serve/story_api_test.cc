// The stories and framing endpoints on a small store.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve/serve.h"
#include "unit/store/store_fixture.h"
#include "unit/store/store_profiles.h"

namespace entente::testing {
namespace {

using nlohmann::json;

class StoryApiTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ASSERT_TRUE(OpenRw("news.db")->Write(StoryDocs()).ok());
    ServeOptions options;
    options.db = Path("news.db");
    options.web_dir = dir_.string();
    options.data_pack = ENTENTE_TEST_PACK;
    auto api = Api::Create(options);
    ASSERT_TRUE(api.ok()) << api.error();
    api_ = std::move(*api);
  }

  json Get(const std::string& path, QueryParams params = {}, int expect = 200) {
    ApiResponse r = api_->Get(path, params);
    EXPECT_EQ(r.status, expect) << path << " → " << r.body;
    return json::parse(r.body, nullptr, false);
  }

  std::unique_ptr<Api> api_;
};

TEST_F(StoryApiTest, ListsStoriesLargestFirstWithFilters) {
  json j = Get("/api/stories");
  EXPECT_EQ(j["total"], 2);
  ASSERT_EQ(j["stories"].size(), 2u);
  EXPECT_EQ(j["stories"][0]["id"], "s-uk");
  EXPECT_EQ(j["stories"][0]["articles"], 2);
  EXPECT_EQ(j["stories"][0]["languages"], json({"ru", "uk"}));
  EXPECT_EQ(j["stories"][0]["first_articles"][0]["title"],
            "Окупанти вдарили по Харкову, війна триває вже третій рік");
  EXPECT_EQ(Get("/api/stories", {{"lang", "en"}})["total"], 1);
  EXPECT_EQ(Get("/api/stories", {{"source", "ТАСС"}})["stories"][0]["id"], "s-uk");
  EXPECT_EQ(Get("/api/stories", {{"limit", "1"}, {"offset", "1"}})["stories"][0]["id"], "s-other");
  Get("/api/stories", {{"story", "x"}}, 400);
}

TEST_F(StoryApiTest, OneStoryShowsItsArticlesAndOutletsSideBySide) {
  json j = Get("/api/stories/s-uk");
  ASSERT_EQ(j["articles"].size(), 2u);
  EXPECT_EQ(j["articles"][1]["source"], "ТАСС");
  EXPECT_EQ(j["framing"]["Укрінформ"]["frames"]["war_named"]["hits"], 1);
  EXPECT_EQ(
      j["framing"]["ТАСС"]["frames"]["war_euphemism"]["terms"]["специальная военная операция"], 1);
  EXPECT_LT(j["framing"]["Укрінформ"]["tone"].get<double>(), 0);
  EXPECT_GT(j["framing"]["ТАСС"]["tone"].get<double>(), 0);
  Get("/api/stories/nothing", {}, 404);
}

TEST_F(StoryApiTest, FramingFiltersByStoryAndOutlets) {
  json all = Get("/api/framing");
  EXPECT_EQ(all["sources"].size(), 3u);
  json two = Get("/api/framing", {{"story", "s-uk"}, {"sources", "ТАСС,Reuters"}});
  ASSERT_EQ(two["sources"].size(), 1u) << "Reuters has no article in this story";
  EXPECT_EQ(two["sources"]["ТАСС"]["documents"], 1);
  Get("/api/framing", {{"story", "nothing"}}, 404);
  Get("/api/framing", {{"sources", "a,,b"}}, 400);
}

}  // namespace
}  // namespace entente::testing
