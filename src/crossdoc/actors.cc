// crossdoc/actors.cc — unlinked names that are, across documents, another entity's name
// (crossdoc.h: ActorsOf, ActorAliases).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "crossdoc/crossdoc.h"
#include "entities/phonetic.h"

namespace entente::crossdoc {
namespace {

// Shortest one-word name that may stand for a full name across documents: shorter ones are too
// often a common word's stem or a short first name ("posl", "pavl", "saif").
constexpr size_t kMinPart = 5;

bool Unlinked(const Actor& a) { return a.id.starts_with("x:"); }

// A person, or an unlinked name whose kind is unknown.
bool PersonLike(const Actor& a) { return a.kind == "person" || (Unlinked(a) && a.kind == "name"); }

bool KindsFit(const Actor& a, const Actor& b) {
  return a.kind == b.kind || (a.kind == "name" && PersonLike(b)) ||
         (b.kind == "name" && PersonLike(a));
}

bool CountriesFit(const Actor& a, const Actor& b) {
  return a.country.empty() || b.country.empty() || a.country == b.country;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != sep) continue;
    if (i > b) out.emplace_back(s.substr(b, i - b));
    b = i + 1;
  }
  return out;
}

// The phonetic words a name is compared by: an unlinked id's own; a knowledge person's English
// name's words of two letters or more, folded as unlinked ids are (entities/phonetic.h); none
// for others, or for a name with letters outside ASCII.
std::vector<std::string> WordsOf(const Actor& a) {
  if (Unlinked(a)) return Split(std::string_view(a.id).substr(2), '_');
  if (a.kind != "person") return {};
  std::string lower;
  for (char c : a.name) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) return {};
    lower += std::isalpha(u) ? static_cast<char>(std::tolower(u)) : ' ';
  }
  std::vector<std::string> out;
  for (const std::string& w : Split(lower, ' '))
    if (w.size() > 1) out.push_back(entities_internal::PhoneticWord(w));
  return out;
}

// No word with a digit: a model or a group's name ("Boeing 737", "G20"), never a person's.
bool Spelled(const std::vector<std::string>& words) {
  return std::none_of(words.begin(), words.end(), [](const std::string& w) {
    return std::any_of(w.begin(), w.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  });
}

}  // namespace

std::vector<Actor> ActorsOf(const std::vector<const Doc*>& docs) {
  struct Seen {
    std::tuple<std::string, std::string, std::string, std::string> row;  // name, kind, country,
                                                                         // sector
    size_t documents = 0, mentions = 0;
  };
  std::map<std::string, Seen> by_id;
  for (const Doc* doc : docs) {
    for (const Entity& e : doc->entities) {
      if (e.mentions.empty()) continue;
      auto row = std::tie(e.name, e.kind, e.country, e.sector);
      auto [it, added] = by_id.try_emplace(e.id, Seen{row, 0, 0});
      if (!added && row < it->second.row) it->second.row = row;
      ++it->second.documents;
      it->second.mentions += e.mentions.size();
    }
  }
  std::vector<Actor> out;
  out.reserve(by_id.size());
  for (const auto& [id, s] : by_id) {
    out.push_back(Actor{id, std::get<0>(s.row), std::get<1>(s.row), std::get<2>(s.row), s.documents,
                        s.mentions});
  }
  return out;
}

