#include "recommend/learning_plan.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "recommend/set_cover.h"

namespace careergraph::recommend {
namespace {

using graph::LearningIndex;
using graph::SkillIndex;
using graph::Vertex;

// Skills an item teaches, at the level it reaches.
bool teaches(const graph::LearningRecord& item, const GapItem& need) {
  const auto skills = item.skills();
  return std::any_of(skills.begin(), skills.end(), [&](const graph::SkillLevel& s) {
    return s.skill == need.skill && (!need.level || !s.level || *s.level >= *need.level);
  });
}

double effort(const graph::LearningRecord& item) {
  return item.effort_hours() > 0 ? item.effort_hours() : kDefaultEffortHours;
}

class Planner {
 public:
  Planner(const graph::CareerGraph& g, const PlanOptions& o) : g_(g), o_(o) {}

  Plan plan(const std::vector<Vertex>& roles, std::optional<Route> route) {
    Plan p;
    p.route = std::move(route);
    std::vector<HeldSkill> held = o_.have;
    std::set<LearningIndex> taken;
    std::set<SkillIndex> uncovered;
    const size_t first = roles.size() > 1 ? 1 : 0;
    if (roles.size() > 1) add_held(held, skills_of(g_, roles[0]));
    for (size_t i = first; i < roles.size(); ++i) {
      PlanStep step;
      step.role = roles[i];
      step.missing = skill_gap(g_, roles[i], held).missing;
      cover(step, taken, uncovered);
      // After this step the person holds everything the role needs.
      add_held(held, skills_of(g_, roles[i]));
      p.steps.push_back(std::move(step));
    }
    order_prerequisites(p);
    for (const auto& s : p.steps) {
      for (const auto& it : s.learning) p.effort_hours += it.effort_hours;
    }
    p.uncovered.assign(uncovered.begin(), uncovered.end());
    return p;
  }

 private:
  void cover(PlanStep& step, std::set<LearningIndex>& taken, std::set<SkillIndex>& uncovered) {
    std::vector<CoverSet> sets;
    std::vector<LearningIndex> items;
    for (LearningIndex l = 0; l < g_.learning().size(); ++l) {
      if (taken.count(l)) continue;
      CoverSet s;
      s.cost = effort(g_.learning()[l]);
      for (size_t m = 0; m < step.missing.size(); ++m) {
        if (teaches(g_.learning()[l], step.missing[m])) s.elements.push_back(m);
      }
      if (s.elements.empty()) continue;
      sets.push_back(std::move(s));
      items.push_back(l);
    }
    std::vector<char> covered(step.missing.size(), 0);
    for (auto c : greedy_set_cover(step.missing.size(), sets)) {
      PlannedItem pi;
      pi.item = items[c];
      pi.effort_hours = sets[c].cost;
      for (auto m : sets[c].elements) {
        pi.covers.push_back(step.missing[m].skill);
        covered[m] = 1;
      }
      taken.insert(pi.item);
      step.learning.push_back(std::move(pi));
    }
    for (size_t m = 0; m < step.missing.size(); ++m) {
      if (!covered[m]) uncovered.insert(step.missing[m].skill);
    }
  }

  // Items come after their prerequisites: a prerequisite chosen at a later step moves to just
  // before the first item that needs it; prerequisites not in the plan are named on the item.
  void order_prerequisites(Plan& p) {
    // learning id -> (step, index)
    std::map<std::string, std::pair<size_t, size_t>, std::less<>> where;
    auto index = [&] {
      where.clear();
      for (size_t s = 0; s < p.steps.size(); ++s) {
        for (size_t i = 0; i < p.steps[s].learning.size(); ++i) {
          where[std::string(g_.learning()[p.steps[s].learning[i].item].id())] = {s, i};
        }
      }
    };
    index();
    for (size_t guard = 0; guard < 1000; ++guard) {
      bool moved = false;
      for (size_t s = 0; s < p.steps.size() && !moved; ++s) {
        for (size_t i = 0; i < p.steps[s].learning.size() && !moved; ++i) {
          for (const auto pre : g_.learning()[p.steps[s].learning[i].item].prerequisites()) {
            auto it = where.find(pre);
            if (it == where.end()) continue;
            const auto [ps, pidx] = it->second;
            if (ps < s || (ps == s && pidx < i)) continue;
            PlannedItem item = std::move(p.steps[ps].learning[pidx]);
            p.steps[ps].learning.erase(p.steps[ps].learning.begin() + static_cast<long>(pidx));
            p.steps[s].learning.insert(p.steps[s].learning.begin() + static_cast<long>(i), std::move(item));
            index();
            moved = true;
            break;
          }
        }
      }
      if (!moved) break;
    }
    for (auto& s : p.steps) {
      for (auto& it : s.learning) {
        for (const auto pre : g_.learning()[it.item].prerequisites()) {
          if (!where.count(pre)) it.requires_first.emplace_back(pre);
        }
      }
    }
  }

  const graph::CareerGraph& g_;
  const PlanOptions& o_;
};

}  // namespace

graph::Expected<std::vector<Plan>> plan_routes(const graph::CareerGraph& g,
                                                const std::optional<std::string>& from,
                                                const std::string& to, const PlanOptions& o) {
  if (!g.find_role(to)) {
    return graph::Diagnostic{"", 0, 0, graph::Severity::kError, "unknown-role", "no role with id '" + to + "'"};
  }
  Planner planner(g, o);
  std::vector<Plan> plans;
  if (!from || *from == to) {
    plans.push_back(planner.plan({g.vertex(to)}, std::nullopt));
    return plans;
  }
  PathOptions po;
  po.k = o.k;
  po.avoid = o.avoid;
  po.metric = o.metric;
  auto routes = find_routes(g, *from, to, po);
  if (!routes) return routes.error();
  for (auto& r : *routes) {
    std::vector<Vertex> roles;
    for (const auto& id : r.roles) roles.push_back(g.vertex(id));
    plans.push_back(planner.plan(roles, std::move(r)));
  }
  return plans;
}

}  // namespace careergraph::recommend
