#include "importers/skill_matcher.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/text.h"

namespace careergraph::importers {
namespace {

void add_taxonomy_skill(graph::CareerGraph& g, std::string id, std::string name,
                        std::vector<std::string> aliases) {
  graph::Skill s;
  s.id = std::move(id);
  s.name = std::move(name);
  s.aliases = std::move(aliases);
  s.in_taxonomy = true;
  g.add_skill(std::move(s));
}

graph::CareerGraph taxonomy() {
  graph::CareerGraph g;
  auto add = [&](std::string id, std::string name, std::vector<std::string> aliases) {
    add_taxonomy_skill(g, std::move(id), std::move(name), std::move(aliases));
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

// Of two skills that share a key, the first in the vocabulary keeps it.
TEST(SkillMatcherTest, FirstSkillToClaimAKeyKeepsIt) {
  auto g = taxonomy();
  add_taxonomy_skill(g, "late", "Security Late", {"セキュリティ", "DevOps"});
  const SkillMatcher m(g);
  EXPECT_EQ(ids(g, m.match("セキュリティとDevOps")), (std::vector<std::string>{"security", "devops"}));
  EXPECT_EQ(ids(g, m.match("security late")), (std::vector<std::string>{"late"}));
}

// The rules the trie implements, spelled out over every key: at each character, the longest
// key that starts there (with an ASCII word boundary where the key starts or ends with an ASCII
// letter or digit), else the next character. Random texts made of keys, pieces of keys and
// separators must match the same skills.
std::vector<graph::SkillIndex> reference_match(const graph::CareerGraph& g, std::string_view text) {
  std::map<std::string, graph::SkillIndex> keys;  // the first skill to claim a key keeps it
  for (graph::SkillIndex s = 0; s < g.skills().size(); ++s) {
    const auto& k = g.skill(s);
    for (const std::string& name : std::vector<std::string>{k.id, k.name, k.name_en}) {
      if (!name.empty()) keys.emplace(graph::normalize_key(name), s);
    }
    for (const auto& a : k.aliases) keys.emplace(graph::normalize_key(a), s);
  }
  keys.erase("");
  auto alnum = [](char c) { return static_cast<unsigned char>(c) < 0x80 && std::isalnum(static_cast<unsigned char>(c)) != 0; };
  const std::string t = graph::normalize_key(text);
  std::vector<graph::SkillIndex> found;
  std::size_t i = 0;
  while (i < t.size()) {
    std::size_t best = 0;
    graph::SkillIndex skill = 0;
    for (const auto& [key, s] : keys) {
      if (key.size() <= best || t.compare(i, key.size(), key) != 0) continue;
      const std::size_t end = i + key.size();
      if (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) continue;
      if (alnum(key.front()) && i > 0 && alnum(t[i - 1])) continue;
      if (alnum(key.back()) && end < t.size() && alnum(t[end])) continue;
      best = key.size();
      skill = s;
    }
    if (best > 0) {
      if (std::find(found.begin(), found.end(), skill) == found.end()) found.push_back(skill);
      i += best;
    } else {
      ++i;
      while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
    }
  }
  return found;
}

TEST(SkillMatcherTest, AgreesWithTheRulesOnRandomText) {
  auto g = taxonomy();
  add_taxonomy_skill(g, "golang_tools", "Go tools", {"gopls"});
  add_taxonomy_skill(g, "design_review", "設計レビュー", {"設計レビュー会"});
  add_taxonomy_skill(g, "c", "C", {"C++", "C#"});
  add_taxonomy_skill(g, "infra", "インフラ", {});
  const SkillMatcher m(g);
  const std::vector<std::string> pieces = {
      "セキュリティ", "CI/CD", "DevOps", "Go", "golang", "go", "gopls", "クラウド", "クラウドインフラ",
      "インフラ", "AWS", "ＡＷＳ", "システム設計", "設計", "設計レビュー", "レビュー会", "C", "C++", "C#",
      "tools", "Go tools", "シス", "テム", "、", " ", "と", "x", "1", "/", "の", "Google", "（", "）"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(1, 8);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    ASSERT_EQ(ids(g, m.match(text)), ids(g, reference_match(g, text))) << text;
  }
}

}  // namespace
}  // namespace careergraph::importers
