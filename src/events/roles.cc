#include "events/roles.h"

#include <algorithm>
#include <cctype>

namespace entente {
namespace {

constexpr size_t kQuoteReach = 12;  // the longest quotation inside a clause, in units

// A quotation surely opens (not a straight quote, which closes as often) or closes (not “,
// which opens as often).
bool OpeningQuote(const Unit& u) { return IsOpeningQuote(u.lower) && u.lower != "\""; }
bool ClosingQuote(const Unit& u) { return IsClosingQuote(u.lower) && u.lower != "\xE2\x80\x9C"; }

// True iff the actor is an all-capitals place name that opens a wire story's dateline
// ("LONDON (Reuters) -", "KYIV, May 2 -", "ANKARA/MOSCOW, Nov 24 -").
bool Dateline(const std::vector<Unit>& units, const ActorRef& a) {
  if (a.ue >= units.size()) return false;
  for (size_t u = 0; u < a.ub; ++u)
    if (units[u].lower != "/" && (!units[u].all_caps || units[u].lower.size() < 3)) return false;
  for (size_t u = a.ub; u < a.ue; ++u)
    if (!units[u].all_caps || units[u].lower.size() < 3) return false;
  const std::string_view next = units[a.ue].lower;
  return next == "," || next == "(" || next == "/" || next == "-" || next == "—" || next == "–";
}

}  // namespace

std::vector<SentenceView> BuildViews(const Doc& doc, const MatchKeys& keys,
                                     const std::map<std::string, LangFrames, std::less<>>& langs,
                                     const std::map<std::string, char, std::less<>>& gender,
                                     const std::set<std::string, std::less<>>& seats) {
  std::vector<SentenceView> views(doc.sentences.size());
  size_t m = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    SentenceView& v = views[si];
    v.lang = s.block < doc.blocks.size() && !doc.blocks[s.block].lang.empty()
                 ? doc.blocks[s.block].lang
                 : doc.lang;
    static_cast<std::vector<Unit>&>(v.units) = SentenceUnits(doc, s, keys, v.lang);
    auto lit = langs.find(v.lang);
    const LangFrames* lf = lit == langs.end() ? nullptr : &lit->second;
    if (lf) v.units.Intern(lf->vocab);
    if (lf) v.numeral = lf->numeral_words.MayStartIn(v.units);
    while (m < doc.mentions.size() && doc.mentions[m].span.begin < s.span.begin) ++m;
    for (size_t k = m; k < doc.mentions.size() && doc.mentions[k].span.begin < s.span.end; ++k) {
      const Mention& mm = doc.mentions[k];
      // A mention inside a longer one is left out ("Росії" in "посол Росії Ігор Моргулов"),
      // unless the longer one names no country: an unknown body named after its state ("МЗС
      // Польщі", "Верховний суд Пакистану") acts for that state, and then the longer one is left
      // out instead.
      auto has_country = [&](const Mention& x) {
        return !doc.entities[x.ActorEntity()].country.empty();
      };
      bool nested = false, holds_actor = false;
      for (size_t o = m; o < doc.mentions.size() && doc.mentions[o].span.begin < s.span.end; ++o) {
        if (o == k || doc.mentions[o].span == mm.span) continue;
        const Mention& other = doc.mentions[o];
        if (other.span.Contains(mm.span) && has_country(other)) nested = true;
        if (mm.span.Contains(other.span) && has_country(other)) holds_actor = true;
      }
      if (nested || (holds_actor && !has_country(mm))) continue;
      ActorRef a;
      a.mention = static_cast<uint32_t>(k);
      a.ub = v.units.size();
      for (size_t u = 0; u < v.units.size(); ++u) {
        if (v.units[u].span.begin >= mm.span.begin && a.ub == v.units.size()) a.ub = u;
        if (v.units[u].span.end <= mm.span.end) a.ue = u + 1;
      }
      if (a.ub >= a.ue) continue;
      if (!v.actors.empty() && v.actors.back().ub == a.ub) continue;  // same span twice
      const Entity& e = doc.entities[mm.ActorEntity()];
      if (Dateline(v.units, a)) {
        if (v.dateline == UINT32_MAX) v.dateline = a.mention;
        continue;
      }
      // A news agency in a dateline ("(Reuters) -") credits the story; it does nothing in it.
      if (e.kind == "media" && a.ub > 0 && a.ue < v.units.size() &&
          v.units[a.ub - 1].lower == "(" && v.units[a.ue].lower == ")")
        continue;
      a.kind = e.kind;
      a.place = e.kind == "place";
      // An institution speaks from inside it too ("В МИД России заявили").
      a.seat =
          mm.acting >= 0 || seats.count(doc.entities[mm.entity].id) > 0 || e.kind == "institution";
      if (auto g = gender.find(e.id); g != gender.end()) a.gender = g->second;
      // Governed: a preposition right before, or before up to two lower-case modifiers
      // ("в північно-східній Азії"); a date word is no modifier ("У неділю Росія").
      for (size_t back = 1; lf && back <= 3 && back <= a.ub; ++back) {
        const Unit& prev = v.units[a.ub - back];
        if (lf->prep.MatchEndingAt(v.units, a.ub - back) > 0) {
          // "to punish US planes": an infinitive marker governs no object of its verb.
          if (back > 1 && lf->inf_marker.MatchEndingAt(v.units, a.ub - back) > 0 &&
              !lf->det.MatchAt(v.units, a.ub - back + 1))
            break;
          a.governed = true;
          a.gov_unit = a.ub - back;
          a.locative = lf->loc.MatchEndingAt(v.units, a.ub - back) > 0;
          break;
        }
        if (!prev.word || prev.capitalized || lf->dates.count(prev.lower) ||
            lf->rel.MatchAt(v.units, a.ub - back) || lf->comp.MatchAt(v.units, a.ub - back) ||
            lf->conj.MatchAt(v.units, a.ub - back) ||
            lf->pronouns.count(std::string_view(prev.lower)))
          break;
      }
      // "в Вашингтоне и Сеуле": a conjunction right after an actor governed by a locative
      // preposition carries it on to the next one (no subject, but a seat that speaks).
      if (lf && !a.governed && !v.actors.empty() && v.actors.back().governed &&
          v.actors.back().locative && a.ub > 0)
        if (const size_t c = lf->conj.MatchEndingAt(v.units, a.ub - 1);
            c && a.ub >= c && v.actors.back().ue == a.ub - c && v.units[a.ub - 1].lower != ",") {
          a.governed = true;
          a.gov_unit = v.actors.back().gov_unit;
          a.locative = v.actors.back().locative;
        }
      v.actors.push_back(std::move(a));
    }
  }
  return views;
}

