// export/export.h — the store in the formats other tools load: GDELT 2.0 event and mention
// tables (tab-separated, no header, GDELT's columns in GDELT's order) and the actor graph as
// GraphML or GEXF 1.3 (Gephi, networkx).
//
//   auto format = ParseExportFormat("gdelt");
//   Status s = WriteExport(*store, *format, ExportOptions{.filter = {.country = "RUS"}}, out);
//   if (!s.ok()) { std::cerr << s; return 2; }
//
// Contracts:
// - gdelt writes one row per real-world event (all mentions of it gathered, see
//   crossdoc/crossdoc.h) that `filter` selects, mentions one row per stored mention, both in the
//   store's event order (ForEachEvent), streamed (gdelt keeps per-event counts in memory). GraphML
//   and GEXF hold what Store::Graph returns for `filter` (one undirected edge per pair of country
//   codes).
// - Output is deterministic: the same store and options give the same bytes. GLOBALEVENTID is
//   GdeltEventId(the real-world event's id), so it is stable across exports and re-ingests,
//   and every mention row joins its event row.
// - Fields never contain tabs or line breaks (they become spaces); XML is UTF-8 with every
//   `<&>"'` escaped and characters XML forbids replaced.
// Thread-safety: uses `store` from the calling thread only.
#ifndef ENTENTE_EXPORT_EXPORT_H_
#define ENTENTE_EXPORT_EXPORT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "store/store.h"

namespace entente {

enum class ExportFormat { kGdelt, kMentions, kGraphml, kGexf };

// "gdelt", "mentions", "graphml", "gexf" → the format; nullopt for any other name.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportOptions {
  EventFilter filter{};     // which events (gdelt, mentions) or which events make the graph
  std::string data_pack{};  // the data pack with kb/cameo; "" = DefaultPackPath()
};

// Writes the export to `out`. Fails with a message that says what went wrong iff the pack cannot
// be read or lacks kb/cameo, the store cannot be read, or writing to `out` fails.
Status WriteExport(Store& store, ExportFormat format, const ExportOptions& options,
                   std::ostream& out);

// GLOBALEVENTID for an entente event id: XXH64 of the id masked to 63 bits (1 if that is 0), so a
// positive int64 that stays the same for the same event.
int64_t GdeltEventId(std::string_view event_id);

// The column names of the GDELT 2.0 Event (61) and Mentions (16) tables, in file order.
const std::vector<std::string_view>& GdeltEventColumns();
const std::vector<std::string_view>& GdeltMentionColumns();

}  // namespace entente

#endif  // ENTENTE_EXPORT_EXPORT_H_
