// What every command shares: global options, loading the data they name, resolving role names
// given by the user, and the exit codes of DESIGN §7.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/loader.h"

namespace careergraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDataError = 3;

struct GlobalOptions {
  std::vector<std::string> data;  // guide files or directories; replace the bundled guides
  std::string vocab;              // vocabulary directory; replaces the bundled vocabulary
  std::string lang = "ja";
  std::string format = "text";
  bool strict = false;
  bool quiet = false;
};

struct Session {
  importers::LoadResult data;
  GlobalOptions options;

  bool json() const { return options.format == "json"; }
  bool english() const { return options.lang == "en"; }
  const graph::CareerGraph& graph() const { return data.graph; }
};

// Owns a command's session until the process ends. Releasing a loaded corpus object by
// object costs as much as a fifth of its load (a 10k-guide corpus is millions of small
// allocations, ~0.3 s), and the process is about to exit anyway; so the session is parked in
// a list that lives until exit, where the system takes the memory back at once. It stays
// reachable, so leak checkers do not report it.
struct SessionRelease {
  void operator()(Session* s) const;
};
using SessionPtr = std::unique_ptr<Session, SessionRelease>;

// Loads what the options name: --data / --vocab, else $CAREERGRAPH_DATA (a directory with
// guides/ and vocabulary/), else the data embedded in the binary. Prints diagnostics to stderr
// (errors always; warnings unless -q). With --strict, input errors make it return nullptr and
// set `exit_code` to 3.
// `learning`: whether the command uses learning items (learning.yaml is skipped otherwise).
// `detail`: how much of what the guides say the command reads from them again after the load
// (LoadOptions::prose and ::guide_text); the graph is the same in every case.
enum class GuideDetail {
  kGraph,  // only their identity and matched skills (routes, rankings, stats, viz, eval)
  kText,   // also bullets, chains, related_jobs, learning groups (lint)
  kProse,  // also duties, collaborators, outlook, interview questions, page fields (show)
};
SessionPtr open_session(const GlobalOptions& options, int& exit_code, bool learning = false,
                        GuideDetail detail = GuideDetail::kGraph);

// Whether --format names a diagram format (svg|png|dot|mermaid): only `viz` takes those;
// open_session refuses them (exit 2) so every other command rejects them in one place.
bool is_diagram_format(std::string_view format);

// Resolves a role named by the user. On failure prints why (unknown: suggestions; ambiguous:
// the candidates), sets `exit_code` to 2 and returns nullopt.
std::optional<graph::Vertex> resolve_role(const Session& s, std::string_view query,
                                          std::string_view option, int& exit_code);

}  // namespace careergraph::cli