std::vector<Arg> RoleFinder::Find(const RoleSpec& role, size_t tb, size_t te,
                                  const std::vector<Arg>* src) const {
  switch (role.kind) {
    case RoleSpec::kSubj:
      return Subj(tb, true, role.place);
    case RoleSpec::kObj:
      return Obj(tb, te, role.place, src);
    case RoleSpec::kEvent:
      return EventRef(tb, te);
    case RoleSpec::kCompl:
      return Compl(te);
    case RoleSpec::kMutual:
      return {};  // the event stage pairs the sources
    case RoleSpec::kWish:
      return {};  // the event stage codes the complement as the requester's
    case RoleSpec::kAct:
      return {};  // the event stage codes the act promised instead
    case RoleSpec::kLast: {
      std::vector<Arg> out;
      for (const EventActor& a : disc_.LastOf(role.cameo, ""))
        if (!src || std::none_of(src->begin(), src->end(),
                                 [&](const Arg& s) { return s.actor.country == a.country; }))
          out.push_back(Arg{a, 0.6, ""});
      return out;
    }
    case RoleSpec::kSpeaker:
      return Speaker(tb, te);
    case RoleSpec::kNext:
      return Next(te, src);
    case RoleSpec::kPrep:
      return Prep(role, tb, te, src);
    case RoleSpec::kBetween:
      return Between(role, te, src != nullptr);
    case RoleSpec::kAgent: {
      if (tb > 0)
        if (const ActorRef* a = EndingAt(tb - 1); a && Eligible(*a, false) && Modifier(*a))
          return {ToArg(*a, 0.85)};
      // A modifier inside the trigger's gap ("вывод российского миротворческого контингента").
      for (const ActorRef& a : sv_.actors)
        if (a.ub > tb && a.ue < te && !a.governed && Eligible(a, false) && Modifier(a))
          return {ToArg(a, 0.8)};
      // An agent preposition right after the noun ("an attack by Russia", "the first visit by an
      // Indian prime minister", "атака со стороны России").
      if (const size_t by = lf_.AgentPrepAt(sv_.units, te))
        for (size_t k = te + by; k < sv_.units.size() && k < te + by + kPrepToActor; ++k) {
          if (Boundary(k) || Stop(k)) break;
          if (const ActorRef* a = StartingAt(k)) {
            if (Eligible(*a, false)) return Group(*a, false, true, 0.85);
            break;
          }
        }
      // The actor after the trigger comes before a seat of power it is located at ("в Парижі
      // зібралися лідери України…").
      // The subject of a verb of saying between it and the noun says something about the act,
      // it need not be its agent ("US officials said, in retaliation for weeks of attacks on
      // shipping").
      auto said_between = [&](const std::vector<Arg>& s) {
        for (size_t u = tb; u-- > 0 && sv_.units[u].span.begin >= s.front().actor.span.end;)
          if (lf_.ClaimVerb(sv_.units, u)) return true;
        return false;
      };
      std::vector<Arg> s = Subj(tb, false);
      if (!s.empty() && !said_between(s)) return s;
      if (std::vector<Arg> a = After(te); !a.empty()) return a;
      if (!s.empty()) return {};
      return Subj(tb, true);
    }
    case RoleSpec::kParties: {
      // Those a mediator went between: the last meeting's parties (or the last two countries
      // dealing with each other), less the mediator itself.
      std::vector<Arg> out;
      for (Arg& p : src && !src->empty() ? disc_.PartiesWithout(src->front().actor.country)
                                         : disc_.LastPairOrRelation())
        if (!src || std::none_of(src->begin(), src->end(),
                                 [&](const Arg& s) { return s.actor.country == p.actor.country; }))
          out.push_back(std::move(p));
      return out;
    }
    case RoleSpec::kScene: {
      // Where the story is filed from: its dateline city's country (not the source's own).
      for (size_t s = 0; s <= sentence_ && s < views_.size(); ++s) {
        if (views_[s].dateline == UINT32_MAX) continue;
        const Mention& m = doc_.mentions[views_[s].dateline];
        const Entity& e = doc_.entities[m.ActorEntity()];
        if (e.country.size() != 3) return {};
        if (src && std::any_of(src->begin(), src->end(),
                               [&](const Arg& a) { return a.actor.country == e.country; }))
          return {};
        return {Arg{EventActor{e.country, e.id, std::string(doc_.Slice(m.span)), m.span}, 0.5, ""}};
      }
      return {};
    }
    case RoleSpec::kHome: {
      // Protesters with no other target protest against their own state.
      if (!src || src->empty()) return {};
      const EventActor& s = src->front().actor;
      if (s.country.size() != 3) return {};
      EventActor home{s.country, "state:" + s.country, s.text, s.span};
      // "Opponents of Rwanda's Senate protested": a group named by its stance toward its
      // state's actor does not protest its state for that.
      for (const ActorRef& a : sv_.actors)
        if (doc_.mentions[a.mention].span == s.span)
          for (size_t u = a.ub; u < a.ue; ++u)
            if (lf_.stance.MatchAt(sv_.units, u)) return {};
      for (const Entity& e : doc_.entities) {
        if (e.id == s.actor && e.kind != "group") return {};  // only a group acts at home
        if (e.kind == "state" && e.country == s.country) home.actor = e.id;
      }
      return {Arg{home, 0.6, ""}};
    }
    case RoleSpec::kPartner: {
      if (!src) return {};
      // A group (protesters, students) deals with its own state, not its country's partners.
      for (const Entity& e : doc_.entities)
        if (e.id == src->front().actor.actor && e.kind == "group") return {};
      auto p = disc_.Partner(src->front().actor.country);
      if (!p) return {};
      return {Arg{*p, 0.6, ""}};
    }
  }
  return {};
}

