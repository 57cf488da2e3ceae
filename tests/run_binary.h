// Running the real careergraph binary from end-to-end tests: exit code, stdout and stderr.
// Every run is wrapped in `timeout` so that a hang fails the test instead of stalling ctest.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace careergraph::testing {

struct RunResult {
  int code = -1;  // 124: killed by the timeout
  std::string out;
  std::string err;
  nlohmann::json json() const { return nlohmann::json::parse(out); }
};

inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs the binary with `args` (already quoted where needed).
inline RunResult run_binary(const std::string& args, int timeout_seconds = 60) {
  static int n = 0;
  const auto err_file = std::filesystem::temp_directory_path() /
                        ("cg_lint_err_" + std::to_string(::getpid()) + "_" + std::to_string(++n));
  const std::string cmd = "env -u CAREERGRAPH_DATA timeout " + std::to_string(timeout_seconds) + " " +
                          quote(CAREERGRAPH_BIN) + " " + args + " 2>" + quote(err_file.string());
  RunResult r;
  FILE* p = ::popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t got;
  while ((got = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, got);
  const int status = ::pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_file);
  return r;
}

}  // namespace careergraph::testing
