#include "graph/adjacency.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace careergraph::graph {
namespace {

CareerGraph three_roles() {
  CareerGraph g;
  for (const char* id : {"a", "b", "c"}) {
    Role r;
    r.id = id;
    r.name = id;
    g.add_role(std::move(r));
  }
  return g;
}

// (other role, kind) of each arc in a range, in order.
std::vector<std::pair<std::uint32_t, EdgeKind>> arcs(const Adjacency& adj, const Arc* all,
                                                     Adjacency::Range r) {
  std::vector<std::pair<std::uint32_t, EdgeKind>> out;
  for (auto i = r.begin; i < r.end; ++i) out.emplace_back(all[i].other, adj.kind(all[i].edge));
  return out;
}

TEST(AdjacencyTest, RowsListProgressionBeforeRelatedInBothDirections) {
  CareerGraph g = three_roles();
  g.add_transition(0, 1, EdgeKind::kRelated, Evidence{"x.md", 1});
  g.add_transition(0, 2, EdgeKind::kProgression, Evidence{"x.md", 2});
  g.add_transition(0, 1, EdgeKind::kProgression, Evidence{"x.md", 3});
  g.add_transition(2, 1, EdgeKind::kRelated, Evidence{"x.md", 4});
  const Adjacency& adj = g.adjacency();
  ASSERT_EQ(adj.vertex_count(), 3u);
  ASSERT_EQ(adj.edge_count(), 4u);
  using V = std::vector<std::pair<std::uint32_t, EdgeKind>>;
  const auto P = EdgeKind::kProgression, R = EdgeKind::kRelated;
  EXPECT_EQ(arcs(adj, adj.out_arcs(), adj.out_range(0, false)), (V{{2, P}, {1, P}}));
  EXPECT_EQ(arcs(adj, adj.out_arcs(), adj.out_range(0, true)), (V{{2, P}, {1, P}, {1, R}}));
  EXPECT_EQ(arcs(adj, adj.in_arcs(), adj.in_range(1, false)), (V{{0, P}}));
  EXPECT_EQ(arcs(adj, adj.in_arcs(), adj.in_range(1, true)), (V{{0, P}, {0, R}, {2, R}}));
  EXPECT_EQ(arcs(adj, adj.out_arcs(), adj.out_range(1, true)), V{});
  for (EdgeId e = 0; e < adj.edge_count(); ++e) {
    const EdgeDesc d = adj.descriptor(e);
    EXPECT_EQ(boost::source(d, g.boost_graph()), adj.source(e));
    EXPECT_EQ(boost::target(d, g.boost_graph()), adj.target(e));
    EXPECT_EQ(g.boost_graph()[d].kind, adj.kind(e));
  }
}

TEST(AdjacencyTest, BuiltOnceAndWeightsComputedOncePerSlot) {
  CareerGraph g = three_roles();
  g.add_transition(0, 1, EdgeKind::kProgression, Evidence{"x.md", 1});
  g.add_transition(1, 2, EdgeKind::kRelated, Evidence{"x.md", 2});
  const Adjacency& adj = g.adjacency();
  EXPECT_EQ(&adj, &g.adjacency());
  int calls = 0;
  auto compute = [&] {
    ++calls;
    return Adjacency::EdgeWeights{{10, 20}, 5};
  };
  const auto& w = adj.weights(0, compute);
  EXPECT_EQ(&w, &adj.weights(0, compute));
  EXPECT_EQ(calls, 1);
  ASSERT_EQ(w.out.size(), 2u);
  EXPECT_EQ(w.unit, 5);
  for (const auto& a : w.out) EXPECT_EQ(a.weight, a.edge == 0 ? 10 : 20);
  for (const auto& a : w.in) EXPECT_EQ(a.weight, a.edge == 0 ? 10 : 20);
  adj.weights(1, compute);
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace careergraph::graph
