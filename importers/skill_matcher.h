// Finds taxonomy skills named in free text (DESIGN §3): longest alias match over normalised
// text, left to right, non-overlapping, so one bullet may name several skills
// ("セキュリティ、CI/CD、DevOps"). A key that begins or ends with an ASCII letter or digit only
// matches at an ASCII word boundary there, so "Go" does not match inside "Google".
#pragma once

#include <array>
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
  // A byte trie in one array. A node's children are a list through next_sibling (below the
  // first byte a node has one or two); the root's are found by byte in root_. It was a vector
  // of children per node: an allocation for each of ~20,000 nodes, which made building it the
  // largest part of a short command's start-up.
  struct Node {
    int first_child = -1;
    int next_sibling = -1;
    int skill = -1;
    unsigned char byte = 0;
  };
  int child(int node, unsigned char c) const;
  void insert(std::string_view key, graph::SkillIndex skill);
  std::array<int, 256> root_;  // child of the root by byte, -1: none
  std::vector<Node> nodes_;    // nodes_[0] is the root
};

}  // namespace careergraph::importers
