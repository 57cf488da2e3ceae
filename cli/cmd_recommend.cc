// The recommendation commands: gap, next, plan, reach, feeders, eval.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/person.h"
#include "recommend/evaluate.h"
#include "recommend/learning_plan.h"
#include "recommend/next_roles.h"
#include "recommend/reach.h"

namespace careergraph::cli {
namespace {

using recommend::GapItem;

std::string label(const Session& s, const char* ja, const char* en) { return s.english() ? en : ja; }

std::string num(double v) {
  std::ostringstream out;
  out << std::round(v * 100) / 100;
  return out.str();
}

std::string skill_names(const Session& s, const std::vector<graph::SkillIndex>& skills) {
  std::vector<std::string> names;
  for (auto k : skills) names.push_back(skill_name(s, s.graph().skill(k)));
  return names.empty() ? "-" : join(names, "、");
}

// Text output stays readable when a taxonomy role needs hundreds of skills; JSON lists all.
constexpr std::size_t kMaxGapRows = 40;
constexpr std::size_t kMaxNames = 12;

std::string capped_names(const Session& s, const std::vector<graph::SkillIndex>& skills) {
  if (skills.size() <= kMaxNames) return skill_names(s, skills);
  const std::vector<graph::SkillIndex> head(skills.begin(), skills.begin() + kMaxNames);
  return skill_names(s, head) + label(s, " ほか", " and ") + std::to_string(skills.size() - kMaxNames) +
         label(s, "件", " more");
}

Json skill_refs(const Session& s, const std::vector<graph::SkillIndex>& skills) {
  Json out = Json::array();
  for (auto k : skills) out.push_back(skill_ref(s, s.graph().skill(k)));
  return out;
}

Json missing_json(const Session& s, const std::vector<GapItem>& missing) {
  Json out = Json::array();
  for (const auto& m : missing) {
    Json j = skill_ref(s, s.graph().skill(m.skill));
    j["importance"] = m.importance;
    j["level"] = m.level ? Json(*m.level) : Json(nullptr);
    j["have_level"] = m.have_level ? Json(*m.have_level) : Json(nullptr);
    j["source"] = m.source.to_string();
    out.push_back(std::move(j));
  }
  return out;
}

std::string gap_text(const Session& s, const GapItem& m) {
  std::string t = skill_name(s, s.graph().skill(m.skill));
  if (m.level) {
    t += " (" + label(s, "レベル", "level ") + num(*m.level);
    if (m.have_level) t += label(s, "、現在", ", have ") + num(*m.have_level);
    t += ")";
  }
  return t;
}

// ---------------------------------------------------------------- gap
struct GapArgs {
  PersonArgs person;
};

int run_gap(const GapArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code);
  if (!s) return code;
  auto p = resolve_person(*s, a.person, code);
  if (!p) return code;
  if (!p->to) {
    std::cerr << "careergraph: gap needs --to (or a profile with a goal)\n";
    return kExitUsage;
  }
  const auto& g = s->graph();
  std::vector<recommend::HeldSkill> held = p->have;
  if (p->from) recommend::add_held(held, recommend::skills_of(g, *p->from));
  const auto gap = recommend::skill_gap(g, *p->to, held);
  std::vector<graph::SkillIndex> have_ids;
  for (const auto& h : held) have_ids.push_back(h.skill);
  // A source may rate the target's skills but not the current role's (O*NET 29.3 publishes no
  // skill ratings for some occupations, Software Developers among them): then every rated need
  // shows as missing, and the reader should know why.
  std::vector<std::string> notes;
  const auto levelled = [](const graph::Role& r) {
    return std::any_of(r.skills.begin(), r.skills.end(), [](const auto& l) { return l.level.has_value(); });
  };
  if (p->from && levelled(g.role(*p->to)) && !levelled(g.role(*p->from)) &&
      std::none_of(held.begin(), held.end(), [](const auto& h) { return h.level.has_value(); })) {
    notes.push_back(role_name(*s, g.role(*p->from)) + " (" + g.role(*p->from).id +
                    ") has no rated skills in the data, so the levels it holds are unknown and every "
                    "rated need of the target is listed as missing");
  }
  // A taxonomy may relate skills (ESCO skill-skill relations): a missing skill related to one
  // the person holds is a shorter step, worth saying.
  std::unordered_set<graph::SkillIndex> held_set(have_ids.begin(), have_ids.end());
  auto related_held = [&](const GapItem& m) {
    std::vector<graph::SkillIndex> out;
    for (auto r : g.skill(m.skill).related) {
      if (held_set.count(r)) out.push_back(r);
    }
    return out;
  };
  if (s->json()) {
    Json missing = missing_json(*s, gap.missing);
    for (std::size_t i = 0; i < gap.missing.size(); ++i) {
      const auto rel = related_held(gap.missing[i]);
      if (!rel.empty()) missing[i]["related_held"] = skill_refs(*s, rel);
    }
    print_json(Json{{"from", p->from ? role_ref(*s, g.role(*p->from)) : Json(nullptr)},
                    {"to", role_ref(*s, g.role(*p->to))},
                    {"have", skill_refs(*s, have_ids)},
                    {"missing", missing},
                    {"covered", skill_refs(*s, gap.covered)},
                    {"notes", notes}});
    return kExitOk;
  }
  const Style st = Style::for_stdout();
  std::cout << st.bold((p->from ? role_name(*s, g.role(*p->from)) + " → " : std::string()) +
                       role_name(*s, g.role(*p->to)))
            << "  " << st.dim(label(*s, "スキルギャップ", "skill gap")) << "\n\n";
  for (const auto& n : notes) std::cout << st.warn(label(*s, "注意: ", "note: ") + n) << "\n\n";
  std::cout << st.accent(label(*s, "不足しているスキル", "Missing")) << " (" << gap.missing.size() << ")\n";
  // Taxonomy needs are rated (importance, level): show the ratings; guide needs are a list.
  const bool rated = std::any_of(gap.missing.begin(), gap.missing.end(),
                                 [](const GapItem& m) { return m.level.has_value() || m.importance != 1.0; });
  Table t;
  std::size_t shown = 0;
  for (const auto& m : gap.missing) {
    if (shown++ == kMaxGapRows) break;
    const auto& k = g.skill(m.skill);
    const std::string kind = k.kind.empty() ? "" : "[" + k.kind + "]";
    if (!rated) {
      t.add({gap_text(*s, m), kind, st.dim(m.source.to_string())});
      continue;
    }
    std::string lv;
    if (m.level) {
      lv = label(*s, "必要レベル ", "level ") + num(*m.level) + label(*s, "、現在 ", ", have ") +
           (m.have_level ? num(*m.have_level) : label(*s, "なし", "none"));
    }
    const auto rel = related_held(m);
    if (!rel.empty()) lv += (lv.empty() ? "" : "; ") + label(*s, "関連: ", "related to ") + skill_names(*s, rel);
    t.add({skill_name(*s, k), kind, label(*s, "重要度 ", "importance ") + num(m.importance), lv,
           st.dim(m.source.to_string())});
  }
  t.print(std::cout, "  ");
  if (gap.missing.size() > kMaxGapRows) {
    std::cout << "  " << st.dim("… " + std::to_string(gap.missing.size() - kMaxGapRows) +
                                label(*s, " 件（すべては --format json）", " more (--format json lists all)"))
              << "\n";
  }
  std::cout << "\n" << st.accent(label(*s, "すでにあるスキル", "Covered")) << " (" << gap.covered.size() << ")\n  "
            << capped_names(*s, gap.covered) << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------- next
struct NextArgs {
  PersonArgs person;
  int n = 5;
};

int run_next(const NextArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code);
  if (!s) return code;
  auto p = resolve_person(*s, a.person, code);
  if (!p) return code;
  if (!p->from) {
    std::cerr << "careergraph: next needs --from (or a profile with current_role)\n";
    return kExitUsage;
  }
  const auto& g = s->graph();
  recommend::NextOptions o;
  o.n = a.n;
  o.have = p->have;
  o.avoid = p->avoid;
  o.english = s->english();
  const auto recs = recommend::next_roles(g, *p->from, o);
  if (s->json()) {
    Json list = Json::array();
    for (const auto& r : recs) {
      std::vector<std::string> ev;
      for (const auto& e : r.evidence) ev.push_back(e.to_string());
      list.push_back(Json{{"role", role_ref(*s, g.role(r.role))},
                          {"score", std::round(r.score * 1000) / 1000},
                          {"reasons", r.reasons},
                          {"evidence", ev},
                          {"shared_skills", skill_refs(*s, r.shared)},
                          {"missing", skill_refs(*s, r.missing)}});
    }
    print_json(Json{{"from", role_ref(*s, g.role(*p->from))}, {"recommendations", list}});
    return recs.empty() ? kExitNotFound : kExitOk;
  }
  const Style st = Style::for_stdout();
  std::cout << st.bold(role_name(*s, g.role(*p->from))) << "  "
            << st.dim(label(*s, "次に目指せる職種", "next roles")) << "\n";
  for (size_t i = 0; i < recs.size(); ++i) {
    const auto& r = recs[i];
    std::cout << "\n" << st.accent(std::to_string(i + 1) + ". " + role_name(*s, g.role(r.role)))
              << "  " << st.dim(label(*s, "スコア ", "score ") + num(r.score)) << "\n";
    for (const auto& reason : r.reasons) std::cout << "   - " << reason << "\n";
    if (!r.evidence.empty()) {
      std::string cites = r.evidence.front().to_string();
      if (r.evidence.size() > 1) cites += " (+" + std::to_string(r.evidence.size() - 1) + ")";
      std::cout << "   " << st.dim(label(*s, "出典: ", "source: ") + cites) << "\n";
    }
    if (!r.missing.empty()) {
      std::cout << "   " << label(*s, "身につけるスキル: ", "to learn: ") << capped_names(*s, r.missing) << "\n";
    }
  }
  if (recs.empty()) {
    std::cerr << "careergraph: no next role found\n";
    return kExitNotFound;
  }
  return kExitOk;
}

// ---------------------------------------------------------------- plan
struct PlanArgs {
  PersonArgs person;
  int k = 1;
  bool markdown = false;
};

std::string item_name(const Session& s, const graph::LearningRecord& item) {
  return std::string(s.english() && !item.name_en().empty() ? item.name_en() : item.name());
}

Json plan_json(const Session& s, const recommend::Plan& plan) {
  const auto& g = s.graph();
  Json path = Json::array(), steps = Json::array();
  if (plan.route) {
    for (const auto& id : plan.route->roles) path.push_back(role_ref(s, g.role(g.vertex(id))));
  } else if (!plan.steps.empty()) {
    path.push_back(role_ref(s, g.role(plan.steps.front().role)));
  }
  for (const auto& st : plan.steps) {
    Json learning = Json::array();
    for (const auto& it : st.learning) {
      const auto& item = g.learning()[it.item];
      std::vector<std::string> covers;
      for (auto k : it.covers) covers.push_back(g.skill(k).id);
      learning.push_back(Json{{"id", item.id()}, {"name", item_name(s, item)},
                              {"kind", item.kind()}, {"effort_hours", it.effort_hours},
                              {"covers", covers}, {"requires", it.requires_first},
                              {"source", item.source().to_string()}});
    }
    steps.push_back(Json{{"role", role_ref(s, g.role(st.role))},
                         {"missing", missing_json(s, st.missing)},
                         {"learning", learning}});
  }
  return Json{{"path", path}, {"steps", steps}, {"uncovered", skill_refs(s, plan.uncovered)},
              {"effort_hours", plan.effort_hours}};
}

void plan_text(const Session& s, const recommend::Plan& plan, size_t rank, size_t total) {
  const auto& g = s.graph();
  const Style st = Style::for_stdout();
  std::vector<std::string> names;
  if (plan.route) {
    for (const auto& id : plan.route->roles) names.push_back(role_name(s, g.role(g.vertex(id))));
  }
  std::cout << st.bold(label(s, "学習プラン", "Learning plan") +
                       (names.empty() ? "" : "  " + join(names, " → ")))
            << "\n"
            << st.dim((total > 1 ? label(s, "ルート ", "route ") + std::to_string(rank) + "/" +
                                       std::to_string(total) + "  "
                                 : std::string()) +
                      label(s, "合計 ", "total ") + num(plan.effort_hours) + label(s, " 時間", " hours"))
            << "\n";
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const auto& step = plan.steps[i];
    std::cout << "\n" << st.accent(std::to_string(i + 1) + ". " + role_name(s, g.role(step.role))) << "\n";
    if (step.missing.empty()) {
      std::cout << "   " << label(s, "新たに必要なスキルはありません", "nothing new to learn") << "\n";
      continue;
    }
    std::vector<std::string> need;
    for (const auto& m : step.missing) need.push_back(gap_text(s, m));
    std::cout << "   " << label(s, "新たに必要なスキル: ", "new skills: ") << join(need, "、") << "\n";
    Table t;
    for (const auto& it : step.learning) {
      const auto& item = g.learning()[it.item];
      std::vector<std::string> first;
      for (const auto& id : it.requires_first) {
        const auto l = g.find_learning(id);
        first.push_back(l ? item_name(s, g.learning()[*l]) : id);
      }
      const std::string extra =
          first.empty() ? "" : label(s, "（先に: ", " (first: ") + join(first, "、") + label(s, "）", ")");
      t.add({"- " + item_name(s, item) + extra, item.kind(), num(it.effort_hours) + "h",
             "→ " + skill_names(s, it.covers)});
    }
    t.print(std::cout, "   ");
  }
  if (!plan.uncovered.empty()) {
    std::cout << "\n" << st.warn(label(s, "学習項目が見つからないスキル: ", "no learning item teaches: "))
              << skill_names(s, plan.uncovered) << "\n";
  }
}

