#include "graph/career_graph.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <unordered_set>

#include "graph/adjacency.h"

namespace careergraph::graph {

const std::string* Interned::empty_string() {
  static const std::string empty;
  return &empty;
}

Interned::Interned(std::string_view text) {
  if (text.empty()) return;
  // Node-based, so an interned string never moves; heterogeneous lookup avoids a copy per hit.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static auto* strings = new std::unordered_set<std::string, Hash, std::equal_to<>>;  // never freed
  static std::mutex mutex;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = strings->find(text);
  if (it == strings->end()) it = strings->emplace(text).first;
  p_ = &*it;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) {
    // Appended piece by piece: `":" + std::to_string(n)` trips GCC 12's -Wrestrict false
    // positive (GCC bug 105329) in release builds.
    out += ':';
    out += std::to_string(line);
    if (column > 0) {
      out += ':';
      out += std::to_string(column);
    }
  }
  out += ": ";
  out += severity_name(severity);
  out += ": " + message;
  if (!code.empty()) out += " [" + code + "]";
  return out;
}

const char* edge_kind_name(EdgeKind kind) {
  return kind == EdgeKind::kProgression ? "progression" : "related";
}

Vertex CareerGraph::add_role(Role role) {
  if (find_role(role.id)) throw std::logic_error("duplicate role id " + role.id);
  adjacency_.reset();
  const Vertex v = boost::add_vertex(std::move(role), graph_);
  const Role& r = graph_[v];
  role_ids_.insert(r.id, v, role_id_of());
  role_names_.add(r.id, v, NameIndex::kPrimary);
  role_names_.add(r.name, v, NameIndex::kPrimary);
  role_names_.add(r.name_en, v, NameIndex::kPrimary);
  for (const auto& a : r.aliases) role_names_.add(a, v);
  return v;
}

void CareerGraph::add_role_alias(Vertex v, std::string_view alias) {
  Role& r = graph_[v];
  if (alias.empty()) return;
  if (alias != r.id && alias != r.name && alias != r.name_en &&
      std::find(r.aliases.begin(), r.aliases.end(), alias) == r.aliases.end()) {
    r.aliases.emplace_back(alias);
  }
  role_names_.add(alias, v);
}

std::optional<Vertex> CareerGraph::find_role(std::string_view id) const {
  return role_ids_.find(id, role_id_of());
}

Transition::Transition(const Transition& other)
    : kind(other.kind),
      serial(other.serial),
      evidence(other.evidence),
      facts_(other.facts_ ? std::make_unique<TransitionFacts>(*other.facts_) : nullptr) {}

Transition& Transition::operator=(const Transition& other) {
  if (this != &other) *this = Transition(other);
  return *this;
}

const Interned& Transition::label() const {
  static const Interned none;
  return facts_ ? facts_->label : none;
}

TransitionFacts& Transition::facts() {
  if (!facts_) facts_ = std::make_unique<TransitionFacts>();
  return *facts_;
}

void Transition::set_count(double count) {
  if (count != 0 || facts_) facts().count = count;
}

void Transition::set_weight(double weight) {
  if (weight != 0 || facts_) facts().weight = weight;
}

void Transition::set_label(Interned label) {
  if (!label.empty() || facts_) facts().label = label;
}

EdgeDesc CareerGraph::add_transition(Vertex from, Vertex to, EdgeKind kind,
                                     std::optional<Evidence> evidence, double count) {
  adjacency_.reset();
  for (auto [e, end] = boost::out_edges(from, graph_); e != end; ++e) {
    if (boost::target(*e, graph_) != to || graph_[*e].kind != kind) continue;
    Transition& t = graph_[*e];
    if (evidence) {
      auto pos = std::lower_bound(t.evidence.begin(), t.evidence.end(), *evidence);
      if (pos == t.evidence.end() || *pos != *evidence) t.evidence.insert(pos, *evidence);
    }
    if (count != 0) t.set_count(t.count() + count);
    return *e;
  }
  Transition t;
  t.kind = kind;
  t.serial = graph_.created++;
  if (evidence) t.evidence.push_back(std::move(*evidence));
  t.set_count(count);
  return boost::add_edge(from, to, std::move(t), graph_).first;
}

