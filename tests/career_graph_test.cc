#include "graph/career_graph.h"

#include <gtest/gtest.h>

namespace careergraph::graph {
namespace {

Role make_role(std::string id, std::string name) {
  Role r;
  r.id = std::move(id);
  r.name = std::move(name);
  return r;
}

TEST(CareerGraphTest, TransitionsMergeEvidencePerKind) {
  CareerGraph g;
  const auto a = g.add_role(make_role("a", "A"));
  const auto b = g.add_role(make_role("b", "B"));
  g.add_transition(a, b, EdgeKind::kProgression, Evidence{"x.md", 3});
  g.add_transition(a, b, EdgeKind::kProgression, Evidence{"x.md", 3});  // same place: once
  g.add_transition(a, b, EdgeKind::kProgression, Evidence{"w.md", 9});
  g.add_transition(a, b, EdgeKind::kRelated, Evidence{"x.md", 1});
  EXPECT_EQ(g.transition_count(EdgeKind::kProgression), 1u);
  EXPECT_EQ(g.transition_count(EdgeKind::kRelated), 1u);
  const auto next = g.successors("a", EdgeKind::kProgression);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].role->id, "b");
  EXPECT_EQ(next[0].transition->evidence,
            (std::vector<Evidence>{{"w.md", 9}, {"x.md", 3}}));
  EXPECT_EQ(g.predecessors("b", EdgeKind::kProgression).size(), 1u);
  EXPECT_TRUE(g.successors("missing", EdgeKind::kProgression).empty());
}

TEST(CareerGraphTest, RolesResolveByIdNamesAndAliases) {
  CareerGraph g;
  Role r = make_role("cto", "CTO");
  r.name_en = "Chief Technology Officer";
  const auto v = g.add_role(r);
  g.add_role_alias(v, "最高技術責任者");
  EXPECT_EQ(g.find_role("cto"), v);
  EXPECT_FALSE(g.find_role("CTO"));  // ids are exact; names go through the resolver
  EXPECT_TRUE(g.role_names().resolve("最高技術責任者").found());
  EXPECT_TRUE(g.role_names().resolve("chief technology officer").found());
  EXPECT_THROW(g.add_role(make_role("cto", "again")), std::logic_error);
}

TEST(DiagnosticTest, CompilerStyle) {
  Diagnostic d{"g.md", 4, 2, Severity::kError, "yaml-syntax", "bad"};
  EXPECT_EQ(d.to_string(), "g.md:4:2: error: bad [yaml-syntax]");
  d.line = 0;
  d.severity = Severity::kWarning;
  EXPECT_EQ(d.to_string(), "g.md: warning: bad [yaml-syntax]");
}

}  // namespace
}  // namespace careergraph::graph
