// Small helpers for reading yaml-cpp nodes into our types with file:line:col errors. yaml-cpp
// exceptions never leave these functions.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"

namespace careergraph::importers {

// Parses YAML text; `first_line` is the file line of the text's first line so that marks
// become file lines.
graph::Expected<YAML::Node> load_yaml(std::string_view file, std::string_view text,
                                      int first_line = 1);

// Places a diagnostic at a node's position.
graph::Diagnostic node_error(std::string_view file, const YAML::Node& node, int first_line,
                             std::string code, std::string message,
                             graph::Severity severity = graph::Severity::kError);

// A scalar as a string; nullopt when the node is not a scalar.
std::optional<std::string> scalar(const YAML::Node& node);

// A list of strings from a sequence of scalars, or from one scalar split on commas.
// Nullopt when the node is neither.
std::optional<std::vector<std::string>> string_list(const YAML::Node& node);

}  // namespace careergraph::importers
