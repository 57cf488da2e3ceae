// End to end: the real binary on the O*NET and ESCO slices (tests/data/onet, tests/data/esco),
// crosswalks and transition counts, and on the full releases where ../shared is present.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run_binary.h"

namespace {

using careergraph::testing::quote;
using careergraph::testing::run_binary;

std::string data(const std::string& rel) { return std::string(CAREERGRAPH_TEST_DATA) + "/" + rel; }
std::string onet() { return "--data " + quote(data("onet")); }
std::string esco() { return "--data " + quote(data("esco")); }
std::string real(const std::string& rel) { return std::string(CAREERGRAPH_SHARED) + "/realdata/" + rel; }

// A file under the temporary directory, removed with the object.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_((std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_" + name)).string()) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(TaxonomyCliTest, StatsCountsTheSliceAndKeepsTheBundledGuides) {
  const auto r = run_binary(onet() + " stats --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["guides"], 28);
  EXPECT_EQ(j["roles"], 28 + 6);
  ASSERT_EQ(j["sources"].size(), 2u);  // the slice, then the bundled crosswalk
  EXPECT_EQ(j["sources"][0]["kind"], "onet");
  EXPECT_EQ(j["sources"][0]["counts"]["occupations"], 6);
  EXPECT_EQ(j["sources"][1]["kind"], "crosswalk");
  EXPECT_EQ(j["sources"][1]["path"], "data/crosswalk.yaml");
  // The slice lacks most codes of the bundled crosswalk: one info line, no warnings.
  EXPECT_EQ(j["diagnostics"]["warnings"], 0);
  EXPECT_EQ(r.err, "");
}

TEST(TaxonomyCliTest, ShowSoftwareDevelopers) {
  const auto r = run_binary("-q --lang en " + onet() + " show 'Software Developers'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Software Developers  (15-1252.00)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n  same as   Software Engineer (software_engineer), Backend Engineer (backend_engineer)"),
            std::string::npos)
      << r.out;
  const auto python = r.out.find("\n    Python ");
  ASSERT_NE(python, std::string::npos) << r.out;
  const std::string line = r.out.substr(python + 1, r.out.find('\n', python + 1) - python - 1);
  EXPECT_NE(line.find("importance 1 "), std::string::npos) << line;
  EXPECT_NE(line.find(" hot technology, in demand  " + data("onet") + "/Technology Skills.txt:21"), std::string::npos)
      << line;
}

