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

// The rankings are made by for_each_next_roles on `threads` threads (0: one per hardware
// thread), one per guide and role its moves start from (the moves from one role are looked up
// in one ranking); the result is the same whatever the threads.
// Complexity: O(E·c) to find the moves, for c citations per edge, then one `next` call per guide
// and source role of its moves, with a RoleSkillIndex built once.
EvalResult evaluate_next(const graph::CareerGraph& g, int k, unsigned threads = 0);

}  // namespace careergraph::recommend
