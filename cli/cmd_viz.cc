// `careergraph viz`: diagrams of routes, of a role's neighbourhood, of every guide, or of the
// whole map, as SVG, PNG, DOT or Mermaid (DESIGN §7).
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/output.h"
#include "recommend/paths.h"
#include "viz/diagrams.h"
#include "viz/graphviz.h"
#include "viz/render.h"

namespace careergraph::cli {
namespace {

namespace fs = std::filesystem;

struct VizArgs {
  std::string from;
  std::string to;
  int k = 1;
  std::string metric = "steps";
  bool lateral = false;
  bool gaps = false;
  std::string role;
  int depth = 1;
  bool all = false;
  std::string out_dir;
  std::string output;
  CLI::Option* depth_option = nullptr;
};

struct Target {
  viz::Format format = viz::Format::kSvg;
  bool markdown = false;  // Mermaid in a fenced block (-o FILE.md)
};

// --format names a diagram format, else the -o file's extension does, else SVG. --format
// markdown (the text commands' Markdown) is Mermaid in a fence.
std::optional<Target> choose_format(const VizArgs& a, const GlobalOptions& global) {
  Target t;
  if (global.format == "markdown") return Target{viz::Format::kMermaid, true};
  const auto ext = a.output.empty() ? std::optional<viz::Format>() : viz::format_for_path(a.output);
  if (auto f = viz::parse_format(global.format)) {
    t.format = *f;
  } else if (ext) {
    t.format = *ext;
  } else if (!a.output.empty() && fs::path(a.output).has_extension()) {
    std::cerr << "careergraph: cannot tell the format of '" << a.output
              << "' from its extension; use .svg, .png, .dot, .mmd or .md, or --format "
                 "svg|png|dot|mermaid\n";
    return std::nullopt;
  }
  // -o FILE.md: Mermaid fenced for Markdown (format_for_path maps .md to Mermaid).
  std::string e = fs::path(a.output).extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  t.markdown = t.format == viz::Format::kMermaid && e == ".md";
  return t;
}

viz::Labels labels(const Session& s) {
  viz::Labels l;
  if (!s.english()) {
    l.legend = "凡例";
    l.progression = "キャリアの進路";
    l.related = "関連する職種";
    l.level = "レベル";
    l.no_track = "その他";
  }
  return l;
}

viz::DiagramOptions diagram_options(const Session& s, std::string title) {
  viz::DiagramOptions o;
  o.name = [&s](const graph::Role& r) { return role_name(s, r); };
  o.title = std::move(title);
  o.labels = labels(s);
  return o;
}

bool write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::cerr << "careergraph: cannot write " << path.string() << "\n";
    return false;
  }
  return true;
}

// Renders one diagram to -o FILE or stdout.
int emit(viz::GraphvizContext& ctx, const viz::Diagram& d, const Target& t, const VizArgs& a) {
  auto bytes = viz::render(ctx, d, t.format, t.markdown);
  if (!bytes) {
    std::cerr << "careergraph: " << bytes.error().message << "\n";
    return kExitUsage;
  }
  if (!a.output.empty()) return write_file(a.output, *bytes) ? kExitOk : kExitUsage;
  std::cout.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  std::cout.flush();
  return kExitOk;
}

