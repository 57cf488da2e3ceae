// The diagrams careergraph draws (DESIGN §7 viz), built from a CareerGraph as viz::Diagram:
// routes between two roles, a role's neighbourhood for its guide page, and the whole map.
// Only reads the graph. Everything is ordered by ids and ranks, never by hash or address, so
// the same graph gives the same diagram.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "viz/diagram.h"

namespace careergraph::viz {

// How a role is named on the diagram (the CLI passes its --lang aware role_name).
using RoleNamer = std::function<std::string(const graph::Role&)>;

struct DiagramOptions {
  RoleNamer name;     // empty: Role::name
  std::string title;  // printed above the diagram; may be empty
  Labels labels;
  // Link each role that has a guide to this pattern with "{slug}" replaced by the guide's
  // slug (for diagrams published side by side, e.g. "{slug}.svg"). Empty: no links.
  std::string link_pattern;
};

// One route as viz needs it: role ids first to last and the kind of each move.
// (recommend::Route converts to this; viz depends on graph only.)
struct RoutePath {
  std::vector<std::string> roles;
  std::vector<graph::EdgeKind> moves;  // moves[i] goes roles[i] → roles[i + 1]
};

// Skills the `to` role lists that the `from` role does not: what a person learns on the move.
// Complexity: O(a + b) for roles listing a and b skills.
std::size_t missing_skill_count(const graph::CareerGraph& g, graph::Vertex from, graph::Vertex to);

// Routes, best first: the best route's roles and moves highlighted, the alternatives' lighter,
// other moves between these roles faded. With `gaps`, each route move is labelled "+N", N =
// missing_skill_count. Route ends are the focus.
// Preconditions: every id names a role and consecutive ids are joined by a move of that kind.
// Complexity: O(R·L + V_d·deg) for R routes of up to L moves, V_d roles drawn.
Diagram route_diagram(const graph::CareerGraph& g, const std::vector<RoutePath>& routes, bool gaps,
                      const DiagramOptions& options);

// A role's neighbourhood: feeders (roles leading to it by progression) and next roles within
// `depth` moves, and the roles related to it (dashed). Progression moves on those chains are
// drawn normally; other progression moves between the roles drawn are faded.
// Complexity: two breadth-first searches, O(V + E), plus O(V_d·deg) for the edges drawn.
Diagram neighbourhood_diagram(const graph::CareerGraph& g, graph::Vertex role, int depth,
                              const DiagramOptions& options);

// The whole map: every role, coloured by track, ranked by level (with a level axis), every
// progression move (solid) and related pair (dashed, drawn once), and a legend of the tracks.
// Complexity: O(V log V + E log E) (sorting).
Diagram map_diagram(const graph::CareerGraph& g, const DiagramOptions& options);

// Fill colour of a track: tracks of the graph sorted by name take colours from a fixed palette
// in turn, so a track has one colour in every diagram of one graph. "" (no track): light grey.
std::string track_fill(const graph::CareerGraph& g, const std::string& track);

}  // namespace careergraph::viz
