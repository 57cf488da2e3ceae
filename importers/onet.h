// The O*NET database (https://www.onetcenter.org/database.html), tab-separated text release, as
// career-graph data (docs/taxonomies.md):
//   Occupation Data.txt     occupations → roles (id: the O*NET-SOC code, e.g. 15-1252.00)
//   Alternate Titles.txt    alternate and short titles → aliases
//   Related Occupations.txt related edges, weighted by relatedness tier and index
//   Skills.txt, Knowledge.txt  role–skill links: importance (IM 1–5) and level (LV 0–7)
//   Job Zones.txt           the role's level (job zone 1–5)
//   Technology Skills.txt   technology skills, with the hot-technology and in-demand flags
// Only Occupation Data.txt is required. Columns are found by header name, so releases with
// extra columns (29.x adds Title and Scale Name) and older layouts both load.
#pragma once

#include <string>

#include "graph/career_graph.h"
#include "importers/taxonomy.h"

namespace careergraph::importers {

inline constexpr const char* kOnetOccupationFile = "Occupation Data.txt";

// Whether `dir` is an O*NET database folder (it has Occupation Data.txt).
bool is_onet_dir(const std::string& dir);

// Relatedness weight of an O*NET related occupation (docs/taxonomies.md): the tier sets the
// base (Primary-Short 1.0, Primary-Long 0.7, Supplemental 0.4, unknown 0.5) and the index
// (1–20, 1 = most related) lowers it by up to half: base × (1 − (index − 1) / 38).
double onet_related_weight(std::string_view tier, int index);

// Reads the folder's files (on all cores) and adds them to `graph`. Problems are reported in
// `diags` with file:line:col and the rest still loads: a row naming an unknown occupation is a
// warning; a malformed row an error (that row is skipped); an unreadable or malformed file an
// error (that file is skipped). Complexity: O(total bytes) to parse, plus O(R·S) to pair IM
// and LV rows for R occupations with S skills each.
SourceSummary add_onet(const std::string& dir, graph::CareerGraph& graph, graph::Diagnostics& diags);

}  // namespace careergraph::importers
