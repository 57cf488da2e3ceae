// `careergraph path`: routes between two roles.
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"
#include "graph/text.h"
#include "recommend/paths.h"

namespace careergraph::cli {
namespace {

struct PathArgs {
  std::string from;
  std::string to;
  int k = 1;
  std::string metric = "steps";
  std::string via;
  std::vector<std::string> avoid;
  bool lateral = false;
  int max_steps = 0;
};

std::vector<std::string> evidence_strings(const std::vector<graph::Evidence>& ev) {
  std::vector<std::string> out;
  for (const auto& e : ev) out.push_back(e.to_string());
  return out;
}

std::string format_cost(double c) {
  std::string s = std::to_string(c);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

void print_text(const Session& s, const graph::Role& from, const graph::Role& to,
                const std::vector<recommend::Route>& routes, recommend::Metric metric) {
  const Style st = Style::for_stdout();
  const auto& g = s.graph();
  std::cout << st.bold(role_name(s, from) + " → " + role_name(s, to)) << "  "
            << st.dim(std::to_string(routes.size()) + (routes.size() == 1 ? " route" : " routes") +
                      ", metric " + recommend::metric_name(metric))
            << "\n";
  for (size_t i = 0; i < routes.size(); ++i) {
    const auto& r = routes[i];
    std::vector<std::string> names;
    for (const auto& id : r.roles) names.push_back(role_name(s, g.role(g.vertex(id))));
    std::cout << "\n" << st.accent("#" + std::to_string(i + 1)) << "  " << join(names, " → ")
              << "  " << st.dim("(" + std::to_string(r.steps()) + " steps, cost " + format_cost(r.cost) + ")")
              << "\n";
    Table t;
    for (const auto& e : r.edges) {
      const auto ev = evidence_strings(e.evidence);
      std::string cite = ev.empty() ? "-" : ev.front();
      if (ev.size() > 1) cite += " (+" + std::to_string(ev.size() - 1) + ")";
      t.add({role_name(s, g.role(g.vertex(e.from))), "→", role_name(s, g.role(g.vertex(e.to))),
             e.kind == graph::EdgeKind::kRelated ? "lateral" : "", cite});
    }
    t.print(std::cout, "    ");
  }
}

int run(const PathArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code);
  if (!s) return code;
  const auto& g = s->graph();
  auto from = resolve_role(*s, a.from, "--from", code);
  if (!from) return code;
  auto to = resolve_role(*s, a.to, "--to", code);
  if (!to) return code;
  recommend::PathOptions o;
  o.k = a.k;
  o.metric = a.metric == "gap" ? recommend::Metric::kGap : recommend::Metric::kSteps;
  o.lateral = a.lateral;
  if (a.max_steps > 0) o.max_steps = a.max_steps;
  if (!a.via.empty()) {
    auto via = resolve_role(*s, a.via, "--via", code);
    if (!via) return code;
    o.via = g.role(*via).id;
  }
  for (const auto& name : a.avoid) {
    auto v = resolve_role(*s, name, "--avoid", code);
    if (!v) return code;
    o.avoid.push_back(g.role(*v).id);
  }
  const auto& from_role = g.role(*from);
  const auto& to_role = g.role(*to);
  auto routes = recommend::find_routes(g, from_role.id, to_role.id, o);
  if (!routes) {
    std::cerr << "careergraph: " << routes.error().message << "\n";
    return kExitUsage;
  }
  if (s->json()) {
    Json paths = Json::array();
    for (size_t i = 0; i < routes->size(); ++i) {
      const auto& r = (*routes)[i];
      Json roles = Json::array();
      for (const auto& id : r.roles) roles.push_back(role_ref(*s, g.role(g.vertex(id))));
      Json edges = Json::array();
      for (const auto& e : r.edges) {
        edges.push_back(Json{{"from", e.from},
                             {"to", e.to},
                             {"kind", graph::edge_kind_name(e.kind)},
                             {"evidence", evidence_strings(e.evidence)},
                             {"cost", e.cost}});
      }
      paths.push_back(Json{{"rank", i + 1}, {"cost", r.cost}, {"steps", r.steps()},
                           {"roles", roles}, {"edges", edges}});
    }
    print_json(Json{{"from", role_ref(*s, from_role)},
                    {"to", role_ref(*s, to_role)},
                    {"metric", recommend::metric_name(o.metric)},
                    {"paths", paths}});
  } else if (!routes->empty()) {
    print_text(*s, from_role, to_role, *routes, o.metric);
  }
  if (routes->empty()) {
    std::cerr << "careergraph: no route from " << role_name(*s, from_role) << " to "
              << role_name(*s, to_role)
              << (o.lateral ? "" : " (try --lateral to allow moves between related roles)") << "\n";
    return kExitNotFound;
  }
  return kExitOk;
}

}  // namespace

Command setup_path(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<PathArgs>();
  CLI::App* sub = app.add_subcommand("path", "Routes from one role to another");
  sub->fallthrough();
  sub->add_option("--from", args->from, "Starting role")->required();
  sub->add_option("--to", args->to, "Target role")->required();
  sub->add_option("-k", args->k, "Number of alternative routes")->check(CLI::Range(1, 1000));
  sub->add_option("--metric", args->metric, "steps: fewest moves; gap: least learning")
      ->check(CLI::IsMember({"steps", "gap"}));
  sub->add_option("--via", args->via, "Role the route must pass through");
  sub->add_option("--avoid", args->avoid, "Role the route must not touch (repeatable)");
  sub->add_flag("--lateral", args->lateral, "Also use moves between related roles");
  sub->add_option("--max-steps", args->max_steps, "Drop routes with more moves")->check(CLI::Range(1, 1000));
  return {sub, [args, &global] { return run(*args, global); }};
}

}  // namespace careergraph::cli
