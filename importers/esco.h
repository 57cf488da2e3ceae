// The ESCO classification (https://esco.ec.europa.eu), CSV download, as career-graph data
// (docs/taxonomies.md):
//   occupations_<lang>.csv            occupations → roles (id: conceptUri; preferredLabel is the
//                                     name, altLabels — one per line — the aliases)
//   skills_<lang>.csv                 skills and knowledge (id: conceptUri)
//   occupationSkillRelations.csv      role–skill links: essential 1.0, optional 0.5 (ESCO has
//                                     no levels)
//   broaderRelationsOccPillar.csv     occupation hierarchy → related edges both ways
//   skillSkillRelations.csv           related skills
// occupations_*.csv is required; `en` is preferred when several languages are present. The
// files are RFC 4180 CSV (quoted fields with commas and line breaks, CRLF); line numbers in
// diagnostics and evidence are the physical lines where records start.
#pragma once

#include <string>

#include "graph/career_graph.h"
#include "importers/taxonomy.h"

namespace careergraph::importers {

inline constexpr double kEscoEssential = 1.0;
inline constexpr double kEscoOptional = 0.5;
inline constexpr double kEscoBroaderWeight = 0.5;  // weight of a hierarchy link in `next`

// The occupations file of an ESCO folder ("" when `dir` is not one): occupations_en.csv if
// present, else the first occupations_*.csv in name order.
std::string esco_occupations_file(const std::string& dir);

// Reads the folder's files (on all cores) and adds them to `graph`. A relation naming an
// occupation or skill the folder does not define is a warning (file:line) and is skipped; a
// malformed file or row is an error and skipped; the rest still loads. Complexity: O(total
// bytes) to parse plus one hash lookup per relation end.
SourceSummary add_esco(const std::string& dir, graph::CareerGraph& graph, graph::Diagnostics& diags);

}  // namespace careergraph::importers
