#include "importers/corpus.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "importers/loader.h"
#include "test_util.h"

namespace careergraph::importers {
namespace {

using testing::edge_set;
using testing::load_test;
using testing::test_data;
using testing::load_with_vocab;

// The test vocabulary (with the bundled section table when it has none) and the bundled guides
// as collect_guides defers them.
std::pair<VocabularyFiles, std::vector<SourceFile>> bundled_guides_with_test_vocab() {
  graph::Diagnostics d;
  auto vocab = read_vocabulary_dir(test_data("vocab"), d);
  if (!vocab.sections) {
    if (auto s = read_source(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml")) {
      vocab.sections = std::move(*s);
    }
  }
  auto files = collect_guides({std::string(CAREERGRAPH_SOURCE_DATA) + "/guides"}, d);
  return {std::move(vocab), std::move(files)};
}

// Everything that makes up the graph's shape, with evidence line numbers (file names differ).
struct Shape {
  std::set<std::string> roles;
  std::set<std::tuple<std::string, std::string, std::string>> edges;
  std::map<std::string, std::vector<int>> evidence_lines;
  std::map<std::string, std::set<std::string>> role_skills;
  std::vector<size_t> guide_counts;
  bool operator==(const Shape&) const = default;
};

Shape shape_of(const std::string& file) {
  const auto r = load_test({test_data("shapes/" + file)});
  EXPECT_EQ(r.error_count(), 0u) << file;
  Shape s;
  const auto& g = r.graph;
  for (graph::Vertex v = 0; v < g.role_count(); ++v) {
    s.roles.insert(g.role(v).id);
    for (const auto& l : g.role(v).skills) s.role_skills[g.role(v).id].insert(g.skill(l.skill).id);
  }
  s.edges = edge_set(g);
  const auto& bg = g.boost_graph();
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    auto& lines = s.evidence_lines[bg[boost::source(*e, bg)].id + ">" + bg[boost::target(*e, bg)].id];
    for (const auto& ev : bg[*e].evidence) lines.push_back(ev.line);
  }
  EXPECT_EQ(g.guides().size(), 1u);
  const auto& guide = g.guides().at(0);
  size_t answers = 0;
  for (const auto& q : guide.text().interview) answers += q.answer_points.size();
  size_t learning = 0;
  for (const auto& grp : guide.text().learning) learning += grp.items.size();
  s.guide_counts = {guide.text().duties.size(),
                    guide.text().skills.size(),
                    guide.text().chains.size(),
                    guide.text().interview.size(),
                    answers,
                    learning,
                    guide.text().related_jobs.size(),
                    guide.aliases.size()};
  return s;
}

TEST(GuideShapeTest, TidyGuideHasTheExpectedShape) {
  const Shape tidy = shape_of("tidy.md");
  EXPECT_EQ(tidy.roles, (std::set<std::string>{"junior", "senior", "lead", "manager", "cto"}));
  EXPECT_EQ(tidy.edges.size(), 7u);  // 5 progression + related both ways
  EXPECT_TRUE(tidy.edges.count({"junior", "senior", "progression"}));
  EXPECT_TRUE(tidy.edges.count({"lead", "senior", "related"}));
  EXPECT_EQ(tidy.role_skills.at("senior"),
            (std::set<std::string>{"python", "sql", "system_design", "mentoring"}));
  EXPECT_EQ(tidy.evidence_lines.at("junior>senior"), (std::vector<int>{23}));
  EXPECT_EQ(tidy.guide_counts, (std::vector<size_t>{2, 3, 2, 2, 4, 2, 1, 2}));
}

class GuideVariantTest : public ::testing::TestWithParam<const char*> {};

TEST_P(GuideVariantTest, ImportsToTheSameShapeAsTheTidyGuide) {
  EXPECT_EQ(shape_of(GetParam()), shape_of("tidy.md"));
}

INSTANTIATE_TEST_SUITE_P(Variants, GuideVariantTest,
                         ::testing::Values("crlf_ascii.md", "bom_numbered.md", "ascii_parens.md",
                                           "fullwidth.md", "arrows.md", "english.md"));

// collect_guides defers reading: files are read when parsed and dropped after. The graph must
// be the one loading the same files from memory gives, diagnostics included; without prose
// only duties, collaborators, outlook, interview questions and the page fields are missing.
TEST(CorpusTest, DeferredFilesAndNoProseLoadTheSameGraph) {
  const auto [vocab, deferred] = bundled_guides_with_test_vocab();
  ASSERT_TRUE(vocab.sections.has_value());
  ASSERT_FALSE(deferred.empty());
  std::vector<SourceFile> in_memory;
  for (const auto& f : deferred) {
    EXPECT_TRUE(f.deferred);
    EXPECT_TRUE(f.content.empty());
    auto src = read_source(f.path);
    ASSERT_TRUE(src.has_value());
    in_memory.push_back(std::move(*src));
  }
  const auto a = load(vocab, deferred);
  const auto b = load(vocab, in_memory);
  LoadOptions no_prose;
  no_prose.prose = false;
  const auto c = load(vocab, deferred, no_prose);
  EXPECT_EQ(edge_set(a.graph), edge_set(b.graph));
  EXPECT_EQ(edge_set(a.graph), edge_set(c.graph));
  ASSERT_EQ(a.diagnostics.size(), b.diagnostics.size());
  ASSERT_EQ(a.diagnostics.size(), c.diagnostics.size());
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    EXPECT_EQ(a.diagnostics[i].to_string(), b.diagnostics[i].to_string());
    EXPECT_EQ(a.diagnostics[i].to_string(), c.diagnostics[i].to_string());
  }
  ASSERT_EQ(a.graph.guides().size(), c.graph.guides().size());
  bool had_prose = false;
  for (size_t i = 0; i < a.graph.guides().size(); ++i) {
    const auto& full = a.graph.guides()[i];
    const auto& lean = c.graph.guides()[i];
    had_prose |= !full.text().duties.empty() && !full.text().interview.empty() &&
                 !full.text().tags.empty() && !full.text().keywords.empty() &&
                 !full.text().meta_description.empty();
    EXPECT_TRUE(lean.text().duties.empty() && lean.text().outlook.empty() &&
                lean.text().collaborators.empty() && lean.text().interview.empty());
    EXPECT_TRUE(lean.text().tags.empty() && lean.text().keywords.empty() &&
                lean.text().meta_description.empty() && lean.text().thumbnail.empty() &&
                lean.text().metadata.empty());
    EXPECT_EQ(full.text().related_jobs.size(), lean.text().related_jobs.size());
    EXPECT_EQ(full.title, lean.title);
    EXPECT_EQ(full.category, lean.category);
    EXPECT_EQ(full.text().skills.size(), lean.text().skills.size());
    EXPECT_EQ(full.text().learning.size(), lean.text().learning.size());
    EXPECT_EQ(full.text().chains.size(), lean.text().chains.size());
    EXPECT_EQ(full.sections_found, lean.sections_found);
  }
  EXPECT_TRUE(had_prose);
  EXPECT_EQ(a.graph.learning().size(), c.graph.learning().size());
}

// Without the guides' text the graph and the diagnostics are the same; each guide keeps its
// identity and the counts of its skill bullets, and nothing else it said (the role's skill
// links keep what the bullets matched, at their lines).
TEST(CorpusTest, NoGuideTextLoadsTheSameGraph) {
  const auto [vocab, files] = bundled_guides_with_test_vocab();
  ASSERT_TRUE(vocab.sections.has_value());
  ASSERT_FALSE(files.empty());
  LoadOptions lean;
  lean.prose = false;
  lean.guide_text = false;
  const auto a = load(vocab, files);
  const auto c = load(vocab, files, lean);
  EXPECT_EQ(edge_set(a.graph), edge_set(c.graph));
  ASSERT_EQ(a.diagnostics.size(), c.diagnostics.size());
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    EXPECT_EQ(a.diagnostics[i].to_string(), c.diagnostics[i].to_string());
  }
  ASSERT_EQ(a.graph.learning().size(), c.graph.learning().size());
  for (size_t i = 0; i < a.graph.learning().size(); ++i) {
    EXPECT_EQ(a.graph.learning()[i].name(), c.graph.learning()[i].name());
  }
  ASSERT_EQ(a.graph.skills().size(), c.graph.skills().size());
  ASSERT_EQ(a.graph.role_count(), c.graph.role_count());
  for (graph::Vertex v = 0; v < a.graph.role_count(); ++v) {
    const auto& x = a.graph.role(v);
    const auto& y = c.graph.role(v);
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.guide, y.guide);
    ASSERT_EQ(x.skills.size(), y.skills.size());
    for (size_t k = 0; k < x.skills.size(); ++k) {
      EXPECT_EQ(x.skills[k].skill, y.skills[k].skill);
      EXPECT_EQ(x.skills[k].source, y.skills[k].source);
    }
  }
  ASSERT_EQ(a.graph.guides().size(), c.graph.guides().size());
  bool had_text = false, had_bullets = false;
  for (size_t i = 0; i < a.graph.guides().size(); ++i) {
    const auto& full = a.graph.guides()[i];
    const auto& lean_guide = c.graph.guides()[i];
    had_text |= !full.text().chains.empty() && !full.text().related_jobs.empty() &&
                !full.text().learning.empty();
    EXPECT_EQ(full.file, lean_guide.file);
    EXPECT_EQ(full.slug, lean_guide.slug);
    EXPECT_EQ(full.role_id, lean_guide.role_id);
    EXPECT_EQ(full.name, lean_guide.name);
    EXPECT_TRUE(lean_guide.text().chains.empty() && lean_guide.text().related_jobs.empty() &&
                lean_guide.text().learning.empty() && lean_guide.aliases.empty() &&
                lean_guide.text().duties.empty());
    EXPECT_TRUE(lean_guide.text().skills.empty());
    EXPECT_FALSE(lean_guide.has_text());  // none of it is held: the pointer to it is null
    EXPECT_TRUE(full.has_text());
    EXPECT_EQ(full.text().skills.size(), lean_guide.skill_bullets);
    EXPECT_EQ(full.skill_bullets, lean_guide.skill_bullets);
    EXPECT_EQ(full.skill_bullets_matched, lean_guide.skill_bullets_matched);
    had_bullets |= lean_guide.skill_bullets > 0;
  }
  EXPECT_TRUE(had_text);
  EXPECT_TRUE(had_bullets);
}

