// End-to-end tests: run the real careergraph binary and check stdout, stderr and exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

struct Result {
  int code = -1;
  std::string out;
  std::string err;
  nlohmann::json json() const { return nlohmann::json::parse(out); }
};

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs the binary with `args` (already quoted where needed) in directory `cwd`.
Result run(const std::string& args, const std::string& cwd = ".") {
  const auto err_file = std::filesystem::temp_directory_path() / ("cg_err_" + std::to_string(::getpid()));
  const std::string cmd = "cd " + quote(cwd) + " && env -u CAREERGRAPH_DATA " + quote(CAREERGRAPH_BIN) +
                          " " + args + " 2>" + quote(err_file.string());
  Result r;
  FILE* p = ::popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_file);
  return r;
}

std::string data(const std::string& rel) { return quote(std::string(CAREERGRAPH_TEST_DATA) + "/" + rel); }
std::string test_vocab() { return "--vocab " + data("vocab"); }

std::string seed() {
  const std::string p = std::string(CAREERGRAPH_SHARED) + "/seed/000_59079d0e562ebb6e.txt";
  return std::filesystem::exists(p) ? p : "";
}

std::vector<std::string> ids(const nlohmann::json& roles) {
  std::vector<std::string> out;
  for (const auto& r : roles) out.push_back(r["id"]);
  return out;
}

