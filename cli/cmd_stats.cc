// `careergraph stats`: what was loaded, in numbers.
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/output.h"

namespace careergraph::cli {
namespace {

// 123855 → "123,855", as publishers print their counts.
std::string with_commas(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

int run(const GlobalOptions& global) {
  int code = kExitOk;
  auto s = open_session(global, code, /*learning=*/true);
  if (!s) return code;
  const auto& g = s->graph();
  size_t with_guide = 0, bullets = 0, matched = 0, taxonomy = 0, evidence = 0;
  for (graph::Vertex v = 0; v < g.role_count(); ++v) with_guide += g.role(v).guide ? 1 : 0;
  for (const auto& k : g.skills()) taxonomy += k.in_taxonomy ? 1 : 0;
  for (const auto& guide : g.guides()) {
    bullets += guide.skill_bullets;
    matched += guide.skill_bullets_matched;
  }
  const auto& bg = g.boost_graph();
  for (auto [e, end] = boost::edges(bg); e != end; ++e) evidence += bg[*e].evidence.size();
  size_t errors = 0, warnings = 0, infos = 0;
  for (const auto& d : s->data.diagnostics) {
    (d.severity == graph::Severity::kError     ? errors
     : d.severity == graph::Severity::kWarning ? warnings
                                               : infos)++;
  }
  Json j{{"files", s->data.guide_files},
         {"guides", g.guides().size()},
         {"roles", g.role_count()},
         {"roles_with_guide", with_guide},
         {"skills", g.skills().size()},
         {"taxonomy_skills", taxonomy},
         {"learning_items", g.learning().size()},
         {"transitions",
          {{"progression", g.transition_count(graph::EdgeKind::kProgression)},
           {"related", g.transition_count(graph::EdgeKind::kRelated)}}},
         {"evidence", evidence},
         {"skill_bullets", {{"total", bullets}, {"matched", matched}}},
         {"diagnostics", {{"errors", errors}, {"warnings", warnings}, {"info", infos}}}};
  // Taxonomies, crosswalks and transition files: what each added, to check against the
  // publisher's figures.
  Json sources = Json::array();
  for (const auto& src : s->data.sources) {
    Json counts = Json::object();
    for (const auto& [k, n] : src.counts) counts[k] = n;
    sources.push_back(Json{{"kind", src.kind}, {"path", src.path}, {"counts", counts}});
  }
  j["sources"] = sources;
  if (s->json()) {
    print_json(j);
    return kExitOk;
  }
  Table t;
  t.add({"guide files", std::to_string(s->data.guide_files)});
  t.add({"guides", std::to_string(g.guides().size())});
  t.add({"roles", std::to_string(g.role_count()) + " (" + std::to_string(with_guide) + " with a guide)"});
  t.add({"skills", std::to_string(g.skills().size()) + " (" + std::to_string(taxonomy) + " in the taxonomy)"});
  t.add({"learning items", std::to_string(g.learning().size())});
  t.add({"progression moves", std::to_string(g.transition_count(graph::EdgeKind::kProgression))});
  t.add({"related links", std::to_string(g.transition_count(graph::EdgeKind::kRelated))});
  t.add({"evidence lines", std::to_string(evidence)});
  t.add({"skill bullets matched", std::to_string(matched) + " / " + std::to_string(bullets)});
  t.add({"diagnostics", std::to_string(errors) + " errors, " + std::to_string(warnings) +
                            " warnings, " + std::to_string(infos) + " info"});
  t.print(std::cout);
  for (const auto& src : s->data.sources) {
    static const std::map<std::string, std::string> kTitles = {
        {"onet", "O*NET"}, {"esco", "ESCO"}, {"crosswalk", "crosswalk"}, {"transitions", "transitions"}};
    const auto title = kTitles.count(src.kind) ? kTitles.at(src.kind) : src.kind;
    std::cout << "\n" << title << "  " << src.path << "\n";
    Table c;
    for (const auto& [k, n] : src.counts) c.add({k, with_commas(n)});
    c.print(std::cout, "  ");
  }
  return kExitOk;
}

}  // namespace

Command setup_stats(CLI::App& app, const GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand("stats", "Counts of what was loaded");
  sub->fallthrough();
  return {sub, [&global] { return run(global); }};
}

}  // namespace careergraph::cli
