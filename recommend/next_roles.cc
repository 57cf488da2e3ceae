#include "recommend/next_roles.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>

namespace careergraph::recommend {
namespace {

using graph::EdgeKind;
using graph::Vertex;

std::string name(const graph::CareerGraph& g, Vertex v, bool english) {
  const auto& r = g.role(v);
  return english && !r.name_en.empty() ? r.name_en : r.name;
}

// Support of a move (observations plus citing places) leaving out one file (leave-one-out
// evaluation), without copying the evidence: the ranking needs it for every two-step pair.
double support(const graph::Transition& t, const std::string& exclude) {
  if (exclude.empty()) return t.support();
  const auto kept = std::count_if(t.evidence.begin(), t.evidence.end(),
                                  [&](const graph::Evidence& e) { return e.file != exclude; });
  return t.count + static_cast<double>(kept);
}

double move_evidence(double n) { return n <= 0 ? 0 : 1.0 + std::log2(n); }

// A candidate and the moves behind it. Reasons and cited evidence are written from these
// only for the candidates returned: a role may have hundreds of two-step candidates.
struct Candidate {
  Vertex role = 0;
  double evidence = 0;
  bool direct = false;  // a progression move from → role
  graph::EdgeDesc direct_edge;
  double direct_n = 0;
  bool two = false;  // the best two-step route from → mid → role
  double two_evidence = 0;
  Vertex mid = 0;
  double n1 = 0, n2 = 0;
  graph::EdgeDesc e1, e2;
  bool related = false;  // a related link from → role
  graph::EdgeDesc related_edge;
  double related_n = 0;
};

// A count of observations: whole numbers as such, others with two decimals.
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

RoleSkillIndex::RoleSkillIndex(const graph::CareerGraph& g) : role_count_(g.role_count()) {
  // Counting sort by skill: two passes over the links, no per-skill vectors.
  std::size_t skills = g.skills().size();
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (const auto& l : g.role(v).skills) skills = std::max(skills, l.skill + 1);
  }
  offsets_.assign(skills + 1, 0);
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (const auto& l : g.role(v).skills) ++offsets_[l.skill + 1];
  }
  for (std::size_t s = 0; s < skills; ++s) offsets_[s + 1] += offsets_[s];
  roles_.resize(offsets_.back());
  std::vector<std::size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (const auto& l : g.role(v).skills) roles_[fill[l.skill]++] = v;
  }
  role_offsets_.reserve(g.role_count() + 1);
  role_offsets_.push_back(0);
  skills_.reserve(roles_.size());
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (const auto& l : g.role(v).skills) skills_.push_back(l.skill);
    role_offsets_.push_back(skills_.size());
  }
}


