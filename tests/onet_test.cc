#include "importers/onet.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "recommend/next_roles.h"
#include "recommend/skill_gap.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

namespace fs = std::filesystem;
using careergraph::testing::test_data;

struct Loaded {
  graph::CareerGraph g;
  graph::Diagnostics diags;
  SourceSummary summary;
};

Loaded load_onet(const std::string& dir) {
  Loaded l;
  l.summary = add_onet(dir, l.g, l.diags);
  return l;
}

std::size_t count_of(const SourceSummary& s, const std::string& key) {
  for (const auto& [k, n] : s.counts) {
    if (k == key) return n;
  }
  return static_cast<std::size_t>(-1);
}

const graph::SkillLink* link(const graph::CareerGraph& g, const std::string& role, const std::string& skill) {
  const auto v = g.find_role(role);
  const auto k = g.find_skill(skill);
  if (!v || !k) return nullptr;
  for (const auto& l : g.role(*v).skills) {
    if (l.skill == *k) return &l;
  }
  return nullptr;
}

// A copy of the slice in a temporary folder, with `file` replaced by `content`.
class BrokenOnet {
 public:
  BrokenOnet(const std::string& file, const std::string& content) {
    dir_ = fs::temp_directory_path() / ("cg_onet_" + std::to_string(::getpid()) + "_" + std::to_string(n_++));
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(test_data("onet"))) {
      if (e.path().extension() == ".txt") fs::copy_file(e.path(), dir_ / e.path().filename());
    }
    std::ofstream(dir_ / file, std::ios::binary | std::ios::trunc) << content;
  }
  ~BrokenOnet() { fs::remove_all(dir_); }
  std::string dir() const { return dir_.string(); }
  std::string path(const std::string& file) const { return (dir_ / file).string(); }

 private:
  static inline int n_ = 0;
  fs::path dir_;
};

TEST(OnetTest, SliceLoadsWithoutDiagnostics) {
  const auto l = load_onet(test_data("onet"));
  EXPECT_TRUE(l.diags.empty()) << l.diags.front().to_string();
  EXPECT_EQ(l.g.role_count(), 6u);
  EXPECT_EQ(count_of(l.summary, "occupations"), 6u);
  EXPECT_EQ(count_of(l.summary, "alternate titles"), 12u);
  EXPECT_EQ(count_of(l.summary, "related links"), 23u);
  EXPECT_EQ(count_of(l.summary, "suppressed rows skipped"), 1u);
}

TEST(OnetTest, OccupationsBecomeRolesWithAliasesAndJobZones) {
  const auto l = load_onet(test_data("onet"));
  const auto v = l.g.find_role("15-1252.00");
  ASSERT_TRUE(v);
  const auto& r = l.g.role(*v);
  EXPECT_EQ(r.name, "Software Developers");
  EXPECT_EQ(r.name_en, "Software Developers");
  EXPECT_EQ(r.level, 4);
  EXPECT_EQ(r.aliases, (std::vector<std::string>{"Application Developer", "Software Architect", "Software Developer",
                                                 "Software Engineer", "Solutions Architect"}));
  EXPECT_EQ(r.description.substr(0, 31), "Research, design, and develop c");
  EXPECT_EQ(l.g.role(*l.g.find_role("15-1299.08")).level, 3);
}

TEST(OnetTest, NameBeatsSharedAlternateTitle) {
  const auto l = load_onet(test_data("onet"));
  const auto r = l.g.role_names().resolve("software developers");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(l.g.role(r.index).id, "15-1252.00");
  const auto shared = l.g.role_names().resolve("Solutions Architect");
  EXPECT_EQ(shared.status, graph::Resolution::Status::kAmbiguous);
  EXPECT_EQ(shared.candidates.size(), 3u);
}

TEST(OnetTest, RelatedOccupationsAreWeightedByTierAndIndex) {
  const auto l = load_onet(test_data("onet"));
  std::map<std::string, const graph::Transition*> related;
  for (const auto& n : l.g.successors("15-1252.00", graph::EdgeKind::kRelated)) related[n.role->id] = n.transition;
  ASSERT_EQ(related.size(), 4u);
  const auto* first = related.at("15-1299.08");
  EXPECT_DOUBLE_EQ(first->weight(), 1.0);
  EXPECT_EQ(first->label(), "Primary-Short #1");
  EXPECT_EQ(first->evidence.front().to_string(), test_data("onet") + "/Related Occupations.txt:11");
  EXPECT_DOUBLE_EQ(related.at("11-3021.00")->weight(), onet_related_weight("Supplemental", 15));
  EXPECT_LT(related.at("11-3021.00")->weight(), related.at("15-1251.00")->weight());
}

