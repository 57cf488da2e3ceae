// In-process figures for the peer comparison (bench/README.md, bench/compare): import + graph
// build, shortest path per query, k = 10 loopless paths per query, next-role ranking for every
// role, and an SVG of a ~50-role neighbourhood. The corpus is one made by bench/gen_corpus.py:
//
//   careergraph_bench --corpus=/tmp/benchdata/c10k [--benchmark_format=json ...]
//
// Queries are the ones bench/peer.py times (pairs.txt; the first 50 pairs for k paths), so the
// two sides answer the same questions. Timing assertions live nowhere but here.
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "importers/loader.h"
#include "recommend/next_roles.h"
#include "recommend/paths.h"
#include "viz/diagrams.h"
#include "viz/render.h"

namespace {

using careergraph::graph::CareerGraph;
using careergraph::graph::Vertex;
namespace importers = careergraph::importers;
namespace recommend = careergraph::recommend;
namespace viz = careergraph::viz;

std::string g_corpus;  // --corpus=DIR

importers::LoadResult load_corpus() {
  careergraph::graph::Diagnostics io;
  auto vocab = importers::read_vocabulary_dir(g_corpus + "/vocabulary", io);
  auto guides = importers::collect_guides({g_corpus + "/guides"}, io);
  // What `careergraph stats` loads: learning items, no guide prose (the peer keeps none), and no
  // guide text once joined (GuideDetail::kGraph; this had kept it, unlike `stats`).
  importers::LoadOptions options;
  options.learning = true;
  options.prose = false;
  options.guide_text = false;
  return importers::load(std::move(vocab), std::move(guides), options);
}

// Loaded once for the query benchmarks.
const importers::LoadResult& corpus() {
  static const std::unique_ptr<importers::LoadResult> loaded =
      std::make_unique<importers::LoadResult>(load_corpus());
  return *loaded;
}

std::vector<std::pair<std::string, std::string>> pairs() {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(g_corpus + "/pairs.txt");
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

void import_build(benchmark::State& state) {
  for (auto _ : state) {
    auto r = load_corpus();
    benchmark::DoNotOptimize(r.graph.role_count());
    state.counters["roles"] = static_cast<double>(r.graph.role_count());
  }
}

// One query per iteration, cycling through the pairs: the time per iteration is per query.
void route_queries(benchmark::State& state, int k, std::size_t max_pairs) {
  const CareerGraph& g = corpus().graph;
  auto ps = pairs();
  if (ps.size() > max_pairs) ps.resize(max_pairs);
  if (ps.empty()) {
    state.SkipWithError("no pairs.txt in the corpus");
    return;
  }
  recommend::PathOptions o;
  o.k = k;
  std::size_t i = 0, found = 0, routes = 0;
  for (auto _ : state) {
    const auto& [a, b] = ps[i++ % ps.size()];
    auto r = recommend::find_routes(g, a, b, o);
    if (r && !r->empty()) {
      ++found;
      routes += r->size();
    }
    benchmark::DoNotOptimize(r);
  }
  state.counters["found"] = static_cast<double>(found) / static_cast<double>(state.iterations());
  state.counters["routes"] = static_cast<double>(routes) / static_cast<double>(state.iterations());
}

void shortest_path(benchmark::State& state) { route_queries(state, 1, 200); }
void k_paths_10(benchmark::State& state) { route_queries(state, 10, 50); }

// next_roles with n = 10 for every role on `threads` threads (0: every core), as
// recommend::for_each_next_roles shares them out. Each ranking is counted and dropped, as the
// one-by-one loop this replaces did.
void next_all_roles_on(benchmark::State& state, unsigned threads) {
  const CareerGraph& g = corpus().graph;
  recommend::NextOptions o;
  o.n = 10;  // no index: for_each_next_roles builds one per ranking of the whole corpus, timed
  std::vector<recommend::NextQuery> queries;
  for (Vertex v = 0; v < g.role_count(); ++v) queries.push_back({v, &o});
  for (auto _ : state) {
    std::atomic<std::size_t> recs{0};
    recommend::for_each_next_roles(
        g, queries, [&recs](std::size_t, std::vector<recommend::Recommendation>&& r) { recs += r.size(); }, threads);
    benchmark::DoNotOptimize(recs.load());
    state.counters["recommendations"] = static_cast<double>(recs.load());
  }
}

void next_all_roles(benchmark::State& state) { next_all_roles_on(state, 0); }
void next_all_roles_1thread(benchmark::State& state) { next_all_roles_on(state, 1); }

// The role whose depth-1 neighbourhood diagram is closest to 50 roles (first such by vertex).
std::pair<Vertex, std::size_t> fifty_role_neighbourhood(const CareerGraph& g) {
  Vertex best = 0;
  std::size_t best_size = 0;
  const std::size_t scan = std::min<std::size_t>(g.role_count(), 3000);
  for (Vertex v = 0; v < scan; ++v) {
    const std::size_t n = viz::neighbourhood_diagram(g, v, 1, {}).nodes.size();
    const auto dist = [](std::size_t x) { return x > 50 ? x - 50 : 50 - x; };
    if (best_size == 0 || dist(n) < dist(best_size)) {
      best = v;
      best_size = n;
    }
  }
  return {best, best_size};
}

void svg_neighbourhood(benchmark::State& state) {
  const CareerGraph& g = corpus().graph;
  static const auto [role, size] = fifty_role_neighbourhood(g);
  viz::GraphvizContext ctx;
  for (auto _ : state) {
    const auto d = viz::neighbourhood_diagram(g, role, 1, {});
    auto svg = viz::render(ctx, d, viz::Format::kSvg);
    if (!svg) {
      state.SkipWithError(svg.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(svg->size());
  }
  state.counters["roles"] = static_cast<double>(size);
}

}  // namespace

BENCHMARK(import_build)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(shortest_path)->Unit(benchmark::kMicrosecond);
BENCHMARK(k_paths_10)->Unit(benchmark::kMillisecond);
// Both report wall-clock time (real_time, which bench/compare reads) beside the main thread's
// CPU time; UseRealTime() would rename them (next_all_roles/real_time).
BENCHMARK(next_all_roles)->Unit(benchmark::kMillisecond);
BENCHMARK(next_all_roles_1thread)->Unit(benchmark::kMillisecond);
BENCHMARK(svg_neighbourhood)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      g_corpus = argv[i] + 9;
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (g_corpus.empty()) {
    if (const char* env = std::getenv("CAREERGRAPH_BENCH_CORPUS")) g_corpus = env;
  }
  if (g_corpus.empty()) {
    std::cerr << "usage: careergraph_bench --corpus=DIR [benchmark options]\n"
                 "  DIR: a corpus made by bench/gen_corpus.py (guides/, vocabulary/, pairs.txt)\n";
    return 2;
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  if (benchmark::ReportUnrecognizedArguments(n, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
