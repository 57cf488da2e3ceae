#include "recommend/paths.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <span>
#include <unordered_set>

#include "graph/adjacency.h"

namespace careergraph::recommend {

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Vertex;

const char* metric_name(Metric m) { return m == Metric::kSteps ? "steps" : "gap"; }

double move_cost(const CareerGraph& g, Vertex from, Vertex to, EdgeKind kind, Metric metric) {
  if (metric == Metric::kSteps) return kind == EdgeKind::kProgression ? 1.0 : kLateralStepCost;
  double missing = 0;
  const auto& have = g.role(from).skills;
  for (const auto& need : g.role(to).skills) {
    const bool held =
        std::any_of(have.begin(), have.end(), [&](const auto& h) { return h.skill == need.skill; });
    if (!held) missing += need.importance;
  }
  return missing;
}

namespace {

using graph::Adjacency;
using graph::EdgeId;

// Search weights are integers: a move's cost and its tie-break, each in fixed point, so that a
// route's total does not depend on the order its moves are added in (the two halves of a
// bidirectional search and Yen's root + spur add them in different orders; with doubles, routes
// of equal cost could compare unequal one way and equal the other).
using Weight = std::int64_t;
constexpr Weight kUnreached = std::numeric_limits<Weight>::max();

// The support tie-break: each move also costs 1e-3 / (1 + support), so among routes of equal
// cost the better-supported moves win, and a route of fewer than 1,000 moves never trades a
// real cost difference of one step for it.
double tie_break(const graph::Transition& t) { return 1e-3 / (1.0 + t.support()); }

// A route of fewer moves than this has tie-breaks adding up to less than one step: below it,
// whole-step costs order routes first by steps, then by tie-break.
constexpr Weight kWholeStepMoves = 1000;

// How many whole steps from each end the bidirectional search counts its queued entries for
// (routes are rarely longer; beyond, it chooses sides by queue size).
constexpr std::uint64_t kCountedSteps = 64;

// Fixed-point weights of every edge under a metric: cost and tie-break are each rounded to
// 2^-40 of a cost unit (2^-40 of a step for the steps metric) — a tie-break strictly prefers a
// move with more support up to about 33,000 citations and observations; beyond, supports that
// close tie. A coarser unit is used only if the graph is so large that a sum of moves could
// overflow (the bound: 2·V moves at the dearest move's cost, what a forward plus a backward
// distance can add up to). Every move costs at least one unit of the last place, so that
// shortest routes stay loopless (the two halves of a bidirectional search cannot share a role).
// When every move costs a whole number of steps (the steps metric), the unit of one step is
// kept with the weights for the search's whole-step stopping rule.
Adjacency::EdgeWeights edge_weights(const CareerGraph& g, const Adjacency& adj, Metric metric) {
  const auto& bg = g.boost_graph();
  std::vector<double> cost(adj.edge_count()), tie(adj.edge_count());
  double dearest = 0;
  bool whole_steps = true;
  for (EdgeId e = 0; e < adj.edge_count(); ++e) {
    cost[e] = move_cost(g, adj.source(e), adj.target(e), adj.kind(e), metric);
    tie[e] = tie_break(bg[adj.descriptor(e)]);
    dearest = std::max(dearest, cost[e] + tie[e]);
    whole_steps = whole_steps && cost[e] >= 1 && cost[e] == std::floor(cost[e]);
  }
  const double moves = 2.0 * static_cast<double>(adj.vertex_count()) + 2.0;
  int exponent = 40;
  while (exponent > 0 && (dearest + 1.0) * std::ldexp(moves, exponent) >= 0x1p62) --exponent;
  Adjacency::EdgeWeights w;
  w.by_edge.resize(adj.edge_count());
  for (EdgeId e = 0; e < adj.edge_count(); ++e) {
    w.by_edge[e] = std::max<Weight>(1, std::llround(std::ldexp(cost[e], exponent)) +
                                           std::llround(std::ldexp(tie[e], exponent)));
  }
  // Rounded tie-breaks of kWholeStepMoves moves stay below a step only if a step has enough
  // units (each rounds up by at most half a unit).
  if (whole_steps && exponent >= 20) w.unit = Weight{1} << exponent;
  return w;
}

const Adjacency::ArcWeights& metric_weights(const CareerGraph& g, const Adjacency& adj,
                                            Metric metric) {
  // Computed once per graph and metric (gap needs every edge's skill comparison: O(E · skills)).
  return adj.weights(metric == Metric::kSteps ? 0 : 1,
                     [&] { return edge_weights(g, adj, metric); });
}

// A route while searching: its roles, its moves, and the total weight up to each role.
struct RawPath {
  std::vector<Vertex> vertices;
  std::vector<EdgeId> edges;
  std::vector<Weight> reached;  // reached[i]: weight of the moves before vertices[i]
  std::size_t deviation = 0;    // Yen: index of the spur role this path left its parent at
  Weight cost() const { return reached.back(); }
};

bool cheaper(const RawPath& x, const RawPath& y) {
  return x.cost() < y.cost() || (x.cost() == y.cost() && x.vertices < y.vertices);
}

struct VerticesHash {
  std::size_t operator()(const std::vector<Vertex>& vs) const {
    std::size_t h = vs.size();
    for (Vertex v : vs) h = h * 0x9e3779b97f4a7c15ULL + v;
    return h;
  }
};

// The searches' priority queue: a radix heap over the integer weights. Dijkstra and A* with a
// consistent bound only ever push keys at least as large as the last minimum taken, so an entry
// can wait unsorted in the bucket of the highest bit in which its key differs from that minimum,
// and a bucket is sorted out (its entries spread over lower buckets) only when every lower one is
// empty. A push is O(1) and an entry moves down at most once per bit; most of a bidirectional
// search's entries are pushed but never taken (it stops first), which a binary heap paid
// O(log n) for, and the minimum needs no comparisons of (weight, role) pairs. Entries of equal
// weight come out in no specified order (last in, first out), which only decides among routes
// of exactly equal totals.
class RadixQueue {
 public:
  void clear() {
    buckets_[0].clear();
    for (std::uint64_t m = occupied_; m != 0; m &= m - 1) buckets_[std::countr_zero(m) + 1].clear();
    occupied_ = 0;
    last_ = 0;
    size_ = 0;
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // Precondition: key >= the last top() (at least 0 after clear()).
  void push(Weight key, std::uint32_t v) {
    assert(key >= 0 && static_cast<std::uint64_t>(key) >= last_);
    put({static_cast<std::uint64_t>(key), v});
    ++size_;
  }
  // The entry of least weight; precondition: !empty().
  std::pair<Weight, std::uint32_t> top() {
    sort_out();
    return {static_cast<Weight>(last_), buckets_[0].back().v};
  }
  void pop() {
    sort_out();
    buckets_[0].pop_back();
    --size_;
  }

 private:
  struct Entry {
    std::uint64_t key;
    std::uint32_t v;
  };
  // Bucket 0 holds keys equal to the last minimum; bucket i ≥ 1 keys whose highest bit differing
  // from it is bit i - 1 (so every key in bucket i is below every key in bucket i + 1).
  void put(const Entry& e) {
    const int i = e.key == last_ ? 0 : 64 - std::countl_zero(e.key ^ last_);
    buckets_[i].push_back(e);
    if (i != 0) occupied_ |= std::uint64_t{1} << (i - 1);
  }
  // Makes bucket 0 hold the minimum: the lowest occupied bucket's least key becomes the new
  // reference, and that bucket's entries all move to lower buckets.
  void sort_out() {
    if (!buckets_[0].empty()) return;
    const int i = std::countr_zero(occupied_) + 1;
    occupied_ &= occupied_ - 1;
    std::vector<Entry>& from = buckets_[i];
    std::uint64_t least = from.front().key;
    for (const Entry& e : from) least = std::min(least, e.key);
    last_ = least;
    for (const Entry& e : from) put(e);
    from.clear();
  }

  std::array<std::vector<Entry>, 65> buckets_;
  std::uint64_t occupied_ = 0;  // bit i - 1 set: bucket i is not empty
  std::uint64_t last_ = 0;      // the key of bucket 0's entries
  std::size_t size_ = 0;
};

// Per-thread scratch memory of the searches, reused across queries and graphs: labels are
// valid only where their stamp is the current search's, so a search costs what it visits, not
// O(V) of initialisation. It only grows (to the largest graph searched on the thread).
class Workspace {
 public:
  // A role's labels from both sides of a search in one 32-byte record: relaxing a move reads
  // the target's label on the searching side and on the other side, one cache line instead of
  // two (on hub-heavy graphs those misses are most of a search's time).
  struct alignas(32) Label {
    std::uint32_t stamp[2] = {0, 0};  // the search each side's label belongs to
    EdgeId pred[2] = {0, 0};          // the move that reached the role on each side
    Weight dist[2] = {0, 0};
  };

