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
  EXPECT_EQ(next[0].transition->evidence, (EvidenceList{{"w.md", 9}, {"x.md", 3}}));
  EXPECT_EQ(g.predecessors("b", EdgeKind::kProgression).size(), 1u);
  EXPECT_TRUE(g.successors("missing", EdgeKind::kProgression).empty());
}

// A move's count, weight and label read 0, 0 and "" until a source sets them; a copy of a move
// has facts of its own; counts given to add_transition add up, and a zero count changes nothing.
TEST(CareerGraphTest, TransitionFactsAreOptionalAndCopiedDeeply) {
  Transition t;
  EXPECT_EQ(t.count(), 0);
  EXPECT_EQ(t.weight(), 0);
  EXPECT_TRUE(t.label().empty());
  t.set_count(0);
  t.set_label("");
  EXPECT_EQ(t.support(), 0);
  t.set_weight(0.75);
  t.set_label("Primary-Short #1");
  t.evidence.push_back({"g.md", 4});
  Transition copy = t;
  copy.set_weight(0.25);
  copy.set_label("other");
  copy.set_count(3);
  EXPECT_EQ(t.weight(), 0.75);
  EXPECT_EQ(t.label(), "Primary-Short #1");
  EXPECT_EQ(t.count(), 0);
  EXPECT_EQ(t.support(), 1);
  EXPECT_EQ(copy.support(), 4);
  Transition assigned;
  assigned = copy;
  EXPECT_EQ(assigned.weight(), 0.25);
  EXPECT_EQ(assigned.label(), "other");
  assigned = assigned;  // self-assignment keeps the facts
  EXPECT_EQ(assigned.count(), 3);
  copy.set_count(0);  // set back to zero on a move that has facts
  EXPECT_EQ(copy.count(), 0);
  EXPECT_EQ(assigned.count(), 3);

  CareerGraph g;
  const auto a = g.add_role(make_role("a", "A"));
  const auto b = g.add_role(make_role("b", "B"));
  const auto e = g.add_transition(a, b, EdgeKind::kProgression, std::nullopt, 2.5);
  g.add_transition(a, b, EdgeKind::kProgression, std::nullopt, 0);
  g.add_transition(a, b, EdgeKind::kProgression, Evidence{"x.md", 1}, 4);
  EXPECT_EQ(g.transition(e).count(), 6.5);
  EXPECT_EQ(g.transition(e).support(), 7.5);
  const CareerGraph copied = g;
  g.transition(e).set_count(1);
  EXPECT_EQ(copied.successors("a", EdgeKind::kProgression).at(0).transition->count(), 6.5);
  EXPECT_EQ(g.successors("a", EdgeKind::kProgression).at(0).transition->count(), 1);
}