TEST(CorpusTest, GuideThreadsAreOneForASmallCorpus) {
  EXPECT_EQ(guide_threads(0), 1u);
  EXPECT_EQ(guide_threads(kParallelMinGuides - 1), 1u);
  EXPECT_EQ(guide_threads(kParallelMinGuides), std::max(1u, std::thread::hardware_concurrency()));
  EXPECT_EQ(guide_threads(5, 3), 3u);  // asked for: as asked
}

// Parsing and matching bullets on several threads gives the graph one thread gives, in the same
// order, diagnostics included. The corpus is the bundled guides twice (the second time under
// other paths: duplicate roles, reported), enough for the parallel path.
TEST(CorpusTest, LoadOnOneThreadOrSeveralIsTheSame) {
  auto [vocab, deferred] = bundled_guides_with_test_vocab();
  std::vector<SourceFile> files;
  for (const auto& f : deferred) {
    auto src = read_source(f.path);
    ASSERT_TRUE(src.has_value());
    files.push_back(*src);
    files.push_back(SourceFile{"copy/" + std::filesystem::path(f.path).filename().string(),
                               src->content, src->storage});
  }
  ASSERT_GE(files.size(), kParallelMinGuides);
  auto loaded = [&](unsigned threads) {
    LoadOptions options;
    options.threads = threads;
    return load(vocab, files, options);
  };
  const auto one = loaded(1);
  EXPECT_GT(one.diagnostics.size(), 0u);  // the copies' duplicate roles
  for (const unsigned threads : {2u, 3u, 0u}) {
    const auto many = loaded(threads);
    EXPECT_EQ(edge_set(one.graph), edge_set(many.graph)) << threads;
    ASSERT_EQ(one.diagnostics.size(), many.diagnostics.size()) << threads;
    for (size_t i = 0; i < one.diagnostics.size(); ++i) {
      EXPECT_EQ(one.diagnostics[i].to_string(), many.diagnostics[i].to_string()) << threads;
    }
    ASSERT_EQ(one.graph.guides().size(), many.graph.guides().size());
    for (size_t i = 0; i < one.graph.guides().size(); ++i) {
      EXPECT_EQ(one.graph.guides()[i].file, many.graph.guides()[i].file);
    }
    ASSERT_EQ(one.graph.learning().size(), many.graph.learning().size());
    for (size_t i = 0; i < one.graph.learning().size(); ++i) {
      EXPECT_EQ(one.graph.learning()[i].name(), many.graph.learning()[i].name());
    }
    ASSERT_EQ(one.graph.role_count(), many.graph.role_count());
    for (graph::Vertex v = 0; v < one.graph.role_count(); ++v) {
      const auto& x = one.graph.role(v);
      const auto& y = many.graph.role(v);
      EXPECT_EQ(x.id, y.id);
      ASSERT_EQ(x.skills.size(), y.skills.size()) << x.id;
      for (size_t k = 0; k < x.skills.size(); ++k) {
        EXPECT_EQ(x.skills[k].skill, y.skills[k].skill);
        EXPECT_EQ(x.skills[k].source, y.skills[k].source);
      }
    }
  }
}

