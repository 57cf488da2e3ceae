#include "recommend/paths.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <set>

namespace careergraph::recommend {

using graph::BoostGraph;
using graph::CareerGraph;
using graph::EdgeDesc;
using graph::EdgeKind;
using graph::Vertex;

const char* metric_name(Metric m) { return m == Metric::kSteps ? "steps" : "gap"; }

double move_cost(const CareerGraph& g, Vertex from, Vertex to, EdgeKind kind, Metric metric) {
  if (metric == Metric::kSteps) return kind == EdgeKind::kProgression ? 1.0 : kLateralStepCost;
  double missing = 0;
  const auto& have = g.role(from).skills;
  for (const auto& need : g.role(to).skills) {
    const bool held = std::any_of(have.begin(), have.end(),
                                  [&](const auto& h) { return h.skill == need.skill; });
    if (!held) missing += need.importance;
  }
  return missing;
}

namespace {

// A route in descriptor form while searching.
struct RawPath {
  std::vector<Vertex> vertices;
  std::vector<EdgeDesc> edges;
  double cost = 0;  // with tie-break
};

struct EdgeKey {
  Vertex u, v;
  EdgeKind kind;
  auto operator<=>(const EdgeKey&) const = default;
};

// Filters for one search: which edge kinds are allowed, which vertices and edges Yen's
// algorithm has blocked for the current spur.
struct Blocked {
  std::vector<char> vertex;  // by vertex index
  std::set<EdgeKey> edges;
};

struct EdgeFilter {
  const BoostGraph* g = nullptr;
  const Blocked* blocked = nullptr;
  bool lateral = false;
  bool operator()(const EdgeDesc& e) const {
    const auto& t = (*g)[e];
    if (t.kind == EdgeKind::kRelated && !lateral) return false;
    return blocked->edges.empty() ||
           blocked->edges.count({boost::source(e, *g), boost::target(e, *g), t.kind}) == 0;
  }
};

struct VertexFilter {
  const Blocked* blocked = nullptr;
  bool operator()(const Vertex& v) const { return blocked->vertex[v] == 0; }
};

struct FoundGoal {};

class GoalVisitor : public boost::default_dijkstra_visitor {
 public:
  explicit GoalVisitor(Vertex goal) : goal_(goal) {}
  template <typename G>
  void examine_vertex(Vertex u, const G&) const {
    if (u == goal_) throw FoundGoal{};
  }

 private:
  Vertex goal_;
};

class Searcher {
 public:
  Searcher(const CareerGraph& g, const PathOptions& o) : g_(g), bg_(g.boost_graph()), o_(o) {
    const auto n = boost::num_vertices(bg_);
    base_.vertex.assign(n, 0);
    for (const auto& id : o.avoid) base_.vertex[g.vertex(id)] = 1;
    dist_.resize(n);
    pred_.resize(n);
  }

  // Internal weight: the metric's cost plus a tie-break that prefers better-supported moves.
  // The tie-break stays below 1e-3 per move, so it only orders routes of equal cost.
  double weight(const EdgeDesc& e) const {
    const auto& t = bg_[e];
    return move_cost(g_, boost::source(e, bg_), boost::target(e, bg_), t.kind, o_.metric) +
           1e-3 / (1.0 + t.support());
  }

  std::optional<RawPath> shortest(Vertex s, Vertex t, const Blocked& blocked) {
    if (blocked.vertex[s] || blocked.vertex[t]) return std::nullopt;
    const EdgeFilter ef{&bg_, &blocked, o_.lateral};
    const VertexFilter vf{&blocked};
    boost::filtered_graph<BoostGraph, EdgeFilter, VertexFilter> fg(bg_, ef, vf);
    std::fill(dist_.begin(), dist_.end(), std::numeric_limits<double>::infinity());
    for (Vertex v = 0; v < pred_.size(); ++v) pred_[v] = v;
    auto wmap = boost::make_function_property_map<EdgeDesc>(
        [this](const EdgeDesc& e) { return weight(e); });
    try {
      boost::dijkstra_shortest_paths(
          fg, s,
          boost::predecessor_map(pred_.data())
              .distance_map(dist_.data())
              .weight_map(wmap)
              .distance_inf(std::numeric_limits<double>::infinity())
              .visitor(GoalVisitor(t)));
    } catch (const FoundGoal&) {
    }
    if (dist_[t] == std::numeric_limits<double>::infinity() || (t != s && pred_[t] == t)) {
      return std::nullopt;
    }
    RawPath p;
    p.cost = dist_[t];
    for (Vertex v = t; v != s; v = pred_[v]) {
      if (p.vertices.size() > pred_.size()) return std::nullopt;  // defensive: broken tree
      p.vertices.push_back(v);
    }
    p.vertices.push_back(s);
    std::reverse(p.vertices.begin(), p.vertices.end());
    for (size_t i = 0; i + 1 < p.vertices.size(); ++i) p.edges.push_back(best_edge(p.vertices[i], p.vertices[i + 1], blocked));
    return p;
  }

