// Lint (DESIGN §3, §7; docs/lint.md): what a guide writer should fix before publishing, beyond
// what loading reports. Loading already finds what breaks a file (YAML syntax, missing title or
// slug, broken chains, duplicate slugs and roles); lint adds checks that need the whole graph:
// links to roles without a guide, unknown chain roles, moves that contradict each other,
// progression cycles, guides outside every chain, missing sections, and taxonomy misses with
// the closest taxonomy entries. These run only in `careergraph lint`, so other commands do not
// print them.
#pragma once

#include <string_view>
#include <vector>

#include "graph/career_graph.h"
#include "importers/loader.h"

namespace careergraph::importers {

// The section kinds every guide is expected to have (those the section table defines).
const std::vector<std::string>& standard_sections();

// Everything lint reports about a load: its diagnostics plus the lint checks, sorted by file,
// line and column (the order of equal places kept). Codes and severities: docs/lint.md.
// Complexity: O(V + E) for the graph checks (strong components for cycles), O(guides ·
// sections) for sections, and O(K · L²) per taxonomy miss for suggestions (K taxonomy names
// of up to L code points), for at most kMaxSuggestedMisses misses.
graph::Diagnostics lint(const LoadResult& loaded);

// Taxonomy misses that get suggestions; the rest are reported without (bounds the work on a
// corpus of garbage).
inline constexpr std::size_t kMaxSuggestedMisses = 200;

// Up to `n` taxonomy skills whose names or aliases are closest to `text` by edit distance
// (normalised, at most 60% of the longer string apart), closest first; none for texts longer
// than 64 code points.
std::vector<graph::SkillIndex> closest_skills(const graph::CareerGraph& graph,
                                              std::string_view text, std::size_t n = 3);

}  // namespace careergraph::importers
