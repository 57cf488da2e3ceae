// Ranking many roles at once (for_each_next_roles, next_roles_batch) against next_roles one by
// one: the same rankings, field by field, in the order asked, whatever the threads, with and
// without an index, and eval's figures unchanged.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "recommend/evaluate.h"
#include "recommend/next_roles.h"
#include "recommend_test_util.h"
#include "test_util.h"

namespace careergraph::recommend {
namespace {

using careergraph::testing::expect_same_recommendations;

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Evidence;
using graph::Vertex;

// A graph shaped like a generated corpus: hub roles with dozens of successors, roles of 2-14
// skills from a skewed distribution, levels, related links, a crosswalk twin; `rated`: some
// needs with importance and levels (their fit is read from the Role).
CareerGraph corpus_shaped(unsigned seed, bool rated) {
  std::mt19937 rng(seed);
  CareerGraph g;
  const int roles = 400, skills = 60;
  for (int s = 0; s < skills; ++s) {
    graph::Skill k;
    k.id = "s" + std::to_string(s);
    k.name = k.id;
    k.in_taxonomy = true;
    g.add_skill(k);
  }
  for (int i = 0; i < roles; ++i) {
    graph::Role r;
    r.id = "r" + std::to_string(i);
    r.name = r.id;
    r.level = static_cast<int>(rng() % 8);
    std::set<int> chosen;
    const int n = 2 + static_cast<int>(rng() % 13);
    while (static_cast<int>(chosen.size()) < n) {
      const int a = static_cast<int>(rng() % skills), b = static_cast<int>(rng() % skills);
      chosen.insert(std::min(a, b));  // low indexes are common skills
    }
    for (int c : chosen) {
      graph::SkillLink l;
      l.skill = static_cast<graph::SkillIndex>(c);
      l.source = {r.id + ".md", static_cast<int>(r.skills.size()) + 1};
      if (rated && rng() % 3 == 0) {
        l.level = 1 + static_cast<double>(rng() % 5);
        l.importance = 1 + static_cast<double>(rng() % 4) / 2;
      }
      r.skills.push_back(l);
    }
    g.add_role(std::move(r));
  }
  for (int i = 0; i < roles; ++i) {
    const int out = i % 25 == 0 ? 40 : static_cast<int>(rng() % 5);  // every 25th role a hub
    for (int e = 0; e < out; ++e) {
      const auto b = static_cast<Vertex>(rng() % roles);
      if (b == static_cast<Vertex>(i)) continue;
      const int guides = 1 + static_cast<int>(rng() % 3) * static_cast<int>(rng() % 2);
      for (int k = 0; k < guides; ++k) {
        g.add_transition(static_cast<Vertex>(i), b, EdgeKind::kProgression, Evidence{"guide" + std::to_string(k) + ".md", 10 + e});
      }
    }
    if (rng() % 3 == 0) {
      g.add_transition(static_cast<Vertex>(i), static_cast<Vertex>(rng() % roles), EdgeKind::kRelated,
                       Evidence{"guide0.md", 90});
    }
  }
  g.role(3).same_as = {"r4", "elsewhere"};
  return g;
}

std::vector<Vertex> every_role(const CareerGraph& g) {
  std::vector<Vertex> out(g.role_count());
  for (Vertex v = 0; v < g.role_count(); ++v) out[v] = v;
  return out;
}

// Option sets the batch must rank as next_roles does: the default, n = 3 in English, every
// candidate, `--have` (one at a level, one no role needs) and `--avoid`, and a left-out file.
std::vector<NextOptions> option_sets(const CareerGraph& g) {
  std::vector<NextOptions> out(5);
  out[1].n = 3;
  out[1].english = true;
  out[2].n = -1;
  out[3].have = {{0, std::nullopt}, {1, 3.0}, {static_cast<graph::SkillIndex>(g.skills().size() - 1), std::nullopt}};
  out[3].avoid = {g.role(1).id, g.role(2).id, "no-such-role"};
  out[4].exclude_file = "guide0.md";
  return out;
}

// For every option set, with and without an index given, on 1, 2 and 3 threads: the batch over
// every role is next_roles role by role, in order.
void expect_batch_is_one_by_one(const CareerGraph& g, const std::string& name) {
  const RoleSkillIndex index(g);
  const auto roles = every_role(g);
  const auto sets = option_sets(g);
  for (size_t set = 0; set < sets.size(); ++set) {
    std::vector<std::vector<Recommendation>> want;
    for (Vertex v : roles) want.push_back(next_roles(g, v, sets[set]));
    for (const RoleSkillIndex* ix : {static_cast<const RoleSkillIndex*>(nullptr), &index}) {
      NextOptions o = sets[set];
      o.index = ix;
      for (unsigned threads : {1u, 2u, 3u}) {
        const auto got = next_roles_batch(g, roles, o, threads);
        ASSERT_EQ(got.size(), roles.size());
        const std::string context = name + " options " + std::to_string(set) + (ix ? " indexed" : " no index") +
                                    " threads " + std::to_string(threads);
        for (Vertex v : roles) expect_same_recommendations(g, want[v], got[v], context + " from " + g.role(v).id);
        if (::testing::Test::HasFailure()) return;
      }
    }
  }
}

TEST(NextRolesBatchTest, EqualsOneByOneOnBundledData) {
  const auto loaded = testing::load_with_vocab(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary",
                                               {std::string(CAREERGRAPH_SOURCE_DATA) + "/guides"});
  ASSERT_GT(loaded.graph.role_count(), 20u);
  expect_batch_is_one_by_one(loaded.graph, "bundled");
}

TEST(NextRolesBatchTest, EqualsOneByOneOnCorpusShapedGraphs) {
  expect_batch_is_one_by_one(corpus_shaped(2026, false), "plain");
  expect_batch_is_one_by_one(corpus_shaped(7, true), "rated");
}

// Roles asked in an order of their own (reversed, some twice, neighbours far apart): ranking
// i is that of from[i]. Rankings differ from role to role, so results handed back in any other
// order, or written to the wrong slot, would fail.
TEST(NextRolesBatchTest, RankingsComeBackInTheOrderAsked) {
  const CareerGraph g = corpus_shaped(99, false);
  std::vector<Vertex> from;
  for (Vertex v = g.role_count(); v-- > 0;) from.push_back(v);
  for (Vertex v = 0; v < g.role_count(); v += 7) from.push_back(v);
  std::mt19937 rng(5);
  std::shuffle(from.begin() + 100, from.end(), rng);
  NextOptions o;
  o.n = 3;
  std::set<std::vector<Vertex>> distinct;
  std::vector<std::vector<Recommendation>> want;
  for (Vertex v : from) {
    want.push_back(next_roles(g, v, o));
    std::vector<Vertex> top;
    for (const auto& r : want.back()) top.push_back(r.role);
    distinct.insert(top);
  }
  ASSERT_GT(distinct.size(), from.size() / 2);  // the check below can tell rankings apart
  for (unsigned threads : {1u, 2u, 3u}) {
    const auto got = next_roles_batch(g, from, o, threads);
    ASSERT_EQ(got.size(), from.size());
    for (size_t i = 0; i < from.size(); ++i) {
      expect_same_recommendations(g, want[i], got[i], "threads " + std::to_string(threads) + " position " + std::to_string(i));
    }
    if (HasFailure()) return;
  }
}

// for_each_next_roles hands every query's ranking once, with its position, and options may
// differ from query to query (eval leaves a different file out for each guide).
TEST(NextRolesBatchTest, ForEachHandsEveryRankingOnceWithItsPosition) {
  const CareerGraph g = corpus_shaped(3, false);
  const auto sets = option_sets(g);
  std::vector<NextQuery> queries;
  for (Vertex v = 0; v < g.role_count(); ++v) queries.push_back({v, &sets[v % sets.size()]});
  for (unsigned threads : {1u, 2u, 3u}) {
    std::mutex mutex;
    std::vector<int> calls(queries.size(), 0);
    std::vector<std::vector<Recommendation>> got(queries.size());
    for_each_next_roles(
        g, queries,
        [&](std::size_t i, std::vector<Recommendation>&& ranking) {
          const std::lock_guard<std::mutex> lock(mutex);
          ++calls.at(i);
          got[i] = std::move(ranking);
        },
        threads);
    for (size_t i = 0; i < queries.size(); ++i) {
      ASSERT_EQ(calls[i], 1) << "query " << i << " threads " << threads;
      expect_same_recommendations(g, next_roles(g, queries[i].from, *queries[i].options), got[i],
                  "threads " + std::to_string(threads) + " query " + std::to_string(i));
    }
    if (HasFailure()) return;
  }
}

TEST(NextRolesBatchTest, NoQueriesNoCalls) {
  const CareerGraph g = corpus_shaped(1, false);
  bool called = false;
  for_each_next_roles(g, {}, [&](std::size_t, std::vector<Recommendation>&&) { called = true; });
  EXPECT_FALSE(called);
  EXPECT_TRUE(next_roles_batch(g, {}, NextOptions{}).empty());
}

// An exception from a ranking's consumer reaches the caller (and stops the rest).
TEST(NextRolesBatchTest, ExceptionFromTheConsumerIsRethrown) {
  const CareerGraph g = corpus_shaped(4, false);
  const NextOptions o;
  std::vector<NextQuery> queries;
  for (Vertex v = 0; v < g.role_count(); ++v) queries.push_back({v, &o});
  for (unsigned threads : {1u, 2u}) {
    std::atomic<int> calls{0};
    EXPECT_THROW(for_each_next_roles(
                     g, queries,
                     [&](std::size_t i, std::vector<Recommendation>&&) {
                       ++calls;
                       if (i == 10) throw std::runtime_error("stop");
                     },
                     threads),
                 std::runtime_error);
    EXPECT_LT(calls.load(), static_cast<int>(queries.size()));
  }
}

// The index built on several threads is the index built on one.
TEST(NextRolesBatchTest, IndexTheSameWhateverTheThreads) {
  for (bool rated : {false, true}) {
    const CareerGraph g = corpus_shaped(rated ? 8 : 9, rated);
    const RoleSkillIndex one(g, 1);
    for (unsigned threads : {0u, 2u, 3u}) {
      const RoleSkillIndex many(g, threads);
      EXPECT_EQ(one.distinct_links(), many.distinct_links());
      EXPECT_EQ(one.all_plain(), many.all_plain());
      EXPECT_EQ(one.moves_at_least_one(), many.moves_at_least_one());
      for (graph::SkillIndex s = 0; s < g.skills().size(); ++s) {
        const auto a = one.roles_needing_by_size(s), b = many.roles_needing_by_size(s);
        ASSERT_EQ(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
          EXPECT_EQ(a[i].role, b[i].role);
          EXPECT_EQ(a[i].rank, b[i].rank);
          EXPECT_EQ(a[i].links, b[i].links);
        }
      }
      for (Vertex v = 0; v < g.role_count(); ++v) {
        EXPECT_EQ(one.id_rank(v), many.id_rank(v));
        EXPECT_EQ(one.moves_from(v).size(), many.moves_from(v).size());
        EXPECT_EQ(one.moves_to(v).size(), many.moves_to(v).size());
        EXPECT_EQ(one.related_from(v).size(), many.related_from(v).size());
      }
    }
  }
}

// Each skill's roles by link count, then by the skill's rank among the role's (rarest first),
// then by vertex; ranks count the role's rarer links (a skill linked twice: in link order).
TEST(NextRolesBatchTest, IndexOrdersEachSkillsRolesByLinksRankVertex) {
  const CareerGraph g = corpus_shaped(12, false);
  const RoleSkillIndex index(g);
  for (graph::SkillIndex s = 0; s < g.skills().size(); ++s) {
    const auto entries = index.roles_needing_by_size(s);
    EXPECT_EQ(entries.size(), index.roles_needing(s).size());
    for (size_t i = 0; i < entries.size(); ++i) {
      const auto& e = entries[i];
      ASSERT_EQ(e.links, index.skills_of(e.role).size());
      size_t rarer = 0;
      for (auto k : index.skills_of(e.role)) {
        const size_t nk = index.roles_needing(k).size(), ns = index.roles_needing(s).size();
        rarer += nk < ns || (nk == ns && k < s) ? 1 : 0;
      }
      EXPECT_EQ(e.rank, rarer) << "skill " << s << " role " << e.role;
      if (i > 0) {
        const auto& p = entries[i - 1];
        EXPECT_TRUE(std::tie(p.links, p.rank, p.role) < std::tie(e.links, e.rank, e.role));
      }
    }
  }
}

// eval ranks with the batch: the figures are those of ranking every (guide, move) one by one,
// whatever the threads.
TEST(NextRolesBatchTest, EvalEqualsOneQueryPerMove) {
  const auto loaded = testing::load_with_vocab(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary",
                                               {std::string(CAREERGRAPH_SOURCE_DATA) + "/guides"});
  const CareerGraph& g = loaded.graph;
  const auto& bg = g.boost_graph();
  for (int k : {1, 3, 5}) {
    double hit1 = 0, hitk = 0, mrr = 0;
    size_t queries = 0, guides = 0;
    for (const auto& guide : g.guides()) {
      std::set<std::pair<Vertex, Vertex>> moves;
      for (auto [e, end] = boost::edges(bg); e != end; ++e) {
        if (bg[*e].kind != EdgeKind::kProgression) continue;
        for (const auto& ev : bg[*e].evidence) {
          if (ev.file == guide.file) moves.emplace(boost::source(*e, bg), boost::target(*e, bg));
        }
      }
      if (moves.empty()) continue;
      ++guides;
      NextOptions o;
      o.n = -1;
      o.exclude_file = guide.file;
      for (const auto& [from, to] : moves) {
        ++queries;
        const auto ranked = next_roles(g, from, o);
        for (size_t i = 0; i < ranked.size(); ++i) {
          if (ranked[i].role != to) continue;
          hit1 += i == 0 ? 1 : 0;
          hitk += static_cast<int>(i) < k ? 1 : 0;
          mrr += 1.0 / static_cast<double>(i + 1);
          break;
        }
      }
    }
    ASSERT_GT(queries, 100u);
    for (unsigned threads : {1u, 2u, 3u}) {
      const EvalResult r = evaluate_next(g, k, threads);
      EXPECT_EQ(r.guides, guides);
      EXPECT_EQ(r.queries, queries);
      EXPECT_EQ(r.hit_at_1, hit1 / static_cast<double>(queries)) << "k " << k << " threads " << threads;
      EXPECT_EQ(r.hit_at_k, hitk / static_cast<double>(queries)) << "k " << k << " threads " << threads;
      EXPECT_EQ(r.mrr, mrr / static_cast<double>(queries)) << "k " << k << " threads " << threads;
    }
  }
}

}  // namespace
}  // namespace careergraph::recommend
