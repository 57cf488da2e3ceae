// Arena: memory for data that stays put until its owner goes. CareerGraph keeps its learning
// items' text and lists here (model.h, LearningRecord): a 10k-guide corpus has 90,000 items,
// and three heap blocks each (id, name, skill list) cost more in allocator rounding and headers
// than the bytes they held. Memory comes in chunks that are never reallocated nor freed before
// the arena, so string_views and spans into it stay valid while the table that points into it
// grows, is copied or moved.
//
// Thread-safe: copies of a CareerGraph share their arena and may each add items to it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <mutex>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace careergraph::graph {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // `bytes` of uninitialised memory aligned to `align` (a power of two, at most
  // alignof(std::max_align_t)), valid until the arena goes. Zero bytes may give nullptr.
  void* allocate(std::size_t bytes, std::size_t align);

  // A copy of `text` in the arena.
  std::string_view copy(std::string_view text);

  // A copy of `items` in the arena (T is copied bytewise: it must be trivially copyable).
  template <typename T>
  std::span<const T> copy(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    T* out = static_cast<T*>(allocate(items.size_bytes(), alignof(T)));
    std::uninitialized_copy(items.begin(), items.end(), out);
    return {out, items.size()};
  }

  std::size_t chunk_count() const;
  std::size_t bytes_reserved() const;  // in all chunks, used or not

 private:
  // Chunks grow from a page (the bundled data's few hundred items) to 256 KiB (a 10k
  // corpus's ~13 MB in ~60 chunks); an allocation above a quarter of the chunk size gets a chunk of its
  // own, so a chunk's unused tail stays under a quarter of it.
  static constexpr std::size_t kFirstChunk = 4096;
  static constexpr std::size_t kLargestChunk = 256 * 1024;

  std::byte* new_chunk(std::size_t bytes);  // holds mutex_

  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::byte* next_ = nullptr;  // free space in the current chunk
  std::size_t left_ = 0;
  std::size_t chunk_size_ = kFirstChunk;  // the next regular chunk's
  std::size_t reserved_ = 0;
};

}  // namespace careergraph::graph
