#include "recommend/next_roles.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace careergraph::recommend {
namespace {

using graph::EdgeKind;
using graph::Vertex;

std::string name(const graph::CareerGraph& g, Vertex v, bool english) {
  const auto& r = g.role(v);
  return english && !r.name_en.empty() ? r.name_en : r.name;
}

// Evidence for a move, leaving out one file (leave-one-out evaluation).
std::vector<graph::Evidence> cited(const graph::Transition& t, const std::string& exclude) {
  std::vector<graph::Evidence> out;
  for (const auto& e : t.evidence) {
    if (exclude.empty() || e.file != exclude) out.push_back(e);
  }
  return out;
}

double support(const graph::Transition& t, const std::vector<graph::Evidence>& ev) {
  return t.count + static_cast<double>(ev.size());
}

double move_evidence(double n) { return n <= 0 ? 0 : 1.0 + std::log2(n); }

struct Candidate {
  double evidence = 0;
  std::vector<std::string> reasons;
  std::vector<graph::Evidence> cites;
};

std::string count_guides(double n, bool english) {
  const int k = static_cast<int>(n);
  if (english) return std::to_string(k) + (k == 1 ? " guide" : " guides");
  return std::to_string(k) + "件のガイド";
}

}  // namespace

std::vector<Recommendation> next_roles(const graph::CareerGraph& g, Vertex from, const NextOptions& o) {
  const auto& bg = g.boost_graph();
  const bool en = o.english;
  std::set<Vertex> avoided;
  for (const auto& id : o.avoid) {
    if (auto v = g.find_role(id)) avoided.insert(*v);
  }
  std::map<Vertex, Candidate> cands;
  const std::string from_name = name(g, from, en);

  // Direct moves.
  for (auto [e, end] = boost::out_edges(from, bg); e != end; ++e) {
    if (bg[*e].kind != EdgeKind::kProgression) continue;
    const Vertex t = boost::target(*e, bg);
    auto ev = cited(bg[*e], o.exclude_file);
    const double n = support(bg[*e], ev);
    if (n <= 0) continue;
    Candidate& c = cands[t];
    c.evidence = move_evidence(n);
    c.reasons.push_back(en ? count_guides(n, en) + " show the move " + from_name + " → " + name(g, t, en)
                           : count_guides(n, en) + "が" + from_name + " → " + name(g, t, en) + "の移動を示しています");
    c.cites.insert(c.cites.end(), ev.begin(), ev.end());
  }
  // Two-step moves: the best middle role for each target.
  struct Via {
    double evidence = 0;
    Vertex mid = 0;
    double n1 = 0, n2 = 0;
    std::vector<graph::Evidence> cites;
  };
  std::map<Vertex, Via> two;
  for (auto [e1, end1] = boost::out_edges(from, bg); e1 != end1; ++e1) {
    if (bg[*e1].kind != EdgeKind::kProgression) continue;
    const Vertex mid = boost::target(*e1, bg);
    const auto ev1 = cited(bg[*e1], o.exclude_file);
    const double n1 = support(bg[*e1], ev1);
    if (n1 <= 0) continue;
    for (auto [e2, end2] = boost::out_edges(mid, bg); e2 != end2; ++e2) {
      if (bg[*e2].kind != EdgeKind::kProgression) continue;
      const Vertex t = boost::target(*e2, bg);
      if (t == from) continue;
      const auto ev2 = cited(bg[*e2], o.exclude_file);
      const double n2 = support(bg[*e2], ev2);
      if (n2 <= 0) continue;
      const double score = 0.5 * std::min(move_evidence(n1), move_evidence(n2));
      Via& best = two[t];
      if (score > best.evidence || (score == best.evidence && bg[mid].id < bg[best.mid].id)) {
        best = {score, mid, n1, n2, ev1};
        best.cites.insert(best.cites.end(), ev2.begin(), ev2.end());
      }
    }
  }
  for (auto& [t, via] : two) {
    Candidate& c = cands[t];
    if (via.evidence > c.evidence) c.evidence = via.evidence;
    if (c.reasons.empty()) {
      c.reasons.push_back(en ? "two steps away via " + name(g, via.mid, en) + " (" +
                                   count_guides(via.n1, en) + ", then " + count_guides(via.n2, en) + ")"
                             : name(g, via.mid, en) + "を経て2段階先（" + count_guides(via.n1, en) +
                                   "、" + count_guides(via.n2, en) + "）");
      c.cites = via.cites;
    }
  }
  // Related roles.
  for (auto [e, end] = boost::out_edges(from, bg); e != end; ++e) {
    if (bg[*e].kind != EdgeKind::kRelated) continue;
    const Vertex t = boost::target(*e, bg);
    auto ev = cited(bg[*e], o.exclude_file);
    const double n = support(bg[*e], ev);
    if (n <= 0) continue;
    Candidate& c = cands[t];
    c.evidence = std::max(c.evidence, 0.5);
    c.reasons.push_back(en ? "a related role (" + count_guides(n, en) + " link them)"
                           : "関連する職種（" + count_guides(n, en) + "が関連づけ）");
    if (c.cites.empty()) c.cites = ev;
  }
  // Skill overlap.
  std::vector<HeldSkill> held = skills_of(g, from);
  add_held(held, o.have);
  std::set<graph::SkillIndex> held_set;
  for (const auto& h : held) held_set.insert(h.skill);
  auto overlap = [&](Vertex v) {
    const auto& need = g.role(v).skills;
    size_t shared = 0;
    for (const auto& l : need) shared += held_set.count(l.skill);
    const size_t uni = held_set.size() + need.size() - shared;
    return uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
  };
  for (Vertex v = 0; v < g.role_count(); ++v) {
    if (v == from || cands.count(v) || g.role(v).skills.empty()) continue;
    if (overlap(v) >= kMinOverlap) cands[v];
  }

  std::vector<Recommendation> out;
  const int from_level = g.role(from).level;
  for (auto& [v, c] : cands) {
    if (v == from || avoided.count(v)) continue;
    Recommendation r;
    r.role = v;
    for (const auto& l : g.role(v).skills) {
      (held_set.count(l.skill) ? r.shared : r.missing).push_back(l.skill);
    }
    const size_t need = g.role(v).skills.size();
    const double fit = need == 0 ? 0.0 : static_cast<double>(r.shared.size()) / static_cast<double>(need);
    r.reasons = std::move(c.reasons);
    if (need > 0) {
      const std::string k = std::to_string(r.shared.size()), m = std::to_string(need);
      r.reasons.push_back(en ? "you have " + k + " of the " + m + " skills it needs"
                             : "必要なスキル" + m + "件のうち" + k + "件を保有");
    }
    double demotion = 0;
    const int level = g.role(v).level;
    if (from_level > 0 && level > 0 && level < from_level) {
      demotion = 0.5;
      r.reasons.push_back(en ? "its level " + std::to_string(level) + " is below your current " + std::to_string(from_level)
                             : "レベル" + std::to_string(level) + "は現在のレベル" + std::to_string(from_level) + "より下");
    }
    r.score = c.evidence + fit - demotion;
    std::sort(c.cites.begin(), c.cites.end());
    c.cites.erase(std::unique(c.cites.begin(), c.cites.end()), c.cites.end());
    r.evidence = std::move(c.cites);
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [&](const Recommendation& a, const Recommendation& b) {
    if (a.score != b.score) return a.score > b.score;
    return g.role(a.role).id < g.role(b.role).id;
  });
  if (o.n >= 0 && out.size() > static_cast<size_t>(o.n)) out.resize(static_cast<size_t>(o.n));
  return out;
}

}  // namespace careergraph::recommend
