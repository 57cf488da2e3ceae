#include "viz/diagrams.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "graph/adjacency.h"

namespace careergraph::viz {
namespace {

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Vertex;

// Pastel fills, dark text stays readable on each; neighbours in the list differ in hue.
constexpr const char* kPalette[] = {"#cfe2f3", "#fce5cd", "#d9ead3", "#f4cccc",
                                    "#d9d2e9", "#fff2cc", "#d0e0e3", "#ead1dc",
                                    "#e6d8c3", "#c9daf8", "#b6d7a8", "#f9cb9c"};
constexpr const char* kNoTrackFill = "#eeeeee";

class Palette {
 public:
  explicit Palette(const CareerGraph& g) {
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (!g.role(v).track.empty()) tracks_.insert(g.role(v).track);
    }
  }
  std::string fill(const std::string& track) const {
    auto it = tracks_.find(track);
    if (it == tracks_.end()) return kNoTrackFill;
    const auto i = static_cast<std::size_t>(std::distance(tracks_.begin(), it));
    return kPalette[i % std::size(kPalette)];
  }

 private:
  std::set<std::string> tracks_;
};

std::string evidence_tooltip(const graph::Transition& t) {
  std::string out;
  if (!t.evidence.empty()) {
    out = t.evidence.front().to_string();
    if (t.evidence.size() > 1) out += " (+" + std::to_string(t.evidence.size() - 1) + ")";
  }
  if (t.count() > 0) {
    if (!out.empty()) out += ", ";
    std::string n = std::to_string(t.count());
    n.erase(n.find_last_not_of('0') + 1);
    if (n.back() == '.') n.pop_back();
    out += "observed " + n;
  }
  return out;
}

// Collects nodes and edges once each, in first-added order.
class Builder {
 public:
  Builder(const CareerGraph& g, const DiagramOptions& o) : g_(g), o_(o), palette_(g) {
    d_.title = o.title;
    d_.labels = o.labels;
  }

  bool has(Vertex v) const { return index_.count(v) != 0; }

  // Adds the role (or strengthens its emphasis: highlight > normal > muted > faded).
  void node(Vertex v, Emphasis e) {
    auto it = index_.find(v);
    if (it != index_.end()) {
      Node& n = d_.nodes[it->second];
      if (rank(e) > rank(n.emphasis)) n.emphasis = e;
      return;
    }
    const graph::Role& r = g_.role(v);
    Node n;
    n.id = r.id;
    n.label = o_.name ? o_.name(r) : r.name;
    if (n.label.empty()) n.label = r.id;
    n.track = r.track;
    n.level = r.level;
    n.fill = palette_.fill(r.track);
    n.emphasis = e;
    n.tooltip = r.id;
    if (!r.track.empty()) n.tooltip += " · " + r.track.str();
    if (r.level > 0) n.tooltip += " · " + o_.labels.level + " " + std::to_string(r.level);
    if (!o_.link_pattern.empty() && r.guide) {
      n.url = o_.link_pattern;
      const auto pos = n.url.find("{slug}");
      if (pos != std::string::npos) n.url.replace(pos, 6, g_.guides()[*r.guide].slug);
    }
    index_.emplace(v, d_.nodes.size());
    vertices_.push_back(v);
    d_.nodes.push_back(std::move(n));
  }

  void focus(Vertex v) { d_.nodes[index_.at(v)].focus = true; }

  // Adds the move u → v of `kind` (related pairs are one edge whichever way they are stored).
  // Returns false when it was already drawn.
  bool edge(Vertex u, Vertex v, EdgeKind kind, Emphasis e, std::string label = {}) {
    const Key key =
        kind == EdgeKind::kRelated ? Key{std::min(u, v), std::max(u, v), kind} : Key{u, v, kind};
    if (!edges_.insert(key).second) return false;
    Edge x;
    x.from = g_.role(u).id;
    x.to = g_.role(v).id;
    x.kind = kind;
    x.emphasis = e;
    x.label = std::move(label);
    if (const graph::Transition* t = transition(u, v, kind)) x.tooltip = evidence_tooltip(*t);
    d_.edges.push_back(std::move(x));
    return true;
  }

  // Moves between roles already drawn that are not drawn yet, by the order of their ends.
  // `related_if` decides which related moves to add.
  template <typename Pred>
  void remaining_edges(Emphasis e, bool progression, Pred related_if) {
    std::vector<std::tuple<std::size_t, std::size_t, int, Vertex, Vertex, EdgeKind>> todo;
    const auto& bg = g_.boost_graph();
    for (Vertex u : vertices_) {
      for (auto [it, end] = boost::out_edges(u, bg); it != end; ++it) {
        const Vertex v = boost::target(*it, bg);
        const EdgeKind kind = bg[*it].kind;
        if (!has(v) || u == v) continue;
        if (kind == EdgeKind::kProgression ? !progression : !related_if(u, v)) continue;
        todo.emplace_back(index_.at(u), index_.at(v), static_cast<int>(kind), u, v, kind);
      }
    }
    std::sort(todo.begin(), todo.end());
    for (const auto& t : todo) edge(std::get<3>(t), std::get<4>(t), std::get<5>(t), e);
  }

