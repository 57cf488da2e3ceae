// CareerGraph: roles as vertices of a Boost.Graph adjacency_list, transitions (progression
// and related moves) as edges carrying their evidence, plus the skill, learning and guide
// tables the roles refer to. Built once by the importers, then only read: vertices are never
// removed (vecS descriptors stay valid). Callers name roles by external id; the Boost graph is
// exposed read-only for the algorithms in recommend/. The Boost graph is directed: it keeps
// each role's out-moves only, and in-moves are read from adjacency() (graph/adjacency.h).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/arena.h"
#include "graph/evidence_list.h"
#include "graph/id_index.h"
#include "graph/model.h"
#include "graph/name_index.h"

namespace careergraph::graph {

enum class EdgeKind : std::uint8_t { kProgression, kRelated };

const char* edge_kind_name(EdgeKind kind);

// What a taxonomy or a count file says of a move beyond where it is cited. Moves from guides
// have none of it, so a Transition holds it out of line, and only when it is set.
struct TransitionFacts {
  double count = 0;   // aggregated observations (e.g. career-history counts)
  double weight = 0;  // strength a taxonomy states for the link (0..1; O*NET relatedness), 0: none
  Interned label;     // how that source qualifies the link, e.g. "Primary-Short #1"
};

// 40 bytes (a 10k-guide corpus has 150,000, each in a heap block of its own: Boost keeps an
// edge's property behind a pointer): the evidence of a move cited once is held inline
// (evidence_list.h), and the facts only a taxonomy or count file gives are out of line, a null
// pointer for the moves guides alone show (were three fields, 56 bytes in all).
struct Transition {
  EdgeKind kind = EdgeKind::kProgression;  // first: add_transition and the scans test it per edge
  // Number of the edge in the order add_transition created the edges (in the padding after
  // `kind`): boost::edges() walks them role by role, and lint reports in creation order.
  std::uint32_t serial = 0;
  EvidenceList evidence;  // each place a guide shows the move, sorted, unique

  Transition() = default;
  Transition(const Transition& other);
  Transition& operator=(const Transition& other);
  Transition(Transition&&) noexcept = default;
  Transition& operator=(Transition&&) noexcept = default;

  double count() const { return facts_ ? facts_->count : 0; }
  double weight() const { return facts_ ? facts_->weight : 0; }
  const Interned& label() const;
  void set_count(double count);  // setting 0 on a move without facts allocates nothing
  void set_weight(double weight);
  void set_label(Interned label);

  // How strongly the sources support the move: observations plus one per citing place.
  double support() const { return count() + static_cast<double>(evidence.size()); }

 private:
  TransitionFacts& facts();  // made on first write
  std::unique_ptr<TransitionFacts> facts_;
};
static_assert(sizeof(void*) != 8 || sizeof(Transition) == 40);

// directedS, not bidirectionalS: a bidirectional graph kept every edge in a global std::list
// (a 96-byte node holding the Transition) plus an out-edge and an in-edge entry; a directed one
// keeps an out-edge entry (target and a pointer to the Transition, 16 bytes) and the Transition
// (10k-guide corpus, 151,712 edges: heap peak of `stats` 103.4 -> 93.2 MB, with EvidenceList).
// The pointer keeps edge descriptors and Transition addresses valid as a role's out-edge vector
// grows. The in-moves some callers need are in the adjacency's in-rows; boost::edges() walks
// the edges role by role (in EdgeId order).
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Role,
                                         Transition>;
using Vertex = BoostGraph::vertex_descriptor;
using EdgeDesc = BoostGraph::edge_descriptor;

class Adjacency;  // graph/adjacency.h

// A neighbour seen through one transition, for callers that want ids, not descriptors.
struct Neighbour {
  const Role* role = nullptr;
  const Transition* transition = nullptr;
};

class CareerGraph {
 public:
  // --- roles -------------------------------------------------------------------------
  // Adds a role; its id, names and aliases become resolvable. The id must be new.
  Vertex add_role(Role role);
  // Room for `n` more roles: importers that know how many follow call it first (a role is
  // ~300 bytes; the vertex vector's doubling left a 10k taxonomy's up to 40% empty).
  void reserve_roles(std::size_t n) { graph_.m_vertices.reserve(graph_.m_vertices.size() + n); }
  // Registers another name for an existing role.
  void add_role_alias(Vertex v, std::string_view alias);
  std::optional<Vertex> find_role(std::string_view id) const;  // exact id
  const Role& role(Vertex v) const { return graph_[v]; }
  Role& role(Vertex v) { return graph_[v]; }  // id, names and aliases must not change
  std::size_t role_count() const { return boost::num_vertices(graph_); }
  const NameIndex& role_names() const { return role_names_; }

  // --- transitions -----------------------------------------------------------------------
  // Adds evidence for the move from → to of the given kind; one edge per (from, to, kind).
  // Returns that edge, so that importers can set what else their source says about it.
  // Edges are numbered (Transition::serial) in the order this creates them.
  EdgeDesc add_transition(Vertex from, Vertex to, EdgeKind kind, std::optional<Evidence> evidence,
                          double count = 0);
  Transition& transition(EdgeDesc e) { return graph_[e]; }
  std::vector<Neighbour> successors(std::string_view id, EdgeKind kind) const;
  // In the adjacency's in-row order (by source role, then creation), not creation order.
  std::vector<Neighbour> predecessors(std::string_view id, EdgeKind kind) const;
  std::size_t transition_count(EdgeKind kind) const;