TEST(TaxonomyCliTest, ShowJsonKeepsTheShapeAndAddsRatings) {
  const auto r = run_binary(onet() + " --format json show 15-1251.00");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  for (const char* key : {"id", "name", "aliases", "track", "level", "next", "previous", "related", "skills",
                          "learning", "sources"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["level"], 4);
  ASSERT_FALSE(j["skills"].empty());
  EXPECT_EQ(j["skills"][0]["name"], "Computers and Electronics");  // most important first
  EXPECT_EQ(j["skills"][0]["kind"], "knowledge");
  EXPECT_EQ(j["skills"][0]["importance"], 4.87);
  EXPECT_EQ(j["skills"][0]["level"], 6.16);
  EXPECT_EQ(j["skills"][0]["source"], data("onet") + "/Knowledge.txt:16");
  EXPECT_EQ(j["skills"][1]["name"], "Programming");
  EXPECT_EQ(j["skills"][1]["source"], data("onet") + "/Skills.txt:28");
  EXPECT_EQ(j["related"][0]["id"], "15-1252.00");
  EXPECT_EQ(j["related"][0]["label"], "Primary-Short #1");
}

TEST(TaxonomyCliTest, ShowGuideRoleListsTheCrosswalkedOccupationAndItsTopSkills) {
  const auto r = run_binary(onet() + " --format json show cto");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  ASSERT_EQ(j["same_as"].size(), 1u);
  EXPECT_EQ(j["same_as"][0]["id"], "11-3021.00");
  ASSERT_FALSE(j["same_as"][0]["top_skills"].empty());
  EXPECT_TRUE(j["same_as"][0]["top_skills"][0].contains("level"));
  const auto text = run_binary("-q --lang en " + onet() + " show cto");
  EXPECT_NE(text.out.find("Same occupation: Computer and Information Systems Managers (11-3021.00)"),
            std::string::npos)
      << text.out;
}

TEST(TaxonomyCliTest, GapListsLevelNeededAndHeldMostImportantFirst) {
  const auto r = run_binary(onet() +
                            " --format json gap --from 'Computer Programmers' --to 'Computer and Information Systems Managers'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["from"]["id"], "15-1251.00");
  EXPECT_EQ(j["to"]["id"], "11-3021.00");
  ASSERT_FALSE(j["missing"].empty());
  double last = 1e9;
  bool levelled = false;
  for (const auto& m : j["missing"]) {
    for (const char* key : {"id", "name", "kind", "importance", "level", "have_level"}) EXPECT_TRUE(m.contains(key)) << key;
    EXPECT_LE(m["importance"].get<double>(), last);
    last = m["importance"].get<double>();
    if (m["level"].is_number() && m["have_level"].is_number()) {
      levelled = true;
      EXPECT_LT(m["have_level"].get<double>(), m["level"].get<double>());
    }
  }
  EXPECT_TRUE(levelled);
  const auto text = run_binary("--lang en " + onet() +
                               " gap --from 'Computer Programmers' --to 'Computer and Information Systems Managers'");
  EXPECT_NE(text.out.find("Management of Personnel Resources  [skill]      importance 3.62  level 3.75, have 2.75"),
            std::string::npos)
      << text.out;
}

TEST(TaxonomyCliTest, GapFromAnUnratedOccupationSaysWhy) {
  const auto r = run_binary("--lang en " + onet() +
                            " gap --from 'Software Developers' --to 'Computer and Information Systems Managers'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("note: Software Developers (15-1252.00) has no rated skills in the data"), std::string::npos)
      << r.out;
}

TEST(TaxonomyCliTest, NextCitesTheRelatedOccupationRow) {
  const auto r = run_binary(onet() + " --lang en --format json next --from 'Computer Programmers'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  const auto& top = j["recommendations"][0];
  for (const char* key : {"role", "score", "reasons", "evidence", "shared_skills", "missing"}) {
    EXPECT_TRUE(top.contains(key)) << key;
  }
  EXPECT_EQ(top["role"]["id"], "15-1252.00");
  EXPECT_EQ(top["evidence"][0], data("onet") + "/Related Occupations.txt:7");
  EXPECT_EQ(top["reasons"][0], "a related occupation (Primary-Short #1, weight 1.00)");
}

TEST(TaxonomyCliTest, EscoLabelsResolveAndTheDanglingRelationIsAWarning) {
  const auto r = run_binary(esco() + " --lang en show 'software developer'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("software developer  (http://data.europa.eu/esco/occupation/f2b15a0e"), std::string::npos);
  EXPECT_NE(r.err.find(data("esco") + "/occupationSkillRelations.csv:38:1: warning: occupation "
                                       "'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e'"),
            std::string::npos)
      << r.err;
  const auto quiet = run_binary("-q " + esco() + " --lang en gap --from 'software developer' --to 'ICT project manager'");
  ASSERT_EQ(quiet.code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");
  EXPECT_NE(quiet.out.find("Missing (12)"), std::string::npos) << quiet.out;
}

TEST(TaxonomyCliTest, OnetNameWinsOverEscoAliasWhenBothAreLoaded) {
  // "software developers" is an ESCO altLabel of two occupations and the name of 15-1252.00.
  const auto r = run_binary("-q " + onet() + " " + esco() + " --format json show 'Software Developers'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.json()["id"], "15-1252.00");
}

TEST(TaxonomyCliTest, TransitionCountsFeedNextAndPath) {
  TempFile csv("moves.csv", "from,to,count\nqa_engineer,data_analyst,500\nQA Engineer,Nobody,3\n");
  const auto r = run_binary("--data " + quote(csv.path()) + " --lang en --format json next --from qa_engineer");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, csv.path() + ":3:13: warning: unknown role 'Nobody'; row skipped [unknown-role]\n");
  const auto j = r.json();
  EXPECT_EQ(j["recommendations"][0]["role"]["id"], "data_analyst");
  EXPECT_EQ(j["recommendations"][0]["evidence"][0], csv.path() + ":2");
  EXPECT_EQ(j["recommendations"][0]["reasons"][0],
            "the move QA Engineer → Data Analyst was observed 500 times in career histories");
  const auto p = run_binary("-q --data " + quote(csv.path()) + " --format json path --from qa_engineer --to data_analyst");
  ASSERT_EQ(p.code, 0) << p.err;
  const auto pj = p.json();
  const auto& edge = pj["paths"][0]["edges"][0];
  EXPECT_EQ(edge["kind"], "progression");
  EXPECT_EQ(edge["evidence"][0], csv.path() + ":2");
}

TEST(TaxonomyCliTest, BrokenTaxonomyFileIsAnErrorNotACrash) {
  const auto dir = std::filesystem::temp_directory_path() / ("cg_broken_onet_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "Occupation Data.txt", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  const auto r = run_binary("--data " + quote(dir.string()) + " stats");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, (dir / "Occupation Data.txt").string() +
                       ":3:1: error: binary data (a NUL byte): not a text table [binary-file]\n");
  const auto strict = run_binary("--strict --data " + quote(dir.string()) + " stats");
  EXPECT_EQ(strict.code, 3);
  std::filesystem::remove_all(dir);
}

TEST(TaxonomyCliTest, CrosswalkFileAloneKeepsTheBundledGuides) {
  TempFile cw("cw.yaml", "- role: cto\n  onet: [11-3021.00]\n");
  const auto r = run_binary("--data " + quote(cw.path()) + " " + onet() + " --format json stats");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  EXPECT_EQ(j["guides"], 28);
  EXPECT_EQ(j["sources"][1]["path"], cw.path());
  EXPECT_EQ(j["sources"][1]["counts"]["links"], 1);
}

// --- the full releases -----------------------------------------------------------------------

TEST(RealTaxonomyCliTest, OnetShowNextGap) {
  if (!std::filesystem::exists(real("onet-29.3"))) GTEST_SKIP() << "../shared/realdata is not here";
  const std::string d = "-q --lang en --data " + quote(real("onet-29.3"));
  const auto show = run_binary(d + " show 'Software Developers'");
  ASSERT_EQ(show.code, 0) << show.err;
  const auto next = run_binary(d + " --format json next --from 'Software Developers'");
  ASSERT_EQ(next.code, 0) << next.err;
  EXPECT_FALSE(next.json()["recommendations"].empty());
  const auto gap = run_binary(d + " --format json gap --from 'Software Developers' --to 'Computer and Information Systems Managers'");
  ASSERT_EQ(gap.code, 0) << gap.err;
  EXPECT_FALSE(gap.json()["missing"].empty());
}

TEST(RealTaxonomyCliTest, EscoStatsAndWarning) {
  if (!std::filesystem::exists(real("esco-1.1.1"))) GTEST_SKIP() << "../shared/realdata is not here";
  const auto r = run_binary("--data " + quote(real("esco-1.1.1")) + " --format json stats");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto j = r.json();
  const auto& counts = j["sources"][0]["counts"];
  EXPECT_EQ(counts["occupations"], 3007);
  EXPECT_EQ(counts["skills"], 13896);
  EXPECT_EQ(counts["occupation-skill relations"], 123855);
  EXPECT_NE(r.err.find("its 67 rows are skipped"), std::string::npos) << r.err;
  // ESCO relates "manage ICT project" (needed) to "project management" (a software developer's).
  const auto gap = run_binary("-q --data " + quote(real("esco-1.1.1")) +
                              " --format json gap --from 'software developer' --to 'ICT project manager'");
  ASSERT_EQ(gap.code, 0) << gap.err;
  const auto gj = gap.json();
  bool related = false;
  for (const auto& m : gj["missing"]) {
    if (m["name"] == "manage ICT project") {
      ASSERT_TRUE(m.contains("related_held"));
      related = m["related_held"][0]["name"] == "project management";
    }
  }
  EXPECT_TRUE(related);
  for (const char* q : {"software developer", "ICT project manager"}) {
    const auto g = run_binary("-q --data " + quote(real("esco-1.1.1")) + " --format json next --from " + quote(q));
    EXPECT_EQ(g.code, 0) << q << g.err;
  }
}

}  // namespace