void plan_markdown(const Session& s, const recommend::Plan& plan, const Person& p) {
  const auto& g = s.graph();
  std::vector<std::string> names;
  if (plan.route) {
    for (const auto& id : plan.route->roles) names.push_back(role_name(s, g.role(g.vertex(id))));
  } else if (!plan.steps.empty()) {
    names.push_back(role_name(s, g.role(plan.steps.front().role)));
  }
  std::cout << "# " << label(s, "学習プラン", "Learning plan") << (p.name.empty() ? "" : "（" + p.name + "）")
            << "\n\n**" << label(s, "ルート", "Route") << "**: " << join(names, " → ") << "  \n**"
            << label(s, "合計時間", "Total effort") << "**: " << num(plan.effort_hours) << label(s, " 時間", " hours") << "\n";
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const auto& step = plan.steps[i];
    std::cout << "\n## " << i + 1 << ". " << role_name(s, g.role(step.role)) << "\n\n";
    if (step.missing.empty()) {
      std::cout << label(s, "新たに必要なスキルはありません。", "Nothing new to learn.") << "\n";
      continue;
    }
    std::vector<std::string> need;
    for (const auto& m : step.missing) need.push_back(gap_text(s, m));
    std::cout << "**" << label(s, "新たに必要なスキル", "New skills") << "**: " << join(need, "、") << "\n\n";
    if (step.learning.empty()) continue;
    std::cout << "| " << label(s, "学習項目", "Learning item") << " | " << label(s, "種類", "Kind") << " | "
              << label(s, "時間", "Hours") << " | " << label(s, "身につくスキル", "Covers") << " |\n|---|---|---:|---|\n";
    for (const auto& it : step.learning) {
      const auto& item = g.learning()[it.item];
      std::string name = item_name(s, item);
      for (auto& c : name) c = c == '|' ? '/' : c;
      std::cout << "| " << name << " | " << item.kind().str() << " | " << num(it.effort_hours) << " | "
                << skill_names(s, it.covers) << " |\n";
    }
  }
  if (!plan.uncovered.empty()) {
    std::cout << "\n**" << label(s, "学習項目が見つからないスキル", "No learning item teaches") << "**: "
              << skill_names(s, plan.uncovered) << "\n";
  }
}

