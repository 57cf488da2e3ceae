#include "graph/arena.h"

#include <cstdint>
#include <cstring>

namespace careergraph::graph {

void* Arena::allocate(std::size_t bytes, std::size_t align) {
  if (bytes == 0) return nullptr;
  const std::lock_guard<std::mutex> lock(mutex_);
  const std::size_t misaligned = reinterpret_cast<std::uintptr_t>(next_) & (align - 1);
  const std::size_t pad = misaligned == 0 ? 0 : align - misaligned;
  if (next_ == nullptr || pad + bytes > left_) {
    // A large block gets a chunk of its own and leaves the current one in use.
    if (bytes > chunk_size_ / 4) return new_chunk(bytes);
    next_ = new_chunk(chunk_size_);  // aligned for any scalar: no padding
    left_ = chunk_size_;
    chunk_size_ = std::min(chunk_size_ * 2, kLargestChunk);
  } else {
    next_ += pad;
    left_ -= pad;
  }
  void* out = next_;
  next_ += bytes;
  left_ -= bytes;
  return out;
}

std::string_view Arena::copy(std::string_view text) {
  if (text.empty()) return {};
  char* out = static_cast<char*>(allocate(text.size(), 1));
  std::memcpy(out, text.data(), text.size());
  return {out, text.size()};
}

std::size_t Arena::chunk_count() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return chunks_.size();
}

std::size_t Arena::bytes_reserved() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return reserved_;
}

std::byte* Arena::new_chunk(std::size_t bytes) {
  chunks_.push_back(std::make_unique_for_overwrite<std::byte[]>(bytes));
  reserved_ += bytes;
  return chunks_.back().get();
}

}  // namespace careergraph::graph
