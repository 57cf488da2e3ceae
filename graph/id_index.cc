#include "graph/id_index.h"

#include <functional>
#include <stdexcept>

namespace careergraph::graph {

std::uint32_t IdIndex::hash(std::string_view id) {
  const std::size_t h = std::hash<std::string_view>{}(id);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

void IdIndex::reserve(std::size_t n) {
  std::size_t slots = 16;
  while (3 * slots < 4 * n) slots *= 2;
  if (slots > slots_.size()) rehash(slots);
}

void IdIndex::place(std::uint32_t h, std::size_t index) {
  if (index >= kEmpty) throw std::length_error("IdIndex: more than 2^32 - 2 entities");
  if (4 * (size_ + 1) > 3 * slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
  std::size_t i = h & mask();
  while (slots_[i].index != kEmpty) i = (i + 1) & mask();
  slots_[i] = {static_cast<std::uint32_t>(index), h};
  ++size_;
}

void IdIndex::rehash(std::size_t slots) {
  std::vector<Slot> old(slots);
  old.swap(slots_);
  for (const Slot& s : old) {
    if (s.index == kEmpty) continue;
    std::size_t i = s.hash & mask();
    while (slots_[i].index != kEmpty) i = (i + 1) & mask();
    slots_[i] = s;
  }
}

}  // namespace careergraph::graph
