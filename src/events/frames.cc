#include "events/frames.h"

#include <algorithm>
#include <cstdlib>

namespace entente {
namespace {

// Quote marks may stand inside a trigger ("назвав вторгнення «провокацією»").
bool IsQuoteMark(std::string_view s) {
  return s == "\"" || s == "«" || s == "»" || s == "“" || s == "”" || s == "„";
}

Modality ParseModality(std::string_view s) {
  if (s == "negated") return Modality::kNegated;
  if (s == "planned") return Modality::kPlanned;
  if (s == "intended") return Modality::kIntended;
  if (s == "hedged") return Modality::kHedged;
  if (s == "reported") return Modality::kReported;
  return Modality::kAsserted;
}

Phrase ParsePhrase(std::string_view text, const MatchKeys& keys, std::string_view lang) {
  Phrase p;
  for (const std::string& word : SplitBar(text, ' ')) {
    if (word.empty()) continue;
    WordPattern w;
    for (const std::string& alt : SplitBar(word)) {
      if (alt.empty()) continue;
      if (alt.back() == '*') {
        w.prefixes.push_back(keys.Lower(alt.substr(0, alt.size() - 1)));
      } else {
        std::vector<Unit> u = PhraseUnits(alt, keys, lang);
        w.keys.push_back(u.empty() ? keys.Lower(alt) : JoinKeys(u, 0, u.size()));
      }
    }
    p.words.push_back(std::move(w));
  }
  return p;
}

std::vector<RoleSpec> ParseRoles(std::string_view text) {
  std::vector<RoleSpec> out;
  for (const std::string& role : SplitBar(text, ',')) {
    RoleSpec spec;
    std::string_view r(role);
    if (r.size() > 6 && r.substr(r.size() - 6) == "+place") {
      spec.place = true;
      r.remove_suffix(6);
    }
    if (r == "subj")
      spec.kind = RoleSpec::kSubj;
    else if (r == "obj")
      spec.kind = RoleSpec::kObj;
    else if (r == "agent")
      spec.kind = RoleSpec::kAgent;
    else if (r == "partner")
      spec.kind = RoleSpec::kPartner;
    else if (r == "event")
      spec.kind = RoleSpec::kEvent;
    else if (r == "compl")
      spec.kind = RoleSpec::kCompl;
    else if (r == "mutual")
      spec.kind = RoleSpec::kMutual;
    else if (r == "wish")
      spec.kind = RoleSpec::kWish;
    else if (r == "act")
      spec.kind = RoleSpec::kAct;
    else if (r == "speaker")
      spec.kind = RoleSpec::kSpeaker;
    else if (r == "next")
      spec.kind = RoleSpec::kNext;
    else if (r == "parties")
      spec.kind = RoleSpec::kParties;
    else if (r == "home")
      spec.kind = RoleSpec::kHome;
    else if (r == "scene")
      spec.kind = RoleSpec::kScene;
    else if (r.substr(0, 5) == "last:") {
      spec.kind = RoleSpec::kLast;
      spec.cameo = SplitBar(r.substr(5));
    } else if (r.substr(0, 5) == "prep:" || r.substr(0, 8) == "between:") {
      const bool between = r[0] == 'b';
      spec.kind = between ? RoleSpec::kBetween : RoleSpec::kPrep;
      for (const std::string& p : SplitBar(r.substr(between ? 8 : 5)))
        spec.preps.push_back(SplitBar(p, ' '));
    } else {
      continue;
    }
    out.push_back(std::move(spec));
  }
  return out;
}

}  // namespace

std::vector<std::string> SplitBar(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? j : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

bool LangFrames::ClaimVerb(const Unit& u) const {
  return u.word && std::any_of(claim_verbs.begin(), claim_verbs.end(),
                               [&](const WordPattern& w) { return w.Matches(u); });
}

bool LangFrames::ClaimVerb(const Words& units, size_t u) const {
  const Unit& w = units[u];
  if (!w.word) return false;
  if (!units.NumberedBy(&vocab)) return ClaimVerb(w);
  if (const uint32_t k = units.key_ids[u]; k < claim_key_ids.size() && claim_key_ids[k])
    return true;
  for (const std::string& p : claim_prefixes)
    if (w.lower.compare(0, p.size(), p) == 0) return true;
  return false;
}

const LangFrames::Accusing* LangFrames::AccusingVerb(const Unit& u, std::string_view cameo) const {
  for (const Accusing& a : accusing)
    if (std::any_of(a.verbs.begin(), a.verbs.end(),
                    [&](const WordPattern& w) { return w.Matches(u); }) &&
        std::any_of(a.acts.begin(), a.acts.end(),
                    [&](const std::string& p) { return cameo.rfind(p, 0) == 0; }))
      return &a;
  return nullptr;
}

bool LangFrames::DateAt(const std::vector<Unit>& units, size_t u) const {
  if (u < units.size()) u += det.MatchAt(units, u);
  if (u >= units.size()) return false;
  std::string_view w = units[u].lower;
  return dates.count(w) > 0 || (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
           return c >= '0' && c <= '9';
         }));
}

