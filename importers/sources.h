// What `--data PATH` names, told apart by the files themselves (docs/formats.md): an O*NET
// folder (it has "Occupation Data.txt"), an ESCO folder (it has occupations_*.csv), a
// transitions CSV (*.csv), a crosswalk (*.yaml / *.yml), else guides (a folder searched for .md
// files, or a guide file of any name). Taxonomies, crosswalks and transitions join the graph
// after the guides, in that order, so that crosswalks and transitions can name any role.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "importers/loader.h"

namespace careergraph::importers {

enum class DataKind { kGuides, kOnet, kEsco, kTransitions, kCrosswalk };

DataKind classify_data_path(const std::string& path);

struct DataSources {
  std::vector<std::string> guides, onet, esco, transitions, crosswalks;

  static DataSources classify(const std::vector<std::string>& paths);
  bool has_taxonomy() const { return !onet.empty() || !esco.empty(); }
};

// Adds the non-guide sources to `result` (which holds the vocabulary and guides), recording a
// summary of each in result.sources. `default_crosswalk` is used when `sources` names no
// crosswalk but a taxonomy (the bundled crosswalk maps the bundled roles).
void add_sources(const DataSources& sources, const std::optional<SourceFile>& default_crosswalk,
                 LoadResult& result);

}  // namespace careergraph::importers
