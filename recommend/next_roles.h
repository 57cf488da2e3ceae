// Next-role recommendations (DESIGN §6 "next"): which roles to aim for next, ranked, each with
// the reasons, the guide lines that show the move, and the skills shared and missing.
//
// Candidates: progression successors, two-step successors, related roles, and roles whose
// skills overlap the person's by at least kMinOverlap (Jaccard). Score (docs/recommend.md):
//   score = evidence + fit − demotion
//   evidence = 1 + log2(n) for a move with support n ≥ 1 (guides citing it plus observations
//              counted in career histories, Transition::count);
//              ½ · min(evidence of the two moves) for the best two-step route;
//              for a related role with no move: the weight its source states (O*NET tier and
//              index, ESCO hierarchy; 0..1), or 0.5 when none; 0 otherwise (the larger applies)
//   fit      = importance-weighted share of the candidate's skills the person has, a skill held
//              below the level needed counting as held/needed (0..1); with importance 1 and no
//              levels (guides) this is shared skills / skills the candidate needs; when the
//              person has no levelled skill at all, the candidate's levelled needs are left
//              out of it (unknown rather than missing)
//   demotion = 0.5 when the candidate's level is below the current role's
// A move seen in more guides always scores higher, all else equal. Roles the crosswalk names as
// the same job as the current one (Role::same_as) are not next roles and are left out.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "recommend/skill_gap.h"

namespace careergraph::recommend {

inline constexpr double kMinOverlap = 0.3;
// When the candidates above are fewer than asked for (an ESCO occupation has no moves and shares
// under 30% of its fine-grained skills with any other), the closest skill profiles with at least
// this overlap fill the list, best first.
inline constexpr double kMinTopUpOverlap = 0.1;

// Which roles need each skill: the inverted index (skill → roles) that finds the skill-overlap
// candidates of next_roles without scanning every role, plus what ranking reads per role and
// per move for thousands of roles per query, stored contiguously (a `Role` and a Boost edge
// are scattered over the heap: cache misses on them were 40% of the ranking's time). Built
// from the graph as it is; rebuild it after adding roles, skill links or moves. A role
// appears once per link, so a role listing a skill twice counts it twice, as the scan does.
// Complexity: O(V + E + K + L) memory and O(V log V + E + K + L) time to build, for K skills
// and L links (roles sorted by id; each role's links sorted by rarity, a few each); its three
// parts (skill lists, moves, id order) run on up to `threads` threads (0: one per hardware
// thread), the same index whatever the threads.
class RoleSkillIndex {
 public:
  explicit RoleSkillIndex(const graph::CareerGraph& g, unsigned threads = 1);

  // A progression move with support n > 0 and its evidence 1 + log2(n), as next_roles scores
  // it without leaving out any file.
  struct Move {
    graph::Vertex to = 0;
    double evidence = 0;
  };
  // The same move seen from its target.
  struct MoveIn {
    graph::Vertex from = 0;
    double support = 0;
  };