const LangFrames::Intent* LangFrames::IntentFor(std::string_view cameo) const {
  for (const Intent& in : intents)
    if (std::any_of(in.acts.begin(), in.acts.end(),
                    [&](const std::string& p) { return cameo.rfind(p, 0) == 0; }))
      return &in;
  return nullptr;
}

bool WordPattern::Matches(const Unit& u) const {
  if (!u.word) return false;
  for (const std::string& k : keys)
    if (u.key == k) return true;
  for (const std::string& p : prefixes)
    if (u.lower.compare(0, p.size(), p) == 0) return true;
  return false;
}

void FirstWordIndex::Add(const WordPattern& first, uint32_t id) {
  for (const std::string& k : first.keys) by_key_[k].push_back(id);
  for (const std::string& p : first.prefixes)
    (p.size() >= 4  ? by_head4_[Head4(p)]
     : p.size() < 2 ? short_prefixes_
                    : by_head_[Head(p)])
        .emplace_back(p, id);
}

void FirstWordIndex::Index(Vocab* vocab) {
  vocab_ = vocab;
  for (const auto& [key, ids] : by_key_) vocab->Intern(key);
  by_key_id_.assign(vocab->size(), {});
  for (const auto& [key, ids] : by_key_) by_key_id_[vocab->Find(key)] = ids;
}

