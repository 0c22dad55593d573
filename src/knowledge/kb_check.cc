// kb_check — validation of the knowledge base (contract in kb_check.h).
#include "knowledge/kb_check.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "entities/units.h"

namespace entente {
namespace {

using Sv = std::string_view;
std::string Str(Sv s) { return std::string(s); }

namespace chr = std::chrono;

// Days since 1970-01-01 of a valid calendar date.
long DayNumber(chr::year_month_day ymd) { return chr::sys_days(ymd).time_since_epoch().count(); }

// The days a date may stand for: YYYY-MM-DD is one day, YYYY-MM its month, YYYY its year.
struct DayRange {
  long lo = 0, hi = 0;  // inclusive
};

bool Digits(Sv s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// nullopt iff `s` is not a real date in one of the three forms; `why` then says what is wrong.
std::optional<DayRange> ParseDate(Sv s, std::string& why) {
  const bool shape = (s.size() == 4 || s.size() == 7 || s.size() == 10) && Digits(s.substr(0, 4)) &&
                     (s.size() < 7 || (s[4] == '-' && Digits(s.substr(5, 2)))) &&
                     (s.size() < 10 || (s[7] == '-' && Digits(s.substr(8, 2))));
  if (!shape) {
    why = "not YYYY-MM-DD, YYYY-MM or YYYY";
    return std::nullopt;
  }
  const long y = std::stol(Str(s.substr(0, 4)));
  const long m = s.size() >= 7 ? std::stol(Str(s.substr(5, 2))) : 0;
  const long d = s.size() == 10 ? std::stol(Str(s.substr(8, 2))) : 0;
  if (y < 1800 || y > 2100) {
    why = "year out of range 1800..2100";
    return std::nullopt;
  }
  const chr::year year(static_cast<int>(y));
  if (s.size() == 4)
    return DayRange{DayNumber(year / chr::January / 1), DayNumber(year / chr::December / 31)};
  if (m < 1 || m > 12) {
    why = "no month " + std::to_string(m);
    return std::nullopt;
  }
  const chr::year_month ym = year / chr::month(static_cast<unsigned>(m));
  if (s.size() == 7) return DayRange{DayNumber(ym / 1), DayNumber(ym / chr::last)};
  const chr::year_month_day ymd = ym / chr::day(static_cast<unsigned>(d));
  if (!ymd.ok()) {
    why = "no day " + std::to_string(d) + " in " + Str(s.substr(0, 7));
    return std::nullopt;
  }
  return DayRange{DayNumber(ymd), DayNumber(ymd)};
}

constexpr long kMinDay = -1000000, kMaxDay = 1000000;  // open start / open end

// A role row with its term as day numbers: the engine's reading [lo_start, lo_end) and the
// shortest term the dates allow [hi_start, lo_end).
struct Term {
  const KbRole* role = nullptr;
  long lo_start = kMinDay, hi_start = kMinDay, lo_end = kMaxDay;
};

std::string RoleRow(const KbRole& r) {
  return r.person + " " + r.role + " " + r.country + " " + (r.start.empty() ? "?" : r.start) +
         ".." + r.end;
}

std::string DayString(long days) {
  const chr::year_month_day ymd{chr::sys_days(chr::days(days))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()) % 10000,
                static_cast<unsigned>(ymd.month()) % 100, static_cast<unsigned>(ymd.day()) % 100);
  return buf;
}

// One entity a name may stand for, in the collision check.
struct NameOwner {
  std::string kind;   // person | state | igo | org | region | place | building
  std::string label;  // id or code
  std::string table;  // where its first name was found
};

class Checker {
 public:
  Checker(const Pack& pack, const MatchKeys& keys, const KbCheckOptions& options)
      : pack_(pack), keys_(keys), options_(options) {}

