#include "importers/guide_parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_util.h"

namespace careergraph::importers {
namespace {

const SectionTable& sections() {
  static const SectionTable table = [] {
    std::ifstream in(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml");
    std::stringstream ss;
    ss << in.rdbuf();
    auto t = parse_sections("sections.yaml", ss.str());
    EXPECT_TRUE(t.has_value());
    return *t;
  }();
  return table;
}

GuideParse parse(const std::string& text) { return parse_guide("g.md", text, sections()); }

TEST(SplitTitleTest, FullWidthParentheticalHoldsAliases) {
  auto [name, aliases] = split_title("CTO（Chief Technology Officer, 最高技術責任者）のプロジェクトポジション");
  EXPECT_EQ(name, "CTO");
  EXPECT_EQ(aliases, (std::vector<std::string>{"Chief Technology Officer", "最高技術責任者"}));
}

TEST(SplitTitleTest, AsciiParenthesesAndEnglishSuffix) {
  auto [name, aliases] = split_title("Chief Technology Officer (CTO、最高技術責任者) career guide");
  EXPECT_EQ(name, "Chief Technology Officer");
  EXPECT_EQ(aliases, (std::vector<std::string>{"CTO", "最高技術責任者"}));
  EXPECT_EQ(split_title("データアナリスト").first, "データアナリスト");
}

TEST(RoleIdTest, SlugSuffixes) {
  EXPECT_EQ(role_id_from_slug("cto_career_guide"), "cto");
  EXPECT_EQ(role_id_from_slug("tech_lead_guide"), "tech_lead");
  EXPECT_EQ(role_id_from_slug("vpoe"), "vpoe");
}

TEST(GuideParserTest, ReadsChainsWithFileLines) {
  const auto r = parse(
      "---\nslug: x_career_guide\ntitle: X\n---\n\n## 5. キャリアパス\n\n"
      "* A → B → C\n* D -> X\n");
  ASSERT_TRUE(r.guide);
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.guide->text().chains.size(), 2u);
  EXPECT_EQ(r.guide->text().chains[0].steps, (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(r.guide->text().chains[0].line, 8);
  EXPECT_EQ(r.guide->text().chains[1].line, 9);
  EXPECT_EQ(r.guide->role_id, "x");
}

// Without prose the page fields are not kept, but a badly typed one is still reported, at the
// same place: what lint and a load say about a file does not depend on the option.
TEST(GuideParserTest, PageFieldsCheckedWithoutProse) {
  const std::string text =
      "---\nslug: x_career_guide\ntitle: X\ntags: {a: 1}\nkeywords: [k1, k2]\n"
      "thumbnail: t.png\nextra: 3\n---\n# X\n";
  GuideParseOptions lean;
  lean.prose = false;
  const auto full = parse(text);
  const auto r = parse_guide("g.md", text, sections(), lean);
  ASSERT_TRUE(full.guide && r.guide);
  EXPECT_EQ(full.guide->text().keywords, (std::vector<std::string>{"k1", "k2"}));
  EXPECT_EQ(full.guide->text().thumbnail, "t.png");
  EXPECT_EQ(full.guide->text().metadata.count("extra"), 1u);
  EXPECT_TRUE(r.guide->text().keywords.empty() && r.guide->text().thumbnail.empty() &&
              r.guide->text().metadata.empty());
  ASSERT_EQ(full.diagnostics.size(), r.diagnostics.size());
  ASSERT_FALSE(r.diagnostics.empty());
  for (size_t i = 0; i < r.diagnostics.size(); ++i) {
    EXPECT_EQ(full.diagnostics[i].to_string(), r.diagnostics[i].to_string());
  }
  EXPECT_EQ(r.diagnostics[0].code, "field-type");
  EXPECT_EQ(r.diagnostics[0].line, 4);
}

TEST(GuideParserTest, YamlErrorReportsFileLine) {
  // The bad line is line 4 of the file (line 3 of the front matter).
  const auto r = parse("---\nslug: x_career_guide\ntitle: X\nrelated_jobs: [a, b\n---\n# X\n");
  EXPECT_FALSE(r.guide);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].code, "yaml-syntax");
  EXPECT_GE(r.diagnostics[0].line, 4);
  EXPECT_LE(r.diagnostics[0].line, 5);
}

TEST(GuideParserTest, TabIndentAndDanglingArrowBothReported) {
  const auto r = parse("---\nslug: x_career_guide\ntitle: X\nrelated_jobs:\n\t- lead\n---\n"
                       "## キャリアパス\n* A → X →\n");
  std::vector<std::pair<std::string, int>> got;
  for (const auto& d : r.diagnostics) got.emplace_back(d.code, d.line);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"yaml-syntax", 5}, {"chain-empty-step", 8}}));
  EXPECT_EQ(r.diagnostics[1].column, 9);  // the second arrow: "* A → X →"
}

TEST(GuideParserTest, StructuralErrors) {
  EXPECT_EQ(parse("# no front matter\n").diagnostics.at(0).code, "no-front-matter");
  EXPECT_EQ(parse("---\ntitle: X\n").diagnostics.at(0).code, "unclosed-front-matter");
  EXPECT_EQ(parse("---\ntitle: X\n---\n").diagnostics.at(0).code, "missing-slug");
  EXPECT_EQ(parse("---\nslug: x\n---\n").diagnostics.at(0).code, "missing-title");
  EXPECT_EQ(parse("---\nslug: x\ntitle: [a]\n---\n").diagnostics.at(0).code, "field-type");
  EXPECT_EQ(parse("").diagnostics.at(0).code, "empty-file");
  EXPECT_EQ(parse(std::string("---\0\n", 5)).diagnostics.at(0).code, "binary-file");
  EXPECT_EQ(parse("---\nslug: x\ntitle: \xff\n---\n").diagnostics.at(0).code, "invalid-utf8");
}