void FirstWordIndex::Candidates(const Words& units, size_t i, std::vector<uint32_t>* out) const {
  out->clear();
  const Unit& u = units[i];
  if (!u.word) return;
  size_t sources = 0;  // lists that added ids: with two or more, `out` is sorted
  auto add_ids = [&](const std::vector<uint32_t>& ids) {
    if (ids.empty()) return;
    out->insert(out->end(), ids.begin(), ids.end());
    ++sources;
  };
  if (vocab_ && units.NumberedBy(vocab_)) {
    if (const uint32_t k = units.key_ids[i]; k < by_key_id_.size()) add_ids(by_key_id_[k]);
  } else if (auto it = by_key_.find(std::string_view(u.key)); it != by_key_.end()) {
    add_ids(it->second);
  }
  const std::string_view lower(u.lower);
  auto add = [&](const std::vector<std::pair<std::string, uint32_t>>& prefixes) {
    const size_t before = out->size();
    for (const auto& [p, id] : prefixes)
      if (lower.substr(0, p.size()) == p) out->push_back(id);
    sources += out->size() > before;
  };
  if (!short_prefixes_.empty()) add(short_prefixes_);
  if (lower.size() >= 2 && !by_head_.empty())
    if (auto it = by_head_.find(Head(lower)); it != by_head_.end()) add(it->second);
  if (lower.size() >= 4 && !by_head4_.empty())
    if (auto it = by_head4_.find(Head4(lower)); it != by_head4_.end()) add(it->second);
  // Each list is ascending (Add takes ids in order), with repeats where alternatives of one word
  // are the same key or prefixes matching the same unit.
  if (sources >= 2) std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

size_t Phrase::MatchAt(const std::vector<Unit>& units, size_t i, size_t max_gap,
                       std::vector<size_t>* hit, const std::vector<size_t>* actor_end) const {
  if (words.empty() || i >= units.size() || !words[0].Matches(units[i])) return 0;
  if (hit) hit->assign(1, i);
  size_t pos = i;
  for (size_t w = 1; w < words.size(); ++w) {
    size_t next = pos + 1, gap = 0;
    bool found = false;
    // Quote marks and a number's per cent sign are punctuation, not words a gap holds ("called
    // the incident \"a stab in the back\"", "were hit with 25% tariffs").
    auto free = [&](const Unit& u) { return IsQuoteMark(u.lower) || u.lower == "%"; };
    while (next < units.size() && (units[next].word || free(units[next])) && gap <= max_gap) {
      if (words[w].Matches(units[next])) {
        found = true;
        break;
      }
      if (units[next].word) ++gap;
      next = actor_end && (*actor_end)[next] > next ? (*actor_end)[next] : next + 1;
    }
    if (!found) return 0;
    if (hit) hit->push_back(next);
    pos = next;
  }
  return pos + 1;
}

namespace {

// True iff `u` is a lower-case word that ends in one of `suffixes` with a stem left.
bool EndsIn(const Unit& u, const std::vector<std::string>& suffixes) {
  if (!u.word || u.capitalized) return false;
  for (const std::string& s : suffixes)
    if (u.lower.size() > s.size() + 2 &&
        u.lower.compare(u.lower.size() - s.size(), s.size(), s) == 0)
      return true;
  return false;
}

}  // namespace

bool LangFrames::Infinitive(const Unit& u) const { return EndsIn(u, inf_suffixes); }

size_t LangFrames::InfinitiveAt(const Words& units, size_t u) const {
  if (const size_t len = inf_marker.MatchAt(units, u)) return u + len;
  return u < units.size() && Infinitive(units[u]) ? u : SIZE_MAX;
}

bool LangFrames::Participle(const Unit& u) const { return EndsIn(u, participle_suffixes); }

size_t LangFrames::UnnamedAt(const std::vector<Unit>& units, size_t i) const {
  size_t best = 0;
  std::vector<size_t> hit;
  for (const Phrase& p : unnamed)
    if (const size_t end = p.MatchAt(units, i, 0, &hit); end > i + best) best = end - i;
  return best;
}

size_t SequenceAt(const std::vector<Unit>& units, size_t i,
                  const std::vector<std::vector<std::string>>& seqs) {
  for (const auto& seq : seqs) {
    bool ok = i + seq.size() <= units.size();
    for (size_t k = 0; k < seq.size() && ok; ++k) ok = units[i + k].lower == seq[k];
    if (ok) return seq.size();
  }
  return 0;
}

size_t LangFrames::AgentPrepAt(const std::vector<Unit>& units, size_t i) const {
  return SequenceAt(units, i, by);
}

void WordSeqSet::Add(std::string_view text) {
  std::vector<std::string> seq;
  for (const std::string& w : SplitBar(text, ' '))
    if (!w.empty()) seq.push_back(w);
  if (seq.empty()) return;
  const auto id = static_cast<uint32_t>(seqs_.size());
  by_first_[seq.front()].push_back(id);
  by_last_[seq.back()].push_back(id);
  seqs_.push_back(std::move(seq));
}

size_t WordSeqSet::MatchAt(const std::vector<Unit>& units, size_t i) const {
  if (i >= units.size()) return 0;
  auto it = by_first_.find(std::string_view(units[i].lower));
  if (it == by_first_.end()) return 0;
  size_t best = 0;
  for (uint32_t id : it->second) {
    const auto& seq = seqs_[id];
    if (i + seq.size() > units.size() || seq.size() <= best) continue;
    bool ok = true;
    for (size_t k = 1; k < seq.size() && ok; ++k) ok = units[i + k].lower == seq[k];
    if (ok) best = seq.size();
  }
  return best;
}

uint32_t Vocab::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it == ids_.end()) it = ids_.emplace(std::string(word), static_cast<uint32_t>(size())).first;
  return it->second;
}

