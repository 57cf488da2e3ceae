#include "importers/guide_body.h"

#include <gtest/gtest.h>

#include "importers/corpus.h"
#include "importers/loader.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

graph::Guide written_guide() {
  graph::Guide g;
  g.text_mut().skills = {{"Python、SQL", "technical", 16, {}},
                         {"", "other", 17, {}},
                         {"メンタリング", "management", 19, {}}};
  graph::LearningGroup first{"データベース", 27, {{"SQLの本を読む", 28, {}}, {"", 29, {}}}};
  graph::LearningGroup empty{"空のグループ", 31, {}};
  graph::LearningGroup last{"設計", 33, {{"設計レビューに出る", 34, {}}}};
  g.text_mut().learning = {first, empty, last};
  g.text_mut().chains = {{{"ジュニア", "", "シニア"}, 23}, {{"シニア", "CTO"}, 24}};
  g.text_mut().related_jobs = {{"tech_lead", 5, 3}, {"エンジニアリングマネージャー", 6, 3}};
  return g;
}

// Every text, line and count the join reads comes back from the packed body, in order.
TEST(GuideBodyTest, PackKeepsEveryTextLineAndCountInOrder) {
  const graph::Guide g = written_guide();
  const GuideBody b = pack_body(g);
  ASSERT_EQ(b.skills.size(), 3u);
  for (std::size_t i = 0; i < g.text().skills.size(); ++i) {
    EXPECT_EQ(b.view(b.skills[i].text), g.text().skills[i].text);
    EXPECT_EQ(b.skills[i].kind, g.text().skills[i].kind);
    EXPECT_EQ(b.skills[i].line, g.text().skills[i].line);
  }
  ASSERT_EQ(b.groups.size(), 3u);
  ASSERT_EQ(b.items.size(), 3u);
  std::size_t item = 0;
  for (std::size_t i = 0; i < g.text().learning.size(); ++i) {
    EXPECT_EQ(b.view(b.groups[i].heading), g.text().learning[i].heading);
    EXPECT_EQ(b.groups[i].line, g.text().learning[i].line);
    ASSERT_EQ(b.groups[i].items, g.text().learning[i].items.size());
    for (const auto& bullet : g.text().learning[i].items) {
      EXPECT_EQ(b.view(b.items[item].text), bullet.text);
      EXPECT_EQ(b.items[item].line, bullet.line);
      ++item;
    }
  }
  ASSERT_EQ(b.chains.size(), 2u);
  ASSERT_EQ(b.steps.size(), 5u);
  std::size_t step = 0;
  for (std::size_t i = 0; i < g.text().chains.size(); ++i) {
    EXPECT_EQ(b.chains[i].line, g.text().chains[i].line);
    ASSERT_EQ(b.chains[i].steps, g.text().chains[i].steps.size());
    for (const auto& name : g.text().chains[i].steps) EXPECT_EQ(b.view(b.steps[step++]), name);
  }
  ASSERT_EQ(b.related.size(), 2u);
  for (std::size_t i = 0; i < g.text().related_jobs.size(); ++i) {
    EXPECT_EQ(b.view(b.related[i].name), g.text().related_jobs[i].name);
    EXPECT_EQ(b.related[i].line, g.text().related_jobs[i].line);
    EXPECT_EQ(b.related[i].column, g.text().related_jobs[i].column);
  }
  // One string holds the texts back to back, nothing more.
  std::size_t bytes = 0;
  for (const auto& s : g.text().skills) bytes += s.text.size();
  for (const auto& grp : g.text().learning) {
    bytes += grp.heading.size();
    for (const auto& it : grp.items) bytes += it.text.size();
  }
  for (const auto& c : g.text().chains) {
    for (const auto& s : c.steps) bytes += s.size();
  }
  for (const auto& r : g.text().related_jobs) bytes += r.name.size();
  EXPECT_EQ(b.text.size(), bytes);
}

TEST(GuideBodyTest, EmptyGuidePacksToNothing) {
  const GuideBody b = pack_body(graph::Guide{});
  EXPECT_TRUE(b.text.empty() && b.skills.empty() && b.groups.empty() && b.items.empty() &&
              b.chains.empty() && b.steps.empty() && b.related.empty());
}

// parse_guides packs every guide; without its text the guide keeps none of what was packed.
TEST(GuideBodyTest, ParseGuidesPacksAndDropsWhatWasPacked) {
  const auto src = read_source(testing::test_data("shapes/tidy.md"));
  ASSERT_TRUE(src.has_value());
  const std::vector<SourceFile> files = {SourceFile::owned("tidy.md", std::string(src->content))};
  const auto sections = read_source(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml");
  ASSERT_TRUE(sections.has_value());
  const auto table = parse_sections(sections->path, sections->content);
  ASSERT_TRUE(table.has_value());
  for (const bool keep_text : {true, false}) {
    GuideParseOptions options;
    options.prose = keep_text;  // as the CLI's loads: lean ones keep neither
    auto parsed = parse_guides(files, *table, 0, 1, options, keep_text);
    ASSERT_EQ(parsed.size(), 1u);
    ASSERT_TRUE(parsed[0].guide && parsed[0].body);
    const graph::Guide& g = *parsed[0].guide;
    const GuideBody& b = *parsed[0].body;
    EXPECT_EQ(b.skills.size(), 3u);
    EXPECT_EQ(b.chains.size(), 2u);
    EXPECT_EQ(b.items.size(), 2u);
    EXPECT_EQ(b.related.size(), 1u);
    EXPECT_EQ(g.text().skills.size(), keep_text ? 3u : 0u);
    EXPECT_EQ(g.text().chains.size(), keep_text ? 2u : 0u);
    EXPECT_EQ(g.text().learning.empty(), !keep_text);
    EXPECT_EQ(g.text().related_jobs.size(), keep_text ? 1u : 0u);
    EXPECT_FALSE(g.aliases.empty());  // the join's first phase still reads them
    // Parsed without prose, the guide had no other text: a lean load holds none of it, and
    // its pointer to it is null from here on.
    EXPECT_EQ(g.has_text(), keep_text);
  }
}

}  // namespace
}  // namespace careergraph::importers
