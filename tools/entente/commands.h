// tools/entente/commands.h — the CLI's subcommands. Each returns the process exit code:
// 0 ok, 1 some documents failed, 2 usage or I/O error (message already printed to stderr).
#ifndef ENTENTE_TOOLS_COMMANDS_H_
#define ENTENTE_TOOLS_COMMANDS_H_

#include <string>
#include <vector>

#include "entente/options.h"
#include "serve/serve.h"
#include "store/store.h"
#include "stories/stories.h"

namespace entente::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDocErrors = 1;
inline constexpr int kExitUsage = 2;

struct InputArgs {
  std::vector<std::string> inputs;
  std::string meta;  // JSONL of {"id", "date", "source", "url", "lang"} applied by id
  int jobs = 1;
  Options engine;
};

int Extract(const InputArgs& args, bool with_text);
int Ingest(const InputArgs& args, const std::string& db, bool quiet);
int Events(const std::string& db, const EventFilter& filter, const std::string& format);
int Graph(const std::string& db, const EventFilter& filter, const std::string& format);
// Month by month, the events between filter.actor and filter.partner: real-world events,
// mentions, cooperation, conflict, independent sources and the Goldstein-weighted alliance
// index (knowledge/reference.h).
int Timeline(const std::string& db, const EventFilter& filter, const std::string& format,
             const std::string& data_pack);
int Export(const std::string& db, const std::string& format, const std::string& out,
           const EventFilter& filter, const std::string& data_pack);
int Eval(const std::string& gold, const std::string& output, const std::string& save,
         const Options& engine, bool verbose, bool json);
// Scores entity recognition against a BSNLP data folder (src/eval/bsnlp.h).
int EvalEntities(const std::string& bsnlp_root, const std::vector<std::string>& langs,
                 const Options& engine, bool verbose, bool json);
// Runs the stages up to entities on `lookup` as a one-sentence document (language `lang` as a
// hint, else language id; date `date`, else today) and prints each mention: entity, what a
// capital acts for, and a person's roles on that date. 0, or 2 on a bad pack.
int Actors(const std::string& lookup, const std::string& date, const std::string& lang,
           const std::string& data, bool json);
// Validates the pack's knowledge base (knowledge/kb_check.h): 0 when no errors (warnings and
// notes allowed), 1 on errors, 2 when the pack cannot be read.
// The stored articles' stories, largest first (table or json).
int StoriesList(const std::string& db, size_t limit, const std::string& format);
// Outlet framing profiles side by side, over one story's articles or all (table or json);
// `by_lang`: one profile per language instead of per outlet.
int Framing(const std::string& db, const std::string& story,
            const std::vector<std::string>& sources, bool by_lang, const std::string& format);
// Story clustering scored against a labelled corpus (eval/stories_corpus.h).
int EvalStories(const std::string& corpus_path, const stories::StoryOptions& options,
                const Options& engine_options, int jobs, bool verbose, bool json);
int KbCheck(const std::string& data, bool json);

// Distributed ingestion (queue_commands.cc, queue/queue.h).
struct WorkerArgs {
  std::string nats, stream, store;
  Options engine;
  int jobs = 1;
  size_t batch = 64;    // documents fetched, processed and written at a time
  int ack_wait_s = 60;  // a message not acknowledged by then goes to another worker
  bool exit_when_empty = false;
  bool quiet = false;
};
// Publishes the inputs' documents, as read, to the stream (created if missing). 0 when all went,
// 1 when some were too large for the queue (sent as failed documents), 2 on connection errors.
int Submit(const InputArgs& args, const std::string& nats, const std::string& stream, bool quiet);
// Pulls, processes, stores and acknowledges documents until SIGINT/SIGTERM (finishing the batch
// in hand) or, with exit_when_empty, until the stream has nothing waiting or out with a worker.
int Worker(const WorkerArgs& args);
// The stream's backlog and its workers' progress.
int QueueStatus(const std::string& nats, const std::string& stream, bool json);

// Serves the page and the JSON API until SIGINT/SIGTERM; prints "listening on http://HOST:PORT"
// as its first line of standard output once bound. 0 after a clean stop, 2 when it cannot start.
int Serve(const ServeOptions& options);

// Table/CSV helpers (format.cc).
std::string CsvField(const std::string& s);
// Pads or cuts `s` to `width` display columns (UTF-8 aware; one column per code point).
std::string Fit(const std::string& s, size_t width);

}  // namespace entente::cli

#endif  // ENTENTE_TOOLS_COMMANDS_H_