// A guide counts its skill bullets and those that matched a taxonomy skill as it joins, with
// or without its text; a bullet that matched nothing (it becomes a skill of its own) is not
// counted as matched.
TEST(CorpusTest, GuideCountsItsSkillBulletsAndTheMatchedOnes) {
  graph::Diagnostics d;
  auto vocab = read_vocabulary_dir(test_data("vocab"), d);
  if (auto sections = read_source(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary/sections.yaml")) {
    vocab.sections = std::move(*sections);
  }
  const auto tidy = read_source(test_data("shapes/tidy.md"));
  ASSERT_TRUE(tidy.has_value());
  std::string text(tidy->content);
  const std::string bullet = "* システム設計\n";
  const auto at = text.find(bullet);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, bullet.size(), "* システム設計\n* 量子もつれの調律\n");
  const std::vector<SourceFile> files = {SourceFile::owned("counted.md", text)};
  for (const bool keep_text : {true, false}) {
    LoadOptions options;
    options.guide_text = keep_text;
    const auto r = load(vocab, files, options);
    ASSERT_EQ(r.graph.guides().size(), 1u);
    const auto& guide = r.graph.guides()[0];
    EXPECT_EQ(guide.skill_bullets, 4u) << keep_text;
    EXPECT_EQ(guide.skill_bullets_matched, 3u) << keep_text;
    EXPECT_EQ(guide.text().skills.size(), keep_text ? 4u : 0u);
    const auto unmatched = std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                         [](const auto& x) { return x.code == "skill-unmatched"; });
    EXPECT_EQ(unmatched, 1) << keep_text;
  }
}

