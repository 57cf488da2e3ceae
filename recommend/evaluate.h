// Offline quality of `next` (DESIGN §6, `eval`): leave-one-guide-out. For each guide, its
// evidence is ignored and `next` is asked, from each move's source, to rank the moves the guide
// showed; a move ranked first is a hit at 1, within the top k a hit at k, and 1/rank adds to
// the mean reciprocal rank (0 when not ranked).
#pragma once

#include <string>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::recommend {

struct EvalResult {
  int k = 5;
  std::size_t guides = 0;
  std::size_t queries = 0;  // distinct (guide, move) pairs
  double hit_at_1 = 0;
  double hit_at_k = 0;
  double mrr = 0;
};

// Complexity: one `next` call per distinct move of each guide.
EvalResult evaluate_next(const graph::CareerGraph& g, int k);

}  // namespace careergraph::recommend
