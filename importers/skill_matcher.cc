#include "importers/skill_matcher.h"

#include <algorithm>
#include <string>
#include <utility>

#include "graph/text.h"

namespace careergraph::importers {
namespace {

bool ascii_alnum(unsigned char c) { return (c < 0x80) && std::isalnum(c) != 0; }

}  // namespace

SkillMatcher::SkillMatcher(const graph::CareerGraph& graph) {
  root_.fill(-1);
  std::vector<std::pair<std::string, graph::SkillIndex>> keys;
  std::size_t bytes = 0;
  for (graph::SkillIndex s = 0; s < graph.skills().size(); ++s) {
    const graph::Skill& k = graph.skill(s);
    if (!k.in_taxonomy) continue;
    auto add = [&](std::string_view name) {
      keys.emplace_back(graph::normalize_key(name), s);
      bytes += keys.back().first.size();
    };
    add(k.id);
    add(k.name);
    add(k.name_en);
    for (const auto& a : k.aliases) add(a);
  }
  nodes_.reserve(bytes + 1);  // at most a node per key byte: the trie never moves
  nodes_.emplace_back();
  for (const auto& [key, s] : keys) insert(key, s);
}

int SkillMatcher::child(int node, unsigned char c) const {
  if (node == 0) return root_[c];
  int n = nodes_[static_cast<size_t>(node)].first_child;
  while (n >= 0 && nodes_[static_cast<size_t>(n)].byte != c) n = nodes_[static_cast<size_t>(n)].next_sibling;
  return n;
}

void SkillMatcher::insert(std::string_view key, graph::SkillIndex skill) {
  if (key.empty()) return;
  int node = 0;
  for (unsigned char c : key) {
    int next = child(node, c);
    if (next < 0) {
      next = static_cast<int>(nodes_.size());
      Node n;
      n.byte = c;
      if (node == 0) {
        root_[c] = next;
      } else {
        n.next_sibling = nodes_[static_cast<size_t>(node)].first_child;
        nodes_[static_cast<size_t>(node)].first_child = next;
      }
      nodes_.push_back(n);
    }
    node = next;
  }
  // The first skill to claim a key keeps it; vocabulary checks report shared keys.
  if (nodes_[static_cast<size_t>(node)].skill < 0) {
    nodes_[static_cast<size_t>(node)].skill = static_cast<int>(skill);
  }
}

std::vector<graph::SkillIndex> SkillMatcher::match(std::string_view text) const {
  const std::string t = graph::normalize_key(text);
  std::vector<graph::SkillIndex> found;
  size_t i = 0;
  while (i < t.size()) {
    const auto first = static_cast<unsigned char>(t[i]);
    const bool boundary_before = i == 0 || !ascii_alnum(static_cast<unsigned char>(t[i - 1]));
    size_t best_end = 0;
    int best_skill = -1;
    int node = 0;
    for (size_t j = i; j < t.size(); ++j) {
      const auto c = static_cast<unsigned char>(t[j]);
      node = child(node, c);
      if (node < 0) break;
      const int skill = nodes_[static_cast<size_t>(node)].skill;
      if (skill < 0) continue;
      const bool at_char_end = j + 1 == t.size() || (static_cast<unsigned char>(t[j + 1]) & 0xC0) != 0x80;
      if (!at_char_end) continue;
      const bool boundary_after = !ascii_alnum(c) || j + 1 == t.size() ||
                                  !ascii_alnum(static_cast<unsigned char>(t[j + 1]));
      if ((ascii_alnum(first) && !boundary_before) || !boundary_after) continue;
      best_end = j + 1;
      best_skill = skill;
    }
    if (best_skill >= 0) {
      const auto s = static_cast<graph::SkillIndex>(best_skill);
      if (std::find(found.begin(), found.end(), s) == found.end()) found.push_back(s);
      i = best_end;
    } else {
      ++i;
      while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
    }
  }
  return found;
}

}  // namespace careergraph::importers
