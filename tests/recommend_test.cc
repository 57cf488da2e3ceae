#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "recommend/evaluate.h"
#include "recommend/learning_plan.h"
#include "recommend/next_roles.h"
#include "recommend_test_util.h"
#include "recommend/reach.h"
#include "recommend/set_cover.h"
#include "recommend/skill_gap.h"

namespace careergraph::recommend {
namespace {

using careergraph::testing::expect_same_recommendations;

using graph::CareerGraph;
using graph::EdgeKind;
using graph::Evidence;
using graph::SkillIndex;
using graph::Vertex;

// A small world built by hand: roles with skills, moves with evidence, learning items.
struct World {
  CareerGraph g;
  Vertex role(const std::string& id, std::vector<std::pair<std::string, std::optional<double>>> skills = {},
              int level = 0) {
    graph::Role r;
    r.id = id;
    r.name = id;
    r.level = level;
    const Vertex v = g.add_role(std::move(r));
    for (const auto& [s, lv] : skills) {
      graph::SkillLink l;
      l.skill = skill(s);
      l.level = lv;
      l.source = {id + ".md", static_cast<int>(g.role(v).skills.size()) + 1};
      g.role(v).skills.push_back(l);
    }
    return v;
  }
  SkillIndex skill(const std::string& id) {
    if (auto s = g.find_skill(id)) return *s;
    graph::Skill s;
    s.id = id;
    s.name = id;
    s.in_taxonomy = true;
    return g.add_skill(s);
  }
  void move(Vertex a, Vertex b, int guides, EdgeKind kind = EdgeKind::kProgression) {
    for (int i = 0; i < guides; ++i) g.add_transition(a, b, kind, Evidence{"guide" + std::to_string(i) + ".md", 10 + i});
  }
  void item(const std::string& id, std::vector<std::pair<std::string, std::optional<double>>> skills, double hours,
            std::vector<std::string> prereqs = {}) {
    graph::LearningItem l;
    l.id = id;
    l.name = id;
    l.kind = "course";
    l.effort_hours = hours;
    l.prerequisites = std::move(prereqs);
    for (const auto& [s, lv] : skills) l.skills.push_back({skill(s), lv});
    g.add_learning(std::move(l));
  }
  std::vector<std::string> ids(const std::vector<SkillIndex>& v) const {
    std::vector<std::string> out;
    for (auto s : v) out.push_back(g.skill(s).id);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> ids(const std::vector<GapItem>& v) const {
    std::vector<SkillIndex> s;
    for (const auto& m : v) s.push_back(m.skill);
    return ids(s);
  }
};

TEST(SkillGapTest, TargetMinusHeld) {
  World w;
  const Vertex a = w.role("a", {{"x", {}}, {"y", {}}});
  const Vertex b = w.role("b", {{"x", {}}, {"y", {}}, {"z", {}}, {"w", {}}});
  const auto gap = skill_gap(w.g, b, skills_of(w.g, a));
  EXPECT_EQ(w.ids(gap.missing), (std::vector<std::string>{"w", "z"}));
  EXPECT_EQ(w.ids(gap.covered), (std::vector<std::string>{"x", "y"}));
  auto held = skills_of(w.g, a);
  add_held(held, {{w.skill("z"), std::nullopt}});
  EXPECT_EQ(w.ids(skill_gap(w.g, b, held).missing), (std::vector<std::string>{"w"}));
}

TEST(SkillGapTest, LevelAware) {
  World w;
  const Vertex junior = w.role("junior", {{"sql", 2.0}, {"python", 3.0}});
  const Vertex senior = w.role("senior", {{"sql", 4.0}, {"python", 3.0}, {"stats", 2.0}});
  const auto gap = skill_gap(w.g, senior, skills_of(w.g, junior));
  ASSERT_EQ(gap.missing.size(), 2u);
  // sql is held two levels too low: listed first (larger gap), with both levels.
  EXPECT_EQ(w.g.skill(gap.missing[0].skill).id, "sql");
  EXPECT_EQ(*gap.missing[0].level, 4.0);
  EXPECT_EQ(*gap.missing[0].have_level, 2.0);
  EXPECT_EQ(w.g.skill(gap.missing[1].skill).id, "stats");
  EXPECT_FALSE(gap.missing[1].have_level);
  EXPECT_EQ(w.ids(gap.covered), (std::vector<std::string>{"python"}));
  EXPECT_EQ(gap_weight(gap), 2.0 + 2.0);  // sql: 2 levels; stats: 2 levels from nothing
  // Holding sql at 4 via --have closes it.
  auto held = skills_of(w.g, junior);
  add_held(held, {{w.skill("sql"), 4.0}});
  EXPECT_EQ(w.ids(skill_gap(w.g, senior, held).missing), (std::vector<std::string>{"stats"}));
}

TEST(NextRolesTest, MoreGuidesRankHigherAllElseEqual) {
  World w;
  const Vertex from = w.role("from", {{"x", {}}});
  const Vertex one = w.role("one", {{"x", {}}, {"y", {}}});
  const Vertex two = w.role("two", {{"x", {}}, {"z", {}}});
  w.move(from, one, 1);
  w.move(from, two, 2);
  NextOptions o;
  o.english = true;
  const auto recs = next_roles(w.g, from, o);
  ASSERT_GE(recs.size(), 2u);
  EXPECT_EQ(recs[0].role, two);
  EXPECT_EQ(recs[1].role, one);
  EXPECT_GT(recs[0].score, recs[1].score);
  for (const auto& r : recs) {
    EXPECT_FALSE(r.reasons.empty());
    EXPECT_FALSE(r.evidence.empty());  // a guide shows each of these moves
  }
  EXPECT_EQ(recs[0].evidence.size(), 2u);
  EXPECT_EQ(recs[0].reasons[0], "2 guides show the move from → two");
  EXPECT_EQ(w.ids(recs[0].shared), (std::vector<std::string>{"x"}));
  EXPECT_EQ(w.ids(recs[0].missing), (std::vector<std::string>{"z"}));
}

TEST(NextRolesTest, CandidatesTwoStepRelatedOverlapAvoidAndExclusion) {
  World w;
  const Vertex a = w.role("a", {{"x", {}}, {"y", {}}}, 3);
  const Vertex b = w.role("b", {}, 4);
  const Vertex c = w.role("c", {}, 5);
  const Vertex rel = w.role("rel", {}, 3);
  const Vertex twin = w.role("twin", {{"x", {}}, {"y", {}}}, 2);  // same skills, lower level
  w.move(a, b, 1);
  w.move(b, c, 1);
  w.move(a, rel, 1, EdgeKind::kRelated);
  NextOptions o;
  o.english = true;
  auto recs = next_roles(w.g, a, o);
  std::set<Vertex> seen;
  for (const auto& r : recs) seen.insert(r.role);
  EXPECT_EQ(seen, (std::set<Vertex>{b, c, rel, twin}));
  for (const auto& r : recs) {
    if (r.role == c) {
      EXPECT_EQ(r.reasons[0].rfind("two steps away via b", 0), 0u);
    }
    if (r.role == twin) {
      EXPECT_NE(r.reasons.back().find("below your current"), std::string::npos);
    }
  }
  o.avoid = {"b"};
  for (const auto& r : next_roles(w.g, a, o)) EXPECT_NE(r.role, b);
  // Without guide0.md's evidence the direct move disappears.
  NextOptions ex;
  ex.exclude_file = "guide0.md";
  for (const auto& r : next_roles(w.g, a, ex)) EXPECT_TRUE(r.role == twin) << w.g.role(r.role).id;
}

// The skill → roles index only replaces the scan that finds overlap candidates: every field
// of every recommendation must be the same with and without it, including for skills listed
// twice by one role, --have skills no role needs, and roles with no skills.
TEST(NextRolesTest, IndexedRankingEqualsScanOnRandomGraphs) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 40; ++trial) {
    World w;
    const int roles = 5 + static_cast<int>(rng() % 40);
    const int skills = 1 + static_cast<int>(rng() % 12);
    std::vector<Vertex> vs;
    for (int i = 0; i < roles; ++i) {
      std::vector<std::pair<std::string, std::optional<double>>> sk;
      const int n = static_cast<int>(rng() % 6);  // 0: a role with no skills
      for (int j = 0; j < n; ++j) sk.push_back({"s" + std::to_string(rng() % skills), std::nullopt});
      vs.push_back(w.role("r" + std::to_string(i), sk, static_cast<int>(rng() % 8)));
    }
    w.skill("unused");
    for (int e = 0; e < roles * 2; ++e) {
      const Vertex a = vs[rng() % vs.size()], b = vs[rng() % vs.size()];
      if (a != b) w.move(a, b, 1 + static_cast<int>(rng() % 3), rng() % 4 == 0 ? EdgeKind::kRelated : EdgeKind::kProgression);
    }
    const RoleSkillIndex index(w.g);
    for (const Vertex from : vs) {
      NextOptions scan;
      scan.n = -1;
      scan.english = (trial % 2) == 0;
      if (trial % 3 == 0) scan.have = {{w.skill("s0"), std::nullopt}, {w.skill("unused"), std::nullopt}};
      if (trial % 5 == 0) scan.exclude_file = "guide0.md";
      NextOptions indexed = scan;
      indexed.index = &index;
      const auto a = next_roles(w.g, from, scan);
      const auto b = next_roles(w.g, from, indexed);
      // Asking for the best n is ranking everything and keeping the first n; when fewer than
      // n rank, the closest skill profiles fill up the list (kMinTopUpOverlap), and every
      // role of the full ranking is still there.
      NextOptions top = indexed;
      top.n = 3;
      const auto c = next_roles(w.g, from, top);
      if (a.size() >= 3) {
        ASSERT_EQ(c.size(), 3u);
        for (size_t i = 0; i < c.size(); ++i) {
          EXPECT_EQ(c[i].role, a[i].role);
          EXPECT_EQ(c[i].reasons, a[i].reasons);
          EXPECT_EQ(c[i].evidence, a[i].evidence);
        }
      } else {
        ASSERT_LE(c.size(), 3u);
        for (const auto& x : a) {
          EXPECT_TRUE(std::any_of(c.begin(), c.end(), [&](const auto& y) { return y.role == x.role; }));
        }
      }
      ASSERT_EQ(a.size(), b.size()) << "trial " << trial << " from " << w.g.role(from).id;
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].role, b[i].role);
        EXPECT_EQ(a[i].score, b[i].score);
        EXPECT_EQ(a[i].reasons, b[i].reasons);
        EXPECT_EQ(a[i].evidence, b[i].evidence);
        EXPECT_EQ(a[i].shared, b[i].shared);
        EXPECT_EQ(a[i].missing, b[i].missing);
      }
    }
  }
}

