// careergraph: plan career routes, skill gaps and learning from career guides.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <string_view>

#include "cli/commands.h"
#include "graph/memory.h"

int main(int argc, char** argv) {
  using namespace careergraph::cli;
  careergraph::graph::return_freed_pages_sooner();
  CLI::App app{"careergraph: career-path graph explorer and recommender", "careergraph"};
  app.set_version_flag("--version", CAREERGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options are accepted after the command too

  GlobalOptions global;
  app.add_option("--data", global.data, "Guide file or directory (repeatable); replaces the bundled guides");
  app.add_option("--vocab", global.vocab, "Vocabulary directory; replaces the bundled vocabulary");
  app.add_option("--lang", global.lang, "Language of names in output")->check(CLI::IsMember({"ja", "en"}));
  app.add_option("--format", global.format, "Output format")->check(CLI::IsMember({"text", "json", "markdown", "svg", "png", "dot", "mermaid"}));
  app.add_flag("--strict", global.strict, "Exit 3 when any input file has errors");
  app.add_flag("-q,--quiet", global.quiet, "Print only errors on stderr");

  std::vector<Command> commands = {
      setup_path(app, global), setup_show(app, global), setup_list(app, global),
      setup_stats(app, global)};
  for (auto& c : setup_recommend(app, global)) commands.push_back(std::move(c));
  commands.push_back(setup_viz(app, global));
  commands.push_back(setup_lint(app, global));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }
  for (const auto& c : commands) {
    if (c.app->parsed()) return c.run();
  }
  return kExitUsage;
}

// Whether the command line loads only the bundled data, judged from the raw arguments, before
// anything allocates: no --data, --vocab or CAREERGRAPH_DATA, and not `lint` (whose paths are
// files). Conservative: a role named "lint" also says no, which costs only time.
static bool loads_only_bundled_data(int argc, char** argv) {
  if (const char* env = std::getenv("CAREERGRAPH_DATA"); env != nullptr && *env != '\0') return false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a.starts_with("--data") || a.starts_with("--vocab") || a == "lint") return false;
  }
  return true;
}

// For the bundled data, the heap is in 2 MiB pages from the start (graph/memory.h): priority 101
// runs ahead of every default static initialiser, so before they allocate. glibc passes the
// command line to initialisers of the executable.
__attribute__((constructor(101))) static void careergraph_huge_pages(int argc, char** argv, char**) {
  if (argv != nullptr && loads_only_bundled_data(argc, argv)) careergraph::graph::use_huge_pages_from_start();
}
