#include "recommend/paths.h"

#include <gtest/gtest.h>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <random>
#include <set>

#include "test_util.h"

namespace careergraph::recommend {
namespace {

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Evidence;

CareerGraph make_graph(int n, const std::vector<std::tuple<int, int, EdgeKind, int>>& edges) {
  CareerGraph g;
  for (int i = 0; i < n; ++i) {
    graph::Role r;
    r.id = "r" + std::to_string(i);
    r.name = r.id;
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
  EXPECT_EQ(role_lists(*routes), (std::vector<std::vector<std::string>>{
                                     {"r0", "r2", "r3"}, {"r0", "r1", "r3"}}));
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
  const auto g = make_graph(5, {{0, 1, P, 1}, {1, 4, P, 1}, {0, 2, P, 1}, {2, 3, P, 1}, {3, 4, P, 1}});
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

// Every simple path r_s → r_t with its cost, by depth-first enumeration.
std::vector<std::pair<double, std::vector<int>>> brute_force(const CareerGraph& g, int s, int t) {
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
    for (auto [e, end] = boost::out_edges(static_cast<graph::Vertex>(u), bg); e != end; ++e) {
      if (bg[*e].kind != P) continue;
      const int v = static_cast<int>(boost::target(*e, bg));
      if (on[static_cast<size_t>(v)]) continue;
      on[static_cast<size_t>(v)] = 1;
      path.push_back(v);
      dfs(v, cost + 1);
      path.pop_back();
      on[static_cast<size_t>(v)] = 0;
    }
  };
  dfs(s, 0);
  std::sort(out.begin(), out.end());
  return out;
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
    ASSERT_EQ(routes->size(), std::min<size_t>(all.size(), static_cast<size_t>(o.k))) << "trial " << trial;
    std::set<std::vector<std::string>> seen;
    for (size_t i = 0; i < routes->size(); ++i) {
      const auto& r = (*routes)[i];
      EXPECT_EQ(r.cost, all[i].first) << "trial " << trial << " rank " << i;  // the k cheapest
      EXPECT_EQ(std::set<std::string>(r.roles.begin(), r.roles.end()).size(), r.roles.size());  // loopless
      EXPECT_TRUE(seen.insert(r.roles).second);  // distinct
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

// find_routes runs Boost's Dijkstra on maps that start out initialised (instead of an O(V)
// pass per search). Same algorithm, same visiting order: the route must be the one Boost's
// fully initialised Dijkstra finds, including among routes of exactly equal cost (evidence
// counts of 1-2 make many ties here), and for every goal of one graph in turn (the stamps
// of one search must not leak into the next).
TEST(PathsTest, ShortestRouteIsBoostDijkstrasIncludingTies) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 60; ++trial) {
    const int n = 5 + static_cast<int>(rng() % 40);
    std::vector<std::tuple<int, int, EdgeKind, int>> edges;
    for (int u = 0; u < n; ++u) {
      for (int v = 0; v < n; ++v) {
        if (u != v && rng() % 100 < 12) edges.emplace_back(u, v, P, 1 + static_cast<int>(rng() % 2));
      }
    }
    const auto g = make_graph(n, edges);
    const auto& bg = g.boost_graph();
    std::vector<double> dist(boost::num_vertices(bg));
    std::vector<graph::Vertex> pred(boost::num_vertices(bg));
    boost::dijkstra_shortest_paths(
        bg, graph::Vertex{0},
        boost::predecessor_map(pred.data())
            .distance_map(dist.data())
            .weight_map(boost::make_function_property_map<graph::EdgeDesc>(
                [&](const graph::EdgeDesc& e) { return 1.0 + 1e-3 / (1.0 + bg[e].support()); })));
    for (int t = 1; t < n; ++t) {
      const auto routes = find_routes(g, "r0", "r" + std::to_string(t), PathOptions{});
      ASSERT_TRUE(routes.has_value());
      if (dist[static_cast<size_t>(t)] == std::numeric_limits<double>::max() ||
          pred[static_cast<size_t>(t)] == static_cast<graph::Vertex>(t)) {
        EXPECT_TRUE(routes->empty()) << "trial " << trial << " to r" << t;
        continue;
      }
      std::vector<std::string> expected;
      for (auto v = static_cast<graph::Vertex>(t); v != 0; v = pred[v]) expected.push_back(bg[v].id);
      expected.push_back("r0");
      std::reverse(expected.begin(), expected.end());
      ASSERT_EQ(routes->size(), 1u) << "trial " << trial << " to r" << t;
      EXPECT_EQ(routes->front().roles, expected) << "trial " << trial << " to r" << t;
    }
  }
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
