// One-sided events (events/one_sided.h): an event whose other side the text leaves
// unidentified — an unnamed group, or an agentless passive — goes to Doc::one_sided_events with
// that side's country empty, never to Doc::events, and never when an actor the sentence names
// could be that side, or when the trigger gave a two-sided event.
#include <gtest/gtest.h>

#include "engine_util.h"
#include "output/jsonl.h"

namespace entente {
namespace {

using testing::RunText;
using testing::Summary;

// "SRC TYPE TGT [group words]" for each one-sided event, "---" for the unidentified side.
std::string OneSided(const Doc& d) {
  std::string out;
  for (const Event& e : d.one_sided_events) {
    const EventActor& none = e.src.country.empty() ? e.src : e.tgt;
    out += (out.empty() ? "" : "; ") + (e.src.country.empty() ? "---" : e.src.country) + " " +
           e.type + " " + (e.tgt.country.empty() ? "---" : e.tgt.country);
    if (!none.text.empty()) out += " [" + none.text + "]";
  }
  return out;
}

// The only one-sided event of `text` is `expected` (OneSided's form), and no two-sided event.
void ExpectOneSided(const std::string& text, const std::string& lang, const std::string& expected,
                    Modality m = Modality::kAsserted) {
  const Doc d = RunText(text, lang);
  EXPECT_EQ(OneSided(d), expected) << text;
  EXPECT_TRUE(d.events.empty()) << text << ": " << Summary(d);
  if (d.one_sided_events.size() == 1) {
    EXPECT_EQ(ModalityName(d.one_sided_events[0].modality), ModalityName(m)) << text;
  }
}

TEST(OneSided, UnnamedDoerEn) {
  ExpectOneSided("Gunmen attacked Kabul on Monday.", "en", "--- ASSAULT AFG [Gunmen]");
  ExpectOneSided("Unknown attackers shelled Kharkiv overnight.", "en",
                 "--- ASSAULT UKR [Unknown attackers]");
}

// A group named by the side it takes is not that side ("pro-Russian rebels" are no Russia).
TEST(OneSided, ProActorGroupsAreUnidentified) {
  ExpectOneSided("Pro-Russian rebels shelled Ukrainian troops overnight.", "en",
                 "--- ASSAULT UKR [rebels]");
  ExpectOneSided("Pro-Russia separatists attacked Mariupol on Monday.", "en",
                 "--- ASSAULT UKR [separatists]");
  ExpectOneSided("Pro-Kremlin separatists shelled Mariupol on Monday.", "en",
                 "--- ASSAULT UKR [separatists]");
  ExpectOneSided("Проросійські бойовики обстріляли українських військових.", "uk",
                 "--- ASSAULT UKR [бойовики]");
}

TEST(OneSided, AgentlessPassiveEn) {
  ExpectOneSided("Kharkiv was shelled overnight.", "en", "--- ASSAULT UKR");
  ExpectOneSided("Odesa was reportedly attacked with drones.", "en", "--- ASSAULT UKR",
                 Modality::kHedged);
}

TEST(OneSided, UnidentifiedTargetEn) {
  ExpectOneSided("Russia released the hostages on Friday.", "en", "RUS CONCEDE --- [hostages]");
}

// "Opponents of X protested": placed in X's state, but X is not the target (lang/en stance rows).
TEST(OneSided, AGroupNamedByItsStanceProtestsNoOneNamed) {
  ExpectOneSided("Opponents of Iran's regime protested on Sunday.", "en", "IRN PROTEST ---");
  ExpectOneSided("Opponents of Serbia's ruling party marched on Saturday.", "en",
                 "SRB PROTEST ---");
  // The opposition itself protests against its government.
  const Doc d = RunText("Supporters of Georgia's opposition protested on Sunday.", "en");
  EXPECT_TRUE(testing::Has(d, "GEO", "PROTEST", "GEO")) << Summary(d);
}

TEST(OneSided, UnnamedDoerUkRu) {
  ExpectOneSided("Невідомі обстріляли Харків.", "uk", "--- ASSAULT UKR [Невідомі]");
  ExpectOneSided("Неизвестные атаковали Белгород.", "ru", "--- ASSAULT RUS [Неизвестные]");
}

TEST(OneSided, AgentlessPassiveUkRu) {
  ExpectOneSided("Вночі Харків було обстріляно.", "uk", "--- ASSAULT UKR");
  ExpectOneSided("Ночью Белгород был атакован.", "ru", "--- ASSAULT RUS");
}

// A two-sided event for the trigger, or an actor the search did not reach: no one-sided event.
TEST(OneSided, NotWhenTheOtherSideIsNamed) {
  for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
           {"Russian forces shelled Kharkiv overnight.", "en"},
           {"Kharkiv was shelled by Russia overnight.", "en"},
           {"Kharkiv was shelled overnight, Poland's foreign ministry said.", "en"},
           {"Росія обстріляла Харків.", "uk"},
           {"Харків було обстріляно, повідомило МЗС Польщі.", "uk"},
           {"Белгород был атакован Украиной.", "ru"}}) {
    const Doc d = RunText(text, lang);
    EXPECT_TRUE(d.one_sided_events.empty()) << text << ": " << OneSided(d);
  }
}

