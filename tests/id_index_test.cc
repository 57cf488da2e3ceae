#include "graph/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace careergraph::graph {
namespace {

// The index holds numbers; the ids live in the caller's table, as in CareerGraph.
struct Table {
  std::vector<std::string> ids;
  IdIndex index;
  auto id_of() const {
    return [this](std::size_t i) -> const std::string& { return ids[i]; };
  }
  bool add(const std::string& id) {
    if (index.find(id, id_of())) return false;
    ids.push_back(id);
    return index.insert(ids.back(), ids.size() - 1, id_of());
  }
};

TEST(IdIndexTest, FindsEveryIdThroughGrowthAndNothingElse) {
  Table t;
  EXPECT_FALSE(t.index.find("anything", t.id_of()));
  for (int i = 0; i < 5000; ++i) ASSERT_TRUE(t.add("role/learning/" + std::to_string(i)));
  EXPECT_EQ(t.index.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const auto found = t.index.find("role/learning/" + std::to_string(i), t.id_of());
    ASSERT_TRUE(found) << i;
    EXPECT_EQ(*found, static_cast<std::size_t>(i));
  }
  EXPECT_FALSE(t.index.find("role/learning/5000", t.id_of()));
  EXPECT_FALSE(t.index.find("role/learning/", t.id_of()));
  EXPECT_FALSE(t.index.find("", t.id_of()));
}

TEST(IdIndexTest, RefusesATakenIdAndKeepsTheFirst) {
  Table t;
  ASSERT_TRUE(t.add("cto"));
  ASSERT_TRUE(t.add("engineer"));
  t.ids.push_back("cto");  // a second entity claiming the same id
  EXPECT_FALSE(t.index.insert("cto", 2, t.id_of()));
  EXPECT_EQ(t.index.find("cto", t.id_of()), std::optional<std::size_t>(0));
  EXPECT_EQ(t.index.size(), 2u);
}

TEST(IdIndexTest, ReserveKeepsWhatIsThere) {
  Table t;
  for (int i = 0; i < 40; ++i) ASSERT_TRUE(t.add("s" + std::to_string(i)));
  t.index.reserve(100000);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(t.index.find("s" + std::to_string(i), t.id_of()), std::optional<std::size_t>(i));
  EXPECT_TRUE(t.add(""));  // the empty id is an id like any other
  EXPECT_EQ(t.index.find("", t.id_of()), std::optional<std::size_t>(40));
}

// A moved-from index is empty and still works; the one moved into finds everything.
TEST(IdIndexTest, MovedFromIndexIsEmptyAndUsable) {
  Table t;
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(t.add("r" + std::to_string(i)));
  IdIndex moved(std::move(t.index));
  EXPECT_EQ(moved.size(), 100u);
  EXPECT_EQ(moved.find("r42", t.id_of()), std::optional<std::size_t>(42));
  EXPECT_EQ(t.index.size(), 0u);  // NOLINT(bugprone-use-after-move): the point of the test
  EXPECT_FALSE(t.index.find("r42", t.id_of()));
  EXPECT_TRUE(t.index.insert("r7", 7, t.id_of()));
  EXPECT_EQ(t.index.find("r7", t.id_of()), std::optional<std::size_t>(7));

  IdIndex assigned;
  assigned = std::move(moved);
  EXPECT_EQ(assigned.find("r99", t.id_of()), std::optional<std::size_t>(99));
  EXPECT_EQ(moved.size(), 0u);  // NOLINT(bugprone-use-after-move)
  EXPECT_FALSE(moved.find("r99", t.id_of()));
}

// At most three quarters of the slots are used, and the slots are the fewest that allow it: a
// reserve for n ids holds them without growing.
TEST(IdIndexTest, FillsAtMostThreeQuartersOfTheSlots) {
  Table t;
  for (int i = 0; i < 5000; ++i) {
    ASSERT_TRUE(t.add("id" + std::to_string(i)));
    ASSERT_LE(4 * t.index.size(), 3 * t.index.slot_count());
    if (t.index.slot_count() > 16) {  // past the first table, grown only when needed
      ASSERT_GT(8 * t.index.size(), 3 * t.index.slot_count()) << "more slots than needed at " << i;
    }
  }
  Table r;
  r.index.reserve(90142);
  EXPECT_EQ(r.index.slot_count(), 131072u);  // 90,142 learning items: 69% full
  for (int i = 0; i < 90142; ++i) ASSERT_TRUE(r.add("l" + std::to_string(i)));
  EXPECT_EQ(r.index.slot_count(), 131072u);
  for (int i = 0; i < 90142; i += 997) {
    EXPECT_EQ(r.index.find("l" + std::to_string(i), r.id_of()), std::optional<std::size_t>(i));
  }
}

}  // namespace
}  // namespace careergraph::graph
