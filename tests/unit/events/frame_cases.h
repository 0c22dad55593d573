// Shared checks for the per-language frame tests (frames_<lang>_test.cc): each case is a
// sentence written for the tests and the event (source country, PLOVER type, target country, and
// optionally CAMEO code) it must give.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine_util.h"

namespace entente::testing {

struct Case {
  Case(const char* text, const char* src, const char* type, const char* tgt,
       const char* cameo = nullptr)
      : text(text), src(src), type(type), tgt(tgt), cameo(cameo) {}
  const char* text;
  const char* src;
  const char* type;
  const char* tgt;
  const char* cameo;  // when set, the event's CAMEO code too
};

inline void ExpectEvents(const std::vector<Case>& cases, const std::string& lang) {
  for (const Case& c : cases) {
    Doc d = RunText(c.text, lang, "2024-05-01");
    EXPECT_TRUE(Has(d, c.src, c.type, c.tgt)) << c.text << " → " << Summary(d);
    if (!c.cameo) continue;
    bool found = false;
    for (const Event& e : d.events)
      if (e.src.country == c.src && e.type == c.type && e.tgt.country == c.tgt)
        found = found || e.cameo == c.cameo;
    EXPECT_TRUE(found) << c.text << " → CAMEO " << c.cameo << " expected";
  }
}

// Meetings, treaties and joint action between coordinated parties: either direction.
inline void ExpectMutual(const std::vector<Case>& cases, const std::string& lang) {
  for (const Case& c : cases) {
    Doc d = RunText(c.text, lang, "2024-05-01");
    EXPECT_TRUE(Has(d, c.src, c.type, c.tgt) || Has(d, c.tgt, c.type, c.src))
        << c.text << " → " << Summary(d);
  }
}

inline void ExpectNothing(const std::vector<const char*>& texts, const std::string& lang) {
  for (const char* t : texts) {
    Doc d = RunText(t, lang, "2024-05-01");
    EXPECT_TRUE(d.events.empty()) << t << " → " << Summary(d);
  }
}

inline Modality ModalityOf(const char* text, const std::string& lang) {
  Doc d = RunText(text, lang, "2024-05-01");
  EXPECT_FALSE(d.events.empty()) << text;
  return d.events.empty() ? Modality::kAsserted : d.events[0].modality;
}

}  // namespace entente::testing