  std::vector<KbFinding> Run() {
    LoadCodes();
    CheckPeople();
    CheckOtherIds();
    CheckNames();
    CheckRoles();
    CheckCollisions();
    CheckSectors();
    // One warning per table and unknown code (XKX, for Kosovo, is no ISO 3166-1 code).
    for (const auto& [where, rows] : unknown_codes_) {
      std::string list;
      for (size_t i = 0; i < rows.size() && i < 3; ++i) list += (i ? "; " : "") + rows[i];
      if (rows.size() > 3) list += "; ...";
      Add(KbSeverity::kWarning, "country", where.first, where.second,
          "country code names no state, IGO or region of the knowledge base (" +
              std::to_string(rows.size()) + " rows: " + list +
              "): kept as a label, but no title resolves to it");
    }
    std::stable_sort(out_.begin(), out_.end(), [](const KbFinding& a, const KbFinding& b) {
      return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    return std::move(out_);
  }

 private:
  void Add(KbSeverity sev, const char* check, std::string table, std::string row,
           std::string message) {
    out_.push_back({sev, check, std::move(table), std::move(row), std::move(message)});
  }
  bool KnownCountry(Sv code) const { return codes_.count(Str(code)) > 0; }

  void LoadCodes();
  void CheckPeople();
  void CheckOtherIds();
  void CheckNames();
  void CheckRoles();
  void CheckOverlaps(const std::vector<Term>& terms);
  void CheckCollisions();
  void CheckSectors();
  // Records `id` as an entity of `kind`; an id the gazetteer would merge across kinds is an
  // error.
  void ClaimId(const std::string& id, const char* kind, const std::string& table);

  const Pack& pack_;
  const MatchKeys& keys_;
  const KbCheckOptions& options_;
  std::vector<KbFinding> out_;
  std::set<std::string> codes_;                                          // ISO-3, IGO:X, REG:X
  std::map<std::string, std::pair<std::string, std::string>> id_kinds_;  // id → kind, table
  std::map<std::string, std::string> people_;                            // id → first table
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> unknown_codes_;
};

void Checker::LoadCodes() {
  // The gazetteer makes a state of a code with an English name or English short alias.
  if (const Table* t = pack_.Find("kb/state_names"))
    for (size_t r = 0; r < t->rows(); ++r)
      if (t->Cell(r, "lang") == "en") codes_.insert(Str(t->Cell(r, "iso3")));
  if (const Table* t = pack_.Find("kb/state_aliases"))
    for (size_t r = 0; r < t->rows(); ++r)
      if (t->Cell(r, "lang") == "en" && t->Cell(r, "kind") == "short")
        codes_.insert(Str(t->Cell(r, "iso3")));
  for (const char* name : {"kb/igos", "kb/regions"})
    if (const Table* t = pack_.Find(name))
      for (size_t r = 0; r < t->rows(); ++r) codes_.insert(Str(t->Cell(r, "code")));
}

void Checker::ClaimId(const std::string& id, const char* kind, const std::string& table) {
  auto [it, fresh] = id_kinds_.try_emplace(id, kind, table);
  if (!fresh && it->second.first != kind)
    Add(KbSeverity::kError, "ids", table, id,
        "id also names a " + it->second.first + " in " + it->second.second +
            "; the gazetteer would merge the two into one entity");
}

void Checker::CheckPeople() {
  struct Person {
    std::string table, name_en, gender, country, sector;
  };
  std::map<std::string, Person> seen;
  for (const auto& [group, t] : pack_.FindGroup("kb/people/", "/people")) {
    const std::string table = "kb/people/" + group + "/people";
    for (size_t r = 0; r < t->rows(); ++r) {
      Person p{table, Str(t->Cell(r, "name_en")), Str(t->Cell(r, "gender")),
               Str(t->Cell(r, "country")), Str(t->Cell(r, "sector"))};
      const std::string id(t->Cell(r, "id"));
      if (id.empty()) {
        Add(KbSeverity::kError, "ids", table, p.name_en, "person without an id");
        continue;
      }
      if (!p.country.empty() && !KnownCountry(p.country))
        unknown_codes_[{table, p.country}].push_back(id);
      if (p.gender != "m" && p.gender != "f" && !p.gender.empty())
        Add(KbSeverity::kError, "ids", table, id, "gender '" + p.gender + "' is not m or f");
      auto [it, fresh] = seen.try_emplace(id, p);
      if (fresh) {
        people_[id] = table;
        ClaimId(id, "person", table);
        continue;
      }
      const Person& q = it->second;
      std::string diff;
      auto cmp = [&](const char* field, const std::string& a, const std::string& b) {
        if (a != b)
          diff += std::string(diff.empty() ? "" : ", ") + field + " '" + a + "' vs '" + b + "'";
      };
      cmp("name_en", q.name_en, p.name_en);
      cmp("gender", q.gender, p.gender);
      cmp("country", q.country, p.country);
      cmp("sector", q.sector, p.sector);
      if (diff.empty())
        Add(KbSeverity::kNote, "ids", table, id,
            "also defined in " + q.table + " with the same attributes (merged)");
      else
        Add(KbSeverity::kError, "ids", table, id,
            "also defined in " + q.table + " with other attributes (" + diff +
                "); the gazetteer keeps " + q.table + "'s");
    }
  }
}

void Checker::CheckOtherIds() {
  if (const Table* t = pack_.Find("kb/state_qids"))
    for (size_t r = 0; r < t->rows(); ++r)
      ClaimId(Str(t->Cell(r, "qid")), "state", "kb/state_qids");
  // Rows of one code must agree on the code's attributes (one row per name).
  auto same_code = [&](const char* table, const char* key, std::vector<const char*> attrs,
                       const char* kind, bool claim) {
    const Table* t = pack_.Find(table);
    if (!t) return;
    std::map<std::string, std::vector<std::string>> first;
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string code(t->Cell(r, key));
      std::vector<std::string> values;
      for (const char* a : attrs) values.push_back(Str(t->Cell(r, a)));
      auto [it, fresh] = first.try_emplace(code, values);
      if (fresh) {
        if (claim && !code.empty()) ClaimId(code, kind, table);
        continue;
      }
      for (size_t i = 0; i < attrs.size(); ++i)
        if (it->second[i] != values[i])
          Add(KbSeverity::kError, "ids", table, code,
              std::string(attrs[i]) + " '" + values[i] + "' differs from an earlier row's '" +
                  it->second[i] + "'");
    }
  };
  same_code("kb/igos", "code", {"qid", "name_en"}, "igo", false);
  same_code("kb/organizations", "id", {"name_en", "country", "sector"}, "org", true);
  same_code("kb/places", "name_en", {"iso3", "lat", "lon"}, "place", false);
  // An institution's rows (one per name) agree on its sector and English name; its state is
  // a known code.
  if (const Table* t = pack_.Find("kb/institutions")) {
    std::map<std::string, std::pair<std::string, std::string>> first;
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string id = "g:" + Str(t->Cell(r, "iso3")) + ":" + Str(t->Cell(r, "role"));
      std::pair<std::string, std::string> values{Str(t->Cell(r, "sector")),
                                                 Str(t->Cell(r, "name_en"))};
      if (auto [it, fresh] = first.try_emplace(id, values); !fresh && it->second != values)
        Add(KbSeverity::kError, "ids", "kb/institutions", id,
            "sector or name_en differs from an earlier row's");
      if (!KnownCountry(t->Cell(r, "iso3")))
        unknown_codes_[{"kb/institutions", Str(t->Cell(r, "iso3"))}].push_back(id);
    }
  }
  if (const Table* t = pack_.Find("kb/igos")) {
    std::map<std::string, std::string> code_of_qid;
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string code(t->Cell(r, "code")), qid(t->Cell(r, "qid"));
      if (!code.starts_with("IGO:"))
        Add(KbSeverity::kError, "ids", "kb/igos", code, "an IGO code starts with IGO:");
      if (qid.empty()) continue;
      auto [it, fresh] = code_of_qid.try_emplace(qid, code);
      if (fresh) ClaimId(qid, "igo", "kb/igos");
      if (it->second != code)
        Add(KbSeverity::kError, "ids", "kb/igos", code,
            "qid " + qid + " is also the qid of " + it->second);
    }
  }
  // A capital shares the place entity of its city: the state must agree.
  const Table* places = pack_.Find("kb/places");
  const Table* metonyms = pack_.Find("kb/metonyms");
  if (places && metonyms) {
    std::map<std::string, std::string> iso_of;
    for (size_t r = 0; r < places->rows(); ++r)
      iso_of.try_emplace(Str(places->Cell(r, "name_en")), Str(places->Cell(r, "iso3")));
    for (size_t r = 0; r < metonyms->rows(); ++r) {
      auto it = iso_of.find(Str(metonyms->Cell(r, "name_en")));
      if (metonyms->Cell(r, "kind") == "capital" && it != iso_of.end() &&
          it->second != metonyms->Cell(r, "iso3"))
        Add(KbSeverity::kError, "ids", "kb/metonyms", it->first,
            "capital of " + Str(metonyms->Cell(r, "iso3")) + " but kb/places puts it in " +
                it->second);
    }
  }
}

// Every sector a table gives an actor is a kb/sectors code (the event coder reads from there
// which sectors act for their state).
void Checker::CheckSectors() {
  std::set<std::string, std::less<>> known;
  const Table* sectors = pack_.Find("kb/sectors");
  if (!sectors) return;  // a pack without the table: every actor acts for its state
  for (size_t r = 0; r < sectors->rows(); ++r) known.insert(Str(sectors->Cell(r, "code")));
  auto check = [&](const std::string& table, const Table* t) {
    std::set<std::string> reported;
    for (size_t r = 0; r < t->rows(); ++r) {
      const Sv sector = t->Cell(r, "sector");
      if (!sector.empty() && !known.count(sector) && reported.insert(Str(sector)).second)
        Add(KbSeverity::kError, "sectors", table, Str(sector),
            "sector is no kb/sectors code: the event coder cannot tell whether it acts for its "
            "state");
    }
  };
  for (const char* table : {"kb/organizations", "kb/institutions"})
    if (const Table* t = pack_.Find(table)) check(table, t);
  for (const auto& [group, t] : pack_.FindGroup("kb/people/", "/people"))
    check("kb/people/" + group + "/people", t);
  for (const char* suffix : {"/titles", "/groups", "/institutions"})
    for (const auto& [lang, t] : pack_.FindGroup("lang/", suffix))
      check("lang/" + lang + suffix, t);
}

void Checker::CheckNames() {
  for (const auto& [group, t] : pack_.FindGroup("kb/people/", "/names")) {
    const std::string table = "kb/people/" + group + "/names";
    std::set<std::string> reported;
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string person(t->Cell(r, "person"));
      if (!people_.count(person) && reported.insert(person).second)
        Add(KbSeverity::kError, "ids", table, person,
            "names an unknown person (no kb/people/*/people row): its names are ignored");
      if (t->Cell(r, "name").empty() || t->Cell(r, "lang").empty())
        Add(KbSeverity::kError, "ids", table, person, "a names row without lang or name");
    }
  }
}