TEST(CliTest, BundledDataFromAnyDirectory) {
  const Result r = run("path --from engineer --to cto", "/");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("CTO"), std::string::npos);
  EXPECT_NE(r.out.find("data/guides/"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST(CliTest, BundledCorpusGivesAlternativesInEnglishToo) {
  const Result r = run("path --from 'software engineer' --to 'chief technology officer' -k 3 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["from"]["id"], "software_engineer");
  EXPECT_EQ(j["to"]["id"], "cto");
  EXPECT_EQ(j["metric"], "steps");
  ASSERT_GE(j["paths"].size(), 2u);
  EXPECT_EQ(j["paths"][0]["rank"], 1);
  EXPECT_LE(j["paths"][0]["cost"].get<double>(), j["paths"][1]["cost"].get<double>());
}

TEST(CliTest, SeedRouteWithEvidence) {
  if (seed().empty()) GTEST_SKIP() << "../shared/seed not present";
  const Result r = run("path --from engineer --to cto --format json --data " + quote(seed()));
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  ASSERT_EQ(j["paths"].size(), 1u);
  const auto& p = j["paths"][0];
  EXPECT_EQ(ids(p["roles"]), (std::vector<std::string>{"software_engineer", "lead_engineer",
                                                        "engineering_manager", "cto"}));
  EXPECT_EQ(p["edges"][0]["kind"], "progression");
  EXPECT_EQ(p["edges"][0]["evidence"][0], seed() + ":96");
}

TEST(CliTest, SeedRouteNamesWithoutVocabulary) {
  if (seed().empty()) GTEST_SKIP() << "../shared/seed not present";
  // With only the seed and no vocabulary, names are exactly the guide's.
  const Result r = run("--vocab " + data("empty_vocab") + " path --from ソフトウェアエンジニア --to ＣＴＯ --format json --data " + quote(seed()));
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  std::vector<std::string> names;
  for (const auto& x : j["paths"][0]["roles"]) names.push_back(x["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"ソフトウェアエンジニア", "リードエンジニア", "技術マネージャー", "CTO"}));
}

TEST(CliTest, NoRouteExitsOne) {
  if (seed().empty()) GTEST_SKIP() << "../shared/seed not present";
  const Result r = run("path --from CTO --to ソフトウェアエンジニア --data " + quote(seed()));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no route"), std::string::npos);
}

TEST(CliTest, UnknownRoleSuggests) {
  const Result r = run("path --from engneer --to cto " + test_vocab() + " --data " + data("routes"));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown role 'engneer'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(junior)"), std::string::npos) << r.err;
}

TEST(CliTest, AmbiguousRoleListsCandidates) {
  const Result r = run("--format json show リーダー " + test_vocab() + " --data " + data("routes"));
  EXPECT_EQ(r.code, 2);
  const auto j = r.json();
  EXPECT_EQ(j["error"]["code"], "ambiguous-role");
  EXPECT_EQ(ids(j["error"]["candidates"]), (std::vector<std::string>{"lead", "manager"}));
}

TEST(CliTest, GlobalOptionsBeforeOrAfterTheCommand) {
  const std::string common = test_vocab() + " --data " + data("routes");
  const Result before = run("--format json " + common + " path --from junior --to cto -k 3");
  const Result after = run("path --from junior --to cto -k 3 --format json " + common);
  ASSERT_EQ(before.code, 0) << before.err;
  EXPECT_EQ(before.out, after.out);
  EXPECT_EQ(before.json()["paths"].size(), 3u);
}

TEST(CliTest, LateralMovesOnlyWhenAsked) {
  const std::string common = test_vocab() + " --data " + data("routes") + " --format json";
  EXPECT_EQ(run("path --from デザイナー --to cto " + common).code, 1);
  const Result r = run("path --from デザイナー --to cto --lateral " + common);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.json()["paths"][0]["edges"][0]["kind"], "related");
}

TEST(CliTest, BrokenFileReportedOthersAnswerStrictExitsThree) {
  const std::string common = test_vocab() + " --data " + data("broken");
  const Result r = run("path --from シニアエンジニア --to テックリード " + common);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("bad_yaml.md:5:1: error: YAML: found character that cannot start any token (while scanning for the next token); line 5 is indented with a tab"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad_yaml.md:10:"), std::string::npos) << r.err;
  const Result strict = run("--strict path --from シニアエンジニア --to テックリード " + common);
  EXPECT_EQ(strict.code, 3);
  EXPECT_EQ(strict.out, "");
}

TEST(CliTest, ShowListStatsJsonShapes) {
  const Result show = run("show cto --format json");
  ASSERT_EQ(show.code, 0) << show.err;
  const auto s = show.json();
  for (const char* key : {"id", "name", "aliases", "track", "level", "next", "previous", "related",
                          "skills", "learning", "sources", "duties", "collaborators", "interview"}) {
    EXPECT_TRUE(s.contains(key)) << key;
  }
  EXPECT_EQ(s["id"], "cto");
  EXPECT_EQ(s["level"], 7);
  EXPECT_FALSE(s["previous"].empty());
  EXPECT_TRUE(s["skills"][0].contains("importance"));
  EXPECT_GE(s["interview"].size(), 8u);

  const Result list = run("list roles --format json");
  ASSERT_EQ(list.code, 0);
  EXPECT_GE(list.json().size(), 24u);
  EXPECT_TRUE(list.json()[0].contains("id"));
  EXPECT_EQ(run("list skills --format json").json()[0].count("kind"), 1u);
  EXPECT_EQ(run("list learning --format json").code, 0);
  EXPECT_EQ(run("list nothing").code, 2);

  const Result stats = run("stats --format json");
  ASSERT_EQ(stats.code, 0);
  EXPECT_EQ(stats.json()["diagnostics"]["errors"], 0);
  EXPECT_GE(stats.json()["guides"], 24);
}

TEST(CliTest, LanguageOptionSwitchesNames) {
  const Result r = run("--lang en show engineer --format json");
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(r.json()["name"], "Software Engineer");
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run("").code, 2);
  EXPECT_EQ(run("path --from cto").code, 2);
  EXPECT_EQ(run("frobnicate").code, 2);
  EXPECT_EQ(run("--help").code, 0);
  EXPECT_EQ(run("--version").code, 0);
}

TEST(CliTest, TextOutputIsAligned) {
  const Result r = run("path --from junior --to cto " + test_vocab() + " --data " + data("routes"));
  ASSERT_EQ(r.code, 0);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);  // no colour when not a terminal
  EXPECT_NE(r.out.find("ジュニアエンジニア → シニアエンジニア → 開発マネージャー → CTO"), std::string::npos) << r.out;
}

}  // namespace

namespace {

std::string routes() { return test_vocab() + " --data " + data("routes"); }

TEST(CliRecommendTest, GapListsMissingAndCovered) {
  const Result r = run("gap --from junior --to lead --format json " + routes());
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["from"]["id"], "junior");
  EXPECT_EQ(j["to"]["id"], "lead");
  EXPECT_EQ(ids(j["missing"]), (std::vector<std::string>{"system_design", "mentoring"}));
  EXPECT_EQ(ids(j["covered"]), (std::vector<std::string>{"python"}));
  EXPECT_TRUE(j["missing"][0].contains("importance"));
  EXPECT_TRUE(j["missing"][0].contains("level"));
  EXPECT_TRUE(j["missing"][0].contains("have_level"));
  const Result have = run("gap --from junior --to lead --have メンタリング --format json " + routes());
  EXPECT_EQ(ids(have.json()["missing"]), (std::vector<std::string>{"system_design"}));
}

TEST(CliRecommendTest, UnknownSkillExitsTwoWithSuggestions) {
  const Result r = run("gap --to lead --have Pythn " + routes());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown skill 'Pythn'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(python)"), std::string::npos) << r.err;
}

TEST(CliRecommendTest, NextHasReasonsAndEvidence) {
  const Result r = run("next --from senior --format json --lang en " + routes());
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  ASSERT_FALSE(j["recommendations"].empty());
  const auto& first = j["recommendations"][0];
  for (const char* key : {"role", "score", "reasons", "evidence", "shared_skills", "missing"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
  for (const auto& rec : j["recommendations"]) EXPECT_FALSE(rec["reasons"].empty());
  EXPECT_NE(first["evidence"][0].get<std::string>().find(".md:"), std::string::npos);
}

TEST(CliRecommendTest, PlanJsonTextAndMarkdown) {
  const Result j = run("plan --from junior --to cto --format json " + routes());
  ASSERT_EQ(j.code, 0) << j.err;
  const auto p = j.json();
  for (const char* key : {"from", "to", "path", "steps", "uncovered"}) EXPECT_TRUE(p.contains(key)) << key;
  EXPECT_EQ(p["path"].front()["id"], "junior");
  EXPECT_EQ(p["path"].back()["id"], "cto");
  EXPECT_EQ(p["steps"].size(), p["path"].size() - 1);
  const Result md = run("plan --from junior --to cto --format markdown " + routes());
  ASSERT_EQ(md.code, 0) << md.err;
  EXPECT_EQ(md.out.rfind("# 学習プラン", 0), 0u) << md.out;
  const Result text = run("plan --to cto " + routes());
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("学習プラン"), std::string::npos);
}

TEST(CliRecommendTest, ProfileFileSuppliesFromGoalSkillsAndAvoid) {
  const Result r = run("plan --profile " + data("profiles/client.yaml") + " --format json " + routes());
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["from"]["id"], "junior");
  EXPECT_EQ(j["to"]["id"], "cto");
  for (const auto& role : j["path"]) EXPECT_NE(role["id"], "lead");  // avoided
  const Result gap = run("gap --profile " + data("profiles/client.yaml") + " --to senior --format json " + routes());
  ASSERT_EQ(gap.code, 0) << gap.err;
  EXPECT_EQ(gap.json()["to"]["id"], "senior");  // the command line wins over the goal
  const Result bad = run("gap --profile " + data("profiles/bad_level.yaml") + " --to senior " + routes());
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("bad_level.yaml:3:"), std::string::npos) << bad.err;
}

TEST(CliRecommendTest, ReachFeedersEval) {
  const Result reach = run("reach --from junior --steps 1 --format json " + routes());
  ASSERT_EQ(reach.code, 0);
  EXPECT_EQ(ids(reach.json()["roles"]), (std::vector<std::string>{"senior"}));
  EXPECT_EQ(reach.json()["roles"][0]["distance"], 1);
  const Result feeders = run("feeders --to cto --steps 1 --format json " + routes());
  EXPECT_EQ(ids(feeders.json()["roles"]), (std::vector<std::string>{"lead", "manager"}));
  EXPECT_EQ(run("reach --from cto " + routes()).code, 1);
  const Result eval = run("eval --format json");
  ASSERT_EQ(eval.code, 0);
  EXPECT_GE(eval.json()["queries"], 100);
  EXPECT_GT(eval.json()["mrr"], 0.0);
}

TEST(CliRecommendTest, GapMetricRoutes) {
  const Result r = run("path --from junior --to cto --metric gap --format json " + routes());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.json()["metric"], "gap");
}

}  // namespace
