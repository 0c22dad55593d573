// crossdoc/events.cc — gathering event mentions into real-world events.
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

#include "crossdoc/crossdoc.h"

namespace entente::crossdoc {
namespace {

using std::chrono::sys_days;

// Days since the epoch of "YYYY-MM-DD…", or nullopt.
std::optional<sys_days> Day(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (size_t i : {0, 1, 2, 3}) y = y * 10 + (s[i] - '0');
  for (size_t i : {5, 6}) m = m * 10 + static_cast<unsigned>(s[i] - '0');
  for (size_t i : {8, 9}) d = d * 10 + static_cast<unsigned>(s[i] - '0');
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

std::string DayString(sys_days day) {
  std::chrono::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  const unsigned month = static_cast<unsigned>(ymd.month()), dom = static_cast<unsigned>(ymd.day());
  if (year < 0 || year > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, month, dom);
    return buf;
  }
  std::string out = "0000-00-00";
  for (int i = 3, y = year; i >= 0; --i, y /= 10) out[static_cast<size_t>(i)] = char('0' + y % 10);
  out[5] = char('0' + month / 10);
  out[6] = char('0' + month % 10);
  out[8] = char('0' + dom / 10);
  out[9] = char('0' + dom % 10);
  return out;
}

// Kinds of event that one report tells from one side and another from the other: a meeting, a
// call, a visit and its hosting, an agreement, cooperation, a signing.
bool IsSymmetric(const Event& e) {
  return e.type == "CONSULT" || e.type == "AGREE" || e.type == "COOPERATE" || e.mode == "sign";
}

const char* Reality(Modality m) {
  switch (m) {
    case Modality::kPlanned:
    case Modality::kIntended:
      return "announced";
    case Modality::kNegated:
      return "denied";
    default:
      return "happened";
  }
}

std::string Side(const EventActor& a) { return a.country.empty() ? a.actor : a.country; }

// "e" + 16 lower-case hex digits of the hash of an anchor, seeded with its key's hash.
std::string Id(XXH64_hash_t key_hash, std::string_view anchor) {
  static constexpr char kHex[] = "0123456789abcdef";
  XXH64_hash_t h = XXH3_64bits_withSeed(anchor.data(), anchor.size(), key_hash);
  std::string out(17, 'e');
  for (size_t i = 16; i >= 1; --i, h >>= 4) out[i] = kHex[h & 0xf];
  return out;
}

// "YYYY-MM" of a valid "YYYY-MM-DD…" or "YYYY-MM", else "".
std::string MonthOf(const std::string& date) {
  if (date.size() >= 10) return Day(date) ? date.substr(0, 7) : "";
  if (date.size() == 7 && Day(date + "-01")) return date;
  return "";
}

}  // namespace

std::string Bucket(const std::string& date, const std::string& pub_date) {
  if (date.size() == 4) return date;
  if (!date.empty()) return MonthOf(date);
  return MonthOf(pub_date);
}

namespace {

// Year and month of a "YYYY-MM" bucket (month 1–12), or false.
bool ParseMonth(const std::string& bucket, int& year, int& month) {
  if (bucket.size() != 7 || bucket[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (bucket[i] < '0' || bucket[i] > '9') return false;
  year = ((bucket[0] - '0') * 10 + (bucket[1] - '0')) * 100 + (bucket[2] - '0') * 10 +
         (bucket[3] - '0');
  month = (bucket[5] - '0') * 10 + (bucket[6] - '0');
  return month >= 1 && month <= 12;
}

std::string MonthString(int year, int month) {
  if (year < 0 || year > 9999) return "";
  std::string out = "0000-00";
  for (int i = 3; i >= 0; --i, year /= 10) out[static_cast<size_t>(i)] = char('0' + year % 10);
  out[5] = char('0' + month / 10);
  out[6] = char('0' + month % 10);
  return out;
}

}  // namespace

// Pure digit arithmetic: the store calls these for every mention it writes.
std::string NextBucket(const std::string& bucket) {
  int year, month;
  if (!ParseMonth(bucket, year, month)) return "";
  return month == 12 ? MonthString(year + 1, 1) : MonthString(year, month + 1);
}

std::string PreviousBucket(const std::string& bucket) {
  int year, month;
  if (!ParseMonth(bucket, year, month)) return "";
  return month == 1 ? MonthString(year - 1, 12) : MonthString(year, month - 1);
}

std::string EventKey(const Event& e) {
  std::string a = Side(e.src), b = Side(e.tgt);
  if (a.empty() || b.empty()) return "";
  if (IsSymmetric(e) && b < a) std::swap(a, b);
  return a + "|" + b + "|" + e.type + "|" + Reality(e.modality);
}

bool DatedToTheDay(std::string_view date) { return date.size() == 10 && Day(date); }

bool NeedsPubDate(const std::string& date) {
  return !DatedToTheDay(date) && date.size() != 7 && date.size() != 4;
}

std::optional<DayWindow> DecidingDays(const Mention& m) {
  if (DatedToTheDay(m.date) || m.date.size() == 4) return std::nullopt;
  if (m.date.size() == 7) {
    auto first = Day(m.date + "-01");
    if (!first) return std::nullopt;
    std::chrono::year_month_day f{*first};
    return DayWindow{m.date + "-01", DayString(sys_days{f.year() / f.month() / std::chrono::last}),
                     false};
  }
  auto pub = Day(m.pub_date);
  if (!pub) return std::nullopt;
  return DayWindow{DayString(*pub - std::chrono::days{3}), DayString(*pub), true};
}

std::vector<std::string> ClusterIds(const std::string& key, const std::vector<Mention>& mentions) {
  const XXH64_hash_t key_hash = XXH3_64bits(key.data(), key.size());
  // The days this key's mentions name in full, sorted and distinct.
  std::vector<sys_days> days;
  for (const Mention& m : mentions) {
    if (m.date.size() == 10) {
      if (auto d = Day(m.date)) days.push_back(*d);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  // The only named day within [first, last], if exactly one.
  auto only_day = [&](sys_days first, sys_days last) -> std::optional<sys_days> {
    auto lo = std::lower_bound(days.begin(), days.end(), first);
    auto hi = std::upper_bound(days.begin(), days.end(), last);
    if (lo == hi || std::next(lo) != hi) return std::nullopt;
    return *lo;
  };
  std::vector<std::string> ids;
  ids.reserve(mentions.size());
  for (const Mention& m : mentions) {
    if (m.date.size() == 10 && Day(m.date)) {
      ids.push_back(Id(key_hash, m.date));
      continue;
    }
    std::string anchor;
    if (m.date.size() == 7) {
      std::optional<sys_days> day;
      if (auto first = Day(m.date + "-01")) {
        std::chrono::year_month_day f{*first};
        day = only_day(*first, sys_days{f.year() / f.month() / std::chrono::last});
      }
      anchor = day ? DayString(*day) : m.date;
    } else if (m.date.size() == 4) {
      anchor = m.date;  // a year is too coarse to join a day
    } else if (auto pub = Day(m.pub_date)) {
      // Undated: the latest named day in the three days up to publication, else that day.
      auto hi = std::upper_bound(days.begin(), days.end(), *pub);
      if (hi != days.begin() && *std::prev(hi) >= *pub - std::chrono::days{3}) {
        anchor = DayString(*std::prev(hi));
      } else {
        anchor = DayString(*pub);
      }
    }
    ids.push_back(anchor.empty() ? Id(key_hash, "mention:" + m.id) : Id(key_hash, anchor));
  }
  return ids;
}

}  // namespace entente::crossdoc
