// entente — command-line front end. `entente --help` lists the commands.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <thread>

#include "commands.h"

namespace {

std::string CheckDate(const std::string& d) {
  bool ok = d.size() == 10 && d[4] == '-' && d[7] == '-';
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) ok = ok && d.size() == 10 && std::isdigit(d[i]);
  return ok ? std::string() : std::string("expected YYYY-MM-DD");
}

// What reading the inputs needs: the inputs, default date, metadata and size limit.
void AddReadOptions(CLI::App* cmd, entente::cli::InputArgs& args) {
  cmd->add_option("inputs", args.inputs,
                  "files (.txt .html .htm .jsonl .warc .warc.gz), directories, or - for stdin")
      ->required();
  cmd->add_option("--date", args.engine.default_date,
                  "publication date (YYYY-MM-DD) for inputs that carry none")
      ->check(CheckDate);
  cmd->add_option(
      "--meta", args.meta,
      "JSONL of {\"id\", \"date\", \"source\", \"url\", \"lang\"} for inputs without them");
  cmd->add_option("--max-doc-bytes", args.engine.max_doc_bytes, "per-document size limit")
      ->default_val(10u << 20);
}

// How the engine runs: threads, data, stages, language-id model, site memory.
void AddEngineOptions(CLI::App* cmd, entente::Options& engine, int& jobs) {
  cmd->add_option("--jobs,-j", jobs, "worker threads")
      ->default_val(std::max(1u, std::thread::hardware_concurrency()))
      ->check(CLI::Range(1, 256));
  cmd->add_option("--data", engine.data_pack, "compiled data pack (default: the built one)");
  cmd->add_option("--stages", engine.stages,
                  "stages to run, in order (default: clean,langid,segment,analyse,entities,"
                  "events,story_terms,framing)")
      ->delimiter(',');
  cmd->add_option("--lid-model", engine.lid_model, "fastText lid.176.ftz");
  cmd->add_flag_callback(
      "--no-site-memory", [&engine] { engine.site_memory = false; },
      "judge each document alone, not also by lines recurring on its site's earlier "
      "documents: runs in any order, on any number of threads or machines, then agree");
}

void AddInputOptions(CLI::App* cmd, entente::cli::InputArgs& args) {
  AddReadOptions(cmd, args);
  AddEngineOptions(cmd, args.engine, args.jobs);
}

// --db PATH (the SQLite shorthand) or --store URL, exactly one.
void AddStoreOptions(CLI::App* cmd, std::string& location) {
  auto* group = cmd->add_option_group("store", "where the store is (one of)");
  group->add_option("--db", location, "SQLite database file");
  group->add_option("--store", location,
                    "store URL: sqlite:///path/news.db, or "
                    "clickhouse://host:8123[,host2:8123...]/db[?cluster=NAME]");
  group->require_option(1);
}

