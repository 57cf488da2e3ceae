#include "graph/memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <memory>
#include <sstream>
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

// The flags /proc/self/smaps shows for the mapping that holds `address` ("rd wr mr … hg"), or
// nullopt when there is no such file or mapping.
std::optional<std::string> mapping_flags(const void* address) {
  std::ifstream smaps("/proc/self/smaps");
  if (!smaps) return std::nullopt;
  const auto at = reinterpret_cast<std::uintptr_t>(address);
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    unsigned long first = 0, last = 0;  // NOLINT(runtime/int)
    char dash = 0;
    std::istringstream head(line);
    if (head >> std::hex >> first >> dash >> last && dash == '-' && line.find(' ') != std::string::npos &&
        line.find(':') > line.find(' ')) {
      inside = at >= first && at < last;
      continue;
    }
    if (inside && line.rfind("VmFlags:", 0) == 0) return line.substr(8);
  }
  return std::nullopt;
}

// The advice lands on the mapping the allocator hands small blocks out of: a block allocated
// afterwards (same thread, same size) sits in a mapping flagged for huge pages ("hg").
TEST(MemoryTest, HugePageAdviceMarksTheHeapMapping) {
  if (!use_huge_pages_for_heap()) GTEST_SKIP() << "madvise(MADV_HUGEPAGE) refused here";
  const std::unique_ptr<char[]> block(new char[64]);
  const auto flags = mapping_flags(block.get());
  if (!flags) GTEST_SKIP() << "no /proc/self/smaps";
  EXPECT_NE(flags->find(" hg"), std::string::npos) << *flags;
}

}  // namespace
}  // namespace careergraph::graph
