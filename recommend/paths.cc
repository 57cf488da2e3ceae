#include "recommend/paths.h"

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <memory>
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

// Distance, predecessor and colour of each vertex for one Dijkstra run, valid only where the
// vertex's stamp is the run's: a run starts by bumping the stamp instead of writing every
// vertex, so a search that stops at a nearby goal costs what it visits, not O(V). Unstamped
// vertices read as Boost's initial values (infinite distance, own predecessor, white).
struct SearchState {
  explicit SearchState(std::size_t n)
      : stamp(n, 0), dist(new double[n]), pred(new Vertex[n]), color(new boost::default_color_type[n]) {}
  void start() {
    if (++now == 0) {  // wrapped: forget every old stamp
      std::fill(stamp.begin(), stamp.end(), 0u);
      now = 1;
    }
  }
  bool seen(Vertex v) const { return stamp[v] == now; }
  void touch(Vertex v) {
    if (seen(v)) return;
    stamp[v] = now;
    dist[v] = std::numeric_limits<double>::infinity();
    pred[v] = v;
    color[v] = boost::color_traits<boost::default_color_type>::white();
  }
  double distance(Vertex v) const { return seen(v) ? dist[v] : std::numeric_limits<double>::infinity(); }
  Vertex predecessor(Vertex v) const { return seen(v) ? pred[v] : v; }

  std::vector<unsigned> stamp;
  unsigned now = 0;
  std::unique_ptr<double[]> dist;
  std::unique_ptr<Vertex[]> pred;
  std::unique_ptr<boost::default_color_type[]> color;
};

// Boost property maps over SearchState (read_write_property_map concept).
struct DistanceMap {
  using key_type = Vertex;
  using value_type = double;
  using reference = double;
  using category = boost::read_write_property_map_tag;
  SearchState* s;
};
inline double get(const DistanceMap& m, Vertex v) { return m.s->distance(v); }
inline void put(const DistanceMap& m, Vertex v, double d) {
  m.s->touch(v);
  m.s->dist[v] = d;
}
struct PredecessorMap {
  using key_type = Vertex;
  using value_type = Vertex;
  using reference = Vertex;
  using category = boost::read_write_property_map_tag;
  SearchState* s;
};
inline Vertex get(const PredecessorMap& m, Vertex v) { return m.s->predecessor(v); }
inline void put(const PredecessorMap& m, Vertex v, Vertex p) {
  m.s->touch(v);
  m.s->pred[v] = p;
}
struct ColorMap {
  using key_type = Vertex;
  using value_type = boost::default_color_type;
  using reference = boost::default_color_type;
  using category = boost::read_write_property_map_tag;
  SearchState* s;
};
inline boost::default_color_type get(const ColorMap& m, Vertex v) {
  return m.s->seen(v) ? m.s->color[v] : boost::color_traits<boost::default_color_type>::white();
}
inline void put(const ColorMap& m, Vertex v, boost::default_color_type c) {
  m.s->touch(v);
  m.s->color[v] = c;
}

class Searcher {
 public:
  Searcher(const CareerGraph& g, const PathOptions& o)
      : g_(g), bg_(g.boost_graph()), o_(o), state_(boost::num_vertices(bg_)) {
    base_.vertex.assign(boost::num_vertices(bg_), 0);
    for (const auto& id : o.avoid) base_.vertex[g.vertex(id)] = 1;
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
    auto wmap = boost::make_function_property_map<EdgeDesc>(
        [this](const EdgeDesc& e) { return weight(e); });
    // Boost's own Dijkstra, given maps that start out initialised (SearchState) instead of
    // the O(V) initialisation pass: the same visiting order, the same routes.
    state_.start();
    const DistanceMap dist{&state_};
    const PredecessorMap pred{&state_};
    put(dist, s, 0.0);
    try {
      boost::dijkstra_shortest_paths_no_init(
          fg, s, pred, dist, wmap, boost::get(boost::vertex_index, bg_), std::less<double>(),
          boost::closed_plus<double>(std::numeric_limits<double>::infinity()), 0.0,
          GoalVisitor(t), ColorMap{&state_});
    } catch (const FoundGoal&) {
    }
    const double dt = state_.distance(t);
    if (dt == std::numeric_limits<double>::infinity() || (t != s && state_.predecessor(t) == t)) {
      return std::nullopt;
    }
    const std::size_t n = boost::num_vertices(bg_);
    RawPath p;
    p.cost = dt;
    for (Vertex v = t; v != s; v = state_.predecessor(v)) {
      if (p.vertices.size() > n) return std::nullopt;  // defensive: broken tree
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
  SearchState state_;
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
