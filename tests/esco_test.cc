#include "importers/esco.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "recommend/skill_gap.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

namespace fs = std::filesystem;
using careergraph::testing::test_data;

constexpr const char* kSoftwareDeveloper = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
constexpr const char* kProjectManager = "http://data.europa.eu/esco/occupation/8b6388a4-4904-471b-9331-d3b1211f5525";
constexpr const char* kBlockchain = "http://data.europa.eu/esco/occupation/24135b84-cbdd-4d42-9ed2-02fd982d15b2";

struct Loaded {
  graph::CareerGraph g;
  graph::Diagnostics diags;
  SourceSummary summary;
};

Loaded load_esco(const std::string& dir) {
  Loaded l;
  l.summary = add_esco(dir, l.g, l.diags);
  return l;
}

std::size_t count_of(const SourceSummary& s, const std::string& key) {
  for (const auto& [k, n] : s.counts) {
    if (k == key) return n;
  }
  return static_cast<std::size_t>(-1);
}

TEST(EscoTest, SliceLoadsAndReportsTheUndefinedOccupationOnce) {
  const auto l = load_esco(test_data("esco"));
  EXPECT_EQ(l.g.role_count(), 5u);
  ASSERT_EQ(l.diags.size(), 2u);
  EXPECT_EQ(l.diags[0].to_string(),
            test_data("esco") +
                "/occupationSkillRelations.csv:38:1: warning: occupation "
                "'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e' is not in "
                "occupations_en.csv; its 4 rows are skipped (this is the first) [unknown-occupation]");
  EXPECT_EQ(l.diags[1].to_string(),
            test_data("esco") +
                "/broaderRelationsOccPillar.csv:7:12: warning: occupation "
                "'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e' is not in "
                "occupations_en.csv; row skipped [unknown-occupation]");
  EXPECT_EQ(count_of(l.summary, "occupation-skill relations"), 64u);
  EXPECT_EQ(count_of(l.summary, "  skipped (undefined occupation or skill)"), 4u);
  EXPECT_EQ(count_of(l.summary, "  empty skillType"), 1u);
}

TEST(EscoTest, AltLabelsOnSeveralLinesBecomeAliases) {
  const auto l = load_esco(test_data("esco"));
  const auto v = l.g.find_role(kSoftwareDeveloper);
  ASSERT_TRUE(v);
  const auto& r = l.g.role(*v);
  EXPECT_EQ(r.name, "software developer");
  EXPECT_EQ(r.name_en, "software developer");
  EXPECT_NE(std::find(r.aliases.begin(), r.aliases.end(), "software engineer"), r.aliases.end());
  EXPECT_EQ(std::find(r.aliases.begin(), r.aliases.end(), "software developer"), r.aliases.end());
  for (const auto& a : r.aliases) EXPECT_EQ(a.find('\n'), std::string::npos) << a;
  const auto found = l.g.role_names().resolve("ICT project manager");
  ASSERT_TRUE(found.found());
  EXPECT_EQ(l.g.role(found.index).id, kProjectManager);
}

TEST(EscoTest, EssentialAndOptionalBecomeImportance) {
  const auto l = load_esco(test_data("esco"));
  const auto& skills = l.g.role(*l.g.find_role(kSoftwareDeveloper)).skills;
  ASSERT_EQ(skills.size(), 12u);
  EXPECT_DOUBLE_EQ(skills.front().importance, kEscoEssential);
  EXPECT_DOUBLE_EQ(skills.back().importance, kEscoOptional);
  EXPECT_FALSE(skills.front().level);
  EXPECT_EQ(skills.front().source.to_string(), test_data("esco") + "/occupationSkillRelations.csv:54");
  EXPECT_EQ(l.g.skill(skills.front().skill).kind, "knowledge");
}

TEST(EscoTest, EmptySkillTypeRowStillLinks) {
  const auto l = load_esco(test_data("esco"));
  const auto v = l.g.find_role("http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7");
  ASSERT_TRUE(v);
  EXPECT_EQ(l.g.role(*v).skills.size(), 12u);
}

