#include "graph/memory.h"

#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// Defined when mimalloc is linked in (it is a shared library the executables load ahead of the
// C library); null otherwise, without making mimalloc a dependency of the library.
extern "C" void mi_collect(bool force) __attribute__((weak));
extern "C" void mi_option_set(int option, long value) __attribute__((weak));

namespace careergraph::graph {

void collect_free_memory() {
  if (mi_collect != nullptr) {
    mi_collect(true);
  } else {
    malloc_trim(0);
  }
}

void return_freed_pages_sooner() {
  // mi_option_decommit_delay in mimalloc 2.0's mi_option_t (mimalloc.h), in milliseconds; 2.1
  // renamed it mi_option_purge_delay and kept its number and meaning. The header is not needed
  // (mimalloc is optional), so the number is spelled here.
  constexpr int kDecommitDelay = 15;
  if (mi_option_set != nullptr && std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr) {
    mi_option_set(kDecommitDelay, 5);
  }
}

namespace {

// mi_option_large_os_pages in mimalloc 2.0's mi_option_t (mimalloc.h, spelled here as above).
constexpr int kLargeOsPages = 6;

// madvise(advice) on the mapping that holds a fresh allocation (found in /proc/self/maps);
// whether madvise accepted it.
bool advise_heap_mapping([[maybe_unused]] int advice) {
#if defined(__linux__)
  const std::unique_ptr<char[]> probe(new char[64]);
  const auto at = reinterpret_cast<std::uintptr_t>(probe.get());
  std::FILE* maps = std::fopen("/proc/self/maps", "re");
  if (maps == nullptr) return false;
  bool advised = false;
  char* line = nullptr;  // a whole line, however long its path
  std::size_t capacity = 0;
  while (getline(&line, &capacity, maps) > 0) {
    unsigned long first = 0, last = 0;  // NOLINT(runtime/int): the %lx of the maps format
    if (std::sscanf(line, "%lx-%lx", &first, &last) != 2 || at < first || at >= last) continue;
    advised = madvise(reinterpret_cast<void*>(first), last - first, advice) == 0;
    break;
  }
  std::free(line);
  std::fclose(maps);
  return advised;
#else
  return false;
#endif
}

bool large_pages_set_by_environment() { return std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr; }

bool huge_pages_since_start = false;  // use_huge_pages_from_start reached mimalloc

}  // namespace

void use_huge_pages_from_start() {
  if (mi_option_set != nullptr && !large_pages_set_by_environment()) {
    mi_option_set(kLargeOsPages, 1);
    huge_pages_since_start = true;
  }
}

bool use_huge_pages_for_heap() {
  if (huge_pages_since_start) return true;  // mimalloc advised every segment when it made it
#if defined(MADV_HUGEPAGE)
  return advise_heap_mapping(MADV_HUGEPAGE);
#else
  return false;
#endif
}

}  // namespace careergraph::graph