std::vector<Recommendation> next_roles(const graph::CareerGraph& g, Vertex from, const NextOptions& o) {
  const auto& bg = g.boost_graph();
  const bool en = o.english;
  std::set<Vertex> avoided;
  for (const auto& id : o.avoid) {
    if (auto v = g.find_role(id)) avoided.insert(*v);
  }
  // A crosswalk's "same job" (a guide role and its O*NET/ESCO occupation) is never a next step.
  const auto& same_as = g.role(from).same_as;
  auto same_job = [&](Vertex v) {
    return !same_as.empty() && std::find(same_as.begin(), same_as.end(), g.role(v).id) != same_as.end();
  };
  // Candidates by move, found through slot[v] (an index into cands, -1 for none).
  std::vector<int> slot(g.role_count(), -1);
  std::vector<Candidate> cands;
  auto candidate = [&](Vertex v) -> Candidate& {
    if (slot[v] < 0) {
      slot[v] = static_cast<int>(cands.size());
      cands.emplace_back();
      cands.back().role = v;
    }
    return cands[static_cast<size_t>(slot[v])];
  };

  // Direct moves.
  for (auto [e, end] = boost::out_edges(from, bg); e != end; ++e) {
    if (bg[*e].kind != EdgeKind::kProgression) continue;
    const double n = support(bg[*e], o.exclude_file);
    if (n <= 0) continue;
    Candidate& c = candidate(boost::target(*e, bg));
    c.evidence = move_evidence(n);
    c.direct = true;
    c.direct_edge = *e;
    c.direct_n = n;
  }
  // Two-step moves: the best middle role for each target.
  for (auto [e1, end1] = boost::out_edges(from, bg); e1 != end1; ++e1) {
    if (bg[*e1].kind != EdgeKind::kProgression) continue;
    const Vertex mid = boost::target(*e1, bg);
    const double n1 = support(bg[*e1], o.exclude_file);
    if (n1 <= 0) continue;
    for (auto [e2, end2] = boost::out_edges(mid, bg); e2 != end2; ++e2) {
      if (bg[*e2].kind != EdgeKind::kProgression) continue;
      const Vertex t = boost::target(*e2, bg);
      if (t == from) continue;
      const double n2 = support(bg[*e2], o.exclude_file);
      if (n2 <= 0) continue;
      const double score = 0.5 * std::min(move_evidence(n1), move_evidence(n2));
      Candidate& c = candidate(t);
      if (score > c.two_evidence || (score == c.two_evidence && bg[mid].id < bg[c.mid].id)) {
        c.two = true;
        c.two_evidence = score;
        c.mid = mid;
        c.n1 = n1;
        c.n2 = n2;
        c.e1 = *e1;
        c.e2 = *e2;
      }
    }
  }
  for (auto& c : cands) {
    if (c.two && c.two_evidence > c.evidence) c.evidence = c.two_evidence;
  }
  // Related roles.
  for (auto [e, end] = boost::out_edges(from, bg); e != end; ++e) {
    if (bg[*e].kind != EdgeKind::kRelated) continue;
    const double n = support(bg[*e], o.exclude_file);
    if (n <= 0) continue;
    if (same_job(boost::target(*e, bg))) continue;
    Candidate& c = candidate(boost::target(*e, bg));
    // Taxonomy links carry a weight (O*NET tier and index, ESCO hierarchy); guide links 0.5.
    c.evidence = std::max(c.evidence, bg[*e].weight > 0 ? bg[*e].weight : 0.5);
    c.related = true;
    c.related_edge = *e;
    c.related_n = n;
  }
  // Skill overlap.
  std::vector<HeldSkill> held = skills_of(g, from);
  add_held(held, o.have);
  std::set<graph::SkillIndex> held_set;
  for (const auto& h : held) held_set.insert(h.skill);
  // The same set as a bitmap over skill indexes (counting shared skills is the inner loop),
  // with the level held where known (first mention, as add_held leaves it).
  std::vector<char> held_bit(held_set.empty() ? 0 : *held_set.rbegin() + 1, 0);
  std::vector<std::optional<double>> held_lvl(held_bit.size());
  bool held_levels = false;
  for (const auto& h : held) {
    if (held_bit[h.skill] == 0) held_lvl[h.skill] = h.level;
    held_bit[h.skill] = 1;
    held_levels = held_levels || h.level.has_value();
  }
  auto is_held = [&](graph::SkillIndex s) { return s < held_bit.size() && held_bit[s] != 0; };
  // Importance-weighted coverage of v's needs, partial where the level held falls short. A
  // rated need (it has a level) says nothing about a person with no rated skills at all (an
  // O*NET occupation published without ratings): unknown, not missing, so it is left out of
  // the fit (it is still listed as missing). For guides (importance 1, no levels) this is
  // shared links / needed links.
  auto coverage = [&](graph::SkillIndex skill, const std::optional<double>& need) {
    if (!is_held(skill)) return 0.0;
    const auto& have = held_lvl[skill];
    return (!need || !have || *have >= *need || *need <= 0) ? 1.0 : std::max(0.0, *have / *need);
  };
  auto fit_of = [&](Vertex v) {
    double covered = 0, total = 0;
    for (const auto& l : g.role(v).skills) {
      if (l.level && !held_levels && !is_held(l.skill)) continue;
      total += l.importance;
      covered += l.importance * coverage(l.skill, l.level);
    }
    return total <= 0 ? 0.0 : covered / total;
  };
  // Links of v to a held skill (a skill linked twice counts twice, as in the ranking).
  auto shared_links = [&](Vertex v) {
    size_t shared = 0;
    if (o.index != nullptr) {
      for (auto s : o.index->skills_of(v)) shared += is_held(s) ? 1 : 0;
    } else {
      for (const auto& l : g.role(v).skills) shared += is_held(l.skill) ? 1 : 0;
    }
    return shared;
  };
  // Skills role v needs (links, as counted in the Jaccard overlap and the fit).
  auto needs = [&](Vertex v) {
    return o.index != nullptr ? o.index->skills_of(v).size() : g.role(v).skills.size();
  };
  // Score every candidate first (cheap), then write reasons, evidence and skill lists only
  // for the ones returned.
  const int from_level = g.role(from).level;
  auto demoted = [&](Vertex v) {
    const int level = g.role(v).level;
    return from_level > 0 && level > 0 && level < from_level;
  };
  struct Scored {
    Vertex role;
    double score;
    const Candidate* candidate;  // null: a candidate by skill overlap only
  };
  std::vector<Scored> scored;
  auto score = [&](Vertex v, double evidence) {
    const double demotion = demoted(v) ? 0.5 : 0.0;
    return evidence + fit_of(v) - demotion;
  };
  size_t above_one = 0;
  for (const auto& c : cands) {
    if (c.role == from || avoided.count(c.role) || same_job(c.role)) continue;
    scored.push_back({c.role, score(c.role, c.evidence), &c});
    above_one += scored.back().score > 1.0 ? 1 : 0;
  }
  // A role that is a candidate by skill overlap alone scores fit − demotion ≤ 1: when n
  // candidates by move already score above 1, none of those can be among the n best, and
  // the overlap search (thousands of roles in a large corpus) is skipped.
  const bool overlap_can_rank = o.n < 0 || above_one < static_cast<size_t>(o.n);
  // Roles that are candidates by skill overlap alone, with their shared link count.
  std::vector<std::pair<Vertex, size_t>> by_overlap;
  if (overlap_can_rank && o.index != nullptr) {
    // Only roles sharing a held skill can reach kMinOverlap > 0: count shared links per role
    // from the index instead of testing every role.
    std::vector<unsigned> shared(g.role_count(), 0);
    std::vector<Vertex> touched;
    for (graph::SkillIndex s : held_set) {
      for (Vertex v : o.index->roles_needing(s)) {
        if (shared[v]++ == 0) touched.push_back(v);
      }
    }
    for (Vertex v : touched) {
      if (v == from || slot[v] >= 0 || same_job(v)) continue;
      const size_t uni = held_set.size() + needs(v) - shared[v];
      const double jaccard = uni == 0 ? 0.0 : static_cast<double>(shared[v]) / static_cast<double>(uni);
      if (jaccard >= kMinOverlap) by_overlap.emplace_back(v, shared[v]);
    }
  } else if (overlap_can_rank) {
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (v == from || slot[v] >= 0 || g.role(v).skills.empty() || same_job(v)) continue;
      const size_t shared = shared_links(v);
      const size_t uni = held_set.size() + g.role(v).skills.size() - shared;
      const double jaccard = uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
      if (jaccard >= kMinOverlap) by_overlap.emplace_back(v, shared);
    }
  }

  for (const auto& [v, shared] : by_overlap) {
    if (avoided.count(v)) continue;
    scored.push_back({v, score(v, 0.0), nullptr});
    slot[v] = -2;  // scored by overlap
  }
  // Fewer than n: fill up with the closest skill profiles (a taxonomy occupation may have no
  // moves and no close neighbour, e.g. ESCO's ICT project manager).
  if (o.n > 0 && scored.size() < static_cast<size_t>(o.n)) {
    std::vector<std::pair<double, Vertex>> close;
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (v == from || slot[v] != -1 || avoided.count(v) || g.role(v).skills.empty() || same_job(v)) continue;
      const size_t shared = shared_links(v);
      const size_t uni = held_set.size() + needs(v) - shared;
      const double j = uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
      if (j >= kMinTopUpOverlap) close.emplace_back(-j, v);
    }
    std::sort(close.begin(), close.end());
    for (size_t i = 0; i < close.size() && scored.size() < static_cast<size_t>(o.n); ++i) {
      scored.push_back({close[i].second, score(close[i].second, 0.0), nullptr});
    }
  }
  auto better = [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return g.role(a.role).id < g.role(b.role).id;
  };
  // Ids are unique, so the order is total and partial_sort gives what a full sort would.
  size_t keep = scored.size();
  if (o.n >= 0 && keep > static_cast<size_t>(o.n)) keep = static_cast<size_t>(o.n);
  std::partial_sort(scored.begin(), scored.begin() + static_cast<long>(keep), scored.end(), better);

  // Evidence for a move, leaving out one file (leave-one-out evaluation).
  auto cite = [&](const graph::EdgeDesc& e, std::vector<graph::Evidence>& out) {
    for (const auto& ev : bg[e].evidence) {
      if (o.exclude_file.empty() || ev.file != o.exclude_file) out.push_back(ev);
    }
  };
  const std::string from_name = name(g, from, en);
  std::vector<Recommendation> out;
  out.reserve(keep);
  for (size_t i = 0; i < keep; ++i) {
    const Vertex v = scored[i].role;
    Recommendation r;
    r.role = v;
    r.score = scored[i].score;
    if (const Candidate* c = scored[i].candidate) {
      // Reasons in the order the moves are considered: a direct move, else the best two-step
      // route; then a related link. Cited: the direct move's evidence, else the two-step
      // route's; the related link's when that leaves none.
      if (c->direct && bg[c->direct_edge].count > 0) {
        const std::string k = count_number(bg[c->direct_edge].count);
        r.reasons.push_back(en ? "the move " + from_name + " → " + name(g, v, en) + " was observed " + k +
                                     " times in career histories"
                               : from_name + " → " + name(g, v, en) + "の移動がキャリア履歴で" + k + "回観測されています");
        cite(c->direct_edge, r.evidence);
      } else if (c->direct) {
        const double n = c->direct_n;
        r.reasons.push_back(en ? count_guides(n, en) + " show the move " + from_name + " → " + name(g, v, en)
                               : count_guides(n, en) + "が" + from_name + " → " + name(g, v, en) + "の移動を示しています");
        cite(c->direct_edge, r.evidence);
      } else if (c->two) {
        r.reasons.push_back(en ? "two steps away via " + name(g, c->mid, en) + " (" +
                                     count_guides(c->n1, en) + ", then " + count_guides(c->n2, en) + ")"
                               : name(g, c->mid, en) + "を経て2段階先（" + count_guides(c->n1, en) +
                                     "、" + count_guides(c->n2, en) + "）");
        cite(c->e1, r.evidence);
        cite(c->e2, r.evidence);
      }
      if (c->related && !bg[c->related_edge].label.empty()) {
        const graph::Transition& tr = bg[c->related_edge];
        r.reasons.push_back(en ? "a related occupation (" + tr.label + ", weight " + weight_text(tr.weight) + ")"
                               : "関連する職業（" + tr.label + "、重み" + weight_text(tr.weight) + "）");
        if (r.evidence.empty()) cite(c->related_edge, r.evidence);
      } else if (c->related) {
        r.reasons.push_back(en ? "a related role (" + count_guides(c->related_n, en) + " link them)"
                               : "関連する職種（" + count_guides(c->related_n, en) + "が関連づけ）");
        if (r.evidence.empty()) cite(c->related_edge, r.evidence);
      }
    }
    // Shared: held at the level needed; missing: the rest, most important first.
    bool levels = false;
    std::vector<std::pair<double, graph::SkillIndex>> missing;
    for (const auto& l : g.role(v).skills) {
      levels = levels || l.level.has_value();
      if (coverage(l.skill, l.level) >= 1.0) {
        r.shared.push_back(l.skill);
      } else {
        missing.emplace_back(l.importance, l.skill);
      }
    }
    std::stable_sort(missing.begin(), missing.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& m : missing) r.missing.push_back(m.second);
    const size_t need = g.role(v).skills.size();
    if (need > 0) {
      const std::string k = std::to_string(r.shared.size()), m = std::to_string(need);
      if (levels) {
        const std::string pct = std::to_string(static_cast<int>(std::lround(fit_of(v) * 100)));
        r.reasons.push_back(en ? "you have " + k + " of the " + m + " skills it needs at the level it needs; " +
                                     pct + "% of its importance-weighted needs"
                               : "必要なスキル" + m + "件のうち" + k + "件を必要なレベルで保有（重要度加重で" + pct + "%）");
      } else {
        r.reasons.push_back(en ? "you have " + k + " of the " + m + " skills it needs"
                               : "必要なスキル" + m + "件のうち" + k + "件を保有");
      }
    }
    if (demoted(v)) {
      const int level = g.role(v).level;
      r.reasons.push_back(en ? "its level " + std::to_string(level) + " is below your current " + std::to_string(from_level)
                             : "レベル" + std::to_string(level) + "は現在のレベル" + std::to_string(from_level) + "より下");
    }
    std::sort(r.evidence.begin(), r.evidence.end());
    r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace careergraph::recommend
