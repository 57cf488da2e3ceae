// Learning plans (DESIGN §6 "plan"): a route to the target and, for each step, the skills first
// needed there and the learning items that close them — a weighted set cover over effort hours,
// prerequisites first. Skills no item teaches are listed as uncovered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "recommend/paths.h"
#include "recommend/skill_gap.h"

namespace careergraph::recommend {

// Effort assumed for a learning item that states none (guide bullets): a few weeks of evenings.
inline constexpr double kDefaultEffortHours = 20;

struct PlanOptions {
  int k = 1;
  std::vector<HeldSkill> have;
  std::vector<std::string> avoid;
  Metric metric = Metric::kSteps;
};

struct PlannedItem {
  graph::LearningIndex item = 0;
  std::vector<graph::SkillIndex> covers;   // missing skills it closes
  std::vector<std::string> requires_first;  // prerequisites not in the plan (learning ids)
  double effort_hours = 0;
};

struct PlanStep {
  graph::Vertex role = 0;
  std::vector<GapItem> missing;  // skills first needed at this step
  std::vector<PlannedItem> learning;
};

struct Plan {
  std::optional<Route> route;  // absent when no --from was given
  std::vector<PlanStep> steps;
  std::vector<graph::SkillIndex> uncovered;
  double effort_hours = 0;
};

// One plan per route (k routes from → to), or one single-step plan for `to` when `from` is
// empty. Errors: unknown role ids. Empty when no route exists.
// Complexity: per route, O(L · I · S) for L steps, I learning items, S skills per item.
graph::Expected<std::vector<Plan>> plan_routes(const graph::CareerGraph& g,
                                                const std::optional<std::string>& from,
                                                const std::string& to, const PlanOptions& options);

}  // namespace careergraph::recommend
