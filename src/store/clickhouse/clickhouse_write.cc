// store/clickhouse/clickhouse_write.cc — writing documents: one INSERT per table per batch,
// child rows before document rows (clickhouse_store.h says why that is safe and idempotent).
#include <algorithm>
#include <chrono>
#include <future>
#include <iterator>

#include "crossdoc/crossdoc.h"
#include "framing/framing.h"
#include "store/clickhouse/clickhouse_internal.h"
#include "store/clickhouse/clickhouse_schema.h"
#include "store/sqlite_store.h"
#include "store/store_common.h"

namespace entente {

using clickhouse::TsvRow;

Expected<std::map<std::string, std::string>> ClickHouseStore::StoredHashes(
    const std::vector<std::string>& ids) {
  std::map<std::string, std::string> out;
  for (const auto& part : clickhouse::Chunks(ids, 1000)) {
    auto rows = Query("SELECT doc_id, argMax(content_hash, ver) FROM " + Table("documents") +
                      " WHERE doc_id IN " + clickhouse::QuoteList(part) + " GROUP BY doc_id");
    if (!rows) return rows.error();
    for (auto& r : *rows) {
      if (r.size() == 2) out[r[0]] = r[1];
    }
  }
  return out;
}

bool ClickHouseStore::Has(const std::string& id, const std::string& content_hash) {
  return HasEach({{id, content_hash}})[0];
}

std::vector<bool> ClickHouseStore::HasEach(
    const std::vector<std::pair<std::string, std::string>>& docs) {
  std::vector<std::string> ids;
  ids.reserve(docs.size());
  for (const auto& d : docs) ids.push_back(d.first);
  auto stored = StoredHashes(ids);
  std::vector<bool> out(docs.size(), false);
  if (!stored) return out;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto it = stored->find(docs[i].first);
    out[i] = it != stored->end() && it->second == docs[i].second;
  }
  return out;
}

