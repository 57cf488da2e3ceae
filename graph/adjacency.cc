#include "graph/adjacency.h"

#include <limits>
#include <stdexcept>

namespace careergraph::graph {

namespace {

// Fills one direction's rows from per-edge (row vertex, other vertex) pairs: counting sort by
// row, progression arcs before related ones, each group in edge order.
template <typename RowOf, typename OtherOf>
void fill_rows(std::size_t n, const std::vector<EdgeKind>& kinds, RowOf row_of, OtherOf other_of,
               std::vector<std::uint32_t>& begin, std::vector<std::uint32_t>& related,
               std::vector<Arc>& arcs) {
  const std::size_t m = kinds.size();
  std::vector<std::uint32_t> progression(n, 0), total(n, 0);
  for (EdgeId e = 0; e < m; ++e) {
    ++total[row_of(e)];
    if (kinds[e] == EdgeKind::kProgression) ++progression[row_of(e)];
  }
  begin.assign(n + 1, 0);
  related.assign(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    begin[v + 1] = begin[v] + total[v];
    related[v] = begin[v] + progression[v];
  }
  std::vector<std::uint32_t> next_p(begin.begin(), begin.end() - 1), next_r(related);
  arcs.resize(m);
  for (EdgeId e = 0; e < m; ++e) {
    const std::size_t v = row_of(e);
    auto& slot = kinds[e] == EdgeKind::kProgression ? next_p[v] : next_r[v];
    arcs[slot++] = {static_cast<std::uint32_t>(other_of(e)), e};
  }
}

}  // namespace

Adjacency::Adjacency(const BoostGraph& g) {
  const std::size_t n = boost::num_vertices(g);
  if (n >= std::numeric_limits<std::uint32_t>::max() ||
      boost::num_edges(g) >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("graph too large for 32-bit adjacency indices");
  }
  std::vector<EdgeKind> kinds;
  for (Vertex v = 0; v < n; ++v) {
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      edges_.push_back({v, boost::target(*e, g), g[*e].kind, *e});
      kinds.push_back(g[*e].kind);
    }
  }
  fill_rows(
      n, kinds, [&](EdgeId e) { return edges_[e].source; },
      [&](EdgeId e) { return edges_[e].target; }, out_.begin, out_.related, out_.arcs);
  fill_rows(
      n, kinds, [&](EdgeId e) { return edges_[e].target; },
      [&](EdgeId e) { return edges_[e].source; }, in_.begin, in_.related, in_.arcs);
}

const Adjacency::ArcWeights& Adjacency::weights(std::size_t slot,
                                                const std::function<EdgeWeights()>& compute) const {
  std::call_once(weights_once_.at(slot), [&] {
    const EdgeWeights computed = compute();
    const auto& weight = computed.by_edge;
    if (weight.size() != edges_.size()) throw std::logic_error("one weight per edge expected");
    ArcWeights& w = weights_[slot];
    w.out.reserve(out_.arcs.size());
    for (const Arc& a : out_.arcs) w.out.push_back({a.other, a.edge, weight[a.edge]});
    w.in.reserve(in_.arcs.size());
    for (const Arc& a : in_.arcs) w.in.push_back({a.other, a.edge, weight[a.edge]});
    w.unit = computed.unit;
  });
  return weights_[slot];
}

}  // namespace careergraph::graph
