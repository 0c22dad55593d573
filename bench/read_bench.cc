// Readers: .txt, .jsonl, .html, .warc and .warc.gz throughput through OpenInputs.
//
// The corpus is generated once into a temporary directory from a few news-like paragraphs in
// Ukrainian, Russian, English and French; each benchmark first checks that the reader returns the
// expected documents and text, then times full passes. bytes/s counts input bytes (uncompressed
// for .warc.gz, so the WARC figures compare); docs/s counts documents.
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gzip_member.h"
#include "read/reader.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

constexpr int kTextDocs = 400;
constexpr int kJsonlDocs = 2000;
constexpr int kHtmlDocs = 400;
constexpr int kWarcDocs = 1000;

const std::vector<std::string>& Paragraphs() {
  static const std::vector<std::string> kParagraphs = {
      "Росія намагається сформувати коаліцію проти Заходу, заявили аналітики Інституту вивчення "
      "війни (ISW). Заступник міністра закордонних справ РФ Андрій Руденко провів зустріч з "
      "послом Китаю, під час якої сторони обговорили співпрацю в рамках БРІКС.",
      "Президент Ірану Ібрагім Раїсі провів телефонну розмову з Путіним 19 березня. Сторони "
      "домовилися поглибити економічні зв'язки та координувати позиції в міжнародних "
      "організаціях, повідомляє офіційне агентство IRNA.",
      "Россия не находится в изоляции, пишет французская газета La Dépêche. Договор о "
      "всеобъемлющем стратегическом партнёрстве с КНДР и визит во Вьетнам показывают, что Москва "
      "сохраняет союзников в Азии, Африке и на Ближнем Востоке.",
      "Министр иностранных дел Сергей Лавров встретился с коллегой из Венесуэлы и обсудил "
      "поставки зерна, энергетическое сотрудничество и совместную позицию в Совете Безопасности "
      "ООН по ситуации на Ближнем Востоке.",
      "North Korea has supplied ballistic missiles and artillery shells to Russia, the White "
      "House said on Thursday, adding that Washington would impose new sanctions on entities "
      "involved in the transfers. Pyongyang denied the accusation.",
      "The International Criminal Court issued an arrest warrant for Vladimir Putin in March, "
      "accusing him of the unlawful deportation of children from occupied areas of Ukraine. "
      "Moscow rejected the decision as legally void.",
      "Le président français a reçu son homologue brésilien à l'Élysée pour évoquer le climat, "
      "le commerce et la guerre en Ukraine. Les deux dirigeants ont signé une déclaration "
      "commune sur la protection de l'Amazonie.",
  };
  return kParagraphs;
}

// Title and paragraphs of document i.
std::vector<std::string> DocParts(int i) {
  const auto& p = Paragraphs();
  std::vector<std::string> parts{"Новини дня №" + std::to_string(i) + ": " +
                                 p[i % p.size()].substr(0, 40)};
  for (int k = 0; k < 8; ++k) parts.push_back(p[(i + k) % p.size()]);
  return parts;
}

std::string PlainText(int i) {
  std::string out;
  for (const std::string& s : DocParts(i)) out += s + "\n\n";
  return out;
}

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string HtmlPage(int i) {
  std::vector<std::string> parts = DocParts(i);
  std::string out = "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>" +
                    parts[0] +
                    "</title><style>body{font:14px sans-serif}.nav a{color:#333}</style>"
                    "<script>window.dataLayer=[];function track(){return 1;}</script></head><body>"
                    "<header><nav class=\"menu\"><ul><li><a href=\"/\">Головна</a></li><li><a "
                    "href=\"/world\">Світ</a></li><li><a href=\"/politics\">Політика</a></li>"
                    "</ul></nav></header><main><article><h1>" +
                    parts[0] + "</h1><div class=\"meta\">20 березня 2024, 10:15</div>";
  for (size_t k = 1; k < parts.size(); ++k) {
    out += "<p>" + parts[k] + " <a href=\"/tag/" + std::to_string(k) + "\">Детальніше</a></p>\n";
  }
  out +=
      "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Telegram</a></div>"
      "</article></main><aside class=\"related\"><ul><li><a href=\"/a\">Інша новина</a></li>"
      "</ul></aside><footer><p>© 2024 Outlet. Усі права захищено.</p></footer></body></html>";
  return out;
}


