#include "graph/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace careergraph::graph {
namespace {

TEST(ParallelTest, EveryTaskOnceOnAtMostTheThreadsAsked) {
  for (unsigned threads : {0u, 1u, 2u, 3u}) {
    for (std::size_t tasks : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{100}}) {
      std::vector<std::atomic<int>> runs(tasks);
      std::mutex mutex;
      std::set<std::thread::id> ids;
      run_parallel(
          tasks,
          [&](std::size_t t) {
            ++runs[t];
            const std::lock_guard<std::mutex> lock(mutex);
            ids.insert(std::this_thread::get_id());
          },
          threads);
      for (std::size_t t = 0; t < tasks; ++t) EXPECT_EQ(runs[t].load(), 1) << "task " << t;
      EXPECT_LE(ids.size(), parallel_threads(tasks, threads));
    }
  }
}

TEST(ParallelTest, ThreadsAtLeastOneAtMostOnePerTask) {
  EXPECT_EQ(parallel_threads(0, 4), 1u);
  EXPECT_EQ(parallel_threads(3, 4), 3u);
  EXPECT_EQ(parallel_threads(100, 2), 2u);
  EXPECT_EQ(parallel_threads(100, 1), 1u);
  EXPECT_GE(parallel_threads(100, 0), 1u);
}

TEST(ParallelTest, FirstExceptionIsRethrownAndStopsTheRest) {
  for (unsigned threads : {1u, 2u}) {
    std::atomic<int> runs{0};
    EXPECT_THROW(run_parallel(
                     1000,
                     [&](std::size_t t) {
                       ++runs;
                       if (t == 3) throw std::runtime_error("task 3");
                     },
                     threads),
                 std::runtime_error);
    EXPECT_LT(runs.load(), 1000);
  }
}

TEST(ParallelTest, RangesCoverEveryItemOnceInChunksOfAtMostTheSize) {
  for (unsigned threads : {1u, 2u, 3u}) {
    for (const auto& [items, chunk] : {std::pair<std::size_t, std::size_t>{0, 4}, {1, 4}, {10, 3},
                                       {12, 4}, {100, 16}, {7, 0}}) {
      std::vector<std::atomic<int>> seen(items);
      std::atomic<bool> oversized{false};
      run_parallel_ranges(
          items, chunk,
          [&](std::size_t begin, std::size_t end) {
            if (end <= begin || end - begin > std::max<std::size_t>(chunk, 1)) oversized = true;
            for (std::size_t i = begin; i < end; ++i) ++seen[i];
          },
          threads);
      EXPECT_FALSE(oversized) << items << "/" << chunk;
      for (std::size_t i = 0; i < items; ++i) EXPECT_EQ(seen[i].load(), 1) << items << "/" << chunk << " #" << i;
    }
  }
}

}  // namespace
}  // namespace careergraph::graph
