// The guide importer (DESIGN §3): YAML front matter with libyaml (yaml_util.h), the Markdown body with md4c.
// Reads what a guide says (role identity, chains, skills, learning, duties, collaborators,
// interview questions) with the file line of every item. It does not touch the graph; see
// corpus.h for how guides join it.
#pragma once

#include <optional>
#include <string_view>

#include "graph/error.h"
#include "graph/model.h"
#include "importers/guide_body.h"
#include "importers/sections.h"

namespace careergraph::importers {

struct GuideParse {
  std::optional<graph::Guide> guide;  // absent when the guide cannot name its role
  graph::Diagnostics diagnostics;     // every problem found, errors and warnings
  // What the join reads of the guide, packed by parse_guides (corpus.h) on the thread that
  // parsed it; add_parsed_guides packs a guide that has none.
  std::optional<GuideBody> body;
};

struct GuideParseOptions {
  // Keep duties, collaborators, outlook and interview questions, and the front matter's page
  // fields (meta_description, thumbnail, tags, keywords, unknown keys) (read either way, so the
  // diagnostics do not depend on it).
  bool prose = true;
};

// Parses one guide. `file` is used in diagnostics and evidence. Never throws; a broken front
// matter does not stop the body from being checked.
// Complexity: O(n) in the size of the text.
GuideParse parse_guide(std::string_view file, std::string_view text, const SectionTable& sections,
                       const GuideParseOptions& options = {});

// Role identity helpers, exposed for tests.
// `cto_career_guide` → `cto`; `x_guide` → `x`.
std::string role_id_from_slug(std::string_view slug);
// Title → display name and aliases: `CTO（Chief Technology Officer, 最高技術責任者）のプロジェクトポジション`
// → {"CTO", {"Chief Technology Officer", "最高技術責任者"}}.
std::pair<std::string, std::vector<std::string>> split_title(std::string_view title);

// The arrows that separate chain steps.
const std::vector<std::string>& chain_arrows();

}  // namespace careergraph::importers
