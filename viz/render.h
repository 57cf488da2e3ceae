// One entry point for every diagram format: Graphviz for SVG, PNG and DOT, Mermaid source
// otherwise.
#pragma once

#include <string>

#include "graph/error.h"
#include "viz/diagram.h"
#include "viz/format.h"
#include "viz/graphviz.h"

namespace careergraph::viz {

// The diagram's bytes in format `f`. `markdown`: Mermaid in a fenced block (ignored otherwise).
// Errors and complexity: render_graphviz's; Mermaid cannot fail.
graph::Expected<std::string> render(GraphvizContext& ctx, const Diagram& d, Format f,
                                    bool markdown = false);

}  // namespace careergraph::viz
