#include "recommend/next_roles.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <initializer_list>
#include <limits>
#include <set>
#include <string_view>

#include "graph/parallel.h"

namespace careergraph::recommend {
namespace {

using graph::EdgeKind;
using graph::Vertex;

const std::string& name(const graph::CareerGraph& g, Vertex v, bool english) {
  const auto& r = g.role(v);
  return english && !r.name_en.empty() ? r.name_en : r.name;
}

// Support of a move (observations plus citing places) leaving out one file (leave-one-out
// evaluation), without copying the evidence: the ranking needs it for every two-step pair.
double support(const graph::Transition& t, const std::string& exclude) {
  if (exclude.empty()) return t.support();
  const auto kept = std::count_if(t.evidence.begin(), t.evidence.end(),
                                  [&](const graph::Evidence& e) { return e.file != exclude; });
  return t.count() + static_cast<double>(kept);
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

// The pieces joined with one allocation: ten recommendations per query write ~30 reasons, and
// chains of operator+ reallocated as each grew.
std::string cat(std::initializer_list<std::string_view> parts) {
  size_t size = 0;
  for (auto p : parts) size += p.size();
  // Sized once and copied into: appending checked the capacity and called memcpy per piece.
  std::string out(size, '\0');
  char* at = out.data();
  for (auto p : parts) at = std::copy(p.begin(), p.end(), at);
  return out;
}

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

// A few dozen bytes of text on the stack: "N件のガイド" is past the 15 bytes a std::string
// holds without allocating, and a two-step reason writes two of them.
struct ShortText {
  char text[32];
  std::size_t size = 0;
  operator std::string_view() const { return {text, size}; }  // NOLINT(implicit): text
};

ShortText count_guides(double n, bool english) {
  const int k = static_cast<int>(n);
  ShortText out;
  char* end = std::to_chars(out.text, out.text + 12, k).ptr;
  const std::string_view unit = english ? (k == 1 ? " guide" : " guides") : "件のガイド";
  end = std::copy(unit.begin(), unit.end(), end);
  out.size = static_cast<std::size_t>(end - out.text);
  return out;
}

}  // namespace

RoleSkillIndex::RoleSkillIndex(const graph::CareerGraph& g, unsigned threads) : role_count_(g.role_count()) {
  // Three parts that fill different members: the skill lists, the moves, the order of ids.
  graph::run_parallel(
      3,
      [&](std::size_t part) {
        if (part == 0) index_skills(g);
        if (part == 1) index_moves(g);
        if (part == 2) index_ids(g);
      },
      threads);
}

void RoleSkillIndex::index_skills(const graph::CareerGraph& g) {
  // Each role's links, level and whether its needs are plain, read from the roles once (a
  // Role is a scattered object; everything below reads these compact lists).
  role_offsets_.reserve(g.role_count() + 1);
  role_offsets_.push_back(0);
  levels_.reserve(g.role_count());
  plain_.reserve(g.role_count());
  std::size_t link_count = 0;
  for (Vertex v = 0; v < g.role_count(); ++v) link_count += g.role(v).skills.size();
  skills_.reserve(link_count);
  std::size_t skills = g.skills().size();
  for (Vertex v = 0; v < g.role_count(); ++v) {
    const auto& r = g.role(v);
    bool plain = true;
    for (const auto& l : r.skills) {
      skills_.push_back(static_cast<std::uint32_t>(l.skill));
      skills = std::max(skills, l.skill + 1);
      plain = plain && l.importance == 1.0 && !l.level;
    }
    role_offsets_.push_back(skills_.size());
    levels_.push_back(r.level);
    plain_.push_back(plain ? 1 : 0);
    all_plain_ = all_plain_ && plain;
  }
  // Counting sort by skill: two passes over the links, no per-skill vectors.
  offsets_.assign(skills + 1, 0);
  for (auto s : skills_) ++offsets_[s + 1];
  for (std::size_t s = 0; s < skills; ++s) offsets_[s + 1] += offsets_[s];
  roles_.resize(offsets_.back());
  std::vector<std::size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (auto s : skills_of(v)) roles_[fill[s]++] = v;
  }
  // Skills rarest first (counting sort by role count, stable by index): rarity[s] is s's place.
  std::size_t most = 0;
  for (std::size_t s = 0; s < skills; ++s) most = std::max(most, offsets_[s + 1] - offsets_[s]);
  std::vector<std::size_t> by_count(most + 2, 0);
  for (std::size_t s = 0; s < skills; ++s) ++by_count[offsets_[s + 1] - offsets_[s] + 1];
  for (std::size_t c = 1; c < by_count.size(); ++c) by_count[c] += by_count[c - 1];
  std::vector<std::uint32_t> rarity(skills);
  for (std::size_t s = 0; s < skills; ++s) rarity[s] = static_cast<std::uint32_t>(by_count[offsets_[s + 1] - offsets_[s]]++);
  // Each role's links rarest first (a skill linked twice: in link order), and roles by link
  // count (counting sort, stable by vertex).
  std::vector<std::uint32_t> by_rarity(skills_);
  std::vector<Vertex> last(skills, g.role_count());  // last role seen linking each skill
  std::vector<std::size_t> by_links;
  for (Vertex v = 0; v < g.role_count(); ++v) {
    const auto first = by_rarity.begin() + static_cast<long>(role_offsets_[v]);
    const auto end = by_rarity.begin() + static_cast<long>(role_offsets_[v + 1]);
    std::stable_sort(first, end, [&rarity](std::uint32_t a, std::uint32_t b) { return rarity[a] < rarity[b]; });
    const std::size_t m = static_cast<std::size_t>(end - first);
    if (m + 1 >= by_links.size()) by_links.resize(m + 2, 0);
    ++by_links[m + 1];
    for (auto s : skills_of(v)) {
      distinct_links_ = distinct_links_ && last[s] != v;
      last[s] = v;
    }
  }
  for (std::size_t m = 1; m < by_links.size(); ++m) by_links[m] += by_links[m - 1];
  std::vector<Vertex> order(g.role_count());
  for (Vertex v = 0; v < g.role_count(); ++v) order[by_links[role_offsets_[v + 1] - role_offsets_[v]]++] = v;
  // Each skill's roles by link count, then by the skill's rank among the role's (rarest first),
  // then by vertex: filled in that order (for each link count, for each rank, the roles with
  // that many links, by vertex), so that no list needs sorting.
  sized_.resize(roles_.size());
  fill.assign(offsets_.begin(), offsets_.end() - 1);
  for (std::size_t group = 0; group < order.size();) {
    const Vertex head = order[group];
    const auto links = static_cast<std::uint32_t>(role_offsets_[head + 1] - role_offsets_[head]);
    std::size_t group_end = group;
    while (group_end < order.size() && role_offsets_[order[group_end] + 1] - role_offsets_[order[group_end]] == links) {
      ++group_end;
    }
    for (std::uint32_t rank = 0; rank < links; ++rank) {
      for (std::size_t i = group; i < group_end; ++i) {
        const Vertex v = order[i];
        const auto first = static_cast<std::uint32_t>(role_offsets_[v]);
        const std::uint32_t s = by_rarity[first + rank];
        sized_[fill[s]++] = {static_cast<std::uint32_t>(v), links, rank, levels_[v], first};
      }
    }
    group = group_end;
  }
}

void RoleSkillIndex::index_moves(const graph::CareerGraph& g) {
  const auto& bg = g.boost_graph();
  move_offsets_.reserve(g.role_count() + 1);
  move_offsets_.push_back(0);
  related_offsets_.reserve(g.role_count() + 1);
  related_offsets_.push_back(0);
  // Room for every edge in both lists: untouched room costs no page, while growing copied
  // megabytes (three times, in small steps).
  const std::size_t edges = boost::num_edges(bg);
  moves_.reserve(edges);
  move_supports_.reserve(edges);
  move_edges_.reserve(edges);
  related_.reserve(edges);
  related_edges_.reserve(edges);
  for (Vertex v = 0; v < g.role_count(); ++v) {
    // Each edge's Transition is a heap block met at random: the next role's are requested
    // while this one's are read, so that the misses overlap.
    if (v + 1 < g.role_count()) {
      for (auto [e, end] = boost::out_edges(v + 1, bg); e != end; ++e) __builtin_prefetch(&bg[*e]);
    }
    for (auto [e, end] = boost::out_edges(v, bg); e != end; ++e) {
      const double n = bg[*e].support();
      if (n <= 0) continue;
      if (bg[*e].kind != EdgeKind::kProgression) {
        // Taxonomy links carry a weight (O*NET tier and index, ESCO hierarchy); guide links 0.5.
        related_.push_back({boost::target(*e, bg), bg[*e].weight() > 0 ? bg[*e].weight() : 0.5, n});
        related_edges_.push_back(*e);
        continue;
      }
      moves_at_least_one_ = moves_at_least_one_ && n >= 1;
      moves_.push_back({boost::target(*e, bg), move_evidence(n)});
      move_supports_.push_back(n);
      move_edges_.push_back(*e);
    }
    move_offsets_.push_back(moves_.size());
    related_offsets_.push_back(related_.size());
  }
  in_offsets_.assign(g.role_count() + 1, 0);
  for (const Move& m : moves_) ++in_offsets_[m.to + 1];
  for (Vertex v = 0; v < g.role_count(); ++v) in_offsets_[v + 1] += in_offsets_[v];
  moves_in_.resize(moves_.size());
  in_edges_.resize(moves_.size());
  std::vector<std::size_t> next(in_offsets_.begin(), in_offsets_.end() - 1);
  for (Vertex v = 0; v < g.role_count(); ++v) {
    for (std::size_t i = move_offsets_[v]; i < move_offsets_[v + 1]; ++i) {
      in_edges_[next[moves_[i].to]] = move_edges_[i];
      moves_in_[next[moves_[i].to]++] = {v, move_supports_[i]};
    }
  }
}

void RoleSkillIndex::index_ids(const graph::CareerGraph& g) {
  std::vector<Vertex> by_id(g.role_count());
  for (Vertex v = 0; v < g.role_count(); ++v) by_id[v] = v;
  std::sort(by_id.begin(), by_id.end(), [&g](Vertex a, Vertex b) { return g.role(a).id < g.role(b).id; });
  id_ranks_.resize(g.role_count());
  for (std::size_t i = 0; i < by_id.size(); ++i) id_ranks_[by_id[i]] = static_cast<std::uint32_t>(i);
}


namespace {

// What the person holds: the current role's skills plus `have`, as a bitmap over skill indexes
// (counting shared skills is the inner loop) with the level held where known (first mention,
// as add_held leaves it).
class Held {
 public:
  Held(const graph::CareerGraph& g, Vertex from, const std::vector<HeldSkill>& have) {
    std::vector<HeldSkill> held;
    held.reserve(g.role(from).skills.size() + have.size());
    for (const auto& l : g.role(from).skills) held.push_back({l.skill, l.level});
    add_held(held, have);
    distinct_.reserve(held.size());
    graph::SkillIndex top = 0;
    for (const auto& h : held) top = std::max(top, h.skill + 1);
    bit_.assign(top, 0);
    for (const auto& h : held) {
      if (bit_[h.skill] == 0) {
        if (h.level) level_.emplace_back(h.skill, *h.level);
        distinct_.push_back(h.skill);
        bit_[h.skill] = h.level ? kRated : kHeld;
      }
      levels_ = levels_ || h.level.has_value();
    }
    std::sort(distinct_.begin(), distinct_.end());
    std::sort(level_.begin(), level_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }

  bool has(graph::SkillIndex s) const { return s < bit_.size() && bit_[s] != 0; }
  // The skills held, each once, in index order.
  const std::vector<graph::SkillIndex>& distinct() const { return distinct_; }

  // How much of a need holding `skill` covers: partial where the level held falls short.
  double coverage(graph::SkillIndex skill, const std::optional<double>& need) const {
    if (!has(skill)) return 0.0;
    if (!need || bit_[skill] != kRated || *need <= 0) return 1.0;
    const double have = std::lower_bound(level_.begin(), level_.end(), skill,
                                         [](const auto& l, graph::SkillIndex s) { return l.first < s; })
                            ->second;
    return have >= *need ? 1.0 : std::max(0.0, have / *need);
  }
  // Importance-weighted coverage of r's needs. A rated need (it has a level) says nothing about
  // a person with no rated skills at all (an O*NET occupation published without ratings):
  // unknown, not missing, so it is left out of the fit (it is still listed as missing). For
  // guides (importance 1, no levels) this is shared links / needed links.
  double fit(const graph::Role& r) const {
    double covered = 0, total = 0;
    for (const auto& l : r.skills) {
      if (l.level && !levels_ && !has(l.skill)) continue;
      total += l.importance;
      covered += l.importance * coverage(l.skill, l.level);
    }
    return total <= 0 ? 0.0 : covered / total;
  }

 private:
  // Per skill index: not held, held at no stated level, held at the level level_ lists. A
  // per-skill array of levels was as long as the skill vocabulary (16 bytes an entry), filled
  // for every query, while few people state levels.
  static constexpr char kHeld = 1, kRated = 2;
  std::vector<char> bit_;
  std::vector<std::pair<graph::SkillIndex, double>> level_;  // by skill
  std::vector<graph::SkillIndex> distinct_;
  bool levels_ = false;
};

struct Scored {
  Vertex role;
  double score;
  int candidate;  // index of its Candidate; -1: a candidate by skill overlap only
};

// Best first, ties by id. Ids are unique, so the order is total and partial_sort gives what a
// full sort would, whatever order the candidates were found in. `id_before(a, b)`: a's id sorts
// before b's.
template <typename IdBefore>
auto better(IdBefore id_before) {
  return [id_before](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return id_before(a.role, b.role);
  };
}

// Sorts the first min(n, size) of `scored` into place and drops the rest.
template <typename IdBefore>
void keep_best(int n, std::vector<Scored>& scored, IdBefore id_before) {
  size_t keep = scored.size();
  if (n >= 0 && keep > static_cast<size_t>(n)) keep = static_cast<size_t>(n);
  std::partial_sort(scored.begin(), scored.begin() + static_cast<long>(keep), scored.end(), better(id_before));
  scored.resize(keep);
}

void keep_best(const graph::CareerGraph& g, int n, std::vector<Scored>& scored) {
  keep_best(n, scored, [&g](Vertex a, Vertex b) { return g.role(a).id < g.role(b).id; });
}

// The ranking as DESIGN §6 states it, from the Boost graph and the roles: every candidate's
// moves are looked up edge by edge. Used without an index, when a file's evidence is left out
// (support then differs from what the index holds), and for moves with support below 1.
std::vector<Scored> rank_scan(const graph::CareerGraph& g, Vertex from, const NextOptions& o, const Held& held,
                              std::vector<Candidate>& cands) {
  const auto& bg = g.boost_graph();
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
    c.evidence = std::max(c.evidence, bg[*e].weight() > 0 ? bg[*e].weight() : 0.5);
    c.related = true;
    c.related_edge = *e;
    c.related_n = n;
  }
  // Links of v to a held skill (a skill linked twice counts twice, as in the ranking).
  auto shared_links = [&](Vertex v) {
    size_t shared = 0;
    if (o.index != nullptr) {
      for (auto s : o.index->skills_of(v)) shared += held.has(s) ? 1 : 0;
    } else {
      for (const auto& l : g.role(v).skills) shared += held.has(l.skill) ? 1 : 0;
    }
    return shared;
  };
  // Skills role v needs (links, as counted in the Jaccard overlap and the fit).
  auto needs = [&](Vertex v) {
    return o.index != nullptr ? o.index->skills_of(v).size() : g.role(v).skills.size();
  };
  const size_t held_count = held.distinct().size();
  // Score every candidate first (cheap), then write reasons, evidence and skill lists only
  // for the ones returned.
  const int from_level = g.role(from).level;
  auto demoted = [&](Vertex v) {
    const int level = g.role(v).level;
    return from_level > 0 && level > 0 && level < from_level;
  };
  std::vector<Scored> scored;
  auto score = [&](Vertex v, double evidence) {
    const double demotion = demoted(v) ? 0.5 : 0.0;
    return evidence + held.fit(g.role(v)) - demotion;
  };
  size_t above_one = 0;
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.role == from || avoided.count(c.role) || same_job(c.role)) continue;
    scored.push_back({c.role, score(c.role, c.evidence), static_cast<int>(i)});
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
    for (graph::SkillIndex s : held.distinct()) {
      for (Vertex v : o.index->roles_needing(s)) {
        if (shared[v]++ == 0) touched.push_back(v);
      }
    }
    for (Vertex v : touched) {
      if (v == from || slot[v] >= 0 || same_job(v)) continue;
      const size_t uni = held_count + needs(v) - shared[v];
      const double jaccard = uni == 0 ? 0.0 : static_cast<double>(shared[v]) / static_cast<double>(uni);
      if (jaccard >= kMinOverlap) by_overlap.emplace_back(v, shared[v]);
    }
  } else if (overlap_can_rank) {
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (v == from || slot[v] >= 0 || g.role(v).skills.empty() || same_job(v)) continue;
      const size_t shared = shared_links(v);
      const size_t uni = held_count + g.role(v).skills.size() - shared;
      const double jaccard = uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
      if (jaccard >= kMinOverlap) by_overlap.emplace_back(v, shared);
    }
  }

  for (const auto& [v, shared] : by_overlap) {
    if (avoided.count(v)) continue;
    scored.push_back({v, score(v, 0.0), -1});
    slot[v] = -2;  // scored by overlap
  }
  // Fewer than n: fill up with the closest skill profiles (a taxonomy occupation may have no
  // moves and no close neighbour, e.g. ESCO's ICT project manager).
  if (o.n > 0 && scored.size() < static_cast<size_t>(o.n)) {
    std::vector<std::pair<double, Vertex>> close;
    for (Vertex v = 0; v < g.role_count(); ++v) {
      if (v == from || slot[v] != -1 || avoided.count(v) || g.role(v).skills.empty() || same_job(v)) continue;
      const size_t shared = shared_links(v);
      const size_t uni = held_count + needs(v) - shared;
      const double j = uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
      if (j >= kMinTopUpOverlap) close.emplace_back(-j, v);
    }
    std::sort(close.begin(), close.end());
    for (size_t i = 0; i < close.size() && scored.size() < static_cast<size_t>(o.n); ++i) {
      scored.push_back({close[i].second, score(close[i].second, 0.0), -1});
    }
  }
  keep_best(g, o.n, scored);
  return scored;
}

