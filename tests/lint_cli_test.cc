// `careergraph lint` end to end: the real binary on the bundled corpus and on fixtures under
// tests/data/lint and tests/data/broken; text and JSON output, exit codes, --werror/--strict.
#include <gtest/gtest.h>

#include "run_binary.h"

namespace careergraph::testing {
namespace {

std::string data(const std::string& rel) { return quote(std::string(CAREERGRAPH_TEST_DATA) + "/" + rel); }
std::string test_vocab() { return "--vocab " + data("vocab"); }

// Lines of `text` that contain `needle`.
int lines_with(const std::string& text, const std::string& needle) {
  int n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) ++n;
  }
  return n;
}

TEST(LintCliTest, BundledCorpusIsClean) {
  const RunResult r = run_binary("lint");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "28 guide file(s): 0 error(s), 0 warning(s), 0 info\n");
  EXPECT_EQ(r.err, "");
  const RunResult j = run_binary("lint --format json");
  ASSERT_EQ(j.code, 0);
  EXPECT_EQ(j.json()["errors"], 0);
  EXPECT_EQ(j.json()["warnings"], 0);
  EXPECT_TRUE(j.json()["diagnostics"].empty());
}

TEST(LintCliTest, BrokenFrontMatterAndBrokenChainInOneRun) {
  const RunResult r = run_binary("lint " + data("broken") + " " + test_vocab());
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(lines_with(r.out, "bad_yaml.md:5:1: error: YAML: found character that cannot start any token (while scanning for the next token); line 5 is indented with a tab"), 1) << r.out;
  EXPECT_EQ(lines_with(r.out, "bad_yaml.md:10:21: error: career chain ends in an arrow with no role after it [chain-empty-step]"), 1) << r.out;
  EXPECT_EQ(r.err, "");  // the report is the output

  const RunResult j = run_binary("lint --format json " + data("broken") + " " + test_vocab());
  EXPECT_EQ(j.code, 3);
  const auto json = j.json();
  EXPECT_EQ(json["errors"], 2);
  const auto& first = json["diagnostics"][0];
  for (const char* key : {"file", "line", "column", "severity", "code", "message"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  EXPECT_EQ(first["line"], 5);
  EXPECT_EQ(first["column"], 1);  // the tab
  EXPECT_EQ(first["severity"], "error");
  EXPECT_EQ(first["code"], "yaml-syntax");
  EXPECT_EQ(json["diagnostics"][1]["code"], "chain-empty-step");
}

TEST(LintCliTest, WarningsExitZeroUnlessWerrorOrStrict) {
  const std::string args = "lint " + data("lint/warnings") + " " + test_vocab();
  const RunResult r = run_binary(args);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(lines_with(r.out, "senior.md:4:22: warning: related_jobs names 'cto' (role 'cto'), which has no guide"), 1) << r.out;
  EXPECT_EQ(lines_with(r.out, "senior.md:21: warning: career chain names 'ナゾの職種'"), 1) << r.out;
  EXPECT_EQ(lines_with(r.out, "senior.md:14: info: skill bullet 'Pythn' matched no taxonomy skill; closest taxonomy entries: Python [skill-unmatched]"), 1) << r.out;
  EXPECT_EQ(run_binary(args + " --werror").code, 3);
  EXPECT_EQ(run_binary("--strict " + args).code, 3);
  // -q leaves out the info notes.
  EXPECT_EQ(lines_with(run_binary("-q " + args).out, "info:"), 0);
  const auto j = run_binary(args + " --format json").json();
  EXPECT_EQ(j["errors"], 0);
  EXPECT_EQ(j["warnings"], 3);  // two about the guides, one about the test vocabulary
  EXPECT_EQ(j["info"], 1);
}

TEST(LintCliTest, LintOnlyWarningsStayOutOfOtherCommands) {
  const RunResult r = run_binary("show senior --data " + data("lint/warnings") + " " + test_vocab());
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err.find("related-no-guide"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("unknown-role"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("skill-unmatched"), std::string::npos) << r.err;
}

TEST(LintCliTest, DuplicateSlugNamesBothFiles) {
  const RunResult r = run_binary("lint " + data("lint/duplicate") + " " + test_vocab());
  EXPECT_EQ(r.code, 3);
  EXPECT_EQ(lines_with(r.out, "duplicate/senior_copy.md:3: error: slug 'senior_career_guide' is also the slug of "), 1) << r.out;
  EXPECT_EQ(lines_with(r.out, "lint/duplicate/senior.md; this guide is skipped [duplicate-role]"), 1) << r.out;
}

TEST(LintCliTest, PathsDefaultToData) {
  const RunResult a = run_binary("lint " + data("broken") + " " + test_vocab());
  const RunResult b = run_binary("--data " + data("broken") + " lint " + test_vocab());
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(run_binary("lint /nonexistent/guides").code, 3);
}

}  // namespace
}  // namespace careergraph::testing
