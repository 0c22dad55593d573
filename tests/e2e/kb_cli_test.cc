// End-to-end tests of `entente actors` and `entente kb check` (the binary, on this build's pack).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "knowledge/pack.h"
#include "test_util.h"

namespace entente {
namespace {

using nlohmann::json;

struct CliRun {
  int exit_code = -1;
  std::string out;
};

// Runs the entente binary with `args` (a shell fragment); captures stdout.
CliRun Entente(const std::string& args) {
  CliRun r;
  const std::string cmd = testing::EntenteBinary() + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// The mentions `entente actors ARGS --json` prints.
json Mentions(const std::string& args) {
  CliRun r = Entente("actors " + args + " --json");
  EXPECT_EQ(r.exit_code, 0) << args;
  json j = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.out;
  return j.is_discarded() ? json::array() : j["mentions"];
}

TEST(ActorsCli, InflectedNameLinksToThePerson) {
  json m = Mentions("Путіним --lang uk");
  ASSERT_EQ(m.size(), 1u) << m;
  EXPECT_EQ(m[0]["id"], "Q7747");
  EXPECT_EQ(m[0]["name"], "Vladimir Putin");
  EXPECT_EQ(m[0]["country"], "RUS");
  EXPECT_EQ(m[0]["kind"], "person");
  EXPECT_EQ(m[0]["text"], "Путіним");
  EXPECT_FALSE(m[0]["via_title"].get<bool>());
}

TEST(ActorsCli, TitleResolvesToTheHolderAtTheDate) {
  // The title phrase, then the state inside it (a mention of its own).
  json before = Mentions("'президент Ірану' --date 2024-03-01 --lang uk");
  ASSERT_EQ(before.size(), 2u) << before;
  EXPECT_EQ(before[1]["kind"], "state");
  EXPECT_EQ(before[1]["country"], "IRN");
  EXPECT_EQ(before[0]["name"], "Ebrahim Raisi") << before;
  EXPECT_TRUE(before[0]["via_title"].get<bool>());
  EXPECT_EQ(before[0]["roles"][0]["role"], "president") << before;
  json after = Mentions("'президент Ірану' --date 2025-03-01 --lang uk");
  ASSERT_EQ(after.size(), 2u) << after;
  EXPECT_EQ(after[0]["name"], "Masoud Pezeshkian") << after;
  EXPECT_EQ(after[0]["country"], "IRN");
}

TEST(ActorsCli, CapitalActsForItsState) {
  json m = Mentions("Пхеньяном --lang ru");
  ASSERT_EQ(m.size(), 1u) << m;
  EXPECT_EQ(m[0]["kind"], "place");
  EXPECT_EQ(m[0]["name"], "Pyongyang");
  ASSERT_TRUE(m[0]["acting"].is_object()) << m;
  EXPECT_EQ(m[0]["acting"]["kind"], "state");
  EXPECT_EQ(m[0]["acting"]["country"], "PRK");
}

TEST(ActorsCli, UnknownNameIsAnUnlinkedEntity) {
  json m = Mentions("'Остап Вишнякевич' --lang uk");
  ASSERT_EQ(m.size(), 1u) << m;
  EXPECT_TRUE(m[0]["id"].get<std::string>().starts_with("x:")) << m;
}

TEST(ActorsCli, TextOutputAndBadDate) {
  CliRun r = Entente("actors Путіним --lang uk");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Q7747  person  Vladimir Putin  country RUS"), std::string::npos) << r.out;
  EXPECT_EQ(Entente("actors Путіним --date 2024-3-1").exit_code, 2);
}

TEST(KbCheckCli, BuiltPackHasNoErrors) {
  CliRun r = Entente("kb check");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("kb check: 0 errors"), std::string::npos) << r.out;
}

TEST(KbCheckCli, ErrorsExitOneAndNameTheRow) {
  PackBuilder b;
  b.AddTable("kb/state_names", {"iso3", "lang", "name"}, {{"IRN", "en", "Iran"}});
  b.AddTable("kb/exclusive_roles", {"role", "except", "note"}, {{"president", "", ""}});
  b.AddTable("kb/people/x/people", {"id", "name_en", "gender", "country", "sector"},
             {{"p:a", "A One", "m", "IRN", "GOV"}, {"p:b", "B Two", "m", "IRN", "GOV"}});
  b.AddTable("kb/people/x/roles", {"person", "role", "country", "start", "end"},
             {{"p:a", "president", "IRN", "2020-01-01", "2019-01-01"},
              {"p:b", "president", "IRN", "2018-01-01", ""}});
  const auto path = std::filesystem::temp_directory_path() / "entente_kb_check_test.pack";
  std::ofstream(path, std::ios::binary) << b.Serialize();
  CliRun r = Entente("kb check --data " + path.string());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("kb/people/x/roles  p:a president IRN 2020-01-01..2019-01-01: ends before"),
            std::string::npos)
      << r.out;
  CliRun j = Entente("kb check --json --data " + path.string());
  EXPECT_EQ(j.exit_code, 1);
  json report = json::parse(j.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << j.out;
  EXPECT_EQ(report["errors"], 1) << j.out;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace entente