const ActorRef* RoleFinder::EndingAt(size_t u) const {
  for (const ActorRef& a : sv_.actors)
    if (a.ue == u + 1) return &a;
  return nullptr;
}

const ActorRef* RoleFinder::StartingAt(size_t u) const {
  for (const ActorRef& a : sv_.actors)
    if (a.ub == u) return &a;
  return nullptr;
}

bool RoleFinder::Eligible(const ActorRef& a, bool allow_place) const {
  if (a.place && !allow_place) return false;
  return !doc_.entities[doc_.mentions[a.mention].ActorEntity()].country.empty();
}

const EventNoun* RoleFinder::EventNounAt(size_t u) const {
  if (u >= sv_.units.size() || !sv_.units[u].word || sv_.units[u].capitalized) return nullptr;
  for (const EventNoun& n : lf_.event_nouns)
    if (n.word.Matches(sv_.units[u])) return &n;
  return nullptr;
}

bool RoleFinder::Modifier(const ActorRef& a) const {
  if (doc_.mentions[a.mention].name.empty()) return true;  // a demonym adjective
  if (sv_.units[a.ue - 1].all_caps) return true;           // "US troops", "EU sanctions"
  return IsPossessive(sv_.units[a.ue - 1].lower);
}

bool RoleFinder::ClauseEdge(size_t u) const {
  return sv_.units[u].lower == "," || lf_.passive.MatchAt(sv_.units, u) > 0;
}