int run_route(const Session& s, viz::GraphvizContext& ctx, const VizArgs& a, const Target& t) {
  int code = kExitOk;
  const auto& g = s.graph();
  auto from = resolve_role(s, a.from, "--from", code);
  if (!from) return code;
  auto to = resolve_role(s, a.to, "--to", code);
  if (!to) return code;
  recommend::PathOptions o;
  o.k = a.k;
  o.metric = a.metric == "gap" ? recommend::Metric::kGap : recommend::Metric::kSteps;
  o.lateral = a.lateral;
  const auto& from_role = g.role(*from);
  const auto& to_role = g.role(*to);
  auto routes = recommend::find_routes(g, from_role.id, to_role.id, o);
  if (!routes) {
    std::cerr << "careergraph: " << routes.error().message << "\n";
    return kExitUsage;
  }
  if (routes->empty()) {
    std::cerr << "careergraph: no route from " << role_name(s, from_role) << " to "
              << role_name(s, to_role)
              << (o.lateral ? "" : " (try --lateral to allow moves between related roles)") << "\n";
    return kExitNotFound;
  }
  std::vector<viz::RoutePath> paths;
  for (const auto& r : *routes) {
    viz::RoutePath p;
    p.roles = r.roles;
    for (const auto& e : r.edges) p.moves.push_back(e.kind);
    paths.push_back(std::move(p));
  }
  std::string title = role_name(s, from_role) + " → " + role_name(s, to_role);
  if (a.gaps) title += s.english() ? "  (+N: skills to learn)" : "（+N: 新たに必要なスキルの数）";
  return emit(ctx, viz::route_diagram(g, paths, a.gaps, diagram_options(s, title)), t, a);
}

int run_role(const Session& s, viz::GraphvizContext& ctx, const VizArgs& a, const Target& t) {
  int code = kExitOk;
  auto v = resolve_role(s, a.role, "--role", code);
  if (!v) return code;
  const auto& g = s.graph();
  const auto d =
      viz::neighbourhood_diagram(g, *v, a.depth, diagram_options(s, role_name(s, g.role(*v))));
  return emit(ctx, d, t, a);
}

// A guide's slug as a file name: path separators and a leading dot would escape the directory.
std::string file_stem(const std::string& slug) {
  std::string out;
  for (char c : slug) out += (c == '/' || c == '\\' || c == '\0') ? '_' : c;
  if (out.empty() || out[0] == '.') out.insert(out.begin(), '_');
  return out;
}


int run_all(const Session& s, viz::GraphvizContext& ctx, const VizArgs& a, const Target& t) {
  const auto& g = s.graph();
  const fs::path dir(a.out_dir);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    std::cerr << "careergraph: cannot create directory " << dir.string() << "\n";
    return kExitUsage;
  }
  const std::string ext = viz::format_extension(t.format);
  // One diagram per guide slug (the first guide of a slug wins), in slug order.
  std::map<std::string, const graph::Guide*> guides;
  for (const auto& guide : g.guides()) guides.emplace(guide.slug, &guide);

  std::string items;
  int written = 0;
  for (const auto& [slug, guide] : guides) {
    const auto v = g.find_role(guide->role_id);
    if (!v) continue;
    const std::string name = role_name(s, g.role(*v));
    auto options = diagram_options(s, name);
    // Roles with a guide link to their own diagram, so the set can be browsed.
    if (t.format == viz::Format::kSvg) options.link_pattern = "{slug}" + ext;
    const auto d = viz::neighbourhood_diagram(g, *v, a.depth, options);
    auto bytes = viz::render(ctx, d, t.format);
    if (!bytes) {
      std::cerr << "careergraph: " << slug << ": " << bytes.error().message << "\n";
      return kExitUsage;
    }
    const std::string file = file_stem(slug) + ext;
    if (!write_file(dir / file, *bytes)) return kExitUsage;
    ++written;
    const std::string href = viz::escape_html(file);
    items += "<section id=\"" + viz::escape_html(file_stem(slug)) + "\">\n<h2>" + viz::escape_html(name) +
             " <small>" + viz::escape_html(slug) + "</small></h2>\n";
    if (t.format == viz::Format::kSvg || t.format == viz::Format::kPng) {
      items += "<a href=\"" + href + "\"><img src=\"" + href + "\" alt=\"" + viz::escape_html(name) +
               "\" /></a>\n";
    } else {
      items += "<p><a href=\"" + href + "\">" + href + "</a></p>\n";
    }
    items += "</section>\n";
  }
  const bool en = s.english();
  const std::string heading = en ? "Career guide diagrams" : "キャリアガイドの図";
  const std::string index =
      "<!DOCTYPE html>\n<html lang=\"" + std::string(en ? "en" : "ja") +
      "\">\n<head>\n<meta charset=\"utf-8\" />\n<title>" + heading +
      "</title>\n<style>\nbody { font-family: \"Noto Sans CJK JP\", \"Noto Sans JP\", sans-serif; "
      "margin: 2em; }\nsection { margin-bottom: 3em; }\nimg { max-width: 100%; height: auto; }\n"
      "small { color: #888; font-weight: normal; }\n</style>\n</head>\n<body>\n<h1>" +
      heading + "</h1>\n" + items + "</body>\n</html>\n";
  if (!write_file(dir / "index.html", index)) return kExitUsage;
  std::cout << written
            << (en ? " diagrams and index.html written to " : " 枚の図と index.html を書きました: ")
            << dir.string() << "\n";
  return kExitOk;
}

