#include "importers/lint.h"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <tuple>

#include "graph/adjacency.h"
#include "graph/text.h"
#include "importers/guide_parser.h"

namespace careergraph::importers {
namespace {

using graph::CareerGraph;
using graph::Diagnostic;
using graph::Diagnostics;
using graph::Severity;
using graph::Vertex;

constexpr std::size_t kMaxSuggestedLength = 64;  // code points

// Code points of UTF-8 text (normalised text is valid UTF-8).
std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : b & (0x7F >> n);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(c);
    i += n;
  }
  return out;
}

// Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (every cell of a row
// is past it). O(|a|·|b|) time at worst, O(|b|) memory.
std::size_t bounded_distance(const std::u32string& a, const std::u32string& b, std::size_t limit) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    std::size_t low = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      low = std::min(low, row[j]);
    }
    if (low > limit) return limit + 1;
  }
  return row[b.size()];
}

// Taxonomy names, normalised once, ranked by edit distance to a text.
class Suggester {
 public:
  explicit Suggester(const CareerGraph& g) : g_(g) {
    for (graph::SkillIndex s = 0; s < g.skills().size(); ++s) {
      const graph::Skill& k = g.skill(s);
      if (!k.in_taxonomy) continue;
      std::vector<std::string> names = {k.name, k.name_en};
      names.insert(names.end(), k.aliases.begin(), k.aliases.end());
      for (const auto& n : names) {
        const std::u32string key = decode(graph::normalize_key(n));
        if (!key.empty()) keys_.push_back({key, s});
      }
    }
  }

  std::vector<graph::SkillIndex> closest(std::string_view text, std::size_t n) const {
    const std::u32string t = decode(graph::normalize_key(text));
    if (t.empty() || t.size() > kMaxSuggestedLength) return {};
    std::map<graph::SkillIndex, double> best;  // skill -> distance / longer length
    for (const auto& key : keys_) {
      const std::size_t longer = std::max(t.size(), key.text.size());
      const std::size_t shorter = std::min(t.size(), key.text.size());
      const auto limit = static_cast<std::size_t>(kMaxRatio * static_cast<double>(longer));
      // Edit distance is at least the difference in length: skip hopeless keys cheaply.
      if (longer - shorter > limit) continue;
      const std::size_t d = bounded_distance(t, key.text, limit);
      if (d > limit) continue;
      const double ratio = static_cast<double>(d) / static_cast<double>(longer);
      auto [it, inserted] = best.emplace(key.skill, ratio);
      if (!inserted) it->second = std::min(it->second, ratio);
    }
    std::vector<std::pair<double, graph::SkillIndex>> ranked;
    for (auto [s, r] : best) ranked.emplace_back(r, s);
    std::sort(ranked.begin(), ranked.end());
    std::vector<graph::SkillIndex> out;
    for (std::size_t i = 0; i < ranked.size() && i < n; ++i) out.push_back(ranked[i].second);
    return out;
  }

  // "; closest taxonomy entries: a, b" or "".
  std::string hint(std::string_view text) {
    if (budget_ == 0) return "";
    --budget_;
    std::string names;
    for (auto s : closest(text, 3)) names += (names.empty() ? "" : ", ") + g_.skill(s).name;
    return names.empty() ? "" : "; closest taxonomy entries: " + names;
  }

 private:
  static constexpr double kMaxRatio = 0.6;
  struct Key {
    std::u32string text;
    graph::SkillIndex skill;
  };
  const CareerGraph& g_;
  std::vector<Key> keys_;
  std::size_t budget_ = kMaxSuggestedMisses;
};

// Boost filters must be default-constructible and assignable: no lambda.
struct ProgressionOnly {
  const graph::BoostGraph* g = nullptr;
  bool operator()(const graph::EdgeDesc& e) const {
    return (*g)[e].kind == graph::EdgeKind::kProgression;
  }
};

// The role a chain step or related_jobs entry names, resolved as the corpus builder does
// (exact name, then the name without a _career_guide suffix); none when unknown or ambiguous.
std::optional<Vertex> role_named(const CareerGraph& g, const std::string& name) {
  auto found = g.role_names().lookup(name);
  if (found.empty()) {
    const std::string stripped = role_id_from_slug(name);
    if (stripped != name) found = g.role_names().lookup(stripped);
  }
  if (found.size() != 1) return std::nullopt;
  return static_cast<Vertex>(found.front());
}

class Linter {
 public:
  Linter(const LoadResult& r, Diagnostics& out) : g_(r.graph), sections_(r.sections), out_(out) {}

