// Lint checks (importers/lint.h), the input limits (importers/limits.h) and replays of the
// inputs the fuzzers found (tests/data/fuzz/).
#include "importers/lint.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "importers/corpus.h"
#include "importers/guide_parser.h"
#include "importers/limits.h"
#include "importers/yaml_util.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

using testing::test_data;

// A complete guide: every standard section, a chain in and out of its role.
std::string guide(const std::string& slug, const std::string& title, const std::string& chain,
                  const std::string& front = "", const std::string& extra = "") {
  return "---\nslug: " + slug + "\ntitle: " + title + "\n" + front + "---\n# " + title +
         "\n\n## 主な業務\n* 仕事\n\n## 必要なスキル\n* Python\n\n## 協業\n* **誰**：何か\n\n"
         "## キャリアパス\n* " + chain + "\n\n## 将来展望\n* 明るい\n\n## 学習方法\n* Pythonの本\n\n"
         "## 面接\n1. 質問？\n" + extra;
}

// Test vocabulary (tests/data/vocab) + the given guide texts, linted; the findings about the
// guides (the test vocabulary has a shared alias on purpose).
graph::Diagnostics lint_texts(const std::vector<std::pair<std::string, std::string>>& guides) {
  graph::Diagnostics d;
  auto vocab = read_vocabulary_dir(test_data("vocab"), d);
  auto sections = read_source(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml");
  vocab.sections = std::move(*sections);
  std::vector<SourceFile> files;
  for (const auto& [name, text] : guides) files.push_back(SourceFile::owned(name, text));
  graph::Diagnostics out = lint(load(vocab, files));
  std::erase_if(out, [](const auto& x) { return x.file.find("/vocab/") != std::string::npos; });
  return out;
}

std::vector<std::string> codes(const graph::Diagnostics& diags, graph::Severity s) {
  std::vector<std::string> out;
  for (const auto& d : diags) {
    if (d.severity == s) out.push_back(d.code);
  }
  return out;
}

// Three guides that lint clean: junior → senior → lead, each with every section.
std::vector<std::pair<std::string, std::string>> clean_corpus() {
  return {{"junior.md", guide("junior_career_guide", "ジュニアエンジニア", "ジュニアエンジニア → シニアエンジニア")},
          {"senior.md", guide("senior_career_guide", "シニアエンジニア", "シニアエンジニア → テックリード",
                              "related_jobs: [lead]\n")},
          {"lead.md", guide("lead_career_guide", "テックリード", "シニアエンジニア → テックリード")}};
}

TEST(LintTest, CleanCorpusHasNoFindings) {
  const auto diags = lint_texts(clean_corpus());
  for (const auto& d : diags) ADD_FAILURE() << d.to_string();
}

TEST(LintTest, RelatedJobWithoutGuide) {
  auto corpus = clean_corpus();
  corpus[0].second = guide("junior_career_guide", "ジュニアエンジニア", "ジュニアエンジニア → シニアエンジニア",
                           "related_jobs:\n  - cto_career_guide\n  - ghost\n");
  const auto diags = lint_texts(corpus);
  EXPECT_EQ(codes(diags, graph::Severity::kWarning),
            (std::vector<std::string>{"related-no-guide", "related-no-guide"}));
  EXPECT_EQ(diags[0].to_string(),
            "junior.md:5:5: warning: related_jobs names 'cto_career_guide' (role 'cto'), which has "
            "no guide: the link would lead nowhere [related-no-guide]");
  EXPECT_EQ(diags[1].to_string(),
            "junior.md:6:5: warning: related_jobs names 'ghost', which is neither a guide nor a "
            "role of the vocabulary [related-no-guide]");
}

TEST(LintTest, ChainRoleUnknownToVocabularyAndWithoutGuide) {
  auto corpus = clean_corpus();
  corpus[2].second = guide("lead_career_guide", "テックリード", "シニアエンジニア → テックリード → ナゾの職種");
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kWarning), (std::vector<std::string>{"unknown-role"}));
  EXPECT_EQ(diags[0].to_string(),
            "lead.md:17: warning: career chain names 'ナゾの職種', which is neither a role of the "
            "vocabulary nor a guide (a typo, or a role to add to roles.yaml) [unknown-role]");
  // A vocabulary role without a guide (CTO) in a chain is fine.
  corpus[2].second = guide("lead_career_guide", "テックリード", "シニアエンジニア → テックリード → CTO");
  EXPECT_TRUE(codes(lint_texts(corpus), graph::Severity::kWarning).empty());
}

