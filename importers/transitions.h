// Aggregated transitions: moves between roles counted over many career histories, as the edge
// list a Spark or DuckDB job writes (docs/scale.md). A CSV with header `from,to,count`; from and
// to are role ids or names, resolved like any name the user types; count is a positive number.
// Each row adds its count to the progression edge from → to (Transition::count) with the row's
// file:line as evidence; rows naming the same move add up.
#pragma once

#include "graph/career_graph.h"
#include "importers/taxonomy.h"

namespace careergraph::importers {

// Reads the file and adds its moves. An unknown or ambiguous role name, or a move from a role to
// itself, is a warning (file:line:col) and the row is skipped; a count that is not a positive
// number is an error and the row is skipped. Complexity: O(rows) name lookups.
SourceSummary add_transitions(const std::string& path, graph::CareerGraph& graph,
                              graph::Diagnostics& diags);

// The same from text already in memory (tests).
SourceSummary add_transitions_text(const std::string& path, std::string_view text,
                                   graph::CareerGraph& graph, graph::Diagnostics& diags);

}  // namespace careergraph::importers
