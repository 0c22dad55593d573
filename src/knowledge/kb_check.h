// knowledge/kb_check.h — validation of the knowledge base in a compiled pack (`entente kb check`).
//
// Reads the kb/* tables the entity stage reads (src/entities/gazetteer.cc) and reports what a
// person editing data/kb/ should fix:
//   ids         a person id in two people tables with different attributes (error; the same
//               attributes: a note, the gazetteer merges them), an IGO/organisation/place code
//               with conflicting attributes, an id shared by two kinds of entity, a names/roles
//               row naming an unknown person (errors);
//   country     a person or role whose country code no state/IGO/region has (warning: the
//               code is kept as a label, but no title resolves to the role);
//   dates       not YYYY-MM-DD / YYYY-MM / YYYY or no such day, end before start, a start after
//               `today`;
//   overlap     two people holding one exclusive role (kb/exclusive_roles) for the same country
//               at once. Terms are [start, end): a same-day handover is no overlap. Dates are
//               read as the engine reads them (YYYY-MM = from its first day): an overlap that
//               only the coarseness of a date creates is a warning, a certain one an error;
//   collisions  one match-key sequence (MatchKeys via PhraseUnits, as the gazetteer keys names)
//               naming two entities in one language: two people's full names, or a person's name
//               and a state/IGO/organisation/region/place name (warnings; two people sharing a
//               surname is by design and not reported).
// Each finding names its table ("kb/people/core/roles" = data/kb/people/core/roles.tsv) and the
// row's identity (its id, or person + role + dates), so it can be found with grep.
// Thread-safety: plain functions over immutable inputs.
#ifndef ENTENTE_KNOWLEDGE_KB_CHECK_H_
#define ENTENTE_KNOWLEDGE_KB_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyse.h"
#include "knowledge/pack.h"

namespace entente {

enum class KbSeverity { kError, kWarning, kNote };
std::string_view KbSeverityName(KbSeverity s);  // "error" | "warning" | "note"

struct KbFinding {
  KbSeverity severity = KbSeverity::kError;
  // ids | country | dates | overlap | exclusive_roles | full_name_collision (two people) |
  // name_entity_collision (a person and another entity)
  std::string check;
  std::string table;    // pack table, e.g. "kb/people/core/roles"
  std::string row;      // the row's identity, e.g. "Q7747" or "Q7747 president RUS 2000-05-07"
  std::string message;  // what is wrong, for people
};

struct KbCheckOptions {
  std::string today;  // YYYY-MM-DD; a role starting after it is an error (empty: not checked)
};

// All findings, errors first, then warnings, then notes (each group in table order).
std::vector<KbFinding> CheckKnowledge(const Pack& pack, const MatchKeys& keys,
                                      const KbCheckOptions& options);

// A dated role of a person, as listed in kb/people/<group>/roles.
struct KbRole {
  std::string person, role, country, start, end;
  std::string table;
};
// Every role row of every people group, in table order.
std::vector<KbRole> LoadRoles(const Pack& pack);
// True iff `r` is in effect on `date` (YYYY-MM-DD) as the engine reads it: start <= date < end,
// comparing strings (so "2024-07" starts on 2024-07-01), empty start = always, empty end = open.
bool RoleInEffect(const KbRole& r, std::string_view date);

}  // namespace entente

#endif  // ENTENTE_KNOWLEDGE_KB_CHECK_H_