TEST(OnetTest, RelatedWeightFormula) {
  EXPECT_DOUBLE_EQ(onet_related_weight("Primary-Short", 1), 1.0);
  EXPECT_DOUBLE_EQ(onet_related_weight("Primary-Long", 6), 0.7 * (1 - 5.0 / 38));
  EXPECT_DOUBLE_EQ(onet_related_weight("Supplemental", 20), 0.4 * 0.5);
  EXPECT_DOUBLE_EQ(onet_related_weight("", 0), 0.5);
}

TEST(OnetTest, ImportanceAndLevelPairUp) {
  const auto l = load_onet(test_data("onet"));
  const auto* p = link(l.g, "15-1251.00", "onet:2.B.3.e");
  ASSERT_NE(p, nullptr);
  EXPECT_DOUBLE_EQ(p->importance, 4.75);
  ASSERT_TRUE(p->level);
  EXPECT_DOUBLE_EQ(*p->level, 4.88);
  EXPECT_EQ(p->source.to_string(), test_data("onet") + "/Skills.txt:28");
  EXPECT_EQ(l.g.skill(p->skill).name, "Programming");
  EXPECT_EQ(l.g.skill(p->skill).kind, "skill");
}

TEST(OnetTest, SuppressedLevelLeavesTheLevelUnknown) {
  const auto l = load_onet(test_data("onet"));
  const auto* physics = link(l.g, "11-3021.00", "onet:2.C.4.b");
  ASSERT_NE(physics, nullptr);
  EXPECT_DOUBLE_EQ(physics->importance, 1.61);
  EXPECT_FALSE(physics->level);
  EXPECT_EQ(l.g.skill(physics->skill).kind, "knowledge");
}

TEST(OnetTest, SuppressedImportanceDropsThePair) {
  BrokenOnet b("Skills.txt",
               "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tRecommend Suppress\n"
               "15-1251.00\t2.B.3.e\tProgramming\tIM\t4.75\tY\n"
               "15-1251.00\t2.B.3.e\tProgramming\tLV\t4.88\tN\n"
               "15-1251.00\t2.A.1.a\tReading Comprehension\tIM\t3.38\tN\n");
  const auto l = load_onet(b.dir());
  EXPECT_EQ(link(l.g, "15-1251.00", "onet:2.B.3.e"), nullptr);
  ASSERT_NE(link(l.g, "15-1251.00", "onet:2.A.1.a"), nullptr);
  EXPECT_FALSE(link(l.g, "15-1251.00", "onet:2.A.1.a")->level);
}

TEST(OnetTest, OlderLayoutWithoutTitleAndScaleNameColumnsLoads) {
  BrokenOnet b("Skills.txt",
               "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\n"
               "15-1251.00\t2.B.3.e\tProgramming\tIM\t4.75\t8\t0.16\n"
               "15-1251.00\t2.B.3.e\tProgramming\tLV\t4.88\t8\t0.13\n");
  const auto l = load_onet(b.dir());
  const auto* p = link(l.g, "15-1251.00", "onet:2.B.3.e");
  ASSERT_NE(p, nullptr);
  EXPECT_DOUBLE_EQ(*p->level, 4.88);
}

TEST(OnetTest, TechnologySkillsCarryTheirFlags) {
  const auto l = load_onet(test_data("onet"));
  const auto* py = link(l.g, "15-1252.00", "onet:tech:Python");
  ASSERT_NE(py, nullptr);
  EXPECT_EQ(py->flags, (std::vector<std::string>{"hot technology", "in demand"}));
  EXPECT_DOUBLE_EQ(py->importance, 1.0);
  const auto* excel = link(l.g, "15-1252.00", "onet:tech:Microsoft Excel");
  ASSERT_NE(excel, nullptr);
  EXPECT_EQ(excel->flags, (std::vector<std::string>{"hot technology"}));
  EXPECT_DOUBLE_EQ(excel->importance, 0.75);
  EXPECT_EQ(l.g.skill(py->skill).kind, "technology");
}

