#include "importers/front_matter.h"

namespace careergraph::importers {
namespace {

bool is_fence(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line == "---" || (closing && line == "...");
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view text) {
  FrontMatterSplit out;
  out.body = text;
  const size_t first_end = text.find('\n');
  const std::string_view first = text.substr(0, first_end);
  if (!is_fence(first, false)) return out;
  out.has_front_matter = true;
  out.yaml_first_line = 2;
  if (first_end == std::string_view::npos) {
    out.yaml = {};
    out.body = {};
    return out;
  }
  size_t pos = first_end + 1;
  int line = 2;
  while (pos <= text.size()) {
    const size_t end = text.find('\n', pos);
    const std::string_view l =
        text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(l, true)) {
      out.closed = true;
      out.yaml = text.substr(first_end + 1, pos - (first_end + 1));
      out.body = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      out.body_first_line = line + 1;
      return out;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  // Unclosed: everything after the opening fence is (broken) front matter.
  out.yaml = text.substr(first_end + 1);
  out.body = {};
  out.body_first_line = line + 1;
  return out;
}

}  // namespace careergraph::importers
