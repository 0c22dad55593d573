#include "events/dates.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace entente {
namespace {

namespace chr = std::chrono;

struct Ymd {
  int y = 0, m = 0, d = 0;
};

bool ParsePub(std::string_view s, Ymd& out) {
  if (s.size() < 10) return false;
  out.y = std::atoi(std::string(s.substr(0, 4)).c_str());
  out.m = std::atoi(std::string(s.substr(5, 2)).c_str());
  out.d = std::atoi(std::string(s.substr(8, 2)).c_str());
  return out.y > 0 && out.m >= 1 && out.m <= 12 && out.d >= 1 && out.d <= 31;
}

chr::sys_days Days(const Ymd& v) {
  return chr::sys_days(chr::year(v.y) / chr::month(v.m) / chr::day(v.d));
}

std::string Format(int y, int m = 0, int d = 0) {
  char buf[16];
  if (d)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m)
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else
    std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::string FormatDays(chr::sys_days t) {
  chr::year_month_day v(t);
  return Format(int(v.year()), unsigned(v.month()), unsigned(v.day()));
}

int Number(const Unit& u) {
  if (!u.word || u.lower.empty() || u.lower.size() > 4) return -1;
  int n = 0;
  for (char c : u.lower) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool IsYear(int n) { return n >= 1900 && n <= 2100; }

// The date word(s) at unit i: fills `len`; nullptr iff none.
const std::vector<DateWord>* WordAt(const Words& units, size_t i, const LangFrames& lf,
                                    size_t& len) {
  if (i >= units.size() || !lf.date_first_words.MatchAt(units, i)) return nullptr;
  // The longest phrase is built once; shorter ones are its prefixes.
  const size_t most = std::min(lf.max_date_words, units.size() - i);
  std::string text;
  std::vector<size_t> ends;  // ends[n - 1]: the end of the n-word phrase
  for (size_t k = 0; k < most; ++k) {
    if (k) text += ' ';
    text += units[i + k].lower;
    ends.push_back(text.size());
  }
  for (size_t n = most; n >= 1; --n) {
    auto it = lf.dates.find(std::string_view(text).substr(0, ends[n - 1]));
    if (it != lf.dates.end()) {
      len = n;
      return &it->second;
    }
  }
  return nullptr;
}

const DateWord* Kind(const std::vector<DateWord>* words, std::string_view kind, const Unit& u) {
  if (!words) return nullptr;
  for (const DateWord& w : *words)
    if (w.kind == kind && (!w.need_cap || u.capitalized)) return &w;
  return nullptr;
}

}  // namespace

SentenceDate FindDate(const Words& units, const LangFrames& lf, std::string_view pub,
                      bool planned) {
  SentenceDate out;
  Ymd p;
  const bool have_pub = ParsePub(pub, p);
  std::string qual;
  for (size_t i = 0; i < units.size(); ++i) {
    size_t len = 1;
    const std::vector<DateWord>* words = WordAt(units, i, lf, len);
    const int n = Number(units[i]);
    if (!words && n < 0) continue;  // neither a date word nor a number: nothing below applies
    if (Kind(words, "same", units[i])) {
      out.same = true;
      i += len - 1;
      continue;
    }
    if (const DateWord* q = Kind(words, "qual", units[i])) {
      qual = q->text;
      continue;
    }
    // day + month [+ year]
    if (n >= 1 && n <= 31 && i + 1 < units.size()) {
      size_t mlen = 1;
      const std::vector<DateWord>* mw = WordAt(units, i + 1, lf, mlen);
      if (const DateWord* m = Kind(mw, "month", units[i + 1])) {
        int y = (i + 2 < units.size() && IsYear(Number(units[i + 2]))) ? Number(units[i + 2]) : 0;
        if (!y && have_pub) {
          y = p.y;
          const auto cand = chr::sys_days(chr::year(y) / chr::month(m->value) / chr::day(n));
          if (!planned && cand > Days(p) + chr::days(31)) --y;
          if (planned && cand + chr::days(7) < Days(p)) ++y;
        }
        if (y) out.date = Format(y, m->value, n);
        return out;
      }
    }
    // [qual] year + year word, or a bare year after a qualifier
    if (IsYear(n)) {
      size_t ylen = 1;
      const bool yearword =
          i + 1 < units.size() && Kind(WordAt(units, i + 1, lf, ylen), "yearword", units[i + 1]);
      if (yearword || !qual.empty()) {
        if (qual == "end")
          out.date = Format(n, 12);
        else if (qual == "start")
          out.date = Format(n, 1);
        else
          out.date = Format(n);
        return out;
      }
    }
    if (const DateWord* m = Kind(words, "month", units[i])) {
      int y =
          (i + len < units.size() && IsYear(Number(units[i + len]))) ? Number(units[i + len]) : 0;
      if (!y && have_pub) {
        y = p.y;
        if (!planned && m->value > p.m + 1) --y;
        if (planned && m->value < p.m) ++y;
      }
      if (y) out.date = Format(y, m->value);
      return out;
    }
    if (const DateWord* r = Kind(words, "relday", units[i]); r && have_pub) {
      out.date = FormatDays(Days(p) + chr::days(r->value));
      return out;
    }
    if (const DateWord* w = Kind(words, "weekday", units[i]); w && have_pub) {
      const chr::sys_days today = Days(p);
      const int wd = int(chr::weekday(today).iso_encoding());
      int delta = planned ? (w->value - wd + 7) % 7 : -((wd - w->value + 7) % 7);
      if (delta == 0) delta = planned ? 7 : 0;
      out.date = FormatDays(today + chr::days(delta));
      return out;
    }
    i += len - 1;
  }
  return out;
}

}  // namespace entente
