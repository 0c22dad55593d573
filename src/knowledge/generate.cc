// Generated tables. kb/state_names: every ISO 3166-1 state's names in every language of
// kb/languages.tsv, from Debian iso-codes (English names) and ICU/CLDR display names;
// kb/subdivision_names: their first-level subdivisions (generate_subdivisions.cc).
#include "knowledge/generate.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

namespace entente {
namespace {

constexpr char kIsoCodesJson[] = "/usr/share/iso-codes/json/iso_3166-1.json";

// Reads the `code` column of data_dir/kb/languages.tsv; falls back to uk, ru, en.
std::vector<std::string> ReadLanguages(const std::string& data_dir) {
  std::vector<std::string> langs;
  std::ifstream in(data_dir + "/kb/languages.tsv");
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    langs.push_back(line.substr(0, line.find('\t')));
  }
  if (langs.empty()) langs = {"uk", "ru", "en"};
  return langs;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

Status AddGeneratedTables(const std::string& data_dir, PackBuilder& builder) {
  std::ifstream in(kIsoCodesJson);
  if (!in) return Status::Error(std::string("kb/state_names: cannot read ") + kIsoCodesJson);
  nlohmann::json json;
  try {
    in >> json;
  } catch (const std::exception& e) {
    return Status::Error(std::string("kb/state_names: ") + e.what());
  }
  const std::vector<std::string> langs = ReadLanguages(data_dir);
  std::set<std::tuple<std::string, std::string, std::string>> rows;  // iso3, lang, name
  std::map<std::string, std::string> iso3_of;                        // alpha-2 → alpha-3
  for (const auto& c : json["3166-1"]) {
    const std::string a2 = c.value("alpha_2", "");
    const std::string a3 = c.value("alpha_3", "");
    if (a2.empty() || a3.empty()) continue;
    iso3_of[a2] = a3;
    for (const char* field : {"name", "official_name", "common_name"})
      if (c.contains(field)) rows.emplace(a3, "en", c[field].get<std::string>());
    for (const std::string& lang : langs) {
      icu::UnicodeString out;
      icu::Locale("", a2.c_str()).getDisplayCountry(icu::Locale(lang.c_str()), out);
      std::string name = ToUtf8(out);
      if (!name.empty() && name != a2) rows.emplace(a3, lang, std::move(name));
    }
  }
  std::vector<std::vector<std::string>> table;
  table.reserve(rows.size());
  for (const auto& [iso3, lang, name] : rows) table.push_back({iso3, lang, name});
  builder.AddTable("kb/state_names", {"iso3", "lang", "name"}, std::move(table));
  // The curated tables the subdivisions' generator reads, as the pack gives them.
  auto data = Pack::FromBytes(builder.Serialize());
  if (!data) return data.error();
  return AddSubdivisionNames(**data, iso3_of, langs, builder);
}

}  // namespace entente