// A candidate by move as the indexed ranking scores it: the moves behind it are looked up
// again only if it is returned (a role may have hundreds of two-step candidates).
struct Found {
  Vertex role = 0;
  double evidence = 0;
  double two = 0;   // the best two-step route's evidence; 0: none
  int winner = -1;  // index of its Candidate when returned
};

// Per-thread state of the indexed ranking, kept from one query to the next: what it records
// per role is valid only where the stamp is the current query's, so that a query costs what
// it visits rather than O(V) to clear arrays, and the lists keep their capacity.
struct Scratch {
  struct Mark {
    std::uint32_t stamp = 0;
    int slot = -1;             // index into found; -2: a candidate by skill overlap
    std::uint32_t shared = 0;  // links to held skills
    int mid = -1;              // index into mids: the first step of a two-step route
  };
  std::vector<Mark> marks;
  std::uint32_t epoch = 0;
  std::vector<Found> found;
  std::vector<Vertex> touched;  // roles whose shared count is set
  std::vector<Scored> scored;
  std::vector<double> scores;
  std::vector<graph::SkillIndex> rarest;
  std::vector<std::pair<std::size_t, graph::SkillIndex>> by_count;  // sorts rarest
  std::vector<std::pair<graph::EdgeDesc, double>> mids;  // first steps and their support
  std::vector<double> lows;  // lower bounds of the candidates by move
  std::vector<const RoleSkillIndex::Sized*> batch;  // index entries left to check
  // Roles the overlap search has met, one bit each: an index entry of a role met before is
  // skipped after a test in a few kilobytes that stay in L1, not a miss on its Mark (16 bytes
  // a role). seen_list: the roles whose bits are set, cleared at the next start.
  std::vector<std::uint64_t> seen;
  std::vector<Vertex> seen_list;
  // 1 for each skill held, over every skill the index knows: counting a role's held links is
  // then one load and add per link, with no bounds test (Held's map ends at its last skill).
  std::vector<unsigned char> held_map;
  std::vector<graph::SkillIndex> held_list;  // the skills set in held_map

