// events/anaphora.cc — the role finder's references to actors named elsewhere: "the sides"
// (the last meeting's parties, or the last two countries in contact), numbered states ("трьох
// сусідів", "the three countries": the latest list of that many), pronouns and anaphoric nouns,
// proxy nouns. Contracts in roles.h.
#include <algorithm>

#include "events/roles.h"

namespace entente {
namespace {

constexpr size_t kPronounSentences = 2;
// How far back (sentences, this one included) a numbered phrase ("трёх стран") looks for its list.
constexpr size_t kListSentences = 8;

}  // namespace

std::vector<Arg> RoleFinder::Sides(size_t u, size_t len, const std::vector<Arg>* src) const {
  if (!len) return {};
  // A one-word phrase ("лидеры") names a meeting's parties only; a dual one ("обидві країни",
  // "the two countries") or a conflict's "сторони" (sides_parties) also the two countries the
  // text last set against each other.
  std::vector<Arg> pair = len >= 2 || lf_.sides_parties.MatchAt(sv_.units, u) == len
                              ? disc_.LastPairOrRelation()
                              : disc_.LastPair();
  // "Japan and the US called on the sides to show restraint": the sides an outsider addresses
  // are two others (Discourse::PartiesWithout), not its own last meeting; failing that, the
  // sides less the sources.
  auto has_src = [&](const std::vector<Arg>& p) {
    return src && std::any_of(p.begin(), p.end(), [&](const Arg& a) {
             return std::any_of(src->begin(), src->end(),
                                [&](const Arg& s) { return s.actor.country == a.actor.country; });
           });
  };
  if (has_src(pair) && !src->empty())
    if (std::vector<Arg> other = disc_.PartiesWithout(src->front().actor.country);
        other.size() == 2 && !has_src(other))
      pair = std::move(other);
  // Else the sources address the other side only.
  if (src)
    std::erase_if(pair, [&](const Arg& a) {
      return std::any_of(src->begin(), src->end(),
                         [&](const Arg& s) { return s.actor.country == a.actor.country; });
    });
  if (pair.empty()) return {};
  const Span span{sv_.units[u].span.begin, sv_.units[u + len - 1].span.end};
  for (Arg& p : pair) {
    p.actor.text = std::string(doc_.Slice(span));
    p.actor.span = span;
  }
  return pair;
}

size_t RoleFinder::Proxy(size_t k) const { return lf_.proxy.MatchAt(sv_.units, k); }

size_t RoleFinder::NumberedAt(size_t u, int* n) const {
  if (!sv_.numeral || lf_.numerals.empty() || u >= sv_.units.size()) return 0;
  size_t k = u;
  if (k + 1 < sv_.units.size() && lf_.det.MatchAt(sv_.units, k)) ++k;  // "the three countries"
  if (!lf_.numeral_words.MatchAt(sv_.units, k)) return 0;
  auto it = lf_.numerals.find(std::string_view(sv_.units[k].lower));
  if (it == lf_.numerals.end()) return 0;
  // Up to two lower-case modifiers before the noun ("трёх европейских стран").
  for (size_t j = k + 1; j < sv_.units.size() && j <= k + 3; ++j) {
    const Unit& w = sv_.units[j];
    if (!w.word || w.capitalized || StartingAt(j)) return 0;
    for (const WordPattern& p : lf_.states_nouns)
      if (p.Matches(w)) {
        *n = it->second;
        return j + 1 - u;
      }
  }
  return 0;
}

std::vector<Arg> RoleFinder::StatesList(int n, size_t u, size_t len) const {
  const Span span{sv_.units[u].span.begin, sv_.units[u + len - 1].span.end};
  for (size_t s = sentence_ + 1; s-- > 0 && s + kListSentences > sentence_;) {
    const SentenceView& v = views_[s];
    const RoleFinder f(doc_, v, lf_, disc_, views_, s);
    for (size_t i = v.actors.size(); i-- > 0;) {
      const ActorRef& a = v.actors[i];
      if (s == sentence_ && a.ue > u) continue;
      if (a.kind != "state") continue;
      // Only from a list's first item: from a later one Group gives a tail of it.
      if (const size_t c = a.ub > 0 ? lf_.conj.MatchEndingAt(v.units, a.ub - 1) : 0;
          c && a.ub > c && f.EndingAt(a.ub - 1 - c))
        continue;
      std::vector<Arg> list = f.Group(a, false, true, 0.7);
      if (list.size() != static_cast<size_t>(n)) continue;
      bool states = true;
      for (const Arg& g : list)
        for (const Entity& e : doc_.entities)
          if (e.id == g.actor.actor && e.kind != "state") states = false;
      if (!states) continue;
      for (Arg& g : list) {
        g.actor.text = std::string(doc_.Slice(span));
        g.actor.span = span;
      }
      return list;
    }
  }
  return {};
}

std::vector<Arg> RoleFinder::Pronoun(size_t u, const std::vector<Arg>* src) const {
  const std::string* found = nullptr;
  if (auto it = lf_.pronouns.find(std::string_view(sv_.units[u].lower)); it != lf_.pronouns.end())
    found = &it->second;
  Span here = sv_.units[u].span;
  // Two-word anaphors: "the bloc", "the country"; an alliance's or a group's also possessive
  // ("the alliance's treaty": a story names few of them, where "the country's" may be any).
  std::string_view last = sv_.units[u].lower;
  bool poss = true;
  if (last.ends_with("'s"))
    last.remove_suffix(2);
  else if (last.ends_with("\xE2\x80\x99s"))
    last.remove_suffix(4);
  else
    poss = false;
  if (u > 0)
    if (auto it = lf_.two_word_pronouns.find(last); it != lf_.two_word_pronouns.end())
      for (const auto& [first, cls] : it->second)
        if (sv_.units[u - 1].lower == first && (!poss || cls == "igo" || cls == "org")) {
          found = &cls;
          here.begin = sv_.units[u - 1].span.begin;
        }
  if (!found) return {};
  // A possessive ("his trip", "its troops") names the agent of a noun, never an object.
  const bool possessive = found->rfind("poss_", 0) == 0;
  if (possessive && src) return {};
  const std::string cls = possessive ? found->substr(5) : *found;
  // "spoke with the advisers of both countries and urged them": a plural pronoun after a dual
  // phrase of its sentence, with no actor between, names that pair.
  if (cls == "pl")
    for (size_t k = u; k-- > 0 && !EndingAt(k);)
      if (const size_t len = lf_.sides.MatchEndingAt(sv_.units, k)) {
        // What the phrase named where an earlier event of the sentence took it, else the pair
        // it names now.
        std::vector<Arg> pair;
        for (const EventActor& a :
             disc_.NamedAt({sv_.units[k + 1 - len].span.begin, sv_.units[k].span.end}))
          pair.push_back(Arg{a, 0.7, ""});
        if (pair.empty()) pair = Sides(k + 1 - len, len);
        if (!pair.empty()) {
          std::vector<Arg> out;
          for (Arg& p : pair)
            if (!src || std::none_of(src->begin(), src->end(), [&](const Arg& s) {
                  return s.actor.country == p.actor.country;
                })) {
              p.actor.text = std::string(doc_.Slice(here));
              p.actor.span = here;
              out.push_back(std::move(p));
            }
          return out;
        }
      }
  auto fits = [&](const ActorRef& a) {
    if (cls == "latter" || cls == "pl") return true;
    const bool person = a.kind == "person";
    if (cls == "m") return person && a.gender != 'f';
    if (cls == "f") return (person && a.gender == 'f') || (!person && a.kind != "place");
    if (cls == "state") return a.kind == "state";
    if (cls == "igo") return a.kind == "igo";
    if (cls == "org") return a.kind == "org";
    if (cls == "institution") return a.kind == "institution";
    return !person && a.kind != "place";  // n
  };
  for (int pass = 0; pass < 2; ++pass) {
    const bool ungoverned_only = pass == 0 && cls != "latter" && !src;
    for (size_t back = 0; back <= kPronounSentences && back <= sentence_; ++back) {
      const SentenceView& v = views_[sentence_ - back];
      for (auto a = v.actors.rbegin(); a != v.actors.rend(); ++a) {
        const Mention& m = doc_.mentions[a->mention];
        if (back == 0 && m.span.end > here.begin) continue;
        if (a->place || doc_.entities[m.ActorEntity()].country.empty()) continue;
        if (ungoverned_only && a->governed) continue;
        if (!fits(*a)) continue;
        const Entity& e = doc_.entities[m.ActorEntity()];
        if (src && std::any_of(src->begin(), src->end(),
                               [&](const Arg& s) { return s.actor.country == e.country; }))
          continue;
        auto arg = [&](const ActorRef& r) {
          const Entity& re = doc_.entities[doc_.mentions[r.mention].ActorEntity()];
          return Arg{EventActor{re.country, re.id, std::string(doc_.Slice(here)), here}, 0.7, ""};
        };
        std::vector<Arg> out{arg(*a)};
        // "France and Germany said they…": a plural pronoun takes the whole coordination.
        if (cls == "pl")
          for (auto b = std::next(a); b != v.actors.rend(); ++b) {
            const auto& prev = *std::prev(b);
            bool joined = b->ue < prev.ub;
            for (size_t k = b->ue; k < prev.ub && joined; ++k)
              joined = lf_.conj.MatchAt(v.units, k) > 0 || lf_.det.MatchAt(v.units, k) > 0;
            if (!joined || !Eligible(*b, false)) break;
            out.push_back(arg(*b));
          }
        return out;
      }
    }
  }
  return {};
}

}  // namespace entente