void AddFilterOptions(CLI::App* cmd, entente::EventFilter& f) {
  cmd->add_option("--actor", f.actor, "actor id or country code, either side");
  cmd->add_option("--country", f.country, "country code (RUS, IGO:NATO, REG:WEST), either side");
  cmd->add_option("--type", f.type, "PLOVER type (CONSULT, ACCUSE, ...)");
  cmd->add_option("--from", f.from, "first date (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", f.to, "last date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--lang", f.lang, "document language (ISO 639-1)");
  cmd->add_option("--source", f.source, "outlet");
  cmd->add_option("--limit", f.limit, "at most this many events");
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = entente::cli;
  CLI::App app{
      "entente — who sides with whom in the world's news, each event traced to its sentence.\n"
      "Exit codes: 0 ok, 1 some documents failed (kb check: data errors), 2 usage or I/O error."};
  app.require_subcommand(1);

  cli::InputArgs in;
  std::string db, format, out, gold, output, save;
  bool with_text = false, quiet = false, verbose = false, json = false;
  entente::EventFilter filter;

  auto* extract = app.add_subcommand("extract", "one JSON line per document on stdout (OUTPUT.md)");
  AddInputOptions(extract, in);
  extract->add_flag("--text", with_text, "include each document's text");

  auto* ingest = app.add_subcommand("ingest", "extract into the store (SQLite or ClickHouse)");
  AddStoreOptions(ingest, db);
  AddInputOptions(ingest, in);
  ingest->add_flag("--quiet,-q", quiet, "no progress bar");

  auto* events = app.add_subcommand("events", "list stored events");
  AddStoreOptions(events, db);
  AddFilterOptions(events, filter);
  events->add_option("--format", format, "table, jsonl or csv")
      ->default_val("table")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));

  auto* graph = app.add_subcommand("graph", "actor pairs: events by type, cooperation vs conflict");
  AddStoreOptions(graph, db);
  AddFilterOptions(graph, filter);
  graph->add_option("--format", format, "table or json")
      ->default_val("table")
      ->check(CLI::IsMember({"table", "json"}));

  auto* timeline = app.add_subcommand(
      "timeline", "month by month, the events between two actors and their alliance index");
  std::vector<std::string> pair;
  timeline->add_option("actors", pair, "two actor ids or country codes, e.g. RUS IRN")
      ->required()
      ->expected(2);
  AddStoreOptions(timeline, db);
  AddFilterOptions(timeline, filter);
  timeline->add_option("--format", format, "table or json")
      ->default_val("table")
      ->check(CLI::IsMember({"table", "json"}));
  timeline->add_option("--data", in.engine.data_pack, "compiled data pack");

  auto* stories_cmd =
      app.add_subcommand("stories", "the stored articles grouped into stories across languages");
  size_t stories_limit = 30;
  AddStoreOptions(stories_cmd, db);
  stories_cmd->add_option("--limit", stories_limit, "largest stories shown (0 = all)");
  stories_cmd->add_option("--format", format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));
  auto* framing_cmd = app.add_subcommand(
      "framing", "how outlets frame what they report: loaded terms and tone, side by side");
  std::string framing_story;
  std::vector<std::string> framing_sources;
  AddStoreOptions(framing_cmd, db);
  framing_cmd->add_option("--story", framing_story, "only this story's articles (entente stories)");
  framing_cmd->add_option("--source", framing_sources, "only these outlets")->delimiter(',');
  bool framing_by_lang = false;
  framing_cmd->add_flag("--by-lang", framing_by_lang, "one profile per language, not per outlet");
  framing_cmd->add_option("--format", format, "table or json")
      ->check(CLI::IsMember({"table", "json"}));

  auto* exp = app.add_subcommand(
      "export",
      "dump the store: jsonl = documents, csv = events, gdelt/mentions = GDELT 2.0 event/mention "
      "tables, graphml/gexf = the actor graph");
  AddStoreOptions(exp, db);
  exp->add_option("--format", format, "jsonl, csv, gdelt, mentions, graphml or gexf")
      ->required()
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt", "mentions", "graphml", "gexf"}));
  exp->add_option("--out", out, "output file (default stdout)");
  AddFilterOptions(exp, filter);
  exp->add_option("--data", in.engine.data_pack, "compiled data pack (default: the built one)");

  auto* eval = app.add_subcommand("eval", "score against gold (see shared/gold/README.md)");
  std::vector<std::string> eval_langs;
  eval->add_option("gold", gold,
                   "gold JSONL, a BSNLP data folder (entity scoring) or a story corpus .tsv "
                   "(story clustering, see eval/stories/corpus.tsv)")
      ->required();
  entente::stories::StoryOptions story_opt;
  int eval_jobs = 2;
  eval->add_option("--threshold", story_opt.threshold, "stories: least cosine to join a story");
  eval->add_option("--link", story_opt.link_threshold, "stories: least cosine to link clusters");
  eval->add_option("--link-window", story_opt.link_window_days, "stories: days clusters link over");
  eval->add_option("--window", story_opt.window_days, "stories: days a story stays open");
  eval->add_option("--jobs", eval_jobs, "stories: threads running the engine");
  eval->add_option("--lang", eval_langs, "BSNLP: languages to score (default: all)")
      ->delimiter(',');
  eval->add_option("--output", output, "score this extract JSONL instead of running the engine");
  eval->add_option("--save", save, "write the engine's extract JSONL here");
  eval->add_flag("--verbose,-v", verbose, "per-document matches, extras and misses");
  eval->add_flag("--json", json, "machine-readable report");
  eval->add_option("--data", in.engine.data_pack, "compiled data pack");

  auto* actors =
      app.add_subcommand("actors", "what a name or title (any inflection, any script) resolves to");
  std::vector<std::string> lookup;
  std::string actors_date, actors_lang;
  actors->add_option("lookup", lookup, "the words to look up (one sentence)")->required();
  actors->add_option("--date", actors_date, "resolve titles at this date (default today)")
      ->check(CheckDate);
  actors->add_option("--lang", actors_lang, "language (ISO 639-1; default: language id)");
  actors->add_option("--data", in.engine.data_pack, "compiled data pack");
  actors->add_flag("--json", json, "machine-readable output");

  auto* serve = app.add_subcommand(
      "serve", "the coalition graph page and its JSON API over HTTP (loopback unless --host)");
  entente::ServeOptions serve_opt;
  int query_ms = 2000;
  AddStoreOptions(serve, serve_opt.db);
  serve->add_option("--host", serve_opt.host, "address to bind")->capture_default_str();
  serve->add_option("--port", serve_opt.port, "port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve
      ->add_option("--threads", serve_opt.threads,
                   "worker threads = connections served at once (default 128)")
      ->check(CLI::Range(1, 1024));
  serve->add_option("--web", serve_opt.web_dir, "the built page's folder (default: the built one)");
  serve->add_option("--data", serve_opt.data_pack, "compiled data pack");
  serve->add_option("--access-log", serve_opt.access_log, "file, - for stderr, or none")
      ->capture_default_str();
  serve->add_option("--query-ms", query_ms, "time limit of one request's queries")
      ->capture_default_str()
      ->check(CLI::Range(10, 600000));
  serve->add_option("--max-rows", serve_opt.max_rows, "most events or results one request gets")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));

  std::string nats, stream = "entente";
  auto add_queue_options = [&](CLI::App* cmd) {
    cmd->add_option("--nats", nats, "NATS server URL, e.g. nats://127.0.0.1:4222")->required();
    cmd->add_option("--stream", stream, "JetStream stream name")->capture_default_str();
  };
  auto* submit = app.add_subcommand(
      "submit", "publish documents to a NATS JetStream work queue for `entente worker`s");
  add_queue_options(submit);
  AddReadOptions(submit, in);
  submit->add_flag("--quiet,-q", quiet, "no progress lines");
  auto* worker = app.add_subcommand(
      "worker", "pull documents from the work queue, extract, store, acknowledge (until stopped)");
  cli::WorkerArgs worker_args;
  add_queue_options(worker);
  AddStoreOptions(worker, db);
  worker->add_option("--batch", worker_args.batch, "documents per fetch and store write")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  worker
      ->add_option("--ack-wait", worker_args.ack_wait_s,
                   "seconds before an unacknowledged document goes to another worker (set when "
                   "the first worker joins)")
      ->capture_default_str()
      ->check(CLI::Range(1, 86400));
  worker->add_flag("--exit-when-empty", worker_args.exit_when_empty,
                   "stop once no document is waiting or out with a worker");
  worker->add_flag("--quiet,-q", worker_args.quiet, "no progress lines");
  worker->add_option("--max-doc-bytes", worker_args.engine.max_doc_bytes, "per-document size limit")
      ->default_val(10u << 20);
  AddEngineOptions(worker, worker_args.engine, worker_args.jobs);
  auto* status = app.add_subcommand("status", "the work queue's backlog and workers' progress");
  add_queue_options(status);
  status->add_flag("--json", json, "machine-readable output");

  auto* kb = app.add_subcommand("kb", "knowledge base tools");
  kb->require_subcommand(1);
  auto* kb_check = kb->add_subcommand(
      "check",
      "validate the knowledge base: ids, dates, overlapping offices, name collisions; exit 1 "
      "on errors");
  kb_check->add_option("--data", in.engine.data_pack,
                       "compiled data pack (default: the built one)");
  kb_check->add_flag("--json", json, "machine-readable report");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cli::kExitUsage;
  }

  if (extract->parsed()) return cli::Extract(in, with_text);
  if (ingest->parsed()) return cli::Ingest(in, db, quiet);
  if (events->parsed()) return cli::Events(db, filter, format);
  if (graph->parsed()) return cli::Graph(db, filter, format);
  if (stories_cmd->parsed()) return cli::StoriesList(db, stories_limit, format);
  if (framing_cmd->parsed())
    return cli::Framing(db, framing_story, framing_sources, framing_by_lang, format);
  if (timeline->parsed()) {
    filter.actor = pair[0];
    filter.partner = pair[1];
    return cli::Timeline(db, filter, format, in.engine.data_pack);
  }
  if (exp->parsed()) return cli::Export(db, format, out, filter, in.engine.data_pack);
  if (actors->parsed()) {
    std::string text;
    for (const std::string& w : lookup) text += (text.empty() ? "" : " ") + w;
    return cli::Actors(text, actors_date, actors_lang, in.engine.data_pack, json);
  }
  if (submit->parsed()) return cli::Submit(in, nats, stream, quiet);
  if (worker->parsed()) {
    worker_args.nats = nats;
    worker_args.stream = stream;
    worker_args.store = db;
    return cli::Worker(worker_args);
  }
  if (status->parsed()) return cli::QueueStatus(nats, stream, json);
  if (kb_check->parsed()) return cli::KbCheck(in.engine.data_pack, json);
  if (serve->parsed()) {
    serve_opt.query_time = std::chrono::milliseconds(query_ms);
    if (serve_opt.access_log == "none") serve_opt.access_log.clear();
    return cli::Serve(serve_opt);
  }
  if (eval->parsed() && gold.ends_with(".tsv"))
    return cli::EvalStories(gold, story_opt, in.engine, eval_jobs, verbose, json);
  if (eval->parsed() && std::filesystem::is_directory(gold))
    return cli::EvalEntities(gold, eval_langs, in.engine, verbose, json);
  if (eval->parsed()) return cli::Eval(gold, output, save, in.engine, verbose, json);
  return cli::kExitUsage;
}