  void start(std::size_t roles) {
    if (marks.size() < roles) marks.resize(roles);
    if (seen.size() < (roles + 63) / 64) seen.resize((roles + 63) / 64);
    for (Vertex v : seen_list) seen[v / 64] = 0;
    seen_list.clear();
    for (graph::SkillIndex k : held_list) held_map[k] = 0;
    held_list.clear();
    if (++epoch == 0) {  // wrapped: stamps of 2^32 queries ago would look current
      for (auto& m : marks) m.stamp = 0;
      epoch = 1;
    }
    found.clear();
    touched.clear();
    scored.clear();
    scores.clear();
    mids.clear();
    lows.clear();
    batch.clear();
  }
  Mark& mark(Vertex v) {
    Mark& m = marks[v];
    if (m.stamp != epoch) m = {epoch, -1, 0, -1};
    return m;
  }
  const Mark* peek(Vertex v) const { return marks[v].stamp == epoch ? &marks[v] : nullptr; }
  // Whether v is met for the first time (and it is now met).
  bool meet(Vertex v) {
    std::uint64_t& word = seen[v / 64];
    const std::uint64_t bit = std::uint64_t{1} << (v % 64);
    if ((word & bit) != 0) return false;
    word |= bit;
    seen_list.push_back(v);
    return true;
  }
};

