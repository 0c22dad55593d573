// serve/knowledge.cc — loading the CAMEO scale and the people tables from the pack.
#include "serve/knowledge.h"

#include <algorithm>
#include <cstdlib>

#include "knowledge/pack.h"

namespace entente::serve {

Expected<Knowledge> Knowledge::Load(const std::string& pack_path) {
  auto pack = Pack::Load(pack_path.empty() ? DefaultPackPath() : pack_path);
  if (!pack) return pack.error();
  const Table* cameo = (*pack)->Find("kb/cameo");
  if (!cameo) return Status::Error("the data pack has no kb/cameo table");
  Knowledge k;
  for (size_t r = 0; r < cameo->rows(); ++r) {
    std::string goldstein(cameo->Cell(r, "goldstein")), quad(cameo->Cell(r, "quad_class"));
    k.cameo_[std::string(cameo->Cell(r, "code"))] = {std::strtod(goldstein.c_str(), nullptr),
                                                     std::atoi(quad.c_str())};
    if (auto type = cameo->Cell(r, "plover_type"); !type.empty()) k.plover_types_.emplace(type);
  }
  if (const Table* states = (*pack)->Find("kb/state_names")) {
    for (size_t r = 0; r < states->rows(); ++r) {
      // The shortest English name, as the entities stage names states ("South Korea").
      if (states->Cell(r, "lang") != "en") continue;
      std::string& name = k.code_names_[std::string(states->Cell(r, "iso3"))];
      if (name.empty() || states->Cell(r, "name").size() < name.size()) {
        name = states->Cell(r, "name");
      }
    }
  }
  if (const Table* igos = (*pack)->Find("kb/igos")) {
    for (size_t r = 0; r < igos->rows(); ++r) {
      k.code_names_.emplace(igos->Cell(r, "code"), igos->Cell(r, "name_en"));
    }
  }
  for (const auto& [group, table] : (*pack)->FindGroup("kb/people/", "/roles")) {
    for (size_t r = 0; r < table->rows(); ++r) {
      k.roles_.emplace(
          std::string(table->Cell(r, "person")),
          PersonRole{std::string(table->Cell(r, "role")), std::string(table->Cell(r, "country")),
                     std::string(table->Cell(r, "start")), std::string(table->Cell(r, "end"))});
    }
  }
  for (const auto& [group, table] : (*pack)->FindGroup("kb/people/", "/names")) {
    for (size_t r = 0; r < table->rows(); ++r) {
      k.names_.emplace(
          std::string(table->Cell(r, "person")),
          KnownName{std::string(table->Cell(r, "lang")), std::string(table->Cell(r, "name"))});
    }
  }
  return k;
}

const CameoInfo* Knowledge::Cameo(std::string_view code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

std::vector<PersonRole> Knowledge::RolesOf(std::string_view person) const {
  std::vector<PersonRole> out;
  auto [lo, hi] = roles_.equal_range(person);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  std::stable_sort(out.begin(), out.end(),
                   [](const PersonRole& x, const PersonRole& y) { return x.start < y.start; });
  return out;
}

std::string Knowledge::CodeName(std::string_view code) const {
  auto it = code_names_.find(code);
  return it == code_names_.end() ? "" : it->second;
}

std::vector<KnownName> Knowledge::NamesOf(std::string_view person) const {
  std::vector<KnownName> out;
  auto [lo, hi] = names_.equal_range(person);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
}

}  // namespace entente::serve