// from_chars reads "nan" and "inf", and a NaN passes every range check (each comparison is
// false): a level, job zone or relatedness index that is not a finite number is an error at its
// cell, and the row is skipped (a level of "nan" used to be kept and printed as "level nan").
TEST(OnetTest, NotANumberIsAnErrorAtItsCell) {
  BrokenOnet b("Skills.txt",
               "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n"
               "15-1251.00\t2.B.3.e\tProgramming\tIM\t4.75\n"
               "15-1251.00\t2.B.3.e\tProgramming\tLV\tnan\n"
               "15-1251.00\t2.A.1.a\tReading Comprehension\tIM\t3.38\n"
               "15-1251.00\t2.A.1.a\tReading Comprehension\tLV\t-nan\n"
               "15-1251.00\t2.A.1.b\tActive Listening\tIM\tinf\n");
  const auto l = load_onet(b.dir());
  std::vector<std::string> errors;
  for (const auto& d : l.diags) {
    if (d.severity == graph::Severity::kError) errors.push_back(d.to_string());
  }
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_NE(errors[0].find("Skills.txt:3:"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("LV value 'nan' is not a number from 0 to 7; row skipped"), std::string::npos)
      << errors[0];
  EXPECT_NE(errors[1].find("Skills.txt:5:"), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("IM value 'inf' is not a number from 1 to 5"), std::string::npos) << errors[2];
  const auto* p = link(l.g, "15-1251.00", "onet:2.B.3.e");
  ASSERT_NE(p, nullptr);
  EXPECT_DOUBLE_EQ(p->importance, 4.75);
  EXPECT_FALSE(p->level.has_value());
  const auto* r = link(l.g, "15-1251.00", "onet:2.A.1.a");
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->level.has_value());
  EXPECT_EQ(link(l.g, "15-1251.00", "onet:2.A.1.b"), nullptr);
}

// A job zone of "nan" was cast to int; now it is an error like any other bad zone.
TEST(OnetTest, NotANumberJobZoneIsAnError) {
  BrokenOnet b("Job Zones.txt", "O*NET-SOC Code\tJob Zone\n15-1252.00\tnan\n");
  const auto l = load_onet(b.dir());
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("Job Zones.txt") +
                ":2:12: error: job zone 'nan' is not a number from 1 to 5; row skipped [bad-number]");
}

// A technology listed twice for an occupation is one link, each flag once, in the order first seen.
TEST(OnetTest, RepeatedTechnologyRowsFlagOnce) {
  BrokenOnet b("Technology Skills.txt",
               "O*NET-SOC Code\tExample\tHot Technology\tIn Demand\n"
               "15-1251.00\tRust\tN\tY\n"
               "15-1251.00\tRust\tY\tY\n"
               "15-1251.00\tRust\tY\tN\n"
               "15-1251.00\tGo\tY\tN\n"
               "15-1252.00\tGo\tY\tN\n"
               "15-1252.00\tCobol\tN\tN\n");
  const auto l = load_onet(b.dir());
  const auto* rust = link(l.g, "15-1251.00", "onet:tech:Rust");
  ASSERT_NE(rust, nullptr);
  EXPECT_EQ(rust->flags, (std::vector<std::string>{"in demand", "hot technology"}));
  EXPECT_DOUBLE_EQ(rust->importance, 1.0);
  const auto* go1 = link(l.g, "15-1251.00", "onet:tech:Go");
  const auto* go2 = link(l.g, "15-1252.00", "onet:tech:Go");
  ASSERT_NE(go1, nullptr);
  ASSERT_NE(go2, nullptr);
  EXPECT_EQ(go1->flags, go2->flags);
  EXPECT_EQ(&go1->flags.list(), &go2->flags.list());  // one interned list
  const auto* cobol = link(l.g, "15-1252.00", "onet:tech:Cobol");
  ASSERT_NE(cobol, nullptr);
  EXPECT_TRUE(cobol->flags.empty());
}

TEST(OnetTest, MissingColumnSkipsTheFile) {
  BrokenOnet b("Job Zones.txt", "O*NET-SOC Code\tTitle\tZone\n15-1252.00\tSoftware Developers\t4\n");
  const auto l = load_onet(b.dir());
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("Job Zones.txt") +
                ":1:1: error: missing column 'Job Zone' (the header has: O*NET-SOC Code, Title, Zone) [missing-column]");
  EXPECT_EQ(l.g.role_count(), 6u);
  EXPECT_EQ(l.g.role(*l.g.find_role("15-1252.00")).level, 0);
}

