#include "importers/vocabulary.h"


#include "graph/text.h"
#include "importers/yaml_util.h"

namespace careergraph::importers {
namespace {

using graph::Diagnostics;
using graph::Severity;

struct Names {
  std::string ja;
  std::string en;
};

class Reader {
 public:
  Reader(const SourceFile& f, Diagnostics& d) : file_(f.path), diags_(d) {}

  // The sequence under `key`, or an undefined node after reporting why.
  const YamlNode& list(const YamlNode& root, const char* key) {
    if (!root.is_map() || !root[key] || !root[key].is_sequence()) {
      error(root, "vocab-shape", std::string("expected a '") + key + "' list at the top level");
      return YamlNode::undefined();
    }
    return root[key];
  }

  std::optional<std::string> id(const YamlNode& entry) {
    if (!entry.is_map()) {
      error(entry, "vocab-shape", "each entry must be a mapping");
      return std::nullopt;
    }
    auto id = scalar(entry["id"]);
    if (!id || graph::trim(*id).empty()) {
      error(entry, "vocab-missing-id", "entry has no 'id'");
      return std::nullopt;
    }
    return graph::trim(*id);
  }

  Names names(const YamlNode& entry) {
    Names n;
    const YamlNode& names = entry["names"];
    if (names && names.is_map()) {
      if (auto ja = scalar(names["ja"])) n.ja = graph::trim(*ja);
      if (auto en = scalar(names["en"])) n.en = graph::trim(*en);
    } else if (auto name = scalar(entry["name"])) {
      n.ja = graph::trim(*name);
    } else if (names) {
      error(names, "field-type", "'names' must be a mapping {ja: …, en: …}");
    }
    if (auto en = scalar(entry["name_en"])) n.en = graph::trim(*en);
    return n;
  }

  std::vector<std::string> strings(const YamlNode& entry, const char* key) {
    const YamlNode& v = entry[key];
    if (!v || v.is_null()) return {};
    if (auto list = string_list(v)) return *list;
    error(v, "field-type", std::string("'") + key + "' must be a list of strings");
    return {};
  }

  std::optional<double> number(const YamlNode& v, const char* key) {
    if (!v || v.is_null()) return std::nullopt;
    if (auto x = v.number()) return x;
    error(v, "field-type", std::string("'") + key + "' must be a number");
    return std::nullopt;
  }

  void error(const YamlNode& n, std::string code, std::string message,
             Severity s = Severity::kError) {
    diags_.push_back(node_error(file_, n, std::move(code), std::move(message), s));
  }

  graph::Evidence evidence(const YamlNode& n) const {
    return {file_, n.line()};
  }