// A noun leaves its target implicit ("held a meeting", "назвав зустріч"), and an agentless
// passive's subject stands in its clause: no one-sided event.
TEST(OneSided, NotForNounsNorAPassiveAcrossAClause) {
  for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
           {"The UN Security Council held an emergency meeting on Sunday.", "en"},
           {"Kyiv and Moscow agreed a truce, prisoners to be freed next week.", "en"},
           {"Зеленський назвав зустріч корисною.", "uk"},
           {"Путин назвал встречу полезной.", "ru"}}) {
    const Doc d = RunText(text, lang);
    EXPECT_TRUE(d.one_sided_events.empty()) << text << ": " << OneSided(d);
  }
  // A verb's missing object is unidentified.
  ExpectOneSided("Путин пообещал помочь.", "ru", "RUS AGREE ---");
}

// A city may be the subject of a passive whose object may be one: with an agent, the event is
// two-sided.
TEST(OneSided, APassivesCitySubjectIsItsTarget) {
  Doc d = RunText("Kharkiv was shelled by Russia overnight.", "en");
  EXPECT_TRUE(testing::Has(d, "RUS", "ASSAULT", "UKR")) << Summary(d);
  d = RunText("Белгород был атакован Украиной.", "ru");
  EXPECT_TRUE(testing::Has(d, "UKR", "ASSAULT", "RUS")) << Summary(d);
}

// The output: a separate field; the unidentified side's country is null, with the group's words
// and span when the text names one, else text and span null.
TEST(OneSided, OutputField) {
  Doc d = RunText("Gunmen attacked Kabul on Monday.", "en");
  nlohmann::json j = DocToJson(d, false);
  ASSERT_EQ(j["one_sided_events"].size(), 1u) << j.dump();
  EXPECT_TRUE(j["events"].empty());
  const nlohmann::json& src = j["one_sided_events"][0]["src"];
  EXPECT_TRUE(src["country"].is_null());
  EXPECT_EQ(src["text"], "Gunmen");
  EXPECT_EQ(src["span"], nlohmann::json::array({0, 6}));
  EXPECT_EQ(j["one_sided_events"][0]["tgt"]["country"], "AFG");
  d = RunText("Kharkiv was shelled overnight.", "en");
  j = DocToJson(d, false);
  ASSERT_EQ(j["one_sided_events"].size(), 1u) << j.dump();
  EXPECT_TRUE(j["one_sided_events"][0]["src"]["text"].is_null());
  EXPECT_TRUE(j["one_sided_events"][0]["src"]["span"].is_null());
}

}  // namespace
}  // namespace entente
