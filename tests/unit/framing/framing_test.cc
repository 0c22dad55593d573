#include "framing/framing.h"

#include <gtest/gtest.h>

#include "engine_util.h"

namespace entente {
namespace {

// "frame:term" of each hit, with the words it covers, joined by "; ".
std::string Hits(const Doc& doc) {
  std::string out;
  for (const FramingHit& h : doc.framing)
    out += (out.empty() ? "" : "; ") + (h.frame.empty() ? "tone" : h.frame) + ":" + h.term + "=" +
           std::string(doc.Slice(h.span));
  return out;
}

TEST(Framing, TheSameWarNamedTwoWays) {
  const Doc uk = testing::RunText(
      "Російські окупанти обстріляли Харків. Повномасштабна війна триває третій рік.", "uk");
  EXPECT_EQ(Hits(uk),
            "occupation:окупант=окупанти; war_named:повномасштабна війна=Повномасштабна війна");
  const Doc ru = testing::RunText(
      "Специальная военная операция продолжается, заявили в Кремле. Киевский режим готовит "
      "провокации.",
      "ru");
  const std::string hits = Hits(ru);
  EXPECT_NE(hits.find("war_euphemism:специальная военная операция=Специальная военная операция"),
            std::string::npos)
      << hits;
  EXPECT_NE(hits.find("delegitimize:киевский режим=Киевский режим"), std::string::npos) << hits;
  EXPECT_NE(hits.find("threat:провокация=провокации"), std::string::npos) << hits;
}

TEST(Framing, InflectedFormsAndTheLongestPhraseCount) {
  const Doc uk =
      testing::RunText("Армія звільнила місто від окупантів. Окупантами керує Кремль.", "uk");
  int occupiers = 0;
  for (const FramingHit& h : uk.framing) occupiers += h.term == "окупант";
  EXPECT_EQ(occupiers, 2) << Hits(uk);
  const Doc en = testing::RunText(
      "Moscow called it a special military operation; Kyiv calls it a war of aggression.", "en");
  const std::string hits = Hits(en);
  EXPECT_NE(hits.find("war_euphemism:special military operation"), std::string::npos) << hits;
  EXPECT_EQ(hits.find("=military"), std::string::npos) << "inside a longer phrase: " << hits;
}

TEST(Framing, NeutralNewsHasNoFrames) {
  const Doc en = testing::RunText(
      "The foreign ministers met in Ankara on Tuesday and discussed grain exports.", "en");
  for (const FramingHit& h : en.framing) EXPECT_TRUE(h.frame.empty()) << Hits(en);
}

TEST(FramingProfile, RatesAndToneAsGdeltCountsThem) {
  FramingProfile p;
  p.Add({{"war_named", "війна", -2, {}}, {"", "успіх", 1, {}}, {"war_named", "агресія", -2, {}}},
        200);
  p.Add({}, 200);
  EXPECT_EQ(p.documents, 2u);
  EXPECT_EQ(p.frames["war_named"], 2u);
  EXPECT_DOUBLE_EQ(p.Rate("war_named"), 5.0);  // 2 per 400 words = 5 per 1,000
  EXPECT_DOUBLE_EQ(p.Tone(), 100.0 * (1 - 2) / 400);
  EXPECT_EQ(p.terms["war_named"]["війна"], 1u);
  EXPECT_DOUBLE_EQ(FramingProfile{}.Tone(), 0);
}

}  // namespace
}  // namespace entente