 private:
  std::string file_;
  Diagnostics& diags_;
};

void load_skills(const SourceFile& f, const YamlNode& doc, graph::CareerGraph& g,
                 Diagnostics& diags) {
  Reader r(f, diags);
  const YamlNode& list = r.list(doc, "skills");
  if (!list) return;
  std::vector<std::pair<std::string, const YamlNode*>> parents;
  for (const auto& e : list.items()) {
    auto id = r.id(e);
    if (!id) continue;
    if (g.find_skill(*id)) {
      r.error(e, "duplicate-id", "skill id '" + *id + "' is defined twice");
      continue;
    }
    const Names n = r.names(e);
    graph::Skill s;
    s.id = *id;
    s.name = n.ja.empty() ? (n.en.empty() ? *id : n.en) : n.ja;
    s.name_en = n.en;
    s.aliases = r.strings(e, "aliases");
    if (auto kind = scalar(e["kind"])) s.kind = *kind;
    if (auto parent = scalar(e["parent"])) {
      s.parent = *parent;
      parents.emplace_back(*parent, &e["parent"]);
    }
    s.in_taxonomy = true;
    s.source = r.evidence(e);
    g.add_skill(std::move(s));
  }
  for (const auto& [parent, node] : parents) {
    if (!g.find_skill(parent)) {
      r.error(*node, "unknown-reference", "parent skill '" + parent + "' is not defined",
              Severity::kWarning);
    }
  }
}

void load_roles(const SourceFile& f, const YamlNode& doc, graph::CareerGraph& g,
                 Diagnostics& diags) {
  Reader r(f, diags);
  const YamlNode& list = r.list(doc, "roles");
  if (!list) return;
  g.reserve_roles(list.items().size());
  for (const auto& e : list.items()) {
    auto id = r.id(e);
    if (!id) continue;
    if (g.find_role(*id)) {
      r.error(e, "duplicate-id", "role id '" + *id + "' is defined twice");
      continue;
    }
    const Names n = r.names(e);
    graph::Role role;
    role.id = *id;
    role.name = n.ja.empty() ? (n.en.empty() ? *id : n.en) : n.ja;
    role.name_en = n.en;
    role.aliases = r.strings(e, "aliases");
    if (auto track = scalar(e["track"])) role.track = *track;
    if (auto level = r.number(e["level"], "level")) {
      if (*level < 1 || *level > 7) {
        r.error(e["level"], "field-range", "'level' must be between 1 and 7");
      } else {
        role.level = static_cast<int>(*level);
      }
    }
    role.sources.push_back(f.path);
    role.from_vocabulary = true;
    // A name already taken by another role makes both ambiguous: say so here, where it is
    // fixed, not only when a query trips over it.
    const graph::Vertex v = g.add_role(role);
    // One warning per alias, naming one other role: a warning per pair of roles was
    // quadratic (20 000 roles sharing an alias: 10 GB of warnings; docs/errors.md).
    for (const auto& name : role.aliases) {
      const auto owners = g.role_names().lookup(name);
      if (owners.size() < 2) continue;
      const auto other = owners.front() != v ? owners.front() : owners[1];
      const std::size_t more = owners.size() - 2;
      r.error(e, "ambiguous-alias",
              "alias '" + name + "' of role '" + role.id + "' is also a name of role '" +
                  g.role(other).id + "'" +
                  (more > 0 ? " (and " + std::to_string(more) + " more)" : ""),
              Severity::kWarning);
    }
  }
}

void load_learning(const SourceFile& f, const YamlNode& doc, graph::CareerGraph& g,
                 Diagnostics& diags) {
  Reader r(f, diags);
  const YamlNode& list = r.list(doc, "learning");
  if (!list) return;
  std::vector<std::pair<std::string, const YamlNode*>> prereqs;
  for (const auto& e : list.items()) {
    auto id = r.id(e);
    if (!id) continue;
    if (g.find_learning(*id)) {
      r.error(e, "duplicate-id", "learning id '" + *id + "' is defined twice");
      continue;
    }
    const Names n = r.names(e);
    graph::LearningItem item;
    item.id = *id;
    item.name = n.ja.empty() ? (n.en.empty() ? *id : n.en) : n.ja;
    item.name_en = n.en;
    if (auto kind = scalar(e["kind"])) item.kind = *kind;
    if (auto hours = r.number(e["effort_hours"], "effort_hours")) item.effort_hours = *hours;
    item.source = r.evidence(e);
    const YamlNode& skills = e["skills"];
    if (skills && skills.is_sequence()) {
      for (const auto& s : skills.items()) {
        std::optional<std::string> sid;
        std::optional<double> level;
        if (s.is_scalar()) {
          sid = s.scalar();
        } else if (s.is_map()) {
          sid = scalar(s["id"]);
          level = r.number(s["level"], "level");
        }
        if (!sid) {
          r.error(s, "field-type", "a learning item's skill must be an id or {id, level}");
          continue;
        }
        if (auto idx = g.find_skill(*sid)) {
          item.skills.push_back({*idx, level});
        } else {
          r.error(s, "unknown-reference", "skill '" + *sid + "' is not in the skill taxonomy",
                  Severity::kWarning);
        }
      }
    } else if (skills && !skills.is_null()) {
      r.error(skills, "field-type", "'skills' must be a list");
    }
    item.prerequisites = r.strings(e, "prerequisites");
    for (const auto& p : item.prerequisites) prereqs.emplace_back(p, &e["prerequisites"]);
    g.add_learning(std::move(item));
  }
  for (const auto& [p, node] : prereqs) {
    if (!g.find_learning(p)) {
      r.error(*node, "unknown-reference", "prerequisite '" + p + "' is not a learning item",
              Severity::kWarning);
    }
  }
}

}  // namespace

std::optional<YamlNode> parse_vocabulary_file(const SourceFile& file, graph::Diagnostics& diags) {
  auto doc = load_yaml(file.path, file.content);
  if (!doc) {
    diags.push_back(doc.error());
    return std::nullopt;
  }
  return std::move(*doc);  // a copy of the tree was 8% of a short command's time
}

graph::Diagnostics add_vocabulary(const VocabularyDocs& docs, graph::CareerGraph& graph) {
  Diagnostics diags = docs.diagnostics;
  // Skills first: learning items refer to them.
  if (docs.skills) load_skills(docs.skills->first, docs.skills->second, graph, diags);
  if (docs.roles) load_roles(docs.roles->first, docs.roles->second, graph, diags);
  if (docs.learning) load_learning(docs.learning->first, docs.learning->second, graph, diags);
  return diags;
}

graph::Diagnostics load_vocabulary(const VocabularyFiles& files, graph::CareerGraph& graph,
                                   SectionTable& sections) {
  VocabularyDocs docs;
  auto parse = [&](const std::optional<SourceFile>& f, auto& slot) {
    if (!f) return;
    if (auto node = parse_vocabulary_file(*f, docs.diagnostics)) slot.emplace(*f, std::move(*node));
  };
  parse(files.skills, docs.skills);
  parse(files.roles, docs.roles);
  parse(files.learning, docs.learning);
  Diagnostics diags = add_vocabulary(docs, graph);
  if (files.sections) {
    auto table = parse_sections(files.sections->path, files.sections->content);
    if (table) {
      sections = std::move(*table);
    } else {
      diags.push_back(table.error());
    }
  }
  return diags;
}

}  // namespace careergraph::importers
