#include "importers/skill_matcher.h"

#include <gtest/gtest.h>

namespace careergraph::importers {
namespace {

graph::CareerGraph taxonomy() {
  graph::CareerGraph g;
  auto add = [&](std::string id, std::string name, std::vector<std::string> aliases) {
    graph::Skill s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.aliases = std::move(aliases);
    s.in_taxonomy = true;
    g.add_skill(std::move(s));
  };
  add("security", "セキュリティ", {});
  add("cicd", "CI/CD", {});
  add("devops", "DevOps", {});
  add("go", "Go", {"golang"});
  add("cloud", "クラウドインフラ", {"クラウド"});
  add("aws", "AWS", {});
  add("sysdesign", "システム設計", {});
  add("design", "設計", {});
  return g;
}

std::vector<std::string> ids(const graph::CareerGraph& g, const std::vector<graph::SkillIndex>& v) {
  std::vector<std::string> out;
  for (auto s : v) out.push_back(g.skill(s).id);
  return out;
}

TEST(SkillMatcherTest, OneBulletSeveralSkills) {
  const auto g = taxonomy();
  const SkillMatcher m(g);
  EXPECT_EQ(ids(g, m.match("セキュリティ、CI/CD、DevOps")),
            (std::vector<std::string>{"security", "cicd", "devops"}));
}

TEST(SkillMatcherTest, LongestMatchAndExamples) {
  const auto g = taxonomy();
  const SkillMatcher m(g);
  EXPECT_EQ(ids(g, m.match("クラウドインフラ（ＡＷＳ, GCP）")), (std::vector<std::string>{"cloud", "aws"}));
  EXPECT_EQ(ids(g, m.match("スケーラブルなシステム設計")), (std::vector<std::string>{"sysdesign"}));
}

TEST(SkillMatcherTest, AsciiKeysNeedWordBoundaries) {
  const auto g = taxonomy();
  const SkillMatcher m(g);
  EXPECT_TRUE(m.match("Googleのサービス").empty());
  EXPECT_TRUE(m.match("algorithms").empty());
  EXPECT_EQ(ids(g, m.match("Go言語とGolang")), (std::vector<std::string>{"go"}));
  EXPECT_EQ(ids(g, m.match("go")), (std::vector<std::string>{"go"}));
}

}  // namespace
}  // namespace careergraph::importers
