#include "recommend/paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <set>

#include "test_util.h"

namespace careergraph::recommend {
namespace {

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Evidence;

// Roles r0 … r(n-1); skills[i], if given, are role i's skills (importance 1 each).
CareerGraph make_graph(int n, const std::vector<std::tuple<int, int, EdgeKind, int>>& edges,
                       const std::vector<std::vector<int>>& skills = {}) {
  CareerGraph g;
  for (int i = 0; i < n; ++i) {
    graph::Role r;
    r.id = "r" + std::to_string(i);
    r.name = r.id;
    if (static_cast<std::size_t>(i) < skills.size()) {
      for (int k : skills[static_cast<std::size_t>(i)]) {
        graph::SkillLink link;
        link.skill = static_cast<graph::SkillIndex>(k);
        r.skills.push_back(link);
      }
    }
    g.add_role(std::move(r));
  }
  for (auto [u, v, kind, evidence] : edges) {
    for (int e = 0; e < evidence; ++e) {
      g.add_transition(static_cast<graph::Vertex>(u), static_cast<graph::Vertex>(v), kind,
                       Evidence{"g" + std::to_string(e) + ".md", 1});
    }
  }
  return g;
}

constexpr auto P = EdgeKind::kProgression;
constexpr auto R = EdgeKind::kRelated;

std::vector<std::vector<std::string>> role_lists(const std::vector<Route>& routes) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : routes) out.push_back(r.roles);
  return out;
}

TEST(PathsTest, ShortestRouteAndTieBreakByEvidence) {
  // r0 → r1 → r3 (one guide each) and r0 → r2 → r3 (three guides each): equal steps.
  const auto g = make_graph(4, {{0, 1, P, 1}, {1, 3, P, 1}, {0, 2, P, 3}, {2, 3, P, 3}});
  PathOptions o;
  o.k = 2;
  const auto routes = find_routes(g, "r0", "r3", o);
  ASSERT_TRUE(routes.has_value());
  EXPECT_EQ(role_lists(*routes),
            (std::vector<std::vector<std::string>>{{"r0", "r2", "r3"}, {"r0", "r1", "r3"}}));
  EXPECT_EQ((*routes)[0].cost, 2.0);
  EXPECT_EQ((*routes)[0].edges[0].evidence.size(), 3u);
}

TEST(PathsTest, NoRouteIsEmptyNotAnError) {
  const auto g = make_graph(3, {{0, 1, P, 1}});
  const auto routes = find_routes(g, "r1", "r0", {});
  ASSERT_TRUE(routes.has_value());
  EXPECT_TRUE(routes->empty());
  EXPECT_FALSE(find_routes(g, "r0", "nope", {}).has_value());
}

TEST(PathsTest, RelatedEdgesOnlyWithLateral) {
  const auto g = make_graph(3, {{0, 1, R, 1}, {1, 0, R, 1}, {1, 2, P, 1}});
  EXPECT_TRUE(find_routes(g, "r0", "r2", {})->empty());
  PathOptions o;
  o.lateral = true;
  const auto routes = find_routes(g, "r0", "r2", o);
  ASSERT_EQ(routes->size(), 1u);
  EXPECT_EQ((*routes)[0].edges[0].kind, EdgeKind::kRelated);
  EXPECT_EQ((*routes)[0].cost, kLateralStepCost + 1.0);
}

TEST(PathsTest, AvoidViaAndMaxSteps) {
  // Two routes r0→r4: via r1 (2 steps) and via r2→r3 (3 steps).
  const auto g =
      make_graph(5, {{0, 1, P, 1}, {1, 4, P, 1}, {0, 2, P, 1}, {2, 3, P, 1}, {3, 4, P, 1}});
  PathOptions avoid;
  avoid.avoid = {"r1"};
  EXPECT_EQ(role_lists(*find_routes(g, "r0", "r4", avoid)),
            (std::vector<std::vector<std::string>>{{"r0", "r2", "r3", "r4"}}));
  PathOptions via;
  via.via = "r3";
  EXPECT_EQ(role_lists(*find_routes(g, "r0", "r4", via)),
            (std::vector<std::vector<std::string>>{{"r0", "r2", "r3", "r4"}}));
  PathOptions max;
  max.max_steps = 2;
  max.k = 5;
  EXPECT_EQ(role_lists(*find_routes(g, "r0", "r4", max)),
            (std::vector<std::vector<std::string>>{{"r0", "r1", "r4"}}));
  max.avoid = {"r1"};
  EXPECT_TRUE(find_routes(g, "r0", "r4", max)->empty());
}