TEST(EscoTest, BroaderOccupationsAreRelatedBothWays) {
  const auto l = load_esco(test_data("esco"));
  const auto up = l.g.successors(kBlockchain, graph::EdgeKind::kRelated);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].role->id, kSoftwareDeveloper);
  EXPECT_EQ(up[0].transition->label(), "broader occupation");
  EXPECT_DOUBLE_EQ(up[0].transition->weight(), kEscoBroaderWeight);
  const auto down = l.g.successors(kSoftwareDeveloper, graph::EdgeKind::kRelated);
  ASSERT_EQ(down.size(), 1u);
  EXPECT_EQ(down[0].transition->label(), "narrower occupation");
}

TEST(EscoTest, SkillRelationsLinkBothSkills) {
  const auto l = load_esco(test_data("esco"));
  std::size_t linked = 0;
  for (const auto& k : l.g.skills()) linked += k.related.size();
  EXPECT_EQ(linked, 2u);
}

TEST(EscoTest, GapUsesImportanceWithoutLevels) {
  const auto l = load_esco(test_data("esco"));
  const auto from = *l.g.find_role(kSoftwareDeveloper), to = *l.g.find_role(kProjectManager);
  const auto gap = recommend::skill_gap(l.g, to, recommend::skills_of(l.g, from));
  ASSERT_EQ(gap.missing.size(), 12u);
  EXPECT_DOUBLE_EQ(gap.missing.front().importance, 1.0);
  EXPECT_DOUBLE_EQ(gap.missing.back().importance, 0.5);
  EXPECT_FALSE(gap.missing.front().level);
}

// A copy of the slice with one file replaced.
class BrokenEsco {
 public:
  BrokenEsco(const std::string& file, const std::string& content) {
    dir_ = fs::temp_directory_path() / ("cg_esco_" + std::to_string(::getpid()) + "_" + std::to_string(n_++));
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(test_data("esco"))) {
      if (e.path().extension() == ".csv") fs::copy_file(e.path(), dir_ / e.path().filename());
    }
    std::ofstream(dir_ / file, std::ios::binary | std::ios::trunc) << content;
  }
  ~BrokenEsco() { fs::remove_all(dir_); }
  std::string dir() const { return dir_.string(); }
  std::string path(const std::string& file) const { return (dir_ / file).string(); }

 private:
  static inline int n_ = 0;
  fs::path dir_;
};

TEST(EscoTest, TruncatedCsvKeepsTheRecordsBeforeTheBrokenQuote) {
  // The file ends inside a quoted altLabels field, as a download cut short would.
  BrokenEsco b("occupations_en.csv",
               "conceptType,conceptUri,preferredLabel,altLabels\r\n"
               "Occupation,http://example.org/a,first job,\"one\r\ntwo\"\r\n"
               "Occupation,http://example.org/b,second job,\"three\r\nfou");
  const auto l = load_esco(b.dir());
  ASSERT_FALSE(l.diags.empty());
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("occupations_en.csv") +
                ":4:44: error: unterminated quoted field: the quote opened here is never closed [table-syntax]");
  EXPECT_TRUE(l.g.find_role("http://example.org/a"));
  EXPECT_FALSE(l.g.find_role("http://example.org/b"));
}

TEST(EscoTest, MissingRequiredColumnSkipsTheFile) {
  BrokenEsco b("skills_en.csv", "conceptUri,label\r\nhttp://example.org/s,x\r\n");
  const auto l = load_esco(b.dir());
  ASSERT_FALSE(l.diags.empty());
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("skills_en.csv") +
                ":1:1: error: missing column 'preferredLabel' (the header has: conceptUri, label) [missing-column]");
}

TEST(EscoTest, FolderDetection) {
  EXPECT_EQ(esco_occupations_file(test_data("esco")), test_data("esco") + "/occupations_en.csv");
  EXPECT_EQ(esco_occupations_file(test_data("onet")), "");
}

}  // namespace
}  // namespace careergraph::importers