std::map<std::string, std::string> ActorAliases(const std::vector<Actor>& input) {
  std::vector<Actor> actors = input;
  std::sort(actors.begin(), actors.end(),
            [](const Actor& a, const Actor& b) { return a.id < b.id; });
  const size_t n = actors.size();
  std::vector<std::vector<std::string>> words(n);
  for (size_t i = 0; i < n; ++i) words[i] = WordsOf(actors[i]);
  // The more widely named of two: more documents, then mentions, then the smaller id.
  auto wider = [&](size_t i, size_t j) {
    const Actor &a = actors[i], &b = actors[j];
    return std::tie(a.documents, a.mentions, b.id) > std::tie(b.documents, b.mentions, a.id);
  };
  std::vector<size_t> to(n);
  for (size_t i = 0; i < n; ++i) to[i] = i;

  // (b) Spelling variants of multi-word unlinked names: the one wider variant, if only one.
  // Names that may be variants share a word count, a position and every word but that one.
  std::map<std::string, std::vector<size_t>> by_others;
  auto others_key = [&](size_t i, size_t k) {
    std::string key = std::to_string(k);
    for (size_t m = 0; m < words[i].size(); ++m) key += "_" + (m == k ? "" : words[i][m]);
    return key;
  };
  for (size_t i = 0; i < n; ++i) {
    if (!Unlinked(actors[i]) || !PersonLike(actors[i]) || words[i].size() < 2) continue;
    for (size_t k = 0; k < words[i].size(); ++k) by_others[others_key(i, k)].push_back(i);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!Unlinked(actors[i]) || !PersonLike(actors[i]) || words[i].size() < 2) continue;
    std::set<size_t> found;
    for (size_t k = 0; k < words[i].size(); ++k) {
      for (size_t j : by_others[others_key(i, k)]) {
        if (j != i && wider(j, i) &&
            entities_internal::SpellingVariants(words[i], words[j], false) &&
            KindsFit(actors[i], actors[j]) && CountriesFit(actors[i], actors[j]))
          found.insert(j);
      }
    }
    if (found.size() == 1) to[i] = *found.begin();
  }
  // Each step goes to a wider name, so chains end.
  auto root = [&](size_t i) {
    while (to[i] != i) i = to[i];
    return i;
  };
  for (size_t i = 0; i < n; ++i) to[i] = root(i);

  // (a) One-word unlinked names: the one full name with that surname. Not a first name: across
  // documents it joined no more names of BSNLP's to their gold ids and one to another's
  // ("Philip" to Philip Hammond), and an unknown name's first word is often a place's
  // ("Florida" of "Florida Panthers").
  std::map<std::string_view, std::vector<size_t>> by_surname;  // of person names of 2–4 words
  for (size_t j = 0; j < n; ++j) {
    const auto& ww = words[j];
    if (ww.size() >= 2 && ww.size() <= 4 && PersonLike(actors[j]) && Spelled(ww))
      by_surname[ww.back()].push_back(j);
  }
  for (size_t i = 0; i < n; ++i) {
    const Actor& part = actors[i];
    if (!Unlinked(part) || !PersonLike(part) || words[i].size() != 1 ||
        words[i][0].size() < kMinPart)
      continue;
    std::set<size_t> surname;  // the roots of the names that fit
    auto it = by_surname.find(words[i][0]);
    if (it == by_surname.end()) continue;
    for (size_t j : it->second)
      if (KindsFit(part, actors[j]) && CountriesFit(part, actors[j])) surname.insert(to[j]);
    if (surname.size() == 1) to[i] = *surname.begin();
  }
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (to[i] != i) out.emplace(actors[i].id, actors[to[i]].id);
  return out;
}

const std::string& ActorAliasMap::Canonical(const std::string& id) const {
  auto it = canonical.find(id);
  return it == canonical.end() ? id : it->second;
}

std::vector<std::string> ActorAliasMap::Named(const std::string& id) const {
  const std::string& of = Canonical(id);
  std::vector<std::string> out{of};
  if (auto it = aliases.find(of); it != aliases.end())
    out.insert(out.end(), it->second.begin(), it->second.end());
  return out;
}

ActorAliasMap AliasMapOf(const std::vector<Actor>& actors) {
  ActorAliasMap out;
  out.canonical = ActorAliases(actors);
  for (const auto& [alias, id] : out.canonical) out.aliases[id].push_back(alias);  // sorted
  return out;
}

}  // namespace entente::crossdoc
