// export/export.cc — the entry point and the helpers the writers share.
#include "export/export.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/internal.h"

namespace entente {

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "mentions") return ExportFormat::kMentions;
  if (name == "graphml") return ExportFormat::kGraphml;
  if (name == "gexf") return ExportFormat::kGexf;
  return std::nullopt;
}

int64_t GdeltEventId(std::string_view event_id) {
  uint64_t h = XXH64(event_id.data(), event_id.size(), 0) & 0x7fffffffffffffffULL;
  return h == 0 ? 1 : static_cast<int64_t>(h);
}

const std::vector<std::string_view>& GdeltEventColumns() {
  // GDELT 2.0 Event Codebook (V2.0, 2/19/2015), in file order.
  static const std::vector<std::string_view> kColumns = [] {
    std::vector<std::string_view> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
                                       "FractionDate"};
    static const char* kActor[] = {
        "Actor1Code",           "Actor1Name",           "Actor1CountryCode",
        "Actor1KnownGroupCode", "Actor1EthnicCode",     "Actor1Religion1Code",
        "Actor1Religion2Code",  "Actor1Type1Code",      "Actor1Type2Code",
        "Actor1Type3Code",      "Actor2Code",           "Actor2Name",
        "Actor2CountryCode",    "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code",  "Actor2Religion2Code",  "Actor2Type1Code",
        "Actor2Type2Code",      "Actor2Type3Code"};
    c.insert(c.end(), std::begin(kActor), std::end(kActor));
    for (const char* name :
         {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(name);
    static const char* kGeo[] = {
        "Actor1Geo_Type",     "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat",      "Actor1Geo_Long",        "Actor1Geo_FeatureID",
        "Actor2Geo_Type",     "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
        "Actor2Geo_ADM2Code", "Actor2Geo_Lat",      "Actor2Geo_Long",        "Actor2Geo_FeatureID",
        "ActionGeo_Type",     "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat",      "ActionGeo_Long",        "ActionGeo_FeatureID"};
    c.insert(c.end(), std::begin(kGeo), std::end(kGeo));
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return kColumns;
}

const std::vector<std::string_view>& GdeltMentionColumns() {
  static const std::vector<std::string_view> kColumns = {"GLOBALEVENTID",
                                                         "EventTimeDate",
                                                         "MentionTimeDate",
                                                         "MentionType",
                                                         "MentionSourceName",
                                                         "MentionIdentifier",
                                                         "SentenceID",
                                                         "Actor1CharOffset",
                                                         "Actor2CharOffset",
                                                         "ActionCharOffset",
                                                         "InRawText",
                                                         "Confidence",
                                                         "MentionDocLen",
                                                         "MentionDocTone",
                                                         "MentionDocTranslationInfo",
                                                         "Extras"};
  return kColumns;
}

Status WriteExport(Store& store, ExportFormat format, const ExportOptions& options,
                   std::ostream& out) {
  using namespace exporting;
  Status st;
  if (format == ExportFormat::kMentions) {
    st = WriteGdeltMentions(store, options.filter, out);
  } else {
    auto kb = Reference::Load(options.data_pack);
    if (!kb) return kb.error();
    switch (format) {
      case ExportFormat::kGdelt:
        st = WriteGdeltEvents(store, *kb, options.filter, out);
        break;
      case ExportFormat::kGraphml:
        st = WriteGraphml(store, *kb, options.filter, out);
        break;
      case ExportFormat::kGexf:
        st = WriteGexf(store, *kb, options.filter, out);
        break;
      case ExportFormat::kMentions:
        break;
    }
  }
  if (!st.ok()) return st;
  out.flush();
  if (!out) return Status::Error("writing the export failed");
  return Status();
}

namespace exporting {

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

namespace {

// Decodes the UTF-8 sequence at s[i]; returns its length, or 0 if it is not valid UTF-8 (an
// overlong form, a surrogate, past U+10FFFF, or cut short).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t& cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  size_t len;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if (c >= 0xc2 && c <= 0xdf) {
    len = 2, cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    len = 3, cp = c & 0x0f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    len = 4, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(k) & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3f);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
      (cp >= 0xd800 && cp <= 0xdfff))
    return 0;
  return len;
}

}  // namespace

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = DecodeUtf8(s, i, cp);
    bool allowed =
        len > 0 && (cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
                    (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000);
    if (!allowed) {
      out += "\xef\xbf\xbd";  // U+FFFD
      i += len > 0 ? len : 1;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      // Attribute values normalise raw line breaks and tabs to spaces; keep them as they are.
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

int64_t CodePointOffset(std::string_view text, size_t byte) {
  byte = std::min(byte, text.size());
  int64_t n = 0;
  for (size_t i = 0; i < byte; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) ++n;
  }
  return n;
}

std::string Number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::optional<Ymd> ParseDate(std::string_view s) {
  auto digits = [&](size_t at, size_t n, int& value) {
    if (s.size() < at + n) return false;
    value = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      value = value * 10 + (s[i] - '0');
    }
    return true;
  };
  Ymd d;
  if (!digits(0, 4, d.y)) return std::nullopt;
  if (s.size() > 4 && (s[4] != '-' || !digits(5, 2, d.m) || d.m < 1 || d.m > 12))
    return std::nullopt;
  if (s.size() > 7 && (s[7] != '-' || !digits(8, 2, d.d) || d.d < 1 || d.d > 31))
    return std::nullopt;
  return d;
}

std::string Yyyymmdd(const Ymd& date) {
  // A partial date ("2024-04", "2024") is filed under its first day, as GDELT has no way to
  // say "some day in April"; the entente export (jsonl, csv) keeps the precision.
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", date.y, date.m ? date.m : 1, date.d ? date.d : 1);
  return buf;
}

Expected<std::unordered_map<std::string, double>> DocTones(Store& store) {
  std::unordered_map<std::string, double> out;
  Status s = store.ForEachProfile([&](const DocProfile& p) {
    if (p.words == 0) return;
    FramingProfile f;
    f.Add(p.framing, p.words);
    out[p.doc_id] = f.Tone();
  });
  if (!s.ok()) return s;
  return out;
}

Expected<const Doc*> DocCache::Get(const std::string& id) {
  if (auto it = index_.find(id); it != index_.end()) {
    docs_.splice(docs_.begin(), docs_, it->second);
    return &docs_.front();
  }
  auto doc = store_.Document(id);
  if (!doc) return doc.error();
  if (!*doc) return static_cast<const Doc*>(nullptr);
  docs_.push_front(std::move(**doc));
  index_[id] = docs_.begin();
  if (docs_.size() > capacity_) {
    index_.erase(docs_.back().id);
    docs_.pop_back();
  }
  return &docs_.front();
}

}  // namespace exporting
}  // namespace entente
