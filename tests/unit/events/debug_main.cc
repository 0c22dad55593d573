// Ad-hoc: prints lang, tokens, mentions and events of argv[2] (lang argv[1]).
#include <iostream>

#include "sentence_util.h"

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  const std::string lang(argv[1]), text(argv[2]);
  std::string date("2024-03-20");
  if (argc > 3) date.assign(argv[3]);
  entente::Doc d = entente::testing::RunText(text, lang, date);
  std::cout << "lang " << d.lang << " sentences " << d.sentences.size() << " errors "
            << d.errors.size() << "\n";
  for (const auto& t : d.tokens) std::cout << "[" << d.Slice(t.span) << "|" << t.key << "]";
  std::cout << "\n";
  for (const auto& m : d.mentions)
    std::cout << "  M " << d.Slice(m.span) << " → " << d.entities[m.entity].id << " "
              << d.entities[m.entity].country << " " << d.entities[m.entity].kind << "\n";
  for (const auto& e : d.events)
    std::cout << "  E " << e.src.country << " " << e.type << " " << e.tgt.country << " | "
              << e.trigger_text << " | " << e.src.text << " → " << e.tgt.text << " | " << e.date
              << " " << entente::ModalityName(e.modality) << "\n";
}
