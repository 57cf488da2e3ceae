#include "graph/name_index.h"

#include <gtest/gtest.h>

namespace careergraph::graph {
namespace {

TEST(NameIndexTest, ExactMatchAfterNormalisation) {
  NameIndex idx;
  idx.add("cto", 0);
  idx.add("CTO", 0);
  idx.add("Chief Technology Officer", 0);
  idx.add("最高技術責任者", 0);
  for (const char* q : {"ＣＴＯ", "cto", "Chief Technology Officer", "最高技術責任者", "chief  technology officer"}) {
    const auto r = idx.resolve(q);
    ASSERT_TRUE(r.found()) << q;
    EXPECT_EQ(r.index, 0u);
  }
}

TEST(NameIndexTest, SharedKeyIsAmbiguous) {
  NameIndex idx;
  idx.add("リーダー", 1);
  idx.add("リーダー", 2);
  const auto r = idx.resolve("リーダー");
  EXPECT_EQ(r.status, Resolution::Status::kAmbiguous);
  EXPECT_EQ(r.candidates, (std::vector<size_t>{1, 2}));
}

TEST(NameIndexTest, UnknownGivesClosestSuggestionsFirst) {
  NameIndex idx;
  idx.add("engineer", 0);
  idx.add("engineering manager", 1);
  idx.add("designer", 2);
  idx.add("cto", 3);
  const auto r = idx.resolve("engneer");
  EXPECT_EQ(r.status, Resolution::Status::kUnknown);
  ASSERT_FALSE(r.candidates.empty());
  EXPECT_EQ(r.candidates.front(), 0u);
  EXPECT_LE(r.candidates.size(), 5u);
  EXPECT_EQ(std::count(r.candidates.begin(), r.candidates.end(), 3u), 0);
}

TEST(NameIndexTest, NothingCloseGivesNoSuggestions) {
  NameIndex idx;
  idx.add("cto", 0);
  EXPECT_TRUE(idx.resolve("marine biologist").candidates.empty());
}

}  // namespace
}  // namespace careergraph::graph

namespace careergraph::graph {
namespace {

TEST(NameIndexPrecedenceTest, PrimaryNameWinsOverOthersAliases) {
  NameIndex idx;
  idx.add("Software Developers", 0, NameIndex::kPrimary);
  idx.add("software developers", 1);  // an alias of another entity (ESCO altLabel)
  idx.add("software developers", 2);
  const auto r = idx.resolve("Software Developers");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(r.index, 0u);
  const auto all = idx.lookup("software developers");
  EXPECT_EQ(std::vector<size_t>(all.begin(), all.end()), (std::vector<size_t>{0, 1, 2}));
}

TEST(NameIndexPrecedenceTest, TwoPrimaryNamesStayAmbiguousAndListOnlyThem) {
  NameIndex idx;
  idx.add("architect", 0, NameIndex::kPrimary);
  idx.add("architect", 1, NameIndex::kPrimary);
  idx.add("architect", 2);
  const auto r = idx.resolve("architect");
  EXPECT_EQ(r.status, Resolution::Status::kAmbiguous);
  EXPECT_EQ(r.candidates, (std::vector<size_t>{0, 1}));
}

TEST(NameIndexPrecedenceTest, SharedAliasWithoutPrimaryIsAmbiguous) {
  NameIndex idx;
  idx.add("solutions architect", 3);
  idx.add("solutions architect", 1);
  const auto r = idx.resolve("Solutions Architect");
  EXPECT_EQ(r.status, Resolution::Status::kAmbiguous);
  EXPECT_EQ(r.candidates, (std::vector<size_t>{1, 3}));
}

TEST(NameIndexPrecedenceTest, AliasThenPrimaryForTheSameEntityIsPrimary) {
  NameIndex idx;
  idx.add("cto", 0);
  idx.add("cto", 1);
  idx.add("CTO", 1, NameIndex::kPrimary);
  const auto r = idx.resolve("cto");
  ASSERT_TRUE(r.found());
  EXPECT_EQ(r.index, 1u);
}

// Many keys: the key table, its text and its hash index grow many times over; every key still
// finds its entity, and a key that gains a second entity lists both, in order.
TEST(NameIndexTest, ManyKeysSurviveGrowthAndSharedKeysListEveryEntity) {
  NameIndex idx;
  constexpr std::size_t kRoles = 5000;
  for (std::size_t i = 0; i < kRoles; ++i) {
    idx.add("role " + std::to_string(i), i, NameIndex::kPrimary);
    idx.add("Role " + std::to_string(i), i);  // the same key again: nothing new
    idx.add("group " + std::to_string(i / 2), i);
  }
  EXPECT_EQ(idx.size(), kRoles + kRoles / 2);
  for (std::size_t i = 0; i < kRoles; ++i) {
    const auto r = idx.resolve("ROLE  " + std::to_string(i));
    ASSERT_TRUE(r.found()) << i;
    EXPECT_EQ(r.index, i);
    const auto group = idx.lookup("group " + std::to_string(i / 2));
    ASSERT_EQ(group.size(), 2u) << i;
    EXPECT_EQ(group[0], i / 2 * 2);
    EXPECT_EQ(group[1], i / 2 * 2 + 1);
  }
  EXPECT_EQ(idx.resolve("group 7").status, Resolution::Status::kAmbiguous);
  EXPECT_TRUE(idx.lookup("role 5000").empty());
}

}  // namespace
}  // namespace careergraph::graph