std::string WarcRecord(const std::string& type, int i, const std::string& block) {
  char uuid[64];
  std::snprintf(uuid, sizeof uuid, "%08x-0000-4000-8000-%012x", i, i * 7919);
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + uuid +
         type.substr(0, 1) +
         ">\r\nWARC-Date: 2024-03-20T10:00:00Z\r\nWARC-Target-URI: https://news.example/" +
         std::to_string(i) + "\r\nContent-Type: application/http; msgtype=" + type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// The generated corpus; removed at exit.
struct Corpus {
  std::string dir;
  size_t text_bytes = 0, jsonl_bytes = 0, html_bytes = 0, warc_bytes = 0;

  Corpus() {
    std::string tmpl = (fs::temp_directory_path() / "entente_read_bench_XXXXXX").string();
    dir = ::mkdtemp(tmpl.data());
    fs::create_directories(dir + "/txt");
    fs::create_directories(dir + "/html");
    for (int i = 0; i < kTextDocs; ++i)
      text_bytes += Write("txt/" + Name(i) + ".txt", PlainText(i));
    std::string jsonl;
    for (int i = 0; i < kJsonlDocs; ++i) {
      jsonl += "{\"id\": \"j" + std::to_string(i) + "\", \"text\": \"" + JsonEscape(PlainText(i)) +
               "\", \"source\": \"Outlet\", \"date\": \"2024-03-20\", \"lang\": \"uk\"}\n";
    }
    jsonl_bytes = Write("corpus.jsonl", jsonl);
    for (int i = 0; i < kHtmlDocs; ++i)
      html_bytes += Write("html/" + Name(i) + ".html", HtmlPage(i));
    std::string warc, gz;
    for (int i = 0; i < kWarcDocs; ++i) {
      std::string request = WarcRecord(
          "request", i, "GET /" + std::to_string(i) + " HTTP/1.1\r\nHost: news.example\r\n\r\n");
      std::string response = WarcRecord(
          "response", i,
          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: x\r\n\r\n" +
              HtmlPage(i));
      warc += request + response;
      gz += entente::testing::GzipMember(request) + entente::testing::GzipMember(response);
    }
    warc_bytes = Write("crawl.warc", warc);
    Write("crawl.warc.gz", gz);
  }
  ~Corpus() { fs::remove_all(dir); }

  static std::string Name(int i) {
    char name[16];
    std::snprintf(name, sizeof name, "%05d", i);
    return name;
  }
  size_t Write(const std::string& relative, const std::string& bytes) const {
    std::ofstream(dir + "/" + relative, std::ios::binary) << bytes;
    return bytes.size();
  }
};

const Corpus& GetCorpus() {
  static const Corpus corpus;
  return corpus;
}

// Reads `path` fully; returns the number of docs and aborts the benchmark on any doc error.
size_t ReadAllDocs(const std::string& path, benchmark::State& state, Doc* first = nullptr) {
  auto reader = OpenInputs({path}, ReadOptions{});
  if (!reader) {
    state.SkipWithError(reader.error().message().c_str());
    return 0;
  }
  Doc doc;
  size_t n = 0;
  while ((*reader)->Next(doc)) {
    if (doc.failed()) {
      state.SkipWithError((doc.id + ": " + doc.errors[0].message).c_str());
      return n;
    }
    if (n == 0 && first) *first = doc;
    ++n;
  }
  return n;
}

void Run(benchmark::State& state, const std::string& relative, size_t bytes, size_t want_docs,
         const std::string& want_text, const std::string& want_prefix = "") {
  const std::string path = GetCorpus().dir + "/" + relative;
  Doc first;
  size_t n = ReadAllDocs(path, state, &first);
  if (n != want_docs) {
    state.SkipWithError(
        ("expected " + std::to_string(want_docs) + " docs, got " + std::to_string(n)).c_str());
    return;
  }
  if (first.text.find(want_text) == std::string::npos || !first.text.starts_with(want_prefix)) {
    state.SkipWithError(("unexpected text in " + first.id).c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(ReadAllDocs(path, state));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * n), benchmark::Counter::kIsRate);
}

// What the HTML reader must make of a paragraph of HtmlPage(0).
std::string HtmlText() { return DocParts(0)[1] + " Детальніше"; }

void BM_ReadTxt(benchmark::State& state) {
  Run(state, "txt", GetCorpus().text_bytes, kTextDocs, PlainText(0));
}
void BM_ReadJsonl(benchmark::State& state) {
  Run(state, "corpus.jsonl", GetCorpus().jsonl_bytes, kJsonlDocs, PlainText(0));
}
void BM_ReadHtml(benchmark::State& state) {
  Run(state, "html", GetCorpus().html_bytes, kHtmlDocs, HtmlText(), DocParts(0)[0] + "\n");
}
void BM_ReadWarc(benchmark::State& state) {
  Run(state, "crawl.warc", GetCorpus().warc_bytes, kWarcDocs, HtmlText(), DocParts(0)[0] + "\n");
}
void BM_ReadWarcGz(benchmark::State& state) {
  Run(state, "crawl.warc.gz", GetCorpus().warc_bytes, kWarcDocs, HtmlText(), DocParts(0)[0] + "\n");
}

BENCHMARK(BM_ReadTxt)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadWarc)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadWarcGz)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace entente

BENCHMARK_MAIN();