thread_local Scratch scratch;

// The same ranking from the index's compact arrays (no Role or Boost edge is read while
// scoring, save the fit of a role with rated needs), phase by phase: rank_indexed runs them in
// order. The query's inputs, the thread's scratch, and what each phase leaves for the next (in
// the scratch: the candidates by move, the scores, the roles met). Preconditions: o.index is of
// g, no file is left out, and every move's support is ≥ 1 (so every two-step route scores ≥ ½).
class IndexedRanking {
 public:
  IndexedRanking(const graph::CareerGraph& g, Vertex from, const NextOptions& o, const Held& held, Scratch& sc)
      : g_(g), ix_(*o.index), o_(o), held_(held), sc_(sc), from_(from), from_level_(ix_.level(from)),
        held_count_(held.distinct().size()) {
    sc_.start(g.role_count());
    avoided_ = vertices(o.avoid);
    same_job_ = vertices(g.role(from).same_as);
    // 1 for each skill held, over every skill the index knows.
    if (sc_.held_map.size() < ix_.skill_count()) sc_.held_map.resize(ix_.skill_count(), 0);
    for (graph::SkillIndex k : held.distinct()) {
      if (k < ix_.skill_count()) {
        sc_.held_map[k] = 1;
        sc_.held_list.push_back(k);
      }
    }
    held_map_ = sc_.held_map.data();
  }

  // Candidates by move (sc.found): progression successors, two-step successors with the best
  // route's evidence, related roles.
  void find_moves();
  // Scores the candidates by move that can rank (sc.scored) and returns how many score above 1.
  size_t score_moves();
  // The overlap candidates that can still rank, by prefix filtering (sc.scored; roles met: sc.seen).
  void search_overlap();
  // Every role sharing a held skill gets its shared link count (sc.touched); `overlap`: and
  // the overlap candidates among them are scored.
  void touch_all(bool overlap);
  // Fewer than n scored: the closest skill profiles fill the list.
  void top_up();
  // The moves behind the candidates returned (sc.scored, best first), as rank_scan records them.
  void moves_behind(std::vector<Candidate>& cands);

 private:
  std::vector<Vertex> vertices(const std::vector<std::string>& ids) const {
    std::vector<Vertex> out;
    for (const auto& id : ids) {
      if (auto v = g_.find_role(id)) out.push_back(*v);
    }
    return out;
  }
  // Mostly empty lists, tested for thousands of roles: the test of emptiness is inlined.
  [[gnu::always_inline]] static bool listed(const std::vector<Vertex>& vs, Vertex v) {
    return !vs.empty() && std::find(vs.begin(), vs.end(), v) != vs.end();
  }
  bool eligible(Vertex v) const { return v != from_ && !listed(avoided_, v) && !listed(same_job_, v); }
  bool demoted(int level) const { return from_level_ > 0 && level > 0 && level < from_level_; }
  double demotion_of(Vertex v) const { return demoted(ix_.level(v)) ? 0.5 : 0.0; }
  double score(Vertex v, double evidence, size_t shared) const {
    const double demotion = demotion_of(v);
    const size_t need = ix_.skills_of(v).size();
    const double fit = !ix_.plain(v)  ? held_.fit(g_.role(v))
                       : need == 0 ? 0.0
                                   : static_cast<double>(shared) / static_cast<double>(need);
    return evidence + fit - demotion;
  }
  size_t count_shared(std::span<const std::uint32_t> skills) const {
    size_t shared = 0;
    for (auto s : skills) shared += held_map_[s];
    return shared;
  }
  size_t shared_links(Vertex v) const { return count_shared(ix_.skills_of(v)); }
  double jaccard(Vertex v, size_t shared) const {
    const size_t uni = held_count_ + ix_.skills_of(v).size() - shared;
    return uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
  }
  Found& candidate(Vertex v) {
    Scratch::Mark& m = sc_.mark(v);
    if (m.slot < 0) {
      m.slot = static_cast<int>(sc_.found.size());
      sc_.found.push_back({v});
    }
    return sc_.found[static_cast<size_t>(m.slot)];
  }
  // An overlap candidate: a role sharing held skills, not a candidate by move, close enough.
  bool consider(Vertex v, Scratch::Mark& m) {
    if (v == from_ || m.slot >= 0 || listed(same_job_, v) || jaccard(v, m.shared) < kMinOverlap) return false;
    if (listed(avoided_, v)) return false;
    sc_.scored.push_back({v, score(v, 0.0, m.shared), -1});
    m.slot = -2;
    return true;
  }