TEST(CorpusTest, DeferredFileThatVanishedIsAnError) {
  const std::string dir = ::testing::TempDir() + "careergraph_deferred";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir + "/gone.md") << "---\ntitle: x\nslug: x\n---\n"; }
  graph::Diagnostics d;
  const auto files = collect_guides({dir}, d);
  ASSERT_EQ(files.size(), 1u);
  std::filesystem::remove(dir + "/gone.md");
  const auto parsed = parse_guides(files, SectionTable{}, 0, 1);
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_FALSE(parsed[0].guide.has_value());
  ASSERT_EQ(parsed[0].diagnostics.size(), 1u);
  EXPECT_EQ(parsed[0].diagnostics[0].to_string(),
            dir + "/gone.md: error: no such file or directory [io]");
}

TEST(CorpusTest, BrokenGuideIsReportedAndOthersStillLoad) {
  const auto r = load_test({test_data("broken")});
  std::vector<std::tuple<std::string, int, std::string>> errors;
  for (const auto& d : r.diagnostics) {
    if (d.severity == graph::Severity::kError) {
      errors.emplace_back(d.file.substr(d.file.rfind('/') + 1), d.line, d.code);
    }
  }
  EXPECT_EQ(errors, (std::vector<std::tuple<std::string, int, std::string>>{
                        {"bad_yaml.md", 5, "yaml-syntax"}, {"bad_yaml.md", 10, "chain-empty-step"}}));
  EXPECT_EQ(r.graph.guides().size(), 1u);
  EXPECT_TRUE(edge_set(r.graph).count({"senior", "lead", "progression"}));
}

