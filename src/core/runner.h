// core/runner.h — process a stream of items on N threads, delivering them in input order.
//
//   RunOrdered<Doc>([&](Doc& d) { return reader.Next(d); },  // producer, caller's thread
//                   [&](Doc& d) { pipeline.Process(d); },     // work, on `jobs` threads
//                   [&](Doc& d) { sink.Write(d); }, jobs);    // consumer, caller's thread
//
// `next` and `sink` run only on the calling thread, so they need no locking; `process` runs
// concurrently and must be thread-safe. Put as much work as possible in `process` (e.g. output
// serialisation): the calling thread is the serial part. Memory is bounded: at most 4 * jobs
// items are in flight, whatever the corpus size. jobs <= 1 runs everything inline.
// Item must be default-constructible and movable.
#ifndef ENTENTE_CORE_RUNNER_H_
#define ENTENTE_CORE_RUNNER_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace entente {

template <typename Item>
void RunOrdered(const std::function<bool(Item&)>& next, const std::function<void(Item&)>& process,
                const std::function<void(Item&)>& sink, int jobs) {
  if (jobs <= 1) {
    Item item;
    while (next(item)) {
      process(item);
      sink(item);
      item = Item();
    }
    return;
  }
  const size_t max_in_flight = 4 * static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<size_t, Item>> work;
  std::map<size_t, Item> done;
  bool closed = false;

  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, Item> entry;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return closed || !work.empty(); });
          if (work.empty()) return;
          entry = std::move(work.front());
          work.pop_front();
        }
        process(entry.second);
        {
          std::lock_guard lock(mu);
          done.emplace(entry.first, std::move(entry.second));
        }
        result_ready.notify_one();
      }
    });
  }

  size_t produced = 0, consumed = 0;
  bool input_left = true;
  while (input_left || consumed < produced) {
    // Fill the window.
    while (input_left && produced - consumed < max_in_flight) {
      Item item;
      if (!next(item)) {
        input_left = false;
        break;
      }
      {
        std::lock_guard lock(mu);
        work.emplace_back(produced++, std::move(item));
      }
      work_ready.notify_one();
    }
    // Deliver whatever is ready, in order; wait if the next one is not.
    std::unique_lock lock(mu);
    if (consumed == produced) continue;
    result_ready.wait(lock, [&] { return done.count(consumed) > 0; });
    while (!done.empty() && done.begin()->first == consumed) {
      Item item = std::move(done.begin()->second);
      done.erase(done.begin());
      lock.unlock();
      sink(item);
      ++consumed;
      lock.lock();
    }
  }
  {
    std::lock_guard lock(mu);
    closed = true;
  }
  work_ready.notify_all();
  for (auto& t : workers) t.join();
}

}  // namespace entente

#endif  // ENTENTE_CORE_RUNNER_H_
