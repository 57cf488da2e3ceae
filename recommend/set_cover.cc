#include "recommend/set_cover.h"

#include <algorithm>

namespace careergraph::recommend {

std::vector<std::size_t> greedy_set_cover(std::size_t universe, const std::vector<CoverSet>& sets) {
  std::vector<char> covered(universe, 0);
  std::vector<char> taken(sets.size(), 0);
  std::vector<std::size_t> chosen;
  for (;;) {
    std::size_t best = sets.size();
    double best_ratio = 0;
    for (std::size_t i = 0; i < sets.size(); ++i) {
      if (taken[i]) continue;
      std::size_t fresh = 0;
      for (auto e : sets[i].elements) fresh += (e < universe && !covered[e]) ? 1 : 0;
      if (fresh == 0) continue;
      const double ratio = sets[i].cost / static_cast<double>(fresh);
      if (best == sets.size() || ratio < best_ratio) {
        best = i;
        best_ratio = ratio;
      }
    }
    if (best == sets.size()) break;
    taken[best] = 1;
    chosen.push_back(best);
    for (auto e : sets[best].elements) {
      if (e < universe) covered[e] = 1;
    }
  }
  // Reverse delete: drop the most expensive sets whose elements the others all cover.
  std::vector<std::size_t> order = chosen;
  std::stable_sort(order.begin(), order.end(),
                   [&](auto a, auto b) { return sets[a].cost > sets[b].cost; });
  std::vector<int> times(universe, 0);
  for (auto i : chosen) {
    for (auto e : sets[i].elements) {
      if (e < universe) ++times[e];
    }
  }
  for (auto i : order) {
    const bool redundant = std::all_of(sets[i].elements.begin(), sets[i].elements.end(),
                                       [&](auto e) { return e >= universe || times[e] > 1; });
    if (!redundant) continue;
    for (auto e : sets[i].elements) {
      if (e < universe) --times[e];
    }
    chosen.erase(std::find(chosen.begin(), chosen.end(), i));
  }
  return chosen;
}

}  // namespace careergraph::recommend
