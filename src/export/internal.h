// export/internal.h — what the export writers share (internal to src/export; the API is
// export/export.h): the knowledge they read from the data pack, text helpers, a small cache of
// stored documents, and the four writers.
#ifndef ENTENTE_EXPORT_INTERNAL_H_
#define ENTENTE_EXPORT_INTERNAL_H_

#include <cstdint>
#include <list>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/doc.h"
#include "entente/status.h"
#include "knowledge/reference.h"
#include "store/store.h"

namespace entente::exporting {

// A field for a tab-separated file: tabs, line breaks and other control characters → spaces.
std::string TsvField(std::string_view s);
// Text for an XML attribute or element: `& < > " '` as entities; bytes that are not UTF-8,
// and characters XML 1.0 forbids (controls other than tab and line breaks), as U+FFFD.
std::string XmlEscape(std::string_view s);
// The number of code points in text[0, byte) (`byte` is clamped to the text's size).
int64_t CodePointOffset(std::string_view text, size_t byte);
// A number as GDELT writes it: shortest form, at most `decimals` decimals ("3.4", "-10", "1").
std::string Number(double v, int decimals);

// A date as GDELT wants it, from "YYYY-MM-DD", "YYYY-MM", "YYYY" or an ISO-8601 time (only the
// date part is used). Month and day are 0 when the text does not give them.
struct Ymd {
  int y = 0, m = 0, d = 0;
};
std::optional<Ymd> ParseDate(std::string_view s);
// "YYYYMMDD"; a partial date stands for its first day ("2024-04" → 20240401).
std::string Yyyymmdd(const Ymd& date);

// Each stored document's tone as GDELT's MentionDocTone: (approving − hostile framing words) per
// 100 words of its body (framing/framing.h); documents without words are absent.
Expected<std::unordered_map<std::string, double>> DocTones(Store& store);

// The last few documents read, so the events of one document need one read of it.
class DocCache {
 public:
  // Events come in date order, so a document's events of different dates lie up to a few days'
  // worth of events apart: the cache holds that many documents, not the store.
  explicit DocCache(Store& store, size_t capacity = 256) : store_(store), capacity_(capacity) {}
  // The stored document `id`; nullptr if no document has it; an error if the store fails.
  Expected<const Doc*> Get(const std::string& id);

 private:
  Store& store_;
  size_t capacity_;
  std::list<Doc> docs_;  // most recently used first
  std::unordered_map<std::string, std::list<Doc>::iterator> index_;
};

// The four writers (gdelt.cc, mentions.cc, graph.cc). Each returns the store's error, if any;
// WriteExport checks the stream.
Status WriteGdeltEvents(Store& store, const Reference& kb, const EventFilter& filter,
                        std::ostream& out);
Status WriteGdeltMentions(Store& store, const EventFilter& filter, std::ostream& out);
Status WriteGraphml(Store& store, const Reference& kb, const EventFilter& filter,
                    std::ostream& out);
Status WriteGexf(Store& store, const Reference& kb, const EventFilter& filter, std::ostream& out);

}  // namespace entente::exporting

#endif  // ENTENTE_EXPORT_INTERNAL_H_