  void run() {
    Suggester suggest(g_);
    for (const auto& guide : g_.guides()) {
      related(guide);
      chains(guide);
      sections(guide);
      isolated(guide);
      taxonomy_misses(guide, suggest);
    }
    contradictions();
    cycles();
  }

 private:
  void related(const graph::Guide& guide) {
    for (const auto& job : guide.text().related_jobs) {
      const auto v = role_named(g_, job.name);
      if (!v || g_.role(*v).guide) continue;
      const graph::Role& role = g_.role(*v);
      warn(guide.file, job.line, job.column, "related-no-guide",
           role.from_vocabulary
               ? "related_jobs names '" + job.name + "' (role '" + role.id +
                     "'), which has no guide: the link would lead nowhere"
               : "related_jobs names '" + job.name +
                     "', which is neither a guide nor a role of the vocabulary");
    }
  }

  void chains(const graph::Guide& guide) {
    std::set<std::pair<int, std::string>> seen;
    for (const auto& chain : guide.text().chains) {
      for (const auto& step : chain.steps) {
        if (step.empty()) continue;
        const auto v = role_named(g_, step);
        if (!v) continue;
        const graph::Role& role = g_.role(*v);
        if (role.from_vocabulary || role.guide || !seen.emplace(chain.line, step).second) continue;
        warn(guide.file, chain.line, 0, "unknown-role",
             "career chain names '" + step +
                 "', which is neither a role of the vocabulary nor a guide (a typo, or a role "
                 "to add to roles.yaml)");
      }
    }
  }

  void sections(const graph::Guide& guide) {
    for (const auto& kind : standard_sections()) {
      const auto entry = std::find_if(sections_.sections.begin(), sections_.sections.end(),
                                      [&](const auto& e) { return e.kind == kind; });
      if (entry == sections_.sections.end()) continue;  // the table cannot find it anyway
      if (std::find(guide.sections_found.begin(), guide.sections_found.end(), kind) !=
          guide.sections_found.end()) {
        continue;
      }
      std::string keys;
      for (const auto& k : entry->keys) keys += (keys.empty() ? "" : ", ") + k;
      warn(guide.file, 0, 0, "missing-section",
           "guide has no '" + kind + "' section (a level-1 or -2 heading containing one of: " +
               keys + ")");
    }
  }

  void isolated(const graph::Guide& guide) {
    const auto v = g_.find_role(guide.role_id);
    if (!v) return;
    const auto& adj = g_.adjacency();
    auto some = [](graph::Adjacency::Range r) { return r.begin < r.end; };
    if (some(adj.out_range(*v, false)) || some(adj.in_range(*v, false))) return;
    warn(guide.file, guide.title_line, 0, "isolated-guide",
         "no career chain leads to or from '" + g_.role(*v).name +
             "': add a chain with it to a career-path section");
  }

  void taxonomy_misses(const graph::Guide& guide, Suggester& suggest) {
    for (const auto& bullet : guide.text().skills) {
      const bool matched = std::any_of(bullet.skills.begin(), bullet.skills.end(),
                                       [&](auto s) { return g_.skill(s).in_taxonomy; });
      if (matched) continue;
      info(guide.file, bullet.line, "skill-unmatched",
           "skill bullet '" + bullet.text + "' matched no taxonomy skill" + suggest.hint(bullet.text));
    }
    for (const auto& group : guide.text().learning) {
      for (const auto& bullet : group.items) {
        if (!bullet.item || !g_.learning()[*bullet.item].skills().empty()) continue;
        info(guide.file, bullet.line, "learning-no-skill",
             "learning item '" + bullet.text + "' names no taxonomy skill (nor does its heading)" +
                 suggest.hint(bullet.text));
      }
    }
  }

  // A progression edge u → v, if there is one.
  const graph::Transition* progression(Vertex u, Vertex v) const {
    const auto& bg = g_.boost_graph();
    for (auto [e, end] = boost::out_edges(u, bg); e != end; ++e) {
      if (boost::target(*e, bg) == v && bg[*e].kind == graph::EdgeKind::kProgression) return &bg[*e];
    }
    return nullptr;
  }

