// Routes between roles (DESIGN §6 "path"): the cheapest route by a bidirectional Dijkstra, and
// alternatives by Yen's k loopless shortest paths, both over the graph's compact adjacency
// (graph/adjacency.h) with blocked roles and moves kept beside it: the graph is never mutated.
// Roles are named by id; callers resolve user input first. docs/algorithms.md "Routes".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::recommend {

enum class Metric {
  kSteps,  // 1 per progression move (2 per lateral move); ties go to moves with more evidence
  kGap,    // importance-weighted skills the next role needs that the current one lacks
};

const char* metric_name(Metric m);

// Cost of a lateral (related) move under the steps metric: a sideways move is possible but a
// counselor should see it as dearer than a promotion the guides describe.
inline constexpr double kLateralStepCost = 2.0;

struct PathOptions {
  int k = 1;
  Metric metric = Metric::kSteps;
  std::optional<std::string> via;  // role id the route must pass through
  std::vector<std::string> avoid;  // role ids the route must not touch
  bool lateral = false;            // also use related edges
  std::optional<int> max_steps;    // routes with more moves are dropped
};

struct RouteEdge {
  std::string from;
  std::string to;
  graph::EdgeKind kind = graph::EdgeKind::kProgression;
  std::vector<graph::Evidence> evidence;
  double cost = 0;  // this move's cost under the metric
};

struct Route {
  std::vector<std::string> roles;  // ids, from first to last
  std::vector<RouteEdge> edges;
  double cost = 0;  // sum of the edges' costs (without the evidence tie-break)
  int steps() const { return static_cast<int>(edges.size()); }
};

// Up to `options.k` loopless routes from → to, cheapest first (non-decreasing cost), distinct.
// The first is a shortest route, the same whatever k is. Costs include a tie-break per move,
// 1e-3 / (1 + support), compared in fixed point; among routes whose totals are exactly equal,
// which one comes first is deterministic for a given graph and query but not specified. Empty
// when there is none.
//
// Errors: a from/to/via/avoid id that is not a role.
// Complexity: the graph's adjacency and the metric's weights are built once per graph, O(E)
// (gap: O(E · skills)), on the first query. A shortest route: bidirectional Dijkstra,
// O(E log C) in the worst case (C: the dearest route's weight in fixed point, below 2^62; a
// queued entry moves down the radix heap at most once per bit), in practice the roles within
// about half the route's cost of either end. k routes (Yen with Lawler's refinement): one
// backward Dijkstra from `to`, O(E log C), then O(k · L) A* spur searches guided by it, each
// O(E log C) at worst but usually close to the length of the route it finds (L: the longest
// route's length).
// With --max-steps, at most 20·k candidate routes are examined.
graph::Expected<std::vector<Route>> find_routes(const graph::CareerGraph& g, std::string_view from,
                                                std::string_view to, const PathOptions& options);

// Cost of moving from one role to another under `metric` over an edge of `kind`, without the
// tie-break. Exposed for plans and tests.
double move_cost(const graph::CareerGraph& g, graph::Vertex from, graph::Vertex to,
                 graph::EdgeKind kind, Metric metric);

}  // namespace careergraph::recommend
