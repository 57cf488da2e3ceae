// Vocabulary loading (DESIGN §4): roles.yaml, skills.yaml, learning.yaml and sections.yaml.
// The vocabulary applies to any corpus: roles are named and levelled here, skills matched
// against guide bullets, learning items offered in plans.
#pragma once


#include <optional>

#include "graph/career_graph.h"
#include "importers/sections.h"
#include "importers/source.h"
#include "importers/yaml_util.h"

namespace careergraph::importers {

struct VocabularyFiles {
  std::optional<SourceFile> roles;
  std::optional<SourceFile> skills;
  std::optional<SourceFile> learning;
  std::optional<SourceFile> sections;
};

// Adds skills, then roles, then learning items to `graph`, and reads the section table into
// `sections` (left unchanged when no sections file is given). Collects every problem;
// entries with errors are skipped, the rest load. Complexity: linear in the files' size.
graph::Diagnostics load_vocabulary(const VocabularyFiles& files, graph::CareerGraph& graph,
                                   SectionTable& sections);

// The same in two steps, so that the slow part (YAML parsing) can run on several threads:
// parse each file on its own (thread-safe), then add the documents to the graph in order.
struct VocabularyDocs {
  std::optional<std::pair<SourceFile, YamlNode>> roles, skills, learning;
  graph::Diagnostics diagnostics;
};
std::optional<YamlNode> parse_vocabulary_file(const SourceFile& file, graph::Diagnostics& diags);
graph::Diagnostics add_vocabulary(const VocabularyDocs& docs, graph::CareerGraph& graph);

}  // namespace careergraph::importers