  Diagram take() { return std::move(d_); }
  const std::vector<Vertex>& vertices() const { return vertices_; }

 private:
  using Key = std::tuple<Vertex, Vertex, EdgeKind>;

  static int rank(Emphasis e) {
    switch (e) {
      case Emphasis::kHighlight:
        return 3;
      case Emphasis::kNormal:
        return 2;
      case Emphasis::kMuted:
        return 1;
      case Emphasis::kFaded:
        return 0;
    }
    return 0;
  }

  const graph::Transition* transition(Vertex u, Vertex v, EdgeKind kind) const {
    const auto& bg = g_.boost_graph();
    for (auto [it, end] = boost::out_edges(u, bg); it != end; ++it) {
      if (boost::target(*it, bg) == v && bg[*it].kind == kind) return &bg[*it];
    }
    if (kind == EdgeKind::kRelated) {  // a related pair may be stored the other way round
      for (auto [it, end] = boost::out_edges(v, bg); it != end; ++it) {
        if (boost::target(*it, bg) == u && bg[*it].kind == kind) return &bg[*it];
      }
    }
    return nullptr;
  }

  const CareerGraph& g_;
  const DiagramOptions& o_;
  Palette palette_;
  Diagram d_;
  std::map<Vertex, std::size_t> index_;
  std::vector<Vertex> vertices_;
  std::set<Key> edges_;
};

// Distances from `start` along progression moves (forward: successors; else predecessors),
// up to `depth`. Breadth-first, neighbours visited in id order.
std::map<Vertex, int> progression_bfs(const CareerGraph& g, Vertex start, int depth, bool forward) {
  const auto& bg = g.boost_graph();
  std::map<Vertex, int> dist{{start, 0}};
  std::deque<Vertex> queue{start};
  while (!queue.empty()) {
    const Vertex u = queue.front();
    queue.pop_front();
    if (dist[u] >= depth) continue;
    std::vector<std::pair<std::string, Vertex>> next;
    if (forward) {
      for (auto [it, end] = boost::out_edges(u, bg); it != end; ++it) {
        if (bg[*it].kind == EdgeKind::kProgression) {
          next.emplace_back(g.role(boost::target(*it, bg)).id, boost::target(*it, bg));
        }
      }
    } else {
      const graph::Adjacency& adj = g.adjacency();  // the in-moves (sorted below)
      const auto in = adj.in_range(u, EdgeKind::kProgression);
      for (auto i = in.begin; i < in.end; ++i) {
        const Vertex w = adj.in_arcs()[i].other;
        next.emplace_back(g.role(w).id, w);
      }
    }
    std::sort(next.begin(), next.end());
    for (const auto& [id, v] : next) {
      if (dist.emplace(v, dist[u] + 1).second) queue.push_back(v);
    }
  }
  return dist;
}

// Roles of `dist` other than the start, nearest first, then by id.
std::vector<Vertex> by_distance(const CareerGraph& g, const std::map<Vertex, int>& dist) {
  std::vector<std::tuple<int, std::string, Vertex>> order;
  for (const auto& [v, d] : dist) {
    if (d > 0) order.emplace_back(d, g.role(v).id, v);
  }
  std::sort(order.begin(), order.end());
  std::vector<Vertex> out;
  for (const auto& o : order) out.push_back(std::get<2>(o));
  return out;
}

}  // namespace

std::string track_fill(const CareerGraph& g, const std::string& track) {
  return Palette(g).fill(track);
}

std::size_t missing_skill_count(const CareerGraph& g, Vertex from, Vertex to) {
  std::set<graph::SkillIndex> have;
  for (const auto& s : g.role(from).skills) have.insert(s.skill);
  std::set<graph::SkillIndex> missing;
  for (const auto& s : g.role(to).skills) {
    if (have.count(s.skill) == 0) missing.insert(s.skill);
  }
  return missing.size();
}

Diagram route_diagram(const CareerGraph& g, const std::vector<RoutePath>& routes, bool gaps,
                      const DiagramOptions& options) {
  Builder b(g, options);
  for (std::size_t r = 0; r < routes.size(); ++r) {
    const Emphasis e = r == 0 ? Emphasis::kHighlight : Emphasis::kMuted;
    for (const auto& id : routes[r].roles) b.node(g.vertex(id), e);
  }
  for (std::size_t r = 0; r < routes.size(); ++r) {
    const Emphasis e = r == 0 ? Emphasis::kHighlight : Emphasis::kMuted;
    const auto& path = routes[r];
    for (std::size_t i = 0; i + 1 < path.roles.size() && i < path.moves.size(); ++i) {
      const Vertex u = g.vertex(path.roles[i]);
      const Vertex v = g.vertex(path.roles[i + 1]);
      b.edge(u, v, path.moves[i], e,
             gaps ? "+" + std::to_string(missing_skill_count(g, u, v)) : std::string());
    }
  }
  if (!routes.empty() && !routes.front().roles.empty()) {
    b.focus(g.vertex(routes.front().roles.front()));
    b.focus(g.vertex(routes.front().roles.back()));
  }
  b.remaining_edges(Emphasis::kFaded, true, [](Vertex, Vertex) { return true; });
  Diagram d = b.take();
  d.name = "route";
  return d;
}

