// Giving memory back. `v = {}` on a std::vector or std::string picks the initializer-list
// assignment, which destroys the elements but keeps the buffer: a 10k-guide load kept 6 MB of
// parsed-chunk buffers and the dropped bullets' vectors that way until it ended.
#pragma once

namespace careergraph::graph {

// Empties `container` and frees its storage (for any type with a default constructor and swap).
template <typename T>
void release(T& container) {
  T().swap(container);
}

}  // namespace careergraph::graph
