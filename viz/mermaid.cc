#include "viz/mermaid.h"

#include <map>
#include <vector>

namespace careergraph::viz {
namespace {

bool plain_id(const std::string& id) {
  if (id.empty()) return false;
  for (unsigned char c : id) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

// Text inside "…" or |…|: Mermaid reads #name; entity codes, so the characters that would end
// the text or start markup are written as codes.
std::string escape_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"':
        out += "#quot;";
        break;
      case '#':
        out += "#35;";
        break;
      case '|':
        out += "#124;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '\n':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string yaml_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

constexpr const char* kInk = "#333333";
constexpr const char* kHighlightInk = "#1f3a93";
constexpr const char* kMutedInk = "#7f93b5";
constexpr const char* kFadedInk = "#c4c4c4";
constexpr const char* kRelatedInk = "#8c8c8c";

}  // namespace

std::string to_mermaid(const Diagram& d) {
  std::string out;
  if (!d.title.empty()) out += "---\ntitle: " + yaml_quoted(d.title) + "\n---\n";
  out += "flowchart LR\n";

  std::map<std::string, std::string> ids;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const auto& n = d.nodes[i];
    ids[n.id] = plain_id(n.id) ? "r_" + n.id : "n" + std::to_string(i + 1);
  }
  auto node_line = [&](const Node& n, const std::string& indent) {
    return indent + ids[n.id] + "(\"" + escape_text(n.label) + "\")\n";
  };

  if (d.level_ranks) {
    std::map<int, std::vector<const Node*>> levels;
    for (const auto& n : d.nodes) levels[n.level].push_back(&n);
    for (const auto& [level, members] : levels) {
      if (level <= 0) {
        for (const Node* n : members) out += node_line(*n, "  ");
        continue;
      }
      const std::string l = std::to_string(level);
      out += "  subgraph level_" + l + "[\"" + escape_text(d.labels.level + " " + l) + "\"]\n";
      out += "    direction TB\n";
      for (const Node* n : members) out += node_line(*n, "    ");
      out += "  end\n";
    }
  } else {
    for (const auto& n : d.nodes) out += node_line(n, "  ");
  }

  std::vector<std::string> link_styles;
  std::size_t link = 0;
  for (const auto& e : d.edges) {
    const auto from = ids.find(e.from);
    const auto to = ids.find(e.to);
    if (from == ids.end() || to == ids.end()) continue;
    std::string arrow;
    if (e.kind == graph::EdgeKind::kRelated) {
      arrow = "-.-";
    } else {
      arrow = e.emphasis == Emphasis::kHighlight ? "==>" : "-->";
    }
    out += "  " + from->second + " " + arrow;
    if (!e.label.empty()) out += "|\"" + escape_text(e.label) + "\"|";
    out += " " + to->second + "\n";
    const char* colour = e.emphasis == Emphasis::kHighlight    ? kHighlightInk
                         : e.emphasis == Emphasis::kMuted      ? kMutedInk
                         : e.emphasis == Emphasis::kFaded      ? kFadedInk
                         : e.kind == graph::EdgeKind::kRelated ? kRelatedInk
                                                               : nullptr;
    if (colour != nullptr) {
      link_styles.push_back("  linkStyle " + std::to_string(link) + " stroke:" + colour +
                            (e.emphasis == Emphasis::kHighlight ? ",stroke-width:3px" : "") +
                            ",color:" + colour + "\n");
    }
    ++link;
  }

  if (!d.legend.empty()) {
    out += "  subgraph legend[\"" + escape_text(d.labels.legend) + "\"]\n    direction TB\n";
    for (std::size_t i = 0; i < d.legend.size(); ++i) {
      out +=
          "    legend_" + std::to_string(i + 1) + "[\"" + escape_text(d.legend[i].track) + "\"]\n";
    }
    out += "    legend_p1[\" \"] -->|\"" + escape_text(d.labels.progression) +
           "\"| legend_p2[\" \"]\n";
    out += "    legend_r1[\" \"] -.-|\"" + escape_text(d.labels.related) + "\"| legend_r2[\" \"]\n";
    out += "  end\n";
  }

  for (const auto& n : d.nodes) {
    std::string style = "fill:" + n.fill;
    switch (n.emphasis) {
      case Emphasis::kHighlight:
        style += std::string(",stroke:") + kHighlightInk;
        break;
      case Emphasis::kMuted:
        style += std::string(",stroke:") + kMutedInk;
        break;
      case Emphasis::kFaded:
        style = std::string("fill:#f6f6f6,stroke:") + kFadedInk + ",color:#8a8a8a";
        break;
      case Emphasis::kNormal:
        style += std::string(",stroke:") + kInk;
        break;
    }
    style += n.focus                              ? ",stroke-width:3px"
             : n.emphasis == Emphasis::kHighlight ? ",stroke-width:2px"
                                                  : "";
    out += "  style " + ids[n.id] + " " + style + "\n";
  }
  for (std::size_t i = 0; i < d.legend.size(); ++i) {
    out += "  style legend_" + std::to_string(i + 1) + " fill:" + d.legend[i].fill +
           ",stroke:" + kInk + "\n";
  }
  if (!d.legend.empty()) {
    out += "  style legend_p1 fill:none,stroke:none\n  style legend_p2 fill:none,stroke:none\n";
    out += "  style legend_r1 fill:none,stroke:none\n  style legend_r2 fill:none,stroke:none\n";
  }
  for (const auto& s : link_styles) out += s;
  for (const auto& n : d.nodes) {
    if (!n.url.empty()) out += "  click " + ids[n.id] + " href \"" + escape_text(n.url) + "\"\n";
  }
  return out;
}

std::string to_mermaid_markdown(const Diagram& d) {
  return "```mermaid\n" + to_mermaid(d) + "```\n";
}

}  // namespace careergraph::viz
