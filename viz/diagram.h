// What a careergraph diagram shows, as plain data: which roles and moves, how each is
// emphasised, the title and the legend. Builders (diagrams.h) make one from a CareerGraph;
// renderers draw it with Graphviz (graphviz.h: DOT, SVG, PNG) or as Mermaid (mermaid.h).
// Keeping content apart from drawing lets every format show the same picture, and lets tests
// check what is drawn without a layout.
#pragma once

#include <string>
#include <vector>

#include "graph/career_graph.h"

namespace careergraph::viz {

// How strongly a role or move is drawn.
enum class Emphasis {
  kNormal,     // part of what was asked for
  kHighlight,  // the best route
  kMuted,      // alternative routes: drawn lighter than the best
  kFaded,      // context: other moves between the roles drawn
};

struct Node {
  std::string id;     // role id; unique in the diagram
  std::string label;  // display name (in the language asked for)
  std::string track;  // role track; colours the node
  int level = 0;      // 1–7, 0 unknown; ranks the node when Diagram::level_ranks
  std::string fill;   // fill colour "#rrggbb" for the track
  Emphasis emphasis = Emphasis::kNormal;
  bool focus = false;   // the role the diagram is about (route ends, --role): bold border
  std::string url;      // link target when the diagram is published with others; may be empty
  std::string tooltip;  // hover text in SVG; may be empty
};

struct Edge {
  std::string from;  // node ids
  std::string to;
  graph::EdgeKind kind =
      graph::EdgeKind::kProgression;  // progression: solid arrow; related: dashed
  Emphasis emphasis = Emphasis::kNormal;
  std::string label;    // e.g. the number of skills to learn on this move; may be empty
  std::string tooltip;  // the evidence (file:line) in SVG; may be empty
};

// Words the diagrams print, in the language of the output. English defaults.
struct Labels {
  std::string legend = "Legend";
  std::string progression = "progression";
  std::string related = "related";
  std::string level = "Level";  // followed by a space and the number
  std::string no_track = "other";
};

struct TrackColour {
  std::string track;
  std::string fill;
};

struct Diagram {
  std::string name;                 // graph name: ASCII, stable (appears in DOT and SVG comments)
  std::string title;                // printed above the diagram; may be empty
  std::vector<Node> nodes;          // drawn in this order (it seeds Graphviz's ordering)
  std::vector<Edge> edges;          // between nodes of the diagram, in this order
  bool level_ranks = false;         // roles of one level share a rank, with a level axis
  std::vector<TrackColour> legend;  // tracks shown in the legend; empty: no legend
  Labels labels;
};

}  // namespace careergraph::viz