void Checker::CheckRoles() {
  std::vector<KbRole> roles = LoadRoles(pack_);
  std::vector<Term> terms;
  std::optional<DayRange> today;
  if (!options_.today.empty()) {
    std::string why;
    today = ParseDate(options_.today, why);
  }
  for (const KbRole& r : roles) {
    const std::string row = RoleRow(r);
    if (!people_.count(r.person))
      Add(KbSeverity::kError, "ids", r.table, row,
          "names an unknown person (no kb/people/*/people row): the role is ignored");
    if (r.role.empty()) Add(KbSeverity::kError, "ids", r.table, row, "a role row without a role");
    if (!KnownCountry(r.country)) unknown_codes_[{r.table, r.country}].push_back(row);
    Term term{&r};
    std::optional<DayRange> start, end;
    bool ok = true;
    for (auto [value, field, range] :
         {std::tuple{&r.start, "start", &start}, std::tuple{&r.end, "end", &end}}) {
      if (value->empty()) continue;
      std::string why;
      *range = ParseDate(*value, why);
      if (!*range) {
        Add(KbSeverity::kError, "dates", r.table, row,
            std::string(field) + " '" + *value + "': " + why);
        ok = false;
      }
    }
    if (!ok) continue;
    if (start) term.lo_start = start->lo, term.hi_start = start->hi;
    if (end) term.lo_end = end->lo;
    if (start && end && end->hi < start->lo) {
      Add(KbSeverity::kError, "dates", r.table, row, "ends before it starts");
      continue;
    }
    if (start && today && start->lo > today->hi)
      Add(KbSeverity::kError, "dates", r.table, row,
          "starts after today (" + options_.today + "): list an office once it is taken");
    if (end && term.lo_start >= term.lo_end)
      Add(KbSeverity::kWarning, "dates", r.table, row,
          "the engine never sees it in effect (start and end fall on the same day or period)");
    terms.push_back(term);
  }
  CheckOverlaps(terms);
}

