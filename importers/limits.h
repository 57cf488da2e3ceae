// Limits that keep bad input harmless (docs/errors.md): whatever a file holds, reading it ends
// quickly, in bounded memory, with a diagnostic that says which limit was hit and where. Each
// limit is far above what a real guide or vocabulary needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "graph/error.h"

namespace careergraph::importers {

// A guide's text (the largest bundled guide is ~11 KB). md4c 0.4.8 resolves links over a whole
// paragraph in quadratic time: 250 KB of `[a](` takes 0.15 s (outside ASan), 500 KB 1 s under
// load, 7 MB over a minute.
inline constexpr std::size_t kMaxGuideBytes = 256u << 10;

// One line of a guide.
inline constexpr std::size_t kMaxLineBytes = 64u << 10;

// Guide files in one load (files named, or found in directories), and their total size; the
// rest are skipped.
inline constexpr std::size_t kMaxGuideFiles = 10000;
inline constexpr std::size_t kMaxGuideTotalBytes = 256u << 20;

// Career chain steps and related_jobs entries read from one guide. Joining the graph scans a
// role's moves for each move added (CareerGraph::add_transition), so one role in tens of
// thousands of moves took minutes; a real guide has a few dozen.
inline constexpr std::size_t kMaxChainSteps = 1000;
inline constexpr std::size_t kMaxRelatedJobs = 200;

// List items read from one guide's sections (the bundled guides have at most 78): each
// becomes graph data (a skill, a learning item, a diagnostic). 55 000 one-line skill bullets
// took 5 s and 290 MB under ASan.
inline constexpr std::size_t kMaxListItems = 2000;

// Nesting of YAML collections ([ { and block levels), counted while the tree is built
// (importers/yaml_util.h): a deeper document is refused with a message that says why.
inline constexpr int kMaxYamlDepth = 64;

// Nodes that aliases (`*name`) may add when expanded: a "billion laughs" document is a few
// lines whose aliases expand to billions of nodes.
inline constexpr std::size_t kMaxYamlAliasNodes = 100000;

// One taxonomy table (O*NET .txt, ESCO .csv, transitions .csv). The largest real one, ESCO's
// occupationSkillRelations.csv, is 21 MB; the whole file is held in memory while it is read.
inline constexpr std::size_t kMaxTableBytes = 512u << 20;

// The first line longer than kMaxLineBytes, as an error at that line ("line-too-long").
// `first_line` is the file line of the text's first line.
std::optional<graph::Diagnostic> check_line_length(std::string_view file, std::string_view text,
                                                   int first_line = 1);

}  // namespace careergraph::importers