  // Roles linking skill `s`, in vertex order; empty for a skill no role links (or one added
  // after the index was built).
  std::span<const graph::Vertex> roles_needing(graph::SkillIndex s) const {
    if (s + 1 >= offsets_.size()) return {};
    return {roles_.data() + offsets_[s], roles_.data() + offsets_[s + 1]};
  }
  // The skills role `v` links, in link order (the same as Role::skills). 32 bits each: the
  // overlap search reads these lists for hundreds of roles per query, and half the bytes are
  // half the cache lines (an index assumes fewer than 2^32 roles, skills and links).
  std::span<const std::uint32_t> skills_of(graph::Vertex v) const {
    return {skills_.data() + role_offsets_[v], skills_.data() + role_offsets_[v + 1]};
  }
  // The progression moves out of `v` with support > 0, in out-edge order.
  std::span<const Move> moves_from(graph::Vertex v) const {
    return {moves_.data() + move_offsets_[v], moves_.data() + move_offsets_[v + 1]};
  }
  // Roles linking skill `s` with their link counts, fewest links first (then by rank, then in
  // vertex order),
  // where `s` comes among the role's skills when those are ordered rarest first (fewest roles,
  // then index), and the role's level: the overlap search reads a skill's roles only up to the
  // size that can still qualify, and skips roles for which `s` is too common a skill to be the
  // first shared one or whose demotion keeps them out.
  struct Sized {
    std::uint32_t role = 0;
    std::uint32_t links = 0;
    std::uint32_t rank = 0;  // skills of the role rarer than `s`
    int level = 0;           // the role's
    std::uint32_t first = 0;  // where skills_of(role) starts: checking a role reads no offset table
  };
  std::span<const Sized> roles_needing_by_size(graph::SkillIndex s) const {
    if (s + 1 >= offsets_.size()) return {};
    return {sized_.data() + offsets_[s], sized_.data() + offsets_[s + 1]};
  }
  // skills_of(e.role), found from the entry alone.
  std::span<const std::uint32_t> skills_of(const Sized& e) const { return {skills_.data() + e.first, e.links}; }
  // No role links a skill twice: a role's shared links are then distinct held skills.
  bool distinct_links() const { return distinct_links_; }
  // Every role is plain (below).
  bool all_plain() const { return all_plain_; }
  // The progression moves into `v` with support > 0, by source vertex.
  std::span<const MoveIn> moves_to(graph::Vertex v) const {
    return {moves_in_.data() + in_offsets_[v], moves_in_.data() + in_offsets_[v + 1]};
  }
  // A related link out of a role with support > 0: its target, the evidence next_roles gives it
  // (the weight its source states, else 0.5) and its support.
  struct Related {
    graph::Vertex to = 0;
    double evidence = 0;
    double support = 0;
  };
  // The related links out of `v` with support > 0, in out-edge order (a role's related links
  // outnumber its moves; reading them from the graph was a miss on each edge's Transition).
  std::span<const Related> related_from(graph::Vertex v) const {
    return {related_.data() + related_offsets_[v], related_.data() + related_offsets_[v + 1]};
  }
  graph::EdgeDesc edge_of(const Related& r) const {
    return related_edges_[static_cast<std::size_t>(&r - related_.data())];
  }
  // The edge and support of a move listed by moves_from (read only for the moves returned).
  graph::EdgeDesc edge_of(const Move& m) const { return move_edges_[static_cast<std::size_t>(&m - moves_.data())]; }
  double support_of(const Move& m) const { return move_supports_[static_cast<std::size_t>(&m - moves_.data())]; }
  // The progression edge of a move listed by moves_to (the reasons cite its evidence).
  graph::EdgeDesc edge_of(const MoveIn& m) const { return in_edges_[static_cast<std::size_t>(&m - moves_in_.data())]; }
  // Role v's place in the order of role ids: ties in the ranking are broken by id, and comparing
  // two places costs less than comparing two strings.
  std::uint32_t id_rank(graph::Vertex v) const { return id_ranks_[v]; }
  int level(graph::Vertex v) const { return levels_[v]; }
  // Every link of `v` has importance 1 and no level (guides): its fit is shared / needed links.
  bool plain(graph::Vertex v) const { return plain_[v] != 0; }
  // No move has a support in (0, 1), i.e. a negative or zero evidence (fractional counts from
  // a transitions CSV): next_roles' bounds assume every move's evidence is ≥ 1.
  bool moves_at_least_one() const { return moves_at_least_one_; }
  std::size_t role_count() const { return role_count_; }
  // Skills indexed: every skill index a role links is below this.
  std::size_t skill_count() const { return offsets_.size() - 1; }

 private:
  void index_skills(const graph::CareerGraph& g);  // offsets_ … sized_, levels_, plain_
  void index_moves(const graph::CareerGraph& g);   // moves, related links, moves in
  void index_ids(const graph::CareerGraph& g);     // id_ranks_