TEST(CorpusTest, GuideMergesIntoVocabularyRoleAndSlugBecomesAlias) {
  const auto r = load_test({test_data("shapes/tidy.md")});
  const auto v = r.graph.find_role("senior");
  ASSERT_TRUE(v);
  const auto& role = r.graph.role(*v);
  EXPECT_TRUE(role.guide.has_value());
  EXPECT_EQ(role.level, 3);
  EXPECT_TRUE(r.graph.role_names().resolve("senior_career_guide").found());
  EXPECT_TRUE(r.graph.role_names().resolve("上級エンジニア").found());
}

TEST(CorpusTest, DuplicateRoleNamesBothFiles) {
  const auto r = load_test({test_data("shapes/tidy.md"), test_data("shapes/english.md")});
  ASSERT_EQ(r.error_count(), 1u);
  const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                               [](const auto& d) { return d.code == "duplicate-role"; });
  ASSERT_NE(it, r.diagnostics.end());
  EXPECT_NE(it->file.find("english.md"), std::string::npos);
  EXPECT_NE(it->message.find("tidy.md"), std::string::npos);
}

TEST(CorpusTest, UnknownChainNamesBecomeRolesWithoutGuide) {
  const auto r = load_with_vocab(test_data("empty_vocab"), {test_data("routes/lead.md")});
  // Without a vocabulary every chain name is a role of its own.
  const auto v = r.graph.role_names().resolve("開発マネージャー");
  ASSERT_TRUE(v.found());
  EXPECT_FALSE(r.graph.role(v.index).guide.has_value());
}

// --- the real seed (skips when ../shared is absent) ---

TEST(SeedCorpusTest, SeedAloneWithoutVocabulary) {
  const std::string seed = testing::seed_path();
  if (seed.empty()) GTEST_SKIP() << "../shared/seed not present";
  const auto r = testing::load_with_vocab(test_data("empty_vocab"), {seed});
  EXPECT_EQ(r.error_count(), 0u);
  const auto& g = r.graph;
  const auto cto = g.find_role("cto");
  ASSERT_TRUE(cto);
  EXPECT_EQ(g.role(*cto).name, "CTO");
  for (const char* q : {"ＣＴＯ", "cto", "Chief Technology Officer", "最高技術責任者"}) {
    const auto res = g.role_names().resolve(q);
    ASSERT_TRUE(res.found()) << q;
    EXPECT_EQ(res.index, *cto) << q;
  }
  // VPoE in a chain and vpoe in related_jobs are one role.
  const auto vpoe = g.role_names().resolve("VPoE");
  ASSERT_TRUE(vpoe.found());
  EXPECT_TRUE(edge_set(g).count({g.role(vpoe.index).id, "cto", "progression"}));
  EXPECT_TRUE(edge_set(g).count({"cto", g.role(vpoe.index).id, "related"}));
  // 3 + 3 + 2 moves in the three chains, all distinct.
  EXPECT_EQ(g.transition_count(graph::EdgeKind::kProgression), 8u);
  const auto& bg = g.boost_graph();
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    ASSERT_EQ(bg[*e].evidence.size(), 1u);
    if (bg[*e].kind == graph::EdgeKind::kProgression) {
      EXPECT_GE(bg[*e].evidence[0].line, 96);
      EXPECT_LE(bg[*e].evidence[0].line, 98);
    }
  }
}

// --- guards on the bundled corpus (data/) ---

importers::LoadResult bundled() {
  return testing::load_with_vocab(std::string(CAREERGRAPH_SOURCE_DATA) + "/vocabulary",
                                  {std::string(CAREERGRAPH_SOURCE_DATA) + "/guides"});
}

TEST(BundledCorpusTest, LoadsWithoutErrorsOrWarnings) {
  const auto r = bundled();
  for (const auto& d : r.diagnostics) {
    EXPECT_EQ(d.severity, graph::Severity::kInfo) << d.to_string();
  }
  EXPECT_GE(r.graph.guides().size(), 24u);
}

