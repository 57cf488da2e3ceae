// One function pair per command family (CLI11 "subcommands in files"): setup_X registers the
// subcommand and its options; the returned Command runs it after parsing.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

#include "cli/app.h"

namespace careergraph::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command setup_path(CLI::App& app, const GlobalOptions& global);
Command setup_show(CLI::App& app, const GlobalOptions& global);
Command setup_list(CLI::App& app, const GlobalOptions& global);
Command setup_stats(CLI::App& app, const GlobalOptions& global);
Command setup_lint(CLI::App& app, const GlobalOptions& global);  // lint (cmd_lint.cc)
Command setup_viz(CLI::App& app, const GlobalOptions& global);  // viz (cmd_viz.cc)
// gap, next, plan, reach, feeders, eval
std::vector<Command> setup_recommend(CLI::App& app, const GlobalOptions& global);

}  // namespace careergraph::cli