size_t RoleFinder::QuoteOpening(size_t close) const {
  for (size_t j = close; j-- > floor_ && j + kQuoteReach > close;) {
    if (OpeningQuote(sv_.units[j]) || (sv_.units[j].lower == "\"" && j + 1 < close)) return j;
    if (ClosingQuote(sv_.units[j]) || (Boundary(j) && !sv_.units[j].word)) return SIZE_MAX;
  }
  return SIZE_MAX;
}

bool RoleFinder::Boundary(size_t u) const {
  // A dash between two numbers is a range ("25–50 тысяч тонн"), not a clause break.
  auto digit = [&](size_t k) {
    return k < sv_.units.size() && !sv_.units[k].lower.empty() &&
           std::isdigit(static_cast<unsigned char>(sv_.units[k].lower[0]));
  };
  if (u > 0 && digit(u - 1) && digit(u + 1) && !sv_.units[u].word) return false;
  return lf_.boundary.MatchAt(sv_.units, u) > 0 || lf_.boundary.MatchEndingAt(sv_.units, u) > 0;
}

Arg RoleFinder::ToArg(const ActorRef& a, double conf) const {
  const Mention& m = doc_.mentions[a.mention];
  const Entity& e = doc_.entities[m.ActorEntity()];
  Arg arg{EventActor{e.country, e.id, std::string(doc_.Slice(m.span)), m.span}, conf, ""};
  arg.place = a.place;
  arg.locative = a.locative;
  return arg;
}

std::vector<Arg> RoleFinder::Group(const ActorRef& a, bool leftwards, bool allow_governed,
                                   double conf, bool allow_place) const {
  // Commas alone link items only inside a list closed by a real conjunction ("A, B та C"):
  // leftwards the first link must be a conjunction; rightwards the list is cut after its last
  // conjunction link.
  std::vector<Arg> out{ToArg(a, conf)};
  const ActorRef* cur = &a;
  size_t last_real = 1;
  while (out.size() < 10) {
    const ActorRef* next = nullptr;
    bool real = false;
    if (leftwards) {
      if (cur->ub == 0) break;
      size_t k = cur->ub - 1, skipped = 0;
      if (k > 0 && lf_.det.MatchEndingAt(sv_.units, k)) --k;  // ", the United Arab Emirates"
      // A repeated preposition ("в Вашингтоне и в Сеуле").
      if (const size_t len = allow_governed ? lf_.prep.MatchEndingAt(sv_.units, k) : 0;
          len && k >= len)
        k -= len;
      while (size_t len = lf_.conj.MatchEndingAt(sv_.units, k)) {
        real |= sv_.units[k].lower != ",";
        skipped += len;
        if (k < len) break;
        k -= len;
      }
      if (!skipped || (out.size() == 1 && !real)) break;
      next = EndingAt(k);
    } else {
      size_t k = cur->ue, skipped = 0;
      while (size_t len = lf_.conj.MatchAt(sv_.units, k)) {
        real |= sv_.units[k].lower != ",";
        skipped += len;
        k += len;
      }
      if (!skipped) break;
      // A repeated preposition ("з Іраном і з Китаєм").
      if (allow_governed) k += lf_.prep.MatchAt(sv_.units, k);
      k += lf_.det.MatchAt(sv_.units, k);
      next = StartingAt(k);
    }
    if (!next || !Eligible(*next, allow_governed || allow_place) ||
        (!allow_governed && next->governed))
      break;
    out.push_back(ToArg(*next, conf));
    if (real) last_real = out.size();
    cur = next;
  }
  if (!leftwards) out.resize(last_real);
  return out;
}

