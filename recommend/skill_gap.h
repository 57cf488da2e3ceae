// Skill gap (DESIGN §6 "gap"): what a target role needs that a person does not have yet.
// Level-aware where levels are known: a skill held below the level the target needs is a gap
// of that many levels.
#pragma once

#include <optional>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::recommend {

struct HeldSkill {
  graph::SkillIndex skill = 0;
  std::optional<double> level;  // unknown: counts as enough
};

struct GapItem {
  graph::SkillIndex skill = 0;
  double importance = 1.0;
  std::optional<double> level;       // level the target needs, where known
  std::optional<double> have_level;  // level held, when held too low
  graph::Evidence source;            // where the target's need is stated
};

struct SkillGap {
  std::vector<GapItem> missing;  // most important first, then largest level gap, then as listed
  std::vector<graph::SkillIndex> covered;
};

// The skills a role brings (its skill links, with their levels).
std::vector<HeldSkill> skills_of(const graph::CareerGraph& g, graph::Vertex role);

// Merges `extra` into `held`, keeping the higher level of a skill held twice.
void add_held(std::vector<HeldSkill>& held, const std::vector<HeldSkill>& extra);

// Skills of `target` minus `have`. A skill is covered when held with no level known on either
// side or at a level >= the needed level. Complexity: O(T + H) with T target skills, H held.
SkillGap skill_gap(const graph::CareerGraph& g, graph::Vertex target, const std::vector<HeldSkill>& have);

// Importance-weighted size of a gap: the sum over missing skills of importance, times the
// number of levels missing where levels are known (at least 1).
double gap_weight(const SkillGap& gap);

}  // namespace careergraph::recommend