int run_plan(const PlanArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code, /*learning=*/true);
  if (!s) return code;
  auto p = resolve_person(*s, a.person, code);
  if (!p) return code;
  if (!p->to) {
    std::cerr << "careergraph: plan needs --to (or a profile with a goal)\n";
    return kExitUsage;
  }
  const auto& g = s->graph();
  recommend::PlanOptions o;
  o.k = a.k;
  o.have = p->have;
  o.avoid = p->avoid;
  std::optional<std::string> from;
  if (p->from) from = g.role(*p->from).id;
  auto plans = recommend::plan_routes(g, from, g.role(*p->to).id, o);
  if (!plans) {
    std::cerr << "careergraph: " << plans.error().message << "\n";
    return kExitUsage;
  }
  if (plans->empty()) {
    std::cerr << "careergraph: no route from " << role_name(*s, g.role(*p->from)) << " to "
              << role_name(*s, g.role(*p->to)) << "\n";
    if (s->json()) {
      print_json(Json{{"from", role_ref(*s, g.role(*p->from))}, {"to", role_ref(*s, g.role(*p->to))},
                      {"path", Json::array()}, {"steps", Json::array()}, {"uncovered", Json::array()}});
    }
    return kExitNotFound;
  }
  if (s->json()) {
    Json out{{"from", p->from ? role_ref(*s, g.role(*p->from)) : Json(nullptr)},
             {"to", role_ref(*s, g.role(*p->to))}};
    out.update(plan_json(*s, plans->front()));
    Json alternatives = Json::array();
    for (size_t i = 1; i < plans->size(); ++i) alternatives.push_back(plan_json(*s, (*plans)[i]));
    out["alternatives"] = alternatives;
    print_json(out);
  } else if (a.markdown) {
    for (size_t i = 0; i < plans->size(); ++i) {
      if (i > 0) std::cout << "\n---\n\n";
      plan_markdown(*s, (*plans)[i], *p);
    }
  } else {
    for (size_t i = 0; i < plans->size(); ++i) {
      if (i > 0) std::cout << "\n";
      plan_text(*s, (*plans)[i], i + 1, plans->size());
    }
  }
  return kExitOk;
}

