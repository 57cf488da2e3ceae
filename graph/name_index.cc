#include "graph/name_index.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "graph/text.h"

namespace careergraph::graph {

std::optional<std::size_t> NameIndex::find(std::string_view key) const {
  return index_.find(key, [this](std::size_t k) { return text(k); });
}

std::span<const std::size_t> NameIndex::all(std::size_t k) const {
  const Key& e = keys_[k];
  if (e.shared) return shared_[e.shared - 1].all;
  return {&e.one, 1};
}

std::span<const std::size_t> NameIndex::primary(std::size_t k) const {
  const Key& e = keys_[k];
  if (e.shared) return shared_[e.shared - 1].primary;
  return {&e.one, e.primary ? 1u : 0u};
}

void NameIndex::add(std::string_view name, std::size_t index, Kind kind) {
  const std::string key = normalize_key(name);
  if (key.empty()) return;
  const auto k = find(key);
  if (!k) {
    if (text_.size() + key.size() > UINT32_MAX) throw std::length_error("NameIndex: keys over 4 GB");
    Key e;
    e.offset = static_cast<std::uint32_t>(text_.size());
    e.length = static_cast<std::uint32_t>(key.size());
    e.primary = kind == kPrimary;
    e.one = index;
    text_ += key;
    keys_.push_back(e);
    index_.insert(key, keys_.size() - 1, [this](std::size_t i) { return text(i); });
    return;
  }
  Key& e = keys_[*k];
  if (!e.shared) {
    if (e.one == index) {
      e.primary |= kind == kPrimary;
      return;
    }
    Shared s;
    s.all = {e.one};
    if (e.primary) s.primary.push_back(e.one);
    shared_.push_back(std::move(s));
    e.shared = static_cast<std::uint32_t>(shared_.size());
  }
  Shared& s = shared_[e.shared - 1];
  if (std::find(s.all.begin(), s.all.end(), index) == s.all.end()) s.all.push_back(index);
  if (kind == kPrimary && std::find(s.primary.begin(), s.primary.end(), index) == s.primary.end()) {
    s.primary.push_back(index);
  }
}

std::span<const std::size_t> NameIndex::lookup(std::string_view name) const {
  const auto k = find(normalize_key(name));
  if (!k) return {};
  return all(*k);
}

Resolution NameIndex::resolve(std::string_view query) const {
  Resolution r;
  const std::string key = normalize_key(query);
  if (const auto k = find(key)) {
    const auto all_of = all(*k), primary_of = primary(*k);
    if (all_of.size() == 1 || primary_of.size() == 1) {
      r.status = Resolution::Status::kFound;
      r.index = all_of.size() == 1 ? all_of.front() : primary_of.front();
    } else {
      // Several names: those are the candidates; otherwise everyone sharing the alias.
      r.status = Resolution::Status::kAmbiguous;
      const auto from = primary_of.size() > 1 ? primary_of : all_of;
      r.candidates.assign(from.begin(), from.end());
      std::sort(r.candidates.begin(), r.candidates.end());
    }
    return r;
  }
  // Suggestions: keys containing the query (or contained in it) rank first, then by edit
  // distance; a key further than half its length away is not a useful suggestion.
  std::map<std::size_t, int> best;  // entity -> score (lower is better)
  if (!key.empty()) {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      const std::string_view k = text(i);
      int score;
      if (k.find(key) != std::string::npos || key.find(k) != std::string::npos) {
        score = 0;
      } else {
        const int d = edit_distance(key, k);
        const int limit = std::max(2, display_width(k) / 2);
        if (d > limit) continue;
        score = d;
      }
      for (std::size_t t : all(i)) {
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
