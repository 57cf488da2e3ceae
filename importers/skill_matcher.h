// Finds taxonomy skills named in free text (DESIGN §3): longest alias match over normalised
// text, left to right, non-overlapping, so one bullet may name several skills
// ("セキュリティ、CI/CD、DevOps"). A key that begins or ends with an ASCII letter or digit only
// matches at an ASCII word boundary there, so "Go" does not match inside "Google".
#pragma once

#include <string_view>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::importers {

class SkillMatcher {
 public:
  // Indexes the id, names and aliases of every skill of the graph.
  explicit SkillMatcher(const graph::CareerGraph& graph);

  // Skills named in `text`, in order of appearance, each once.
  // Complexity: O(|text| · L) where L is the longest key, independent of the number of skills.
  std::vector<graph::SkillIndex> match(std::string_view text) const;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> children;
    int skill = -1;
  };
  void insert(std::string_view key, graph::SkillIndex skill);
  std::vector<Node> nodes_{1};
};

}  // namespace careergraph::importers