uint32_t Vocab::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNone : it->second;
}

void Words::Intern(const Vocab& v) {
  vocab = &v;
  ids.resize(size());
  key_ids.resize(size());
  for (size_t i = 0; i < size(); ++i) {
    const Unit& u = (*this)[i];
    ids[i] = v.Find(u.lower);
    // Most keys are the lower-case form itself.
    key_ids[i] = !u.word ? Vocab::kNone : u.key == u.lower ? ids[i] : v.Find(u.key);
  }
}

void WordSeqSet::Index(Vocab* vocab) {
  vocab_ = vocab;
  id_seqs_.clear();
  for (const auto& seq : seqs_) {
    std::vector<uint32_t>& ids = id_seqs_.emplace_back();
    for (const std::string& w : seq) ids.push_back(vocab->Intern(w));
  }
  first_ids_.assign(vocab->size(), {});
  last_ids_.assign(vocab->size(), {});
  for (size_t id = 0; id < id_seqs_.size(); ++id) {
    first_ids_[id_seqs_[id].front()].push_back(static_cast<uint32_t>(id));
    last_ids_[id_seqs_[id].back()].push_back(static_cast<uint32_t>(id));
  }
}

bool WordSeqSet::MayStartIn(const Words& units) const {
  if (!vocab_ || !units.NumberedBy(vocab_)) return true;
  for (const uint32_t id : units.ids)
    if (id < first_ids_.size() && !first_ids_[id].empty()) return true;
  return false;
}

size_t WordSeqSet::MatchFrom(const Words& units, size_t i) const {
  if (!vocab_ || !units.NumberedBy(vocab_))
    return MatchAt(static_cast<const std::vector<Unit>&>(units), i);
  if (i >= units.size() || units.ids[i] >= first_ids_.size()) return 0;
  size_t best = 0;
  for (uint32_t id : first_ids_[units.ids[i]]) {
    const auto& seq = id_seqs_[id];
    if (i + seq.size() > units.size() || seq.size() <= best) continue;
    bool ok = true;
    for (size_t k = 1; k < seq.size() && ok; ++k) ok = units.ids[i + k] == seq[k];
    if (ok) best = seq.size();
  }
  return best;
}

size_t WordSeqSet::MatchTo(const Words& units, size_t i) const {
  if (!vocab_ || !units.NumberedBy(vocab_))
    return MatchEndingAt(static_cast<const std::vector<Unit>&>(units), i);
  if (i >= units.size() || units.ids[i] >= last_ids_.size()) return 0;
  size_t best = 0;
  for (uint32_t id : last_ids_[units.ids[i]]) {
    const auto& seq = id_seqs_[id];
    if (seq.size() > i + 1 || seq.size() <= best) continue;
    const size_t b = i + 1 - seq.size();
    bool ok = true;
    for (size_t k = 0; k + 1 < seq.size() && ok; ++k) ok = units.ids[b + k] == seq[k];
    if (ok) best = seq.size();
  }
  return best;
}

size_t WordSeqSet::MatchEndingAt(const std::vector<Unit>& units, size_t i) const {
  if (i >= units.size()) return 0;
  auto it = by_last_.find(std::string_view(units[i].lower));
  if (it == by_last_.end()) return 0;
  size_t best = 0;
  for (uint32_t id : it->second) {
    const auto& seq = seqs_[id];
    if (seq.size() > i + 1 || seq.size() <= best) continue;
    const size_t b = i + 1 - seq.size();
    bool ok = true;
    for (size_t k = 0; k + 1 < seq.size() && ok; ++k) ok = units[b + k].lower == seq[k];
    if (ok) best = seq.size();
  }
  return best;
}