TEST(PathsTest, GapMetricPrefersLeastLearning) {
  CareerGraph g = make_graph(4, {{0, 1, P, 1}, {1, 3, P, 1}, {0, 2, P, 1}, {2, 3, P, 1}});
  auto skill = [&](const char* id) {
    graph::Skill s;
    s.id = id;
    s.name = id;
    return g.add_skill(s);
  };
  const auto a = skill("a"), b = skill("b"), c = skill("c"), d = skill("d");
  // r1 needs three skills r0 lacks; r2 needs one; r3 needs what r2 has plus one more.
  auto needs = [&](graph::Vertex v, std::vector<graph::SkillIndex> skills) {
    for (auto s : skills) {
      graph::SkillLink l;
      l.skill = s;
      g.role(v).skills.push_back(l);
    }
  };
  needs(0, {a});
  needs(1, {a, b, c, d});
  needs(2, {a, b});
  needs(3, {a, b, c});
  PathOptions o;
  o.metric = Metric::kGap;
  const auto routes = find_routes(g, "r0", "r3", o);
  ASSERT_EQ(routes->size(), 1u);
  EXPECT_EQ((*routes)[0].roles, (std::vector<std::string>{"r0", "r2", "r3"}));
  EXPECT_EQ((*routes)[0].cost, 2.0);  // b, then c
}

// Every simple path r_s → r_t with its cost, by depth-first enumeration. A move between two
// roles costs what its cheapest allowed edge costs (routes are role sequences).
std::vector<std::pair<double, std::vector<int>>> brute_force(const CareerGraph& g, int s, int t,
                                                             bool lateral = false,
                                                             const std::set<int>& avoid = {}) {
  std::vector<std::pair<double, std::vector<int>>> out;
  std::vector<int> path{s};
  std::vector<char> on(g.role_count(), 0);
  on[static_cast<size_t>(s)] = 1;
  const auto& bg = g.boost_graph();
  std::function<void(int, double)> dfs = [&](int u, double cost) {
    if (u == t) {
      out.emplace_back(cost, path);
      return;
    }
    std::map<int, double> step;  // next role → cheapest allowed move there
    for (auto [e, end] = boost::out_edges(static_cast<graph::Vertex>(u), bg); e != end; ++e) {
      if (bg[*e].kind == R && !lateral) continue;
      const int v = static_cast<int>(boost::target(*e, bg));
      const double c = bg[*e].kind == P ? 1.0 : kLateralStepCost;
      if (!step.count(v) || c < step[v]) step[v] = c;
    }
    for (const auto& [v, c] : step) {
      if (on[static_cast<size_t>(v)] || avoid.count(v)) continue;
      on[static_cast<size_t>(v)] = 1;
      path.push_back(v);
      dfs(v, cost + c);
      path.pop_back();
      on[static_cast<size_t>(v)] = 0;
    }
  };
  dfs(s, 0);
  std::sort(out.begin(), out.end());
  return out;
}

// Routes are the min(k, all) cheapest of the brute-force list `all` (cost by rank), each
// loopless, all distinct.
template <typename All>
void expect_k_cheapest(const std::vector<Route>& routes, const All& all, int k, int trial) {
  ASSERT_EQ(routes.size(), std::min<size_t>(all.size(), static_cast<size_t>(k))) << "trial " << trial;
  std::set<std::vector<std::string>> seen;
  for (size_t i = 0; i < routes.size(); ++i) {
    const auto& r = routes[i];
    EXPECT_EQ(r.cost, all[i].first) << "trial " << trial << " rank " << i;
    EXPECT_EQ(std::set<std::string>(r.roles.begin(), r.roles.end()).size(), r.roles.size());
    EXPECT_TRUE(seen.insert(r.roles).second);
  }
}

TEST(PathsTest, YenMatchesBruteForceOnRandomGraphs) {
  std::mt19937 rng(42);
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 3 + static_cast<int>(rng() % 6);
    std::vector<std::tuple<int, int, EdgeKind, int>> edges;
    for (int u = 0; u < n; ++u) {
      for (int v = 0; v < n; ++v) {
        if (u != v && rng() % 100 < 35) edges.emplace_back(u, v, P, 1);  // cycles allowed
      }
    }
    const auto g = make_graph(n, edges);
    const int s = 0, t = n - 1;
    const auto all = brute_force(g, s, t);
    PathOptions o;
    o.k = 1 + static_cast<int>(rng() % 6);
    const auto routes = find_routes(g, "r0", "r" + std::to_string(t), o);
    ASSERT_TRUE(routes.has_value());
    expect_k_cheapest(*routes, all, o.k, trial);
    for (size_t i = 0; i < routes->size(); ++i) {
      const auto& r = (*routes)[i];
      if (i > 0) {
        EXPECT_LE((*routes)[i - 1].cost, r.cost);  // non-decreasing
      }
      EXPECT_EQ(r.roles.front(), "r0");
      EXPECT_EQ(r.roles.back(), "r" + std::to_string(t));
    }
    if (!all.empty()) {
      const PathOptions one;
      EXPECT_EQ(find_routes(g, "r0", "r" + std::to_string(t), one)->at(0).cost, all[0].first);
    }
  }
}

