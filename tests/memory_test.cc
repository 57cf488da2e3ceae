#include "graph/memory.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <thread>
#include <vector>

namespace careergraph::graph {
namespace {

// The reason release() exists: `v = {}` empties a vector but keeps its buffer.
TEST(MemoryTest, ReleaseFreesTheBufferWhereAssigningBracesKeepsIt) {
  std::vector<int> kept(1000, 7);
  kept = {};
  EXPECT_TRUE(kept.empty());
  EXPECT_GE(kept.capacity(), 1000u);

  std::vector<int> freed(1000, 7);
  release(freed);
  EXPECT_TRUE(freed.empty());
  EXPECT_EQ(freed.capacity(), 0u);

  std::string text(500, 'x');
  release(text);
  EXPECT_TRUE(text.empty());
  EXPECT_LT(text.capacity(), 500u);
}

TEST(MemoryTest, ReallocateHereKeepsTheValueInNewStorage) {
  std::vector<std::string> lines;
  std::thread([&] {
    for (int i = 0; i < 50; ++i) lines.push_back("a line long enough to need the heap " + std::to_string(i));
  }).join();
  const std::vector<std::string> before = lines;
  const auto* old_data = lines.data();
  reallocate_here(lines);
  EXPECT_EQ(lines, before);
  EXPECT_NE(lines.data(), old_data);  // a copy, not the same buffer moved back

  std::map<std::string, std::string> fields{{"category", "engineering"}};
  reallocate_here(fields);
  EXPECT_EQ(fields.at("category"), "engineering");
}

}  // namespace
}  // namespace careergraph::graph
