// events/speech.cc — the `speaker` role (contract in roles.h).
#include <algorithm>

#include "events/roles.h"

namespace entente {
namespace {

// How far (in units) a verb of saying may stand from the trigger it introduces.
constexpr size_t kSpeechReach = 20;

}  // namespace

size_t SpeechVerbBefore(const Words& units, const LangFrames& lf, size_t tb) {
  for (size_t j = tb; j-- > 0 && tb - j <= kSpeechReach;)
    if (lf.ClaimVerb(units, j)) return j;
  return SIZE_MAX;
}

std::vector<Arg> RoleFinder::Speaker(size_t tb, size_t te) const {
  const Words& units = sv_.units;
  if (const size_t j = SpeechVerbBefore(units, lf_, tb); j != SIZE_MAX) {
    // "Turkish jets shot down a Russian warplane, saying it had violated…": a participle after a
    // comma says what the main clause's subject says, its first ungoverned actor, not the
    // object nearest to it.
    if (j > floor_ + 1 && units[j - 1].lower == "," && lf_.Participle(units[j])) {
      const ActorRef* first = nullptr;
      for (size_t k = j - 1; k-- > floor_ && !Boundary(k);)
        if (const ActorRef* a = EndingAt(k)) {
          if (!a->governed && Eligible(*a, false)) first = a;
          k = a->ub;
        }
      if (first) return Group(*first, false, false, 0.8);
    }
    return Subj(j);
  }
  // "«Тегеран заплатит», — заявил Нетаньяху": the verb of saying after the quote, its subject
  // after it.
  for (size_t j = te; j < units.size() && j < te + kSpeechReach; ++j) {
    if (!lf_.ClaimVerb(units, j)) continue;
    for (size_t k = j + 1; k < units.size() && k <= j + 4; ++k)
      if (const ActorRef* a = StartingAt(k)) {
        if (Eligible(*a, false) && !a->governed) return {ToArg(*a, 0.8)};
        break;
      }
    break;
  }
  return {};
}

bool RoleFinder::OwnStatement(size_t tb, size_t te, const std::vector<Arg>& src) const {
  if (SpeechVerbBefore(sv_.units, lf_, tb) == SIZE_MAX) return true;
  for (const Arg& speaker : Speaker(tb, te))
    for (const Arg& s : src)
      if (speaker.actor.country == s.actor.country) return true;
  return false;
}

}  // namespace entente