  std::vector<std::size_t> offsets_;  // roles of skill s: roles_[offsets_[s], offsets_[s + 1])
  std::vector<graph::Vertex> roles_;
  std::vector<std::size_t> role_offsets_;  // skills of role v: skills_[role_offsets_[v], …[v + 1])
  std::vector<std::uint32_t> skills_;
  std::vector<Sized> sized_;  // as roles_, each skill's roles by link count
  std::vector<std::size_t> move_offsets_;  // moves out of v: moves_[move_offsets_[v], …[v + 1])
  std::vector<Move> moves_;
  std::vector<graph::EdgeDesc> move_edges_;  // as moves_
  std::vector<double> move_supports_;        // as moves_
  std::vector<std::size_t> related_offsets_;  // related links of v: related_[…[v], …[v + 1])
  std::vector<Related> related_;
  std::vector<graph::EdgeDesc> related_edges_;  // as related_
  std::vector<std::size_t> in_offsets_;  // moves into v: moves_in_[in_offsets_[v], …[v + 1])
  std::vector<MoveIn> moves_in_;
  std::vector<graph::EdgeDesc> in_edges_;  // as moves_in_
  std::vector<std::uint32_t> id_ranks_;
  std::vector<int> levels_;
  std::vector<char> plain_;
  bool moves_at_least_one_ = true;
  bool distinct_links_ = true;
  bool all_plain_ = true;
  std::size_t role_count_ = 0;
};

struct NextOptions {
  int n = 10;
  std::vector<HeldSkill> have;       // in addition to the current role's skills
  std::vector<std::string> avoid;    // role ids never recommended
  std::string exclude_file;          // ignore evidence from this file (leave-one-out evaluation)
  bool english = false;              // language of the reasons
  // Skill → roles index of the same graph, for callers ranking many roles (evaluation,
  // benchmarks). Null: the overlap candidates come from a scan of every role, O(V·S).
  const RoleSkillIndex* index = nullptr;
};

struct Recommendation {
  graph::Vertex role = 0;
  double score = 0;
  std::vector<std::string> reasons;
  std::vector<graph::Evidence> evidence;
  std::vector<graph::SkillIndex> shared;   // held at the level needed (or levels unknown)
  std::vector<graph::SkillIndex> missing;  // not held, or held below the level needed;
                                           // most important first
};

// Ranked candidates, best first (ties by id). The result is the same with or without an index.
// Complexity: O(d² + V·S) for out-degree d and the skill-overlap scan over V roles with S
// skills each. With options.index, no file left out and every move's support ≥ 1 (else the
// moves are read from the graph as without index, and overlap candidates counted over every
// link of the held skills): O(d + R₂ + C·S + P + G·S + n·d_in) for R₂ two-step routes, C
// candidates by move, P index entries the prefix-filtered overlap search reads
// (docs/recommend.md), G roles it checks, and for the n returned their in-degree; no O(V)
// term, save the top-up (fewer than n candidates), which reads every role sharing a held skill. Candidates are scored first and only the n returned
// get their reasons, evidence and skill lists: O(C log n) for C candidates.
std::vector<Recommendation> next_roles(const graph::CareerGraph& g, graph::Vertex from,
                                       const NextOptions& options);

// --- ranking many roles -----------------------------------------------------------------------
// Callers that rank many roles (every role of a corpus, `eval`) rank them on every core: a query
// only reads the graph and the index, and each thread keeps its own scratch (next_roles is safe
// to call concurrently on a graph no one changes meanwhile).

// One query of a batch: next_roles(g, from, *options). The options outlive the call.
struct NextQuery {
  graph::Vertex from = 0;
  const NextOptions* options = nullptr;
};

// Ranks every query, as next_roles would one by one, on `threads` threads (0: one per hardware
// thread; never more than there are queries), and hands each ranking to fn(i, ranking), i its
// position in `queries`, on the thread that made it: calls for different queries run
// concurrently, in no set order (fn must be safe to call so; a caller that keeps every ranking
// writes it to slot i). A caller that needs less than the whole rankings (a count, the rank of
// one role) keeps no more. Queries whose options have no index share one RoleSkillIndex built
// first (on the same threads), as the result is the same with or without one.
// Errors: an exception thrown by next_roles or fn stops the queries not yet started and is
// rethrown here.
// Complexity: the sum of the queries' next_roles costs, spread over the threads (tasks of a few
// queries, taken in turn by whichever thread is free), plus O(V log V + E + K + L) for the
// index when one is built; O(threads · (V + K)) memory of scratch, besides what fn keeps.
using RankingSink = std::function<void(std::size_t, std::vector<Recommendation>&&)>;
void for_each_next_roles(const graph::CareerGraph& g, std::span<const NextQuery> queries, const RankingSink& fn,
                         unsigned threads = 0);

// The rankings of next_roles(g, from[i], options), in the order of `from`, computed as
// for_each_next_roles does (with one index built first when options.index is null).
// Complexity: as for_each_next_roles; the result holds every ranking (n recommendations each).
std::vector<std::vector<Recommendation>> next_roles_batch(const graph::CareerGraph& g,
                                                          std::span<const graph::Vertex> from,
                                                          const NextOptions& options, unsigned threads = 0);

}  // namespace careergraph::recommend
