// What the non-guide data sources (O*NET, ESCO, crosswalks, transition counts) have in common:
// a summary of what each added, shown by `stats` so that a user can check an import against the
// publisher's figures.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace careergraph::importers {

struct SourceSummary {
  std::string kind;  // "onet", "esco", "crosswalk", "transitions"
  std::string path;
  std::vector<std::pair<std::string, std::size_t>> counts;  // in display order

  void set(const std::string& name, std::size_t n) {
    for (auto& [k, v] : counts) {
      if (k == name) {
        v = n;
        return;
      }
    }
    counts.emplace_back(name, n);
  }
};

}  // namespace careergraph::importers
