#include "recommend/reach.h"

#include <algorithm>
#include <deque>

#include "graph/adjacency.h"

namespace careergraph::recommend {

std::vector<Reached> reach(const graph::CareerGraph& g, graph::Vertex start, int steps, Direction dir) {
  const auto& bg = g.boost_graph();
  std::vector<int> dist(g.role_count(), -1);
  std::deque<graph::Vertex> queue{start};
  dist[start] = 0;
  std::vector<Reached> out;
  while (!queue.empty()) {
    const graph::Vertex u = queue.front();
    queue.pop_front();
    if (dist[u] >= steps) continue;
    auto visit = [&](graph::Vertex v) {
      if (dist[v] >= 0) return;
      dist[v] = dist[u] + 1;
      out.push_back({v, dist[v]});
      queue.push_back(v);
    };
    if (dir == Direction::kForward) {
      for (auto [e, end] = boost::out_edges(u, bg); e != end; ++e) {
        if (bg[*e].kind == graph::EdgeKind::kProgression) visit(boost::target(*e, bg));
      }
    } else {
      // The Boost graph has no in-edges (directedS): the adjacency's in-row of u, whose order
      // does not matter (distances are the same, and the result is sorted).
      const graph::Adjacency& adj = g.adjacency();
      const auto in = adj.in_range(u, graph::EdgeKind::kProgression);
      for (auto i = in.begin; i < in.end; ++i) visit(adj.in_arcs()[i].other);
    }
  }
  std::sort(out.begin(), out.end(), [&](const Reached& a, const Reached& b) {
    return a.distance != b.distance ? a.distance < b.distance : g.role(a.role).id < g.role(b.role).id;
  });
  return out;
}

}  // namespace careergraph::recommend