void Checker::CheckOverlaps(const std::vector<Term>& terms) {
  // role → countries where it may have several holders at once.
  std::map<std::string, std::set<std::string>> exclusive;
  const Table* ex = pack_.Find("kb/exclusive_roles");
  if (!ex) {
    Add(KbSeverity::kWarning, "exclusive_roles", "kb/exclusive_roles", "",
        "no such table: overlapping offices not checked");
    return;
  }
  std::set<std::string> used;
  for (const Term& t : terms) used.insert(t.role->role);
  for (const auto& [lang, t] : pack_.FindGroup("lang/", "/titles"))
    for (size_t r = 0; r < t->rows(); ++r) used.insert(Str(t->Cell(r, "role")));
  for (size_t r = 0; r < ex->rows(); ++r) {
    const std::string role(ex->Cell(r, "role"));
    if (!used.count(role))
      Add(KbSeverity::kWarning, "exclusive_roles", "kb/exclusive_roles", role,
          "role key used by no kb/people/*/roles or lang/*/titles row");
    auto& except = exclusive[role];
    std::string_view list = ex->Cell(r, "except");
    while (!list.empty()) {
      const size_t cut = list.find_first_of(", ");
      std::string code(list.substr(0, cut));
      list = cut == Sv::npos ? Sv() : list.substr(cut + 1);
      if (code.empty()) continue;
      if (!KnownCountry(code))
        Add(KbSeverity::kWarning, "exclusive_roles", "kb/exclusive_roles", role,
            "unknown country code '" + code + "' in except");
      except.insert(code);
    }
  }
  std::map<std::pair<std::string, std::string>, std::vector<const Term*>> by_office;
  for (const Term& t : terms) {
    auto it = exclusive.find(t.role->role);
    if (it != exclusive.end() && !it->second.count(t.role->country))
      by_office[{t.role->role, t.role->country}].push_back(&t);
  }
  for (const auto& [office, list] : by_office)
    for (size_t i = 0; i < list.size(); ++i)
      for (size_t j = i + 1; j < list.size(); ++j) {
        const Term& a = *list[i];
        const Term& b = *list[j];
        const long from = std::max(a.lo_start, b.lo_start), to = std::min(a.lo_end, b.lo_end);
        if (from >= to) continue;  // the engine never sees both
        const bool certain = std::max(a.hi_start, b.hi_start) < to;
        const std::string span = (from == kMinDay ? std::string("the start") : DayString(from)) +
                                 " to " + (to == kMaxDay ? std::string("now") : DayString(to - 1));
        if (a.role->person == b.role->person) {
          Add(KbSeverity::kNote, "overlap", b.role->table, RoleRow(*b.role),
              "the same office listed twice (also " + a.role->table + ": " + RoleRow(*a.role) +
                  ")");
          continue;
        }
        const std::string what = "two holders of exclusive " + office.first + " of " +
                                 office.second + " from " + span + ": " + RoleRow(*a.role) + " (" +
                                 a.role->table + ") and " + RoleRow(*b.role);
        if (certain)
          Add(KbSeverity::kError, "overlap", b.role->table, RoleRow(*b.role), what);
        else
          Add(KbSeverity::kWarning, "overlap", b.role->table, RoleRow(*b.role),
              what + " — only because a date lacks its day; give the day");
      }
}

