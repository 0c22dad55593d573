// framing/framing.h — the loaded terms and tone words a document uses: how an outlet frames what
// it reports ("спецоперация" or "війна", "окупанти", "киевский режим", "terrorists",
// "liberation").
//
// Requires tokens (with keys) and lang; assigns Doc::framing. The lexicons are per-language data,
// lang/<code>/framing (phrase, frame, tone), whose frames are listed in lang/framing_frames.
// A phrase matches through match keys word by word, so every inflection of every word counts
// ("окупантів", "окупантами" → "окупант"); where phrases overlap the longest wins. Only body
// sentences are read (a byline's "report" is not a frame).
// Summaries (FramingProfile) count hits per frame and a tone score, as GDELT's tone does: the
// share of approving minus the share of hostile words, in percent of the words read.
// Thread-safety: the stage is immutable after construction.
#ifndef ENTENTE_FRAMING_FRAMING_H_
#define ENTENTE_FRAMING_FRAMING_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "entente/pipeline.h"
#include "knowledge/resources.h"

namespace entente {

// Fails iff a lexicon names a frame that lang/framing_frames does not list, or a tone outside
// -2..2.
Expected<std::unique_ptr<Stage>> MakeFramingStage(const Resources& resources);

// Framing of a set of documents (one outlet, one story): hits per frame, the terms behind them,
// and tone.
struct FramingProfile {
  size_t documents = 0, words = 0;                             // words read (body word tokens)
  std::map<std::string, size_t> frames;                        // frame → hits
  std::map<std::string, std::map<std::string, size_t>> terms;  // frame → term → hits
  size_t positive = 0, negative = 0;                           // hits with tone > 0, < 0
  // (positive − negative) per 100 words, as GDELT's AvgTone; 0 without words.
  double Tone() const;
  // Hits of a frame per 1,000 words.
  double Rate(const std::string& frame) const;
  void Add(const std::vector<FramingHit>& hits, size_t words);
};

// Word tokens of a document's body sentences (what the stage reads).
size_t BodyWords(const Doc& doc);

}  // namespace entente

#endif  // ENTENTE_FRAMING_FRAMING_H_
