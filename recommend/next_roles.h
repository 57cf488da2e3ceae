// Next-role recommendations (DESIGN §6 "next"): which roles to aim for next, ranked, each with
// the reasons, the guide lines that show the move, and the skills shared and missing.
//
// Candidates: progression successors, two-step successors, related roles, and roles whose
// skills overlap the person's by at least kMinOverlap (Jaccard). Score (docs/recommend.md):
//   score = evidence + fit − demotion
//   evidence = 1 + log2(n) for a move with support n ≥ 1 (guides citing it plus observations
//              counted in career histories, Transition::count);
//              ½ · min(evidence of the two moves) for the best two-step route;
//              for a related role with no move: the weight its source states (O*NET tier and
//              index, ESCO hierarchy; 0..1), or 0.5 when none; 0 otherwise (the larger applies)
//   fit      = importance-weighted share of the candidate's skills the person has, a skill held
//              below the level needed counting as held/needed (0..1); with importance 1 and no
//              levels (guides) this is shared skills / skills the candidate needs; when the
//              person has no levelled skill at all, the candidate's levelled needs are left
//              out of it (unknown rather than missing)
//   demotion = 0.5 when the candidate's level is below the current role's
// A move seen in more guides always scores higher, all else equal. Roles the crosswalk names as
// the same job as the current one (Role::same_as) are not next roles and are left out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "recommend/skill_gap.h"

namespace careergraph::recommend {

inline constexpr double kMinOverlap = 0.3;
// When the candidates above are fewer than asked for (an ESCO occupation has no moves and shares
// under 30% of its fine-grained skills with any other), the closest skill profiles with at least
// this overlap fill the list, best first.
inline constexpr double kMinTopUpOverlap = 0.1;

struct NextOptions {
  int n = 10;
  std::vector<HeldSkill> have;       // in addition to the current role's skills
  std::vector<std::string> avoid;    // role ids never recommended
  std::string exclude_file;          // ignore evidence from this file (leave-one-out evaluation)
  bool english = false;              // language of the reasons
};

struct Recommendation {
  graph::Vertex role = 0;
  double score = 0;
  std::vector<std::string> reasons;
  std::vector<graph::Evidence> evidence;
  std::vector<graph::SkillIndex> shared;   // held at the level needed (or levels unknown)
  std::vector<graph::SkillIndex> missing;  // not held, or held below the level needed;
                                           // most important first
};

// Ranked candidates, best first (ties by id). Complexity: O(d² + V·S) for out-degree d and the
// skill-overlap scan over V roles with S skills each.
std::vector<Recommendation> next_roles(const graph::CareerGraph& g, graph::Vertex from,
                                       const NextOptions& options);

}  // namespace careergraph::recommend
