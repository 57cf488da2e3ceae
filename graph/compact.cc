#include "graph/compact.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <unordered_set>

namespace careergraph::graph {

const FlagList::List* FlagList::empty_list() {
  static const List empty;
  return &empty;
}

const FlagList::List* FlagList::intern(List list) {
  if (list.empty()) return empty_list();
  struct Hash {
    std::size_t operator()(const List& l) const {
      std::size_t h = l.size();
      for (const auto& s : l) h = h * 31 + std::hash<std::string>{}(s);
      return h;
    }
  };
  // Node-based, so an interned list never moves.
  static auto* lists = new std::unordered_set<List, Hash>;  // never freed
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  return &*lists->insert(std::move(list)).first;
}

FlagList::FlagList(std::initializer_list<std::string_view> flags) {
  FlagList l;
  for (const auto f : flags) l.add(f);
  p_ = l.p_;
}

FlagList::FlagList(const List& flags) {
  FlagList l;
  for (const auto& f : flags) l.add(f);
  p_ = l.p_;
}

bool FlagList::contains(std::string_view flag) const {
  return std::find(p_->begin(), p_->end(), flag) != p_->end();
}

FlagList FlagList::with(std::string_view flag) const {
  FlagList out = *this;
  out.add(flag);
  return out;
}

bool FlagList::add(std::string_view flag) {
  if (contains(flag)) return false;
  List next = *p_;
  next.emplace_back(flag);
  p_ = intern(std::move(next));
  return true;
}

}  // namespace careergraph::graph
