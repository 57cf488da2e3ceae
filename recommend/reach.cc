#include "recommend/reach.h"

#include <algorithm>
#include <deque>

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
      for (auto [e, end] = boost::in_edges(u, bg); e != end; ++e) {
        if (bg[*e].kind == graph::EdgeKind::kProgression) visit(boost::source(*e, bg));
      }
    }
  }
  std::sort(out.begin(), out.end(), [&](const Reached& a, const Reached& b) {
    return a.distance != b.distance ? a.distance < b.distance : g.role(a.role).id < g.role(b.role).id;
  });
  return out;
}

}  // namespace careergraph::recommend