void Checker::CheckCollisions() {
  // Languages as the gazetteer has them: kb/languages plus uk, ru, en; English names are keyed
  // in every language, others only in their own.
  std::vector<std::string> langs;
  if (const Table* t = pack_.Find("kb/languages"))
    for (size_t r = 0; r < t->rows(); ++r) langs.push_back(Str(t->Cell(r, "code")));
  for (const char* l : {"uk", "ru", "en"})
    if (std::find(langs.begin(), langs.end(), l) == langs.end()) langs.push_back(l);
  std::vector<NameOwner> owners;
  std::map<std::pair<std::string, std::string>, uint32_t> owner_index;  // kind, label → owner
  std::vector<std::string> shown;                                       // names as written
  struct Ref {
    uint32_t owner, name;
    bool full;  // a person's name with a space (the gazetteer's full form)
  };
  std::unordered_map<std::string, std::vector<Ref>> dict;  // lang \x1e joined keys → refs
  // People's names are entered first; another entity's name is kept only where it meets one.
  auto add = [&](const std::string& kind, std::string label, const std::string& table, Sv lang,
                 Sv name) {
    const bool person = kind == "person";
    auto [it, fresh] = owner_index.try_emplace({kind, label}, static_cast<uint32_t>(owners.size()));
    if (fresh) owners.push_back({kind, std::move(label), table});
    const Ref ref{it->second, static_cast<uint32_t>(shown.size()),
                  person && name.find(' ') != Sv::npos};
    bool used = false;
    for (const std::string& l : langs) {
      if (lang != "en" && lang != l) continue;
      std::vector<Unit> units = PhraseUnits(name, keys_, l);
      if (units.empty()) continue;
      const std::string key = l + '\x1e' + JoinKeys(units, 0, units.size());
      auto d = person ? dict.try_emplace(key).first : dict.find(key);
      if (d == dict.end()) continue;
      std::vector<Ref>& refs = d->second;
      if (std::any_of(refs.begin(), refs.end(),
                      [&](const Ref& o) { return o.owner == ref.owner && o.full == ref.full; }))
        continue;
      refs.push_back(ref);
      used = true;
    }
    if (used) shown.emplace_back(name);
  };
  for (const auto& [group, t] : pack_.FindGroup("kb/people/", "/names")) {
    const std::string table = "kb/people/" + group + "/names";
    for (size_t r = 0; r < t->rows(); ++r)
      if (people_.count(Str(t->Cell(r, "person"))))
        add("person", Str(t->Cell(r, "person")), table, t->Cell(r, "lang"), t->Cell(r, "name"));
  }
  struct Source {
    const char* table;
    const char* label;  // column naming the entity
    const char* name;   // column with the name
    const char* kind;
  };
  for (const Source& s :
       {Source{"kb/state_names", "iso3", "name", "state"},
        Source{"kb/state_aliases", "iso3", "alias", "state"},
        Source{"kb/regions", "code", "name", "region"}, Source{"kb/igos", "code", "name", "igo"},
        Source{"kb/organizations", "id", "name", "org"},
        Source{"kb/institutions", "name_en", "name", "institution"},
        Source{"kb/places", "name_en", "name", "place"},
        Source{"kb/metonyms", "name_en", "name", "place"}}) {
    const Table* t = pack_.Find(s.table);
    if (!t) continue;
    for (size_t r = 0; r < t->rows(); ++r) {
      std::string kind = s.kind;
      if (std::string_view(s.table) == "kb/metonyms" && t->Cell(r, "kind") != "capital")
        kind = "building";
      add(kind, Str(t->Cell(r, s.label)), s.table, t->Cell(r, "lang"), t->Cell(r, s.name));
    }
  }
  // One finding per set of colliding entities, with the languages where they collide.
  struct Group {
    bool people_only = false;
    std::map<uint32_t, uint32_t> name_of;  // owner → a name of it as written
    std::set<std::string> langs;
  };
  std::map<std::vector<uint32_t>, Group> groups;
  for (const auto& [key, refs] : dict) {
    std::set<uint32_t> full_people, people, others;
    for (const Ref& r : refs) {
      if (owners[r.owner].kind != "person") {
        others.insert(r.owner);
        continue;
      }
      people.insert(r.owner);
      if (r.full) full_people.insert(r.owner);
    }
    const bool pp = full_people.size() >= 2, po = !people.empty() && !others.empty();
    if (!pp && !po) continue;
    std::vector<uint32_t> set;
    for (const Ref& r : refs)
      if (po || r.full) set.push_back(r.owner);
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    Group& g = groups[set];
    g.people_only = !po;
    for (const Ref& r : refs) g.name_of.try_emplace(r.owner, r.name);
    g.langs.insert(key.substr(0, key.find('\x1e')));
  }
  for (const auto& [set, g] : groups) {
    std::string who;
    const NameOwner* first_person = nullptr;
    for (uint32_t o : set) {
      const NameOwner& n = owners[o];
      if (n.kind == "person" && !first_person) first_person = &n;
      who += std::string(who.empty() ? "" : ", ") + n.kind + " " + n.label + " '" +
             shown[g.name_of.at(o)] + "'";
    }
    std::string langs_text;
    size_t listed = 0;
    for (const std::string& l : g.langs)
      if (++listed <= 6) langs_text += (listed > 1 ? "," : "") + l;
    if (g.langs.size() > 6) langs_text += " and " + std::to_string(g.langs.size() - 6) + " more";
    Add(KbSeverity::kWarning, g.people_only ? "full_name_collision" : "name_entity_collision",
        first_person->table, first_person->label,
        "one match key sequence names " + who + " (in " + langs_text + ")");
  }
}

}  // namespace

std::string_view KbSeverityName(KbSeverity s) {
  switch (s) {
    case KbSeverity::kError:
      return "error";
    case KbSeverity::kWarning:
      return "warning";
    case KbSeverity::kNote:
      return "note";
  }
  return "?";
}

std::vector<KbRole> LoadRoles(const Pack& pack) {
  std::vector<KbRole> out;
  for (const auto& [group, t] : pack.FindGroup("kb/people/", "/roles"))
    for (size_t r = 0; r < t->rows(); ++r)
      out.push_back({Str(t->Cell(r, "person")), Str(t->Cell(r, "role")), Str(t->Cell(r, "country")),
                     Str(t->Cell(r, "start")), Str(t->Cell(r, "end")),
                     "kb/people/" + group + "/roles"});
  return out;
}

bool RoleInEffect(const KbRole& r, std::string_view date) {
  return (r.start.empty() || r.start <= date) && (r.end.empty() || date < r.end);
}

std::vector<KbFinding> CheckKnowledge(const Pack& pack, const MatchKeys& keys,
                                      const KbCheckOptions& options) {
  return Checker(pack, keys, options).Run();
}

}  // namespace entente