TEST(BundledCorpusTest, RelatedJobsNameGuidesAndChainNamesAreKnown) {
  const auto r = bundled();
  const auto& g = r.graph;
  for (const auto& guide : g.guides()) {
    for (const auto& job : guide.text().related_jobs) {
      const auto res = g.role_names().resolve(job.name);
      ASSERT_TRUE(res.found()) << guide.file.str() << ": " << job.name;
      EXPECT_TRUE(g.role(res.index).guide) << guide.file.str() << ": " << job.name;
    }
  }
  for (graph::Vertex v = 0; v < g.role_count(); ++v) {
    EXPECT_TRUE(g.role(v).from_vocabulary) << g.role(v).id << " is not in roles.yaml";
    EXPECT_TRUE(g.role(v).guide) << g.role(v).id << " has no guide";
  }
}

TEST(BundledCorpusTest, NoNameBelongsToTwoRolesOrTwoSkills) {
  const auto r = bundled();
  const auto& g = r.graph;
  for (graph::Vertex v = 0; v < g.role_count(); ++v) {
    const auto& role = g.role(v);
    std::vector<std::string> names = role.aliases;
    names.push_back(role.id);
    names.push_back(role.name);
    names.push_back(role.name_en);
    for (const auto& n : names) {
      if (n.empty()) continue;
      EXPECT_EQ(g.role_names().lookup(n).size(), 1u) << n;
    }
  }
  for (graph::SkillIndex s = 0; s < g.skills().size(); ++s) {
    for (const auto& n : g.skill(s).aliases) EXPECT_EQ(g.skill_names().lookup(n).size(), 1u) << n;
  }
}

TEST(BundledCorpusTest, SkillBulletsResolveToTheTaxonomy) {
  const auto r = bundled();
  const auto& g = r.graph;
  size_t bullets = 0, matched = 0;
  for (const auto& guide : g.guides()) {
    for (const auto& b : guide.text().skills) {
      ++bullets;
      matched += std::any_of(b.skills.begin(), b.skills.end(),
                             [&](auto k) { return g.skill(k).in_taxonomy; });
    }
  }
  ASSERT_GT(bullets, 0u);
  EXPECT_GE(static_cast<double>(matched) / static_cast<double>(bullets), 0.95);
  for (const auto& item : g.learning()) {
    for (const auto p : item.prerequisites()) {
      EXPECT_TRUE(g.find_learning(p)) << item.id() << " needs " << p;
    }
  }
}

TEST(BundledCorpusTest, EveryRoleIsConnectedAndEveryGuideHasChains) {
  const auto r = bundled();
  const auto& g = r.graph;
  const auto& bg = g.boost_graph();
  // Weak connectivity over progression edges by a union-find.
  std::vector<graph::Vertex> parent(g.role_count());
  for (graph::Vertex v = 0; v < parent.size(); ++v) parent[v] = v;
  std::function<graph::Vertex(graph::Vertex)> find = [&](graph::Vertex v) {
    return parent[v] == v ? v : parent[v] = find(parent[v]);
  };
  for (auto [e, end] = boost::edges(bg); e != end; ++e) {
    if (bg[*e].kind == graph::EdgeKind::kProgression) {
      parent[find(boost::source(*e, bg))] = find(boost::target(*e, bg));
    }
  }
  for (graph::Vertex v = 0; v < g.role_count(); ++v) EXPECT_EQ(find(v), find(0)) << g.role(v).id;
  for (const auto& guide : g.guides()) {
    EXPECT_GE(guide.text().chains.size(), 2u) << guide.file.str();
    EXPECT_GE(guide.text().interview.size(), 8u) << guide.file.str();
  }
}

TEST(BundledCorpusTest, NoMoveAppearsInBothDirections) {
  const auto edges = edge_set(bundled().graph);
  for (const auto& [from, to, kind] : edges) {
    if (kind != "progression") continue;
    EXPECT_FALSE(edges.count({to, from, "progression"})) << from << " <-> " << to;
  }
}

}  // namespace
}  // namespace careergraph::importers