// ---------------------------------------------------------------- reach / feeders
struct ReachArgs {
  std::string role;
  int steps = 2;
};

int run_reach(const ReachArgs& a, const GlobalOptions& global, recommend::Direction dir) {
  int code = kExitOk;
  auto s = open_session(global, code);
  if (!s) return code;
  auto v = resolve_role(*s, a.role, dir == recommend::Direction::kForward ? "--from" : "--to", code);
  if (!v) return code;
  const auto& g = s->graph();
  const auto found = recommend::reach(g, *v, a.steps, dir);
  if (s->json()) {
    Json roles = Json::array();
    for (const auto& r : found) {
      Json j = role_ref(*s, g.role(r.role));
      j["distance"] = r.distance;
      roles.push_back(std::move(j));
    }
    print_json(Json{{"role", role_ref(*s, g.role(*v))}, {"steps", a.steps}, {"roles", roles}});
  } else {
    const Style st = Style::for_stdout();
    std::cout << st.bold(role_name(*s, g.role(*v))) << "  "
              << st.dim(dir == recommend::Direction::kForward
                            ? label(*s, "から進める職種", "leads to")
                            : label(*s, "へ進んでくる職種", "is reached from"))
              << "\n";
    Table t;
    for (const auto& r : found) {
      t.add({std::to_string(r.distance), role_name(*s, g.role(r.role)), st.dim(g.role(r.role).id)});
    }
    t.print(std::cout, "  ");
  }
  return found.empty() ? kExitNotFound : kExitOk;
}