  const graph::CareerGraph& g_;
  const RoleSkillIndex& ix_;
  const NextOptions& o_;
  const Held& held_;
  Scratch& sc_;
  const Vertex from_;
  const int from_level_;
  const size_t held_count_;  // distinct skills held
  std::vector<Vertex> avoided_, same_job_;
  const unsigned char* held_map_ = nullptr;
};

void IndexedRanking::find_moves() {
  const auto moves = ix_.moves_from(from_);
  for (const auto& m : moves) candidate(m.to).evidence = m.evidence;
  for (const auto& m1 : moves) {
    for (const auto& m2 : ix_.moves_from(m1.to)) {
      if (m2.to == from_) continue;
      Found& c = candidate(m2.to);
      c.two = std::max(c.two, 0.5 * std::min(m1.evidence, m2.evidence));
    }
  }
  for (auto& c : sc_.found) {
    if (c.two > c.evidence) c.evidence = c.two;
  }
  for (const auto& r : ix_.related_from(from_)) {
    if (listed(same_job_, r.to)) continue;
    Found& c = candidate(r.to);
    c.evidence = std::max(c.evidence, r.evidence);
  }
}

size_t IndexedRanking::score_moves() {
  // A plain candidate by move scores between evidence − demotion and evidence + 1 − demotion
  // (fit is shared / needed links, 0..1, and rounding keeps both bounds). Scoring it reads its
  // skill list, a cache miss, and a hub's successors bring hundreds of two-step candidates: once
  // n candidates are sure to score at least `low`, one whose upper bound is below `low` can be
  // neither among the n best nor the n-th best score, and is left unscored. Roles with rated
  // needs are scored exactly in both passes.
  double low = -std::numeric_limits<double>::infinity();
  if (o_.n > 0 && sc_.found.size() > static_cast<size_t>(o_.n)) {
    auto& lows = sc_.lows;
    for (const Found& f : sc_.found) {
      if (!eligible(f.role)) continue;
      // The skill lists the next loop reads, requested now: their misses overlap.
      __builtin_prefetch(ix_.skills_of(f.role).data());
      lows.push_back(ix_.plain(f.role) ? f.evidence + 0.0 - demotion_of(f.role)
                                       : score(f.role, f.evidence, shared_links(f.role)));
    }
    if (lows.size() >= static_cast<size_t>(o_.n)) {
      std::nth_element(lows.begin(), lows.begin() + (o_.n - 1), lows.end(), std::greater<>());
      low = lows[static_cast<size_t>(o_.n - 1)];
    }
  }
  size_t above_one = 0;
  for (size_t i = 0; i < sc_.found.size(); ++i) {
    const Found& f = sc_.found[i];
    const Vertex v = f.role;
    if (!eligible(v)) continue;
    if (ix_.plain(v) && f.evidence + 1.0 - demotion_of(v) < low) continue;
    sc_.scored.push_back({v, score(v, f.evidence, shared_links(v)), static_cast<int>(i)});
    above_one += sc_.scored.back().score > 1.0 ? 1 : 0;
  }
  return above_one;
}

void IndexedRanking::touch_all(bool overlap) {
  for (graph::SkillIndex s : held_.distinct()) {
    for (Vertex v : ix_.roles_needing(s)) {
      Scratch::Mark& m = sc_.mark(v);
      if (m.shared != 0) continue;
      m.shared = static_cast<std::uint32_t>(shared_links(v));
      sc_.touched.push_back(v);
      if (overlap) consider(v, m);
    }
  }
}