TEST(LintTest, SameMoveBothWaysNamesBothPlaces) {
  auto corpus = clean_corpus();
  corpus[2].second = guide("lead_career_guide", "テックリード", "テックリード → シニアエンジニア");
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kWarning), (std::vector<std::string>{"contradicting-moves"}));
  EXPECT_EQ(diags[0].to_string(),
            "senior.md:18: warning: 'シニアエンジニア' → 'テックリード' here, but 'テックリード' → "
            "'シニアエンジニア' at lead.md:17: which way does the career go? [contradicting-moves]");
}

TEST(LintTest, ProgressionCycleReportsOneRepresentativeCycle) {
  auto corpus = clean_corpus();
  corpus[2].second = guide("lead_career_guide", "テックリード", "テックリード → ジュニアエンジニア");
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kWarning), (std::vector<std::string>{"progression-cycle"}));
  EXPECT_EQ(diags[0].to_string(),
            "junior.md:17: warning: progression cycle: ジュニアエンジニア → シニアエンジニア → "
            "テックリード → ジュニアエンジニア (junior.md:17, senior.md:18, lead.md:17); 3 roles "
            "lead back to themselves [progression-cycle]");
}

TEST(LintTest, GuideOutsideEveryChain) {
  auto corpus = clean_corpus();
  corpus.push_back({"cto.md", guide("cto_career_guide", "CTO", "")});
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kWarning), (std::vector<std::string>{"isolated-guide"}));
  EXPECT_EQ(diags[0].to_string(),
            "cto.md:3: warning: no career chain leads to or from 'CTO': add a chain with it to a "
            "career-path section [isolated-guide]");
}

TEST(LintTest, MissingStandardSections) {
  auto corpus = clean_corpus();
  corpus[0].second = "---\nslug: junior_career_guide\ntitle: ジュニアエンジニア\n---\n"
                     "## 主な業務\n* 仕事\n## 必要なスキル\n* Python\n## キャリアパス\n"
                     "* ジュニアエンジニア → シニアエンジニア\n## Outlook\n* bright\n## 面接\n1. q\n";
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kWarning),
            (std::vector<std::string>{"missing-section", "missing-section"}));
  EXPECT_EQ(diags[0].file, "junior.md");
  EXPECT_EQ(diags[0].line, 0);
  EXPECT_NE(diags[0].message.find("no 'collaboration' section"), std::string::npos);
  EXPECT_NE(diags[1].message.find("no 'learning' section"), std::string::npos);
  EXPECT_NE(diags[1].message.find("学習方法"), std::string::npos);
}

TEST(LintTest, TaxonomyMissesNameTheClosestEntries) {
  auto corpus = clean_corpus();
  corpus[0].second = guide("junior_career_guide", "ジュニアエンジニア", "ジュニアエンジニア → シニアエンジニア",
                           "", "\n## 必要なスキル\n* Pythn\n* 料理\n\n## 学習方法\n### 独学\n* 写経\n");
  const auto diags = lint_texts(corpus);
  EXPECT_TRUE(codes(diags, graph::Severity::kWarning).empty());
  ASSERT_EQ(codes(diags, graph::Severity::kInfo),
            (std::vector<std::string>{"skill-unmatched", "skill-unmatched", "learning-no-skill"}));
  EXPECT_EQ(diags[0].to_string(),
            "junior.md:29: info: skill bullet 'Pythn' matched no taxonomy skill; closest taxonomy "
            "entries: Python [skill-unmatched]");
  EXPECT_EQ(diags[1].to_string(), "junior.md:30: info: skill bullet '料理' matched no taxonomy skill [skill-unmatched]");
  EXPECT_EQ(diags[2].line, 34);
  EXPECT_NE(diags[2].message.find("learning item '写経' names no taxonomy skill"), std::string::npos);
}