  static Workspace& for_graph(std::size_t n) {
    thread_local Workspace ws;
    if (ws.labels_.size() < n) {
      ws.labels_.resize(n);
      ws.blocked_.resize(n, 0);
      ws.to_target_.resize(n);
    }
    return ws;
  }

  // Starts a search: every label becomes invalid.
  void start() {
    if (++now_ == 0) {
      std::fill(labels_.begin(), labels_.end(), Label{});
      now_ = 1;
    }
    queue_[0].clear();
    queue_[1].clear();
  }
  Label* labels() { return labels_.data(); }
  std::uint32_t now() const { return now_; }
  RadixQueue& queue(int side) { return queue_[side]; }  // stale entries are skipped by users

  // The roles a search must not touch: cleared by bumping a stamp.
  void clear_blocked() {
    if (++block_now_ == 0) {
      std::fill(blocked_.begin(), blocked_.end(), 0u);
      block_now_ = 1;
    }
  }
  void block(Vertex v) { blocked_[v] = block_now_; }
  bool blocked(Vertex v) const { return blocked_[v] == block_now_; }

  // Every role's distance to one target (Searcher::grow_tree), valid where stamped with the
  // current tree.
  struct ToTarget {
    std::uint32_t stamp = 0;
    Weight dist = 0;
  };
  void start_tree() {
    if (++tree_now_ == 0) {
      std::fill(to_target_.begin(), to_target_.end(), ToTarget{});
      tree_now_ = 1;
    }
  }
  ToTarget* to_target() { return to_target_.data(); }
  std::uint32_t tree_now() const { return tree_now_; }