  void contradictions() {
    const auto& bg = g_.boost_graph();
    // In the order the edges were created, as diagnostics at the same place keep the order
    // they are reported in (boost::edges() walks the edges role by role).
    std::vector<graph::EdgeDesc> created(boost::num_edges(bg));
    for (auto [e, end] = boost::edges(bg); e != end; ++e) created.at(bg[*e].serial) = *e;
    for (const graph::EdgeDesc& e : created) {
      const Vertex u = boost::source(e, bg), v = boost::target(e, bg);
      if (bg[e].kind != graph::EdgeKind::kProgression || u > v) continue;
      const graph::Transition* back = progression(v, u);
      if (!back) continue;
      const graph::Evidence here = first_evidence(bg[e]);
      warn(here.file, here.line, 0, "contradicting-moves",
           "'" + g_.role(u).name + "' → '" + g_.role(v).name + "' here, but '" + g_.role(v).name +
               "' → '" + g_.role(u).name + "' at " + first_evidence(*back).to_string() +
               ": which way does the career go?");
    }
  }

  // One representative cycle per group of three or more roles that lead back to each other
  // (two roles leading to each other are contradicting-moves).
  void cycles() {
    const auto& bg = g_.boost_graph();
    const boost::filtered_graph<graph::BoostGraph, ProgressionOnly> fg(bg, ProgressionOnly{&bg});
    std::vector<int> component(boost::num_vertices(bg));
    const int count = boost::strong_components(
        fg, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, bg)));
    std::vector<std::vector<Vertex>> members(static_cast<std::size_t>(count));
    for (Vertex v = 0; v < component.size(); ++v) {
      members[static_cast<std::size_t>(component[v])].push_back(v);
    }
    for (const auto& group : members) {
      if (group.size() < 3) continue;
      const std::vector<Vertex> cycle = shortest_cycle(group.front(), component);
      if (cycle.size() < 2) continue;
      std::string roles, places;
      graph::Evidence first;
      for (std::size_t i = 0; i < cycle.size(); ++i) {
        const graph::Transition* t = progression(cycle[i], cycle[(i + 1) % cycle.size()]);
        const graph::Evidence ev = t ? first_evidence(*t) : graph::Evidence{};
        if (i == 0) first = ev;
        roles += g_.role(cycle[i]).name + " → ";
        places += (places.empty() ? "" : ", ") + ev.to_string();
      }
      roles += g_.role(cycle.front()).name;
      warn(first.file, first.line, 0, "progression-cycle",
           "progression cycle: " + roles + " (" + places + "); " + std::to_string(group.size()) +
               " roles lead back to themselves");
    }
  }

  // The shortest cycle through `start` inside its strong component (breadth-first).
  std::vector<Vertex> shortest_cycle(Vertex start, const std::vector<int>& component) const {
    const auto& bg = g_.boost_graph();
    std::map<Vertex, Vertex> parent;
    std::queue<Vertex> todo;
    todo.push(start);
    while (!todo.empty()) {
      const Vertex u = todo.front();
      todo.pop();
      for (auto [e, end] = boost::out_edges(u, bg); e != end; ++e) {
        const Vertex w = boost::target(*e, bg);
        if (bg[*e].kind != graph::EdgeKind::kProgression || component[w] != component[start]) continue;
        if (w == start) {
          std::vector<Vertex> cycle{u};
          while (cycle.back() != start) cycle.push_back(parent.at(cycle.back()));
          std::reverse(cycle.begin(), cycle.end());
          return cycle;
        }
        if (parent.emplace(w, u).second) todo.push(w);
      }
    }
    return {};
  }

  static graph::Evidence first_evidence(const graph::Transition& t) {
    return t.evidence.empty() ? graph::Evidence{} : t.evidence.front();
  }

  void warn(const std::string& file, int line, int col, std::string code, std::string message) {
    out_.push_back({file, line, col, Severity::kWarning, std::move(code), std::move(message)});
  }
  void info(const std::string& file, int line, std::string code, std::string message) {
    out_.push_back({file, line, 0, Severity::kInfo, std::move(code), std::move(message)});
  }

  const CareerGraph& g_;
  const SectionTable& sections_;
  Diagnostics& out_;
};

}  // namespace

const std::vector<std::string>& standard_sections() {
  static const std::vector<std::string> kKinds = {"duties",  "skills",   "collaboration",
                                                  "career",  "outlook",  "learning",
                                                  "interview"};
  return kKinds;
}

graph::Diagnostics lint(const LoadResult& loaded) {
  Diagnostics out;
  // Loading's own taxonomy-miss notes are replaced by lint's, which name the closest entries.
  std::copy_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), std::back_inserter(out),
               [](const Diagnostic& d) { return d.code != "skill-unmatched"; });
  Linter(loaded, out).run();
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  return out;
}

std::vector<graph::SkillIndex> closest_skills(const graph::CareerGraph& graph,
                                              std::string_view text, std::size_t n) {
  return Suggester(graph).closest(text, n);
}

}  // namespace careergraph::importers