// The indexed ranking (compact arrays, prefix-filtered overlap search, moves looked up only for
// what is returned) against the scan, for every role of graphs shaped like a corpus: hub roles
// with dozens of successors (hundreds of two-step candidates), roles of 2-14 skills drawn from
// a skewed distribution (common skills in most roles), levels, related links, a crosswalk
// twin. Kinds: plain guides; a role linking a skill twice (no prefix filter); rated needs
// (importance and levels: fit from the Role); a fractional career-history count (support
// below 1: the scan throughout). Variants: n = 10, 3, 1 (English), 40 and every candidate;
// `--have` and `--avoid`; a left-out file.
TEST(NextRolesTest, IndexedTopNEqualsScanOnCorpusShapedGraphs) {
  std::mt19937 rng(2026);
  for (int kind = 0; kind < 4; ++kind) {
    World w;
    const int roles = 260, skills = 40;
    std::vector<Vertex> vs;
    for (int i = 0; i < roles; ++i) {
      std::vector<std::pair<std::string, std::optional<double>>> sk;
      std::set<int> chosen;
      const int n = 2 + static_cast<int>(rng() % 13);
      while (static_cast<int>(chosen.size()) < n) {
        // Skewed: low indexes are common skills.
        const int a = static_cast<int>(rng() % skills), b = static_cast<int>(rng() % skills);
        chosen.insert(std::min(a, b));
      }
      for (int c : chosen) {
        const bool rated = kind == 2 && rng() % 3 == 0;
        sk.push_back({"s" + std::to_string(c), rated ? std::optional<double>(1 + rng() % 5) : std::nullopt});
      }
      if (kind == 1 && i == 7) sk.push_back(sk.front());
      vs.push_back(w.role("r" + std::to_string(i), sk, static_cast<int>(rng() % 8)));
      if (kind == 2) {
        for (auto& l : w.g.role(vs.back()).skills) l.importance = 1 + static_cast<double>(rng() % 4) / 2;
      }
    }
    for (int i = 0; i < roles; ++i) {
      const int out = i % 25 == 0 ? 40 : static_cast<int>(rng() % 5);  // every 25th role a hub
      for (int e = 0; e < out; ++e) {
        const Vertex b = vs[rng() % vs.size()];
        if (b != vs[i]) w.move(vs[i], b, 1 + static_cast<int>(rng() % 3) * static_cast<int>(rng() % 2));
      }
      if (rng() % 3 == 0) w.move(vs[i], vs[rng() % vs.size()], 1, EdgeKind::kRelated);
    }
    w.g.role(vs[3]).same_as = {"r4", "elsewhere"};
    if (kind == 3) w.g.add_transition(vs[5], vs[6], EdgeKind::kProgression, std::nullopt, 0.25);
    w.skill("unused");
    const RoleSkillIndex index(w.g);
    EXPECT_EQ(index.distinct_links(), kind != 1);
    EXPECT_EQ(index.all_plain(), kind != 2);
    EXPECT_EQ(index.moves_at_least_one(), kind != 3);
    for (const Vertex from : vs) {
      for (int variant = 0; variant < 7; ++variant) {
        NextOptions scan;
        // 40: more than most roles' candidates by move (no bound on them); -1: every candidate.
        scan.n = variant == 1 ? 3 : variant == 2 ? 1 : variant == 5 ? 40 : variant == 6 ? -1 : 10;
        scan.english = variant == 2;
        if (variant == 3) {
          scan.have = {{w.skill("s0"), std::nullopt}, {w.skill("s1"), 3.0}, {w.skill("s33"), std::nullopt},
                       {w.skill("unused"), std::nullopt}};
          scan.avoid = {w.g.role(vs[(from + 1) % vs.size()]).id, "no-such-role"};
        }
        if (variant == 4) scan.exclude_file = "guide0.md";
        NextOptions indexed = scan;
        indexed.index = &index;
        const std::string context = "kind " + std::to_string(kind) + " variant " + std::to_string(variant) +
                                    " from " + w.g.role(from).id;
        expect_same_recommendations(w.g, next_roles(w.g, from, scan), next_roles(w.g, from, indexed), context);
        if (HasFailure()) return;
      }
    }
  }
}

