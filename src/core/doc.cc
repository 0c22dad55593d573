#include "entente/doc.h"

#include <xxhash.h>

#include <cstdio>

namespace entente {

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kPlanned: return "planned";
    case Modality::kIntended: return "intended";
    case Modality::kHedged: return "hedged";
    case Modality::kReported: return "reported";
    case Modality::kNegated: return "negated";
  }
  return "asserted";
}

std::string Doc::ContentHash() const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, id.data(), id.size());
  XXH3_128bits_update(state, "\0", 1);
  XXH3_128bits_update(state, text.data(), text.size());
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

}  // namespace entente