TEST(LintTest, ClosestSkillsRankByEditDistance) {
  const auto r = testing::load_test({});
  std::vector<std::string> ids;
  for (auto s : closest_skills(r.graph, "システム設", 3)) ids.push_back(r.graph.skill(s).id);
  EXPECT_EQ(ids, (std::vector<std::string>{"system_design"}));
  EXPECT_TRUE(closest_skills(r.graph, std::string(65, 'x')).empty());  // too long to rank
  EXPECT_TRUE(closest_skills(r.graph, "").empty());
}

TEST(LintTest, LoadErrorsAreKeptAndSortedByPlace) {
  auto corpus = clean_corpus();
  corpus.push_back({"broken.md", "---\nslug: x\ntitle: X\nrelated_jobs:\n\t- lead\n---\n## キャリアパス\n* A → X →\n"});
  const auto diags = lint_texts(corpus);
  ASSERT_GE(diags.size(), 2u);
  EXPECT_EQ(diags[0].to_string().substr(0, 15), "broken.md:5:1: ");
  EXPECT_EQ(diags[0].code, "yaml-syntax");
  EXPECT_EQ(diags[1].to_string(),
            "broken.md:8:9: error: career chain ends in an arrow with no role after it [chain-empty-step]");
}

TEST(LintTest, DuplicateSlugNamesBothFiles) {
  auto corpus = clean_corpus();
  corpus.push_back({"copy.md", guide("senior_career_guide", "シニアエンジニア（別）", "シニアエンジニア → テックリード")});
  const auto diags = lint_texts(corpus);
  ASSERT_EQ(codes(diags, graph::Severity::kError), (std::vector<std::string>{"duplicate-role"}));
  EXPECT_EQ(diags[0].to_string(),
            "copy.md:3: error: slug 'senior_career_guide' is also the slug of senior.md; this "
            "guide is skipped [duplicate-role]");
}

TEST(LintTest, EveryProblemOfAFileInOnePass) {
  auto got = [](const std::string& text) {
    std::vector<std::pair<std::string, int>> out;
    for (const auto& d : lint_texts({{"g.md", text}})) {
      if (d.severity == graph::Severity::kError) out.emplace_back(d.code, d.line);
    }
    return out;
  };
  using Got = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(got("---\nslug: x\ntitle: [a]\ncategory: {b: 1}\n---\n## キャリアパス\n* A → Ａ\n* → B\n"),
            (Got{{"missing-title", 2}, {"field-type", 3}, {"field-type", 4}, {"chain-self-loop", 7},
                 {"chain-empty-step", 8}}));
  EXPECT_EQ(got("# x\n## キャリアパス\n* A →\n"), (Got{{"no-front-matter", 1}, {"chain-empty-step", 3}}));
  EXPECT_EQ(got("---\nslug: x\n\ttitle: X\n---\n## キャリアパス\n* → B\n"),
            (Got{{"yaml-syntax", 3}, {"chain-empty-step", 6}}));
}

// ---- limits ----

TEST(LimitsTest, LongLineIsRefusedWithItsLine) {
  const std::string text = "a\nb\n" + std::string(kMaxLineBytes + 1, 'x') + "\n";
  const auto d = check_line_length("f.md", text);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->code, "line-too-long");
  EXPECT_EQ(d->line, 3);
  EXPECT_FALSE(check_line_length("f.md", std::string(kMaxLineBytes, 'x')));
}

TEST(LimitsTest, DeepFlowNestingIsRefusedAtTheBracket) {
  const std::string yaml = "title: x\nk: " + std::string(1000, '[') + std::string(1000, ']') + "\n";
  const auto r = load_yaml("f.md", yaml, 2);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "yaml-too-deep");
  EXPECT_EQ(r.error().line, 3);
  // The bracket at level kMaxYamlDepth + 1, the top-level mapping being level 1.
  EXPECT_EQ(r.error().column, 3 + kMaxYamlDepth);
  // Within the limit it loads.
  EXPECT_TRUE(load_yaml("f.md", "k: " + std::string(10, '[') + std::string(10, ']')));
}

TEST(LimitsTest, DeepBlockNestingIsRefused) {
  std::string yaml = "k:\n";
  for (int i = 0; i < 100; ++i) yaml += std::string(static_cast<size_t>(i) + 1, ' ') + "-\n";
  const auto r = load_yaml("f.yaml", yaml);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "yaml-too-deep");
  // Compact nesting ("- - - x") too.
  std::string compact = "k:\n  ";
  for (int i = 0; i < 100; ++i) compact += "- ";
  EXPECT_EQ(load_yaml("f.yaml", compact + "x\n").error().code, "yaml-too-deep");
}

