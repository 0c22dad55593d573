// Near-duplicate fingerprints and the gathering of event mentions into real-world events.
#include "crossdoc/crossdoc.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace entente::crossdoc {
namespace {

const char* kStory =
    "Президент Ірану Ібрагім Раїсі провів телефонну розмову з російським диктатором Володимиром "
    "Путіним. Сторони обговорили ситуацію на Південному Кавказі та двосторонні відносини. Раїсі "
    "підтвердив свою готовність допомогти Росії стабілізувати регіон, повідомляє ISW. Аналітики "
    "вважають, що Кремль намагається побудувати коаліцію на противагу Заходу, розвиваючи "
    "відносини з Іраном, Китаєм і Північною Кореєю.";

TEST(Fingerprint, CopiesWithSmallEditsAreNearDuplicates) {
  const uint64_t original = Fingerprint(kStory);
  ASSERT_NE(original, 0u);
  // A syndicated copy: the first word in capitals, doubled spaces, a credit line at the end.
  std::string copy = kStory;
  copy.replace(0, std::string("Президент").size(), "ПРЕЗИДЕНТ ");
  copy += " Фото: AP.";
  EXPECT_LE(Distance(original, Fingerprint(copy)), kNearDuplicateBits)
      << Distance(original, Fingerprint(copy));
  EXPECT_TRUE(NearDuplicate(original, Fingerprint(copy)));
}

TEST(Fingerprint, DifferentStoriesAreFarApart) {
  const uint64_t a = Fingerprint(kStory);
  const uint64_t b = Fingerprint(
      "Владимир Путин прибыл с визитом в Пхеньян, где встретился с Ким Чен Ыном. Стороны "
      "подписали договор о всеобъемлющем стратегическом партнёрстве, который предусматривает "
      "взаимную помощь в случае агрессии. Затем российский президент посетил Вьетнам.");
  EXPECT_GT(Distance(a, b), 12);
  EXPECT_FALSE(NearDuplicate(a, b));
  EXPECT_EQ(Fingerprint("Два слова"), 0u) << "too short to fingerprint";
  EXPECT_FALSE(NearDuplicate(0, 0));
}

TEST(Fingerprint, BandsFindEveryNearDuplicate) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 1000; ++trial) {
    uint64_t f = rng(), g = f;
    for (int flips = 0; flips < 3; ++flips) g ^= uint64_t{1} << (rng() % 64);
    auto a = Bands(f), b = Bands(g);
    bool shared = false;
    for (int i = 0; i < 4; ++i) shared |= a[i] == b[i];
    ASSERT_TRUE(shared) << std::hex << f << " " << g;
  }
}

Event MakeEvent(const char* src, const char* type, const char* tgt, const char* mode = "",
                Modality modality = Modality::kAsserted) {
  Event e;
  e.src.country = src;
  e.tgt.country = tgt;
  e.type = type;
  e.mode = mode;
  e.modality = modality;
  return e;
}

TEST(EventKey, SidesTypeAndRealityWithSymmetricMeetings) {
  EXPECT_EQ(EventKey(MakeEvent("RUS", "CONSULT", "IRN", "phone")), "IRN|RUS|CONSULT|happened");
  EXPECT_EQ(EventKey(MakeEvent("IRN", "CONSULT", "RUS", "phone")), "IRN|RUS|CONSULT|happened");
  EXPECT_EQ(EventKey(MakeEvent("RUS", "CONSULT", "PRK", "visit")),
            EventKey(MakeEvent("PRK", "CONSULT", "RUS", "host")))
      << "a visit is its hosting told from the other side";
  EXPECT_EQ(EventKey(MakeEvent("TUR", "SUPPORT", "RUS", "sign")), "RUS|TUR|SUPPORT|happened");
  EXPECT_EQ(EventKey(MakeEvent("TUR", "SUPPORT", "RUS", "praise")), "TUR|RUS|SUPPORT|happened");
  EXPECT_EQ(EventKey(MakeEvent("RUS", "ASSAULT", "UKR")), "RUS|UKR|ASSAULT|happened");
  EXPECT_NE(EventKey(MakeEvent("UKR", "ASSAULT", "RUS")),
            EventKey(MakeEvent("RUS", "ASSAULT", "UKR")));
  EXPECT_EQ(EventKey(MakeEvent("RUS", "CONSULT", "CHN", "visit", Modality::kPlanned)),
            "CHN|RUS|CONSULT|announced");
  EXPECT_EQ(EventKey(MakeEvent("RUS", "ACCUSE", "USA", "", Modality::kReported)),
            "RUS|USA|ACCUSE|happened");
  EXPECT_EQ(EventKey(MakeEvent("RUS", "THREATEN", "")), "") << "an unknown side stays alone";
  Event person = MakeEvent("", "CONSULT", "RUS");
  person.src.actor = "x:somebody";
  EXPECT_EQ(EventKey(person), "RUS|x:somebody|CONSULT|happened");
}

