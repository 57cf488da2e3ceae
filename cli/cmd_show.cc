// `careergraph show ROLE`: everything known about one role.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/output.h"

namespace careergraph::cli {
namespace {

struct ShowArgs {
  std::string role;
};

// Neighbours by one edge kind, best supported first.
std::vector<graph::Neighbour> ranked(std::vector<graph::Neighbour> n) {
  std::stable_sort(n.begin(), n.end(), [](const auto& a, const auto& b) {
    if (a.transition->support() != b.transition->support()) {
      return a.transition->support() > b.transition->support();
    }
    return a.role->id < b.role->id;
  });
  return n;
}

int run(const ShowArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code, /*learning=*/false, /*prose=*/true);
  if (!s) return code;
  auto v = resolve_role(*s, a.role, "ROLE", code);
  if (!v) return code;
  const auto& g = s->graph();
  const graph::Role& r = g.role(*v);
  const graph::Guide* guide = r.guide ? &g.guides()[*r.guide] : nullptr;
  const auto next = ranked(g.successors(r.id, graph::EdgeKind::kProgression));
  const auto prev = ranked(g.predecessors(r.id, graph::EdgeKind::kProgression));
  const auto related = ranked(g.successors(r.id, graph::EdgeKind::kRelated));

  if (s->json()) {
    auto refs = [&](const std::vector<graph::Neighbour>& n) {
      Json out = Json::array();
      for (const auto& x : n) {
        Json ref = role_ref(*s, *x.role);
        std::vector<std::string> ev;
        for (const auto& e : x.transition->evidence) ev.push_back(e.to_string());
        ref["evidence"] = ev;
        out.push_back(std::move(ref));
      }
      return out;
    };
    Json skills = Json::array();
    for (const auto& link : r.skills) {
      Json k = skill_ref(*s, g.skill(link.skill));
      k["importance"] = link.importance;
      if (link.level) k["level"] = *link.level;
      k["source"] = link.source.to_string();
      skills.push_back(std::move(k));
    }
    Json learning = Json::array(), duties = Json::array(), outlook = Json::array(),
         collaborators = Json::array(), interview = Json::array(), chains = Json::array();
    if (guide != nullptr) {
      for (const auto& group : guide->learning) {
        for (const auto& b : group.items) {
          if (!b.item) continue;
          const auto& item = g.learning()[*b.item];
          std::vector<std::string> ids;
          for (const auto& sk : item.skills) ids.push_back(g.skill(sk.skill).id);
          learning.push_back(Json{{"id", item.id}, {"name", item.name}, {"skills", ids},
                                  {"group", group.heading}, {"source", item.source.to_string()}});
        }
      }
      for (const auto& d : guide->duties) duties.push_back(d.text);
      for (const auto& o : guide->outlook) outlook.push_back(o.text);
      for (const auto& c : guide->collaborators) {
        collaborators.push_back(Json{{"who", c.who}, {"what", c.what}});
      }
      for (const auto& q : guide->interview) {
        interview.push_back(Json{{"number", q.number}, {"question", q.question},
                                 {"answer_points", q.answer_points}});
      }
      for (const auto& c : guide->chains) {
        chains.push_back(Json{{"steps", c.steps}, {"evidence", guide->file + ":" + std::to_string(c.line)}});
      }
    }
    Json out{{"id", r.id},
             {"name", role_name(*s, r)},
             {"name_ja", r.name},
             {"name_en", r.name_en.empty() ? Json(nullptr) : Json(r.name_en)},
             {"aliases", r.aliases},
             {"track", r.track.empty() ? Json(nullptr) : Json(r.track)},
             {"level", r.level == 0 ? Json(nullptr) : Json(r.level)},
             {"next", refs(next)},
             {"previous", refs(prev)},
             {"related", refs(related)},
             {"skills", skills},
             {"learning", learning},
             {"sources", r.sources},
             {"guide", guide ? Json(guide->file) : Json(nullptr)},
             {"duties", duties},
             {"collaborators", collaborators},
             {"chains", chains},
             {"outlook", outlook},
             {"interview", interview}};
    print_json(out);
    return kExitOk;
  }

  const Style st = Style::for_stdout();
  auto names = [&](const std::vector<graph::Neighbour>& n) {
    std::vector<std::string> out;
    for (const auto& x : n) out.push_back(role_name(*s, *x.role));
    return out.empty() ? std::string("-") : join(out);
  };
  std::cout << st.bold(role_name(*s, r)) << "  " << st.dim("(" + r.id + ")") << "\n";
  Table facts;
  if (!r.aliases.empty()) facts.add({"aliases", join(r.aliases)});
  facts.add({"track", r.track.empty() ? "-" : r.track});
  facts.add({"level", r.level == 0 ? "-" : std::to_string(r.level)});
  facts.add({"next", names(next)});
  facts.add({"previous", names(prev)});
  facts.add({"related", names(related)});
  facts.add({"sources", join(r.sources)});
  facts.print(std::cout, "  ");
  auto section = [&](const std::string& title) { std::cout << "\n" << st.accent(title) << "\n"; };
  if (!r.skills.empty()) {
    section("Skills");
    Table t;
    for (const auto& link : r.skills) {
      const auto& k = g.skill(link.skill);
      t.add({skill_name(*s, k), k.kind.empty() ? "" : "[" + k.kind + "]"});
    }
    t.print(std::cout, "  ");
  }
  if (guide == nullptr) {
    std::cout << "\n" << st.dim("No guide describes this role.") << "\n";
    return kExitOk;
  }
  if (!guide->duties.empty()) {
    section("Duties");
    for (const auto& d : guide->duties) std::cout << "  - " << d.text << "\n";
  }
  if (!guide->collaborators.empty()) {
    section("Works with");
    Table t;
    for (const auto& c : guide->collaborators) t.add({c.who, c.what});
    t.print(std::cout, "  ");
  }
  if (!guide->chains.empty()) {
    section("Career paths");
    for (const auto& c : guide->chains) {
      std::cout << "  " << join(c.steps, " → ") << "  "
                << st.dim(guide->file + ":" + std::to_string(c.line)) << "\n";
    }
  }
  if (!guide->learning.empty()) {
    section("Learning");
    for (const auto& group : guide->learning) {
      if (!group.heading.empty()) std::cout << "  " << group.heading << "\n";
      for (const auto& b : group.items) std::cout << "    - " << b.text << "\n";
    }
  }
  if (!guide->interview.empty()) {
    section("Interview questions");
    for (const auto& q : guide->interview) {
      std::cout << "  " << q.number << ". " << q.question << "\n";
      if (!q.answer_points.empty()) std::cout << "     " << st.dim(join(q.answer_points, " / ")) << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

Command setup_show(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* sub = app.add_subcommand("show", "Everything known about one role");
  sub->fallthrough();
  sub->add_option("role", args->role, "Role id or name")->required();
  return {sub, [args, &global] { return run(*args, global); }};
}

}  // namespace careergraph::cli