  // Yen's algorithm: up to k loopless paths, cheapest first; keeps pulling while `accept`
  // rejects candidates, up to `max_examined` paths.
  std::vector<RawPath> k_shortest(Vertex s, Vertex t, int k, int max_examined,
                                  const std::function<bool(const RawPath&)>& accept) {
    std::vector<RawPath> accepted;
    std::vector<RawPath> a;  // every path produced so far, in order
    auto first = shortest(s, t, base_);
    if (!first) return accepted;
    std::vector<RawPath> b;
    std::set<std::vector<Vertex>> seen{first->vertices};
    a.push_back(std::move(*first));
    int examined = 1;
    if (accept(a.back())) accepted.push_back(a.back());
    while (static_cast<int>(accepted.size()) < k && examined < max_examined) {
      const RawPath& prev = a.back();
      for (size_t i = 0; i + 1 < prev.vertices.size(); ++i) {
        const Vertex spur = prev.vertices[i];
        Blocked blocked = base_;
        for (const auto& p : a) {
          if (p.vertices.size() > i &&
              std::equal(prev.vertices.begin(), prev.vertices.begin() + static_cast<long>(i) + 1,
                         p.vertices.begin())) {
            const EdgeDesc e = p.edges[i];
            blocked.edges.insert({boost::source(e, bg_), boost::target(e, bg_), bg_[e].kind});
          }
        }
        for (size_t j = 0; j < i; ++j) blocked.vertex[prev.vertices[j]] = 1;
        auto spur_path = shortest(spur, t, blocked);
        if (!spur_path) continue;
        RawPath total;
        total.vertices.assign(prev.vertices.begin(), prev.vertices.begin() + static_cast<long>(i));
        total.edges.assign(prev.edges.begin(), prev.edges.begin() + static_cast<long>(i));
        total.vertices.insert(total.vertices.end(), spur_path->vertices.begin(), spur_path->vertices.end());
        total.edges.insert(total.edges.end(), spur_path->edges.begin(), spur_path->edges.end());
        total.cost = 0;
        for (const auto& e : total.edges) total.cost += weight(e);
        if (seen.insert(total.vertices).second) b.push_back(std::move(total));
      }
      if (b.empty()) break;
      auto best = std::min_element(b.begin(), b.end(), [](const RawPath& x, const RawPath& y) {
        return x.cost < y.cost || (x.cost == y.cost && x.vertices < y.vertices);
      });
      a.push_back(std::move(*best));
      b.erase(best);
      ++examined;
      if (accept(a.back())) accepted.push_back(a.back());
    }
    return accepted;
  }

  Route to_route(const RawPath& p) const {
    Route r;
    for (Vertex v : p.vertices) r.roles.push_back(bg_[v].id);
    for (const EdgeDesc& e : p.edges) {
      const auto& t = bg_[e];
      RouteEdge re{bg_[boost::source(e, bg_)].id, bg_[boost::target(e, bg_)].id, t.kind,
                   t.evidence,
                   move_cost(g_, boost::source(e, bg_), boost::target(e, bg_), t.kind, o_.metric)};
      r.cost += re.cost;
      r.edges.push_back(std::move(re));
    }
    return r;
  }

 private:
  // The cheapest allowed edge u → v (a progression and a related edge may both exist).
  EdgeDesc best_edge(Vertex u, Vertex v, const Blocked& blocked) const {
    const EdgeFilter ef{&bg_, &blocked, o_.lateral};
    std::optional<EdgeDesc> best;
    for (auto [e, end] = boost::out_edges(u, bg_); e != end; ++e) {
      if (boost::target(*e, bg_) != v || !ef(*e)) continue;
      if (!best || weight(*e) < weight(*best)) best = *e;
    }
    return *best;
  }

  const CareerGraph& g_;
  const BoostGraph& bg_;
  const PathOptions& o_;
  Blocked base_;
  std::vector<double> dist_;
  std::vector<Vertex> pred_;
};

graph::Diagnostic unknown_role(std::string_view id) {
  return {"", 0, 0, graph::Severity::kError, "unknown-role", "no role with id '" + std::string(id) + "'"};
}

}  // namespace

graph::Expected<std::vector<Route>> find_routes(const CareerGraph& g, std::string_view from,
                                                std::string_view to, const PathOptions& options) {
  for (std::string_view id : {from, to}) {
    if (!g.find_role(id)) return unknown_role(id);
  }
  if (options.via && !g.find_role(*options.via)) return unknown_role(*options.via);
  for (const auto& id : options.avoid) {
    if (!g.find_role(id)) return unknown_role(id);
  }
  const int k = std::max(1, options.k);
  Searcher search(g, options);
  const Vertex s = g.vertex(from);
  const Vertex t = g.vertex(to);
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
        p.cost += b.cost;
        std::set<Vertex> unique(p.vertices.begin(), p.vertices.end());
        if (unique.size() == p.vertices.size() && fits(p)) raw.push_back(std::move(p));
      }
    }
    std::sort(raw.begin(), raw.end(), [](const RawPath& x, const RawPath& y) {
      return x.cost < y.cost || (x.cost == y.cost && x.vertices < y.vertices);
    });
    if (static_cast<int>(raw.size()) > k) raw.resize(static_cast<size_t>(k));
  } else if (s != t) {
    raw = search.k_shortest(s, t, k, max_examined, fits);
  }
  std::vector<Route> routes;
  for (const auto& p : raw) routes.push_back(search.to_route(p));
  return routes;
}

}  // namespace careergraph::recommend