 private:
  std::vector<ToTarget> to_target_;
  std::uint32_t tree_now_ = 0;
  std::vector<Label> labels_;
  std::uint32_t now_ = 0;
  RadixQueue queue_[2];
  std::vector<std::uint32_t> blocked_;
  std::uint32_t block_now_ = 0;
};

class Searcher {
 public:
  Searcher(const CareerGraph& g, const PathOptions& o)
      : g_(g),
        adj_(g.adjacency()),
        w_(metric_weights(g, adj_, o.metric)),
        o_(o),
        ws_(Workspace::for_graph(adj_.vertex_count())) {
    for (const auto& id : o.avoid) avoid_.push_back(g.vertex(id));
  }

  // The cheapest route s → t that touches no avoided role. Bidirectional Dijkstra: forward over
  // out-arcs from s, backward over in-arcs from t, each step expanding the side with the smaller
  // queue; μ is the best route through a role labelled from both sides, and the search stops
  // once the two queues' minima add up to at least μ (no route through a role unsettled on both
  // sides is cheaper).
  //
  // With whole-step costs it stops earlier, once the queues' whole steps a (forward) and b
  // (backward) add up to μ's, M (tie-breaks are worth less than a step, so only routes of at
  // most M steps can beat μ). Walk such a route of D ≤ a + b steps: every role fewer than a
  // steps from s is settled forward, every role fewer than b steps from t backward. The first
  // role r at a or more steps from s has an exact forward label (its predecessor is settled);
  // r is fewer than b steps from t, or exactly b with a successor that is, so its backward
  // label is exact as well, and the two were added into μ when the second was set. (Roles the
  // pruning below leaves unlabelled lead to no route under μ.)
  std::optional<RawPath> shortest(Vertex s, Vertex t) {
    ws_.clear_blocked();
    for (Vertex v : avoid_) ws_.block(v);
    if (ws_.blocked(s) || ws_.blocked(t)) return std::nullopt;
    if (s == t) return RawPath{{s}, {}, {0}, 0};
    // Without --avoid, the loop over a role's moves tests none for being blocked: fewer branches
    // and live registers in the loop that is most of a query's time.
    return avoid_.empty() ? bidirectional<false>(s, t) : bidirectional<true>(s, t);
  }

