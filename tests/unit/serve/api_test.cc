// The JSON API without HTTP: every endpoint on a small store, bad parameters, injection attempts,
// the cache following the store, and the page's files.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "serve/serve.h"
#include "unit/store/store_corpus.h"

namespace entente::testing {
namespace {

using nlohmann::json;

class ApiTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    std::vector<Doc> docs = Corpus();
    Doc states;  // the entities that stand for codes, so the graph has labels
    states.id = "states";
    states.text = "Росія, Китай, Іран.";
    states.lang = "uk";
    states.entities.push_back(MakeEntity(states, "Q159", "Russia", "state", "RUS", {"Росія"}));
    states.entities.push_back(MakeEntity(states, "Q148", "China", "state", "CHN", {"Китай"}));
    states.entities.push_back(MakeEntity(states, "Q794", "Iran", "state", "IRN", {"Іран"}));
    docs.push_back(states);
    docs[0].events[1].cameo = "042";  // a1: a phone call (Goldstein 1.9)
    docs[0].events[1].mode = "phone";
    ASSERT_TRUE(OpenRw("news.db")->Write(docs).ok());
    web_ = dir_ / "web";
    std::filesystem::create_directories(web_);
    std::ofstream(web_ / "index.html") << "<!doctype html><title>entente</title>";
    options_.db = Path("news.db");
    options_.web_dir = web_.string();
    options_.data_pack = ENTENTE_TEST_PACK;
    auto api = Api::Create(options_);
    ASSERT_TRUE(api.ok()) << api.error();
    api_ = std::move(*api);
  }

  // GET `path` with "k=v&k=v" (no decoding needed in tests); the body parsed as JSON.
  json Get(const std::string& path, const std::string& query = "", int expect = 200) {
    QueryParams params;
    size_t start = 0;
    while (start < query.size()) {
      size_t amp = query.find('&', start);
      std::string kv = query.substr(start, amp == std::string::npos ? amp : amp - start);
      size_t eq = kv.find('=');
      params.emplace(kv.substr(0, eq), eq == std::string::npos ? "" : kv.substr(eq + 1));
      start = amp == std::string::npos ? query.size() : amp + 1;
    }
    ApiResponse r = api_->Get(path, params);
    EXPECT_EQ(r.status, expect) << path << "?" << query << " → " << r.body;
    EXPECT_EQ(r.content_type, "application/json");
    json j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    if (expect != 200) {
      EXPECT_EQ(j["error"]["status"], expect) << r.body;
      EXPECT_FALSE(j["error"]["message"].get<std::string>().empty());
    }
    return j;
  }

  ServeOptions options_;
  std::filesystem::path web_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, MetaSummarisesTheStore) {
  json j = Get("/api/meta");
  EXPECT_EQ(j["documents"], 5);
  EXPECT_EQ(j["events"], 9);
  EXPECT_EQ(j["languages"][0]["value"], "en");
  EXPECT_EQ(j["plover_types"].size(), 16u);
}

