#include "core/runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "entente/doc.h"

namespace entente {
namespace {

void RunNumbers(int n, int jobs, std::vector<std::string>& out, std::atomic<int>& max_live) {
  int next_id = 0;
  std::atomic<int> live{0};
  RunOrdered<Doc>(
      [&](Doc& d) {
        if (next_id == n) return false;
        d.id = std::to_string(next_id++);
        max_live = std::max(max_live.load(), ++live);
        return true;
      },
      [&](Doc& d) {
        // Uneven work so that completion order differs from input order.
        std::this_thread::sleep_for(std::chrono::microseconds((std::stoi(d.id) * 7919) % 500));
        d.text = "done " + d.id;
      },
      [&](Doc& d) {
        --live;
        out.push_back(d.text);
      },
      jobs);
}

TEST(RunOrdered, DeliversInInputOrderWithManyThreads) {
  for (int jobs : {1, 2, 4}) {
    std::vector<std::string> out;
    std::atomic<int> max_live{0};
    RunNumbers(300, jobs, out, max_live);
    ASSERT_EQ(out.size(), 300u);
    for (int i = 0; i < 300; ++i) EXPECT_EQ(out[i], "done " + std::to_string(i));
    EXPECT_LE(max_live.load(), std::max(1, 4 * jobs)) << "memory must stay bounded";
  }
}

TEST(RunOrdered, HandlesEmptyInput) {
  std::vector<std::string> out;
  std::atomic<int> max_live{0};
  RunNumbers(0, 3, out, max_live);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace entente
