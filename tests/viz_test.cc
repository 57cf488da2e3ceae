// Diagrams: the viz library on the routes fixture (what is drawn, how it is emphasised), the
// formats it produces (SVG well-formed, DOT accepted by dot, Mermaid in the emitted subset, PNG
// signature), determinism, golden DOT files, and `careergraph viz` end to end.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "recommend/paths.h"
#include "test_util.h"
#include "viz/diagrams.h"
#include "viz/format.h"
#include "viz/mermaid.h"
#include "viz/render.h"

namespace careergraph::viz {
namespace {

namespace fs = std::filesystem;
using testing::test_data;

// --- validators ---------------------------------------------------------------------------
// Hand-written scanners rather than std::regex: GCC 12's optimiser warns inside <regex> in the
// sanitizer build, and the build stays warning-free.

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Consumes [A-Za-z_][A-Za-z0-9_]* plus the characters in `more`.
bool take_name(std::string_view& s, std::string& out, std::string_view more = "") {
  std::size_t n = 0;
  while (n < s.size() && (is_alpha(s[n]) || s[n] == '_' || (n > 0 && is_digit(s[n])) ||
                          (n > 0 && more.find(s[n]) != std::string_view::npos))) {
    ++n;
  }
  if (n == 0) return false;
  out = std::string(s.substr(0, n));
  s.remove_prefix(n);
  return true;
}

bool take(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// "&name;", "&#123;" or "&#x1F;" at the start of `s`.
bool is_entity(std::string_view s) {
  if (!take(s, "&")) return false;
  std::string name;
  if (take(s, "#x")) {
    std::size_t n = 0;
    while (n < s.size() &&
           (is_digit(s[n]) || (s[n] >= 'a' && s[n] <= 'f') || (s[n] >= 'A' && s[n] <= 'F')))
      ++n;
    return n > 0 && s.substr(n, 1) == ";";
  }
  if (take(s, "#")) {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    return n > 0 && s.substr(n, 1) == ";";
  }
  return take_name(s, name) && s.substr(0, 1) == ";";
}

// Well-formedness of the XML that Graphviz writes: one root element, tags balanced and
// properly nested, attribute values quoted, no bare '<' or '&' in text. Returns "" when well
// formed, else what is wrong and where.
std::string xml_problem(const std::string& x) {
  std::vector<std::string> open;
  int roots = 0;
  std::size_t i = 0;
  auto at = [&](std::size_t p) { return " at byte " + std::to_string(p); };
  while (i < x.size()) {
    const std::size_t lt = x.find('<', i);
    const std::size_t text_end = lt == std::string::npos ? x.size() : lt;
    for (std::size_t p = i; p < text_end; ++p) {
      if (x[p] == '&' && !is_entity(std::string_view(x).substr(p, 40))) return "bad entity" + at(p);
      if (open.empty() && !is_space(x[p])) return "text outside the root" + at(p);
    }
    if (lt == std::string::npos) break;
    auto skip_to = [&](const char* end) {
      const std::size_t e = x.find(end, lt);
      return e == std::string::npos ? std::string::npos : e + std::strlen(end);
    };
    std::size_t next;
    if (x.compare(lt, 4, "<!--") == 0) {
      next = skip_to("-->");
    } else if (x.compare(lt, 9, "<![CDATA[") == 0) {
      next = skip_to("]]>");
    } else if (x.compare(lt, 2, "<?") == 0) {
      next = skip_to("?>");
    } else if (x.compare(lt, 9, "<!DOCTYPE") == 0) {
      next = skip_to(">");
    } else {
      std::string_view tag = std::string_view(x).substr(lt + 1);
      const bool closing = take(tag, "/");
      std::string name;
      if (!take_name(tag, name, "-:.")) return "bad tag name" + at(lt);
      // Attributes: whitespace, name, '=', a quoted value without '<'.
      for (;;) {
        const std::size_t before = tag.size();
        while (!tag.empty() && is_space(tag[0])) tag.remove_prefix(1);
        if (tag.empty()) return "unterminated tag" + at(lt);
        if (tag[0] == '>' || tag.substr(0, 2) == "/>") break;
        std::string attr;
        if (tag.size() == before || closing || !take_name(tag, attr, "-:.")) {
          return "bad attributes in <" + name + ">" + at(lt);
        }
        while (!tag.empty() && is_space(tag[0])) tag.remove_prefix(1);
        if (!take(tag, "=")) return "attribute without value in <" + name + ">" + at(lt);
        while (!tag.empty() && is_space(tag[0])) tag.remove_prefix(1);
        if (tag.empty() || (tag[0] != '"' && tag[0] != '\''))
          return "unquoted value in <" + name + ">" + at(lt);
        const char quote = tag[0];
        const std::size_t close = tag.find(quote, 1);
        if (close == std::string_view::npos) return "unterminated value" + at(lt);
        const std::string_view value = tag.substr(1, close - 1);
        if (value.find('<') != std::string_view::npos) return "'<' in a value" + at(lt);
        for (std::size_t p = 0; p < value.size(); ++p) {
          if (value[p] == '&' && !is_entity(value.substr(p, 40)))
            return "bad entity in a value" + at(lt);
        }
        tag.remove_prefix(close + 1);
      }
      const bool empty = take(tag, "/>");
      next = x.size() - tag.size() + (empty ? 0 : 1);
      if (closing) {
        if (open.empty() || open.back() != name) {
          return "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + ">" + at(lt);
        }
        open.pop_back();
      } else {
        if (open.empty() && ++roots > 1) return "second root element" + at(lt);
        if (!empty) open.push_back(name);
      }
    }
    if (next == std::string::npos) return "unterminated markup" + at(lt);
    i = next;
  }
  if (!open.empty()) return "<" + open.back() + "> never closed";
  if (roots != 1) return "no root element";
  return "";
}

TEST(XmlCheckTest, AcceptsAndRejects) {
  EXPECT_EQ(
      xml_problem("<?xml version=\"1.0\"?>\n<!-- c -->\n<a x=\"1\" y='&#x41;'><b/>t &amp; u</a>\n"),
      "");
  EXPECT_NE(xml_problem("<a><b></a></b>"), "");
  EXPECT_NE(xml_problem("<a>x & y</a>"), "");
  EXPECT_NE(xml_problem("<a x=1></a>"), "");
  EXPECT_NE(xml_problem("<a x=\"<\"></a>"), "");
  EXPECT_NE(xml_problem("<a></a><b></b>"), "");
  EXPECT_NE(xml_problem("<a>"), "");
}

// The Mermaid flowchart subset that to_mermaid emits (see viz/mermaid.h), checked the way
// Mermaid's grammar reads it: every statement known, ids well formed and not keywords, declared
// before they are styled, quoted text free of raw quotes, subgraphs balanced, linkStyle indices
// in range. `problem` is "" when valid, else the first problem and its line.
struct MermaidSummary {
  std::set<std::string> nodes;
  int links = 0;
  std::string problem;
};

// "…" with no '"' inside.
bool take_quoted(std::string_view& s) {
  if (!take(s, "\"")) return false;
  const std::size_t close = s.find('"');
  if (close == std::string_view::npos) return false;
  s.remove_prefix(close + 1);
  return true;
}

// ID, ID("text") or ID["text"].
bool take_node(std::string_view& s, std::string& id) {
  if (!take_name(s, id)) return false;
  if (take(s, "(")) return take_quoted(s) && take(s, ")");
  if (take(s, "[")) return take_quoted(s) && take(s, "]");
  return true;
}

// prop:value(,prop:value)* to the end, values [#A-Za-z0-9]+.
bool all_props(std::string_view s) {
  do {
    std::size_t n = 0;
    while (n < s.size() && ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '-')) ++n;
    if (n == 0 || s.substr(n, 1) != ":") return false;
    s.remove_prefix(n + 1);
    n = 0;
    while (n < s.size() && (is_alpha(s[n]) || is_digit(s[n]) || s[n] == '#')) ++n;
    if (n == 0) return false;
    s.remove_prefix(n);
  } while (take(s, ","));
  return s.empty();
}

MermaidSummary check_mermaid(const std::string& src) {
  MermaidSummary s;
  std::istringstream in(src);
  std::string line;
  int n = 0;
  auto fail = [&](const std::string& why) {
    if (s.problem.empty()) s.problem = "line " + std::to_string(n) + ": " + why + ": " + line;
  };
  static const std::set<std::string> reserved = {"end",   "subgraph",  "graph",    "flowchart",
                                                 "style", "linkStyle", "classDef", "class",
                                                 "click", "direction"};
  std::vector<std::string> subgraphs;
  std::set<std::string> subgraph_ids;
  std::vector<int> link_styles;
  bool header = false, in_front = false;
  auto declare = [&](const std::string& name) {
    if (reserved.count(name) != 0) fail("keyword '" + name + "' as an id");
    s.nodes.insert(name);
  };
  while (std::getline(in, line)) {
    ++n;
    std::string_view t = line;
    while (!t.empty() && t[0] == ' ') t.remove_prefix(1);
    if (n == 1 && t == "---") {
      in_front = true;
      continue;
    }
    if (in_front) {
      if (t == "---") {
        in_front = false;
        continue;
      }
      std::string_view v = t;
      bool ok = take(v, "title: \"");
      while (ok && !v.empty() && v[0] != '"') {
        if (v[0] == '\\') v.remove_prefix(1);
        if (!v.empty()) v.remove_prefix(1);
      }
      if (!ok || v != "\"") fail("front matter");
      continue;
    }
    if (!header) {
      if (t != "flowchart LR") fail("expected 'flowchart LR'");
      header = true;
      continue;
    }
    std::string id, id2;
    std::string_view r = t;
    if (t.empty() || t.substr(0, 2) == "%%") continue;
    if (t == "end") {
      if (subgraphs.empty())
        fail("'end' without subgraph");
      else
        subgraphs.pop_back();
    } else if (t == "direction TB" || t == "direction LR") {
      if (subgraphs.empty()) fail("direction outside a subgraph");
    } else if (take(r, "subgraph ")) {
      if (!(take_name(r, id) && take(r, "[") && take_quoted(r) && take(r, "]") && r.empty()))
        fail("subgraph");
      if (!subgraph_ids.insert(id).second) fail("subgraph id reused");
      subgraphs.push_back(id);
    } else if (take(r, "style ")) {
      if (!(take_name(r, id) && take(r, " ") && all_props(r))) fail("style");
      if (s.nodes.count(id) == 0) fail("style of an undeclared node");
    } else if (take(r, "linkStyle ")) {
      std::size_t k = 0;
      while (k < r.size() && is_digit(r[k])) ++k;
      if (k == 0)
        fail("linkStyle index");
      else
        link_styles.push_back(std::stoi(std::string(r.substr(0, k))));
      r.remove_prefix(k);
      if (!(take(r, " ") && all_props(r))) fail("linkStyle");
    } else if (take(r, "click ")) {
      if (!(take_name(r, id) && take(r, " href ") && take_quoted(r) && r.empty())) fail("click");
      if (s.nodes.count(id) == 0) fail("click of an undeclared node");
    } else if (take_node(r, id)) {
      if (r.empty()) {
        declare(id);
        continue;
      }
      const bool arrow =
          take(r, " ") && (take(r, "-.->") || take(r, "-->") || take(r, "==>") || take(r, "-.-"));
      if (arrow && take(r, "|")) {
        if (!(take_quoted(r) && take(r, "|"))) fail("link label");
      }
      if (!(arrow && take(r, " ") && take_node(r, id2) && r.empty())) {
        fail("not in the flowchart subset");
      } else {
        declare(id);
        declare(id2);
        ++s.links;
      }
    } else {
      fail("not in the flowchart subset");
    }
  }
  if (!header) fail("no flowchart header");
  if (in_front) fail("unclosed front matter");
  if (!subgraphs.empty()) fail("subgraph not closed");
  for (int i : link_styles) {
    if (i >= s.links)
      fail("linkStyle " + std::to_string(i) + " beyond " + std::to_string(s.links) + " links");
  }
  return s;
}

TEST(MermaidCheckTest, AcceptsAndRejects) {
  EXPECT_EQ(
      check_mermaid("flowchart LR\n  r_a(\"A\")\n  r_a --> r_b[\"B\"]\n  style r_a fill:#fff\n")
          .problem,
      "");
  EXPECT_NE(check_mermaid("graph TD\n").problem, "");
  EXPECT_NE(check_mermaid("flowchart LR\n  r_a(\"A \"quoted\"\")\n").problem, "");
  EXPECT_NE(check_mermaid("flowchart LR\n  subgraph s[\"x\"]\n").problem, "");
  EXPECT_NE(check_mermaid("flowchart LR\n  style r_x fill:#fff\n").problem, "");
  EXPECT_NE(check_mermaid("flowchart LR\n  end(\"A\")\n").problem, "");
  EXPECT_NE(check_mermaid("flowchart LR\n  a --> b\n  linkStyle 1 stroke:#000\n").problem, "");
}

bool is_png(const std::string& bytes) {
  return bytes.size() > 8 && bytes.compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) == 0;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs a shell command; stdout and exit code.
std::pair<int, std::string> shell(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  char buf[4096];
  std::size_t got;
  while ((got = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, got);
  const int status = ::pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// `dot` reads the DOT (when Graphviz's program is installed; the library does not need it).
bool dot_accepts(const std::string& dot, std::string& error) {
  const fs::path file =
      fs::temp_directory_path() / ("cg_viz_" + std::to_string(::getpid()) + ".dot");
  std::ofstream(file, std::ios::binary) << dot;
  const auto [code, out] = shell("dot -Tsvg " + quote(file.string()) + " 2>&1 >/dev/null");
  fs::remove(file);
  error = out;
  return code == 0;
}

bool have_dot() { return fs::exists("/usr/bin/dot") || fs::exists("/usr/local/bin/dot"); }

// --- the library on the routes fixture ----------------------------------------------------

class VizTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    data_ = new importers::LoadResult(testing::load_test({test_data("routes")}));
    ctx_ = new GraphvizContext();
  }
  static void TearDownTestSuite() {
    delete ctx_;
    delete data_;
  }
  const graph::CareerGraph& g() const { return data_->graph; }
  graph::Vertex v(const std::string& id) const { return g().vertex(id); }

  std::vector<RoutePath> routes(const std::string& from, const std::string& to, int k) const {
    recommend::PathOptions o;
    o.k = k;
    auto found = recommend::find_routes(g(), from, to, o);
    EXPECT_TRUE(found.has_value());
    std::vector<RoutePath> out;
    for (const auto& r : *found) {
      RoutePath p;
      p.roles = r.roles;
      for (const auto& e : r.edges) p.moves.push_back(e.kind);
      out.push_back(p);
    }
    return out;
  }

  static const Node* node(const Diagram& d, const std::string& id) {
    for (const auto& n : d.nodes) {
      if (n.id == id) return &n;
    }
    return nullptr;
  }
  static const Edge* edge(const Diagram& d, const std::string& from, const std::string& to,
                          graph::EdgeKind kind) {
    for (const auto& e : d.edges) {
      if (e.kind == kind && ((e.from == from && e.to == to) ||
                             (kind == graph::EdgeKind::kRelated && e.from == to && e.to == from))) {
        return &e;
      }
    }
    return nullptr;
  }

  static importers::LoadResult* data_;
  static GraphvizContext* ctx_;
};

importers::LoadResult* VizTest::data_ = nullptr;
GraphvizContext* VizTest::ctx_ = nullptr;

constexpr auto kP = graph::EdgeKind::kProgression;
constexpr auto kR = graph::EdgeKind::kRelated;

TEST_F(VizTest, MissingSkillsAreTheNextRolesSkillsNotHeld) {
  // junior: Python. lead: Python, システム設計, メンタリング. manager: 採用, メンタリング.
  EXPECT_EQ(missing_skill_count(g(), v("junior"), v("lead")), 2u);
  EXPECT_EQ(missing_skill_count(g(), v("lead"), v("manager")), 1u);
  EXPECT_EQ(missing_skill_count(g(), v("manager"), v("lead")), 2u);
  EXPECT_EQ(missing_skill_count(g(), v("lead"), v("cto")), 0u);  // cto lists no skills
}

TEST_F(VizTest, RouteHighlightsTheBestAndMutesAlternatives) {
  const auto paths = routes("junior", "cto", 2);
  ASSERT_EQ(paths.size(), 2u);
  const Diagram d = route_diagram(g(), paths, true, DiagramOptions{});
  // The best route's roles first, in order, then the alternative's new role.
  std::vector<std::string> ids;
  for (const auto& n : d.nodes) ids.push_back(n.id);
  std::vector<std::string> expected = paths[0].roles;
  for (const auto& id : paths[1].roles) {
    if (std::find(expected.begin(), expected.end(), id) == expected.end()) expected.push_back(id);
  }
  EXPECT_EQ(ids, expected);
  for (const auto& id : paths[0].roles)
    EXPECT_EQ(node(d, id)->emphasis, Emphasis::kHighlight) << id;
  EXPECT_TRUE(node(d, "junior")->focus);
  EXPECT_TRUE(node(d, "cto")->focus);
  EXPECT_FALSE(node(d, "senior")->focus);
  for (std::size_t i = 0; i + 1 < paths[0].roles.size(); ++i) {
    const Edge* e = edge(d, paths[0].roles[i], paths[0].roles[i + 1], kP);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->emphasis, Emphasis::kHighlight);
    EXPECT_EQ(e->label, "+" + std::to_string(missing_skill_count(g(), v(e->from), v(e->to))));
    EXPECT_FALSE(e->tooltip.empty());  // evidence
  }
  bool muted = false;
  for (const auto& e : d.edges) muted |= e.emphasis == Emphasis::kMuted;
  EXPECT_TRUE(muted);
  // Other moves between the roles drawn are context: related pairs faded, drawn once.
  const Edge* related = edge(d, "lead", "manager", kR);
  ASSERT_NE(related, nullptr);
  EXPECT_EQ(related->emphasis, Emphasis::kFaded);
  EXPECT_EQ(std::count_if(d.edges.begin(), d.edges.end(),
                          [](const Edge& e) {
                            return e.kind == kR && ((e.from == "lead" && e.to == "manager") ||
                                                    (e.from == "manager" && e.to == "lead"));
                          }),
            1);
  // Without --gaps no labels.
  const Diagram plain = route_diagram(g(), paths, false, DiagramOptions{});
  for (const auto& e : plain.edges) EXPECT_EQ(e.label, "");
}

TEST_F(VizTest, NeighbourhoodHasFeedersNextAndRelated) {
  const Diagram d = neighbourhood_diagram(g(), v("lead"), 1, DiagramOptions{});
  std::set<std::string> ids;
  for (const auto& n : d.nodes) ids.insert(n.id);
  EXPECT_EQ(ids, (std::set<std::string>{"lead", "senior", "manager", "cto"}));
  EXPECT_EQ(d.nodes.front().id, "lead");
  EXPECT_TRUE(d.nodes.front().focus);
  ASSERT_NE(edge(d, "senior", "lead", kP), nullptr);
  EXPECT_EQ(edge(d, "senior", "lead", kP)->emphasis, Emphasis::kNormal);
  ASSERT_NE(edge(d, "lead", "cto", kP), nullptr);
  ASSERT_NE(edge(d, "lead", "manager", kR), nullptr);
  // senior → manager skips the role: drawn, faded.
  ASSERT_NE(edge(d, "senior", "manager", kP), nullptr);
  EXPECT_EQ(edge(d, "senior", "manager", kP)->emphasis, Emphasis::kFaded);
  // Depth 2 reaches junior (feeder of a feeder).
  const Diagram d2 = neighbourhood_diagram(g(), v("lead"), 2, DiagramOptions{});
  EXPECT_NE(node(d2, "junior"), nullptr);
  EXPECT_EQ(edge(d2, "junior", "senior", kP)->emphasis, Emphasis::kNormal);
}

TEST_F(VizTest, MapHasEveryRoleRanksAndLegend) {
  DiagramOptions o;
  o.name = [](const graph::Role& r) { return r.name_en.empty() ? r.name : r.name_en; };
  const Diagram d = map_diagram(g(), o);
  EXPECT_EQ(d.nodes.size(), g().role_count());
  EXPECT_TRUE(d.level_ranks);
  for (std::size_t i = 1; i < d.nodes.size(); ++i) {
    EXPECT_LE(d.nodes[i - 1].level, d.nodes[i].level);
  }
  EXPECT_EQ(node(d, "manager")->label, "Engineering Manager");
  std::vector<std::string> tracks;
  for (const auto& t : d.legend) tracks.push_back(t.track);
  EXPECT_EQ(tracks, (std::vector<std::string>{"executive", "ic", "management", "other"}));
  // Same track, same colour; different tracks, different colours.
  EXPECT_EQ(node(d, "junior")->fill, node(d, "lead")->fill);
  EXPECT_NE(node(d, "junior")->fill, node(d, "manager")->fill);
  EXPECT_EQ(node(d, "lead")->fill, track_fill(g(), "ic"));
}

TEST_F(VizTest, EveryFormatRendersTheSameContent) {
  DiagramOptions o;
  o.title = "ジュニアエンジニア → CTO";
  const Diagram d = route_diagram(g(), routes("junior", "cto", 3), true, o);
  const auto svg = render(*ctx_, d, Format::kSvg);
  ASSERT_TRUE(svg.has_value()) << svg.error().message;
  EXPECT_EQ(xml_problem(*svg), "");
  for (const auto& n : d.nodes)
    EXPECT_NE(svg->find(">" + n.label + "<"), std::string::npos) << n.label;

  const auto png = render(*ctx_, d, Format::kPng);
  ASSERT_TRUE(png.has_value()) << png.error().message;
  EXPECT_TRUE(is_png(*png));

  const auto dot = render(*ctx_, d, Format::kDot);
  ASSERT_TRUE(dot.has_value());
  EXPECT_EQ(dot->rfind("digraph route {", 0), 0u) << *dot;
  EXPECT_NE(dot->find("style=dashed"), std::string::npos);
  EXPECT_EQ(dot->find("pos="), std::string::npos);  // before layout
  if (have_dot()) {
    std::string error;
    EXPECT_TRUE(dot_accepts(*dot, error)) << error;
  }

  const auto mermaid = render(*ctx_, d, Format::kMermaid);
  ASSERT_TRUE(mermaid.has_value());
  const auto m = check_mermaid(*mermaid);
  EXPECT_EQ(m.problem, "") << *mermaid;
  EXPECT_EQ(m.nodes.size(), d.nodes.size());
  EXPECT_EQ(m.links, static_cast<int>(d.edges.size()));
  const auto fenced = render(*ctx_, d, Format::kMermaid, true);
  EXPECT_EQ(*fenced, "```mermaid\n" + *mermaid + "```\n");
}

// "2024-01-31" or "12:34" anywhere in `s`.
bool looks_like_time(const std::string& s) {
  for (std::size_t i = 0; i + 4 < s.size(); ++i) {
    if (is_digit(s[i]) && s[i + 1] == ':' && is_digit(s[i + 2]) && is_digit(s[i + 3])) return true;
    if (i + 10 <= s.size() && is_digit(s[i]) && is_digit(s[i + 3]) && s[i + 4] == '-' &&
        is_digit(s[i + 5]) && s[i + 7] == '-' && is_digit(s[i + 8])) {
      return true;
    }
  }
  return false;
}

TEST_F(VizTest, SameDiagramSameBytes) {
  const Diagram d = map_diagram(g(), DiagramOptions{});
  for (Format f : {Format::kSvg, Format::kPng, Format::kDot, Format::kMermaid}) {
    const auto a = render(*ctx_, d, f);
    const auto b = render(*ctx_, map_diagram(g(), DiagramOptions{}), f);
    ASSERT_TRUE(a.has_value() && b.has_value()) << format_name(f);
    EXPECT_TRUE(*a == *b) << format_name(f);
  }
  const auto svg = render(*ctx_, d, Format::kSvg);
  // No timestamps or build dates: Graphviz's SVG comments name only its version and the graph.
  for (std::size_t p = svg->find("<!--"); p != std::string::npos; p = svg->find("<!--", p + 4)) {
    const std::string c = svg->substr(p, svg->find("-->", p) - p);
    EXPECT_FALSE(looks_like_time(c)) << c;
  }
}

TEST_F(VizTest, MapDotHasLevelRanksAndLegend) {
  const auto dot = render(*ctx_, map_diagram(g(), DiagramOptions{}), Format::kDot);
  ASSERT_TRUE(dot.has_value());
  EXPECT_NE(dot->find("rank=same"), std::string::npos);
  EXPECT_NE(dot->find("Level 7"), std::string::npos);
  EXPECT_NE(dot->find("label=<<TABLE"), std::string::npos);  // the legend, an HTML label
  if (have_dot()) {
    std::string error;
    EXPECT_TRUE(dot_accepts(*dot, error)) << error;
  }
  const auto svg = render(*ctx_, map_diagram(g(), DiagramOptions{}), Format::kSvg);
  ASSERT_TRUE(svg.has_value());
  EXPECT_EQ(xml_problem(*svg), "");
  EXPECT_NE(svg->find(">Legend<"), std::string::npos);
}

TEST_F(VizTest, LabelsAreEscapedForEachFormat) {
  Diagram d;
  d.name = "odd";
  d.title = "a \\ b \"c\" <d> & e";
  d.nodes.push_back(
      {"x", "C# <dev> \"lead\" & \\n", "ic", 3, "#ffffff", Emphasis::kNormal, false, "", ""});
  d.nodes.push_back({"end", "end", "", 0, "#eeeeee", Emphasis::kNormal, false, "", ""});
  d.nodes.push_back({"日本", "日本語", "", 0, "#eeeeee", Emphasis::kNormal, false, "", ""});
  d.edges.push_back({"x", "end", kP, Emphasis::kNormal, "a|b", ""});
  d.edges.push_back({"end", "日本", kR, Emphasis::kNormal, "", ""});
  d.legend.push_back({"<ic>", "#ffffff"});
  const auto svg = render(*ctx_, d, Format::kSvg);
  ASSERT_TRUE(svg.has_value());
  EXPECT_EQ(xml_problem(*svg), "");
  EXPECT_NE(svg->find("C# &lt;dev&gt; &quot;lead&quot; &amp; \\n"), std::string::npos) << *svg;
  const auto mermaid = to_mermaid(d);
  EXPECT_EQ(check_mermaid(mermaid).problem, "") << mermaid;
  EXPECT_NE(mermaid.find("r_end(\"end\")"), std::string::npos);
  EXPECT_NE(mermaid.find("n3(\"日本語\")"), std::string::npos);
  if (have_dot()) {
    std::string error;
    EXPECT_TRUE(dot_accepts(*render(*ctx_, d, Format::kDot), error)) << error;
  }
}

TEST(FormatTest, NamesAndExtensions) {
  EXPECT_EQ(parse_format("svg"), Format::kSvg);
  EXPECT_EQ(parse_format("mermaid"), Format::kMermaid);
  EXPECT_EQ(parse_format("text"), std::nullopt);
  EXPECT_EQ(format_for_path("out/a.PNG"), Format::kPng);
  EXPECT_EQ(format_for_path("a.gv"), Format::kDot);
  EXPECT_EQ(format_for_path("a.mmd"), Format::kMermaid);
  EXPECT_EQ(format_for_path("page.md"), Format::kMermaid);
  EXPECT_EQ(format_for_path("a.jpg"), std::nullopt);
  EXPECT_EQ(format_for_path("noext"), std::nullopt);
  EXPECT_STREQ(format_extension(Format::kMermaid), ".mmd");
}

// --- the command --------------------------------------------------------------------------

struct Result {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs careergraph with `args` in `cwd` (tests/data by default, so evidence paths are relative
// and golden files do not depend on where the source tree is).
Result cli(const std::string& args, const std::string& cwd = CAREERGRAPH_TEST_DATA) {
  const auto err_file = fs::temp_directory_path() / ("cg_viz_err_" + std::to_string(::getpid()));
  Result r;
  std::tie(r.code, r.out) =
      shell("cd " + quote(cwd) + " && env -u CAREERGRAPH_DATA " + quote(CAREERGRAPH_BIN) + " " +
            args + " 2>" + quote(err_file.string()));
  r.err = read(err_file);
  fs::remove(err_file);
  return r;
}

const std::string kFixture = "-q --vocab vocab --data routes ";

fs::path temp_dir(const std::string& name) {
  const fs::path p =
      fs::temp_directory_path() / ("cg_viz_" + std::to_string(::getpid()) + "_" + name);
  fs::remove_all(p);
  return p;
}

// Golden DOT files: tests/data/golden/NAME.dot. CAREERGRAPH_UPDATE_GOLDEN=1 rewrites them.
void expect_golden(const std::string& name, const std::string& actual) {
  const fs::path file = fs::path(CAREERGRAPH_TEST_DATA) / "golden" / (name + ".dot");
  if (std::getenv("CAREERGRAPH_UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << actual;
  }
  ASSERT_TRUE(fs::exists(file)) << file << " missing; run with CAREERGRAPH_UPDATE_GOLDEN=1";
  EXPECT_EQ(read(file), actual) << "golden " << file << " differs";
}

TEST(VizCliTest, GoldenDot) {
  const struct {
    const char* name;
    const char* args;
  } cases[] = {
      {"route_junior_cto", "viz --from junior --to cto -k 2 --gaps --format dot"},
      {"role_lead", "viz --role lead --format dot"},
      {"role_manager_depth2_en", "--lang en viz --role manager --depth 2 --format dot"},
      {"map", "viz --format dot"},
  };
  for (const auto& c : cases) {
    const Result r = cli(kFixture + c.args);
    ASSERT_EQ(r.code, 0) << c.args << "\n" << r.err;
    EXPECT_EQ(r.err, "");
    expect_golden(c.name, r.out);
    if (have_dot()) {
      std::string error;
      EXPECT_TRUE(dot_accepts(r.out, error)) << c.name << ": " << error;
    }
  }
}

TEST(VizCliTest, SvgToStdoutHasEveryRoleOfTheRoute) {
  const Result r = cli(kFixture + "viz --from junior --to cto");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(xml_problem(r.out), "");
  for (const char* name : {"ジュニアエンジニア", "シニアエンジニア", "開発マネージャー", "CTO"}) {
    EXPECT_NE(r.out.find(std::string(">") + name + "<"), std::string::npos) << name;
  }
  EXPECT_NE(r.out.find("font-family=\"Noto Sans CJK JP,"), std::string::npos);
  if (fs::exists("/usr/bin/xmllint")) {
    const fs::path file = temp_dir("route.svg");
    std::ofstream(file, std::ios::binary) << r.out;
    EXPECT_EQ(shell("xmllint --noout " + quote(file.string()) + " 2>&1").first, 0);
    fs::remove(file);
  }
  const Result en = cli("--lang en " + kFixture + "viz --from junior --to cto");
  EXPECT_NE(en.out.find(">Junior Engineer<"), std::string::npos);
}

TEST(VizCliTest, FormatFromOptionOrExtension) {
  const fs::path dir = temp_dir("formats");
  fs::create_directories(dir);
  const std::string route = kFixture + "viz --from junior --to cto -k 2 ";
  ASSERT_EQ(cli(route + "-o " + quote((dir / "r.png").string())).code, 0);
  EXPECT_TRUE(is_png(read(dir / "r.png")));
  ASSERT_EQ(cli(route + "-o " + quote((dir / "r.svg").string())).code, 0);
  EXPECT_EQ(xml_problem(read(dir / "r.svg")), "");
  ASSERT_EQ(cli(route + "-o " + quote((dir / "r.gv").string())).code, 0);
  EXPECT_EQ(read(dir / "r.gv").rfind("digraph", 0), 0u);
  ASSERT_EQ(cli(route + "-o " + quote((dir / "r.mmd").string())).code, 0);
  EXPECT_EQ(check_mermaid(read(dir / "r.mmd")).problem, "");
  ASSERT_EQ(cli(route + "-o " + quote((dir / "r.md").string())).code, 0);
  EXPECT_EQ(read(dir / "r.md").rfind("```mermaid\n", 0), 0u);
  // --format wins over the extension; text/json mean the default, SVG.
  ASSERT_EQ(cli(route + "--format dot -o " + quote((dir / "x.svg").string())).code, 0);
  EXPECT_EQ(read(dir / "x.svg").rfind("digraph", 0), 0u);
  EXPECT_EQ(cli(route + "--format text").out.rfind("<?xml", 0), 0u);
  EXPECT_NE(cli(route + "--format mermaid").out.find("\nflowchart LR\n"), std::string::npos);
  EXPECT_EQ(cli(route + "--format markdown").out.rfind("```mermaid\n---\n", 0), 0u);
  // PNG to a pipe is fine (the terminal is refused).
  EXPECT_TRUE(is_png(cli(route + "--format png").out));
  const Result bad = cli(route + "-o " + quote((dir / "r.jpg").string()));
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("cannot tell the format"), std::string::npos) << bad.err;
  fs::remove_all(dir);
}

TEST(VizCliTest, TwoRunsGiveIdenticalFiles) {
  for (const char* format : {"svg", "png", "dot", "mermaid"}) {
    for (const char* what : {"--from junior --to cto -k 3 --gaps", "--role lead --depth 2", ""}) {
      const std::string args = kFixture + "viz " + what + " --format " + format;
      const Result a = cli(args);
      const Result b = cli(args);
      ASSERT_EQ(a.code, 0) << args << a.err;
      EXPECT_TRUE(a.out == b.out) << args;
    }
  }
}

TEST(VizCliTest, AllWritesOneDiagramPerGuideAndAnIndex) {
  const fs::path dir = temp_dir("all");
  const Result r = cli(kFixture + "viz --all --out-dir " + quote(dir.string()));
  ASSERT_EQ(r.code, 0) << r.err;
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) files.insert(e.path().filename().string());
  EXPECT_EQ(files, (std::set<std::string>{"designer_career_guide.svg", "junior_career_guide.svg",
                                          "lead_career_guide.svg", "manager_career_guide.svg",
                                          "index.html"}));
  const std::string index = read(dir / "index.html");
  for (const auto& f : files) {
    if (f == "index.html") continue;
    EXPECT_NE(index.find("src=\"" + f + "\""), std::string::npos) << f;
    EXPECT_EQ(xml_problem(read(dir / f)), "") << f;
  }
  EXPECT_EQ(xml_problem(index.substr(index.find("<html"))), "");  // well-formed too
  // Roles with a guide link to their diagram.
  EXPECT_NE(read(dir / "lead_career_guide.svg").find("xlink:href=\"manager_career_guide.svg\""),
            std::string::npos);
  // A second run gives the same files.
  const fs::path again = temp_dir("all2");
  ASSERT_EQ(cli(kFixture + "viz --all --out-dir " + quote(again.string())).code, 0);
  for (const auto& f : files) EXPECT_TRUE(read(dir / f) == read(again / f)) << f;
  // PNG set.
  const fs::path png = temp_dir("allpng");
  ASSERT_EQ(cli(kFixture + "viz --all --format png --out-dir " + quote(png.string())).code, 0);
  EXPECT_TRUE(is_png(read(png / "lead_career_guide.png")));
  EXPECT_NE(read(png / "index.html").find("src=\"lead_career_guide.png\""), std::string::npos);
  for (const auto& d : {dir, again, png}) fs::remove_all(d);
}

TEST(VizCliTest, ExitCodes) {
  const Result unknown = cli(kFixture + "viz --from junir --to cto");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("unknown role 'junir'"), std::string::npos) << unknown.err;
  EXPECT_EQ(cli(kFixture + "viz --role nobody").code, 2);
  const Result none = cli(kFixture + "viz --from デザイナー --to cto");
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("no route"), std::string::npos);
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(cli(kFixture + "viz --from デザイナー --to cto --lateral --format dot").code, 0);
  EXPECT_EQ(cli(kFixture + "viz --from junior").code, 2);  // --to missing
  EXPECT_EQ(cli(kFixture + "viz --all").code, 2);          // --out-dir missing
  EXPECT_EQ(cli(kFixture + "viz --role lead --from junior --to cto").code, 2);
  EXPECT_EQ(cli(kFixture + "viz --depth 2").code, 2);  // --depth without --role
  EXPECT_EQ(cli(kFixture + "viz --gaps").code, 2);
}

