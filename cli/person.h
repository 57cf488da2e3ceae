// Who the recommendation is for: the current role, the skills held (with levels), the goal and
// roles to avoid — from `--from/--to/--have/--avoid` and/or a profile file a counselor keeps per
// client (`--profile client.yaml`); options given on the command line win.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/app.h"
#include "recommend/skill_gap.h"

namespace careergraph::cli {

struct PersonArgs {
  std::string from;
  std::string to;
  std::vector<std::string> have;  // "skill" or "skill:level"
  std::vector<std::string> avoid;
  std::string profile;
};

struct Person {
  std::optional<graph::Vertex> from;
  std::optional<graph::Vertex> to;
  std::vector<recommend::HeldSkill> have;  // named skills only, not the role's
  std::vector<std::string> avoid;          // role ids
  std::string name;                        // from the profile, for headings
};

// Resolves every name; on failure prints why and sets exit_code (2: unknown or ambiguous name
// or a bad profile).
std::optional<Person> resolve_person(const Session& s, const PersonArgs& args, int& exit_code);

// Resolves a skill named by the user, like resolve_role.
std::optional<graph::SkillIndex> resolve_skill(const Session& s, std::string_view query, int& exit_code);

// Adds --from/--to/--have/--profile (and --avoid when `avoid`) to a subcommand.
void add_person_options(CLI::App* sub, PersonArgs& args, bool from, bool to, bool avoid);

}  // namespace careergraph::cli
