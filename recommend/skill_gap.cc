#include "recommend/skill_gap.h"

#include <algorithm>
#include <unordered_map>

namespace careergraph::recommend {

std::vector<HeldSkill> skills_of(const graph::CareerGraph& g, graph::Vertex role) {
  std::vector<HeldSkill> out;
  for (const auto& link : g.role(role).skills) out.push_back({link.skill, link.level});
  return out;
}

void add_held(std::vector<HeldSkill>& held, const std::vector<HeldSkill>& extra) {
  for (const auto& e : extra) {
    auto it = std::find_if(held.begin(), held.end(), [&](const auto& h) { return h.skill == e.skill; });
    if (it == held.end()) {
      held.push_back(e);
    } else if (e.level && (!it->level || *e.level > *it->level)) {
      it->level = e.level;
    }
  }
}

SkillGap skill_gap(const graph::CareerGraph& g, graph::Vertex target, const std::vector<HeldSkill>& have) {
  std::unordered_map<graph::SkillIndex, const HeldSkill*> held;
  for (const auto& h : have) held.emplace(h.skill, &h);
  SkillGap gap;
  for (const auto& need : g.role(target).skills) {
    auto it = held.find(need.skill);
    if (it == held.end()) {
      gap.missing.push_back({need.skill, need.importance, need.level, std::nullopt, need.source});
      continue;
    }
    const auto& h = *it->second;
    if (need.level && h.level && *h.level < *need.level) {
      gap.missing.push_back({need.skill, need.importance, need.level, h.level, need.source});
    } else {
      gap.covered.push_back(need.skill);
    }
  }
  auto levels = [](const GapItem& m) {
    return m.level ? *m.level - m.have_level.value_or(0) : 0.0;
  };
  std::sort(gap.missing.begin(), gap.missing.end(), [&](const GapItem& a, const GapItem& b) {
    if (a.importance != b.importance) return a.importance > b.importance;
    if (levels(a) != levels(b)) return levels(a) > levels(b);
    if (a.source != b.source) return a.source < b.source;  // the order the guide lists them
    return g.skill(a.skill).id < g.skill(b.skill).id;
  });
  return gap;
}

double gap_weight(const SkillGap& gap) {
  double w = 0;
  for (const auto& m : gap.missing) {
    const double levels = m.level ? *m.level - m.have_level.value_or(0) : 1.0;
    w += m.importance * std::max(1.0, levels);
  }
  return w;
}

}  // namespace careergraph::recommend
