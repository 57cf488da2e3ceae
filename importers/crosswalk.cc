#include "importers/crosswalk.h"

#include <algorithm>

#include "importers/yaml_util.h"

namespace careergraph::importers {
namespace {

using graph::Severity;

void add_same_as(graph::Role& r, const std::string& id) {
  if (std::find(r.same_as.begin(), r.same_as.end(), id) == r.same_as.end()) r.same_as.push_back(id);
}

}  // namespace

SourceSummary add_crosswalk(const SourceFile& file, graph::CareerGraph& g, graph::Diagnostics& diags,
                            bool onet_loaded, bool esco_loaded, bool bundled) {
  SourceSummary summary{"crosswalk", file.path, {}};
  auto doc = load_yaml(file.path, file.content);
  if (!doc) {
    diags.push_back(doc.error());
    return summary;
  }
  if (doc->is_null()) return summary;
  if (!doc->is_sequence()) {
    diags.push_back(node_error(file.path, *doc, "crosswalk-shape",
                               "a crosswalk is a list of entries (- role: …, onet: […], esco: […])"));
    return summary;
  }
  std::size_t entries = 0, links = 0, skipped = 0, absent = 0;
  for (const auto& e : doc->items()) {
    if (!e.is_map()) {
      diags.push_back(node_error(file.path, e, "crosswalk-shape", "an entry must be a mapping with a role key"));
      continue;
    }
    for (const auto& [k, v] : e.entries()) {
      if (k.scalar() != "role" && k.scalar() != "onet" && k.scalar() != "esco" && k.scalar() != "note") {
        diags.push_back(node_error(file.path, k, "unknown-key",
                                   "unknown key '" + k.scalar() + "' (expected role, onet, esco, note)",
                                   Severity::kWarning));
      }
    }
    const auto role_name = scalar(e["role"]);
    if (!role_name || role_name->empty()) {
      diags.push_back(node_error(file.path, e, "missing-key", "entry without a role"));
      continue;
    }
    // An exact id wins: "architect" is a bundled role's id and an ESCO occupation's name.
    auto r = g.role_names().resolve(*role_name);
    if (const auto exact = g.find_role(*role_name)) {
      r.status = graph::Resolution::Status::kFound;
      r.index = *exact;
    }
    if (!r.found()) {
      diags.push_back(node_error(file.path, e["role"],
                                 r.status == graph::Resolution::Status::kAmbiguous ? "ambiguous-role" : "unknown-role",
                                 (r.status == graph::Resolution::Status::kAmbiguous
                                      ? "'" + *role_name + "' names several roles; use an id"
                                      : "unknown role '" + *role_name + "'") + "; entry skipped",
                                 Severity::kWarning));
      continue;
    }
    const auto v = static_cast<graph::Vertex>(r.index);
    ++entries;
    for (const char* source : {"onet", "esco"}) {
      const YamlNode& list = e[source];
      if (!list) continue;
      const bool loaded = std::string_view(source) == "onet" ? onet_loaded : esco_loaded;
      const auto codes = list.is_sequence() ? list.items() : std::vector<YamlNode>{list};
      for (const auto& c : codes) {
        const auto code = scalar(c);
        if (!code || code->empty()) {
          diags.push_back(node_error(file.path, c, "crosswalk-shape",
                                     std::string("'") + source + "' lists codes (scalars)"));
          continue;
        }
        if (!loaded) {
          ++skipped;
          continue;
        }
        const auto w = g.find_role(*code);
        if (!w && bundled) {
          ++absent;
          continue;
        }
        if (!w) {
          diags.push_back(node_error(file.path, c, "unknown-occupation",
                                     std::string(source == std::string_view("onet") ? "O*NET" : "ESCO") +
                                         " occupation '" + *code + "' is not loaded; link skipped",
                                     Severity::kWarning));
          continue;
        }
        if (*w == v) continue;
        const graph::Evidence ev{file.path, c.line()};
        for (auto [from, to] : {std::pair{v, *w}, std::pair{*w, v}}) {
          auto& t = g.transition(g.add_transition(from, to, graph::EdgeKind::kRelated, ev));
          t.set_weight(1.0);
          t.set_label("crosswalk");
        }
        add_same_as(g.role(v), *code);
        add_same_as(g.role(*w), g.role(v).id);
        ++links;
      }
    }
  }
  if (skipped > 0) {
    diags.push_back({file.path, 0, 0, Severity::kInfo, "taxonomy-not-loaded",
                     std::to_string(skipped) +
                         " code(s) of a taxonomy that is not loaded were skipped (load it with --data)"});
  }
  if (absent > 0) {
    diags.push_back({file.path, 0, 0, Severity::kInfo, "crosswalk-code-absent",
                     std::to_string(absent) + " code(s) are not in the loaded taxonomy (a partial or older release?)"});
  }
  summary.set("entries", entries);
  summary.set("links", links);
  return summary;
}

}  // namespace careergraph::importers