std::vector<Neighbour> CareerGraph::successors(std::string_view id, EdgeKind kind) const {
  std::vector<Neighbour> out;
  const auto v = find_role(id);
  if (!v) return out;
  for (auto [e, end] = boost::out_edges(*v, graph_); e != end; ++e) {
    if (graph_[*e].kind == kind) out.push_back({&graph_[boost::target(*e, graph_)], &graph_[*e]});
  }
  return out;
}

std::vector<Neighbour> CareerGraph::predecessors(std::string_view id, EdgeKind kind) const {
  std::vector<Neighbour> out;
  const auto v = find_role(id);
  if (!v) return out;
  const Adjacency& adj = adjacency();
  const Adjacency::Range in = adj.in_range(*v, kind);
  for (auto i = in.begin; i < in.end; ++i) {
    const Arc& a = adj.in_arcs()[i];
    out.push_back({&graph_[a.other], &graph_[adj.descriptor(a.edge)]});
  }
  return out;
}

std::size_t CareerGraph::transition_count(EdgeKind kind) const {
  std::size_t n = 0;
  for (auto [e, end] = boost::edges(graph_); e != end; ++e) n += graph_[*e].kind == kind ? 1 : 0;
  return n;
}

const Adjacency& CareerGraph::adjacency() const { return adjacency_.get(graph_); }

CareerGraph::AdjacencyCache::AdjacencyCache() = default;
CareerGraph::AdjacencyCache::AdjacencyCache(const AdjacencyCache&) {}
CareerGraph::AdjacencyCache::AdjacencyCache(AdjacencyCache&& other) noexcept
    : adjacency_(std::move(other.adjacency_)) {}
CareerGraph::AdjacencyCache& CareerGraph::AdjacencyCache::operator=(const AdjacencyCache&) {
  reset();
  return *this;
}
CareerGraph::AdjacencyCache& CareerGraph::AdjacencyCache::operator=(
    AdjacencyCache&& other) noexcept {
  adjacency_ = std::move(other.adjacency_);
  return *this;
}
CareerGraph::AdjacencyCache::~AdjacencyCache() = default;

const Adjacency& CareerGraph::AdjacencyCache::get(const BoostGraph& g) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!adjacency_) adjacency_ = std::make_unique<const Adjacency>(g);
  return *adjacency_;
}

// Only the graph's mutators call this, and they never run beside a reader: no lock.
void CareerGraph::AdjacencyCache::reset() { adjacency_.reset(); }

SkillIndex CareerGraph::add_skill(Skill skill) {
  if (find_skill(skill.id)) throw std::logic_error("duplicate skill id " + skill.id);
  const SkillIndex s = skills_.size();
  skills_.push_back(std::move(skill));
  skill_ids_.insert(skills_.back().id, s, skill_id_of());
  const Skill& k = skills_.back();
  skill_names_.add(k.id, s, NameIndex::kPrimary);
  skill_names_.add(k.name, s, NameIndex::kPrimary);
  skill_names_.add(k.name_en, s, NameIndex::kPrimary);
  for (const auto& a : k.aliases) skill_names_.add(a, s);
  return s;
}

void CareerGraph::add_skill_alias(SkillIndex s, std::string_view alias) {
  skills_[s].aliases.emplace_back(alias);
  skill_names_.add(alias, s);
}

std::optional<SkillIndex> CareerGraph::find_skill(std::string_view id) const {
  return skill_ids_.find(id, skill_id_of());
}

LearningIndex CareerGraph::add_learning(const LearningItem& item) {
  if (find_learning(item.id)) throw std::logic_error("duplicate learning id " + item.id);
  if (!learning_arena_) learning_arena_ = std::make_shared<Arena>();
  const LearningIndex l = learning_.size();
  learning_.emplace_back(item, *learning_arena_);
  learning_ids_.insert(learning_.back().id(), l, learning_id_of());
  return l;
}

void CareerGraph::reserve_learning(std::size_t n) {
  learning_.reserve(learning_.size() + n);
  learning_ids_.reserve(learning_ids_.size() + n);
}

std::optional<LearningIndex> CareerGraph::find_learning(std::string_view id) const {
  return learning_ids_.find(id, learning_id_of());
}

GuideIndex CareerGraph::add_guide(Guide guide) {
  guides_.push_back(std::move(guide));
  return guides_.size() - 1;
}

}  // namespace careergraph::graph
