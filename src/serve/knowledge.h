// serve/knowledge.h — what the server reads from the data pack (internal to src/serve): the
// CAMEO scale (Goldstein weight, quad class) and the people tables (dated roles, names).
// Immutable after Load; shared by all threads.
#ifndef ENTENTE_SERVE_KNOWLEDGE_H_
#define ENTENTE_SERVE_KNOWLEDGE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::serve {

struct CameoInfo {
  double goldstein = 0;  // Goldstein (1992): -10 (most conflictual) … +10 (most cooperative)
  int quad_class = 0;    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
};

struct PersonRole {
  std::string role, country, start, end;  // end "" = still held
};

struct KnownName {
  std::string lang, name;
};

class Knowledge {
 public:
  // Fails iff the pack cannot be read or lacks kb/cameo.
  static Expected<Knowledge> Load(const std::string& pack_path);

  // nullptr iff the code is not in the CAMEO table.
  const CameoInfo* Cameo(std::string_view code) const;
  // PLOVER's event types, as the CAMEO table maps them.
  const std::set<std::string, std::less<>>& PloverTypes() const { return plover_types_; }
  // A person's roles, oldest first; empty for anyone else.
  std::vector<PersonRole> RolesOf(std::string_view person) const;
  // The English name the knowledge base gives a country code (a state's ISO-3, IGO:X); "" if none.
  std::string CodeName(std::string_view code) const;
  // The names the knowledge base gives an entity in each language.
  std::vector<KnownName> NamesOf(std::string_view person) const;

 private:
  std::map<std::string, CameoInfo, std::less<>> cameo_;
  std::set<std::string, std::less<>> plover_types_;
  std::map<std::string, std::string, std::less<>> code_names_;
  std::multimap<std::string, PersonRole, std::less<>> roles_;
  std::multimap<std::string, KnownName, std::less<>> names_;
};

}  // namespace entente::serve

#endif  // ENTENTE_SERVE_KNOWLEDGE_H_
