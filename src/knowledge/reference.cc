// knowledge/reference.cc — loading the reference tables from the pack.
#include "knowledge/reference.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "knowledge/pack.h"

namespace entente {

Expected<Reference> Reference::Load(const std::string& pack_path) {
  const std::string path = pack_path.empty() ? DefaultPackPath() : pack_path;
  auto pack = Pack::Load(path);
  if (!pack) return pack.error();
  const Table* cameo = (*pack)->Find("kb/cameo");
  if (!cameo) return Status::Error("the data pack " + path + " has no kb/cameo table");
  Reference k;
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

const CameoInfo* Reference::Cameo(std::string_view code) const {
  if (code.empty()) return nullptr;
  for (std::string key :
       {std::string(code), std::string(code.substr(0, 3)), std::string(code.substr(0, 2)) + "0"}) {
    if (auto it = cameo_.find(key); it != cameo_.end()) return &it->second;
  }
  return nullptr;
}

Balance Reference::BalanceOf(const std::map<std::string, int>& by_cameo) const {
  double sum = 0, magnitude = 0;
  int n = 0;
  for (const auto& [code, count] : by_cameo) {
    n += count;
    const CameoInfo* info = Cameo(code);
    if (!info) continue;
    sum += info->goldstein * count;
    magnitude += std::abs(info->goldstein) * count;
  }
  Balance b;
  if (magnitude > 0) b.alliance_index = std::round(sum / magnitude * 1000) / 1000;
  if (n > 0) b.goldstein_mean = std::round(sum / n * 100) / 100;
  return b;
}

std::vector<PersonRole> Reference::RolesOf(std::string_view person) const {
  std::vector<PersonRole> out;
  auto [lo, hi] = roles_.equal_range(person);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  std::stable_sort(out.begin(), out.end(),
                   [](const PersonRole& x, const PersonRole& y) { return x.start < y.start; });
  return out;
}

std::string Reference::CodeName(std::string_view code) const {
  auto it = code_names_.find(code);
  return it == code_names_.end() ? "" : it->second;
}

std::vector<KnownName> Reference::NamesOf(std::string_view person) const {
  std::vector<KnownName> out;
  auto [lo, hi] = names_.equal_range(person);
  for (auto it = lo; it != hi; ++it) out.push_back(it->second);
  return out;
}

}  // namespace entente
