// EvidenceList: the places a guide shows one move, for Transition. Nearly every move of a guide
// corpus is cited once (a 10k-guide corpus: 151,712 moves), and a std::vector<Evidence> cost a
// 16-byte heap block (plus the allocator's header) per move on top of its own 24 bytes. This
// holds one Evidence inline and moves to the heap only from the second on; it is 24 bytes, like
// the vector, and offers the part of the vector's interface the code uses (contiguous storage,
// so iterators are pointers).
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

#include "graph/error.h"

namespace careergraph::graph {

class EvidenceList {
 public:
  using value_type = Evidence;
  using size_type = std::size_t;
  using iterator = Evidence*;
  using const_iterator = const Evidence*;
  using reference = Evidence&;
  using const_reference = const Evidence&;

  EvidenceList() noexcept : heap_(nullptr) {}
  EvidenceList(std::initializer_list<Evidence> init) : EvidenceList() {
    reserve(init.size());
    for (const Evidence& e : init) push_back(e);
  }
  EvidenceList(const EvidenceList& other) : EvidenceList() {
    reserve(other.size_);
    std::uninitialized_copy(other.begin(), other.end(), data());
    size_ = other.size_;
  }
  EvidenceList(EvidenceList&& other) noexcept : EvidenceList() { take(other); }
  EvidenceList& operator=(const EvidenceList& other) {
    if (this != &other) *this = EvidenceList(other);
    return *this;
  }
  EvidenceList& operator=(EvidenceList&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  ~EvidenceList() { release(); }

  Evidence* data() { return on_heap() ? heap_ : &one_; }
  const Evidence* data() const { return on_heap() ? heap_ : &one_; }
  iterator begin() { return data(); }
  iterator end() { return data() + size_; }
  const_iterator begin() const { return data(); }
  const_iterator end() const { return data() + size_; }
  size_type size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_type capacity() const { return capacity_; }
  Evidence& operator[](size_type i) { return data()[i]; }
  const Evidence& operator[](size_type i) const { return data()[i]; }
  Evidence& front() { return data()[0]; }
  const Evidence& front() const { return data()[0]; }
  Evidence& back() { return data()[size_ - 1]; }
  const Evidence& back() const { return data()[size_ - 1]; }

  void reserve(size_type n) {
    if (n <= capacity_) return;
    Evidence* grown = std::allocator<Evidence>().allocate(n);
    std::uninitialized_copy(begin(), end(), grown);
    const std::uint32_t size = size_;
    release();
    heap_ = grown;
    size_ = size;
    capacity_ = static_cast<std::uint32_t>(n);
  }
  void push_back(const Evidence& e) { insert(end(), e); }
  // Inserts `e` before `pos` and returns where it now is.
  iterator insert(const_iterator pos, const Evidence& e) {
    const auto at = static_cast<size_type>(pos - begin());
    if (size_ == capacity_) {
      const Evidence copy = e;  // `e` may live in this list
      reserve(capacity_ < 2 ? 2 : 2 * static_cast<size_type>(capacity_));
      return insert(begin() + at, copy);
    }
    Evidence* p = data();
    std::construct_at(p + size_, e);             // at the end,
    std::rotate(p + at, p + size_, p + size_ + 1);  // then moved before `pos`
    ++size_;
    return p + at;
  }

  friend bool operator==(const EvidenceList& a, const EvidenceList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  // Evidence is a pointer and a line: copied bitwise, never destroyed one by one. The list
  // relies on that (no destructor calls, elements copied with plain assignment).
  static_assert(std::is_trivially_copyable_v<Evidence> &&
                std::is_trivially_destructible_v<Evidence>);

  bool on_heap() const { return capacity_ > 1; }
  void release() {
    if (on_heap()) std::allocator<Evidence>().deallocate(heap_, capacity_);
    heap_ = nullptr;
    size_ = 0;
    capacity_ = 1;
  }
  // Takes `other`'s elements (this list is empty and inline) and leaves `other` empty.
  void take(EvidenceList& other) noexcept {
    if (other.on_heap()) {
      heap_ = other.heap_;
    } else if (other.size_ == 1) {
      std::construct_at(&one_, other.one_);
    }
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.heap_ = nullptr;
    other.size_ = 0;
    other.capacity_ = 1;
  }

  union {
    Evidence one_;   // capacity 1: the element, if size is 1
    Evidence* heap_;  // capacity 2 and more: the elements
  };
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = 1;
};

static_assert(sizeof(EvidenceList) == 24);

}  // namespace careergraph::graph
