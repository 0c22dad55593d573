#include "clean/furniture_memory.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace entente {
namespace {

TEST(FurnitureMemoryTest, CountsDocumentsPerSiteAndLine) {
  FurnitureMemory m;
  uint64_t a = FurnitureMemory::LineHash("Лента новостей RT");
  EXPECT_EQ(FurnitureMemory::LineHash("лента   НОВОСТЕЙ rt"), a);
  EXPECT_EQ(FurnitureMemory::LineHash("Updated 12:30"), FurnitureMemory::LineHash("updated 14:05"));
  m.Record("rt.com", {a, a, a});  // one document
  m.Record("rt.com", {a});
  EXPECT_EQ(m.Count("rt.com", a), 2u);
  EXPECT_EQ(m.Count("other.org", a), 0u);
}

TEST(FurnitureMemoryTest, StaysBounded) {
  FurnitureMemory m(1024);
  for (uint64_t i = 0; i < 100000; ++i) m.Record("site", {i * 7919});
  EXPECT_LE(m.size(), 1024u + 16u);
}

TEST(FurnitureMemoryTest, ThreadSafe) {
  FurnitureMemory m;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) m.Record("s", {1, 2, 3});
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(m.Count("s", 1), 8000u);
}

}  // namespace
}  // namespace entente
