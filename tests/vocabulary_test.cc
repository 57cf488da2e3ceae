#include "importers/vocabulary.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace careergraph::importers {
namespace {

SourceFile src(std::string path, std::string text) { return SourceFile::owned(std::move(path), std::move(text)); }

TEST(VocabularyTest, LoadsRolesSkillsLearning) {
  graph::CareerGraph g;
  SectionTable sections;
  VocabularyFiles f;
  f.skills = src("skills.yaml", "skills:\n  - {id: py, names: {ja: パイソン, en: Python}, aliases: [python3], kind: technical}\n");
  f.roles = src("roles.yaml", "roles:\n  - id: se\n    names: {ja: エンジニア, en: Engineer}\n    aliases: [SWE]\n    track: ic\n    level: 3\n");
  f.learning = src("learning.yaml", "learning:\n  - id: c\n    names: {ja: 講座}\n    kind: course\n    skills: [{id: py, level: 2}]\n    effort_hours: 12\n");
  const auto d = load_vocabulary(f, g, sections);
  EXPECT_TRUE(d.empty()) << d.front().to_string();
  const auto se = g.find_role("se");
  ASSERT_TRUE(se);
  EXPECT_EQ(g.role(*se).name, "エンジニア");
  EXPECT_EQ(g.role(*se).name_en, "Engineer");
  EXPECT_EQ(g.role(*se).level, 3);
  EXPECT_TRUE(g.role_names().resolve("swe").found());
  ASSERT_EQ(g.learning().size(), 1u);
  EXPECT_EQ(g.learning()[0].effort_hours(), 12);
  ASSERT_EQ(g.learning()[0].skills().size(), 1u);
  EXPECT_EQ(*g.learning()[0].skills()[0].level, 2);
  EXPECT_TRUE(g.skill_names().resolve("Python3").found());
}

TEST(VocabularyTest, ReportsEveryProblemWithLines) {
  graph::CareerGraph g;
  SectionTable sections;
  VocabularyFiles f;
  f.roles = src("roles.yaml",
                "roles:\n"
                "  - id: a\n    level: 9\n"        // line 2-3: level out of range
                "  - id: a\n"                      // line 4: duplicate
                "  - names: {ja: 名無し}\n"        // line 5: no id
                "  - id: b\n    level: high\n");   // line 6-7: not a number
  const auto d = load_vocabulary(f, g, sections);
  std::vector<std::pair<std::string, int>> got;
  for (const auto& x : d) got.emplace_back(x.code, x.line);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{
                     {"field-range", 3}, {"duplicate-id", 4}, {"vocab-missing-id", 5}, {"field-type", 7}}));
  EXPECT_TRUE(g.find_role("a"));
  EXPECT_TRUE(g.find_role("b"));
}

TEST(VocabularyTest, YamlSyntaxErrorHasLine) {
  graph::CareerGraph g;
  SectionTable sections;
  VocabularyFiles f;
  f.skills = src("skills.yaml", "skills:\n  - id: a\n  - {id: b\n");
  const auto d = load_vocabulary(f, g, sections);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "yaml-syntax");
  EXPECT_EQ(d[0].file, "skills.yaml");
  EXPECT_GE(d[0].line, 3);
}

TEST(VocabularyTest, AliasSharedByTwoRolesIsWarned) {
  graph::CareerGraph g;
  SectionTable sections;
  VocabularyFiles f;
  f.roles = src("roles.yaml", "roles:\n  - {id: a, aliases: [lead]}\n  - {id: b, aliases: [Lead]}\n");
  const auto d = load_vocabulary(f, g, sections);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "ambiguous-alias");
  EXPECT_EQ(d[0].severity, graph::Severity::kWarning);
}

TEST(VocabularyTest, UnknownReferencesAreWarnings) {
  graph::CareerGraph g;
  SectionTable sections;
  VocabularyFiles f;
  f.skills = src("skills.yaml", "skills:\n  - {id: a, parent: nowhere}\n");
  f.learning = src("learning.yaml", "learning:\n  - {id: l, skills: [zzz], prerequisites: [none]}\n");
  const auto d = load_vocabulary(f, g, sections);
  ASSERT_EQ(d.size(), 3u);
  for (const auto& x : d) EXPECT_EQ(x.severity, graph::Severity::kWarning) << x.to_string();
}

}  // namespace
}  // namespace careergraph::importers