 private:
  template <bool kBlocking>
  std::optional<RawPath> bidirectional(Vertex s, Vertex t) {
    constexpr int kForward = 0, kBackward = 1;
    ws_.start();
    Workspace::Label* const labels = ws_.labels();
    const std::uint32_t now = ws_.now();
    // Whole-step costs: a step is a power of two of weight units (edge_weights), so whole steps
    // are shifts, not divisions, and each side's queued entries are counted by whole step (the
    // first kCountedSteps; stale entries included) to choose the side to expand, see below.
    const bool whole_steps = w_.unit != 0;
    assert(!whole_steps || std::has_single_bit(static_cast<std::uint64_t>(w_.unit)));
    const int step_shift = whole_steps ? std::countr_zero(static_cast<std::uint64_t>(w_.unit)) : 0;
    auto step_of = [&](Weight w) { return static_cast<std::uint64_t>(w) >> step_shift; };
    std::array<std::array<std::int32_t, kCountedSteps>, 2> queued_at_step{};
    auto count = [&](int side, Weight key, std::int32_t delta) {
      if (whole_steps && step_of(key) < kCountedSteps) queued_at_step[side][step_of(key)] += delta;
    };
    for (const auto& [side, v] : {std::pair{kForward, s}, std::pair{kBackward, t}}) {
      labels[v].stamp[side] = now;
      labels[v].dist[side] = 0;
      ws_.queue(side).push(0, static_cast<std::uint32_t>(v));
      count(side, 0, 1);
    }
    Weight mu = kUnreached;
    Vertex meet = s;
    // Drops queue entries superseded by a cheaper label; true while the side has work.
    auto clean = [&](int side) {
      RadixQueue& queue = ws_.queue(side);
      while (!queue.empty() && queue.top().first > labels[queue.top().second].dist[side]) {
        count(side, queue.top().first, -1);
        queue.pop();
      }
      return !queue.empty();
    };
    while (clean(kForward) && clean(kBackward)) {
      RadixQueue& fq = ws_.queue(kForward);
      RadixQueue& bq = ws_.queue(kBackward);
      const Weight fmin = fq.top().first, bmin = bq.top().first;
      if (mu != kUnreached && fmin + bmin >= mu) break;
      if (whole_steps && mu != kUnreached && step_of(mu) < kWholeStepMoves &&
          step_of(fmin) + step_of(bmin) >= step_of(mu)) {
        break;  // the whole-step rule, see above
      }
      // Any side may be expanded without changing the result, only the work. With whole-step
      // costs the search ends when one side's queue moves on to its next whole step (the
      // rule above), and each step settles a level of roles, so the side with fewer entries
      // left at its current step goes first: on the 10k corpus a third fewer moves scanned
      // than by the smaller queue, which is the choice otherwise.
      int side = fq.size() <= bq.size() ? kForward : kBackward;
      if (whole_steps && step_of(fmin) < kCountedSteps && step_of(bmin) < kCountedSteps) {
        side = queued_at_step[kForward][step_of(fmin)] <= queued_at_step[kBackward][step_of(bmin)]
                   ? kForward
                   : kBackward;
      }
      const int other = 1 - side;
      RadixQueue& queue = ws_.queue(side);
      // No route through a role the other side has not settled costs less than this (its
      // queue's minimum, stale entries included, bounds its unsettled distances from below).
      const Weight other_bound = side == kForward ? bmin : fmin;
      const auto [d, u32] = queue.top();
      queue.pop();
      count(side, d, -1);
      const Vertex u = u32;
      const bool forward = side == kForward;
      const auto range = forward ? adj_.out_range(u, o_.lateral) : adj_.in_range(u, o_.lateral);
      const Adjacency::WeightedArc* arcs = forward ? w_.out.data() : w_.in.data();
      for (std::uint32_t i = range.begin; i < range.end; ++i) {
        // Hubs have hundreds of moves: fetch the labels a few moves ahead.
        if (i + 8 < range.end) __builtin_prefetch(&labels[arcs[i + 8].other]);
        const Vertex v = arcs[i].other;
        if (kBlocking && ws_.blocked(v)) continue;
        const Weight nd = d + arcs[i].weight;
        Workspace::Label& l = labels[v];
        const bool seen = l.stamp[side] == now;
        if (seen && nd >= l.dist[side]) continue;
        const bool meets = l.stamp[other] == now && nd + l.dist[other] < mu;
        if (meets) {
          mu = nd + l.dist[other];
          meet = v;
        } else if (!seen && nd + other_bound >= mu) {
          // A first label that cannot lead to a route cheaper than μ is not worth queueing.
          // Only first labels: an improved label must stand, or a role could be settled at
          // more than its distance. Any later label of v is then pruned as well or cheaper
          // than this one (the bound only grows, μ only shrinks), so settled distances stay
          // exact.
          continue;
        }
        l.stamp[side] = now;
        l.dist[side] = nd;
        l.pred[side] = arcs[i].edge;
        queue.push(nd, static_cast<std::uint32_t>(v));
        count(side, nd, 1);
      }
    }
    if (mu == kUnreached) return std::nullopt;
    // The route, sized first: meet's predecessors back to s, then its successors on to t.
    std::size_t ahead = 0, moves = 0;
    for (Vertex v = meet; v != s; v = adj_.source(labels[v].pred[kForward])) ++ahead;
    moves = ahead;
    for (Vertex v = meet; v != t; v = adj_.target(labels[v].pred[kBackward])) ++moves;
    RawPath p;
    p.vertices.resize(moves + 1);
    p.edges.resize(moves);
    p.reached.resize(moves + 1);
    std::size_t i = ahead;
    for (Vertex v = meet;; --i) {
      p.vertices[i] = v;
      p.reached[i] = labels[v].dist[kForward];
      if (v == s) break;
      p.edges[i - 1] = labels[v].pred[kForward];
      v = adj_.source(p.edges[i - 1]);
    }
    i = ahead;
    for (Vertex v = meet; v != t; ++i) {
      p.edges[i] = labels[v].pred[kBackward];
      v = adj_.target(p.edges[i]);
      p.vertices[i + 1] = v;
      p.reached[i + 1] = mu - labels[v].dist[kBackward];
    }
    return p;
  }