// A two-step route cites both moves: their evidence, each sorted, merged into one sorted list
// without repeats; the counts of guides are written whole (12件, past a short string).
TEST(NextRolesTest, TwoStepRouteCitesBothMovesSortedOnce) {
  World w;
  const Vertex from = w.role("from", {{"x", {}}});
  const Vertex mid = w.role("mid", {{"y", {}}});
  const Vertex to = w.role("to", {{"x", {}}, {"z", {}}});
  w.move(from, mid, 3);
  w.move(mid, to, 12);
  const RoleSkillIndex index(w.g);
  for (const RoleSkillIndex* ix : {static_cast<const RoleSkillIndex*>(nullptr), &index}) {
    NextOptions o;
    o.index = ix;
    const auto recs = next_roles(w.g, from, o);
    const auto it = std::find_if(recs.begin(), recs.end(), [&](const Recommendation& r) { return r.role == to; });
    ASSERT_NE(it, recs.end());
    EXPECT_EQ(it->reasons[0], "midを経て2段階先（3件のガイド、12件のガイド）");
    ASSERT_EQ(it->evidence.size(), 12u);  // guide0-2.md cite both moves, at the same lines
    EXPECT_TRUE(std::is_sorted(it->evidence.begin(), it->evidence.end()));
    EXPECT_EQ(it->evidence.front().file, "guide0.md");
    EXPECT_EQ(it->evidence.back().file, "guide9.md");
  }
}

