// The general wire-copy vocabulary of data/lang/en/events.tsv, one family of frames per PLOVER
// type, on sentences written for these tests (see frames_uk_test.cc).
#include <gtest/gtest.h>

#include "frame_cases.h"

namespace entente {
namespace {

using testing::ExpectEvents;
using testing::ExpectMutual;
using testing::ExpectNothing;

TEST(FramesEn, Assault) {
  ExpectEvents(
      {{"Russia launched a massive missile strike on Kyiv.", "RUS", "ASSAULT", "UKR"},
       {"Israeli jets bombed targets in southern Lebanon.", "ISR", "ASSAULT", "LBN"},
       {"Turkey shot down a Russian warplane near the Syrian border.", "TUR", "ASSAULT", "RUS"}},
      "en");
}

TEST(FramesEn, ConsultAndAgree) {
  ExpectMutual({{"Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.",
                 "CHN", "CONSULT", "RUS"},
                {"India and Pakistan signed an agreement on trade.", "IND", "AGREE", "PAK"}},
               "en");
}

TEST(FramesEn, OtherSensesGiveNothing) {
  ExpectNothing({"France beat Germany 2-1 in the World Cup semi-final.",
                 "The minister sent a letter to parliament."},
                "en");
}

}  // namespace
}  // namespace entente