Expected<WriteResult> ClickHouseStore::Write(const std::vector<Doc>& docs) {
  if (mode_ == Mode::kReadOnly) {
    return Status::Error("cannot write to '" + location_ + "': the store was opened read-only");
  }
  ahead_.clear();  // read-ahead documents may be replaced by this write
  std::vector<std::string> ids;
  for (const Doc& d : docs) ids.push_back(d.id);
  auto stored = StoredHashes(ids);
  if (!stored)
    return Status::Error("cannot write to '" + location_ + "': " + stored.error().message());

  // Versions: write time in ns, one apart within the batch, so a later copy of an id in the
  // same batch wins as it does in SQLite.
  const auto base = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count());
  std::map<std::string, std::string> rows;  // table → TabSeparated rows
  WriteResult result;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Doc& doc = docs[i];
    const std::string hash = doc.ContentHash();
    auto [it, fresh] = stored->try_emplace(doc.id, hash);
    if (!fresh && it->second == hash) {
      ++result.unchanged;
      continue;
    }
    it->second = hash;
    ++result.written;
    const bool failed = doc.failed();
    const std::string title = failed ? "" : SearchTitle(doc);
    const uint64_t simhash = failed ? 0 : crossdoc::Fingerprint(BodyText(doc.text, doc.body));
    TsvRow(rows["documents"])
        .Add(doc.id)
        .Add(hash)
        .Add(base + i)
        .Add(doc.url)
        .Add(doc.source)
        .Add(doc.date)
        .Add(doc.lang)
        .Add(doc.text)
        .Add(BodyToJson(doc.body))
        .Add(uint64_t{failed})
        .Add(uint64_t{failed ? 0 : BodyWords(doc)})
        .Add(title)
        .Add(failed ? "" : clickhouse::SearchWords(title, SearchBody(doc)))
        .Add(simhash)
        .End();
    for (size_t e = 0; e < doc.errors.size(); ++e) {
      TsvRow(rows["document_errors"])
          .Add(doc.id)
          .Add(hash)
          .Add(uint64_t{e})
          .Add(doc.errors[e].code)
          .Add(doc.errors[e].message)
          .End();
    }
    if (failed) {  // a failed document keeps its text and errors, nothing extracted
      ++result.failed;
      continue;
    }
    for (const Entity& ent : doc.entities) {
      if (ent.id.empty()) continue;
      TsvRow(rows["entities"])
          .Add(doc.id)
          .Add(hash)
          .Add(ent.id)
          .Add(ent.name)
          .Add(ent.kind)
          .Add(ent.country)
          .Add(ent.sector)
          .End();
      for (Span m : ent.mentions) {
        TsvRow(rows["mentions"])
            .Add(doc.id)
            .Add(hash)
            .Add(ent.id)
            .Add(uint64_t{m.begin})
            .Add(uint64_t{m.end})
            .Add(SliceBytes(doc.text, m.begin, m.end))
            .End();
      }
    }
    for (size_t e = 0; e < doc.events.size(); ++e) {
      const Event& ev = doc.events[e];
      const Place none;
      const Place& place = ev.place ? *ev.place : none;
      TsvRow(rows["events"])
          .Add(doc.id)
          .Add(hash)
          .Add(uint64_t{e})
          .Add(EventId(hash, e))
          .Add(doc.url)
          .Add(doc.source)
          .Add(doc.lang)
          .Add(doc.date)
          .Add(ev.src.country)
          .Add(ev.src.actor)
          .Add(ev.src.text)
          .Add(uint64_t{ev.src.span.begin})
          .Add(uint64_t{ev.src.span.end})
          .Add(ev.tgt.country)
          .Add(ev.tgt.actor)
          .Add(ev.tgt.text)
          .Add(uint64_t{ev.tgt.span.begin})
          .Add(uint64_t{ev.tgt.span.end})
          .Add(ev.type)
          .Add(ev.cameo)
          .Add(ev.mode)
          .Add(ev.trigger_text)
          .Add(uint64_t{ev.trigger.begin})
          .Add(uint64_t{ev.trigger.end})
          .Add(ev.date)
          .Add(ModalityName(ev.modality))
          .Add(ev.attribution)
          .Add(uint64_t{ev.place.has_value()})
          .Add(place.name)
          .Add(place.country)
          .Add(place.lat)
          .Add(place.lon)
          .Add(uint64_t{ev.sentence.begin})
          .Add(uint64_t{ev.sentence.end})
          .Add(SliceBytes(doc.text, ev.sentence.begin, ev.sentence.end))
          .Add(ev.confidence)
          .Add(crossdoc::EventKey(ev))
          .End();
      ++result.events;
    }
    for (const StoryTerm& t : doc.story_terms) {
      TsvRow(rows["story_terms"]).Add(doc.id).Add(hash).Add(t.term).Add(t.weight).End();
    }
    for (size_t f = 0; f < doc.framing.size(); ++f) {
      const FramingHit& h = doc.framing[f];
      TsvRow(rows["framing"])
          .Add(doc.id)
          .Add(hash)
          .Add(uint64_t{f})
          .Add(h.frame)
          .Add(h.term)
          .Add(int64_t{h.tone})
          .Add(uint64_t{h.span.begin})
          .Add(uint64_t{h.span.end})
          .End();
    }
  }
  // The child tables in parallel (each insert waits for both shards), each on a connection of
  // its own; documents last: a document row makes its version current, so its rows must be
  // there first.
  static constexpr const char* kChildren[] = {"document_errors", "entities",    "mentions",
                                              "events",          "story_terms", "framing"};
  constexpr size_t kTables = std::size(kChildren);
  while (aux_.size() < kTables) aux_.emplace_back(url_.hosts[0]);
  std::vector<std::future<Status>> pending;
  for (size_t t = 0; t < kTables; ++t) {
    const std::string& body = rows[kChildren[t]];  // looked up here: the threads only read
    pending.push_back(std::async(std::launch::async, [this, &body, t] {
      return Insert(kChildren[t], clickhouse::ColumnNames(kChildren[t]), body, &aux_[t]);
    }));
  }
  Status failed;
  for (auto& p : pending)
    if (Status s = p.get(); !s.ok() && failed.ok()) failed = s;
  if (failed.ok())
    failed = Insert("documents", clickhouse::ColumnNames("documents"), rows["documents"]);
  if (!failed.ok())
    return Status::Error("cannot write to '" + location_ + "': " + failed.message());
  return result;
}

}  // namespace entente