std::map<std::string, LangFrames, std::less<>> LoadFrames(const Pack& pack, const MatchKeys& keys) {
  std::map<std::string, LangFrames, std::less<>> out;
  for (const std::string& name : pack.TableNames("lang/")) {
    const size_t slash = name.rfind('/');
    const std::string lang = name.substr(5, slash - 5);
    const std::string what = name.substr(slash + 1);
    const Table* t = pack.Find(name);
    if (what == "events") {
      LangFrames& lf = out[lang];
      for (size_t r = 0; r < t->rows(); ++r) {
        std::string_view kind = t->Cell(r, "kind"), words = t->Cell(r, "words");
        if (kind == "frame") {
          Frame f;
          f.trigger = ParsePhrase(words, keys, lang);
          f.cameo = std::string(t->Cell(r, "cameo"));
          f.mode = std::string(t->Cell(r, "mode"));
          f.src = ParseRoles(t->Cell(r, "src"));
          f.tgt = ParseRoles(t->Cell(r, "tgt"));
          if (!f.trigger.words.empty() && !f.src.empty() && !f.tgt.empty())
            lf.frames.push_back(std::move(f));
        } else if (kind == "prep")
          lf.prep.Add(words);
        else if (kind == "loc")
          lf.loc.Add(words);
        else if (kind == "conj")
          lf.conj.Add(words);
        else if (kind == "boundary")
          lf.boundary.Add(words);
        else if (kind == "comp")
          lf.comp.Add(words);
        else if (kind == "rel")
          lf.rel.Add(words);
        else if (kind == "sides")
          lf.sides.Add(words);
        else if (kind == "sides_parties")
          lf.sides_parties.Add(words);
        else if (kind == "compl")
          lf.compl_open.Add(words);
        else if (kind == "inf")
          lf.inf_suffixes.emplace_back(words);
        else if (kind == "advp")
          lf.participle_suffixes.emplace_back(words);
        else if (kind == "passive")
          lf.passive.Add(words);
        else if (kind == "by")
          lf.by.push_back(SplitBar(words, ' '));
        else if (kind == "subord")
          lf.subord.Add(words);
        else if (kind == "bare_agent")
          lf.bare_agent = true;
        else if (kind == "proxy")
          lf.proxy.Add(words);
        else if (kind == "det")
          lf.det.Add(words);
        else if (kind == "including")
          lf.including.Add(words);
        else if (kind == "but")
          lf.but.Add(words);
        else if (kind == "topic")
          lf.topic.Add(words);
        else if (kind == "stance")
          lf.stance.Add(words);
        else if (kind == "each_other")
          lf.each_other.Add(words);
        else if (kind == "inf_marker")
          lf.inf_marker.Add(words);
        else if (kind == "claim") {
          Phrase p = ParsePhrase(words, keys, lang);
          for (WordPattern& w : p.words) lf.claim_verbs.push_back(std::move(w));
        } else if (kind == "accusing") {
          LangFrames::Accusing a;
          for (WordPattern& w : ParsePhrase(words, keys, lang).words)
            a.verbs.push_back(std::move(w));
          a.acts = SplitBar(t->Cell(r, "tgt"));
          a.cameo = std::string(t->Cell(r, "cameo"));
          a.mode = std::string(t->Cell(r, "mode"));
          lf.accusing.push_back(std::move(a));
        } else if (kind == "intent") {
          lf.intents.push_back({SplitBar(t->Cell(r, "tgt")), std::string(t->Cell(r, "cameo")),
                                std::string(t->Cell(r, "mode"))});
        } else if (kind == "numeral") {
          const int n = std::atoi(std::string(t->Cell(r, "cameo")).c_str());
          for (const std::string& w : SplitBar(words))
            if (n >= 2) {
              lf.numerals[w] = n;
              lf.numeral_words.Add(w);
            }
        } else if (kind == "states_noun") {
          Phrase p = ParsePhrase(words, keys, lang);
          for (WordPattern& w : p.words) lf.states_nouns.push_back(std::move(w));
        } else if (kind == "evnoun") {
          Phrase p = ParsePhrase(words, keys, lang);
          if (p.words.size() == 1)
            lf.event_nouns.push_back({std::move(p.words[0]), SplitBar(t->Cell(r, "cameo")),
                                      t->Cell(r, "mode") == "all"});
        } else if (kind == "unnamed") {
          lf.unnamed.push_back(ParsePhrase(words, keys, lang));
        } else if (kind.rfind("pron_", 0) == 0) {
          if (const std::vector<std::string> w = SplitBar(words, ' '); w.size() == 2)
            lf.two_word_pronouns[w[1]].emplace_back(w[0], kind.substr(5));
          else
            lf.pronouns[std::string(words)] = kind.substr(5);
        }
      }
    } else if (what == "modality") {
      LangFrames& lf = out[lang];
      for (size_t r = 0; r < t->rows(); ++r) {
        Cue c;
        c.words = ParsePhrase(t->Cell(r, "cue"), keys, lang);
        c.modality = ParseModality(t->Cell(r, "modality"));
        std::string_view scope = t->Cell(r, "scope");
        c.scope = scope == "sentence" ? Cue::kSentence
                  : scope == "clause" ? Cue::kClause
                                      : Cue::kNear;
        lf.cues.push_back(std::move(c));
      }
    } else if (what == "dates") {
      LangFrames& lf = out[lang];
      for (size_t r = 0; r < t->rows(); ++r) {
        std::string word(t->Cell(r, "word"));
        DateWord d;
        d.kind = std::string(t->Cell(r, "kind"));
        std::string value(t->Cell(r, "value"));
        d.value = std::atoi(value.c_str());
        d.text = value;
        d.need_cap = IsUpperInitial(word);
        std::string lower = keys.Lower(word);
        const std::vector<std::string> parts = SplitBar(lower, ' ');
        lf.max_date_words = std::max(lf.max_date_words, parts.size());
        lf.date_first_words.Add(parts.front());
        lf.dates[lower].push_back(std::move(d));
      }
    }
  }
  for (const std::string& name : pack.TableNames("lang/")) {
    const size_t slash = name.rfind('/');
    auto lf = out.find(name.substr(5, slash - 5));
    if (name.substr(slash + 1) != "groups" || lf == out.end()) continue;
    const Table* t = pack.Find(name);
    for (size_t r = 0; r < t->rows(); ++r)
      lf->second.unnamed.push_back(ParsePhrase(t->Cell(r, "word"), keys, lf->first));
  }
  for (auto& [lang, lf] : out) {
    for (WordSeqSet* set :
         {&lf.prep,      &lf.loc,   &lf.conj,          &lf.boundary,         &lf.comp,
          &lf.rel,       &lf.sides, &lf.sides_parties, &lf.compl_open,       &lf.passive,
          &lf.subord,    &lf.proxy, &lf.inf_marker,    &lf.each_other,       &lf.det,
          &lf.including, &lf.but,   &lf.topic,         &lf.date_first_words, &lf.numeral_words,
          &lf.stance})
      set->Index(&lf.vocab);
    for (size_t i = 0; i < lf.frames.size(); ++i)
      lf.frame_index.Add(lf.frames[i].trigger.words.front(), static_cast<uint32_t>(i));
    for (size_t i = 0; i < lf.cues.size(); ++i)
      if (!lf.cues[i].words.words.empty())
        lf.cue_index.Add(lf.cues[i].words.words.front(), static_cast<uint32_t>(i));
    lf.frame_index.Index(&lf.vocab);
    lf.cue_index.Index(&lf.vocab);
    for (const WordPattern& w : lf.claim_verbs) {
      for (const std::string& k : w.keys) {
        const uint32_t id = lf.vocab.Intern(k);
        if (id >= lf.claim_key_ids.size()) lf.claim_key_ids.resize(id + 1, false);
        lf.claim_key_ids[id] = true;
      }
      lf.claim_prefixes.insert(lf.claim_prefixes.end(), w.prefixes.begin(), w.prefixes.end());
    }
  }
  return out;
}

}  // namespace entente