TEST_F(ApiTest, GraphHasLabelledNodesAndBalancedEdges) {
  json j = Get("/api/graph");
  std::map<std::string, json> nodes, edges;
  for (const auto& n : j["nodes"]) nodes[n["id"]] = n;
  for (const auto& e : j["edges"]) edges[e["id"]] = e;
  ASSERT_TRUE(nodes.count("RUS"));
  EXPECT_EQ(nodes["RUS"]["label"], "Russia");
  EXPECT_EQ(nodes["RUS"]["kind"], "state");
  // Codes no stored entity stands for take the knowledge base's English name.
  EXPECT_EQ(nodes["IGO:ICC"]["kind"], "igo");
  EXPECT_EQ(nodes["IGO:ICC"]["label"], "International Criminal Court");
  EXPECT_EQ(nodes["USA"]["label"], "United States");
  ASSERT_TRUE(edges.count("IRN|RUS"));
  const json& e = edges["IRN|RUS"];
  EXPECT_EQ(e["source"], "IRN");
  EXPECT_EQ(e["target"], "RUS");
  EXPECT_EQ(e["events"], 1);
  EXPECT_EQ(e["alliance_index"], 1.0);  // one cooperative call
  EXPECT_DOUBLE_EQ(e["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(edges["CHN|RUS"]["events"], 3);
  EXPECT_EQ(j["truncated"], false);
  // Filters and limits.
  EXPECT_EQ(Get("/api/graph", "type=AID")["edges"].size(), 1u);
  EXPECT_EQ(Get("/api/graph", "min_sources=1")["edges"].size(), 5u);
  const json two = Get("/api/graph", "min_sources=2");
  ASSERT_EQ(two["edges"].size(), 1u) << "one independent source per pair but one";
  EXPECT_EQ(two["edges"][0]["id"], "CHN|RUS") << "Укрінформ and a document without an outlet";
  json one = Get("/api/graph", "limit=1");
  EXPECT_EQ(one["edges"].size(), 1u);
  EXPECT_EQ(one["truncated"], true);
  EXPECT_EQ(one["edges"][0]["id"], "CHN|RUS");
  EXPECT_EQ(Get("/api/graph", "from=2024-04&to=2024-12")["edges"].size(), 1u);
  Get("/api/graph", "limit=2000");  // edges go further than event rows (500)
  Get("/api/graph", "limit=2001", 400);
}

TEST_F(ApiTest, EventsBetweenTwoActorsWithHighlightedSentences) {
  json j = Get("/api/events", "a=RUS&b=IRN");
  ASSERT_EQ(j["events"].size(), 1u);
  const json& e = j["events"][0];
  EXPECT_EQ(e["type"], "CONSULT");
  EXPECT_EQ(e["lang"], "uk");
  EXPECT_EQ(e["modality"], "reported");
  EXPECT_EQ(e["gloss"], "Iran — CONSULT (phone) → Putin (Russia), 2024-03-20 [reported]");
  std::string joined, source, target;
  for (const auto& p : e["sentence"]["parts"]) {
    joined += p["text"].get<std::string>();
    if (p["role"] == "source") source = p["text"];
    if (p["role"] == "target") target = p["text"];
  }
  EXPECT_EQ(joined, e["sentence"]["text"]);
  EXPECT_EQ(source, "Президент Ірану Раїсі");
  EXPECT_EQ(target, "Путіну");
  EXPECT_TRUE(j["next_offset"].is_null());
}

TEST_F(ApiTest, EventsPageWithNextOffset) {
  json first = Get("/api/events", "limit=4");
  ASSERT_EQ(first["events"].size(), 4u);
  ASSERT_EQ(first["next_offset"], 4);
  json rest = Get("/api/events", "limit=10&offset=4");
  EXPECT_EQ(rest["events"].size(), 5u);
  EXPECT_TRUE(rest["next_offset"].is_null());
  EXPECT_NE(first["events"][0]["id"], rest["events"][0]["id"]);
  EXPECT_EQ(Get("/api/events", "actor=RUS&type=THREATEN")["events"].size(), 2u);
  EXPECT_EQ(Get("/api/events", "modality=reported")["events"].size(), 1u);
}

TEST_F(ApiTest, OneEventWithItsMentions) {
  std::string id = Get("/api/events", "limit=1")["events"][0]["id"];
  json e = Get("/api/events/" + id);
  EXPECT_EQ(e["id"], id);
  ASSERT_EQ(e["mentions"].size(), 1u);
  EXPECT_EQ(e["mentions"][0]["sentence"], e["sentence"]);
  Get("/api/events/no-such-event", "", 404);
}

TEST_F(ApiTest, OneEventGathersItsMentionsAcrossDocuments) {
  Doc copy = Corpus()[0];  // a syndicated copy of document a, by another outlet, a day later
  copy.id = "a-copy";
  copy.source = "Другий сайт";
  copy.date = "2024-03-21";
  ASSERT_TRUE(OpenRw("news.db")->Write({copy}).ok());
  json graph = Get("/api/graph");
  json edge;
  for (const auto& e : graph["edges"])
    if (e["id"] == "IRN|RUS") edge = e;
  ASSERT_FALSE(edge.is_null());
  EXPECT_EQ(edge["events"], 1);
  EXPECT_EQ(edge["mentions"], 2);
  EXPECT_EQ(edge["sources"], 2);
  EXPECT_EQ(edge["independent"], 1) << "a copy is not independent confirmation";
  const json strict = Get("/api/graph", "min_sources=2");
  for (const auto& e : strict["edges"]) {
    EXPECT_NE(e["id"], "IRN|RUS") << "one independent source only";
  }
  json listed = Get("/api/events", "a=IRN&b=RUS");
  ASSERT_EQ(listed["events"].size(), 2u);
  EXPECT_EQ(listed["events"][0]["event"], listed["events"][1]["event"]);
  json one = Get("/api/events/" + listed["events"][0]["event"].get<std::string>());
  EXPECT_EQ(one["counts"]["mentions"], 2);
  EXPECT_EQ(one["counts"]["documents"], 2);
  EXPECT_EQ(one["counts"]["outlets"], 2);
  EXPECT_EQ(one["counts"]["report_chains"], 1);
  ASSERT_EQ(one["mentions"].size(), 2u);
  EXPECT_EQ(Get("/api/events/" + listed["events"][1]["id"].get<std::string>())["mentions"].size(),
            2u)
      << "a mention's id finds its event too";
}

TEST_F(ApiTest, ActorProfiles) {
  json rus = Get("/api/actors/RUS");
  EXPECT_EQ(rus["entity"], "Q159");
  EXPECT_EQ(rus["name"], "Russia");
  ASSERT_FALSE(rus["partners"].empty());
  EXPECT_EQ(rus["partners"][0]["id"], "CHN");
  EXPECT_EQ(rus["partners"][0]["events"], 3);
  EXPECT_EQ(rus["partners"][0]["months"][0]["month"], "2024-03");
  json putin = Get("/api/actors/Q7747");
  EXPECT_EQ(putin["kind"], "person");
  EXPECT_EQ(putin["names"].size(), 3u);
  EXPECT_FALSE(putin["roles"].empty()) << "dated roles from the knowledge base";
  EXPECT_EQ(putin["roles"][0]["role"], "president");
  Get("/api/actors/Q0", "", 404);
  Get("/api/actors/RUS'--", "", 400);
}

TEST_F(ApiTest, TimelineByMonth) {
  json j = Get("/api/timeline", "a=RUS&b=CHN");
  ASSERT_EQ(j["months"].size(), 1u);
  EXPECT_EQ(j["months"][0]["month"], "2024-03");
  EXPECT_EQ(j["months"][0]["events"], 3);
  EXPECT_EQ(j["months"][0]["conflict"], 1);
  Get("/api/timeline", "a=RUS", 400);
}

TEST_F(ApiTest, SearchAndDocuments) {
  json hits = Get("/api/search", "q=Путін");
  ASSERT_EQ(hits["results"].size(), 1u);
  EXPECT_EQ(hits["results"][0]["doc_id"], "a");
  bool marked = false;
  for (const auto& p : hits["results"][0]["snippet"]["parts"]) marked |= p["role"] == "match";
  EXPECT_TRUE(marked);
  EXPECT_TRUE(Get("/api/search", "q=\"OR NEAR(")["results"].empty()) << "no query syntax";
  Get("/api/search", "", 400);
  json doc = Get("/api/documents/a");
  EXPECT_EQ(doc["lang"], "uk");
  EXPECT_EQ(doc["events"].size(), 2u);
  EXPECT_EQ(doc["entities"].size(), 2u);
  EXPECT_EQ(doc["title"], Corpus()[0].text);
  Get("/api/documents/zzz", "", 404);
}

TEST_F(ApiTest, BadParametersAreClear400s) {
  for (const auto& [path, query] : std::vector<std::pair<std::string, std::string>>{
           {"/api/graph", "type=consult"},
           {"/api/graph", "from=2024-13"},
           {"/api/graph", "to=yesterday"},
           {"/api/graph", "limit=-1"},
           {"/api/graph", "min_sources=x"},
           {"/api/graph", "lang=Ukrainian"},
           {"/api/graph", "colour=red"},
           {"/api/events", "modality=certain"},
           {"/api/events", "limit=100000"},
           {"/api/events", "a=RUS"},
           {"/api/events", "a=RUS&b=CHN&actor=IRN"},
           {"/api/events", "type=CONSULT&type=AID"},
           {"/api/meta", "x=1"},
       }) {
    json j = Get(path, query, 400);
    EXPECT_NE(j["error"]["message"].get<std::string>().find("parameter"), std::string::npos)
        << j.dump();
  }
}

TEST_F(ApiTest, InjectionAttemptsChangeNothing) {
  const std::string before = DumpDatabase(Path("news.db"));
  // Through values that are checked (refused) and values that are bound (harmless).
  Get("/api/events", "actor=RUS' OR '1'='1", 400);
  Get("/api/graph", "from=2024' OR 1=1 --", 400);
  EXPECT_TRUE(Get("/api/events", "source=x'; DROP TABLE events; --")["events"].empty());
  EXPECT_TRUE(Get("/api/search", "q=a'); DROP TABLE documents; --")["results"].empty());
  Get("/api/documents/a' OR '1'='1", "", 404);
  Get("/api/events/1 UNION SELECT * FROM documents", "", 404);
  EXPECT_EQ(DumpDatabase(Path("news.db")), before);
  EXPECT_EQ(Get("/api/meta")["events"], 9);
}

TEST_F(ApiTest, AnswersFollowTheStore) {
  EXPECT_EQ(Get("/api/meta")["documents"], 5);
  EXPECT_EQ(Get("/api/meta")["documents"], 5);  // cached
  Doc more;
  more.id = "more";
  more.text = "Another page.";
  ASSERT_TRUE(OpenRw("news.db")->Write({more}).ok());
  EXPECT_EQ(Get("/api/meta")["documents"], 6) << "a write beside the server invalidates answers";
}

TEST_F(ApiTest, QueriesPastTheTimeLimitAre503) {
  std::vector<Doc> docs;  // enough rows that the query runs long enough to be stopped
  for (int copy = 0; copy < 50; ++copy) {
    for (Doc d : Corpus()) {
      d.id += std::to_string(copy);
      d.text += " " + std::to_string(copy);
      docs.push_back(std::move(d));
    }
  }
  ASSERT_TRUE(OpenRw("news.db")->Write(docs).ok());
  options_.query_time = std::chrono::milliseconds(0);
  auto api = Api::Create(options_);
  ASSERT_TRUE(api.ok());
  ApiResponse r = (*api)->Get("/api/graph", {});
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_NE(r.body.find("narrow the filters"), std::string::npos);
}

TEST_F(ApiTest, UnknownPathsAndThePage) {
  Get("/api/nothing", "", 404);
  ApiResponse page = api_->Get("/", {});
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("<title>entente</title>"), std::string::npos);
  EXPECT_EQ(api_->Get("/app.js", {}).status, 404) << "not in this web folder";
  EXPECT_EQ(api_->Get("/../news.db", {}).status, 404);
  EXPECT_EQ(api_->Get("/index.html/../../news.db", {}).status, 404);
}

TEST_F(ApiTest, EveryDocumentedPathAnswersAndEveryParameterIsKnown) {
  std::ifstream in(ENTENTE_SOURCE_DIR "/doc/openapi.json");
  json spec = json::parse(in, nullptr, false);
  ASSERT_FALSE(spec.is_discarded());
  const std::map<std::string, std::string> ids = {{"/api/events/{id}", "/api/events/x"},
                                                  {"/api/actors/{id}", "/api/actors/RUS"},
                                                  {"/api/documents/{id}", "/api/documents/a"},
                                                  {"/api/stories/{id}", "/api/stories/a"}};
  for (const auto& [path, item] : spec["paths"].items()) {
    std::string concrete = ids.count(path) ? ids.at(path) : path;
    ApiResponse r = api_->Get(concrete, {});
    EXPECT_TRUE(item["get"]["responses"].contains(std::to_string(r.status)))
        << path << " answered " << r.status << " " << r.body;
    // Each documented query parameter is accepted by the endpoint (a well-formed value).
    for (const auto& p : item["get"].value("parameters", json::array())) {
      json param = p.contains("$ref")
                       ? spec["components"]["parameters"][p["$ref"].get<std::string>().substr(24)]
                       : p;
      if (param["in"] != "query") continue;
      const std::string name = param["name"];
      const std::map<std::string, std::string> values = {
          {"from", "2024"}, {"to", "2024-12"},        {"type", "AID"},   {"lang", "uk"},
          {"source", "x"},  {"modality", "reported"}, {"actor", "RUS"},  {"a", "RUS"},
          {"b", "CHN"},     {"limit", "5"},           {"offset", "0"},   {"min_sources", "0"},
          {"q", "Путін"},   {"story", "a"},           {"sources", "x,y"}};
      ASSERT_TRUE(values.count(name)) << path << ": no test value for " << name;
      QueryParams params = {{name, values.at(name)}};
      if (name == "a" || name == "b") params = {{"a", "RUS"}, {"b", "CHN"}};
      if (path == "/api/timeline") params = {{"a", "RUS"}, {"b", "CHN"}, {name, values.at(name)}};
      if (path == "/api/timeline" && (name == "a" || name == "b"))
        params = {{"a", "RUS"}, {"b", "CHN"}};
      if (path == "/api/search" && name != "q") params.insert({"q", "Путін"});
      ApiResponse pr = api_->Get(concrete, params);
      EXPECT_NE(pr.status, 400) << path << "?" << name << ": " << pr.body;
    }
  }
}

TEST_F(ApiTest, RefusesAMissingStore) {
  ServeOptions bad = options_;
  bad.db = Path("missing/nothing.db");
  auto api = Api::Create(bad);
  ASSERT_FALSE(api.ok());
  EXPECT_NE(api.error().message().find("nothing.db"), std::string::npos) << api.error();
}

}  // namespace
}  // namespace entente::testing
