#include "graph/memory.h"

#include <malloc.h>

// Defined when mimalloc is linked in (it is a shared library the executables load ahead of the
// C library); null otherwise, without making mimalloc a dependency of the library.
extern "C" void mi_collect(bool force) __attribute__((weak));

namespace careergraph::graph {

void collect_free_memory() {
  if (mi_collect != nullptr) {
    mi_collect(true);
  } else {
    malloc_trim(0);
  }
}

}  // namespace careergraph::graph
