#include "graph/memory.h"

#include <malloc.h>

#include <cstdlib>

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

}  // namespace careergraph::graph
