#include "cli/person.h"

#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/output.h"
#include "importers/loader.h"
#include "importers/yaml_util.h"

namespace careergraph::cli {
namespace {

// "Python:3" → {"Python", 3}; a suffix that is not a number stays part of the name.
std::pair<std::string, std::optional<double>> split_level(const std::string& text) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos) return {text, std::nullopt};
  try {
    size_t used = 0;
    const std::string tail = text.substr(colon + 1);
    const double level = std::stod(tail, &used);
    if (used == tail.size() && used > 0) return {text.substr(0, colon), level};
  } catch (const std::exception&) {
  }
  return {text, std::nullopt};
}

struct ProfileData {
  std::string name, current, goal;
  std::vector<std::pair<std::string, std::optional<double>>> skills;
  std::vector<std::string> avoid;
};

std::optional<ProfileData> read_profile(const std::string& path, int& exit_code) {
  auto fail = [&](const graph::Diagnostic& d) {
    std::cerr << d.to_string() << "\n";
    exit_code = kExitUsage;
    return std::nullopt;
  };
  auto src = importers::read_source(path);
  if (!src) return fail(src.error());
  auto doc = importers::load_yaml(path, src->content);
  if (!doc) return fail(doc.error());
  const importers::YamlNode& root = *doc;
  if (!root.is_map()) return fail(importers::node_error(path, root, "profile", "a profile is a mapping (current_role, skills, goal, avoid)"));
  ProfileData p;
  auto text = [&](const char* key, std::string& out) -> bool {
    if (!root[key]) return true;
    auto v = importers::scalar(root[key]);
    if (!v) return false;
    out = *v;
    return true;
  };
  if (!text("name", p.name) || !text("current_role", p.current) || !text("goal", p.goal)) {
    return fail(importers::node_error(path, root, "profile", "name, current_role and goal must be strings"));
  }
  if (const importers::YamlNode& skills = root["skills"]) {
    if (!skills.is_sequence()) return fail(importers::node_error(path, skills, "profile", "'skills' must be a list"));
    for (const auto& s : skills.items()) {
      if (s.is_scalar()) {
        p.skills.push_back(split_level(s.scalar()));
      } else if (s.is_map() && importers::scalar(s["skill"])) {
        std::optional<double> level;
        if (s["level"]) {
          level = s["level"].number();
          if (!level) return fail(importers::node_error(path, s["level"], "profile", "'level' must be a number"));
        }
        p.skills.emplace_back(s["skill"].scalar(), level);
      } else {
        return fail(importers::node_error(path, s, "profile", "a skill is a name or {skill: name, level: n}"));
      }
    }
  }
  if (root["avoid"]) {
    auto list = importers::string_list(root["avoid"]);
    if (!list) return fail(importers::node_error(path, root["avoid"], "profile", "'avoid' must be a list of roles"));
    p.avoid = *list;
  }
  return p;
}

}  // namespace

std::optional<graph::SkillIndex> resolve_skill(const Session& s, std::string_view query, int& exit_code) {
  const auto r = s.graph().skill_names().resolve(query);
  if (r.found()) return r.index;
  exit_code = kExitUsage;
  const bool ambiguous = r.status == graph::Resolution::Status::kAmbiguous;
  std::string names;
  Json refs = Json::array();
  for (auto c : r.candidates) {
    names += "\n  " + skill_name(s, s.graph().skill(c)) + " (" + s.graph().skill(c).id + ")";
    refs.push_back(skill_ref(s, s.graph().skill(c)));
  }
  const std::string message = ambiguous ? "'" + std::string(query) + "' names several skills:"
                                        : "unknown skill '" + std::string(query) + "'" +
                                              (r.candidates.empty() ? "" : "; did you mean:");
  std::cerr << "careergraph: " << message << names << "\n";
  if (s.json()) {
    print_json(Json{{"error", {{"code", ambiguous ? "ambiguous-skill" : "unknown-skill"},
                               {"query", std::string(query)}, {"message", message},
                               {ambiguous ? "candidates" : "suggestions", refs}}}});
  }
  return std::nullopt;
}

std::optional<Person> resolve_person(const Session& s, const PersonArgs& a, int& exit_code) {
  Person p;
  std::string from = a.from, to = a.to;
  std::vector<std::pair<std::string, std::optional<double>>> skills;
  std::vector<std::string> avoid = a.avoid;
  if (!a.profile.empty()) {
    auto prof = read_profile(a.profile, exit_code);
    if (!prof) return std::nullopt;
    if (from.empty()) from = prof->current;
    if (to.empty()) to = prof->goal;
    skills = prof->skills;
    avoid.insert(avoid.end(), prof->avoid.begin(), prof->avoid.end());
    p.name = prof->name;
  }
  for (const auto& h : a.have) skills.push_back(split_level(h));
  if (!from.empty()) {
    p.from = resolve_role(s, from, "--from", exit_code);
    if (!p.from) return std::nullopt;
  }
  if (!to.empty()) {
    p.to = resolve_role(s, to, "--to", exit_code);
    if (!p.to) return std::nullopt;
  }
  for (const auto& [name, level] : skills) {
    auto k = resolve_skill(s, name, exit_code);
    if (!k) return std::nullopt;
    recommend::add_held(p.have, {{*k, level}});
  }
  for (const auto& name : avoid) {
    auto v = resolve_role(s, name, "--avoid", exit_code);
    if (!v) return std::nullopt;
    p.avoid.push_back(s.graph().role(*v).id);
  }
  return p;
}

void add_person_options(CLI::App* sub, PersonArgs& a, bool from, bool to, bool avoid) {
  if (from) sub->add_option("--from", a.from, "Current role");
  if (to) sub->add_option("--to", a.to, "Target role");
  sub->add_option("--have", a.have, "A skill held, optionally with its level: 'SQL' or 'SQL:3' (repeatable)")
      ->allow_extra_args(false);
  if (avoid) sub->add_option("--avoid", a.avoid, "Role to avoid (repeatable)")->allow_extra_args(false);
  sub->add_option("--profile", a.profile, "Client profile YAML (current_role, skills, goal, avoid)");
}

}  // namespace careergraph::cli
