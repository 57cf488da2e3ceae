#include "importers/limits.h"

#include <string>

namespace careergraph::importers {
namespace {

graph::Diagnostic at(std::string_view file, int line, int column, std::string code,
                     std::string message) {
  return {std::string(file), line, column, graph::Severity::kError, std::move(code),
          std::move(message)};
}

}  // namespace

std::optional<graph::Diagnostic> check_line_length(std::string_view file, std::string_view text,
                                                   int first_line) {
  int line = first_line;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > kMaxLineBytes) {
      return at(file, line, 0, "line-too-long",
                "line is " + std::to_string(end - start) + " bytes; the limit is " +
                    std::to_string(kMaxLineBytes) + "; the file is not read");
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace careergraph::importers
