// Helpers shared by the unit tests: fixture paths and loading a corpus from tests/data.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include "importers/loader.h"

namespace careergraph::testing {

inline std::string test_data(const std::string& rel) { return std::string(CAREERGRAPH_TEST_DATA) + "/" + rel; }

// The seed guide from ../shared, or "" when ../shared is not there (tests then skip).
inline std::string seed_path() {
  const std::string p = std::string(CAREERGRAPH_SHARED) + "/seed/000_59079d0e562ebb6e.txt";
  return std::filesystem::exists(p) ? p : "";
}

inline importers::LoadResult load_with_vocab(const std::string& vocab_dir,
                                             const std::vector<std::string>& paths) {
  graph::Diagnostics d;
  auto vocab = importers::read_vocabulary_dir(vocab_dir, d);
  if (!vocab.sections) {  // as the CLI does: keep the bundled headings
    auto s = importers::read_source(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml");
    if (s) vocab.sections = std::move(*s);
  }
  auto guides = importers::collect_guides(paths, d);
  auto r = importers::load(vocab, guides);
  r.diagnostics.insert(r.diagnostics.begin(), d.begin(), d.end());
  return r;
}

// Test vocabulary + the given guide files or directories.
inline importers::LoadResult load_test(const std::vector<std::string>& paths) {
  return load_with_vocab(test_data("vocab"), paths);
}

// Edges as (from id, to id, kind) for comparing graph shapes.
inline std::set<std::tuple<std::string, std::string, std::string>> edge_set(
    const graph::CareerGraph& g) {
  std::set<std::tuple<std::string, std::string, std::string>> out;
  const auto& bg = g.boost_graph();
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    out.emplace(bg[boost::source(*e, bg)].id, bg[boost::target(*e, bg)].id,
                graph::edge_kind_name(bg[*e].kind));
  }
  return out;
}

inline std::size_t count(const graph::Diagnostics& d, graph::Severity s) {
  std::size_t n = 0;
  for (const auto& x : d) n += x.severity == s ? 1 : 0;
  return n;
}

}  // namespace careergraph::testing
