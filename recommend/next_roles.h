// Next-role recommendations (DESIGN §6 "next"): which roles to aim for next, ranked, each with
// the reasons, the guide lines that show the move, and the skills shared and missing.
//
// Candidates: progression successors, two-step successors, related roles, and roles whose
// skills overlap the person's by at least kMinOverlap (Jaccard). Score (docs/recommend.md):
//   score = evidence + fit − demotion
//   evidence = 1 + log2(n) for a move n guides show (n ≥ 1);
//              ½ · min(evidence of the two moves) for the best two-step route;
//              0.5 for a related role with no move; 0 otherwise (the larger term applies)
//   fit      = shared skills / skills the candidate needs (0..1)
//   demotion = 0.5 when the candidate's level is below the current role's
// A move seen in more guides always scores higher, all else equal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "recommend/skill_gap.h"

namespace careergraph::recommend {

inline constexpr double kMinOverlap = 0.3;

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
  std::vector<graph::SkillIndex> shared;
  std::vector<graph::SkillIndex> missing;
};

// Ranked candidates, best first (ties by id). Complexity: O(d² + V·S) for out-degree d and the
// skill-overlap scan over V roles with S skills each.
std::vector<Recommendation> next_roles(const graph::CareerGraph& g, graph::Vertex from,
                                       const NextOptions& options);

}  // namespace careergraph::recommend
