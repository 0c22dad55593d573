// store/clickhouse/clickhouse_search.cc — search without a full-text index: every document
// carries its lower-cased words (" w1 w2 ... "), a query word matches as a word prefix
// (position(search_words, ' ' || word)), and hits are ranked in C++ by matches in the title
// (counted twice) and the body. SQLite ranks by bm25 and folds diacritics, so the order of hits
// and their snippets may differ between the stores; which documents match is the same for
// plain words of letters and digits.
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "store/clickhouse/clickhouse_internal.h"
#include "store/clickhouse/clickhouse_schema.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {
namespace clickhouse {
namespace {

bool IsWordChar(UChar32 c) { return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

std::string Lower(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toLower()
      .toUTF8String(out);
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0, start = -1;
  while (i <= n) {
    const int32_t at = i;
    UChar32 c = -1;
    if (i < n) U8_NEXT(s, i, n, c);
    const bool word = i <= n && at < n && c >= 0 && IsWordChar(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      const auto b = static_cast<uint32_t>(start), e = static_cast<uint32_t>(at);
      out.push_back({Lower(text.substr(b, e - b)), b, e});
      start = -1;
    }
    if (at == n) break;
  }
  return out;
}

std::string SearchWords(std::string_view title, std::string_view body) {
  std::string out = " ";
  for (std::string_view part : {title, body}) {
    for (const Word& w : Words(part)) out += w.lower + " ";
  }
  return out;
}

}  // namespace clickhouse

namespace {

// A query word matches a word it starts (three or more code points) or equals (shorter ones).
bool Matches(const std::string& word, const std::string& query) {
  return clickhouse::CodePoints(query) >= 3 ? word.rfind(query, 0) == 0 : word == query;
}

size_t CountMatches(const std::vector<clickhouse::Word>& words,
                    const std::vector<std::string>& query) {
  size_t n = 0;
  for (const auto& w : words) {
    for (const std::string& q : query) n += Matches(w.lower, q);
  }
  return n;
}

// Up to 24 words of `text` around the first match, matches between '\x01' and '\x02', cuts
// marked "…" (the shape of SQLite's snippet()).
std::string Snippet(const std::string& text, const std::vector<std::string>& query) {
  const auto words = clickhouse::Words(text);
  if (words.empty()) return "";
  size_t first = 0;
  while (first < words.size() && CountMatches({words[first]}, query) == 0) ++first;
  if (first == words.size()) first = 0;
  const size_t begin = first > 4 ? first - 4 : 0, end = std::min(words.size(), begin + 24);
  std::string out = begin > 0 ? "…" : "";
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out.append(text, words[i - 1].end, words[i].begin - words[i - 1].end);
    const bool hit = CountMatches({words[i]}, query) > 0;
    if (hit) out += '\x01';
    out.append(text, words[i].begin, words[i].end - words[i].begin);
    if (hit) out += '\x02';
  }
  if (end < words.size()) out += "…";
  return out;
}

}  // namespace

Expected<std::vector<SearchHit>> ClickHouseStore::Search(const std::string& query, size_t limit) {
  std::vector<std::string> words;
  for (const auto& w : clickhouse::Words(query)) words.push_back(w.lower);
  std::vector<SearchHit> out;
  if (words.empty()) return out;
  std::string where;
  for (const std::string& w : words) {
    const bool prefix = clickhouse::CodePoints(w) >= 3;
    where +=
        " AND position(search_words, " + clickhouse::Quote(" " + w + (prefix ? "" : " ")) + ") > 0";
  }
  auto rows = Query("SELECT doc_id, url, source, lang, pub_date, title, text, body FROM " +
                    Table("documents") + " FINAL WHERE failed = 0" + where);
  if (!rows) return rows.error();
  std::vector<std::pair<size_t, SearchHit>> hits;
  for (const clickhouse::Row& r : *rows) {
    Doc doc;
    doc.text = r[6];
    doc.body = BodyFromJson(r[7]);
    const std::string body = SearchBody(doc);
    const size_t score = 2 * CountMatches(clickhouse::Words(r[5]), words) +
                         CountMatches(clickhouse::Words(body), words);
    hits.push_back({score, {r[0], r[1], r[2], r[3], r[4], r[5], Snippet(body, words)}});
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second.doc_id < b.second.doc_id;
  });
  for (size_t i = 0; i < hits.size() && i < limit; ++i) out.push_back(std::move(hits[i].second));
  return out;
}

}  // namespace entente
