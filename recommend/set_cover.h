// Weighted set cover by the greedy rule: repeatedly take the set with the lowest cost per newly
// covered element. Within H(d) = 1 + 1/2 + … + 1/d of the optimum, d the largest set size.
#pragma once

#include <cstddef>
#include <vector>

namespace careergraph::recommend {

struct CoverSet {
  double cost = 1;                    // > 0
  std::vector<std::size_t> elements;  // indices into the universe
};

// Indices of chosen sets, in the order chosen. Elements no set contains stay uncovered; every
// chosen set covers at least one element no earlier chosen set covers, and a final pass drops
// sets made redundant by later choices. Ties go to the lower index.
// Complexity: O(m · Σ|S|) for m chosen sets.
std::vector<std::size_t> greedy_set_cover(std::size_t universe, const std::vector<CoverSet>& sets);

}  // namespace careergraph::recommend
