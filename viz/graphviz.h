// Drawing a Diagram with Graphviz in-process: the graph is built with cgraph calls (agopen,
// agnode, agedge, agsafeset), laid out by gvLayout("dot") and rendered by gvRenderData, never
// by running the `dot` program. RAII owners fix the order Graphviz needs: render data freed
// with gvFreeRenderData, gvFreeLayout before agclose, gvFreeContext last.
#pragma once

#include <string>

#include "graph/error.h"
#include "viz/diagram.h"
#include "viz/format.h"

struct GVC_s;  // Graphviz's context (GVC_t); its headers stay out of ours

namespace careergraph::viz {

// Fonts for every label, first one installed wins: pango/fontconfig resolve the list when
// measuring text (so boxes fit Japanese names) and when drawing PNG; SVG carries the list as its
// CSS font-family for the viewer to resolve.
inline constexpr const char* kFontNames =
    "Noto Sans CJK JP,Noto Sans JP,Source Han Sans JP,IPAexGothic,IPAGothic,TakaoGothic,"
    "VL Gothic,Hiragino Sans,Yu Gothic,Meiryo,sans-serif";

// The program's one Graphviz context: plugins (layouts, renderers, text measurement) are
// loaded once into it. Make one and pass it to render(); the GVC_t is created on first use, so
// a program that only writes Mermaid never starts Graphviz. Graphviz keeps global state, so use
// it from one thread at a time. While it lives, Graphviz's messages are collected for render()
// errors instead of being printed.
class GraphvizContext {
 public:
  GraphvizContext() = default;
  ~GraphvizContext();
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;

  GVC_s* get();

 private:
  GVC_s* gvc_ = nullptr;
};

// Draws `d` as SVG or PNG (laid out by dot), or as DOT: the graph as built, before layout,
// in Graphviz's canonical form (stable, and independent of the fonts installed).
// The same diagram always gives the same bytes on one installation (SVG and PNG depend on
// the fonts installed there, through text measurement).
// Errors: `f` is Mermaid (use to_mermaid), or Graphviz failed (its messages in the diagnostic).
// Complexity: building is O(V + E) cgraph calls; dot's layout (network simplex ranking,
// crossing minimisation) is polynomial, in practice near O(V·E) for career graphs.
graph::Expected<std::string> render_graphviz(GraphvizContext& ctx, const Diagram& d, Format f);

// Escapes & < > " for HTML and Graphviz HTML-like labels.
std::string escape_html(const std::string& s);

}  // namespace careergraph::viz
