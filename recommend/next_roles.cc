#include "recommend/next_roles.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>
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

std::string count_number(double n) {
  const double r = std::round(n);
  if (std::abs(n - r) < 1e-9) return std::to_string(static_cast<long long>(r));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", n);
  return buf;
}

std::string weight_text(double w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", w);
  return buf;
}

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
  const auto& same_as = g.role(from).same_as;
  auto same_job = [&](Vertex v) {
    return std::find(same_as.begin(), same_as.end(), g.role(v).id) != same_as.end();
  };

  // Direct moves.
  for (auto [e, end] = boost::out_edges(from, bg); e != end; ++e) {
    if (bg[*e].kind != EdgeKind::kProgression) continue;
    const Vertex t = boost::target(*e, bg);
    auto ev = cited(bg[*e], o.exclude_file);
    const double n = support(bg[*e], ev);
    if (n <= 0) continue;
    Candidate& c = cands[t];
    c.evidence = move_evidence(n);
    const double guides = static_cast<double>(ev.size());
    if (bg[*e].count > 0) {
      const std::string k = count_number(bg[*e].count);
      c.reasons.push_back(en ? "the move " + from_name + " → " + name(g, t, en) + " was observed " + k +
                                   " times in career histories"
                             : from_name + " → " + name(g, t, en) + "の移動がキャリア履歴で" + k + "回観測されています");
    } else {
      c.reasons.push_back(en ? count_guides(guides, en) + " show the move " + from_name + " → " + name(g, t, en)
                             : count_guides(guides, en) + "が" + from_name + " → " + name(g, t, en) + "の移動を示しています");
    }
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
    if (same_job(t)) continue;
    Candidate& c = cands[t];
    const graph::Transition& tr = bg[*e];
    c.evidence = std::max(c.evidence, tr.weight > 0 ? tr.weight : 0.5);
    if (!tr.label.empty()) {
      c.reasons.push_back(en ? "a related occupation (" + tr.label + ", weight " + weight_text(tr.weight) + ")"
                             : "関連する職業（" + tr.label + "、重み" + weight_text(tr.weight) + "）");
    } else {
      c.reasons.push_back(en ? "a related role (" + count_guides(n, en) + " link them)"
                             : "関連する職種（" + count_guides(n, en) + "が関連づけ）");
    }
    if (c.cites.empty()) c.cites = ev;
  }
  // Skill overlap.
  std::vector<HeldSkill> held = skills_of(g, from);
  add_held(held, o.have);
  std::set<graph::SkillIndex> held_set;
  std::unordered_map<graph::SkillIndex, std::optional<double>> held_level;
  bool held_levels = false;
  for (const auto& h : held) {
    held_set.insert(h.skill);
    held_level.emplace(h.skill, h.level);
    held_levels = held_levels || h.level.has_value();
  }
  auto overlap = [&](Vertex v) {
    const auto& need = g.role(v).skills;
    size_t shared = 0;
    for (const auto& l : need) shared += held_set.count(l.skill);
    const size_t uni = held_set.size() + need.size() - shared;
    return uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
  };
  for (Vertex v = 0; v < g.role_count(); ++v) {
    if (v == from || cands.count(v) || g.role(v).skills.empty() || same_job(v)) continue;
    if (overlap(v) >= kMinOverlap) cands[v];
  }
  if (o.n > 0 && cands.size() < static_cast<size_t>(o.n)) {
    std::vector<std::pair<double, Vertex>> close;
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (v == from || cands.count(v) || avoided.count(v) || g.role(v).skills.empty() || same_job(v)) continue;
      const double j = overlap(v);
      if (j >= kMinTopUpOverlap) close.emplace_back(-j, v);
    }
    std::sort(close.begin(), close.end());
    for (size_t i = 0; i < close.size() && cands.size() < static_cast<size_t>(o.n); ++i) cands[close[i].second];
  }

  std::vector<Recommendation> out;
  const int from_level = g.role(from).level;
  for (auto& [v, c] : cands) {
    if (v == from || avoided.count(v)) continue;
    if (same_job(v)) continue;
    Recommendation r;
    r.role = v;
    // Importance-weighted coverage of the candidate's needs, partial where levels fall short.
    double covered = 0, total = 0;
    bool levels = false;
    std::vector<std::pair<double, graph::SkillIndex>> missing;
    for (const auto& l : g.role(v).skills) {
      levels = levels || l.level.has_value();
      auto it = held_level.find(l.skill);
      // A rated need (it has a level) says nothing about a person with no rated skills at all
      // (e.g. an O*NET occupation published without ratings): unknown, not missing, so it is
      // left out of the fit; it is still listed as missing.
      const bool unknown = l.level && !held_levels && it == held_level.end();
      if (!unknown) total += l.importance;
      double part = 0;
      if (it != held_level.end()) {
        const auto& have = it->second;
        part = (!l.level || !have || *have >= *l.level || *l.level <= 0) ? 1.0 : std::max(0.0, *have / *l.level);
      }
      if (!unknown) covered += l.importance * part;
      if (part >= 1.0) {
        r.shared.push_back(l.skill);
      } else {
        missing.emplace_back(l.importance, l.skill);
      }
    }
    std::stable_sort(missing.begin(), missing.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& m : missing) r.missing.push_back(m.second);
    const size_t need = g.role(v).skills.size();
    const double fit = total <= 0 ? 0.0 : covered / total;
    r.reasons = std::move(c.reasons);
    if (need > 0) {
      const std::string k = std::to_string(r.shared.size()), m = std::to_string(need);
      if (levels) {
        const std::string pct = std::to_string(static_cast<int>(std::lround(fit * 100)));
        r.reasons.push_back(en ? "you have " + k + " of the " + m + " skills it needs at the level it needs; " +
                                     pct + "% of its importance-weighted needs"
                               : "必要なスキル" + m + "件のうち" + k + "件を必要なレベルで保有（重要度加重で" + pct + "%）");
      } else {
        r.reasons.push_back(en ? "you have " + k + " of the " + m + " skills it needs"
                               : "必要なスキル" + m + "件のうち" + k + "件を保有");
      }
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
