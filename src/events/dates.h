// events/dates.h — the date a sentence states, resolved against the publication date.
//   "19 березня" (pub 2024-03-20) → 2024-03-19;  "28 грудня" (pub 2024-01-03) → 2023-12-28
//   "у другій половині травня" → 2024-05;  "в конце 2023 года" → 2023-12;  "вчора" → pub − 1
// A day or month without a year takes the publication year, moved back a year when that would
// put it more than a month after publication (or forward when `planned` and it would be past).
#ifndef ENTENTE_EVENTS_DATES_H_
#define ENTENTE_EVENTS_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/units.h"
#include "events/frames.h"

namespace entente {

struct SentenceDate {
  std::string date;   // YYYY-MM-DD, YYYY-MM or YYYY; empty = none stated
  bool same = false;  // "the same day": the date in force stays
};

// `pub` is the publication date (YYYY-MM-DD, or empty: then only dates with a year resolve).
SentenceDate FindDate(const Words& units, const LangFrames& lf, std::string_view pub, bool planned);

}  // namespace entente

#endif  // ENTENTE_EVENTS_DATES_H_
