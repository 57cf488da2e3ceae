// Output formats of diagrams and how they are named: by --format, or by an output file's
// extension.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace careergraph::viz {

enum class Format {
  kSvg,      // laid out by Graphviz dot, vector (the default)
  kPng,      // laid out by Graphviz dot, raster via cairo (fonts from fontconfig)
  kDot,      // the Graphviz graph before layout: feed it to `dot` to lay it out yourself
  kMermaid,  // Mermaid flowchart source for Markdown pages
};

const char* format_name(Format f);
// Usual file extension with the dot: ".svg", ".png", ".dot", ".mmd".
const char* format_extension(Format f);
// Whether the format is text (safe to print on a terminal).
bool is_text_format(Format f);

// "svg", "png", "dot", "mermaid" → the format; anything else → nullopt.
std::optional<Format> parse_format(std::string_view name);
// Format named by a file's extension (case-insensitive): .svg, .png, .dot/.gv, .mmd/.mermaid,
// and .md (Mermaid in a fenced block). nullopt when the extension names no format.
std::optional<Format> format_for_path(std::string_view path);

}  // namespace careergraph::viz
