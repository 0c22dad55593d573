// events, graph, timeline, export and serve: the commands that read the store.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "export/export.h"
#include "knowledge/reference.h"
#include "output/jsonl.h"

namespace entente::cli {
namespace {

Expected<std::unique_ptr<Store>> OpenForReading(const std::string& db) {
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  if (!store) std::cerr << "entente: " << store.error().message() << "\n";
  return store;
}

// "IRN Ebrahim Raisi", "RUS Russia": the code, then the English name (or the words in the text).
std::string Side(const EventActor& a, const std::string& name) {
  std::string label = name.empty() ? a.text : name;
  return a.country.empty() ? label : a.country + " " + label;
}

std::string Confidence(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

const char* kEventCsvHeader =
    "event_id,doc_id,date,pub_date,src_country,src_actor,src_text,type,cameo,mode,tgt_country,"
    "tgt_actor,tgt_text,trigger,modality,attribution,place,lang,source,url,confidence,sentence";

void EventCsvRow(std::ostream& out, const StoredEvent& s) {
  const Event& e = s.event;
  const std::string fields[] = {s.id,
                                s.doc_id,
                                e.date,
                                s.pub_date,
                                e.src.country,
                                e.src.actor,
                                e.src.text,
                                e.type,
                                e.cameo,
                                e.mode,
                                e.tgt.country,
                                e.tgt.actor,
                                e.tgt.text,
                                e.trigger_text,
                                std::string(ModalityName(e.modality)),
                                e.attribution,
                                e.place ? e.place->name : "",
                                s.lang,
                                s.source,
                                s.url,
                                Confidence(e.confidence),
                                s.sentence_text};
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out << ',';
    out << CsvField(f);
    first = false;
  }
  out << '\n';
}

}  // namespace

int Events(const std::string& db, const EventFilter& filter, const std::string& format) {
  auto store = OpenForReading(db);
  if (!store) return kExitUsage;
  if (format == "csv") std::cout << kEventCsvHeader << '\n';
  if (format == "table")
    std::cout << Fit("date", 13) << Fit("source", 28) << Fit("event", 20) << Fit("target", 28)
              << Fit("modality", 10) << "evidence\n";
  size_t n = 0;
  Status st = (*store)->ForEachEvent(filter, [&](const StoredEvent& s) {
    ++n;
    const Event& e = s.event;
    if (format == "jsonl") {
      nlohmann::json j = EventToJson(e);
      j["id"] = s.id;
      j["doc_id"] = s.doc_id;
      j["pub_date"] = s.pub_date;
      j["lang"] = s.lang;
      j["source"] = s.source;
      j["url"] = s.url;
      j["sentence_text"] = s.sentence_text;
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else if (format == "csv") {
      EventCsvRow(std::cout, s);
    } else {
      std::cout << Fit(e.date.empty() ? "(" + s.pub_date.substr(0, 10) + ")" : e.date, 13)
                << Fit(Side(e.src, s.src_name), 28)
                << Fit(e.type + (e.mode.empty() ? "" : "/" + e.mode), 20)
                << Fit(Side(e.tgt, s.tgt_name), 28)
                << Fit(std::string(ModalityName(e.modality)), 10) << Fit(s.sentence_text, 90)
                << '\n';
    }
  });
  if (!st.ok()) {
    std::cerr << "entente: " << st.message() << "\n";
    return kExitUsage;
  }
  if (format == "table") std::cout << n << " events\n";
  return kExitOk;
}

int Graph(const std::string& db, const EventFilter& filter, const std::string& format) {
  auto store = OpenForReading(db);
  if (!store) return kExitUsage;
  auto edges = (*store)->Graph(filter);
  if (!edges) {
    std::cerr << "entente: " << edges.error().message() << "\n";
    return kExitUsage;
  }
  if (format == "json") {
    nlohmann::json j = nlohmann::json::array();
    for (const GraphEdge& e : *edges)
      j.push_back({{"a", e.a},
                   {"b", e.b},
                   {"by_type", e.by_type},
                   {"cooperation", e.cooperation},
                   {"conflict", e.conflict},
                   {"events", e.events},
                   {"mentions", e.mentions},
                   {"documents", e.documents},
                   {"sources", e.sources},
                   {"independent", e.independent}});
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  // events: real-world events; mentions: reports of them; indep: independent sources.
  std::cout << Fit("pair", 28) << Fit("events", 8) << Fit("mentions", 10) << Fit("coop", 6)
            << Fit("confl", 7) << Fit("docs", 6) << Fit("indep", 7) << "by type\n";
  for (const GraphEdge& e : *edges) {
    std::string types;
    for (const auto& [type, n] : e.by_type) types += type + " " + std::to_string(n) + "  ";
    std::cout << Fit(e.a + " — " + e.b, 28) << Fit(std::to_string(e.events), 8)
              << Fit(std::to_string(e.mentions), 10) << Fit(std::to_string(e.cooperation), 6)
              << Fit(std::to_string(e.conflict), 7) << Fit(std::to_string(e.documents), 6)
              << Fit(std::to_string(e.independent), 7) << types << '\n';
  }
  return kExitOk;
}

int Timeline(const std::string& db, const EventFilter& filter, const std::string& format,
             const std::string& data_pack) {
  auto reference = Reference::Load(data_pack);
  if (!reference) {
    std::cerr << "entente: " << reference.error().message() << "\n";
    return kExitUsage;
  }
  auto store = OpenForReading(db);
  if (!store) return kExitUsage;
  auto months = (*store)->Graph(filter, {.by_month = true});
  if (!months) {
    std::cerr << "entente: " << months.error().message() << "\n";
    return kExitUsage;
  }
  // One row per month (several country pairs when a side is a person are summed).
  std::map<std::string, GraphEdge> by_month;
  for (const GraphEdge& e : *months) {
    GraphEdge& m = by_month[e.month];
    m.events += e.events;
    m.mentions += e.mentions;
    m.cooperation += e.cooperation;
    m.conflict += e.conflict;
    m.independent = std::max(m.independent, e.independent);
    for (const auto& [code, n] : e.by_cameo) m.by_cameo[code] += n;
  }
  if (format == "json") {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& [month, m] : by_month) {
      Balance b = reference->BalanceOf(m.by_cameo);
      j.push_back({{"month", month},
                   {"events", m.events},
                   {"mentions", m.mentions},
                   {"cooperation", m.cooperation},
                   {"conflict", m.conflict},
                   {"independent", m.independent},
                   {"alliance_index", b.alliance_index},
                   {"goldstein", b.goldstein_mean}});
    }
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  std::cout << filter.actor << " — " << filter.partner << "\n"
            << Fit("month", 9) << Fit("events", 8) << Fit("mentions", 10) << Fit("coop", 6)
            << Fit("confl", 7) << Fit("indep", 7) << Fit("alliance", 10) << "goldstein\n";
  char number[32];
  for (const auto& [month, m] : by_month) {
    Balance b = reference->BalanceOf(m.by_cameo);
    std::snprintf(number, sizeof number, "%+.2f", b.alliance_index);
    std::string alliance = number;
    std::snprintf(number, sizeof number, "%+.1f", b.goldstein_mean);
    std::cout << Fit(month, 9) << Fit(std::to_string(m.events), 8)
              << Fit(std::to_string(m.mentions), 10) << Fit(std::to_string(m.cooperation), 6)
              << Fit(std::to_string(m.conflict), 7) << Fit(std::to_string(m.independent), 7)
              << Fit(alliance, 10) << number << '\n';
  }
  if (by_month.empty()) std::cout << "no events between them\n";
  return kExitOk;
}

int Export(const std::string& db, const std::string& format, const std::string& out_path,
           const EventFilter& filter, const std::string& data_pack) {
  auto store = OpenForReading(db);
  if (!store) return kExitUsage;
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary);
    if (!file) {
      std::cerr << "entente: cannot write " << out_path << "\n";
      return kExitUsage;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  Status st;
  if (std::optional<ExportFormat> other = ParseExportFormat(format)) {
    // GDELT event and mention tables, GraphML and GEXF actor graphs (src/export).
    st = WriteExport(**store, *other, ExportOptions{.filter = filter, .data_pack = data_pack}, out);
  } else if (format == "jsonl") {
    // One extract-contract line per stored document, with its text. With filters: the
    // documents with at least one event they select (--limit: at most that many documents).
    const bool selective = !filter.actor.empty() || !filter.partner.empty() ||
                           !filter.country.empty() || !filter.type.empty() ||
                           !filter.from.empty() || !filter.to.empty() || !filter.lang.empty() ||
                           !filter.source.empty() || !filter.modality.empty();
    size_t written = 0;
    Status inner;
    st = (*store)->ForEachDocument([&](const Doc& d) {
      if (!inner.ok() || (filter.limit && written >= filter.limit)) return;
      if (selective) {
        EventFilter one = filter;
        one.doc_id = d.id;
        one.limit = 1;
        one.offset = 0;
        bool any = false;
        inner = (*store)->ForEachEvent(one, [&any](const StoredEvent&) { any = true; });
        if (!any) return;
      }
      out << ExtractLine(d, true) << '\n';
      ++written;
    });
    if (st.ok()) st = inner;
  } else {
    out << kEventCsvHeader << '\n';
    st = (*store)->ForEachEvent(filter, [&](const StoredEvent& s) { EventCsvRow(out, s); });
  }
  if (st.ok()) out.flush();
  if (!out) {
    st = Status::Error("writing the export to " +
                       (out_path.empty() ? std::string("standard output") : out_path) + " failed");
  }
  if (!st.ok()) {
    std::cerr << "entente: " << st.message() << "\n";
    if (!out_path.empty()) {
      file.close();
      // No truncated export left behind (a regular file only: never /dev/full or a pipe).
      std::error_code ec;
      if (std::filesystem::is_regular_file(out_path, ec)) std::filesystem::remove(out_path, ec);
    }
    return kExitUsage;
  }
  return kExitOk;
}

int Serve(const ServeOptions& options) {
  Status s = Serve(options, [&options](int port) {
    std::cout << "listening on http://" << options.host << ":" << port << std::endl;
  });
  if (!s.ok()) {
    std::cerr << "entente: " << s.message() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace entente::cli
