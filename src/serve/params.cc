// serve/params.cc — the shapes of query parameter values.
#include "serve/params.h"

#include <algorithm>
#include <charconv>

#include "entente/doc.h"

namespace entente::serve {
namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a month 01–12 and a day 01–31.
bool IsDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!IsDigits(s.substr(0, 4))) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !IsDigits(s.substr(5, 2))) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !IsDigits(s.substr(8, 2))) return false;
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

bool IsLang(std::string_view s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Decimal integer in [lo, hi], else nullopt.
std::optional<size_t> Integer(std::string_view s, size_t lo, size_t hi) {
  if (!IsDigits(s) || s.size() > 9) return std::nullopt;
  size_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  if (v < lo || v > hi) return std::nullopt;
  return v;
}

bool IsModality(std::string_view s) {
  for (Modality m : {Modality::kAsserted, Modality::kPlanned, Modality::kIntended,
                     Modality::kHedged, Modality::kReported, Modality::kNegated}) {
    if (ModalityName(m) == s) return true;
  }
  return false;
}

Status Bad(std::string_view name, std::string_view why) {
  return Status::Error("parameter '" + std::string(name) + "': " + std::string(why));
}

}  // namespace

bool IsActorId(std::string_view id) {
  return !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
           c == '_' || c == '.' || c == '-';
  });
}

Status CheckParams(const QueryParams& params, std::initializer_list<std::string_view> allowed,
                   const ParamRules& rules, Request& out) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    const std::string& name = it->first;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string known;
      for (std::string_view a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
      return Bad(name, "not known here (this endpoint takes: " +
                           (known.empty() ? std::string("none") : known) + ")");
    }
    if (params.count(name) > 1) return Bad(name, "given more than once");
    const std::string& v = it->second;
    if (name == "from" || name == "to") {
      if (!IsDate(v)) return Bad(name, "expected a date YYYY, YYYY-MM or YYYY-MM-DD");
      (name == "from" ? out.filter.from : out.filter.to) = v;
    } else if (name == "type") {
      if (rules.plover_types && !rules.plover_types->count(v)) {
        return Bad(name, "expected a PLOVER event type such as CONSULT or ASSAULT");
      }
      out.filter.type = v;
    } else if (name == "lang") {
      if (!IsLang(v)) return Bad(name, "expected an ISO 639 code such as uk");
      out.filter.lang = v;
    } else if (name == "source") {
      if (v.empty() || v.size() > 200) return Bad(name, "expected an outlet name (1–200 bytes)");
      out.filter.source = v;
    } else if (name == "modality") {
      if (!IsModality(v)) {
        return Bad(name, "expected asserted, reported, hedged, intended, planned or negated");
      }
      out.filter.modality = v;
    } else if (name == "actor" || name == "a" || name == "b") {
      if (!IsActorId(v)) return Bad(name, "expected an actor id or country code such as RUS");
      (name == "actor" ? out.filter.actor : name == "a" ? out.a : out.b) = v;
    } else if (name == "limit") {
      auto n = Integer(v, 1, rules.max_limit);
      if (!n) return Bad(name, "expected an integer from 1 to " + std::to_string(rules.max_limit));
      out.filter.limit = *n;
    } else if (name == "offset") {
      auto n = Integer(v, 0, 100'000'000);
      if (!n) return Bad(name, "expected an integer from 0 to 100000000");
      out.filter.offset = *n;
    } else if (name == "min_sources") {
      auto n = Integer(v, 0, 1'000'000);
      if (!n) return Bad(name, "expected an integer from 0 to 1000000");
      out.min_sources = *n;
    } else if (name == "story") {
      if (v.empty() || v.size() > 1000) return Bad(name, "expected a story id (1–1000 bytes)");
      out.story = v;
    } else if (name == "sources") {
      for (size_t start = 0;;) {
        const size_t comma = v.find(',', start);
        std::string one = v.substr(start, comma == std::string::npos ? comma : comma - start);
        if (one.empty() || one.size() > 200)
          return Bad(name, "expected outlet names (1–200 bytes each) separated by commas");
        out.sources.push_back(std::move(one));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      if (out.sources.size() > 20) return Bad(name, "expected at most 20 outlets");
    } else if (name == "q") {
      if (v.find_first_not_of(" \t\r\n") == std::string::npos || v.size() > 200) {
        return Bad(name, "expected 1–200 bytes of search words");
      }
      out.q = v;
    }
  }
  return Status();
}

}  // namespace entente::serve