int run(const VizArgs& a, const GlobalOptions& global) {
  const auto target = choose_format(a, global);
  if (!target) return kExitUsage;
  if (a.depth_option != nullptr && a.depth_option->count() > 0 && a.role.empty() && !a.all) {
    std::cerr << "careergraph: --depth goes with --role or --all\n";
    return kExitUsage;
  }
  if (!a.all && a.output.empty() && !viz::is_text_format(target->format) && isatty(STDOUT_FILENO)) {
    std::cerr << "careergraph: PNG is binary; write it with -o FILE.png or redirect stdout\n";
    return kExitUsage;
  }
  // The session sees text or json; the diagram format stays here.
  GlobalOptions options = global;
  if (viz::parse_format(options.format)) options.format = "text";
  int code = kExitOk;
  auto s = open_session(options, code);
  if (!s) return code;
  viz::GraphvizContext ctx;
  if (a.all) return run_all(*s, ctx, a, *target);
  if (!a.from.empty()) return run_route(*s, ctx, a, *target);
  if (!a.role.empty()) return run_role(*s, ctx, a, *target);
  std::string title = s->english() ? "Career map" : "キャリアマップ";
  return emit(ctx, viz::map_diagram(s->graph(), diagram_options(*s, title)), *target, a);
}

}  // namespace

Command setup_viz(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<VizArgs>();
  CLI::App* sub = app.add_subcommand(
      "viz", "Diagrams: routes, a role's neighbourhood, every guide, or the whole map");
  sub->fallthrough();
  auto* from = sub->add_option("--from", args->from, "Route diagram: starting role");
  auto* to = sub->add_option("--to", args->to, "Route diagram: target role");
  from->needs(to);
  to->needs(from);
  sub->add_option("-k", args->k, "Route diagram: number of routes (best highlighted)")
      ->check(CLI::Range(1, 1000))
      ->needs(from);
  sub->add_option("--metric", args->metric,
                  "Route diagram: steps (fewest moves) or gap (least learning)")
      ->check(CLI::IsMember({"steps", "gap"}))
      ->needs(from);
  sub->add_flag("--lateral", args->lateral, "Route diagram: also use moves between related roles")
      ->needs(from);
  sub->add_flag("--gaps", args->gaps,
                "Route diagram: label moves with the number of skills to learn")
      ->needs(from);
  auto* role = sub->add_option("--role", args->role, "Neighbourhood diagram of one role");
  role->excludes(from)->excludes(to);
  args->depth_option =
      sub->add_option("--depth", args->depth, "Neighbourhood: moves shown each way (default 1)")
          ->check(CLI::Range(1, 20));
  auto* out_dir = sub->add_option("--out-dir", args->out_dir, "--all: directory to write into");
  auto* all = sub->add_flag("--all", args->all, "One diagram per guide, plus index.html");
  all->needs(out_dir)->excludes(from)->excludes(to)->excludes(role);
  out_dir->needs(all);
  sub->add_option("-o,--output", args->output, "Write to FILE (format from its extension)")
      ->excludes(all);
  return {sub, [args, &global] { return run(*args, global); }};
}

}  // namespace careergraph::cli
