#include "recommend/evaluate.h"

#include <set>
#include <string_view>
#include <unordered_map>

#include "recommend/next_roles.h"

namespace careergraph::recommend {

EvalResult evaluate_next(const graph::CareerGraph& g, int k, unsigned threads) {
  EvalResult r;
  r.k = k;
  const auto& bg = g.boost_graph();
  // The moves each guide shows: progression edges citing its file, found in one pass over the
  // edges (guides sharing a file share its moves).
  std::unordered_map<std::string_view, std::size_t> file_slot;
  for (const auto& guide : g.guides()) file_slot.emplace(guide.file, file_slot.size());
  std::vector<std::set<std::pair<graph::Vertex, graph::Vertex>>> moves_of(file_slot.size());
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    if (bg[*e].kind != graph::EdgeKind::kProgression) continue;
    for (const auto& ev : bg[*e].evidence) {
      const auto it = file_slot.find(ev.file.str());
      if (it != file_slot.end()) moves_of[it->second].emplace(boost::source(*e, bg), boost::target(*e, bg));
    }
  }
  // One query per guide and source role, ranking everything with the guide's evidence left
  // out: the moves from one role are all looked up in its ranking. Options per guide (the
  // queries point to them: reserved, never moved); every query of a guide is ranked with them.
  struct Asked {
    std::size_t first_move = 0, moves = 0;  // in `targets`
  };
  std::vector<NextOptions> options;
  options.reserve(g.guides().size());
  std::vector<NextQuery> queries;
  std::vector<Asked> asked;
  std::vector<graph::Vertex> targets;  // each query's move targets, in move order
  for (const auto& guide : g.guides()) {
    const auto& moves = moves_of[file_slot.at(guide.file)];
    if (moves.empty()) continue;
    ++r.guides;
    NextOptions& o = options.emplace_back();
    o.n = -1;  // rank everything
    o.exclude_file = guide.file;
    for (const auto& [from, to] : moves) {
      if (queries.empty() || queries.back().options != &o || queries.back().from != from) {
        queries.push_back({from, &o});
        asked.push_back({targets.size(), 0});
      }
      targets.push_back(to);
      ++asked.back().moves;
    }
  }
  // Where each move's target ranks (-1: not ranked); only these are kept from the rankings.
  std::vector<long> rank_of(targets.size(), -1);
  for_each_next_roles(
      g, queries,
      [&](std::size_t q, std::vector<Recommendation>&& ranked) {
        for (std::size_t m = asked[q].first_move; m < asked[q].first_move + asked[q].moves; ++m) {
          for (std::size_t i = 0; i < ranked.size(); ++i) {
            if (ranked[i].role != targets[m]) continue;
            rank_of[m] = static_cast<long>(i);
            break;
          }
        }
      },
      threads);
  // Summed in the order of the guides and their moves, as ranked one by one.
  for (const long i : rank_of) {
    ++r.queries;
    if (i < 0) continue;
    if (i == 0) r.hit_at_1 += 1;
    if (i < k) r.hit_at_k += 1;
    r.mrr += 1.0 / static_cast<double>(i + 1);
  }
  if (r.queries > 0) {
    const auto q = static_cast<double>(r.queries);
    r.hit_at_1 /= q;
    r.hit_at_k /= q;
    r.mrr /= q;
  }
  return r;
}

}  // namespace careergraph::recommend
