// Output for people and programs: RoleRef/SkillRef JSON (DESIGN §7), aligned text that knows
// Japanese characters take two columns, and colour only on a terminal (NO_COLOR honoured).
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/app.h"

namespace careergraph::cli {

using Json = nlohmann::ordered_json;

std::string role_name(const Session& s, const graph::Role& r);
std::string skill_name(const Session& s, const graph::Skill& k);
Json role_ref(const Session& s, const graph::Role& r);
Json skill_ref(const Session& s, const graph::Skill& k);

// Pretty JSON on stdout, newline-terminated.
void print_json(const Json& j);

// Terminal styling; every function returns the text unchanged when colour is off.
class Style {
 public:
  static Style for_stdout();
  std::string bold(std::string_view t) const { return wrap("1", t); }
  std::string dim(std::string_view t) const { return wrap("2", t); }
  std::string accent(std::string_view t) const { return wrap("36", t); }
  std::string warn(std::string_view t) const { return wrap("33", t); }

 private:
  std::string wrap(const char* code, std::string_view t) const;
  bool color_ = false;
};

// Rows of cells printed with columns aligned by display width.
class Table {
 public:
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out, std::string_view indent = "") const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

// "a, b, c" of role names.
std::string join(const std::vector<std::string>& items, std::string_view sep = ", ");

}  // namespace careergraph::cli