 public:
  // Yen's spur searches all end at t. One backward Dijkstra from t over every allowed move
  // gives each role's exact distance to t; with a spur's root roles and banned moves taken away
  // it is still a lower bound, and a consistent one, so A* from the spur (queue ordered by
  // distance so far plus distance to t) settles little more than the route it finds, where a
  // bidirectional search would settle both sides' neighbourhoods again for every spur. Costs
  // one O(E log C) search per target (see paths.h), worth it from the second route on.
  void grow_tree(Vertex t) {
    ws_.start_tree();
    ws_.clear_blocked();
    for (Vertex v : avoid_) ws_.block(v);
    if (ws_.blocked(t)) return;
    Workspace::ToTarget* const tree = ws_.to_target();
    const std::uint32_t now = ws_.tree_now();
    RadixQueue& queue = ws_.queue(1);
    queue.clear();
    tree[t] = {now, 0};
    queue.push(0, static_cast<std::uint32_t>(t));
    while (!queue.empty()) {
      const auto [d, u32] = queue.top();
      queue.pop();
      if (d > tree[u32].dist) continue;
      const auto range = adj_.in_range(u32, o_.lateral);
      const Adjacency::WeightedArc* arcs = w_.in.data();
      for (std::uint32_t i = range.begin; i < range.end; ++i) {
        const Vertex v = arcs[i].other;
        if (ws_.blocked(v)) continue;
        const Weight nd = d + arcs[i].weight;
        if (tree[v].stamp == now && nd >= tree[v].dist) continue;
        tree[v] = {now, nd};
        queue.push(nd, static_cast<std::uint32_t>(v));
      }
    }
  }

