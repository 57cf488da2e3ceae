#include "cli/output.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "graph/text.h"

namespace careergraph::cli {

std::string role_name(const Session& s, const graph::Role& r) {
  return s.english() && !r.name_en.empty() ? r.name_en : r.name;
}

std::string skill_name(const Session& s, const graph::Skill& k) {
  return s.english() && !k.name_en.empty() ? k.name_en : k.name;
}

Json role_ref(const Session& s, const graph::Role& r) {
  return Json{{"id", r.id}, {"name", role_name(s, r)}};
}

Json skill_ref(const Session& s, const graph::Skill& k) {
  return Json{{"id", k.id}, {"name", skill_name(s, k)}, {"kind", k.kind}};
}

void print_json(const Json& j) {
  std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

Style Style::for_stdout() {
  Style s;
  const char* no_color = std::getenv("NO_COLOR");
  s.color_ = isatty(STDOUT_FILENO) != 0 && (no_color == nullptr || *no_color == '\0');
  return s;
}

std::string Style::wrap(const char* code, std::string_view t) const {
  if (!color_) return std::string(t);
  return std::string("\x1b[") + code + "m" + std::string(t) + "\x1b[0m";
}

void Table::print(std::ostream& out, std::string_view indent) const {
  std::vector<int> widths;
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], graph::display_width(row[i]));
    }
  }
  for (const auto& row : rows_) {
    std::string line(indent);
    for (size_t i = 0; i < row.size(); ++i) {
      line += i + 1 == row.size() ? row[i] : graph::pad_right(row[i], widths[i]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) out += sep;
    out += i;
  }
  return out;
}

}  // namespace careergraph::cli