// Mentions gather by their dates; the result does not depend on their order.
TEST(ClusterIds, GathersMentionsByDate) {
  const std::string key = "RUS|UKR|ASSAULT|happened";
  std::vector<Mention> m = {
      {"m0", "2024-03-19", "2024-03-20"},  // day 19
      {"m1", "2024-03-19", "2024-03-19"},  // day 19
      {"m2", "", "2024-03-21"},            // undated, day 19 within 3 days before → 19
      {"m3", "", "2024-03-25"},            // undated: day 24 is within [22, 25] → 24
      {"m4", "", "2024-03-25"},            // → 24
      {"m5", "2024-03-24", "2024-03-26"},  // day 24
      {"m6", "2024-04", "2024-04-30"},     // month with no named day → month
      {"m7", "2024-02", "2024-03-01"},     // month with no named day → month
      {"m8", "", ""},                      // nothing: alone
      {"m9", "", "2024-03-30"},            // undated, no named day in [27, 30] → 30
  };
  std::vector<std::string> ids = ClusterIds(key, m);
  ASSERT_EQ(ids.size(), m.size());
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[0], ids[2]);
  EXPECT_NE(ids[3], ids[0]);
  EXPECT_EQ(ids[3], ids[4]);
  EXPECT_NE(ids[6], ids[7]);
  EXPECT_NE(ids[9], ids[5]);
  EXPECT_NE(ids[8], ids[9]);
  EXPECT_EQ(ids[0].size(), 17u);
  EXPECT_EQ(ids[0][0], 'e');
  EXPECT_EQ(ids[3], ids[5]);
  // Order does not matter.
  std::vector<Mention> shuffled = m;
  std::reverse(shuffled.begin(), shuffled.end());
  std::vector<std::string> again = ClusterIds(key, shuffled);
  std::reverse(again.begin(), again.end());
  EXPECT_EQ(again, ids);
  // Another key, another event.
  EXPECT_NE(ClusterIds("RUS|UKR|ASSAULT|announced", {m[0]})[0], ids[0]);
}

TEST(ClusterIds, AMonthJoinsItsOnlyNamedDay) {
  const std::string key = "PRK|RUS|AGREE|happened";
  auto ids = ClusterIds(key, {{"a", "2024-06-19", "2024-06-20"}, {"b", "2024-06", "2024-06-30"}});
  EXPECT_EQ(ids[0], ids[1]);
  ids = ClusterIds(key, {{"a", "2024-06-19", "2024-06-20"},
                         {"c", "2024-06-02", "2024-06-03"},
                         {"b", "2024-06", "2024-06-30"}});
  EXPECT_NE(ids[2], ids[0]) << "two named days: the month cannot tell which";
  EXPECT_NE(ids[2], ids[1]);
}

// What a store relies on to leave mentions dated to a day alone once stored.
TEST(ClusterIds, AMentionDatedToTheDayHasItsDaysEventWhateverTheOthers) {
  const std::string key = "ISR|LBN|ASSAULT|happened";
  const std::string alone = ClusterIds(key, {{"a", "2024-09-23", "2024-09-24"}})[0];
  auto ids = ClusterIds(key, {{"b", "2024-09", "2024-09-30"},
                              {"a", "2024-09-23", "2024-09-24"},
                              {"c", "", "2024-09-25"},
                              {"d", "2024-09-20", "2024-09-21"}});
  EXPECT_EQ(ids[1], alone);
  EXPECT_TRUE(DatedToTheDay("2024-09-23"));
  for (const char* loose :
       {"2024-09", "2024", "", "2024-02-30", "2024-13-01", "20a4-01-01", "2024-09-23T10:00"}) {
    EXPECT_FALSE(DatedToTheDay(loose)) << loose;
  }
  EXPECT_TRUE(NeedsPubDate("")) << "undated";
  EXPECT_TRUE(NeedsPubDate("2024-02-30")) << "unreadable: treated as undated";
  EXPECT_FALSE(NeedsPubDate("2024-09"));
  EXPECT_FALSE(NeedsPubDate("2024"));
  EXPECT_FALSE(NeedsPubDate("2024-09-23"));
}

TEST(Buckets, MonthsOfDatesOrPublication) {
  EXPECT_EQ(Bucket("2024-03-19", "2024-04-02"), "2024-03");
  EXPECT_EQ(Bucket("2024-03", "2024-04-02"), "2024-03");
  EXPECT_EQ(Bucket("2024", "2024-04-02"), "2024");
  EXPECT_EQ(Bucket("", "2024-04-02T08:00:00Z"), "2024-04");
  EXPECT_EQ(Bucket("", ""), "");
  EXPECT_EQ(NextBucket("2024-12"), "2025-01");
  EXPECT_EQ(PreviousBucket("2024-01"), "2023-12");
  EXPECT_EQ(PreviousBucket("2024-03"), "2024-02");
  EXPECT_EQ(NextBucket("2024"), "");
  EXPECT_EQ(NextBucket("2024-13"), "");
  EXPECT_EQ(PreviousBucket("2024-1x"), "");
  EXPECT_EQ(PreviousBucket("0000-01"), "");
  EXPECT_EQ(NextBucket("9999-12"), "");
  // Every month from 1990 to 2039 and back.
  std::string month = "1990-01";
  for (int i = 0; i < 50 * 12 - 1; ++i) {
    const std::string next = NextBucket(month);
    ASSERT_EQ(next.size(), 7u) << month;
    EXPECT_LT(month, next);
    EXPECT_EQ(PreviousBucket(next), month);
    month = next;
  }
  EXPECT_EQ(month, "2039-12");
}

