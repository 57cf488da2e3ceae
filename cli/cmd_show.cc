// `careergraph show ROLE`: everything known about one role.
#include <algorithm>
#include <cstdio>
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
    if (a.transition->weight() != b.transition->weight()) return a.transition->weight() > b.transition->weight();
    return a.role->id < b.role->id;
  });
  return n;
}

// A role's skill links, most important first (stable: guides keep their order).
std::vector<const graph::SkillLink*> by_importance(const graph::Role& r) {
  std::vector<const graph::SkillLink*> out;
  for (const auto& l : r.skills) out.push_back(&l);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto* a, const auto* b) { return a->importance > b->importance; });
  return out;
}

// Whether a source rated the role's skills (taxonomies state importance and levels; guides
// only list skills).
bool rated(const graph::Role& r) {
  return std::any_of(r.skills.begin(), r.skills.end(),
                     [](const auto& l) { return l.level.has_value() || l.importance != 1.0; });
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string out = buf;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

// Text lines shown per skill kind before "… N more".
constexpr std::size_t kTopSkills = 12;

std::vector<std::string> paths(const std::vector<graph::SourcePath>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.str());
  return out;
}

int run(const ShowArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code, /*learning=*/false, GuideDetail::kProse);
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
        if (x.transition->count() > 0) ref["count"] = x.transition->count();
        if (x.transition->weight() > 0) ref["weight"] = x.transition->weight();
        if (!x.transition->label().empty()) ref["label"] = x.transition->label().str();
        out.push_back(std::move(ref));
      }
      return out;
    };
    auto skill_json = [&](const graph::SkillLink& link) {
      Json k = skill_ref(*s, g.skill(link.skill));
      k["importance"] = link.importance;
      if (link.level) k["level"] = *link.level;
      if (!link.flags.empty()) k["flags"] = link.flags.list();
      k["source"] = link.source.to_string();
      return k;
    };
    Json skills = Json::array();
    for (const auto* link : by_importance(r)) skills.push_back(skill_json(*link));
    Json same_as = Json::array();
    for (const auto& id : r.same_as) {
      const auto w = g.find_role(id);
      if (!w) continue;
      Json ref = role_ref(*s, g.role(*w));
      Json top = Json::array();
      for (const auto* link : by_importance(g.role(*w))) {
        if (top.size() >= 10) break;
        top.push_back(skill_json(*link));
      }
      ref["top_skills"] = top;
      same_as.push_back(std::move(ref));
    }
    Json learning = Json::array(), duties = Json::array(), outlook = Json::array(),
         collaborators = Json::array(), interview = Json::array(), chains = Json::array();
    if (guide != nullptr) {
      const graph::GuideText& text = guide->text();
      for (const auto& group : text.learning) {
        for (const auto& b : group.items) {
          if (!b.item) continue;
          const auto& item = g.learning()[*b.item];
          std::vector<std::string> ids;
          for (const auto& sk : item.skills()) ids.push_back(g.skill(sk.skill).id);
          learning.push_back(Json{{"id", item.id()}, {"name", item.name()}, {"skills", ids},
                                  {"group", group.heading},
                                  {"source", item.source().to_string()}});
        }
      }
      for (const auto& d : text.duties) duties.push_back(d.text);
      for (const auto& o : text.outlook) outlook.push_back(o.text);
      for (const auto& c : text.collaborators) {
        collaborators.push_back(Json{{"who", c.who}, {"what", c.what}});
      }
      for (const auto& q : text.interview) {
        interview.push_back(Json{{"number", q.number}, {"question", q.question},
                                 {"answer_points", q.answer_points}});
      }
      for (const auto& c : text.chains) {
        chains.push_back(Json{{"steps", c.steps},
                              {"evidence", guide->file.str() + ":" + std::to_string(c.line)}});
      }
    }
    Json out{{"id", r.id},
             {"name", role_name(*s, r)},
             {"name_ja", r.name},
             {"name_en", r.name_en.empty() ? Json(nullptr) : Json(r.name_en)},
             {"aliases", r.aliases},
             {"track", r.track.empty() ? Json(nullptr) : Json(r.track.str())},
             {"level", r.level == 0 ? Json(nullptr) : Json(r.level)},
             {"next", refs(next)},
             {"previous", refs(prev)},
             {"related", refs(related)},
             {"skills", skills},
             {"learning", learning},
             {"sources", paths(r.sources)},
             {"description", r.description.empty() ? Json(nullptr) : Json(r.description)},
             {"same_as", same_as},
             {"guide", guide ? Json(guide->file.str()) : Json(nullptr)},
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
  if (!r.aliases.empty()) {
    // O*NET lists up to hundreds of alternate titles per occupation; JSON has them all.
    constexpr std::size_t kMaxAliases = 12;
    std::vector<std::string> head(r.aliases.begin(), r.aliases.begin() + std::min(kMaxAliases, r.aliases.size()));
    std::string text = join(head);
    if (r.aliases.size() > kMaxAliases) text += " (+" + std::to_string(r.aliases.size() - kMaxAliases) + ")";
    facts.add({"aliases", text});
  }
  facts.add({"track", r.track.empty() ? "-" : r.track.str()});
  facts.add({"level", r.level == 0 ? "-" : std::to_string(r.level)});
  facts.add({"next", names(next)});
  facts.add({"previous", names(prev)});
  // Crosswalk links are shown as "same as", not as related roles.
  std::vector<graph::Neighbour> related_only;
  for (const auto& x : related) {
    if (std::find(r.same_as.begin(), r.same_as.end(), x.role->id) == r.same_as.end()) related_only.push_back(x);
  }
  facts.add({"related", names(related_only)});
  if (!r.same_as.empty()) {
    std::vector<std::string> same;
    for (const auto& id : r.same_as) {
      const auto w = g.find_role(id);
      same.push_back(w ? role_name(*s, g.role(*w)) + " (" + id + ")" : id);
    }
    facts.add({"same as", join(same)});
  }
  facts.add({"sources", join(paths(r.sources))});
  facts.print(std::cout, "  ");
  if (!r.description.empty()) std::cout << "\n  " << r.description << "\n";
  auto section = [&](const std::string& title) { std::cout << "\n" << st.accent(title) << "\n"; };
  // Rated skills (taxonomies): most important first, per kind, with importance and level.
  auto rated_skills = [&](const graph::Role& role, std::size_t top, const std::string& indent) {
    std::vector<std::string> kinds;
    for (const auto& l : role.skills) {
      const auto& kind = g.skill(l.skill).kind;
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    }
    for (const auto& kind : kinds) {
      std::cout << indent << (kind.empty() ? std::string("skills") : kind) << "\n";
      Table t;
      std::size_t shown = 0, more = 0;
      for (const auto* link : by_importance(role)) {
        const auto& k = g.skill(link->skill);
        if (k.kind != kind) continue;
        if (shown == top) {
          ++more;
          continue;
        }
        ++shown;
        std::string rating = "importance " + number(link->importance);
        if (link->level) rating += ", level " + number(*link->level);
        t.add({skill_name(*s, k), rating, join(link->flags.list()), st.dim(link->source.to_string())});
      }
      t.print(std::cout, indent + "  ");
      if (more > 0) std::cout << indent << "  " << st.dim("… " + std::to_string(more) + " more (--format json lists all)") << "\n";
    }
  };
  if (!r.skills.empty()) {
    section("Skills");
    if (rated(r)) {
      rated_skills(r, kTopSkills, "  ");
    } else {
      Table t;
      for (const auto& link : r.skills) {
        const auto& k = g.skill(link.skill);
        t.add({skill_name(*s, k), k.kind.empty() ? "" : "[" + k.kind + "]"});
      }
      t.print(std::cout, "  ");
    }
  }
  for (const auto& id : r.same_as) {
    const auto w = g.find_role(id);
    if (!w) continue;
    const auto& other = g.role(*w);
    section("Same occupation: " + role_name(*s, other) + " (" + other.id + ")");
    if (other.skills.empty()) {
      std::cout << "  " << st.dim("no skills listed") << "\n";
    } else if (rated(other)) {
      rated_skills(other, 5, "  ");
    } else {
      std::vector<std::string> listed;
      for (const auto& l : other.skills) listed.push_back(skill_name(*s, g.skill(l.skill)));
      std::cout << "  " << join(listed) << "\n";
    }
  }
  if (guide == nullptr) {
    std::cout << "\n" << st.dim("No guide describes this role.") << "\n";
    return kExitOk;
  }
  const graph::GuideText& text = guide->text();
  if (!text.duties.empty()) {
    section("Duties");
    for (const auto& d : text.duties) std::cout << "  - " << d.text << "\n";
  }
  if (!text.collaborators.empty()) {
    section("Works with");
    Table t;
    for (const auto& c : text.collaborators) t.add({c.who, c.what});
    t.print(std::cout, "  ");
  }
  if (!text.chains.empty()) {
    section("Career paths");
    for (const auto& c : text.chains) {
      std::cout << "  " << join(c.steps, " → ") << "  "
                << st.dim(guide->file.str() + ":" + std::to_string(c.line)) << "\n";
    }
  }
  if (!text.learning.empty()) {
    section("Learning");
    for (const auto& group : text.learning) {
      if (!group.heading.empty()) std::cout << "  " << group.heading << "\n";
      for (const auto& b : group.items) std::cout << "    - " << b.text << "\n";
    }
  }
  if (!text.interview.empty()) {
    section("Interview questions");
    for (const auto& q : text.interview) {
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
