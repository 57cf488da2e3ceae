#include "recommend/evaluate.h"

#include <set>

#include "recommend/next_roles.h"

namespace careergraph::recommend {

EvalResult evaluate_next(const graph::CareerGraph& g, int k) {
  EvalResult r;
  r.k = k;
  const auto& bg = g.boost_graph();
  // One query per guide move: index the skills once rather than scan every role per query.
  const RoleSkillIndex index(g);
  for (const auto& guide : g.guides()) {
    // The moves this guide shows: progression edges citing its file.
    std::set<std::pair<graph::Vertex, graph::Vertex>> moves;
    for (auto [e, end] = boost::edges(bg); e != end; ++e) {
      if (bg[*e].kind != graph::EdgeKind::kProgression) continue;
      for (const auto& ev : bg[*e].evidence) {
        if (ev.file == guide.file) moves.emplace(boost::source(*e, bg), boost::target(*e, bg));
      }
    }
    if (moves.empty()) continue;
    ++r.guides;
    NextOptions o;
    o.n = -1;  // rank everything
    o.exclude_file = guide.file;
    o.index = &index;
    for (const auto& [from, to] : moves) {
      ++r.queries;
      const auto ranked = next_roles(g, from, o);
      for (size_t i = 0; i < ranked.size(); ++i) {
        if (ranked[i].role != to) continue;
        if (i == 0) r.hit_at_1 += 1;
        if (static_cast<int>(i) < k) r.hit_at_k += 1;
        r.mrr += 1.0 / static_cast<double>(i + 1);
        break;
      }
    }
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