TEST(GuideParserTest, SelfLoopIsAnError) {
  const auto r = parse("---\nslug: x\ntitle: X\n---\n## キャリアパス\n* A → ａ → B\n");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "chain-self-loop");
  EXPECT_EQ(r.diagnostics[0].line, 6);
}

TEST(GuideParserTest, StorySubsectionsAreSkipped) {
  const auto r = parse("---\nslug: x\ntitle: X\n---\n## 主な業務\n* 本当の業務\n"
                       "### 🔍 ストーリー：昔話\n* 物語の箇条書き\n## 将来展望\n* 展望\n");
  ASSERT_TRUE(r.guide);
  ASSERT_EQ(r.guide->text().duties.size(), 1u);
  EXPECT_EQ(r.guide->text().duties[0].text, "本当の業務");
  EXPECT_EQ(r.guide->text().outlook.size(), 1u);
}

TEST(GuideParserTest, UnindentedAnswerAttachesToPreviousQuestion) {
  const auto r = parse("---\nslug: x\ntitle: X\n---\n## 面接\n"
                       "10. **質問十？**\n\n* *回答ポイント：一、二*\n\n11. **質問十一？**\n");
  ASSERT_TRUE(r.guide);
  ASSERT_EQ(r.guide->text().interview.size(), 2u);
  EXPECT_EQ(r.guide->text().interview[0].number, 10);
  EXPECT_EQ(r.guide->text().interview[0].question, "質問十？");
  EXPECT_EQ(r.guide->text().interview[0].answer_points, (std::vector<std::string>{"一", "二"}));
  EXPECT_EQ(r.guide->text().interview[1].number, 11);
  EXPECT_TRUE(r.guide->text().interview[1].answer_points.empty());
}

// The real seed guide, read completely (skips when ../shared is absent).
TEST(SeedGuideTest, ReadsEverything) {
  const std::string path = testing::seed_path();
  if (path.empty()) GTEST_SKIP() << "../shared/seed not present";
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto r = parse_guide(path, ss.str(), sections());
  ASSERT_TRUE(r.guide);
  EXPECT_TRUE(r.diagnostics.empty());
  const auto& g = *r.guide;
  EXPECT_EQ(g.role_id, "cto");
  EXPECT_EQ(g.name, "CTO");
  EXPECT_EQ(g.aliases, (std::vector<std::string>{"Chief Technology Officer", "最高技術責任者"}));
  ASSERT_EQ(g.text().related_jobs.size(), 2u);
  EXPECT_EQ(g.text().related_jobs[0].name, "vpoe");
  EXPECT_EQ(g.text().related_jobs[0].line, 6);
  EXPECT_EQ(g.text().related_jobs[1].name, "tech_lead");
  ASSERT_EQ(g.text().chains.size(), 3u);
  EXPECT_EQ(g.text().chains[0].line, 96);
  EXPECT_EQ(g.text().chains[1].line, 97);
  EXPECT_EQ(g.text().chains[2].line, 98);
  size_t transitions = 0;
  for (const auto& c : g.text().chains) transitions += c.steps.size() - 1;
  EXPECT_EQ(transitions, 8u);  // 3 + 3 + 2
  EXPECT_EQ(g.text().chains[2].steps,
            (std::vector<std::string>{"スタートアップ創業メンバー", "VPoE", "CTO"}));
  ASSERT_EQ(g.text().skills.size(), 9u);
  EXPECT_EQ(std::count_if(g.text().skills.begin(), g.text().skills.end(),
                          [](auto& s) { return s.kind == "technical"; }),
            5);
  EXPECT_EQ(std::count_if(g.text().skills.begin(), g.text().skills.end(),
                          [](auto& s) { return s.kind == "management"; }),
            4);
  EXPECT_EQ(g.text().skills[0].text, "ソフトウェアアーキテクチャ設計");
  EXPECT_EQ(g.text().skills[0].line, 57);
  ASSERT_EQ(g.text().learning.size(), 4u);
  EXPECT_EQ(g.text().learning[0].heading, "技術スキルの深化と幅出し");
  for (const auto& group : g.text().learning) EXPECT_EQ(group.items.size(), 3u);
  EXPECT_EQ(g.text().duties.size(), 6u);
  ASSERT_EQ(g.text().collaborators.size(), 5u);
  EXPECT_EQ(g.text().collaborators[0].who, "CEO・COO");
  EXPECT_EQ(g.text().outlook.size(), 5u);
  ASSERT_EQ(g.text().interview.size(), 20u);
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(g.text().interview[static_cast<size_t>(i)].number, i + 1);
    EXPECT_EQ(g.text().interview[static_cast<size_t>(i)].answer_points.empty(), i >= 10) << i + 1;
  }
  EXPECT_EQ(g.text().interview[0].answer_points,
            (std::vector<std::string>{"技術と経営の橋渡し", "技術戦略の策定", "組織育成"}));
  EXPECT_EQ(g.text().interview[12].question,
            "エンジニア組織のD&I（多様性と包摂性）をどう意識していますか？");
  EXPECT_EQ(g.text().keywords.size(), 5u);
  EXPECT_EQ(g.text().tags.size(), 8u);
}

}  // namespace
}  // namespace careergraph::importers
