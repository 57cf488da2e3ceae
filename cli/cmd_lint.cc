// `careergraph lint [PATH...]`: every problem of the guides (and the vocabulary) that a writer
// should fix before publishing, like a compiler's diagnostics (docs/lint.md).
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/output.h"
#include "importers/lint.h"

namespace careergraph::cli {
namespace {

struct LintArgs {
  std::vector<std::string> paths;  // replace --data when given
  bool werror = false;
};

int run(const LintArgs& a, const GlobalOptions& global) {
  GlobalOptions options = global;
  if (!a.paths.empty()) options.data = a.paths;
  // Lint reports the load's diagnostics itself, on stdout: open_session's stderr report and
  // its --strict stop are for the other commands. What it prints is kept for when it fails
  // before loading (a usage error).
  options.strict = false;
  int code = kExitOk;
  std::ostringstream load_report;
  std::streambuf* const saved = std::cerr.rdbuf(load_report.rdbuf());
  auto s = open_session(options, code, /*learning=*/true, GuideDetail::kText);
  std::cerr.rdbuf(saved);
  if (!s) {
    std::cerr << load_report.str();
    return code;
  }

  const graph::Diagnostics diags = importers::lint(s->data);
  std::size_t errors = 0, warnings = 0, infos = 0;
  for (const auto& d : diags) {
    (d.severity == graph::Severity::kError     ? errors
     : d.severity == graph::Severity::kWarning ? warnings
                                               : infos)++;
  }
  const bool failed = errors > 0 || ((global.strict || a.werror) && warnings > 0);

  if (s->json()) {
    Json list = Json::array();
    for (const auto& d : diags) {
      list.push_back({{"file", d.file},
                      {"line", d.line},
                      {"column", d.column},
                      {"severity", graph::severity_name(d.severity)},
                      {"code", d.code},
                      {"message", d.message}});
    }
    print_json(Json{{"diagnostics", std::move(list)},
                    {"errors", errors},
                    {"warnings", warnings},
                    {"info", infos},
                    {"files", s->data.guide_files}});
  } else {
    for (const auto& d : diags) {
      if (d.severity == graph::Severity::kInfo && global.quiet) continue;
      std::cout << d.to_string() << '\n';
    }
    std::cout << s->data.guide_files << " guide file(s): " << errors << " error(s), " << warnings
              << " warning(s), " << infos << " info\n";
  }
  return failed ? kExitDataError : kExitOk;
}

}  // namespace

Command setup_lint(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<LintArgs>();
  CLI::App* sub = app.add_subcommand(
      "lint", "Check guides before publishing: errors, warnings and notes, like a compiler");
  sub->fallthrough();
  sub->add_option("paths", args->paths,
                  "Guide files or directories (default: the loaded data, as --data)");
  sub->add_flag("--werror", args->werror, "Treat warnings as errors (exit 3), as --strict does");
  return {sub, [args, &global] { return run(*args, global); }};
}

}  // namespace careergraph::cli
