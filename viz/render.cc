#include "viz/render.h"

#include "viz/mermaid.h"

namespace careergraph::viz {

graph::Expected<std::string> render(GraphvizContext& ctx, const Diagram& d, Format f,
                                    bool markdown) {
  if (f == Format::kMermaid) return markdown ? to_mermaid_markdown(d) : to_mermaid(d);
  return render_graphviz(ctx, d, f);
}

}  // namespace careergraph::viz
