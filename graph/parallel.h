// Running independent tasks on all cores (the machine this targets has two): each thread pulls
// the next task index until none are left. Tasks must not share mutable state. Used by the
// importers (parsing files, preparing guides) and by recommend/ (ranking many roles).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace careergraph::graph {

// The threads run_parallel uses for `tasks` tasks when asked for `threads` (0: one per hardware
// thread): at least 1, at most one per task.
inline unsigned parallel_threads(std::size_t tasks, unsigned threads = 0) {
  if (threads == 0) threads = std::thread::hardware_concurrency();
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, tasks)));
}

// Calls fn(t) once for every t in [0, tasks), on parallel_threads(tasks, threads) threads (the
// caller's among them), in no set order; returns when all are done. An exception thrown by a
// task stops the tasks not yet started and is rethrown here (the first one, if several).
template <typename Fn>
void run_parallel(std::size_t tasks, Fn&& fn, unsigned threads = 0) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto work = [&] {
    try {
      for (std::size_t t = next++; t < tasks; t = next++) fn(t);
    } catch (...) {
      next = tasks;
      const std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
    }
  };
  const unsigned n = parallel_threads(tasks, threads);
  std::vector<std::thread> pool;
  pool.reserve(n - 1);
  for (unsigned i = 1; i < n; ++i) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
}

// Calls fn(begin, end) for consecutive ranges of at most `chunk` items covering [0, items), as
// run_parallel's tasks (a task per range): for work on many small items, where a task per item
// would cost more in taking it than in doing it.
template <typename Fn>
void run_parallel_ranges(std::size_t items, std::size_t chunk, Fn&& fn, unsigned threads = 0) {
  chunk = std::max<std::size_t>(chunk, 1);
  run_parallel(
      (items + chunk - 1) / chunk,
      [&](std::size_t task) { fn(task * chunk, std::min(items, (task + 1) * chunk)); }, threads);
}

}  // namespace careergraph::graph
