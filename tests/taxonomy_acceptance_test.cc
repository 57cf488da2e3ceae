// Acceptance over the real O*NET 29.3 and ESCO v1.1.1 releases in ../shared/realdata (see its
// PROVENANCE.md for the published figures). Skipped where ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "importers/esco.h"
#include "importers/onet.h"
#include "recommend/next_roles.h"
#include "recommend/skill_gap.h"

namespace careergraph::importers {
namespace {

std::string real(const std::string& rel) { return std::string(CAREERGRAPH_SHARED) + "/realdata/" + rel; }

std::size_t count_of(const SourceSummary& s, const std::string& key) {
  for (const auto& [k, n] : s.counts) {
    if (k == key) return n;
  }
  return static_cast<std::size_t>(-1);
}

TEST(RealOnetTest, CountsMatchTheRelease) {
  if (!std::filesystem::exists(real("onet-29.3"))) GTEST_SKIP() << "../shared/realdata is not here";
  graph::CareerGraph g;
  graph::Diagnostics d;
  const auto s = add_onet(real("onet-29.3"), g, d);
  for (const auto& x : d) ADD_FAILURE() << x.to_string();
  EXPECT_EQ(count_of(s, "occupations"), 1016u);
  EXPECT_EQ(count_of(s, "alternate titles"), 56560u);
  EXPECT_EQ(count_of(s, "related links"), 18460u);
  EXPECT_EQ(count_of(s, "technology links"), 32681u);
  // Skills.txt: 61,530 rows = IM + LV rows of 879 occupations × 35 skills. Knowledge.txt: 879 ×
  // 33 elements, of which 19 IM rows are suppressed (those pairs are left out).
  EXPECT_EQ(count_of(s, "skill links"), 879u * 35);
  EXPECT_EQ(count_of(s, "knowledge links"), 879u * 33 - 19);
  EXPECT_EQ(count_of(s, "suppressed rows skipped"), 4921u);
  const auto r = g.role_names().resolve("Software Developers");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(g.role(r.index).id, "15-1252.00");
}

TEST(RealOnetTest, LevelAwareGapAndRelatedNext) {
  if (!std::filesystem::exists(real("onet-29.3"))) GTEST_SKIP() << "../shared/realdata is not here";
  graph::CareerGraph g;
  graph::Diagnostics d;
  add_onet(real("onet-29.3"), g, d);
  const auto from = *g.find_role("15-1251.00"), to = *g.find_role("11-3021.00");
  const auto gap = recommend::skill_gap(g, to, recommend::skills_of(g, from));
  ASSERT_FALSE(gap.missing.empty());
  EXPECT_EQ(g.skill(gap.missing.front().skill).name, "Critical Thinking");
  EXPECT_TRUE(gap.missing.front().have_level);
  recommend::NextOptions o;
  const auto recs = recommend::next_roles(g, *g.find_role("15-1252.00"), o);
  ASSERT_FALSE(recs.empty());
  for (const auto& rec : recs) EXPECT_FALSE(rec.evidence.empty()) << g.role(rec.role).id;
}

TEST(RealEscoTest, CountsMatchTheReleaseAndTheDanglingRelationIsAWarning) {
  if (!std::filesystem::exists(real("esco-1.1.1"))) GTEST_SKIP() << "../shared/realdata is not here";
  graph::CareerGraph g;
  graph::Diagnostics d;
  const auto s = add_esco(real("esco-1.1.1"), g, d);
  EXPECT_EQ(count_of(s, "occupations"), 3007u);
  EXPECT_EQ(count_of(s, "skills"), 13896u);
  EXPECT_EQ(count_of(s, "occupation-skill relations"), 123855u);
  EXPECT_EQ(count_of(s, "  essential"), 64946u);
  EXPECT_EQ(count_of(s, "  optional"), 58909u);
  EXPECT_EQ(count_of(s, "  empty skillType"), 5u);
  EXPECT_EQ(count_of(s, "broader relations"), 3617u);
  EXPECT_EQ(count_of(s, "skill-skill relations"), 5899u);
  ASSERT_EQ(d.size(), 2u);
  for (const auto& x : d) EXPECT_EQ(x.severity, graph::Severity::kWarning) << x.to_string();
  EXPECT_EQ(d[0].to_string(),
            real("esco-1.1.1") +
                "/occupationSkillRelations.csv:84425:1: warning: occupation "
                "'http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e' is not in "
                "occupations_en.csv; its 67 rows are skipped (this is the first) [unknown-occupation]");
  for (const char* name : {"software developer", "ICT project manager"}) {
    EXPECT_TRUE(g.role_names().resolve(name).found()) << name;
  }
}

}  // namespace
}  // namespace careergraph::importers
