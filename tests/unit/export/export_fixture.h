// tests/unit/export/export_fixture.h — a store per test, exports to strings, and a small XML
// well-formedness check.
#ifndef ENTENTE_TESTS_UNIT_EXPORT_EXPORT_FIXTURE_H_
#define ENTENTE_TESTS_UNIT_EXPORT_EXPORT_FIXTURE_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/export.h"
#include "unit/store/store_corpus.h"

namespace entente::testing {

class ExportTest : public StoreTest {
 protected:
  // A store at Path(name) holding `docs`.
  std::unique_ptr<Store> StoreOf(const std::vector<Doc>& docs, const std::string& name = "x.db") {
    auto store = OpenRw(name);
    if (!store) return nullptr;
    auto written = store->Write(docs);
    EXPECT_TRUE(written.ok()) << written.error();
    return store;
  }
  std::string Export(Store& store, ExportFormat format, const EventFilter& filter = {}) {
    std::ostringstream out;
    Status s = WriteExport(store, format, ExportOptions{.filter = filter}, out);
    EXPECT_TRUE(s.ok()) << s;
    return out.str();
  }
};

inline std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at; (at = s.find(sep, start)) != std::string::npos; start = at + 1) {
    out.push_back(s.substr(start, at - start));
  }
  out.push_back(s.substr(start));
  return out;
}

// The lines of `text` (which ends with a line break), without it.
inline std::vector<std::string> Lines(const std::string& text) {
  EXPECT_TRUE(text.empty() || text.back() == '\n');
  std::vector<std::string> lines = Split(text, '\n');
  lines.pop_back();
  return lines;
}

// "" iff `xml` is well-formed as far as these exports go: one root element, matched tags,
// quoted attributes, no raw '<' or stray '&' in text or values, an XML declaration first.
inline std::string XmlProblem(const std::string& xml) {
  auto entity_ok = [&](size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
      if (xml.compare(at, std::string(e).size(), e) == 0) return true;
    }
    size_t end = xml.find(';', at);
    if (xml.compare(at, 2, "&#") != 0 || end == std::string::npos || end == at + 2) return false;
    for (size_t i = at + 2; i < end; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(xml[i]))) return false;
    }
    return true;
  };
  if (xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) != 0) return "no declaration";
  std::vector<std::string> open;
  int roots = 0;
  size_t i = xml.find("?>") + 2;
  while (i < xml.size()) {
    if (xml[i] != '<') {
      if (xml[i] == '&' && !entity_ok(i)) return "bad entity at " + std::to_string(i);
      if (xml[i] == '>') return "raw > at " + std::to_string(i);
      if (open.empty() && !std::isspace(static_cast<unsigned char>(xml[i])))
        return "text outside the root at " + std::to_string(i);
      ++i;
      continue;
    }
    const bool closing = xml[i + 1] == '/';
    size_t p = i + (closing ? 2 : 1);
    size_t name_end = xml.find_first_of(" \n/>", p);
    if (name_end == std::string::npos || name_end == p) return "bad tag at " + std::to_string(i);
    std::string name = xml.substr(p, name_end - p);
    p = name_end;
    // Attributes: name="value".
    while (true) {
      while (p < xml.size() && std::isspace(static_cast<unsigned char>(xml[p]))) ++p;
      if (p >= xml.size()) return "unterminated tag " + name;
      if (xml[p] == '>' || xml.compare(p, 2, "/>") == 0) break;
      size_t eq = xml.find('=', p);
      if (closing || eq == std::string::npos || xml[eq + 1] != '"')
        return "bad attribute in " + name;
      size_t end = xml.find('"', eq + 2);
      if (end == std::string::npos) return "unterminated value in " + name;
      for (size_t k = eq + 2; k < end; ++k) {
        if (xml[k] == '<') return "raw < in an attribute of " + name;
        if (xml[k] == '&' && !entity_ok(k)) return "bad entity in an attribute of " + name;
      }
      p = end + 1;
    }
    const bool empty = xml[p] == '/';
    i = p + (empty ? 2 : 1);
    if (closing) {
      if (open.empty() || open.back() != name) return "unmatched </" + name + ">";
      open.pop_back();
    } else {
      if (open.empty()) ++roots;
      if (!empty) open.push_back(name);
    }
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (roots != 1) return "expected one root element, got " + std::to_string(roots);
  return "";
}

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_EXPORT_EXPORT_FIXTURE_H_
