#include "core/runner.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace entente {

void RunOrdered(const std::function<bool(Doc&)>& next, const std::function<void(Doc&)>& process,
                const std::function<void(Doc&)>& sink, int jobs) {
  if (jobs <= 1) {
    Doc doc;
    while (next(doc)) {
      process(doc);
      sink(doc);
      doc = Doc();
    }
    return;
  }
  const size_t max_in_flight = 4 * static_cast<size_t>(jobs);
  std::mutex mu;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<size_t, Doc>> work;
  std::map<size_t, Doc> done;
  bool closed = false;

  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, Doc> item;
        {
          std::unique_lock lock(mu);
          work_ready.wait(lock, [&] { return closed || !work.empty(); });
          if (work.empty()) return;
          item = std::move(work.front());
          work.pop_front();
        }
        process(item.second);
        {
          std::lock_guard lock(mu);
          done.emplace(item.first, std::move(item.second));
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
      Doc doc;
      if (!next(doc)) {
        input_left = false;
        break;
      }
      {
        std::lock_guard lock(mu);
        work.emplace_back(produced++, std::move(doc));
      }
      work_ready.notify_one();
    }
    // Deliver whatever is ready, in order; wait if the next one is not.
    std::unique_lock lock(mu);
    if (consumed == produced) continue;
    result_ready.wait(lock, [&] { return done.count(consumed) > 0; });
    while (!done.empty() && done.begin()->first == consumed) {
      Doc doc = std::move(done.begin()->second);
      done.erase(done.begin());
      lock.unlock();
      sink(doc);
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