// The same with related edges (often parallel to a progression edge) and avoided roles, on
// graphs with hubs: Yen's spur searches run A* over the distances to the target, which must
// stay exact when the spur's root roles and the avoided ones are taken away.
TEST(PathsTest, YenMatchesBruteForceWithLateralAndAvoid) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 4 + static_cast<int>(rng() % 6);
    const int hub = static_cast<int>(rng() % static_cast<unsigned>(n));
    std::vector<std::tuple<int, int, EdgeKind, int>> edges;
    for (int u = 0; u < n; ++u) {
      for (int v = 0; v < n; ++v) {
        const unsigned chance = u == hub || v == hub ? 60 : 25;
        for (EdgeKind kind : {P, R}) {
          if (u != v && rng() % 100 < chance)
            edges.emplace_back(u, v, kind, 1 + static_cast<int>(rng() % 3));
        }
      }
    }
    const auto g = make_graph(n, edges);
    const int t = n - 1;
    PathOptions o;
    o.k = 1 + static_cast<int>(rng() % 8);
    o.lateral = trial % 2 == 0;
    std::set<int> avoid;
    if (trial % 3 == 0) {
      avoid.insert(1 + static_cast<int>(rng() % static_cast<unsigned>(n - 2)));
      o.avoid = {"r" + std::to_string(*avoid.begin())};
    }
    const auto all = brute_force(g, 0, t, o.lateral, avoid);
    const auto routes = find_routes(g, "r0", "r" + std::to_string(t), o);
    ASSERT_TRUE(routes.has_value());
    expect_k_cheapest(*routes, all, o.k, trial);
    for (const auto& r : *routes) {
      for (const auto& id : o.avoid) EXPECT_EQ(std::count(r.roles.begin(), r.roles.end(), id), 0);
    }
  }
}

// What find_routes minimises, recomputed from the route: each move's cost plus the support
// tie-break 1e-3 / (1 + support).
double full_cost(const CareerGraph& g, const Route& r) {
  double total = 0;
  for (const auto& e : r.edges) {
    const auto& bg = g.boost_graph();
    for (auto [it, end] = boost::out_edges(g.vertex(e.from), bg); it != end; ++it) {
      if (bg[boost::target(*it, bg)].id == e.to && bg[*it].kind == e.kind) {
        total += e.cost + 1e-3 / (1.0 + bg[*it].support());
      }
    }
  }
  return total;
}

// Plain one-sided Dijkstra (an O(V²) scan, no early exit) over the moves find_routes may use:
// the reference for the bidirectional search. Infinite where unreachable.
std::vector<double> reference_distances(const CareerGraph& g, int s, bool lateral,
                                        const std::set<int>& avoid, Metric metric) {
  const auto& bg = g.boost_graph();
  const std::size_t n = g.role_count();
  std::vector<double> dist(n, std::numeric_limits<double>::infinity());
  std::vector<char> done(n, 0);
  dist[static_cast<size_t>(s)] = 0;
  for (;;) {
    std::size_t u = n;
    for (std::size_t v = 0; v < n; ++v) {
      if (!done[v] && dist[v] != std::numeric_limits<double>::infinity() &&
          (u == n || dist[v] < dist[u]))
        u = v;
    }
    if (u == n) break;
    done[u] = 1;
    for (auto [e, end] = boost::out_edges(u, bg); e != end; ++e) {
      const auto v = boost::target(*e, bg);
      if ((bg[*e].kind == R && !lateral) || avoid.count(static_cast<int>(v))) continue;
      const double w =
          move_cost(g, u, v, bg[*e].kind, metric) + 1e-3 / (1.0 + bg[*e].support());
      dist[v] = std::min(dist[v], dist[u] + w);
    }
  }
  return dist;
}