TEST(NextRolesTest, IndexListsRolesOncePerLink) {
  World w;
  const Vertex a = w.role("a", {{"x", {}}, {"x", {}}, {"y", {}}});
  const Vertex b = w.role("b", {{"y", {}}});
  const RoleSkillIndex index(w.g);
  const auto x = index.roles_needing(w.skill("x"));
  const auto y = index.roles_needing(w.skill("y"));
  EXPECT_EQ(std::vector<Vertex>(x.begin(), x.end()), (std::vector<Vertex>{a, a}));
  EXPECT_EQ(std::vector<Vertex>(y.begin(), y.end()), (std::vector<Vertex>{a, b}));
  EXPECT_TRUE(index.roles_needing(999).empty());
}

// --- set cover --------------------------------------------------------------------------

double harmonic(size_t d) {
  double h = 0;
  for (size_t i = 1; i <= d; ++i) h += 1.0 / static_cast<double>(i);
  return h;
}

TEST(SetCoverTest, GreedyWithinBoundOfBruteForce) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    const size_t universe = 1 + rng() % 8;
    const size_t m = 1 + rng() % 9;
    std::vector<CoverSet> sets(m);
    size_t d = 1;
    for (auto& s : sets) {
      s.cost = 1 + static_cast<double>(rng() % 40);
      for (size_t e = 0; e < universe; ++e) {
        if (rng() % 100 < 35) s.elements.push_back(e);
      }
      d = std::max(d, s.elements.size());
    }
    std::vector<char> coverable(universe, 0);
    for (const auto& s : sets) for (auto e : s.elements) coverable[e] = 1;
    // Brute force: the cheapest subset covering every coverable element.
    double best = 1e18;
    for (unsigned mask = 0; mask < (1u << m); ++mask) {
      std::vector<char> c(universe, 0);
      double cost = 0;
      for (size_t i = 0; i < m; ++i) {
        if (!(mask & (1u << i))) continue;
        cost += sets[i].cost;
        for (auto e : sets[i].elements) c[e] = 1;
      }
      if (c == coverable) best = std::min(best, cost);
    }
    const auto chosen = greedy_set_cover(universe, sets);
    std::vector<char> c(universe, 0);
    double cost = 0;
    for (auto i : chosen) {
      cost += sets[i].cost;
      for (auto e : sets[i].elements) c[e] = 1;
      EXPECT_FALSE(sets[i].elements.empty());
    }
    EXPECT_EQ(c, coverable) << "trial " << trial;
    EXPECT_LE(cost, harmonic(d) * best + 1e-9) << "trial " << trial;
    // No chosen set is redundant.
    for (auto i : chosen) {
      std::vector<int> times(universe, 0);
      for (auto j : chosen) for (auto e : sets[j].elements) ++times[e];
      EXPECT_TRUE(std::any_of(sets[i].elements.begin(), sets[i].elements.end(), [&](auto e) { return times[e] == 1; }));
    }
  }
}

