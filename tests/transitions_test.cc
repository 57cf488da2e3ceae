#include "importers/transitions.h"

#include <gtest/gtest.h>

#include "importers/crosswalk.h"
#include "importers/onet.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

using careergraph::testing::test_data;

graph::CareerGraph three_roles() {
  graph::CareerGraph g;
  for (auto [id, name] : {std::pair{"dev", "Developer"}, {"lead", "Tech Lead"}, {"em", "Engineering Manager"}}) {
    graph::Role r;
    r.id = id;
    r.name = name;
    g.add_role(std::move(r));
  }
  g.add_role_alias(*g.find_role("lead"), "Team Lead");
  g.add_role_alias(*g.find_role("em"), "Team Lead");
  return g;
}

const graph::Transition* move(const graph::CareerGraph& g, const std::string& from, const std::string& to) {
  for (const auto& n : g.successors(from, graph::EdgeKind::kProgression)) {
    if (n.role->id == to) return n.transition;
  }
  return nullptr;
}

TEST(TransitionsTest, CountsAddUpWithEvidencePerRow) {
  auto g = three_roles();
  graph::Diagnostics d;
  const auto s = add_transitions_text("t.csv", "from,to,count\r\ndev,lead,120\nDeveloper,Tech Lead,30\nlead,em,7.5\n", g, d);
  EXPECT_TRUE(d.empty());
  const auto* t = move(g, "dev", "lead");
  ASSERT_NE(t, nullptr);
  EXPECT_DOUBLE_EQ(t->count(), 150);
  EXPECT_EQ(t->evidence, (graph::EvidenceList{{"t.csv", 2}, {"t.csv", 3}}));
  EXPECT_DOUBLE_EQ(move(g, "lead", "em")->count(), 7.5);
  EXPECT_EQ(s.counts, (std::vector<std::pair<std::string, std::size_t>>{{"rows", 3}, {"moves added", 3}, {"observations", 157}}));
}

TEST(TransitionsTest, ColumnsByNameInAnyOrder) {
  auto g = three_roles();
  graph::Diagnostics d;
  add_transitions_text("t.csv", "count,to,from,note\n5,em,lead,x\n", g, d);
  EXPECT_TRUE(d.empty());
  EXPECT_DOUBLE_EQ(move(g, "lead", "em")->count(), 5);
}

TEST(TransitionsTest, BadRowsAreReportedAndSkipped) {
  auto g = three_roles();
  graph::Diagnostics d;
  add_transitions_text("t.csv",
                       "from,to,count\n"
                       "dev,Architect,3\n"
                       "dev,Team Lead,3\n"
                       "dev,em,-1\n"
                       "dev,dev,4\n"
                       "dev\n",
                       g, d);
  std::vector<std::string> got;
  for (const auto& x : d) got.push_back(x.to_string());
  EXPECT_EQ(got, (std::vector<std::string>{
                     "t.csv:2:5: warning: unknown role 'Architect'; row skipped [unknown-role]",
                     "t.csv:3:5: warning: 'Team Lead' names several roles (lead, em); use an id; row skipped [ambiguous-role]",
                     "t.csv:4:8: error: count '-1' is not a positive number; row skipped [bad-number]",
                     "t.csv:5:1: warning: a move from 'dev' to itself; row skipped [self-move]",
                     "t.csv:6:1: error: expected at least 3 fields, found 1; row skipped [short-row]",
                 }));
  EXPECT_EQ(g.transition_count(graph::EdgeKind::kProgression), 0u);
}

TEST(TransitionsTest, MissingHeaderColumn) {
  auto g = three_roles();
  graph::Diagnostics d;
  add_transitions_text("t.csv", "source,target,count\ndev,lead,1\n", g, d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(), "t.csv:1:1: error: missing column 'from' (the header has: source, target, count) [missing-column]");
}

TEST(CrosswalkTest, LinksGuideRolesAndOccupations) {
  auto g = three_roles();
  graph::Diagnostics d;
  add_onet(test_data("onet"), g, d);
  ASSERT_TRUE(d.empty());
  const std::string yaml =
      "- role: dev\n"
      "  onet: [15-1252.00, 99-0000.00]\n"
      "  esco: [http://data.europa.eu/esco/occupation/x]\n"
      "- role: Nobody\n"
      "  onet: 11-3021.00\n"
      "- role: em\n"
      "  onet: 11-3021.00\n"
      "  sfia: [x]\n";
  const auto s = add_crosswalk(SourceFile{"cw.yaml", yaml, nullptr}, g, d, /*onet_loaded=*/true, /*esco_loaded=*/false);
  std::vector<std::string> got;
  for (const auto& x : d) got.push_back(x.to_string());
  EXPECT_EQ(got, (std::vector<std::string>{
                     "cw.yaml:2:22: warning: O*NET occupation '99-0000.00' is not loaded; link skipped [unknown-occupation]",
                     "cw.yaml:4:9: warning: unknown role 'Nobody'; entry skipped [unknown-role]",
                     "cw.yaml:8:3: warning: unknown key 'sfia' (expected role, onet, esco, note) [unknown-key]",
                     "cw.yaml: info: 1 code(s) of a taxonomy that is not loaded were skipped (load it with --data) [taxonomy-not-loaded]",
                 }));
  EXPECT_EQ(g.role(*g.find_role("dev")).same_as, (std::vector<std::string>{"15-1252.00"}));
  EXPECT_EQ(g.role(*g.find_role("15-1252.00")).same_as, (std::vector<std::string>{"dev"}));
  EXPECT_EQ(g.role(*g.find_role("11-3021.00")).same_as, (std::vector<std::string>{"em"}));
  bool linked = false;
  for (const auto& n : g.successors("dev", graph::EdgeKind::kRelated)) {
    linked |= n.role->id == "15-1252.00" && n.transition->label() == "crosswalk" &&
              n.transition->evidence.front().to_string() == "cw.yaml:2";
  }
  EXPECT_TRUE(linked);
  EXPECT_EQ(s.counts, (std::vector<std::pair<std::string, std::size_t>>{{"entries", 2}, {"links", 2}}));
}

TEST(CrosswalkTest, ShapeErrors) {
  graph::CareerGraph g;
  graph::Diagnostics d;
  add_crosswalk(SourceFile{"cw.yaml", "role: cto\n", nullptr}, g, d, false, false);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to_string(),
            "cw.yaml:1:1: error: a crosswalk is a list of entries (- role: …, onet: […], esco: […]) [crosswalk-shape]");
}

}  // namespace
}  // namespace careergraph::importers
