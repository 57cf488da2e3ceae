// Roles reachable from a role, or leading to it, within N progression moves (DESIGN §6
// "reach / feeders"). Breadth-first: O(V + E).
#pragma once

#include <vector>

#include "graph/career_graph.h"

namespace careergraph::recommend {

struct Reached {
  graph::Vertex role = 0;
  int distance = 0;  // moves
};

enum class Direction { kForward, kBackward };

// Roles within `steps` moves (not the start), nearest first, then by id.
std::vector<Reached> reach(const graph::CareerGraph& g, graph::Vertex start, int steps, Direction dir);

}  // namespace careergraph::recommend
