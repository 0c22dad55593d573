// kb/subdivision_names: first-level ISO 3166-2 subdivisions of states (US states, Ukrainian
// oblasts, Russian republics, Indian states...) as places of their country, from Debian
// iso-codes. English names are the json's, and the exonyms of its `en` catalogue ("Bayern" →
// "Bavaria"); other languages' names come from the iso_3166-2 gettext catalogues, read through
// the C library's libintl. Which types count is data (kb/subdivision_types); curated names
// (kb/subdivision_edits) are added or dropped last, and a subdivision's first curated English
// name is its English name ("Kharkiv Oblast", not iso-codes' "Kharkivska oblast"). A name that two
// subdivisions share in one language is dropped: it names neither ("Punjab" in India and Pakistan;
// a catalogue's slip that gives two Russian krais one Ukrainian name).
#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "knowledge/generate.h"

// glibc's catalogue cache counter: bumped after LANGUAGE changes so that dgettext reads the new
// language's catalogue (GNU gettext manual, "Being a gettext grok").
extern "C" int _nl_msg_cat_cntr;

namespace entente {
namespace {

constexpr char kSubdivisionsJson[] = "/usr/share/iso-codes/json/iso_3166-2.json";
constexpr char kLocaleDir[] = "/usr/share/locale";
constexpr char kDomain[] = "iso_3166-2";

// The iso_3166-2 catalogue in one language at a time. Sets LC_MESSAGES to C.UTF-8 (libintl
// ignores LANGUAGE under the C locale) and restores it and LANGUAGE when destroyed.
class Catalogue {
 public:
  Catalogue() {
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    saved_locale_ = messages ? messages : "C";
    const char* language = std::getenv("LANGUAGE");
    had_language_ = language != nullptr;
    if (language) saved_language_ = language;
    ok_ = std::setlocale(LC_MESSAGES, "C.UTF-8") != nullptr;
    bindtextdomain(kDomain, kLocaleDir);
    bind_textdomain_codeset(kDomain, "UTF-8");
  }
  ~Catalogue() {
    if (had_language_)
      setenv("LANGUAGE", saved_language_.c_str(), 1);
    else
      unsetenv("LANGUAGE");
    ++_nl_msg_cat_cntr;
    std::setlocale(LC_MESSAGES, saved_locale_.c_str());
  }
  Catalogue(const Catalogue&) = delete;
  Catalogue& operator=(const Catalogue&) = delete;

  bool ok() const { return ok_; }
  void Use(const std::string& lang) {
    setenv("LANGUAGE", lang.c_str(), 1);
    ++_nl_msg_cat_cntr;
  }
  // The current language's translation of `msgid`; "" iff it has none.
  std::string Translate(const std::string& msgid) const {
    const char* t = dgettext(kDomain, msgid.c_str());
    return t && std::strcmp(t, msgid.c_str()) != 0 ? t : "";
  }

 private:
  std::string saved_locale_, saved_language_;
  bool had_language_ = false;
  bool ok_ = false;
};

// The name as a text would write it: iso-codes' bracketed variants dropped ("Wales [Cymru
// GB-CYM]" → "Wales"); "" for an inverted name ("Adygeja, Respublika"), which no text writes.
std::string Usable(std::string name) {
  if (size_t b = name.find(" ["); b != std::string::npos) name.resize(b);
  if (name.find(',') != std::string::npos) return "";
  return name;
}

struct Subdivision {
  std::string iso3, name_en;
  std::map<std::pair<std::string, std::string>, bool> names;  // lang, name → curated
};

}  // namespace

Status AddSubdivisionNames(const Pack& data, const std::map<std::string, std::string>& iso3_of,
                           const std::vector<std::string>& langs, PackBuilder& builder) {
  const std::string table = "kb/subdivision_names";
  std::ifstream in(kSubdivisionsJson);
  if (!in) return Status::Error(table + ": cannot read " + kSubdivisionsJson);
  nlohmann::json json;
  try {
    in >> json;
  } catch (const std::exception& e) {
    return Status::Error(table + ": " + e.what());
  }
  std::set<std::string, std::less<>> types;
  if (const Table* t = data.Find("kb/subdivision_types"))
    for (size_t r = 0; r < t->rows(); ++r) types.emplace(t->Cell(r, "type"));
  Catalogue catalogue;
  if (!catalogue.ok()) return Status::Error(table + ": no C.UTF-8 locale to read catalogues");

  std::map<std::string, Subdivision> subs;                  // by ISO 3166-2 code
  std::vector<std::pair<std::string, std::string>> msgids;  // code, json name
  for (const auto& s : json["3166-2"]) {
    const std::string code = s.value("code", "");
    if (s.contains("parent") || !types.count(s.value("type", "")) || code.size() < 4) continue;
    auto iso3 = iso3_of.find(code.substr(0, 2));
    if (iso3 == iso3_of.end()) continue;
    const std::string name = s.value("name", "");
    Subdivision& sub = subs[code];
    sub.iso3 = iso3->second;
    sub.name_en = Usable(name);
    if (!sub.name_en.empty()) sub.names.try_emplace({"en", sub.name_en}, false);
    msgids.emplace_back(code, name);
  }
  for (const std::string& lang : langs) {
    catalogue.Use(lang);
    for (const auto& [code, msgid] : msgids) {
      const std::string name = Usable(catalogue.Translate(msgid));
      if (name.empty()) continue;
      Subdivision& sub = subs[code];
      sub.names.try_emplace({lang, name}, false);
      if (lang == "en") sub.name_en = name;  // the exonym ("Bavaria")
    }
  }
  // A name two subdivisions share in one language names neither.
  std::map<std::pair<std::string, std::string>, int> holders;
  for (const auto& [code, sub] : subs)
    for (const auto& [n, curated] : sub.names) ++holders[n];
  for (auto& [code, sub] : subs)
    std::erase_if(sub.names, [&](const auto& n) { return holders[n.first] > 1; });

  std::set<std::string> curated_en;  // codes whose English name a curated row gave
  if (const Table* t = data.Find("kb/subdivision_edits"))
    for (size_t r = 0; r < t->rows(); ++r) {
      const std::string code(t->Cell(r, "code")), lang(t->Cell(r, "lang"));
      const std::string name(t->Cell(r, "name")), edit(t->Cell(r, "edit"));
      auto iso3 = iso3_of.find(code.substr(0, 2));
      if (iso3 == iso3_of.end() || (edit != "add" && edit != "drop"))
        return Status::Error("kb/subdivision_edits: row " + std::to_string(r + 1) +
                             ": unknown state in " + code + " or edit other than add/drop");
      Subdivision& sub = subs[code];  // a code iso-codes lacks is a new subdivision
      sub.iso3 = iso3->second;
      if (edit == "drop") {
        sub.names.erase({lang, name});
        continue;
      }
      sub.names[{lang, name}] = true;
      if (lang == "en" && !curated_en.count(code)) {
        sub.name_en = name;  // the first curated English name is the one news use
        curated_en.insert(code);
      }
    }

  std::vector<std::vector<std::string>> rows;
  for (const auto& [code, sub] : subs)
    for (const auto& [n, curated] : sub.names)
      rows.push_back({code, sub.iso3, sub.name_en.empty() ? code : sub.name_en, n.first, n.second,
                      curated ? "yes" : ""});
  builder.AddTable(table, {"code", "iso3", "name_en", "lang", "name", "curated"}, std::move(rows));
  return Status();
}

}  // namespace entente