// --- plans ------------------------------------------------------------------------------

TEST(LearningPlanTest, CoversWhatItCanOrdersPrerequisitesListsTheRest) {
  World w;
  const Vertex a = w.role("a", {{"x", {}}});
  const Vertex b = w.role("b", {{"x", {}}, {"y", {}}, {"z", {}}});
  const Vertex c = w.role("c", {{"x", {}}, {"y", {}}, {"z", {}}, {"q", 3.0}, {"nothing_teaches", {}}});
  w.move(a, b, 1);
  w.move(b, c, 1);
  w.item("basics", {{"q", 1.0}}, 5);
  w.item("y_and_z", {{"y", {}}, {"z", {}}}, 10);
  w.item("y_only", {{"y", {}}}, 8);
  w.item("z_only", {{"z", {}}}, 8);
  w.item("q_advanced", {{"q", 3.0}}, 30, {"q_course"});
  w.item("q_course", {{"q", 2.0}, {"x", {}}}, 10);  // teaches q too low for c: covers nothing there
  w.item("unrelated", {{"other", {}}}, 1);
  auto plans = plan_routes(w.g, std::string("a"), "c", {});
  ASSERT_TRUE(plans.has_value());
  ASSERT_EQ(plans->size(), 1u);
  const Plan& p = plans->front();
  ASSERT_EQ(p.steps.size(), 2u);
  EXPECT_EQ(w.ids(p.steps[0].missing), (std::vector<std::string>{"y", "z"}));
  ASSERT_EQ(p.steps[0].learning.size(), 1u);
  EXPECT_EQ(w.g.learning()[p.steps[0].learning[0].item].id(), "y_and_z");  // 10h beats 8h + 8h
  EXPECT_EQ(w.ids(p.steps[1].missing), (std::vector<std::string>{"nothing_teaches", "q"}));
  ASSERT_EQ(p.steps[1].learning.size(), 1u);
  const auto& adv = p.steps[1].learning[0];
  EXPECT_EQ(w.g.learning()[adv.item].id(), "q_advanced");
  EXPECT_EQ(adv.requires_first, (std::vector<std::string>{"q_course"}));  // not in the plan
  EXPECT_EQ(w.ids(p.uncovered), (std::vector<std::string>{"nothing_teaches"}));
  EXPECT_EQ(p.effort_hours, 40);
  // Invariants: every item covers something missing at its step.
  for (const auto& step : p.steps) {
    for (const auto& it : step.learning) {
      EXPECT_FALSE(it.covers.empty());
      for (auto s : it.covers) {
        EXPECT_TRUE(std::any_of(step.missing.begin(), step.missing.end(), [&](auto& m) { return m.skill == s; }));
      }
    }
  }
}