// ---------------------------------------------------------------- eval
struct EvalArgs {
  int k = 5;
};

int run_eval(const EvalArgs& a, const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code);
  if (!s) return code;
  const auto r = recommend::evaluate_next(s->graph(), a.k);
  if (s->json()) {
    print_json(Json{{"k", r.k}, {"guides", r.guides}, {"queries", r.queries},
                    {"hit_at_1", r.hit_at_1}, {"hit_at_k", r.hit_at_k}, {"mrr", r.mrr}});
    return kExitOk;
  }
  Table t;
  t.add({"guides", std::to_string(r.guides)});
  t.add({"moves asked", std::to_string(r.queries)});
  t.add({"Hit@1", num(r.hit_at_1)});
  t.add({"Hit@" + std::to_string(r.k), num(r.hit_at_k)});
  t.add({"MRR", num(r.mrr)});
  std::cout << "leave-one-guide-out evaluation of `next`\n";
  t.print(std::cout, "  ");
  return kExitOk;
}

}  // namespace

std::vector<Command> setup_recommend(CLI::App& app, const GlobalOptions& global) {
  std::vector<Command> out;
  {
    auto a = std::make_shared<GapArgs>();
    CLI::App* sub = app.add_subcommand("gap", "Skills the target role needs that you do not have");
    sub->fallthrough();
    add_person_options(sub, a->person, true, true, false);
    out.push_back({sub, [a, &global] { return run_gap(*a, global); }});
  }
  {
    auto a = std::make_shared<NextArgs>();
    CLI::App* sub = app.add_subcommand("next", "Ranked next roles, with reasons and sources");
    sub->fallthrough();
    add_person_options(sub, a->person, true, false, true);
    sub->add_option("-n", a->n, "How many")->check(CLI::Range(1, 1000));
    out.push_back({sub, [a, &global] { return run_next(*a, global); }});
  }
  {
    auto a = std::make_shared<PlanArgs>();
    CLI::App* sub = app.add_subcommand("plan", "Route plus what to learn at each step");
    sub->fallthrough();
    add_person_options(sub, a->person, true, true, true);
    sub->add_option("-k", a->k, "Number of alternative routes")->check(CLI::Range(1, 100));
    sub->add_flag("--markdown", a->markdown, "Markdown for handing over (same as --format markdown)");
    out.push_back({sub, [a, &global] {
                     PlanArgs args = *a;
                     args.markdown = args.markdown || global.format == "markdown";
                     return run_plan(args, global);
                   }});
  }
  for (auto dir : {recommend::Direction::kForward, recommend::Direction::kBackward}) {
    auto a = std::make_shared<ReachArgs>();
    const bool fwd = dir == recommend::Direction::kForward;
    CLI::App* sub = app.add_subcommand(fwd ? "reach" : "feeders",
                                       fwd ? "Roles reachable from a role" : "Roles that lead to a role");
    sub->fallthrough();
    sub->add_option(fwd ? "--from" : "--to", a->role, "Role")->required();
    sub->add_option("--steps", a->steps, "Within this many moves")->check(CLI::Range(1, 100));
    out.push_back({sub, [a, &global, dir] { return run_reach(*a, global, dir); }});
  }
  {
    auto a = std::make_shared<EvalArgs>();
    CLI::App* sub = app.add_subcommand("eval", "Leave-one-guide-out evaluation of next (Hit@1, Hit@k, MRR)");
    sub->fallthrough();
    sub->add_option("-k", a->k, "k for Hit@k")->check(CLI::Range(1, 100));
    out.push_back({sub, [a, &global] { return run_eval(*a, global); }});
  }
  return out;
}

}  // namespace careergraph::cli
