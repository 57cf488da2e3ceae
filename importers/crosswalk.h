// A crosswalk: which O*NET occupations and ESCO occupations are the same job as a guide role, so
// that one graph holds all three (docs/formats.md, "Crosswalk"). A YAML list:
//
//   - role: cto                      # a role id or name (resolved like any role name)
//     onet: [11-1021.00, 11-3021.00] # O*NET-SOC codes
//     esco: [http://data.europa.eu/esco/occupation/…]   # ESCO conceptUris
//
// Each pair found becomes a related edge both ways (weight 1, label "crosswalk", evidence
// file:line of the code) and is recorded in both roles' same_as, which `show` lists.
#pragma once

#include "graph/career_graph.h"
#include "importers/source.h"
#include "importers/taxonomy.h"

namespace careergraph::importers {

// Adds the crosswalk's links. A role name that resolves to nothing (or to several roles) is a
// warning; a code of a taxonomy that is loaded but lacks it is a warning; codes of a taxonomy
// that is not loaded at all are skipped and counted in one info line (a bundled crosswalk
// names both taxonomies, a user often loads one). Malformed YAML or entries are errors.
// Complexity: O(entries · codes) lookups.
// `onet_loaded` / `esco_loaded`: whether that taxonomy is part of the graph. `bundled`: the file
// is the crosswalk careergraph ships, not one the user named; codes a loaded taxonomy lacks (a
// partial or older folder) are then counted in the info line instead of warned about one by one.
SourceSummary add_crosswalk(const SourceFile& file, graph::CareerGraph& graph,
                            graph::Diagnostics& diags, bool onet_loaded, bool esco_loaded,
                            bool bundled = false);

}  // namespace careergraph::importers