TEST(VizCliTest, OtherCommandsRejectDiagramFormats) {
  for (const char* format : {"svg", "png", "dot", "mermaid"}) {
    const Result r = cli(kFixture + "path --from junior --to cto --format " + format);
    EXPECT_EQ(r.code, 2) << format;
    EXPECT_NE(r.err.find("for the viz command only"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(cli(kFixture + "show cto --format svg").code, 2);
  EXPECT_EQ(cli(kFixture + "viz --format gif").code, 2);  // not a format at all
}

TEST(VizCliTest, BundledCorpusRendersEveryGuide) {
  const fs::path dir = temp_dir("bundled");
  const Result r = cli("viz --all --out-dir " + quote(dir.string()), "/");
  ASSERT_EQ(r.code, 0) << r.err;
  int svgs = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".svg") continue;
    ++svgs;
    EXPECT_EQ(xml_problem(read(e.path())), "") << e.path();
  }
  EXPECT_GE(svgs, 24);
  fs::remove_all(dir);
  const Result map = cli("viz --format dot", "/");
  ASSERT_EQ(map.code, 0);
  if (have_dot()) {
    std::string error;
    EXPECT_TRUE(dot_accepts(map.out, error)) << error;
  }
}

}  // namespace
}  // namespace careergraph::viz
