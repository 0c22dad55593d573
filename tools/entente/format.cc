#include "commands.h"

namespace entente::cli {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Fit(const std::string& s, size_t width) {
  std::string out;
  size_t cols = 0, i = 0;
  while (i < s.size() && cols < width) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    if (cols + 1 == width && i + len < s.size()) {
      out += "…";
      ++cols;
      break;
    }
    char ch = s[i];
    if (len == 1 && (ch == '\n' || ch == '\t' || ch == '\r'))
      out += ' ';
    else
      out.append(s, i, len);
    i += len;
    ++cols;
  }
  out.append(width - cols, ' ');
  return out;
}

}  // namespace entente::cli
