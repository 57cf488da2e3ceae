// Splits a guide into its YAML front matter and its Markdown body, keeping line numbers of the
// file so that errors point at the right line.
#pragma once

#include <string_view>

#include "graph/error.h"

namespace careergraph::importers {

struct FrontMatterSplit {
  bool has_front_matter = false;
  bool closed = false;
  std::string_view yaml;      // text between the fences
  int yaml_first_line = 0;    // file line of yaml's first line (1-based)
  std::string_view body;      // text after the closing fence (or the whole text)
  int body_first_line = 1;
};

// `text` must already have its BOM removed. Fences are lines that are exactly `---` (a trailing
// CR or spaces allowed); the closing fence may also be `...`.
FrontMatterSplit split_front_matter(std::string_view text);

}  // namespace careergraph::importers
