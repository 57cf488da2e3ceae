// IdIndex: finds an entity by its exact id without holding a second copy of the id. Each slot
// holds an entity's number and the id's 32-bit hash; a lookup compares the query with the id the
// entity itself holds (open addressing, linear probing, at most three quarters of the slots
// used: at half, the 90,000 learning items of a 10k corpus took 2 MB of slots, now 1 MB; a
// miss, which every insert is, then probes ~5.6 slots on average, adjacent 8-byte ones).
//
// Why not std::unordered_map<std::string, std::size_t>: that keeps a node and a copy of every
// id, ~130 bytes per learning item of a guide corpus (90,000 of them in 10k guides, 8 MB of the
// load's peak). This is 8 bytes per slot, 10.7–21.3 bytes per id. Lookups take a string_view and
// allocate nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace careergraph::graph {

class IdIndex {
 public:
  IdIndex() = default;
  IdIndex(const IdIndex&) = default;
  IdIndex& operator=(const IdIndex&) = default;
  // A moved-from index is empty and usable: the count goes with the slots (it stayed behind,
  // and a lookup then probed slots that were gone).
  IdIndex(IdIndex&& other) noexcept
      : slots_(std::move(other.slots_)), size_(std::exchange(other.size_, 0)) {
    other.slots_.clear();
  }
  IdIndex& operator=(IdIndex&& other) noexcept {
    if (this != &other) {
      slots_ = std::move(other.slots_);
      other.slots_.clear();
      size_ = std::exchange(other.size_, 0);
    }
    return *this;
  }

  // Entity `i`'s id is id_of(i) (anything comparable with a string_view).
  // Complexity: O(|id|) expected.
  template <typename IdOf>
  std::optional<std::size_t> find(std::string_view id, const IdOf& id_of) const {
    if (size_ == 0) return std::nullopt;
    const std::uint32_t h = hash(id);
    for (std::size_t i = h & mask(); slots_[i].index != kEmpty; i = (i + 1) & mask()) {
      if (slots_[i].hash == h && std::string_view(id_of(slots_[i].index)) == id) return slots_[i].index;
    }
    return std::nullopt;
  }

  // Registers entity `index` under `id` unless the id is taken (then false, nothing changes).
  // `index` must not be registered yet; every index must be below 2^32 - 1.
  template <typename IdOf>
  bool insert(std::string_view id, std::size_t index, const IdOf& id_of) {
    if (find(id, id_of)) return false;
    place(hash(id), index);
    return true;
  }

  // Room for `n` ids in all without growing.
  void reserve(std::size_t n);
  std::size_t size() const { return size_; }
  std::size_t slot_count() const { return slots_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint32_t index = kEmpty;
    std::uint32_t hash = 0;
  };
  static std::uint32_t hash(std::string_view id);
  std::size_t mask() const { return slots_.size() - 1; }
  void place(std::uint32_t h, std::size_t index);  // grows first when needed
  void rehash(std::size_t slots);

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t size_ = 0;
};

}  // namespace careergraph::graph