// Prefix filtering (docs/recommend.md), for n > 0 with fewer than n candidates by move above 1
// and no role linking a skill twice.
void IndexedRanking::search_overlap() {
  // Prefix filtering (docs/recommend.md): a role with m links needs at least α(m) held
  // skills to be an overlap candidate that can still rank. Ordering skills rarest first,
  // the first skill it shares with the person is then among the H − α(m) + 1 rarest held
  // skills and among the role's m − α(m) + 1 rarest (α − 1 shared ones follow it on both
  // sides). So the i-th rarest held skill (from 0) is read only for roles with α(m) ≤ H − i,
  // where it is one of their m − α(m) + 1 rarest: α grows with m and each skill's roles come
  // fewest links first, so each read stops early, the most common skills are read least, and
  // only the roles left are checked against their skill lists.
  //
  // bar: the n-th best score so far (min-heap of the n best), once n are scored and every
  // role's fit is shared / needed links; a role then ranks only with fit − demotion ≥ bar.
  auto& best = sc_.scores;
  auto keep_score = [&](double x) {
    if (best.size() < static_cast<size_t>(o_.n)) {
      best.push_back(x);
      std::push_heap(best.begin(), best.end(), std::greater<>());
    } else if (x > best.front()) {
      std::pop_heap(best.begin(), best.end(), std::greater<>());
      best.back() = x;
      std::push_heap(best.begin(), best.end(), std::greater<>());
    }
  };
  for (const auto& s : sc_.scored) keep_score(s.score);
  auto bar = [&] { return ix_.all_plain() && best.size() == static_cast<size_t>(o_.n) ? best.front() : -1.0; };
  // Jaccard ≥ t needs shared ≥ t·(H + m)/(1 + t); fit − demotion ≥ bar needs shared ≥
  // (bar + demotion)·m. The margin keeps α an underestimate whatever the rounding of the
  // scores compared later.
  const auto h = static_cast<double>(held_count_);
  auto alpha = [&](std::uint32_t m, double demotion) {
    const double links = static_cast<double>(m);
    const double need = std::max(kMinOverlap * (h + links) / (1.0 + kMinOverlap), (bar() + demotion) * links);
    return std::max(1.0, std::ceil(need - 1e-9));
  };
  // The held skills rarest first (fewest roles, then index), sorted as (roles, skill) pairs:
  // the comparison reads no offset table.
  auto& by_count = sc_.by_count;
  by_count.clear();
  for (graph::SkillIndex k : held_.distinct()) by_count.emplace_back(ix_.roles_needing(k).size(), k);
  std::sort(by_count.begin(), by_count.end());
  auto& rarest = sc_.rarest;
  rarest.clear();
  for (const auto& [count, k] : by_count) rarest.push_back(k);
  // Whether entry e can still be a role's first shared skill, with α as the bar is now.
  auto passes = [&](const RoleSkillIndex::Sized& e, double limit, double a, double a_demoted) {
    const double need = demoted(e.level) ? a_demoted : a;
    return need <= limit && static_cast<double>(e.rank) + need <= static_cast<double>(e.links);
  };
  // Each role checked costs two cache misses (its mark and its skill list, both at random):
  // the entries that pass the filter are listed first, then checked with the mark and skill
  // list of the entry kAhead places on already requested, so that the misses overlap rather
  // than follow one another. The bar may rise while they are checked: each is tested again.
  constexpr size_t kAhead = 8;
  auto& batch = sc_.batch;
  // A role met before was checked (or left out with a bar no higher than now: met again by a
  // more common skill, its rank among its skills is higher, the limit lower, and the bar no
  // lower, so it would fail again). Candidates by move and `from` are never overlap
  // candidates: met from the start.
  sc_.meet(from_);
  for (const Found& f : sc_.found) sc_.meet(f.role);
  for (size_t i = 0; i < rarest.size(); ++i) {
    const double limit = h - static_cast<double>(i);
    batch.clear();
    std::uint32_t m = 0;
    double a = 0, a_demoted = 0;  // α(m) as the bar was when m was reached; it only rises
    const auto entries = ix_.roles_needing_by_size(rarest[i]);
    for (auto it = entries.begin(); it != entries.end();) {
      const RoleSkillIndex::Sized& e = *it;
      if (e.links != m) {
        m = e.links;
        a = alpha(m, 0.0);
        if (a > limit) break;
        a_demoted = alpha(m, 0.5);
      }
      // Entries of one link count come by rank, and a role not demoted needs the least: once
      // that fails, so does every later entry of this link count. Skipping them, rather than
      // testing each (a branch taken about half the time at random), halves what is read.
      if (static_cast<double>(e.rank) + a > static_cast<double>(m)) {
        it = std::upper_bound(it, entries.end(), m,
                              [](std::uint32_t links, const RoleSkillIndex::Sized& x) { return links < x.links; });
        continue;
      }
      if (passes(e, limit, a, a_demoted) && sc_.meet(e.role)) batch.push_back(&e);
      ++it;
    }
    double bar_then = bar();
    m = 0;
    for (size_t j = 0; j < batch.size(); ++j) {
      if (j + kAhead < batch.size()) {
        const RoleSkillIndex::Sized& ahead = *batch[j + kAhead];
        __builtin_prefetch(&sc_.marks[ahead.role], 1);
        __builtin_prefetch(ix_.skills_of(ahead).data());
      }
      const RoleSkillIndex::Sized& e = *batch[j];
      if (e.links != m || bar() != bar_then) {
        m = e.links;
        bar_then = bar();
        a = alpha(m, 0.0);
        a_demoted = alpha(m, 0.5);
      }
      if (!passes(e, limit, a, a_demoted)) continue;
      Scratch::Mark& mk = sc_.mark(e.role);
      const size_t shared = count_shared(ix_.skills_of(e));
      mk.shared = static_cast<std::uint32_t>(shared);
      sc_.touched.push_back(e.role);
      // As consider(), from the entry's link count and level rather than the index's per-role
      // arrays (more misses); e.role is neither `from` nor a candidate by move (met at first).
      const Vertex v = e.role;
      const size_t uni = held_count_ + e.links - shared;
      const double j_overlap = uni == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(uni);
      if (listed(same_job_, v) || j_overlap < kMinOverlap || listed(avoided_, v)) continue;
      const double demotion = demoted(e.level) ? 0.5 : 0.0;
      const double fit = !ix_.all_plain() && !ix_.plain(v) ? held_.fit(g_.role(v))
                         : e.links == 0                  ? 0.0
                                                         : static_cast<double>(shared) / static_cast<double>(e.links);
      sc_.scored.push_back({v, 0.0 + fit - demotion, -1});
      mk.slot = -2;
      keep_score(sc_.scored.back().score);
    }
  }
}

void IndexedRanking::top_up() {
  // Roles sharing no held skill have a Jaccard overlap of 0: the top-up looks at touched ones.
  if (o_.n > 0 && sc_.scored.size() < static_cast<size_t>(o_.n)) {
    touch_all(false);  // the prefix filter above may have left some out
    std::vector<std::pair<double, Vertex>> close;
    for (Vertex v : sc_.touched) {
      const Scratch::Mark& m = sc_.marks[v];
      if (v == from_ || m.slot != -1 || listed(avoided_, v) || listed(same_job_, v)) continue;
      const double j = jaccard(v, m.shared);
      if (j >= kMinTopUpOverlap) close.emplace_back(-j, v);
    }
    std::sort(close.begin(), close.end());
    for (size_t i = 0; i < close.size() && sc_.scored.size() < static_cast<size_t>(o_.n); ++i) {
      const Vertex v = close[i].second;
      sc_.scored.push_back({v, score(v, 0.0, sc_.marks[v].shared), -1});
    }
  }
}