  // The cheapest route s → t under the same restrictions as shortest(), by A* over the tree
  // grow_tree(t) made.
  std::optional<RawPath> shortest_in_tree(Vertex s, Vertex t, const std::vector<Vertex>& root,
                                          const std::vector<Vertex>& banned_next) {
    ws_.clear_blocked();
    for (Vertex v : avoid_) ws_.block(v);
    for (Vertex v : root) ws_.block(v);
    const Workspace::ToTarget* const tree = ws_.to_target();
    const std::uint32_t tree_now = ws_.tree_now();
    if (ws_.blocked(s) || ws_.blocked(t) || tree[s].stamp != tree_now) return std::nullopt;
    ws_.start();
    Workspace::Label* const labels = ws_.labels();
    const std::uint32_t now = ws_.now();
    // Keys never decrease: the bound is consistent (exact distances in a graph of which this
    // search sees a part), as the radix queue requires.
    RadixQueue& queue = ws_.queue(0);
    labels[s].stamp[0] = now;
    labels[s].dist[0] = 0;
    queue.push(tree[s].dist, static_cast<std::uint32_t>(s));
    while (!queue.empty()) {
      const auto [f, u32] = queue.top();
      queue.pop();
      const Weight d = labels[u32].dist[0];
      if (f > d + tree[u32].dist) continue;  // superseded by a cheaper label
      const Vertex u = u32;
      if (u == t) break;
      const auto range = adj_.out_range(u, o_.lateral);
      const Adjacency::WeightedArc* arcs = w_.out.data();
      for (std::uint32_t i = range.begin; i < range.end; ++i) {
        const Vertex v = arcs[i].other;
        // Roles without a distance to t cannot reach it.
        if (tree[v].stamp != tree_now || ws_.blocked(v)) continue;
        if (u == s && std::find(banned_next.begin(), banned_next.end(), v) != banned_next.end()) {
          continue;
        }
        const Weight nd = d + arcs[i].weight;
        Workspace::Label& l = labels[v];
        if (l.stamp[0] == now && nd >= l.dist[0]) continue;
        l.stamp[0] = now;
        l.dist[0] = nd;
        l.pred[0] = arcs[i].edge;
        queue.push(nd + tree[v].dist, static_cast<std::uint32_t>(v));
      }
    }
    if (labels[t].stamp[0] != now) return std::nullopt;
    RawPath p;
    for (Vertex v = t; v != s; v = adj_.source(labels[v].pred[0])) {
      p.vertices.push_back(v);
      p.edges.push_back(labels[v].pred[0]);
      p.reached.push_back(labels[v].dist[0]);
    }
    p.vertices.push_back(s);
    p.reached.push_back(0);
    std::reverse(p.vertices.begin(), p.vertices.end());
    std::reverse(p.edges.begin(), p.edges.end());
    std::reverse(p.reached.begin(), p.reached.end());
    return p;
  }

  // Yen's algorithm with Lawler's refinement (a path's spur roles start where it left its
  // parent: earlier spurs would repeat the parent's searches): up to k loopless paths, cheapest
  // first; keeps pulling while `accept` rejects candidates, up to `max_examined` paths.
  std::vector<RawPath> k_shortest(Vertex s, Vertex t, int k, int max_examined,
                                  const std::function<bool(const RawPath&)>& accept) {
    std::vector<RawPath> accepted;
    // The first route by the same search as a single route's: asking for more routes never
    // changes the first one, even among routes of exactly equal cost.
    auto first = shortest(s, t);
    if (!first) return accepted;
    if (max_examined <= 1) {  // one route: none of Yen's bookkeeping
      if (accept(*first)) accepted.push_back(std::move(*first));
      return accepted;
    }
    std::vector<RawPath> a;           // every path produced so far, in order
    std::vector<RawPath> candidates;  // a heap, cheapest on top
    const auto dearer = [](const RawPath& x, const RawPath& y) { return cheaper(y, x); };
    std::unordered_set<std::vector<Vertex>, VerticesHash> seen{first->vertices};
    a.push_back(std::move(*first));
    int examined = 1;
    if (accept(a.back())) accepted.push_back(a.back());
    std::vector<Vertex> root, banned_next;
    if (static_cast<int>(accepted.size()) < k && examined < max_examined) grow_tree(t);
    while (static_cast<int>(accepted.size()) < k && examined < max_examined) {
      const RawPath& prev = a.back();
      for (std::size_t i = prev.deviation; i + 1 < prev.vertices.size(); ++i) {
        const Vertex spur = prev.vertices[i];
        banned_next.clear();
        for (const auto& p : a) {
          if (p.vertices.size() > i + 1 &&
              std::equal(prev.vertices.begin(), prev.vertices.begin() + static_cast<long>(i) + 1,
                         p.vertices.begin())) {
            banned_next.push_back(p.vertices[i + 1]);
          }
        }
        root.assign(prev.vertices.begin(), prev.vertices.begin() + static_cast<long>(i));
        auto spur_path = shortest_in_tree(spur, t, root, banned_next);
        if (!spur_path) continue;
        RawPath total;
        total.deviation = i;
        total.vertices = root;
        total.vertices.insert(total.vertices.end(), spur_path->vertices.begin(),
                              spur_path->vertices.end());
        if (!seen.insert(total.vertices).second) continue;
        total.edges.assign(prev.edges.begin(), prev.edges.begin() + static_cast<long>(i));
        total.edges.insert(total.edges.end(), spur_path->edges.begin(), spur_path->edges.end());
        total.reached.assign(prev.reached.begin(), prev.reached.begin() + static_cast<long>(i));
        for (Weight w : spur_path->reached) total.reached.push_back(prev.reached[i] + w);
        candidates.push_back(std::move(total));
        std::push_heap(candidates.begin(), candidates.end(), dearer);
      }
      if (candidates.empty()) break;
      std::pop_heap(candidates.begin(), candidates.end(), dearer);
      a.push_back(std::move(candidates.back()));
      candidates.pop_back();
      ++examined;
      if (accept(a.back())) accepted.push_back(a.back());
    }
    return accepted;
  }