// The locality a writer relies on: a bucket's mentions, gathered with the month before as
// context, get the events that gathering every mention gives them.
TEST(Buckets, ABucketWithItsPreviousMonthGathersAsTheWhole) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<Mention> all;
    for (int i = 0; i < 200; ++i) {
      char day[16];
      const int month = static_cast<int>(rng() % 4) + 1, dom = static_cast<int>(rng() % 28) + 1;
      std::snprintf(day, sizeof day, "2024-%02d-%02d", month, dom);
      const std::string d = day;
      switch (rng() % 5) {
        case 0:
          all.push_back({"m" + std::to_string(i), d, d});
          break;
        case 1:
          all.push_back({"m" + std::to_string(i), d.substr(0, 7), d});
          break;
        case 2:
          all.push_back({"m" + std::to_string(i), "2024", d});
          break;
        default:
          all.push_back({"m" + std::to_string(i), "", d});
          break;
      }
    }
    const std::string key = "A|B|ASSAULT|happened";
    const std::vector<std::string> whole = ClusterIds(key, all);
    for (const std::string b : {"2024-01", "2024-02", "2024-03", "2024-04", "2024"}) {
      std::vector<Mention> part;
      std::vector<size_t> at;
      for (size_t i = 0; i < all.size(); ++i) {
        const std::string mb = Bucket(all[i].date, all[i].pub_date);
        if (mb == b || (!PreviousBucket(b).empty() && mb == PreviousBucket(b))) {
          part.push_back(all[i]);
          at.push_back(i);
        }
      }
      const std::vector<std::string> local = ClusterIds(key, part);
      for (size_t j = 0; j < part.size(); ++j) {
        if (Bucket(part[j].date, part[j].pub_date) != b) continue;
        ASSERT_EQ(local[j], whole[at[j]])
            << "trial " << trial << " bucket " << b << " " << part[j].id;
      }
    }
  }
}

// What a writer that reads only the deciding days relies on: a mention gathered with the
// deciding days of its own window (two of a month, the latest of three days up to publication;
// no more) gets the event that gathering every mention gives it. Sparse days, so that windows
// often hold none, one or two of them; dates include an impossible day and a bad month.
TEST(DecidingDays, TheDaysOfAWindowDecideAsAllDays) {
  std::mt19937_64 rng(23);
  const std::string key = "A|B|ASSAULT|happened";
  EXPECT_FALSE(DecidingDays({"x", "2024-03-05", "2024-03-06"}));
  EXPECT_FALSE(DecidingDays({"x", "2024", "2024-03-06"}));
  EXPECT_FALSE(DecidingDays({"x", "2024-13", "2024-03-06"}));
  EXPECT_FALSE(DecidingDays({"x", "", ""}));
  auto month = DecidingDays({"x", "2024-02", ""});
  ASSERT_TRUE(month);
  EXPECT_EQ(month->first, "2024-02-01");
  EXPECT_EQ(month->last, "2024-02-29");
  EXPECT_FALSE(month->latest);
  auto undated = DecidingDays({"x", "", "2024-03-01T08:00:00Z"});
  ASSERT_TRUE(undated);
  EXPECT_EQ(undated->first, "2024-02-27");
  EXPECT_EQ(undated->last, "2024-03-01");
  EXPECT_TRUE(undated->latest);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<Mention> all;
    std::vector<std::string> days;
    for (int i = 0; i < 12; ++i) {
      char day[16];
      std::snprintf(day, sizeof day, "2024-%02d-%02d", static_cast<int>(rng() % 3) + 2,
                    static_cast<int>(rng() % 31) + 1);
      const std::string d = day;
      switch (rng() % 5) {
        case 0:
        case 1:
          all.push_back({"m" + std::to_string(i), d, d});
          if (DatedToTheDay(d)) days.push_back(d);
          break;
        case 2:
          all.push_back({"m" + std::to_string(i), d.substr(0, 7), d});
          break;
        default:
          all.push_back({"m" + std::to_string(i), rng() % 8 ? "" : "2024-1x", d});
          break;
      }
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const std::vector<std::string> whole = ClusterIds(key, all);
    for (size_t i = 0; i < all.size(); ++i) {
      std::vector<Mention> part = {all[i]};
      if (auto w = DecidingDays(all[i])) {
        std::vector<std::string> in;
        for (const std::string& d : days)
          if (d >= w->first && d <= w->last) in.push_back(d);
        if (w->latest && in.size() > 1) in.erase(in.begin(), in.end() - 1);
        if (!w->latest && in.size() > 2) in.resize(2);
        for (const std::string& d : in) part.push_back({"", d, ""});
      }
      ASSERT_EQ(ClusterIds(key, part)[0], whole[i])
          << "trial " << trial << " " << all[i].date << " published " << all[i].pub_date;
    }
  }
}

}  // namespace
}  // namespace entente::crossdoc
