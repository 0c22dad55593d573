// Event P/R on PETRARCH-2's English validation sentences (shared/data/peers, read at test time,
// never copied). Gold CAMEO codes map to PLOVER types by root (shared/data/README.md); actor
// codes compare on their first three letters. Per sentence, unique (src, type, tgt) triples.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <set>

#include "entente/engine.h"
#include "event_score.h"
#include "test_util.h"

namespace entente {
namespace {

std::string PloverOfCameo(const std::string& code) {
  static const char* kRoots[] = {
      "",        "",         "REQUEST",  "AGREE",   "CONSULT", "SUPPORT", "COOPERATE",
      "AID",     "CONCEDE",  "ACCUSE",   "REQUEST", "ACCUSE",  "REJECT",  "THREATEN",
      "PROTEST", "MOBILIZE", "SANCTION", "COERCE",  "ASSAULT", "ASSAULT", "ASSAULT"};
  if (code.size() < 2) return "";
  const int root = std::atoi(code.substr(0, 2).c_str());
  if (root < 0 || root > 20) return "";
  if (code == "057") return "SUPPORT";
  return kRoots[root];
}

std::string Attr(const std::string& tag, const std::string& name) {
  const size_t p = tag.find(name + "=\"");
  if (p == std::string::npos) return "";
  const size_t b = p + name.size() + 2;
  return tag.substr(b, tag.find('"', b) - b);
}

TEST(Petr2Eval, EnglishSentences) {
  ENTENTE_REQUIRE_SHARED();
  const std::string path = testing::SharedDir() + "/data/peers/PETR2_GSR_validation.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  const std::string xml = testing::ReadFile(path);
  auto engine = Engine::Create(Options{});
  ASSERT_TRUE(engine.ok()) << engine.error();
  size_t tp = 0, fp = 0, gold_found = 0, gold_total = 0, sentences = 0;
  for (size_t pos = xml.find("<Sentence "); pos != std::string::npos;
       pos = xml.find("<Sentence ", pos + 1)) {
    const std::string tag = xml.substr(pos, xml.find('>', pos) - pos);
    const size_t end = xml.find("</Sentence>", pos);
    const std::string body = xml.substr(pos, end - pos);
    std::set<testing::Triple> gold;
    for (size_t e = body.find("<EventCoding"); e != std::string::npos;
         e = body.find("<EventCoding", e + 1)) {
      const std::string ev = body.substr(e, body.find('>', e) - e);
      const std::string type = PloverOfCameo(Attr(ev, "eventcode"));
      if (type.empty()) continue;
      gold.emplace(Attr(ev, "sourcecode").substr(0, 3), type, Attr(ev, "targetcode").substr(0, 3));
    }
    const size_t tb = body.find("<Text>"), te = body.find("</Text>");
    if (tb == std::string::npos || te == std::string::npos) continue;
    Doc doc;
    doc.id = Attr(tag, "id");
    doc.lang_hint = "en";
    std::string date = Attr(tag, "date");
    if (date.size() == 8)
      doc.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    doc.text = body.substr(tb + 6, te - tb - 6);
    for (char& c : doc.text)
      if (c == '\n') c = ' ';
    engine->Process(doc);
    ++sentences;
    const std::set<testing::Triple> got = testing::Triples(doc.events);
    for (const auto& t : got) (gold.count(t) ? tp : fp)++;
    gold_total += gold.size();
    for (const auto& g : gold) gold_found += got.count(g);
    if (std::getenv("ENTENTE_SHOW_EVENTS")) {
      std::cout << doc.id << ":" << doc.text << "\n";
      for (const auto& [s, t, g] : gold)
        std::cout << "   gold " << s << " " << t << " " << g << "\n";
      for (const auto& [s, t, g] : got)
        std::cout << "   got  " << s << " " << t << " " << g << "\n";
    }
  }
  const double p = tp + fp ? double(tp) / double(tp + fp) : 0;
  const double r = gold_total ? double(gold_found) / double(gold_total) : 0;
  std::cout << "PETR2 validation: " << sentences << " sentences, P " << p << " (" << tp << "/"
            << tp + fp << ") R " << r << " (" << gold_found << "/" << gold_total << ")\n";
  EXPECT_GT(sentences, 50u);
  // Now: P 0.42 (8/19), R 0.11 (8/72).
  EXPECT_GE(r, 0.10);
  EXPECT_GE(p, 0.35);
}

}  // namespace
}  // namespace entente