  Route to_route(const RawPath& p) const {
    const auto& bg = g_.boost_graph();
    Route r;
    r.roles.reserve(p.vertices.size());
    r.edges.reserve(p.edges.size());
    for (Vertex v : p.vertices) r.roles.push_back(bg[v].id);
    for (const EdgeId e : p.edges) {
      const Vertex u = adj_.source(e), v = adj_.target(e);
      const graph::EvidenceList& evidence = bg[adj_.descriptor(e)].evidence;
      RouteEdge re{bg[u].id, bg[v].id, adj_.kind(e), {evidence.begin(), evidence.end()},
                   move_cost(g_, u, v, adj_.kind(e), o_.metric)};
      r.cost += re.cost;
      r.edges.push_back(std::move(re));
    }
    return r;
  }

 private:
  const CareerGraph& g_;
  const Adjacency& adj_;
  const Adjacency::ArcWeights& w_;
  const PathOptions& o_;
  Workspace& ws_;
  std::vector<Vertex> avoid_;
};

graph::Diagnostic unknown_role(std::string_view id) {
  return {"",
          0,
          0,
          graph::Severity::kError,
          "unknown-role",
          "no role with id '" + std::string(id) + "'"};
}

}  // namespace

graph::Expected<std::vector<Route>> find_routes(const CareerGraph& g, std::string_view from,
                                                std::string_view to, const PathOptions& options) {
  const auto source = g.find_role(from);
  if (!source) return unknown_role(from);
  const auto target = g.find_role(to);
  if (!target) return unknown_role(to);
  if (options.via && !g.find_role(*options.via)) return unknown_role(*options.via);
  for (const auto& id : options.avoid) {
    if (!g.find_role(id)) return unknown_role(id);
  }
  const int k = std::max(1, options.k);
  Searcher search(g, options);
  const Vertex s = *source;
  const Vertex t = *target;
  const int max_examined = options.max_steps ? 20 * k : k;
  auto fits = [&](const RawPath& p) {
    return !options.max_steps || static_cast<int>(p.edges.size()) <= *options.max_steps;
  };

  std::vector<RawPath> raw;
  if (options.via && *options.via != from && *options.via != to) {
    // Through a waypoint: combine the k best legs on each side, keep loopless combinations.
    const Vertex w = g.vertex(*options.via);
    auto any = [](const RawPath&) { return true; };
    const auto first = search.k_shortest(s, w, k, k, any);
    const auto second = search.k_shortest(w, t, k, k, any);
    for (const auto& a : first) {
      for (const auto& b : second) {
        RawPath p = a;
        p.vertices.insert(p.vertices.end(), b.vertices.begin() + 1, b.vertices.end());
        p.edges.insert(p.edges.end(), b.edges.begin(), b.edges.end());
        for (Weight r : std::span(b.reached).subspan(1)) p.reached.push_back(a.cost() + r);
        std::set<Vertex> unique(p.vertices.begin(), p.vertices.end());
        if (unique.size() == p.vertices.size() && fits(p)) raw.push_back(std::move(p));
      }
    }
    std::sort(raw.begin(), raw.end(), cheaper);
    if (static_cast<int>(raw.size()) > k) raw.resize(static_cast<size_t>(k));
  } else if (s != t) {
    raw = search.k_shortest(s, t, k, max_examined, fits);
  }
  std::vector<Route> routes;
  for (const auto& p : raw) routes.push_back(search.to_route(p));
  return routes;
}

}  // namespace careergraph::recommend