TEST(OnetTest, BinaryFileNamedLikeAnOnetFileIsOneError) {
  std::string junk = "\x7f" "ELF\x02\x01\x01";
  junk += std::string(3, '\0') + "\x89PNG\r\n";
  BrokenOnet b("Knowledge.txt", junk);
  const auto l = load_onet(b.dir());
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("Knowledge.txt") + ":1:8: error: binary data (a NUL byte): not a text table [binary-file]");
}

TEST(OnetTest, ShortRowAndBadNumberAreErrorsTheRestLoads) {
  BrokenOnet b("Skills.txt",
               "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\n"
               "15-1251.00\t2.B.3.e\tProgramming\n"
               "15-1251.00\t2.A.1.a\tReading Comprehension\tIM\tlots\n"
               "15-1251.00\t2.A.1.d\tSpeaking\tIM\t3.12\n");
  const auto l = load_onet(b.dir());
  ASSERT_EQ(l.diags.size(), 2u);
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("Skills.txt") + ":2:1: error: expected at least 5 fields, found 3; row skipped [short-row]");
  EXPECT_EQ(l.diags[1].to_string(),
            b.path("Skills.txt") + ":3:45: error: IM value 'lots' is not a number from 1 to 5; row skipped [bad-number]");
  EXPECT_NE(link(l.g, "15-1251.00", "onet:2.A.1.d"), nullptr);
}

TEST(OnetTest, UnknownOccupationIsAWarning) {
  BrokenOnet b("Job Zones.txt", "O*NET-SOC Code\tJob Zone\n99-9999.00\t3\n15-1252.00\t4\n");
  const auto l = load_onet(b.dir());
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].to_string(),
            b.path("Job Zones.txt") +
                ":2:1: warning: occupation '99-9999.00' is not in Occupation Data.txt; row skipped [unknown-occupation]");
}

TEST(OnetTest, NotAnOnetFolder) {
  EXPECT_TRUE(is_onet_dir(test_data("onet")));
  EXPECT_FALSE(is_onet_dir(test_data("esco")));
  EXPECT_FALSE(is_onet_dir(test_data("onet/Skills.txt")));
}

// --- recommendations over the slice -------------------------------------------------------

TEST(OnetRecommendTest, GapIsLevelAwareAndMostImportantFirst) {
  const auto l = load_onet(test_data("onet"));
  const auto from = *l.g.find_role("15-1251.00"), to = *l.g.find_role("11-3021.00");
  const auto gap = recommend::skill_gap(l.g, to, recommend::skills_of(l.g, from));
  ASSERT_FALSE(gap.missing.empty());
  for (std::size_t i = 1; i < gap.missing.size(); ++i) {
    EXPECT_GE(gap.missing[i - 1].importance, gap.missing[i].importance);
  }
  // Management of Personnel Resources: the manager needs level 3.75, the programmer has 2.75.
  const auto k = *l.g.find_skill("onet:2.B.5.d");
  const auto it = std::find_if(gap.missing.begin(), gap.missing.end(), [&](const auto& m) { return m.skill == k; });
  ASSERT_NE(it, gap.missing.end());
  EXPECT_DOUBLE_EQ(*it->level, 3.75);
  EXPECT_DOUBLE_EQ(*it->have_level, 2.75);
  // Programming: the programmer's level is above the manager's: covered.
  const auto prog = *l.g.find_skill("onet:2.B.3.e");
  EXPECT_NE(std::find(gap.covered.begin(), gap.covered.end(), prog), gap.covered.end());
}

TEST(OnetRecommendTest, NextUsesRelatedOccupationsWithTheirRows) {
  const auto l = load_onet(test_data("onet"));
  recommend::NextOptions o;
  o.english = true;
  const auto recs = recommend::next_roles(l.g, *l.g.find_role("15-1251.00"), o);
  ASSERT_FALSE(recs.empty());
  EXPECT_EQ(l.g.role(recs.front().role).id, "15-1252.00");  // Primary-Short #1
  EXPECT_EQ(recs.front().reasons.front(), "a related occupation (Primary-Short #1, weight 1.00)");
  ASSERT_EQ(recs.front().evidence.size(), 1u);
  EXPECT_EQ(recs.front().evidence.front().to_string(), test_data("onet") + "/Related Occupations.txt:7");
  for (std::size_t i = 1; i < recs.size(); ++i) EXPECT_GE(recs[i - 1].score, recs[i].score);
}

}  // namespace
}  // namespace careergraph::importers
