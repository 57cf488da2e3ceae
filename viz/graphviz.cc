#include "viz/graphviz.h"

#include <cgraph.h>
#include <gvc.h>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <type_traits>

namespace careergraph::viz {
namespace {

// --- loading Graphviz ----------------------------------------------------------------------

// Graphviz is loaded when the first diagram is drawn, not when the program starts: gvc and the
// six libraries it brings (cgraph, cdt, pathplan, ltdl, expat, zlib) cost every start ~1.8 ms
// of mapping and relocation, drawing or not (bench/RESULTS.md, sixth session). Every call goes
// through this table, bound once with dlsym; nothing links against Graphviz, so a call left
// out of the table does not build. CAREERGRAPH_GVC_LIBRARY is the soname the build found
// (viz/CMakeLists.txt); symbols of cgraph are found through gvc, which depends on it. The
// functions are listed once, so a field cannot be left unbound.
#define CAREERGRAPH_GRAPHVIZ_FUNCTIONS(X) \
  X(agattr) \
  X(agclose) \
  X(agedge) \
  X(agnode) \
  X(agopen) \
  X(agreseterrors) \
  X(agsafeset) \
  X(agseterrf) \
  X(agstrdup_html) \
  X(agstrfree) \
  X(agsubg) \
  X(agsubnode) \
  X(agwrite) \
  X(gvContext) \
  X(gvFreeContext) \
  X(gvFreeLayout) \
  X(gvFreeRenderData) \
  X(gvLayout) \
  X(gvRenderData)

struct GraphvizApi {
#define CAREERGRAPH_GRAPHVIZ_FIELD(name) decltype(&::name) name = nullptr;
  CAREERGRAPH_GRAPHVIZ_FUNCTIONS(CAREERGRAPH_GRAPHVIZ_FIELD)
#undef CAREERGRAPH_GRAPHVIZ_FIELD
  const Agdesc_t* directed = nullptr;  // cgraph's Agdirected
  std::string error;                   // why Graphviz could not be loaded; empty when it was
};

const GraphvizApi& gv() {
  static const GraphvizApi api = [] {
    GraphvizApi a;
    void* lib = dlopen(CAREERGRAPH_GVC_LIBRARY, RTLD_NOW | RTLD_GLOBAL);
    if (lib == nullptr) {
      const char* why = dlerror();
      a.error = std::string("cannot load Graphviz: ") + (why != nullptr ? why : CAREERGRAPH_GVC_LIBRARY);
      return a;
    }
    auto bind = [&](auto& slot, const char* name) {
      void* symbol = dlsym(lib, name);
      if (symbol == nullptr && a.error.empty()) {
        a.error = std::string(CAREERGRAPH_GVC_LIBRARY) + " has no " + name;
      }
      slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(symbol);
    };
#define CAREERGRAPH_GRAPHVIZ_BIND(name) bind(a.name, #name);
    CAREERGRAPH_GRAPHVIZ_FUNCTIONS(CAREERGRAPH_GRAPHVIZ_BIND)
#undef CAREERGRAPH_GRAPHVIZ_BIND
    a.directed = static_cast<const Agdesc_t*>(dlsym(lib, "Agdirected"));
    if (a.directed == nullptr && a.error.empty()) {
      a.error = std::string(CAREERGRAPH_GVC_LIBRARY) + " has no Agdirected";
    }
    return a;  // never unloaded: Graphviz keeps global state, and its plugins refer to it
  }();
  return api;
}

// gvRenderData's length parameter is `unsigned int*` in Graphviz 2.x and `size_t*` from 3.0 on;
// take whichever this installation declares.
template <typename F>
struct RenderLengthOf;
template <typename R, typename G, typename L>
struct RenderLengthOf<R (*)(GVC_t*, G*, const char*, char**, L*)> {
  using type = L;
};
using RenderLength = RenderLengthOf<decltype(&gvRenderData)>::type;
static_assert(std::is_unsigned_v<RenderLength>);

// cgraph 2.x takes `char*` for names and values it only reads (later releases take const char*).
char* mut(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* mut(const char* s) { return const_cast<char*>(s); }

// --- RAII owners --------------------------------------------------------------------------

struct GraphClose {
  void operator()(Agraph_t* g) const { gv().agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphClose>;

struct RenderDataFree {
  void operator()(char* p) const { gv().gvFreeRenderData(p); }
};
using RenderData = std::unique_ptr<char, RenderDataFree>;

// A layout of a graph; construct after the GraphPtr so that it is freed before agclose.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g), status_(gv().gvLayout(gvc, g, "dot")) {}
  ~Layout() { gv().gvFreeLayout(gvc_, g_); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  bool ok() const { return status_ == 0; }

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
  int status_;
};

// Graphviz reports through a global callback; it collects here while a context lives.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* message) {
  graphviz_messages() += message;
  return 0;
}

agusererrf previous_errf = nullptr;

// --- styling ------------------------------------------------------------------------------

constexpr const char* kInk = "#333333";
constexpr const char* kHighlightInk = "#1f3a93";
constexpr const char* kMutedInk = "#7f93b5";
constexpr const char* kFadedInk = "#c4c4c4";
constexpr const char* kFadedText = "#8a8a8a";
constexpr const char* kRelatedInk = "#8c8c8c";  // related pairs: context, lighter than moves
constexpr const char* kFadedFill = "#f6f6f6";

const char* ink(Emphasis e) {
  switch (e) {
    case Emphasis::kNormal:
      return kInk;
    case Emphasis::kHighlight:
      return kHighlightInk;
    case Emphasis::kMuted:
      return kMutedInk;
    case Emphasis::kFaded:
      return kFadedInk;
  }
  return kInk;
}

// A label as Graphviz reads it: backslash starts an escape (\n, \N …), so double it.
std::string escape_label(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}


void set(void* obj, const char* name, const std::string& value) {
  gv().agsafeset(obj, mut(name), mut(value), mut(""));
}

// Names for helper nodes and subgraphs that no role id takes.
class Names {
 public:
  explicit Names(const Diagram& d) {
    for (const auto& n : d.nodes) used_.insert(n.id);
  }
  std::string fresh(std::string base) {
    while (!used_.insert(base).second) base += "_";
    return base;
  }

 private:
  std::set<std::string> used_;
};

void set_defaults(Agraph_t* g, const Diagram& d, Format f) {
  gv().agattr(g, AGRAPH, mut("rankdir"), mut("LR"));
  gv().agattr(g, AGRAPH, mut("fontname"), mut(kFontNames));
  gv().agattr(g, AGRAPH, mut("fontsize"), mut("16"));
  gv().agattr(g, AGRAPH, mut("nodesep"), mut("0.3"));
  gv().agattr(g, AGRAPH, mut("ranksep"), mut("0.6"));
  gv().agattr(g, AGRAPH, mut("pad"), mut("0.2"));
  gv().agattr(g, AGRAPH, mut("bgcolor"), mut("white"));
  if (!d.title.empty()) {  // on the root only: subgraphs must not inherit the title
    set(g, "labelloc", "t");
    set(g, "label", escape_label(d.title));
  }
  // Sharper text for print; SVG is resolution-free and keeps Graphviz's 72 points per inch.
  if (f == Format::kPng) gv().agattr(g, AGRAPH, mut("dpi"), mut("144"));

  gv().agattr(g, AGNODE, mut("label"), mut("\\N"));
  gv().agattr(g, AGNODE, mut("shape"), mut("box"));
  gv().agattr(g, AGNODE, mut("style"), mut("rounded,filled"));
  gv().agattr(g, AGNODE, mut("fontname"), mut(kFontNames));
  gv().agattr(g, AGNODE, mut("fontsize"), mut("12"));
  gv().agattr(g, AGNODE, mut("margin"), mut("0.15,0.06"));
  gv().agattr(g, AGNODE, mut("color"), mut(kInk));
  gv().agattr(g, AGNODE, mut("fontcolor"), mut("#1a1a1a"));
  gv().agattr(g, AGNODE, mut("fillcolor"), mut("#eeeeee"));
  gv().agattr(g, AGNODE, mut("penwidth"), mut("1"));

  gv().agattr(g, AGEDGE, mut("fontname"), mut(kFontNames));
  gv().agattr(g, AGEDGE, mut("fontsize"), mut("10"));
  gv().agattr(g, AGEDGE, mut("color"), mut(kInk));
  gv().agattr(g, AGEDGE, mut("fontcolor"), mut(kInk));
  gv().agattr(g, AGEDGE, mut("arrowsize"), mut("0.8"));
  gv().agattr(g, AGEDGE, mut("penwidth"), mut("1"));
}

void add_node(Agraph_t* g, const Node& n, std::map<std::string, Agnode_t*>& nodes) {
  Agnode_t* a = gv().agnode(g, mut(n.id), 1);
  nodes[n.id] = a;
  set(a, "label", escape_label(n.label));
  set(a, "fillcolor", n.emphasis == Emphasis::kFaded ? kFadedFill : n.fill);
  if (n.emphasis != Emphasis::kNormal) set(a, "color", ink(n.emphasis));
  if (n.emphasis == Emphasis::kFaded) set(a, "fontcolor", kFadedText);
  if (n.focus) {
    set(a, "penwidth", "3");
  } else if (n.emphasis == Emphasis::kHighlight) {
    set(a, "penwidth", "2");
  }
  if (!n.tooltip.empty()) set(a, "tooltip", n.tooltip);
  if (!n.url.empty()) set(a, "URL", n.url);
}

void add_edge(Agraph_t* g, const Edge& e, const std::map<std::string, Agnode_t*>& nodes) {
  const auto from = nodes.find(e.from);
  const auto to = nodes.find(e.to);
  if (from == nodes.end() || to == nodes.end()) return;  // not part of the diagram
  Agedge_t* a = gv().agedge(g, from->second, to->second, nullptr, 1);
  if (e.kind == graph::EdgeKind::kRelated) {
    set(a, "style", "dashed");
    set(a, "dir", "none");
    set(a, "constraint", "false");  // ranks follow progression, not relatedness
  }
  if (e.emphasis != Emphasis::kNormal) {
    set(a, "color", ink(e.emphasis));
    set(a, "fontcolor", ink(e.emphasis));
  } else if (e.kind == graph::EdgeKind::kRelated) {
    set(a, "color", kRelatedInk);
  }
  if (e.emphasis == Emphasis::kHighlight) set(a, "penwidth", "2.5");
  if (!e.label.empty()) set(a, "label", escape_label(e.label));
  if (!e.tooltip.empty()) set(a, "tooltip", e.tooltip);
}

// Same-level roles share a rank; a column of "Level N" captions joined by invisible edges
// makes the levels readable.
void add_level_ranks(Agraph_t* g, const Diagram& d, const std::map<std::string, Agnode_t*>& nodes,
                     Names& names) {
  std::map<int, std::vector<Agnode_t*>> levels;
  for (const auto& n : d.nodes) {
    if (n.level > 0) levels[n.level].push_back(nodes.at(n.id));
  }
  Agnode_t* previous = nullptr;
  for (const auto& [level, members] : levels) {
    const std::string suffix = std::to_string(level);
    // Anonymous: cgraph orders subgraphs by id, and a named subgraph's id is the address of
    // its interned name; anonymous ids count up, so the order (and the layout) is stable.
    Agraph_t* rank = gv().agsubg(g, nullptr, 1);
    set(rank, "rank", "same");
    Agnode_t* caption = gv().agnode(g, mut(names.fresh("_level_" + suffix)), 1);
    set(caption, "shape", "plaintext");
    set(caption, "style", "");
    set(caption, "fontcolor", kFadedText);
    set(caption, "label", escape_label(d.labels.level + " " + suffix));
    gv().agsubnode(rank, caption, 1);
    for (Agnode_t* member : members) gv().agsubnode(rank, member, 1);
    if (previous != nullptr) {
      Agedge_t* e = gv().agedge(g, previous, caption, nullptr, 1);
      set(e, "style", "invis");
    }
    previous = caption;
  }
}

void add_legend(Agraph_t* g, const Diagram& d, Names& names) {
  std::string html =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">"
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" +
      escape_html(d.labels.legend) + "</B></TD></TR>";
  for (const auto& t : d.legend) {
    html += "<TR><TD BGCOLOR=\"" + t.fill +
            "\" BORDER=\"1\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">" + escape_html(t.track) +
            "</TD></TR>";
  }
  html += "<TR><TD>───▶</TD><TD ALIGN=\"LEFT\">" + escape_html(d.labels.progression) +
          "</TD></TR><TR><TD>- - - -</TD><TD ALIGN=\"LEFT\">" + escape_html(d.labels.related) +
          "</TD></TR></TABLE>";
  Agnode_t* legend = gv().agnode(g, mut(names.fresh("_legend")), 1);
  set(legend, "shape", "plaintext");
  set(legend, "style", "");
  // An HTML label must be an HTML string of this graph; agsafeset takes its own reference.
  char* label = gv().agstrdup_html(g, mut(html));
  gv().agsafeset(legend, mut("label"), label, mut(""));
  gv().agstrfree(g, label);
}

GraphPtr build(const Diagram& d, Format f) {
  const std::string name = d.name.empty() ? "careergraph" : d.name;
  GraphPtr g(gv().agopen(mut(name), *gv().directed, nullptr));
  set_defaults(g.get(), d, f);
  Names names(d);
  std::map<std::string, Agnode_t*> nodes;
  for (const auto& n : d.nodes) add_node(g.get(), n, nodes);
  for (const auto& e : d.edges) add_edge(g.get(), e, nodes);
  if (d.level_ranks) add_level_ranks(g.get(), d, nodes, names);
  if (!d.legend.empty()) add_legend(g.get(), d, names);
  return g;
}

graph::Diagnostic failure(const std::string& what);

// The graph as built, before layout: cgraph's agwrite through the default I/O discipline
// (a FILE*), here a memory stream. gvRenderData's "canon" would need a layout first, and
// positions would make the DOT depend on the fonts installed.
graph::Expected<std::string> write_dot(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return failure("cannot open a memory stream");
  const int status = gv().agwrite(g, stream);
  std::fclose(stream);
  const std::unique_ptr<char, decltype(&std::free)> owned(buffer, &std::free);
  if (status != 0) return failure("cannot write DOT");
  return std::string(buffer, size);
}

graph::Diagnostic failure(const std::string& what) {
  std::string message = "graphviz: " + what;
  std::string detail = graphviz_messages();
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  if (!detail.empty()) message += ": " + detail;
  graph::Diagnostic diag;
  diag.file = "careergraph";
  diag.code = "render";
  diag.message = message;
  return diag;
}

}  // namespace

GVC_t* GraphvizContext::get() {
  if (gvc_ == nullptr && gv().error.empty()) {
    gvc_ = gv().gvContext();
    previous_errf = gv().agseterrf(collect_message);
  }
  return gvc_;
}

GraphvizContext::~GraphvizContext() {
  if (gvc_ == nullptr) return;
  gv().gvFreeContext(gvc_);
  gv().agseterrf(previous_errf);
}

graph::Expected<std::string> render_graphviz(GraphvizContext& ctx, const Diagram& d, Format f) {
  if (f == Format::kMermaid) return failure("Mermaid is not a Graphviz format");
  if (!gv().error.empty()) return failure(gv().error);
  graphviz_messages().clear();
  gv().agreseterrors();
  // DOT is cgraph alone; layouts and renderers need the context (created here, first, since it
  // installs the message collector).
  GVC_t* gvc = f == Format::kDot ? nullptr : ctx.get();
  GraphPtr g = build(d, f);
  if (!g) return failure("cannot create the graph");
  if (f == Format::kDot) return write_dot(g.get());
  char* data = nullptr;
  RenderLength length = 0;
  const Layout layout(gvc, g.get());
  if (!layout.ok()) return failure("layout failed");
  const char* device = f == Format::kPng ? "png:cairo:cairo" : "svg:svg:core";
  if (gv().gvRenderData(gvc, g.get(), device, &data, &length) != 0) {
    const RenderData owned(data);
    return failure(std::string("cannot render ") + format_name(f));
  }
  const RenderData owned(data);
  return std::string(data, length);
}

// Text safe inside HTML (Graphviz HTML-like labels, index.html).
std::string escape_html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace careergraph::viz

// LeakSanitizer (the asan preset) would fail every program that draws, because of allocations
// Graphviz 2.42 and the font stack never free: gvconfig keeps the plugin configuration text;
// fontconfig, pango and glib keep their caches (the pango plugin measures every label); dot's
// flat_rev drops a virtual edge when it reverses a same-rank edge; sizing an HTML label (the
// map's legend) drops its row and column graphs. LSan's fast unwinder cannot walk through
// Graphviz's frames, so the Graphviz ones show only as gvc's allocator (gmalloc/grealloc) and are
// suppressed as that. Still reported: graphs never closed (cgraph allocates with plain malloc)
// and render data never freed (gvc's output buffer is plain malloc too). valgrind, with full
// stacks, checks the rest (docs/viz.md).
#if defined(__SANITIZE_ADDRESS__)
#define CAREERGRAPH_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAREERGRAPH_LSAN 1
#endif
#endif
#ifdef CAREERGRAPH_LSAN
extern "C" const char* __lsan_default_suppressions() {
  return "leak:gvconfig\n"
         "leak:flat_rev\n"
         "leak:make_html_label\n"
         "leak:gmalloc\n"
         "leak:grealloc\n"
         "leak:libfontconfig.so\n"
         "leak:libpango-1.0.so\n"
         "leak:libpangoft2-1.0.so\n"
         "leak:libpangocairo-1.0.so\n"
         "leak:libglib-2.0.so\n"
         "leak:libgobject-2.0.so\n";
}
extern "C" const char* __lsan_default_options() {
  return "print_suppressions=0";  // keep stderr as the program writes it
}
#endif
