#include "graph/name_index.h"

#include <algorithm>
#include <map>

#include "graph/text.h"

namespace careergraph::graph {

void NameIndex::add(std::string_view name, std::size_t index, Kind kind) {
  std::string key = normalize_key(name);
  if (key.empty()) return;
  auto& entry = keys_[std::move(key)];
  if (std::find(entry.all.begin(), entry.all.end(), index) == entry.all.end()) entry.all.push_back(index);
  if (kind == kPrimary &&
      std::find(entry.primary.begin(), entry.primary.end(), index) == entry.primary.end()) {
    entry.primary.push_back(index);
  }
}

const std::vector<std::size_t>& NameIndex::lookup(std::string_view name) const {
  static const std::vector<std::size_t> kNone;
  auto it = keys_.find(normalize_key(name));
  return it == keys_.end() ? kNone : it->second.all;
}

Resolution NameIndex::resolve(std::string_view query) const {
  Resolution r;
  const std::string key = normalize_key(query);
  if (auto it = keys_.find(key); it != keys_.end()) {
    const Entry& e = it->second;
    if (e.all.size() == 1 || e.primary.size() == 1) {
      r.status = Resolution::Status::kFound;
      r.index = e.all.size() == 1 ? e.all.front() : e.primary.front();
    } else {
      // Several names: those are the candidates; otherwise everyone sharing the alias.
      r.status = Resolution::Status::kAmbiguous;
      r.candidates = e.primary.size() > 1 ? e.primary : e.all;
      std::sort(r.candidates.begin(), r.candidates.end());
    }
    return r;
  }
  // Suggestions: keys containing the query (or contained in it) rank first, then by edit
  // distance; a key further than half its length away is not a useful suggestion.
  std::map<std::size_t, int> best;  // entity -> score (lower is better)
  if (!key.empty()) {
    for (const auto& [k, entry] : keys_) {
      const auto& targets = entry.all;
      int score;
      if (k.find(key) != std::string::npos || key.find(k) != std::string::npos) {
        score = 0;
      } else {
        const int d = edit_distance(key, k);
        const int limit = std::max(2, display_width(k) / 2);
        if (d > limit) continue;
        score = d;
      }
      for (std::size_t t : targets) {
        auto [pos, inserted] = best.emplace(t, score);
        if (!inserted) pos->second = std::min(pos->second, score);
      }
    }
  }
  std::vector<std::pair<int, std::size_t>> ranked;
  for (auto [t, s] : best) ranked.emplace_back(s, t);
  std::sort(ranked.begin(), ranked.end());
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) r.candidates.push_back(ranked[i].second);
  return r;
}

}  // namespace careergraph::graph
