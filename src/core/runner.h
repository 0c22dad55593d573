// core/runner.h — process a stream of documents on N threads, delivering them in input order.
//
//   RunOrdered([&](Doc& d) { return reader.Next(d); },       // producer, caller's thread
//              [&](Doc& d) { pipeline.Process(d); },          // work, on `jobs` threads
//              [&](Doc& d) { sink.Write(d); }, jobs);         // consumer, caller's thread
//
// `next` and `sink` run only on the calling thread, so they need no locking; `process` runs
// concurrently and must be thread-safe. Memory is bounded: at most 4 * jobs documents are in
// flight, whatever the corpus size. jobs <= 1 runs everything inline.
#ifndef ENTENTE_CORE_RUNNER_H_
#define ENTENTE_CORE_RUNNER_H_

#include <functional>

#include "entente/doc.h"

namespace entente {

void RunOrdered(const std::function<bool(Doc&)>& next, const std::function<void(Doc&)>& process,
                const std::function<void(Doc&)>& sink, int jobs);

}  // namespace entente

#endif  // ENTENTE_CORE_RUNNER_H_