// The bidirectional search must find a cheapest route (the reference's distance, tie-break
// included), a valid one (existing moves of allowed kinds, no avoided role, loopless), and the
// same one every time. Random graphs with a few hubs (roles with moves to and from a large
// share of the others, like the generated corpora), both edge kinds, 1-3 citing places per move
// (so many exact ties), with and without lateral moves and avoided roles. Every fourth graph
// is searched under the gap metric instead, its roles given random skills: costs that are not
// whole steps (0 included), where the search stops and chooses sides by its general rules.
TEST(PathsTest, BidirectionalSearchMatchesOneSidedDijkstra) {
  std::mt19937 rng(3);
  std::mt19937 skill_rng(4);  // apart, so that the graphs of the other trials stay as they were
  for (int trial = 0; trial < 80; ++trial) {
    const int n = 5 + static_cast<int>(rng() % 60);
    std::set<int> hubs;
    for (int h = 0; h < 1 + n / 20; ++h)
      hubs.insert(static_cast<int>(rng() % static_cast<unsigned>(n)));
    std::vector<std::tuple<int, int, EdgeKind, int>> edges;
    for (int u = 0; u < n; ++u) {
      for (int v = 0; v < n; ++v) {
        const unsigned chance = hubs.count(u) || hubs.count(v) ? 40 : 5;
        for (EdgeKind kind : {P, R}) {
          if (u != v && rng() % 100 < chance)
            edges.emplace_back(u, v, kind, 1 + static_cast<int>(rng() % 3));
        }
      }
    }
    PathOptions o;
    std::vector<std::vector<int>> skills;
    if (trial % 4 == 3) {
      o.metric = Metric::kGap;
      skills.resize(static_cast<std::size_t>(n));
      for (auto& role_skills : skills) {
        for (int k = 0; k < 6; ++k) {
          if (skill_rng() % 2 == 0) role_skills.push_back(k);
        }
      }
    }
    const auto g = make_graph(n, edges, skills);
    const auto twin = make_graph(n, edges, skills);  // the same input built again
    o.lateral = trial % 2 == 1;
    std::set<int> avoid;
    if (trial % 3 == 2) {
      for (int a = 0; a < 1 + n / 10; ++a)
        avoid.insert(1 + static_cast<int>(rng() % static_cast<unsigned>(n - 1)));
      for (int a : avoid) o.avoid.push_back("r" + std::to_string(a));
    }
    for (int s : {0, n / 2}) {
      if (avoid.count(s)) continue;
      const auto dist = reference_distances(g, s, o.lateral, avoid, o.metric);
      for (int t = 0; t < n; ++t) {
        if (t == s || avoid.count(t)) continue;
        const std::string from = "r" + std::to_string(s), to = "r" + std::to_string(t);
        const auto routes = find_routes(g, from, to, o);
        ASSERT_TRUE(routes.has_value());
        const std::string where = "trial " + std::to_string(trial) + " " + from + " → " + to;
        if (dist[static_cast<size_t>(t)] == std::numeric_limits<double>::infinity()) {
          EXPECT_TRUE(routes->empty()) << where;
          continue;
        }
        ASSERT_EQ(routes->size(), 1u) << where;
        const Route& r = routes->front();
        EXPECT_NEAR(full_cost(g, r), dist[static_cast<size_t>(t)], 1e-9) << where;
        EXPECT_EQ(r.roles.front(), from);
        EXPECT_EQ(r.roles.back(), to);
        EXPECT_EQ(std::set<std::string>(r.roles.begin(), r.roles.end()).size(), r.roles.size())
            << where;
        for (const auto& e : r.edges) {
          EXPECT_TRUE(o.lateral || e.kind == P) << where;
          EXPECT_FALSE(std::count(o.avoid.begin(), o.avoid.end(), e.to)) << where;
        }
        EXPECT_EQ(role_lists(*find_routes(g, from, to, o)), role_lists(*routes)) << where;
        EXPECT_EQ(role_lists(*find_routes(twin, from, to, o)), role_lists(*routes)) << where;
        PathOptions three = o;
        three.k = 3;
        EXPECT_EQ(role_lists(*find_routes(g, from, to, three)),
                  role_lists(*find_routes(twin, from, to, three)))
            << where;
      }
    }
  }
}

// The adjacency the searches walk is built once per graph: a copy builds its own, and adding
// a move after a search is seen by the next one.
TEST(PathsTest, AdjacencyFollowsTheGraph) {
  auto g = make_graph(4, {{0, 1, P, 1}, {1, 2, P, 1}, {2, 3, P, 1}});
  EXPECT_EQ(find_routes(g, "r0", "r3", {})->at(0).steps(), 3);
  const CareerGraph copy = g;
  g.add_transition(0, 3, P, Evidence{"g.md", 1});
  EXPECT_EQ(find_routes(g, "r0", "r3", {})->at(0).steps(), 1);
  EXPECT_EQ(find_routes(copy, "r0", "r3", {})->at(0).steps(), 3);
}

TEST(PathsTest, SeveralRoutesOnFixtureCorpus) {
  const auto r = testing::load_test({testing::test_data("routes")});
  PathOptions o;
  o.k = 3;
  const auto routes = find_routes(r.graph, "junior", "cto", o);
  ASSERT_EQ(routes->size(), 3u);
  EXPECT_EQ(role_lists(*routes), (std::vector<std::vector<std::string>>{
                                     {"junior", "senior", "manager", "cto"},
                                     {"junior", "senior", "lead", "cto"},
                                     {"junior", "senior", "lead", "manager", "cto"}}));
}

}  // namespace
}  // namespace careergraph::recommend