  // --- skills, learning, guides --------------------------------------------------------
  SkillIndex add_skill(Skill skill);
  void add_skill_alias(SkillIndex s, std::string_view alias);
  std::optional<SkillIndex> find_skill(std::string_view id) const;
  const Skill& skill(SkillIndex s) const { return skills_[s]; }
  Skill& skill(SkillIndex s) { return skills_[s]; }  // id, names and aliases must not change
  const std::vector<Skill>& skills() const { return skills_; }
  const NameIndex& skill_names() const { return skill_names_; }

  // Stores a copy of `item` as a LearningRecord (model.h); the id must be new.
  LearningIndex add_learning(const LearningItem& item);
  // Room for `n` more learning items: importers that know how many follow call it first, so the
  // table does not pass through copies of doubling size (the largest table of a guide corpus).
  void reserve_learning(std::size_t n);
  std::optional<LearningIndex> find_learning(std::string_view id) const;
  // The items in the order added; their text and lists live in this graph's arena.
  const std::vector<LearningRecord>& learning() const { return learning_; }

  GuideIndex add_guide(Guide guide);
  void reserve_guides(std::size_t n) { guides_.reserve(guides_.size() + n); }
  const std::vector<Guide>& guides() const { return guides_; }
  Guide& guide(GuideIndex g) { return guides_[g]; }

  // For the algorithms of recommend/: read-only access to the Boost graph.
  const BoostGraph& boost_graph() const { return graph_; }
  // Vertex of an id; precondition: the id exists (use find_role otherwise).
  Vertex vertex(std::string_view id) const { return *find_role(id); }
  // The compact adjacency the route searches walk (graph/adjacency.h): built on first use (O(E)),
  // then shared by every query; adding a role or transition drops it. Changing a transition's
  // evidence or a role's skills through transition()/role() after the first route search is not
  // seen by it: the importers finish the graph first. Thread-safe.
  const Adjacency& adjacency() const;

 private:
  // Holds the adjacency built from this graph: a copy of the graph starts without one (it
  // would point into the other graph's edges), a move carries it along.
  class AdjacencyCache {
   public:
    AdjacencyCache();
    AdjacencyCache(const AdjacencyCache&);
    AdjacencyCache(AdjacencyCache&& other) noexcept;
    AdjacencyCache& operator=(const AdjacencyCache&);
    AdjacencyCache& operator=(AdjacencyCache&& other) noexcept;
    ~AdjacencyCache();
    const Adjacency& get(const BoostGraph& g);
    void reset();

   private:
    std::mutex mutex_;
    std::unique_ptr<const Adjacency> adjacency_;
  };

  // Boost 1.74's adjacency_list has no move operations, and its swap() is three copies, so
  // moving a CareerGraph (a load result into its session) copied every vertex and edge: the
  // peak memory of a 10k-guide load held the graph twice. This holder moves by swapping the
  // vertex vector (a public member of Boost's vec_adj_list_impl): each vertex's out-edge vector
  // holds its Transitions behind pointers, so they stay where they are. The edge list beside it
  // (m_edges) stays empty in a directed graph; it is swapped all the same. The graph property
  // (no_property) is left to each graph. The count of edges created (for Transition::serial)
  // goes with the edges.
  struct MovableGraph : BoostGraph {
    MovableGraph() = default;
    MovableGraph(const MovableGraph&) = default;
    MovableGraph(MovableGraph&& other) noexcept { swap_contents(other); }
    MovableGraph& operator=(const MovableGraph&) = default;
    MovableGraph& operator=(MovableGraph&& other) noexcept {
      swap_contents(other);  // `other` is left with this graph's old contents
      return *this;
    }
    ~MovableGraph() = default;
    void swap_contents(MovableGraph& other) noexcept {
      this->m_vertices.swap(other.m_vertices);
      this->m_edges.swap(other.m_edges);
      std::swap(created, other.created);
    }
    std::uint32_t created = 0;  // edges added so far (num_edges() is O(V) in a directed graph)
  };

  // Entity i's id, as the IdIndexes read it.
  auto role_id_of() const { return [this](std::size_t v) -> const std::string& { return graph_[v].id; }; }
  auto skill_id_of() const { return [this](std::size_t s) -> const std::string& { return skills_[s].id; }; }
  auto learning_id_of() const {
    return [this](std::size_t l) { return learning_[l].id(); };
  }

  MovableGraph graph_;
  IdIndex role_ids_;  // ids are read from the roles, skills and items themselves
  NameIndex role_names_;
  std::vector<Skill> skills_;
  IdIndex skill_ids_;
  NameIndex skill_names_;
  std::vector<LearningRecord> learning_;
  IdIndex learning_ids_;
  // The learning items' text and lists. Copies of the graph share it (what it holds never
  // changes or moves, and it is thread-safe for copies adding items); created on first use.
  std::shared_ptr<Arena> learning_arena_;
  std::vector<Guide> guides_;
  mutable AdjacencyCache adjacency_;
};

}  // namespace careergraph::graph
