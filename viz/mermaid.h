// Drawing a Diagram as Mermaid flowchart source, for Markdown pages that render Mermaid
// (GitHub, GitLab, many static-site generators). Same content as the Graphviz drawing:
// progression moves are arrows (the best route thick), related pairs dotted lines, tracks fill
// colours, levels subgraphs, a legend subgraph. Layout is left to the Mermaid renderer.
#pragma once

#include <string>

#include "viz/diagram.h"

namespace careergraph::viz {

// The flowchart subset emitted: an optional front-matter title, `flowchart LR`, role nodes
// `ID("label")` (legend nodes `ID["label"]`), links `A --> B`, `A ==> B`, `A -.- B` with an
// optional `|"label"|`, `subgraph ID["title"]` … `end` with `direction TB`, `style ID …`,
// `linkStyle N …` and `click ID href "url"`. Quoted text uses Mermaid's #…; entity codes for
// `"` `#` `|` `<` `>` `&`. Node ids are `r_` + the role id when it is ASCII letters, digits and
// `_` (so never a keyword such as `end`), else `n` + its position.
// Complexity: O(V + E) in the size of the diagram.
std::string to_mermaid(const Diagram& d);

// The same, in a fenced ```mermaid block for pasting into Markdown.
std::string to_mermaid_markdown(const Diagram& d);

}  // namespace careergraph::viz
