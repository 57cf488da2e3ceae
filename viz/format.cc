#include "viz/format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace careergraph::viz {

const char* format_name(Format f) {
  switch (f) {
    case Format::kSvg:
      return "svg";
    case Format::kPng:
      return "png";
    case Format::kDot:
      return "dot";
    case Format::kMermaid:
      return "mermaid";
  }
  return "svg";
}

const char* format_extension(Format f) {
  switch (f) {
    case Format::kSvg:
      return ".svg";
    case Format::kPng:
      return ".png";
    case Format::kDot:
      return ".dot";
    case Format::kMermaid:
      return ".mmd";
  }
  return ".svg";
}

bool is_text_format(Format f) { return f != Format::kPng; }

std::optional<Format> parse_format(std::string_view name) {
  if (name == "svg") return Format::kSvg;
  if (name == "png") return Format::kPng;
  if (name == "dot") return Format::kDot;
  if (name == "mermaid") return Format::kMermaid;
  return std::nullopt;
}

std::optional<Format> format_for_path(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".svg") return Format::kSvg;
  if (ext == ".png") return Format::kPng;
  if (ext == ".dot" || ext == ".gv") return Format::kDot;
  if (ext == ".mmd" || ext == ".mermaid" || ext == ".md") return Format::kMermaid;
  return std::nullopt;
}

}  // namespace careergraph::viz