std::vector<Arg> RoleFinder::CoordinatedSpeaker(size_t j) const {
  auto cls = lf_.pronouns.find(std::string_view(sv_.units[j].lower));
  if (cls == lf_.pronouns.end() || (cls->second != "n" && cls->second != "pl")) return {};
  size_t k = j;  // the verb of saying is unit k - 1
  if (k > floor_ && lf_.comp.MatchEndingAt(sv_.units, k - 1)) --k;
  if (k < floor_ + 2 || !lf_.ClaimVerb(sv_.units, k - 1)) return {};
  const Unit& c = sv_.units[k - 2];
  if (c.lower == "," || !lf_.conj.MatchEndingAt(sv_.units, k - 2)) return {};
  // The earlier verb's clause, back to a boundary or a comma before a conjunction (", and France
  // said they"); quote marks inside it are no boundary.
  const ActorRef* first = nullptr;
  for (size_t b = k - 2; b-- > floor_;) {
    const std::string_view w = sv_.units[b].lower;
    if (w == "," && lf_.conj.MatchAt(sv_.units, b + 1)) break;
    if (Boundary(b) && !IsOpeningQuote(w) && !IsClosingQuote(w)) break;
    if (const ActorRef* a = EndingAt(b)) {
      if (!a->governed && Eligible(*a, false)) first = a;
      b = a->ub;
    }
  }
  if (!first || (cls->second == "n" && first->kind == "person")) return {};
  return Group(*first, false, false, 0.7);
}

