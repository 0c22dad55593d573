// knowledge/reference.h — the pack's reference tables as the readers of a store need them: the
// CAMEO scale (Goldstein weight, quad class, PLOVER type), English names of country codes, and
// people's dated roles and names. Used by the server, the exports and the CLI alike, so an
// alliance index or a label is the same wherever it is shown.
//
//   auto ref = Reference::Load("");                       // the default pack
//   Balance b = ref->BalanceOf(edge.by_cameo);            // alliance index, mean Goldstein
//
// Immutable after Load; shared by all threads.
#ifndef ENTENTE_KNOWLEDGE_REFERENCE_H_
#define ENTENTE_KNOWLEDGE_REFERENCE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

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

// The Goldstein-weighted balance of some events: alliance_index = Σg / Σ|g| in [-1, 1]
// (+1 all cooperation, -1 all conflict; 0 when none carries weight), rounded to 3 decimals, and
// the mean Goldstein score (events whose code has no weight count as 0), rounded to 2.
struct Balance {
  double alliance_index = 0, goldstein_mean = 0;
};

class Reference {
 public:
  // "" = DefaultPackPath(). Fails iff the pack cannot be read or lacks kb/cameo.
  static Expected<Reference> Load(const std::string& pack_path);

  // The code's row; for a code the table lacks, its 3-digit base's, else its root's ("04" as
  // "040"). nullptr iff none of them is in the table (or the code is empty).
  const CameoInfo* Cameo(std::string_view code) const;
  // Of events counted by CAMEO code.
  Balance BalanceOf(const std::map<std::string, int>& by_cameo) const;
  // PLOVER's event types, as kb/cameo maps them.
  const std::set<std::string, std::less<>>& PloverTypes() const { return plover_types_; }
  // The English name of a country code (a state's ISO-3: its shortest name, as the entities
  // stage names states; IGO:X); "" if the pack has none.
  std::string CodeName(std::string_view code) const;
  // A person's roles, oldest first; empty for anyone else.
  std::vector<PersonRole> RolesOf(std::string_view person) const;
  // The names the knowledge base gives an entity in each language.
  std::vector<KnownName> NamesOf(std::string_view person) const;

 private:
  std::map<std::string, CameoInfo, std::less<>> cameo_;
  std::set<std::string, std::less<>> plover_types_;
  std::map<std::string, std::string, std::less<>> code_names_;
  std::multimap<std::string, PersonRole, std::less<>> roles_;
  std::multimap<std::string, KnownName, std::less<>> names_;
};

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_REFERENCE_H_
