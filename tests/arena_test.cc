#include "graph/arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <string>
#include <thread>
#include <vector>

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

}  // namespace
}  // namespace careergraph::graph