std::vector<Arg> RoleFinder::Subj(size_t tb, bool seat_fallback, bool allow_place) const {
  double conf = 0.9;
  // "У Кремлі назвали…", "In Moscow, officials said…": with no subject of its own the clause
  // speaks for the seat of power it is located at.
  const ActorRef* seat = nullptr;
  auto none = [&]() -> std::vector<Arg> {
    // "В Вашингтоне и Сеуле назвали…": coordinated seats all speak.
    if (seat && seat_fallback) return Group(*seat, true, true, 0.6, true);
    return {};
  };
  size_t start = tb;
  // "…, but warned that…": a verb right after an adversative conjunction has the subject before
  // it.
  if (const size_t len = start > floor_ ? lf_.but.MatchEndingAt(sv_.units, start - 1) : 0) {
    start -= len;
    if (start > floor_ && sv_.units[start - 1].lower == ",") --start;
  }
  // "Navalnaya, who met Biden on Thursday, called on…": the subject stands before the relative
  // clause that ends right before the trigger.
  if (tb >= 2 && sv_.units[tb - 1].lower == ",")
    for (size_t r = tb - 1; r-- > floor_ && r + 16 > tb;) {
      if (Boundary(r) || (sv_.units[r].lower == "," && !lf_.rel.MatchAt(sv_.units, r + 1))) break;
      if (lf_.rel.MatchAt(sv_.units, r) && r > 0 && sv_.units[r - 1].lower == ",") {
        start = r - 1;
        break;
      }
    }
  for (size_t j = start; j-- > floor_;) {
    if (const ActorRef* a = EndingAt(j)) {
      // "A court in Guyana jailed…": after a proxy noun the preposition does not hide the actor.
      // "визит российского президента назвали угрозой": an actor right after an event noun is
      // that noun's author (a genitive), no subject; the search goes on left of the noun.
      if (!a->governed && a->ub > floor_ && EventNounAt(a->ub - 1)) {
        j = a->ub - 1;
        continue;
      }
      const bool proxied = a->governed && lf_.proxy.MatchEndingAt(sv_.units, a->gov_unit) > 0;
      // "The deal between Tehran and the United States, Britain … and China was announced after
      // … negotiations": the tail of a list a preposition governs is no subject either.
      if (!a->governed && a->ub > floor_ && Eligible(*a, false) &&
          (lf_.conj.MatchEndingAt(sv_.units, a->ub - 1) ||
           (a->ub > 1 && lf_.det.MatchEndingAt(sv_.units, a->ub - 1)))) {
        const std::vector<Arg> list = Group(*a, true, true, conf);
        const ActorRef* head = nullptr;
        for (const ActorRef& r : sv_.actors)
          if (doc_.mentions[r.mention].span == list.back().actor.span) head = &r;
        if (list.size() > 1 && head && head->governed &&
            !lf_.proxy.MatchEndingAt(sv_.units, head->gov_unit) &&
            !lf_.subord.MatchEndingAt(sv_.units, head->gov_unit)) {
          j = head->ub;
          continue;
        }
      }
      if (Eligible(*a, proxied || allow_place) && (!a->governed || proxied))
        return Group(*a, true, false, conf, proxied || allow_place);
      // "after Trump raised duties": a clause-opening preposition governs no verb's subject.
      if (Eligible(*a, false) && a->governed && a->ue == tb &&
          lf_.subord.MatchEndingAt(sv_.units, a->gov_unit) > 0)
        return {ToArg(*a, 0.8)};
      if (!seat && a->locative && (a->seat || a->kind == "state")) seat = a;
      j = a->ub;
      continue;
    }
    if (const size_t len = lf_.sides.MatchEndingAt(sv_.units, j))
      if (std::vector<Arg> pair = Sides(j + 1 - len, len); !pair.empty()) return pair;
    for (size_t b = j + 1; b-- > floor_ && b + 4 > j;) {
      int n = 0;
      if (NumberedAt(b, &n) == j + 1 - b) {
        if (std::vector<Arg> list = StatesList(n, b, j + 1 - b); !list.empty()) return list;
        break;
      }
    }
    // "Washington said such a step enjoyed support": a noun phrase with an article right after a
    // verb of saying is the subject of what is said, up to the trigger; it names no actor, so
    // there is none. (Not past a conjunction: "told MPs the … and accused Moscow".)
    if (lf_.ClaimVerb(sv_.units, j) && ((j + 1 < tb && lf_.det.MatchAt(sv_.units, j + 1)) ||
                                        (j + 2 < tb && lf_.det.MatchAt(sv_.units, j + 2)))) {
      bool joined = false;
      for (size_t k = j + 1; k < tb && !joined; ++k)
        joined = lf_.conj.MatchAt(sv_.units, k) || lf_.but.MatchAt(sv_.units, k) || Boundary(k);
      if (!joined) return none();
    }
    if (lf_.rel.MatchAt(sv_.units, j)) {
      if (j > 0 && lf_.prep.MatchEndingAt(sv_.units, j - 1)) continue;  // "з якою": not a subject
      size_t k = j;
      while (k > 0 && lf_.conj.MatchEndingAt(sv_.units, k - 1) && sv_.units[k - 1].lower == ",")
        --k;
      if (k > 0)
        if (const ActorRef* a = EndingAt(k - 1); a && Eligible(*a, true))
          return Group(*a, true, true, 0.8);
      return {};
    }
    if (!(j > 0 && lf_.prep.MatchEndingAt(sv_.units, j - 1)))
      if (std::vector<Arg> p = Pronoun(j); !p.empty()) {
        if (std::vector<Arg> sp = CoordinatedSpeaker(j); !sp.empty()) return sp;
        return p;
      }
    if (lf_.comp.MatchAt(sv_.units, j)) {
      conf = 0.75;
      continue;
    }
    // "Тегеран «совершил ошибку и заплатит»": a quote opening right after an actor is no
    // clause boundary; nor is a quotation that ends the clause of a verb the trigger is
    // coordinated with ("назвал освобождение «подвигом дипломатии» и поблагодарил").
    // ("заявила, що діяла «професійно», і звинуватила": a comma and a conjunction).
    auto joined = [&](size_t k) {
      while (k < tb)
        if (const size_t len = lf_.conj.MatchAt(sv_.units, k))
          k += len;
        else
          break;
      return k == tb;
    };
    if (Boundary(j) && ClosingQuote(sv_.units[j]) && j + 1 < tb && joined(j + 1))
      if (const size_t open = QuoteOpening(j); open != SIZE_MAX) {
        j = open;
        continue;
      }
    // "Байден и Путин, как ожидается, проведут…": a short parenthetical between commas right
    // before the trigger, with no actor in it, is no clause boundary.
    if (Boundary(j) && j > floor_ + 1 && sv_.units[j - 1].lower == ",") {
      size_t c = j + 1;
      while (c < tb && c < j + 4 && sv_.units[c].lower != ",") ++c;
      if (c < tb && sv_.units[c].lower == "," &&
          std::none_of(sv_.actors.begin(), sv_.actors.end(),
                       [&](const ActorRef& a) { return a.ub >= j && a.ub < c; })) {
        --j;
        continue;
      }
    }
    // "Лідери ЄС зберуться на саміт, щоб ухвалити санкції": an infinitive of purpose right after
    // its conjunction has the main clause's subject.
    if (const size_t len = Boundary(j) ? lf_.compl_open.MatchAt(sv_.units, j) : 0;
        len && j + len <= tb && lf_.Infinitive(sv_.units[j + len])) {
      if (j > floor_ && sv_.units[j - 1].lower == ",") --j;
      continue;
    }
    if (Boundary(j) && !(OpeningQuote(sv_.units[j]) && j > floor_ && EndingAt(j - 1)))
      return none();
  }
  return none();
}

}  // namespace entente
