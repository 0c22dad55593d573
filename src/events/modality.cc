// events/modality.cc — cues and the modality they give a trigger (contract in modality.h).
#include "events/modality.h"

namespace entente {
namespace {

int Rank(Modality m) {
  switch (m) {
    case Modality::kNegated:
      return 5;
    case Modality::kPlanned:
      return 4;
    case Modality::kIntended:
      return 3;
    case Modality::kHedged:
      return 2;
    case Modality::kReported:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

std::vector<CueHit> CueHits(const Words& units, const LangFrames& lf) {
  std::vector<CueHit> hits;
  std::vector<bool> masked(units.size(), false);
  std::vector<std::vector<uint32_t>> cand(units.size());
  // Cues marked "asserted" ("не лише", "not only") mask the cues that start inside them.
  for (size_t i = 0; i < units.size(); ++i) {
    lf.cue_index.Candidates(units, i, &cand[i]);
    for (uint32_t c : cand[i]) {
      const Cue& cue = lf.cues[c];
      if (cue.modality == Modality::kAsserted)
        if (const size_t end = cue.words.MatchAt(units, i, 0, nullptr))
          for (size_t k = i; k < end; ++k) masked[k] = true;
    }
  }
  for (size_t i = 0; i < units.size(); ++i) {
    for (uint32_t c : cand[i])
      if (const size_t end = lf.cues[c].words.MatchAt(units, i, 1, nullptr))
        hits.push_back({i, end, &lf.cues[c], masked[i]});
  }
  return hits;
}

Modality FindModality(const std::vector<CueHit>& hits, const Words& units, const LangFrames& lf,
                      size_t tb, size_t te, const Doc& doc, const SentenceView& sv,
                      std::string* attribution) {
  Modality best = Modality::kAsserted;
  for (const CueHit& h : hits) {
    // A cue that is the trigger's own word ("відмовився" as REJECT) does not negate it.
    if (h.masked || (h.i >= tb && h.i < te)) continue;
    const Cue& c = *h.cue;
    const size_t i = h.i, end = h.end;
    bool applies = false;
    if (c.scope == Cue::kSentence) {
      applies = true;
    } else if (end <= tb + 1 && i <= tb) {
      if (c.scope == Cue::kNear) {
        applies = tb + 1 - end <= 3 || i == tb;
      } else {
        applies = tb - i <= 14;
        for (size_t k = end; k < tb && applies; ++k)
          if (lf.boundary.MatchAt(units, k)) applies = false;
      }
    }
    if (!applies || Rank(c.modality) <= Rank(best)) continue;
    best = c.modality;
    if (c.modality == Modality::kReported && attribution) {
      // The source named next to the cue: a person, media or organisation mention.
      const ActorRef* near = nullptr;
      size_t dist = 5;
      for (const ActorRef& a : sv.actors) {
        const size_t d = a.ub >= end ? a.ub - end : (i >= a.ue ? i - a.ue : 0);
        if (d < dist) {
          dist = d;
          near = &a;
        }
      }
      *attribution = near ? std::string(doc.Slice(doc.mentions[near->mention].span))
                          : std::string(doc.Slice({units[i].span.begin, units[end - 1].span.end}));
    }
  }
  return best;
}

}  // namespace entente
