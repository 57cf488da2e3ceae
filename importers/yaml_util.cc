#include "importers/yaml_util.h"

#include <yaml-cpp/depthguard.h>

#include "graph/text.h"
#include "importers/limits.h"

namespace careergraph::importers {

graph::Expected<YAML::Node> load_yaml(std::string_view file, std::string_view text,
                                      int first_line) {
  // Depth and alias bombs are refused before nodes are built (docs/errors.md).
  if (auto limit = check_yaml_limits(file, text, first_line)) return *limit;
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own depth guard (about 500 levels) says only "bad file".
    return graph::Diagnostic{std::string(file), e.mark.is_null() ? first_line : e.mark.line + first_line,
                             e.mark.is_null() ? 0 : e.mark.column + 1, graph::Severity::kError,
                             "yaml-too-deep", "YAML nests too deeply; the file is not read"};
  } catch (const YAML::Exception& e) {
    graph::Diagnostic d;
    d.file = std::string(file);
    d.line = e.mark.is_null() ? first_line : e.mark.line + first_line;
    d.column = e.mark.is_null() ? 0 : e.mark.column + 1;
    d.code = "yaml-syntax";
    d.message = "YAML: " + e.msg;
    // yaml-cpp's messages do not say that tabs are the usual cause; say it when they are.
    if (!e.mark.is_null()) {
      size_t start = 0;
      for (int l = 0; l < e.mark.line && start != std::string_view::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
      }
      if (start != std::string_view::npos) {
        const std::string_view line = text.substr(start, text.find('\n', start) - start);
        const size_t indent_end = line.find_first_not_of(" \t");
        if (line.substr(0, indent_end).find('\t') != std::string_view::npos) {
          d.message += " (line " + std::to_string(d.line) +
                       " is indented with a tab; YAML allows only spaces)";
        }
      }
    }
    return d;
  }
}

graph::Diagnostic node_error(std::string_view file, const YAML::Node& node, int first_line,
                             std::string code, std::string message, graph::Severity severity) {
  graph::Diagnostic d;
  d.file = std::string(file);
  const YAML::Mark m = node.Mark();
  if (!m.is_null()) {
    d.line = m.line + first_line;
    d.column = m.column + 1;
  }
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

std::optional<std::string> scalar(const YAML::Node& node) {
  if (!node.IsDefined() || !node.IsScalar()) return std::nullopt;
  return node.Scalar();
}

std::optional<std::vector<std::string>> string_list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    for (auto& piece : graph::split_any(node.Scalar(), {",", "、", "，"})) {
      if (!piece.empty()) out.push_back(std::move(piece));
    }
    return out;
  }
  if (!node.IsSequence()) return std::nullopt;
  for (const auto& item : node) {
    if (!item.IsScalar()) return std::nullopt;
    std::string s = graph::trim(item.Scalar());
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace careergraph::importers
