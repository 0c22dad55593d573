// entities/institutions.cc — state institutions (lang/*/institutions, kb/institutions): the
// ministry, government, court or parliament in a title phrase, and where a phrase with no state
// of its own is placed (the document's placed mentions of its role). Actors g:<state>:<role>.
#include "entities/stage.h"

namespace entente::entities_internal {

void EntitiesStage::TitleInstitutions(const SentenceView& sv, const DictMatch& title,
                                      const DictMatch* state_after, std::string_view country,
                                      std::vector<PendingGroup>& groups) const {
  if (title.end - title.begin < 2) return;
  if (!gaz_->StateOf(country)) country = {};  // an IGO's official heads no state's ministry
  const std::vector<Unit> words(sv.units.begin() + title.begin + 1, sv.units.begin() + title.end);
  for (const DictMatch& m : gaz_->Find(words, sv.lang)) {
    const Entry* t = m.Get(EntryKind::kTitle);
    if (!t || gaz_->title(t->index).kind != TitleInfo::kInstitution) continue;
    PendingGroup g{t->index, title.begin + 1 + m.begin, title.begin + 1 + m.end, "", std::nullopt};
    g.country = country;
    if (const Entry* s = state_after ? state_after->Get(EntryKind::kState) : nullptr;
        s && g.end == title.end && gaz_->entity(s->index).country == country)
      g.end = state_after->end;
    groups.push_back(std::move(g));
  }
}

bool EntitiesStage::PlaceInstitution(Doc& doc, DocState& st, const SentenceView& sv,
                                     PendingGroup& g) const {
  const TitleInfo& info = gaz_->title(g.title);
  const bool named_state = !g.country.empty();
  if (g.country.empty() && g.known) g.country = gaz_->entity(*g.known).country;
  if (g.country.empty())
    if (auto it = st.institution_state.find(info.role); it != st.institution_state.end())
      g.country = it->second;
  if (g.country.empty() && !st.later_searched) LaterInstitutions(st);
  if (g.country.empty())
    if (auto it = st.later_institution_state.find(info.role);
        it != st.later_institution_state.end())
      g.country = it->second;
  if (g.country.empty()) return false;
  const std::string id = "g:" + g.country + ":" + info.role;
  const std::optional<uint32_t> kb = gaz_->ById(id);
  KbEntity made;
  if (!kb) made = {id, info.role + " (" + g.country + ")", "institution", g.country, info.sector};
  const KbEntity& e = kb ? gaz_->entity(*kb) : made;
  // A name (what named-entity annotation marks) is an institution written as a proper name: in
  // capitals ("МИД Великобритании", "МИД"), or with a capital that is no sentence's, or with its
  // state ("Верховный суд Пакистана", "the Foreign Office", "Правительство Великобритании
  // решило"). A common noun is a nominal mention, an actor but no name: "британского
  // правительства", "уряд Великої Британії", "the British government".
  const size_t head = g.head == SIZE_MAX ? g.begin : g.head;
  const Unit& word = sv.units[head];
  const bool name =
      word.all_caps ||
      (word.capitalized && (named_state || g.known || sv.start[head] == SentenceView::kNone));
  // A name inside its name is part of it ("Пакистана" in "Верховный суд Пакистана").
  const Span span{sv.units[g.begin].span.begin, sv.units[g.end - 1].span.end};
  for (size_t i = doc.mentions.size(); name && i-- > 0;) {
    Mention& m = doc.mentions[i];
    if (m.span.begin < sv.units.front().span.begin) break;  // an earlier sentence's
    if (span.Contains(m.span) && !(m.span == span)) m.name = Span{};
  }
  AddMention(doc, st, e, sv.units, g.begin, g.end, g.begin, name ? g.end : g.begin);
  NoteInstitution(st, info.role, g.country);
  return true;
}

void EntitiesStage::LaterInstitutions(DocState& st) const {
  st.later_searched = true;
  std::vector<bool> used;
  std::vector<PendingGroup> groups;
  for (size_t s = st.sentence + 1; s < st.views->size(); ++s) {
    const std::vector<DictMatch>& matches = (*st.matches)[s];
    used.assign(matches.size(), false);
    for (size_t k = 0; k < matches.size(); ++k) {
      const Entry* t = matches[k].Get(EntryKind::kTitle);
      if (used[k] || !t || gaz_->title(t->index).kind != TitleInfo::kInstitution) continue;
      groups.clear();
      GroupPhrase((*st.views)[s], matches, k, used, groups);
      for (const PendingGroup& g : groups)
        if (!g.country.empty())
          st.later_institution_state.try_emplace(gaz_->title(g.title).role, g.country);
    }
  }
}

void EntitiesStage::NoteInstitution(DocState& st, std::string_view role,
                                    const std::string& country) const {
  if (auto it = st.institution_state.find(role); it != st.institution_state.end())
    it->second = country;
  else
    st.institution_state.emplace(role, country);
}

}  // namespace entente::entities_internal
