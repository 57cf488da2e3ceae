// Running independent tasks on all cores (the machine this targets has two): each thread pulls
// the next task index until none are left. Tasks must not share mutable state.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace careergraph::importers {

template <typename Fn>
void run_parallel(std::size_t tasks, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t t = next++; t < tasks; t = next++) fn(t);
  };
  const auto threads = static_cast<std::size_t>(
      std::max(1u, std::min(std::thread::hardware_concurrency(), static_cast<unsigned>(tasks))));
  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < threads; ++i) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace careergraph::importers