// The Boost graph keeps out-edges only: predecessors come from the adjacency's in-rows, per
// kind, and see edges added after an earlier call. Edges are numbered in creation order, while
// boost::edges() walks them role by role.
TEST(CareerGraphTest, PredecessorsAndCreationOrder) {
  CareerGraph g;
  const auto a = g.add_role(make_role("a", "A"));
  const auto b = g.add_role(make_role("b", "B"));
  const auto c = g.add_role(make_role("c", "C"));
  g.add_transition(b, c, EdgeKind::kProgression, Evidence{"x.md", 1});
  g.add_transition(a, c, EdgeKind::kRelated, Evidence{"x.md", 2});
  g.add_transition(a, c, EdgeKind::kProgression, Evidence{"x.md", 3});
  auto ids = [](const std::vector<Neighbour>& n) {
    std::vector<std::string> out;
    for (const auto& x : n) out.push_back(x.role->id);
    return out;
  };
  EXPECT_EQ(ids(g.predecessors("c", EdgeKind::kProgression)), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(ids(g.predecessors("c", EdgeKind::kRelated)), (std::vector<std::string>{"a"}));
  EXPECT_EQ(g.predecessors("c", EdgeKind::kRelated).at(0).transition->evidence.front().line, 2);
  EXPECT_TRUE(g.predecessors("a", EdgeKind::kProgression).empty());
  g.add_transition(c, a, EdgeKind::kProgression, Evidence{"x.md", 4});
  EXPECT_EQ(ids(g.predecessors("a", EdgeKind::kProgression)), (std::vector<std::string>{"c"}));

  std::vector<std::pair<std::string, std::uint32_t>> walked;  // (source, serial)
  const auto& bg = g.boost_graph();
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    walked.emplace_back(bg[boost::source(*e, bg)].id, bg[*e].serial);
  }
  EXPECT_EQ(walked, (std::vector<std::pair<std::string, std::uint32_t>>{
                        {"a", 1}, {"a", 2}, {"b", 0}, {"c", 3}}));
  const CareerGraph copy = g;  // a copy keeps the numbers
  const auto& cg = copy.boost_graph();
  std::vector<std::uint32_t> serials;
  for (auto [e, end] = boost::edges(cg); e != end; ++e) serials.push_back(cg[*e].serial);
  EXPECT_EQ(serials, (std::vector<std::uint32_t>{1, 2, 0, 3}));
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

// Moving a graph hands over its vertices and edges without copying them (the edges stay where
// they are, so a transition's address is the same after the move), and the result works as
// the original did: lookups, edge walks, new edges, the adjacency. A copy stays independent.
TEST(CareerGraphTest, MoveHandsOverVerticesAndEdges) {
  CareerGraph g;
  const auto a = g.add_role(make_role("a", "A"));
  const auto b = g.add_role(make_role("b", "B"));
  const auto ab = g.add_transition(a, b, EdgeKind::kProgression, Evidence{"x.md", 3});
  const Transition* before = &g.transition(ab);
  (void)g.adjacency();  // cached before the move

  CareerGraph moved(std::move(g));
  ASSERT_EQ(moved.role_count(), 2u);
  const auto next = moved.successors("a", EdgeKind::kProgression);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].transition, before);  // the same edge, not a copy of it
  EXPECT_EQ(next[0].role->id, "b");

  CareerGraph assigned;
  assigned.add_role(make_role("old", "Old"));
  assigned = std::move(moved);
  ASSERT_EQ(assigned.role_count(), 2u);
  EXPECT_EQ(assigned.successors("a", EdgeKind::kProgression).at(0).transition, before);
  const auto c = assigned.add_role(make_role("c", "C"));
  assigned.add_transition(b, c, EdgeKind::kProgression, Evidence{"y.md", 1});
  EXPECT_EQ(assigned.transition_count(EdgeKind::kProgression), 2u);
  EXPECT_EQ(assigned.predecessors("c", EdgeKind::kProgression).size(), 1u);
  std::size_t walked = 0;
  for (auto [e, end] = boost::edges(assigned.boost_graph()); e != end; ++e) ++walked;
  EXPECT_EQ(walked, 2u);

  CareerGraph copy = assigned;
  copy.add_transition(c, a, EdgeKind::kRelated, Evidence{"z.md", 2});
  EXPECT_EQ(copy.transition_count(EdgeKind::kRelated), 1u);
  EXPECT_EQ(assigned.transition_count(EdgeKind::kRelated), 0u);
  EXPECT_NE(copy.successors("a", EdgeKind::kProgression).at(0).transition, before);
}

TEST(DiagnosticTest, CompilerStyle) {
  Diagnostic d{"g.md", 4, 2, Severity::kError, "yaml-syntax", "bad"};
  EXPECT_EQ(d.to_string(), "g.md:4:2: error: bad [yaml-syntax]");
  d.line = 0;
  d.severity = Severity::kWarning;
  EXPECT_EQ(d.to_string(), "g.md: warning: bad [yaml-syntax]");
}

