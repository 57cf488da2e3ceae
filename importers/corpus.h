// Joins parsed guides to the graph (DESIGN §3, §5): a guide whose slug-id or title names a
// vocabulary role merges into it (the slug becomes an alias), otherwise it creates its role;
// chain steps and related_jobs resolve by name (unknown names create roles without a guide);
// skill and learning bullets are matched against the taxonomy.
#pragma once

#include <vector>

#include "graph/career_graph.h"
#include "importers/guide_parser.h"
#include "importers/sections.h"
#include "importers/source.h"

namespace careergraph::importers {

// Fewer guides than this are parsed and joined on the calling thread alone: for the bundled 28
// a second thread cost more than it saved (its start, and the first touch of its own heap
// pages: `path` 25.7 -> 22.9 ms), 50 guides were even, and from 100 on two threads win
// (bench/RESULTS.md, sixth session).
inline constexpr std::size_t kParallelMinGuides = 40;

// Threads for parsing or joining `guides` guides when `requested` were asked for: 0 chooses,
// one below kParallelMinGuides and one per hardware thread from there on.
unsigned guide_threads(std::size_t guides, unsigned requested = 0);

// Parses guides [begin, end) without touching any graph; safe to run on several threads at
// once. A deferred file is read here and freed once parsed; a read error is its diagnostic.
// Each guide's body is packed for the join (GuideParse::body); with keep_text false (see
// add_parsed_guides) the guide's own bullets, learning groups, chains and related_jobs go then.
std::vector<GuideParse> parse_guides(const std::vector<SourceFile>& files,
                                     const SectionTable& sections, std::size_t begin,
                                     std::size_t end, const GuideParseOptions& options = {},
                                     bool keep_text = true);

// Adds parsed guides (in order) to the graph: roles first, then what the guides say.
// Consumes `parsed` (left empty). Each guide's skill_bullets and skill_bullets_matched are
// counted as it joins. With keep_text false, each guide is left with its identity (file, slug,
// title, name, category, role), its section kinds and those counts: its skill bullets, chains,
// related_jobs, learning groups and title aliases go once the graph holds what they say (the
// role's skill links keep what the bullets matched, at their lines; LoadOptions::guide_text).
// Bullets are matched on guide_threads(parsed.size(), threads) threads; the graph is the same.
graph::Diagnostics add_parsed_guides(std::vector<GuideParse>& parsed, graph::CareerGraph& graph,
                                     bool keep_text = true, unsigned threads = 0);

// Parses and adds every guide. A file that cannot be read as a guide is reported and skipped;
// the others still load. Complexity: O(total text · L) for parsing and skill matching, plus
// O(chains + related) name lookups.
graph::Diagnostics add_guides(const std::vector<SourceFile>& files, const SectionTable& sections,
                              graph::CareerGraph& graph);

}  // namespace careergraph::importers