void IndexedRanking::moves_behind(std::vector<Candidate>& cands) {
  const auto moves = ix_.moves_from(from_);
  cands.reserve(sc_.scored.size());
  for (auto& s : sc_.scored) {
    if (s.candidate < 0) continue;
    Found& f = sc_.found[static_cast<size_t>(s.candidate)];
    f.winner = static_cast<int>(cands.size());
    s.candidate = f.winner;
    cands.emplace_back();
    cands.back().role = f.role;
  }
  auto returned = [&](Vertex v) -> Candidate* {
    const Scratch::Mark* m = sc_.peek(v);
    if (m == nullptr || m->slot < 0) return nullptr;
    const int w = sc_.found[static_cast<size_t>(m->slot)].winner;
    return w < 0 ? nullptr : &cands[static_cast<size_t>(w)];
  };
  auto& mids = sc_.mids;
  for (const auto& m : moves) {
    const double n = ix_.support_of(m);
    sc_.mark(m.to).mid = static_cast<int>(mids.size());
    mids.emplace_back(ix_.edge_of(m), n);
    if (Candidate* c = returned(m.to)) {
      c->direct = true;
      c->direct_edge = ix_.edge_of(m);
      c->direct_n = n;
    }
  }
  for (const auto& r : ix_.related_from(from_)) {
    Candidate* c = returned(r.to);
    if (c == nullptr || listed(same_job_, r.to)) continue;
    c->related = true;
    c->related_edge = ix_.edge_of(r);
    c->related_n = r.support;
  }
  // The best middle role, from the index's moves into the target (the reasons name it only
  // when there is no direct move): best evidence, then smallest id, which is what rank_scan's
  // update rule leaves whatever the order. Its edges are looked up for the one chosen.
  for (Candidate& c : cands) {
    if (c.direct) continue;
    for (const auto& in : ix_.moves_to(c.role)) {
      const Scratch::Mark* m = sc_.peek(in.from);
      if (m == nullptr || m->mid < 0) continue;
      const double n1 = mids[static_cast<size_t>(m->mid)].second;
      const double two = 0.5 * std::min(move_evidence(n1), move_evidence(in.support));
      if (two > c.two_evidence || (two == c.two_evidence && ix_.id_rank(in.from) < ix_.id_rank(c.mid))) {
        c.two = true;
        c.two_evidence = two;
        c.mid = in.from;
        c.n1 = n1;
        c.n2 = in.support;
        c.e1 = mids[static_cast<size_t>(m->mid)].first;
        c.e2 = ix_.edge_of(in);  // the only progression edge mid → role (add_transition merges)
      }
    }
  }
}

// The n best, in the thread's scratch: valid until the thread's next query.
const std::vector<Scored>& rank_indexed(const graph::CareerGraph& g, Vertex from, const NextOptions& o,
                                        const Held& held, std::vector<Candidate>& cands) {
  Scratch& sc = scratch;
  IndexedRanking ranking(g, from, o, held, sc);
  ranking.find_moves();
  const size_t above_one = ranking.score_moves();
  if (o.n > 0 && above_one < static_cast<size_t>(o.n) && o.index->distinct_links()) {
    ranking.search_overlap();
  } else if (o.n < 0 || above_one < static_cast<size_t>(o.n)) {
    ranking.touch_all(true);
  }
  ranking.top_up();
  keep_best(o.n, sc.scored, [&ix = *o.index](Vertex a, Vertex b) { return ix.id_rank(a) < ix.id_rank(b); });
  ranking.moves_behind(cands);
  return sc.scored;
}

}  // namespace