TEST(LimitsTest, BillionLaughsIsRefusedButSmallAliasesLoad) {
  std::string yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  std::string prev = "a";
  for (const char* n : {"b", "c", "d", "e", "f", "g", "h", "i"}) {
    yaml += std::string(n) + ": &" + n + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
    prev = n;
  }
  const auto r = load_yaml("f.yaml", yaml);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, "yaml-alias-bomb");
  EXPECT_GE(r.error().line, 5);
  const auto ok = load_yaml("f.yaml", "base: &b {x: 1}\nuse: *b\nmath: 2 * 3\n");
  ASSERT_TRUE(ok);
  EXPECT_EQ((*ok)["use"]["x"].number(), 1.0);
}

TEST(LimitsTest, OversizedGuideAndTooManyChainsOrRelatedJobs) {
  const auto& table = [] {
    static SectionTable t = *parse_sections("s.yaml", "sections:\n  career:\n    ja: [キャリアパス]\n");
    return t;
  }();
  EXPECT_EQ(parse_guide("g.md", std::string(kMaxGuideBytes + 1, 'x'), table).diagnostics.at(0).code,
            "guide-too-large");
  std::string chains = "---\nslug: x\ntitle: X\n---\n## キャリアパス\n";
  for (std::size_t i = 0; i < kMaxChainSteps; ++i) chains += "* X → r" + std::to_string(i) + "\n";
  const auto c = parse_guide("g.md", chains, table);
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_EQ(c.diagnostics[0].code, "too-many-chains");
  EXPECT_EQ(c.diagnostics[0].line, 6 + static_cast<int>(kMaxChainSteps / 2));
  EXPECT_EQ(c.guide->text().chains.size(), kMaxChainSteps / 2);
  std::string items = "---\nslug: x\ntitle: X\n---\n## キャリアパス\n";
  for (std::size_t i = 0; i <= kMaxListItems; ++i) items += "* item\n";
  const auto it = parse_guide("g.md", items, table);
  ASSERT_EQ(it.diagnostics.size(), 1u);
  EXPECT_EQ(it.diagnostics[0].code, "too-many-items");
  EXPECT_EQ(it.diagnostics[0].line, 6 + static_cast<int>(kMaxListItems));
  std::string related = "---\nslug: x\ntitle: X\nrelated_jobs:\n";
  for (std::size_t i = 0; i <= kMaxRelatedJobs; ++i) related += "- r" + std::to_string(i) + "\n";
  const auto r = parse_guide("g.md", related + "---\n", table);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "too-many-related-jobs");
  EXPECT_EQ(r.guide->text().related_jobs.size(), kMaxRelatedJobs);
}

// ---- inputs found by the fuzzers (fuzz/README.md), replayed under the sanitizers of the build ----

std::vector<std::filesystem::path> fuzz_inputs(const std::string& target) {
  std::vector<std::filesystem::path> out;
  const auto dir = std::filesystem::path(test_data("fuzz")) / target;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() != ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(FuzzRegressionTest, GuideInputsLoadAndLint) {
  for (const auto& path : fuzz_inputs("guide")) {
    SCOPED_TRACE(path.filename().string());
    const std::string text = slurp(path);
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    const auto diags = lint_texts({{"fuzz.md", text}});
    for (const auto& d : diags) {
      EXPECT_FALSE(d.code.empty());
      EXPECT_GE(d.line, 0);
      EXPECT_LE(d.line, lines) << d.to_string();  // a line the file has
    }
  }
}

TEST(FuzzRegressionTest, VocabularyInputsLoad) {
  for (const auto& path : fuzz_inputs("vocabulary")) {
    SCOPED_TRACE(path.filename().string());
    const std::string text = slurp(path);
    const SourceFile f{"fuzz.yaml", text, nullptr};
    VocabularyFiles files;
    files.roles = files.skills = files.learning = files.sections = f;
    graph::CareerGraph g;
    SectionTable sections;
    for (const auto& d : load_vocabulary(files, g, sections)) EXPECT_FALSE(d.code.empty());
  }
}

}  // namespace
}  // namespace careergraph::importers