// A guide's text is out of line: none (a null pointer, read as an empty GuideText) until some is
// written, and none again when what is kept of it is empty.
TEST(GuideTest, TextIsNullUntilWrittenAndWhenEmpty) {
  Guide g;
  EXPECT_FALSE(g.has_text());
  EXPECT_TRUE(g.text().empty());
  EXPECT_TRUE(g.text().duties.empty());
  g.set_text(GuideText{});
  EXPECT_FALSE(g.has_text());  // an empty text is not kept
  g.text_mut().tags = {"t"};
  EXPECT_TRUE(g.has_text());
  EXPECT_EQ(g.text().tags, std::vector<std::string>{"t"});
  g.drop_empty_text();
  EXPECT_TRUE(g.has_text());  // not empty
  g.text_mut().tags.clear();
  g.drop_empty_text();
  EXPECT_FALSE(g.has_text());
  GuideText t;
  t.interview.push_back({1, "q?", {"a"}, 9});
  g.set_text(std::move(t));
  ASSERT_TRUE(g.has_text());
  EXPECT_EQ(g.text().interview.at(0).question, "q?");
  // Every field counts: a text with any one of them is not empty.
  for (int field = 0; field < 13; ++field) {
    GuideText x;
    switch (field) {
      case 0:
        x.meta_description = "m";
        break;
      case 1:
        x.thumbnail = "t.png";
        break;
      case 2:
        x.tags = {"t"};
        break;
      case 3:
        x.keywords = {"k"};
        break;
      case 4:
        x.metadata["k"] = "v";
        break;
      case 5:
        x.related_jobs.push_back({"r", 1, 1});
        break;
      case 6:
        x.duties.push_back({"d", 1});
        break;
      case 7:
        x.skills.push_back({"s", "technical", 1, {}});
        break;
      case 8:
        x.collaborators.push_back({"w", "x", 1});
        break;
      case 9:
        x.chains.push_back({{"a", "b"}, 1});
        break;
      case 10:
        x.outlook.push_back({"o", 1});
        break;
      case 11:
        x.learning.push_back({"h", 1, {}});
        break;
      default:
        x.interview.push_back({1, "q", {}, 1});
        break;
    }
    EXPECT_FALSE(x.empty()) << field;
  }
}

// Guides are values: a copy's text is its own (a deep copy), a move takes the text along.
TEST(GuideTest, CopiesAreDeepAndMovesTakeTheText) {
  Guide a;
  a.file = "a.md";
  a.slug = "a_guide";
  a.text_mut().duties.push_back({"design", 3});
  a.text_mut().skills.push_back({"SQL", "technical", 5, {7}});
  Guide b = a;
  ASSERT_TRUE(b.has_text());
  EXPECT_NE(&a.text(), &b.text());
  b.text_mut().duties[0].text = "review";
  b.text_mut().skills[0].skills.push_back(8);
  EXPECT_EQ(a.text().duties[0].text, "design");
  EXPECT_EQ(a.text().skills[0].skills, std::vector<SkillIndex>{7});
  EXPECT_EQ(b.file, a.file);
  Guide c;
  c = b;  // copy assignment
  EXPECT_EQ(c.text().duties[0].text, "review");
  c = Guide();  // and back to none
  EXPECT_FALSE(c.has_text());
  const GuideText* where = &a.text();
  Guide d = std::move(a);
  EXPECT_EQ(&d.text(), where);  // moved, not copied
  EXPECT_EQ(d.text().duties[0].text, "design");
  Guide e;
  e = std::move(d);
  EXPECT_EQ(&e.text(), where);
  // The graph takes guides by value.
  CareerGraph g;
  const GuideIndex i = g.add_guide(e);
  EXPECT_EQ(g.guides()[i].text().duties[0].text, "design");
  EXPECT_NE(&g.guides()[i].text(), where);
  EXPECT_EQ(&e.text(), where);
}

// What a lean load keeps of each of 10,000 guides (graph/model.cc checks it at compile time).
TEST(GuideTest, LeanGuideIsSmall) {
  if (sizeof(void*) != 8) GTEST_SKIP() << "sizes are for 64-bit targets";
  EXPECT_LE(sizeof(Guide), 240u);
  EXPECT_EQ(sizeof(SourcePath), 8u);
}

}  // namespace
}  // namespace careergraph::graph