std::vector<Recommendation> next_roles(const graph::CareerGraph& g, Vertex from, const NextOptions& o) {
  const auto& bg = g.boost_graph();
  const bool en = o.english;
  const Held held(g, from, o.have);
  std::vector<Candidate> cands;
  const bool indexed = o.index != nullptr && o.index->role_count() == g.role_count() && o.exclude_file.empty() &&
                       o.index->moves_at_least_one();
  std::vector<Scored> scanned;
  const std::vector<Scored>& top =
      indexed ? rank_indexed(g, from, o, held, cands) : (scanned = rank_scan(g, from, o, held, cands));

  const int from_level = g.role(from).level;
  auto demoted = [&](Vertex v) {
    const int level = g.role(v).level;
    return from_level > 0 && level > 0 && level < from_level;
  };
  // Evidence for a move, leaving out one file (leave-one-out evaluation).
  auto cite = [&](const graph::EdgeDesc& e, std::vector<graph::Evidence>& out) {
    if (o.exclude_file.empty()) {
      out.insert(out.end(), bg[e].evidence.begin(), bg[e].evidence.end());
      return;
    }
    for (const auto& ev : bg[e].evidence) {
      if (o.exclude_file.empty() || ev.file != o.exclude_file) out.push_back(ev);
    }
  };
  const std::string& from_name = name(g, from, en);
  // Writing a recommendation reads its Role, its name and the Transitions cited, each a miss
  // at random: requested for all n first (the Roles and Transitions, then what they point to),
  // so that the misses overlap instead of following one another.
  for (const Scored& s : top) {
    __builtin_prefetch(&g.role(s.role));
    if (s.candidate < 0) continue;
    const Candidate& c = cands[static_cast<size_t>(s.candidate)];
    if (c.direct) __builtin_prefetch(&bg[c.direct_edge]);
    if (c.two) {
      __builtin_prefetch(&g.role(c.mid));
      __builtin_prefetch(&bg[c.e1]);
      __builtin_prefetch(&bg[c.e2]);
    }
    if (c.related) __builtin_prefetch(&bg[c.related_edge]);
  }
  for (const Scored& s : top) {
    __builtin_prefetch(name(g, s.role, en).data());
    if (s.candidate < 0) continue;
    const Candidate& c = cands[static_cast<size_t>(s.candidate)];
    if (c.direct) __builtin_prefetch(bg[c.direct_edge].evidence.data());
    if (c.two) __builtin_prefetch(name(g, c.mid, en).data());
  }
  std::vector<Recommendation> out;
  out.reserve(top.size());
  for (const Scored& s : top) {
    const Vertex v = s.role;
    const size_t need = g.role(v).skills.size();
    Recommendation r;
    r.role = v;
    r.score = s.score;
    r.reasons.reserve(4);
    if (s.candidate >= 0) {
      const Candidate* c = &cands[static_cast<size_t>(s.candidate)];
      // Reasons in the order the moves are considered: a direct move, else the best two-step
      // route; then a related link. Cited: the direct move's evidence, else the two-step
      // route's; the related link's when that leaves none.
      if (c->direct && bg[c->direct_edge].count() > 0) {
        const std::string k = count_number(bg[c->direct_edge].count());
        r.reasons.push_back(en ? cat({"the move ", from_name, " → ", name(g, v, en), " was observed ", k,
                                      " times in career histories"})
                               : cat({from_name, " → ", name(g, v, en), "の移動がキャリア履歴で", k, "回観測されています"}));
        cite(c->direct_edge, r.evidence);
      } else if (c->direct) {
        const double n = c->direct_n;
        r.reasons.push_back(en ? cat({count_guides(n, en), " show the move ", from_name, " → ", name(g, v, en)})
                               : cat({count_guides(n, en), "が", from_name, " → ", name(g, v, en), "の移動を示しています"}));
        cite(c->direct_edge, r.evidence);
      } else if (c->two) {
        r.reasons.push_back(en ? cat({"two steps away via ", name(g, c->mid, en), " (", count_guides(c->n1, en),
                                      ", then ", count_guides(c->n2, en), ")"})
                               : cat({name(g, c->mid, en), "を経て2段階先（", count_guides(c->n1, en), "、",
                                      count_guides(c->n2, en), "）"}));
        cite(c->e1, r.evidence);
        cite(c->e2, r.evidence);
      }
      if (c->related && !bg[c->related_edge].label().empty()) {
        const graph::Transition& tr = bg[c->related_edge];
        r.reasons.push_back(en ? cat({"a related occupation (", tr.label(), ", weight ", weight_text(tr.weight()), ")"})
                               : cat({"関連する職業（", tr.label(), "、重み", weight_text(tr.weight()), "）"}));
        if (r.evidence.empty()) cite(c->related_edge, r.evidence);
      } else if (c->related) {
        r.reasons.push_back(en ? cat({"a related role (", count_guides(c->related_n, en), " link them)"})
                               : cat({"関連する職種（", count_guides(c->related_n, en), "が関連づけ）"}));
        if (r.evidence.empty()) cite(c->related_edge, r.evidence);
      }
    }
    // Shared: held at the level needed; missing: the rest, most important first.
    bool levels = false;
    if (indexed && o.index->plain(v)) {
      // Importance 1 and no levels: shared means held, and the missing keep link order (what
      // the stable sort by importance leaves). Read from the index's list of the role's skills
      // rather than the Role's links (72 bytes each).
      const auto skills = o.index->skills_of(v);
      const auto held_links = static_cast<size_t>(
          std::count_if(skills.begin(), skills.end(), [&](graph::SkillIndex sk) { return held.has(sk); }));
      r.shared.reserve(held_links);
      r.missing.reserve(need - held_links);
      for (graph::SkillIndex sk : skills) (held.has(sk) ? r.shared : r.missing).push_back(sk);
    } else {
      std::vector<std::pair<double, graph::SkillIndex>> missing;
      missing.reserve(need);
      r.shared.reserve(need);
      for (const auto& l : g.role(v).skills) {
        levels = levels || l.level.has_value();
        if (held.coverage(l.skill, l.level) >= 1.0) {
          r.shared.push_back(l.skill);
        } else {
          missing.emplace_back(l.importance, l.skill);
        }
      }
      const auto more_important = [](const auto& a, const auto& b) { return a.first > b.first; };
      if (!std::is_sorted(missing.begin(), missing.end(), more_important)) {
        std::stable_sort(missing.begin(), missing.end(), more_important);
      }
      r.missing.reserve(missing.size());
      for (const auto& m : missing) r.missing.push_back(m.second);
    }
    if (need > 0) {
      const std::string k = std::to_string(r.shared.size()), m = std::to_string(need);
      if (levels) {
        const std::string pct = std::to_string(static_cast<int>(std::lround(held.fit(g.role(v)) * 100)));
        r.reasons.push_back(en ? cat({"you have ", k, " of the ", m, " skills it needs at the level it needs; ", pct,
                                      "% of its importance-weighted needs"})
                               : cat({"必要なスキル", m, "件のうち", k, "件を必要なレベルで保有（重要度加重で", pct, "%）"}));
      } else {
        r.reasons.push_back(en ? cat({"you have ", k, " of the ", m, " skills it needs"})
                               : cat({"必要なスキル", m, "件のうち", k, "件を保有"}));
      }
    }
    if (demoted(v)) {
      const int level = g.role(v).level;
      const std::string was = std::to_string(level), now = std::to_string(from_level);
      r.reasons.push_back(en ? cat({"its level ", was, " is below your current ", now})
                             : cat({"レベル", was, "は現在のレベル", now, "より下"}));
    }
    // A move keeps its evidence sorted and unique: one move cited (most reasons) needs no sort,
    // and sorting compares file paths as text.
    if (std::adjacent_find(r.evidence.begin(), r.evidence.end(), std::greater_equal<>()) != r.evidence.end()) {
      std::sort(r.evidence.begin(), r.evidence.end());
      r.evidence.erase(std::unique(r.evidence.begin(), r.evidence.end()), r.evidence.end());
    }
    out.push_back(std::move(r));
  }
  return out;
}

void for_each_next_roles(const graph::CareerGraph& g, std::span<const NextQuery> queries, const RankingSink& fn,
                         unsigned threads) {
  if (queries.empty()) return;
  std::optional<RoleSkillIndex> built;
  if (std::any_of(queries.begin(), queries.end(), [](const NextQuery& q) { return q.options->index == nullptr; })) {
    built.emplace(g, threads);
  }
  // Tasks of a few consecutive queries: taking one costs an atomic increment, nothing next to
  // ranking them, and with at least four tasks per thread the threads finish close together.
  const unsigned workers = graph::parallel_threads(queries.size(), threads);
  const std::size_t chunk = std::clamp<std::size_t>(queries.size() / (4 * std::size_t{workers}), 1, 16);
  graph::run_parallel_ranges(
      queries.size(), chunk,
      [&](std::size_t begin, std::size_t end) {
        const NextOptions* copied = nullptr;  // the options `with_index` copies
        NextOptions with_index;
        for (std::size_t i = begin; i < end; ++i) {
          const NextOptions* o = queries[i].options;
          if (o->index == nullptr) {
            if (o != copied) {
              with_index = *o;
              with_index.index = &*built;
              copied = o;
            }
            o = &with_index;
          }
          fn(i, next_roles(g, queries[i].from, *o));
        }
      },
      workers);
}

std::vector<std::vector<Recommendation>> next_roles_batch(const graph::CareerGraph& g, std::span<const Vertex> from,
                                                          const NextOptions& options, unsigned threads) {
  std::vector<NextQuery> queries;
  queries.reserve(from.size());
  for (Vertex v : from) queries.push_back({v, &options});
  std::vector<std::vector<Recommendation>> out(from.size());
  for_each_next_roles(
      g, queries, [&out](std::size_t i, std::vector<Recommendation>&& ranking) { out[i] = std::move(ranking); }, threads);
  return out;
}

}  // namespace careergraph::recommend
