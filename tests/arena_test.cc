#include "graph/arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::graph {
namespace {

std::string text_of(int i) {
  // Lengths 0..99, so that blocks of every size end up at chunk ends.
  return std::string(static_cast<std::size_t>(i % 100), static_cast<char>('a' + i % 26)) +
         std::to_string(i);
}

TEST(ArenaTest, StringsAndArraysSurviveManyChunks) {
  Arena arena;
  std::vector<std::string_view> texts;
  std::vector<std::span<const std::uint64_t>> arrays;
  for (int i = 0; i < 20000; ++i) {
    texts.push_back(arena.copy(text_of(i)));
    const std::vector<std::uint64_t> numbers(static_cast<std::size_t>(i % 7), i);
    arrays.push_back(arena.copy(std::span<const std::uint64_t>(numbers)));
  }
  EXPECT_GT(arena.chunk_count(), 5u);
  for (int i = 0; i < 20000; ++i) {
    ASSERT_EQ(texts[i], text_of(i)) << i;
    ASSERT_EQ(arrays[i].size(), static_cast<std::size_t>(i % 7)) << i;
    for (auto n : arrays[i]) ASSERT_EQ(n, static_cast<std::uint64_t>(i));
    if (!arrays[i].empty()) {
      EXPECT_EQ(reinterpret_cast<std::uintptr_t>(arrays[i].data()) % alignof(std::uint64_t), 0u);
    }
  }
}

TEST(ArenaTest, EmptyStringsAndListsTakeNothing) {
  Arena arena;
  EXPECT_TRUE(arena.copy(std::string_view()).empty());
  EXPECT_TRUE(arena.copy(std::span<const int>()).empty());
  EXPECT_EQ(arena.allocate(0, 8), nullptr);
  EXPECT_EQ(arena.chunk_count(), 0u);
  EXPECT_EQ(arena.bytes_reserved(), 0u);
}

// A block too large for a regular chunk gets its own, and the chunk being filled stays in use.
TEST(ArenaTest, LargeBlockGetsItsOwnChunk) {
  Arena arena;
  const std::string_view first = arena.copy("first");
  ASSERT_EQ(arena.chunk_count(), 1u);
  const std::string big(1 << 20, 'x');
  const std::string_view stored = arena.copy(big);
  EXPECT_EQ(stored, big);
  EXPECT_EQ(arena.chunk_count(), 2u);
  const std::string_view second = arena.copy("second");
  EXPECT_EQ(arena.chunk_count(), 2u);
  EXPECT_EQ(second.data(), first.data() + first.size());  // right after the first, same chunk
  EXPECT_EQ(first, "first");
}

TEST(ArenaTest, ThreadsCopyAtOnce) {
  Arena arena;
  std::vector<std::vector<std::string_view>> out(2);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&arena, &out, t] {
      for (int i = 0; i < 5000; ++i) out[t].push_back(arena.copy(text_of(i * 2 + t)));
    });
  }
  for (auto& t : threads) t.join();
  for (int t = 0; t < 2; ++t) {
    for (int i = 0; i < 5000; ++i) ASSERT_EQ(out[t][i], text_of(i * 2 + t));
  }
}

LearningItem full_item(int i) {
  LearningItem item;
  item.id = "role/learning/" + std::to_string(i);
  item.name = "学習項目 " + text_of(i);
  item.name_en = i % 2 == 0 ? "" : "Item " + std::to_string(i);
  item.kind = "course";
  for (int s = 0; s < i % 4; ++s) {
    item.skills.push_back({static_cast<SkillIndex>(s + i),
                           s % 2 == 0 ? std::optional<double>(s) : std::nullopt});
  }
  item.effort_hours = i * 0.5;
  for (int p = 0; p < i % 3; ++p) item.prerequisites.push_back("role/learning/" + std::to_string(p));
  item.source = {"guides/role.md", i + 1};
  return item;
}

void expect_same(const LearningRecord& r, const LearningItem& item) {
  EXPECT_EQ(r.id(), item.id);
  EXPECT_EQ(r.name(), item.name);
  EXPECT_EQ(r.name_en(), item.name_en);
  EXPECT_EQ(r.kind(), item.kind);
  ASSERT_EQ(r.skills().size(), item.skills.size());
  for (std::size_t s = 0; s < item.skills.size(); ++s) {
    EXPECT_EQ(r.skills()[s].skill, item.skills[s].skill);
    EXPECT_EQ(r.skills()[s].level, item.skills[s].level);
  }
  EXPECT_EQ(r.effort_hours(), item.effort_hours);
  ASSERT_EQ(r.prerequisites().size(), item.prerequisites.size());
  for (std::size_t p = 0; p < item.prerequisites.size(); ++p) {
    EXPECT_EQ(r.prerequisites()[p], item.prerequisites[p]);
  }
  EXPECT_EQ(r.source(), item.source);
}

TEST(LearningRecordTest, KeepsEveryFieldThroughManyChunks) {
  Arena arena;
  std::vector<LearningRecord> records;
  for (int i = 0; i < 5000; ++i) records.emplace_back(full_item(i), arena);
  EXPECT_GT(arena.chunk_count(), 3u);
  for (int i = 0; i < 5000; ++i) expect_same(records[i], full_item(i));
}

TEST(LearningRecordTest, EmptyItem) {
  Arena arena;
  const LearningItem item;
  const LearningRecord r(item, arena);
  expect_same(r, item);
  EXPECT_TRUE(r.id().empty());
  EXPECT_TRUE(r.skills().empty());
  EXPECT_TRUE(r.prerequisites().empty());
  EXPECT_EQ(arena.chunk_count(), 0u);
  const LearningRecord none;
  EXPECT_TRUE(none.name().empty());
  EXPECT_TRUE(none.kind().empty());
}

// Copies of a graph share the arena: their items keep pointing into it when the original goes,
// and both can go on adding items.
TEST(LearningRecordTest, GraphCopiesShareValidItems) {
  std::optional<CareerGraph> original(std::in_place);
  for (int i = 0; i < 1000; ++i) original->add_learning(full_item(i));
  CareerGraph copy = *original;
  CareerGraph assigned;
  assigned = *original;
  EXPECT_EQ(copy.learning()[7].name().data(), original->learning()[7].name().data());
  original->add_learning(full_item(2000));
  copy.add_learning(full_item(3000));
  EXPECT_FALSE(copy.find_learning("role/learning/2000"));
  EXPECT_FALSE(original->find_learning("role/learning/3000"));
  original.reset();
  CareerGraph moved = std::move(assigned);
  for (int i = 0; i < 1000; ++i) {
    const auto l = copy.find_learning("role/learning/" + std::to_string(i));
    ASSERT_EQ(l, std::optional<LearningIndex>(i));
    expect_same(copy.learning()[*l], full_item(i));
    expect_same(moved.learning()[*moved.find_learning(full_item(i).id)], full_item(i));
  }
  expect_same(copy.learning()[*copy.find_learning("role/learning/3000")], full_item(3000));
  for (int i = 1000; i < 6000; ++i) copy.add_learning(full_item(i + 3000));
  for (int i = 0; i < 1000; ++i) expect_same(moved.learning()[i], full_item(i));
  EXPECT_THROW(copy.add_learning(full_item(5)), std::logic_error);
}

}  // namespace
}  // namespace careergraph::graph