TEST(LearningPlanTest, PrerequisiteInThePlanComesFirst) {
  World w;
  const Vertex a = w.role("a");
  const Vertex b = w.role("b", {{"adv", {}}});
  const Vertex c = w.role("c", {{"adv", {}}, {"base", {}}});
  w.move(a, b, 1);
  w.move(b, c, 1);
  w.item("advanced", {{"adv", {}}}, 10, {"foundation"});
  w.item("foundation", {{"base", {}}}, 10);
  const auto plans = plan_routes(w.g, std::string("a"), "c", {});
  ASSERT_EQ(plans->size(), 1u);
  std::vector<std::string> order;
  for (const auto& s : plans->front().steps) {
    for (const auto& it : s.learning) order.emplace_back(w.g.learning()[it.item].id());
  }
  EXPECT_EQ(order, (std::vector<std::string>{"foundation", "advanced"}));
  for (const auto& s : plans->front().steps) {
    for (const auto& it : s.learning) EXPECT_TRUE(it.requires_first.empty());
  }
}

TEST(LearningPlanTest, WithoutFromPlansForTheTargetAlone) {
  World w;
  w.role("t", {{"x", {}}, {"y", {}}});
  w.item("x_course", {{"x", {}}}, 3);
  PlanOptions o;
  o.have = {{w.skill("y"), std::nullopt}};
  const auto plans = plan_routes(w.g, std::nullopt, "t", o);
  ASSERT_EQ(plans->size(), 1u);
  EXPECT_FALSE(plans->front().route);
  EXPECT_EQ(w.ids(plans->front().steps[0].missing), (std::vector<std::string>{"x"}));
  EXPECT_TRUE(plans->front().uncovered.empty());
}

TEST(ReachTest, ForwardAndBackwardWithinSteps) {
  World w;
  const Vertex a = w.role("a"), b = w.role("b"), c = w.role("c"), d = w.role("d");
  w.move(a, b, 1);
  w.move(b, c, 1);
  w.move(c, d, 1);
  w.move(a, d, 1, EdgeKind::kRelated);  // not a progression: ignored
  auto r = reach(w.g, a, 2, Direction::kForward);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].role, b);
  EXPECT_EQ(r[1].role, c);
  EXPECT_EQ(r[1].distance, 2);
  auto f = reach(w.g, d, 5, Direction::kBackward);
  EXPECT_EQ(f.size(), 3u);
  EXPECT_EQ(f.back().role, a);
}

TEST(EvaluateTest, LeaveOneGuideOutFindsMovesOtherGuidesShow) {
  World w;
  const Vertex a = w.role("a", {{"x", {}}});
  const Vertex b = w.role("b", {{"x", {}}, {"y", {}}});
  const Vertex c = w.role("c", {{"q", {}}});
  w.move(a, b, 2);  // guide0.md and guide1.md
  w.move(a, c, 1);  // guide0.md only
  graph::Guide g0, g1;
  g0.file = "guide0.md";
  g1.file = "guide1.md";
  w.g.add_guide(g0);
  w.g.add_guide(g1);
  const auto r = evaluate_next(w.g, 1);
  EXPECT_EQ(r.guides, 2u);
  EXPECT_EQ(r.queries, 3u);  // a→b, a→c (guide0); a→b (guide1)
  // a→b is first both times; a→c, once guide0 is left out, is not a candidate at all.
  EXPECT_DOUBLE_EQ(r.hit_at_1, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.mrr, 2.0 / 3.0);
}

}  // namespace
}  // namespace careergraph::recommend
