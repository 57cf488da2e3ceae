// careergraph: plan career routes, skill gaps and learning from career guides.
#include <CLI/CLI.hpp>

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