Diagram neighbourhood_diagram(const CareerGraph& g, Vertex role, int depth,
                              const DiagramOptions& options) {
  const auto next = progression_bfs(g, role, depth, true);
  const auto feeders = progression_bfs(g, role, depth, false);
  const auto& bg = g.boost_graph();
  std::vector<std::pair<std::string, Vertex>> related;
  for (auto [it, end] = boost::out_edges(role, bg); it != end; ++it) {
    if (bg[*it].kind == EdgeKind::kRelated) {
      related.emplace_back(g.role(boost::target(*it, bg)).id, boost::target(*it, bg));
    }
  }
  const graph::Adjacency& adj = g.adjacency();  // the in-moves (sorted below)
  const auto in = adj.in_range(role, EdgeKind::kRelated);
  for (auto i = in.begin; i < in.end; ++i) {
    const Vertex w = adj.in_arcs()[i].other;
    related.emplace_back(g.role(w).id, w);
  }
  std::sort(related.begin(), related.end());

  Builder b(g, options);
  b.node(role, Emphasis::kHighlight);
  b.focus(role);
  for (Vertex v : by_distance(g, feeders)) b.node(v, Emphasis::kNormal);
  for (Vertex v : by_distance(g, next)) b.node(v, Emphasis::kNormal);
  for (const auto& [id, v] : related) {
    if (v != role) b.node(v, Emphasis::kNormal);
  }
  // The chains to and from the role: moves one step nearer it (feeders) or one step further
  // from it (next roles).
  auto on_chain = [&](Vertex u, Vertex v) {
    auto fu = feeders.find(u), fv = feeders.find(v);
    if (fu != feeders.end() && fv != feeders.end() && fu->second == fv->second + 1) return true;
    auto nu = next.find(u), nv = next.find(v);
    return nu != next.end() && nv != next.end() && nv->second == nu->second + 1;
  };
  std::vector<std::tuple<std::size_t, std::size_t, Vertex, Vertex>> chain;
  const auto& order = b.vertices();
  auto pos = [&](Vertex v) {
    return static_cast<std::size_t>(std::find(order.begin(), order.end(), v) - order.begin());
  };
  for (Vertex u : order) {
    for (auto [it, end] = boost::out_edges(u, bg); it != end; ++it) {
      const Vertex v = boost::target(*it, bg);
      if (bg[*it].kind == EdgeKind::kProgression && b.has(v) && on_chain(u, v)) {
        chain.emplace_back(pos(u), pos(v), u, v);
      }
    }
  }
  std::sort(chain.begin(), chain.end());
  for (const auto& c : chain) {
    b.edge(std::get<2>(c), std::get<3>(c), EdgeKind::kProgression, Emphasis::kNormal);
  }
  for (const auto& [id, v] : related) {
    if (v != role) b.edge(role, v, EdgeKind::kRelated, Emphasis::kNormal);
  }
  b.remaining_edges(Emphasis::kFaded, true, [](Vertex, Vertex) { return false; });
  Diagram d = b.take();
  d.name = "role";
  return d;
}

Diagram map_diagram(const CareerGraph& g, const DiagramOptions& options) {
  std::vector<std::tuple<int, std::string, std::string, Vertex>> order;
  for (Vertex v = 0; v < g.role_count(); ++v) {
    const auto& r = g.role(v);
    order.emplace_back(r.level, r.track, r.id, v);
  }
  std::sort(order.begin(), order.end());
  Builder b(g, options);
  for (const auto& o : order) b.node(std::get<3>(o), Emphasis::kNormal);
  b.remaining_edges(Emphasis::kNormal, true, [](Vertex, Vertex) { return true; });
  Diagram d = b.take();
  d.name = "map";
  d.level_ranks = true;
  std::set<std::string> tracks;
  bool untracked = false;
  for (const auto& n : d.nodes) {
    if (n.track.empty()) {
      untracked = true;
    } else {
      tracks.insert(n.track);
    }
  }
  const Palette palette(g);
  for (const auto& t : tracks) d.legend.push_back({t, palette.fill(t)});
  if (untracked) d.legend.push_back({options.labels.no_track, kNoTrackFill});
  return d;
}

}  // namespace careergraph::viz
