// export/mentions.cc — stored mentions as rows of the GDELT 2.0 Mentions table (16 tab-separated
// columns, no header): one row per mention, joinable to the event table on GLOBALEVENTID.
//
//   GLOBALEVENTID       as in the event table (the real-world event's id).
//   EventTimeDate       the event table's DATEADDED: its first mention's publication date.
//   MentionTimeDate     this mention's publication date, YYYYMMDD000000.
//   MentionType         1 (WEB) when the document has a URL, else 2 (CITATIONONLY).
//   MentionSourceName   the URL's host without "www." (GDELT's "top-level domain"), else the
//                       outlet's name.
//   MentionIdentifier   the URL, else the document id.
//   SentenceID          the 1-based rank of the event's sentence among the document's sentences
//                       that state stored events (the store keeps no sentence table), so it
//                       orders mentions within a document but skips sentences without events.
//   Actor1CharOffset, Actor2CharOffset, ActionCharOffset
//                       where the source, target and trigger begin, in code points of the
//                       document's text (GDELT counts characters; entente's spans are bytes);
//                       -1 when the event has no words for it.
//   InRawText           1 iff the actors and trigger all lie in the event's own sentence (0 when
//                       an actor was carried over from an earlier sentence).
//   Confidence          round(confidence · 100), 0–100.
//   MentionDocLen       the document's length in code points.
//   MentionDocTone      the document's tone (DocTones in internal.h); 0 when it has no words.
//   MentionDocTranslationInfo  empty: entente reads each document in its own language.
//   Extras              empty.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

#include "export/export.h"
#include "export/internal.h"

namespace entente::exporting {
namespace {

std::string HostOf(const std::string& url) {
  size_t at = url.find("://");
  if (at == std::string::npos) return "";
  std::string host = url.substr(at + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (size_t user = host.rfind('@'); user != std::string::npos) host = host.substr(user + 1);
  if (host.empty() || host[0] != '[') host = host.substr(0, host.find(':'));  // no port
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

// The code-point offset of a non-empty span's start, else -1.
std::string Offset(const Doc* doc, Span span) {
  if (!doc || span.empty() || span.begin >= doc->text.size()) return "-1";
  return std::to_string(CodePointOffset(doc->text, span.begin));
}

std::string SentenceId(const Doc* doc, const Event& e) {
  if (!doc) return "";
  std::vector<uint32_t> starts;
  for (const Event& other : doc->events) starts.push_back(other.sentence.begin);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  auto it = std::lower_bound(starts.begin(), starts.end(), e.sentence.begin);
  if (it == starts.end() || *it != e.sentence.begin) return "";
  return std::to_string(it - starts.begin() + 1);
}

bool InRawText(const Event& e) {
  for (Span s : {e.src.span, e.tgt.span, e.trigger}) {
    if (!s.empty() && !e.sentence.Contains(s)) return false;
  }
  return true;
}

}  // namespace

Status WriteGdeltMentions(Store& store, const EventFilter& filter, std::ostream& out) {
  // First pass: each event's DATEADDED, from its first mention in the store's order (as the
  // event table fills it).
  std::unordered_map<std::string, std::string> added_of;
  auto time_of = [](const StoredEvent& s) {
    std::optional<Ymd> added = ParseDate(s.pub_date);
    if (!added) added = ParseDate(s.event.date);
    return added ? Yyyymmdd(*added) + "000000" : std::string();
  };
  Status first = store.ForEachEvent(filter, [&](const StoredEvent& s) {
    added_of.try_emplace(s.cluster.empty() ? s.id : s.cluster, time_of(s));
  });
  if (!first.ok()) return first;

  auto tones = DocTones(store);
  if (!tones) return tones.error();
  DocCache docs(store);
  Status failure;
  Status st = store.ForEachEvent(filter, [&](const StoredEvent& s) {
    if (!failure.ok() || !out) return;  // an error stops the output; the query runs out
    auto found = docs.Get(s.doc_id);
    if (!found) {
      failure = found.error();
      return;
    }
    const Doc* doc = *found;
    const Event& e = s.event;
    const std::string& event_id = s.cluster.empty() ? s.id : s.cluster;
    const std::string time = time_of(s);
    const long confidence = std::clamp(std::lround(e.confidence * 100), 0L, 100L);
    std::string source = HostOf(s.url);
    if (source.empty()) source = s.source;

    const std::string row[] = {
        std::to_string(GdeltEventId(event_id)),
        added_of[event_id],
        time,
        s.url.empty() ? "2" : "1",
        source,
        s.url.empty() ? s.doc_id : s.url,
        SentenceId(doc, e),
        Offset(doc, e.src.span),
        Offset(doc, e.tgt.span),
        Offset(doc, e.trigger),
        InRawText(e) ? "1" : "0",
        std::to_string(confidence),
        doc ? std::to_string(CodePointOffset(doc->text, doc->text.size())) : "",
        Number(tones->contains(s.doc_id) ? tones->at(s.doc_id) : 0.0, 4),
        "",
        ""};
    bool first = true;
    for (const std::string& f : row) {
      if (!first) out << '\t';
      out << TsvField(f);
      first = false;
    }
    out << '\n';
  });
  return st.ok() ? failure : st;
}

}  // namespace entente::exporting
