// A compact read-only copy of the transitions for the route searches of recommend/paths.h:
// compressed sparse rows (offsets + arcs) of every role's out-moves and in-moves, so that a
// search walks contiguous memory instead of Boost's per-vertex edge vectors. Built from a
// finished graph by CareerGraph::adjacency() on first use and kept with the graph; the Boost
// graph stays the model, this is a derived index that is never modified. The Boost graph keeps
// out-edges only (directedS): the in-rows here are where every caller finds a role's in-moves.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <span>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::graph {

// 0 .. edge_count()-1, in the Boost graph's edge order: by source role, then in the order the
// role's out-edges were added.
using EdgeId = std::uint32_t;

// One move seen from a role: the role at its other end and the transition it belongs to.
struct Arc {
  std::uint32_t other;  // target of an out-arc, source of an in-arc
  EdgeId edge;
};

class Adjacency {
 public:
  explicit Adjacency(const BoostGraph& g);
  Adjacency(const Adjacency&) = delete;
  Adjacency& operator=(const Adjacency&) = delete;

  std::size_t vertex_count() const { return out_.begin.size() - 1; }
  std::size_t edge_count() const { return edges_.size(); }

  // Arcs of v are stored progression first, then related, so that a search without lateral
  // moves stops at the first related arc instead of testing every arc's kind. The indices
  // [begin, end) address out_arcs()/in_arcs() and the matching ArcWeights vectors.
  struct Range {
    std::uint32_t begin, end;
  };
  Range out_range(Vertex v, bool lateral) const { return out_.range(v, lateral); }
  Range in_range(Vertex v, bool lateral) const { return in_.range(v, lateral); }
  // The in-arcs of v of one kind only.
  Range in_range(Vertex v, EdgeKind kind) const { return in_.range(v, kind); }
  const Arc* out_arcs() const { return out_.arcs.data(); }
  const Arc* in_arcs() const { return in_.arcs.data(); }

  Vertex source(EdgeId e) const { return edges_[e].source; }
  Vertex target(EdgeId e) const { return edges_[e].target; }
  EdgeKind kind(EdgeId e) const { return edges_[e].kind; }
  EdgeDesc descriptor(EdgeId e) const { return edges_[e].desc; }

  // The arcs again with a weight each, in the same order (an edge's out-arc and in-arc carry
  // the same weight): a search reads one array, not two, per settled role.
  struct WeightedArc {
    std::uint32_t other;
    EdgeId edge;
    std::int64_t weight;
  };
  // A cost function's weights, one per EdgeId, and a unit its caller keeps with them (e.g. the
  // fixed-point value of one step; 0 if it has none).
  struct EdgeWeights {
    std::vector<std::int64_t> by_edge;
    std::int64_t unit = 0;
  };
  struct ArcWeights {
    std::vector<WeightedArc> out, in;
    std::int64_t unit = 0;
  };
  // Arc weights for one cost function: `compute` is called on the first request for `slot` and
  // its result kept in arc order, so that a query does not pay O(E) for weights it already had.
  // Callers number their cost functions; kWeightSlots of them fit. Thread-safe.
  static constexpr std::size_t kWeightSlots = 4;
  const ArcWeights& weights(std::size_t slot, const std::function<EdgeWeights()>& compute) const;

 private:
  struct Rows {
    std::vector<std::uint32_t> begin;    // V + 1 offsets into arcs
    std::vector<std::uint32_t> related;  // per vertex: offset of its first related arc
    std::vector<Arc> arcs;
    Range range(Vertex v, bool lateral) const {
      return {begin[v], lateral ? begin[v + 1] : related[v]};
    }
    Range range(Vertex v, EdgeKind kind) const {
      return kind == EdgeKind::kProgression ? Range{begin[v], related[v]}
                                            : Range{related[v], begin[v + 1]};
    }
  };
  struct EdgeInfo {
    Vertex source, target;
    EdgeKind kind;
    EdgeDesc desc;
  };

  Rows out_, in_;
  std::vector<EdgeInfo> edges_;
  mutable std::array<std::once_flag, kWeightSlots> weights_once_;
  mutable std::array<ArcWeights, kWeightSlots> weights_;
};

}  // namespace careergraph::graph
