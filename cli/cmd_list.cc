// `careergraph list roles|skills|learning`.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

namespace careergraph::cli {
namespace {

struct ListArgs {
  std::string what;
};

int run(const ListArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code, /*learning=*/a.what == "learning");
  if (!s) return code;
  const auto& g = s->graph();
  Json out = Json::array();
  Table t;
  if (a.what == "roles") {
    std::vector<const graph::Role*> roles;
    for (graph::Vertex v = 0; v < g.role_count(); ++v) roles.push_back(&g.role(v));
    std::sort(roles.begin(), roles.end(), [](const auto* x, const auto* y) { return x->id < y->id; });
    for (const auto* r : roles) {
      Json j = role_ref(*s, *r);
      j["track"] = r->track.empty() ? Json(nullptr) : Json(r->track);
      j["level"] = r->level == 0 ? Json(nullptr) : Json(r->level);
      j["guide"] = r->guide.has_value();
      out.push_back(std::move(j));
      t.add({r->id, role_name(*s, *r), r->track.empty() ? "-" : r->track,
             r->level == 0 ? "-" : std::to_string(r->level), r->guide ? "guide" : ""});
    }
  } else if (a.what == "skills") {
    std::vector<size_t> users(g.skills().size(), 0);
    for (graph::Vertex v = 0; v < g.role_count(); ++v) {
      for (const auto& l : g.role(v).skills) ++users[l.skill];
    }
    for (size_t i = 0; i < g.skills().size(); ++i) {
      const auto& k = g.skill(i);
      Json j = skill_ref(*s, k);
      j["roles"] = users[i];
      j["taxonomy"] = k.in_taxonomy;
      out.push_back(std::move(j));
      t.add({k.id, skill_name(*s, k), k.kind.empty() ? "-" : k.kind, std::to_string(users[i]) + " roles"});
    }
  } else {
    for (const auto& item : g.learning()) {
      std::vector<std::string> ids;
      for (const auto& sk : item.skills()) ids.push_back(g.skill(sk.skill).id);
      const std::string_view name =
          s->english() && !item.name_en().empty() ? item.name_en() : item.name();
      out.push_back(Json{{"id", item.id()},
                         {"name", name},
                         {"kind", item.kind()},
                         {"effort_hours", item.effort_hours()},
                         {"skills", ids}});
      t.add({std::string(item.id()), std::string(name), item.kind(),
             item.effort_hours() > 0
                 ? std::to_string(static_cast<int>(item.effort_hours())) + "h"
                 : "-"});
    }
  }
  if (s->json()) {
    print_json(out);
  } else {
    t.print(std::cout);
  }
  return kExitOk;
}

}  // namespace

Command setup_list(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ListArgs>();
  CLI::App* sub = app.add_subcommand("list", "List roles, skills or learning items");
  sub->fallthrough();
  sub->add_option("what", args->what, "roles, skills or learning")
      ->required()
      ->check(CLI::IsMember({"roles", "skills", "learning"}));
  return {sub, [args, &global] { return run(*args, global); }};
}

}  // namespace careergraph::cli
