#include "importers/onet.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <thread>
#include <unordered_map>

#include "graph/parallel.h"
#include "importers/csv.h"

namespace careergraph::importers {
namespace {

namespace fs = std::filesystem;
using graph::Severity;

// Column positions in the TableRows of each file (the order of the specs below).
enum OccCol { kOccCode, kOccTitle, kOccDescription };
enum AltCol { kAltCode, kAltTitle, kAltShort };
enum RelCol { kRelCode, kRelOther, kRelTier, kRelIndex };
enum ScoreCol { kScoreCode, kScoreElement, kScoreName, kScoreScale, kScoreValue, kScoreSuppress };
enum ZoneCol { kZoneCode, kZoneValue };
enum TechCol { kTechCode, kTechExample, kTechHot, kTechDemand };

constexpr std::string_view kCode = "O*NET-SOC Code";

struct FileSpec {
  const char* name;
  std::vector<ColumnSpec> columns;
};

std::vector<FileSpec> file_specs() {
  return {
      {kOnetOccupationFile, {{{kCode}}, {{"Title"}}, {{"Description"}, false}}},
      {"Alternate Titles.txt", {{{kCode}}, {{"Alternate Title"}}, {{"Short Title"}, false}}},
      {"Related Occupations.txt",
       {{{kCode}}, {{"Related O*NET-SOC Code"}}, {{"Relatedness Tier"}, false}, {{"Index"}, false}}},
      {"Skills.txt",
       {{{kCode}}, {{"Element ID"}}, {{"Element Name"}}, {{"Scale ID"}}, {{"Data Value"}},
        {{"Recommend Suppress"}, false}}},
      {"Knowledge.txt",
       {{{kCode}}, {{"Element ID"}}, {{"Element Name"}}, {{"Scale ID"}}, {{"Data Value"}},
        {{"Recommend Suppress"}, false}}},
      {"Job Zones.txt", {{{kCode}}, {{"Job Zone"}}}},
      {"Technology Skills.txt",
       {{{kCode}}, {{"Example"}}, {{"Hot Technology"}, false}, {{"In Demand"}, false}}},
  };
}
enum FileIndex { kOccupations, kAlternates, kRelated, kSkills, kKnowledge, kZones, kTechnology };

// A finite number, or nothing. from_chars also reads "nan" and "inf": a NaN passed every range
// check below (each comparison is false), so a level of "nan" was kept and printed, and a job
// zone or relatedness index of "nan" was cast to int (undefined).
std::optional<double> parse_number(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

class OnetBuilder {
 public:
  OnetBuilder(graph::CareerGraph& g, graph::Diagnostics& d, SourceSummary& s)
      : g_(g), diags_(d), summary_(s) {}

  void occupations(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const std::string_view code = t.cell(i, kOccCode);
      if (code.empty()) {
        diag(t, i, kOccCode, Severity::kError, "missing-value", "empty O*NET-SOC code; row skipped");
        continue;
      }
      if (g_.find_role(code)) {
        diag(t, i, kOccCode, Severity::kWarning, "duplicate-role",
             "occupation " + std::string(code) + " is already loaded; row skipped");
        continue;
      }
      graph::Role r;
      r.id = std::string(code);
      r.name = std::string(t.cell(i, kOccTitle));
      r.name_en = r.name;
      r.description = std::string(t.cell(i, kOccDescription));
      r.sources.push_back(t.path);
      g_.add_role(std::move(r));
      ++n;
    }
    summary_.set("occupations", n);
  }

  void alternates(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto v = role(t, i, kAltCode);
      if (!v) continue;
      for (const auto col : {kAltTitle, kAltShort}) {
        const std::string_view alias = t.cell(i, col);
        if (!alias.empty()) g_.add_role_alias(*v, alias);
      }
      ++n;
    }
    summary_.set("alternate titles", n);
  }

  void zones(const TableRows& t) {
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto v = role(t, i, kZoneCode);
      if (!v) continue;
      const auto z = parse_number(t.cell(i, kZoneValue));
      if (!z || *z < 1 || *z > 5) {
        diag(t, i, kZoneValue, Severity::kError, "bad-number",
             "job zone '" + std::string(t.cell(i, kZoneValue)) + "' is not a number from 1 to 5; row skipped");
        continue;
      }
      g_.role(*v).level = static_cast<int>(*z);
    }
  }

  void related(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto from = role(t, i, kRelCode);
      const auto to = from ? role(t, i, kRelOther) : std::nullopt;
      if (!to || *from == *to) continue;
      const std::string_view tier = t.cell(i, kRelTier);
      int index = 0;
      if (t.present[kRelIndex]) {
        const auto x = parse_number(t.cell(i, kRelIndex));
        if (!x || *x < 1) {
          diag(t, i, kRelIndex, Severity::kError, "bad-number",
               "index '" + std::string(t.cell(i, kRelIndex)) + "' is not a positive number; row skipped");
          continue;
        }
        index = static_cast<int>(*x);
      }
      const auto e = g_.add_transition(*from, *to, graph::EdgeKind::kRelated,
                                       graph::Evidence{t.path, t.lines[i]});
      graph::Transition& tr = g_.transition(e);
      tr.set_weight(std::max(tr.weight(), onet_related_weight(tier, index)));
      if (tr.label().empty()) {
        std::string label = tier.empty() ? std::string("related") : std::string(tier);
        if (index > 0) label += " #" + std::to_string(index);
        tr.set_label(label);
      }
      ++n;
    }
    summary_.set("related links", n);
  }

  // Skills.txt and Knowledge.txt: an IM row and an LV row per occupation and element.
  void scores(const TableRows& t, const char* kind, const char* counter) {
    struct Pending {
      graph::Vertex role;
      graph::SkillIndex skill;
      std::optional<double> importance, level;
      int line = 0;
    };
    std::vector<Pending> pending;
    std::unordered_map<std::uint64_t, std::size_t> at;  // (role, skill) → pending index
    std::size_t suppressed = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto v = role(t, i, kScoreCode);
      if (!v) continue;
      const std::string_view scale = t.cell(i, kScoreScale);
      if (scale != "IM" && scale != "LV") continue;  // other scales carry no importance or level
      if (t.cell(i, kScoreSuppress) == "Y") {  // O*NET: the estimate is unreliable; do not use
        ++suppressed;
        continue;
      }
      const auto value = parse_number(t.cell(i, kScoreValue));
      const double max = scale == "IM" ? 5 : 7, min = scale == "IM" ? 1 : 0;
      if (!value || *value < min || *value > max) {
        diag(t, i, kScoreValue, Severity::kError, "bad-number",
             std::string(scale) + " value '" + std::string(t.cell(i, kScoreValue)) +
                 "' is not a number from " + std::to_string(static_cast<int>(min)) + " to " +
                 std::to_string(static_cast<int>(max)) + "; row skipped");
        continue;
      }
      const graph::SkillIndex k = skill("onet:" + std::string(t.cell(i, kScoreElement)),
                                        t.cell(i, kScoreName), kind, t, i);
      const std::uint64_t key = (static_cast<std::uint64_t>(*v) << 32) | k;
      auto [it, fresh] = at.emplace(key, pending.size());
      if (fresh) pending.push_back({*v, k, std::nullopt, std::nullopt, t.lines[i]});
      Pending& p = pending[it->second];
      if (scale == "IM") {
        p.importance = *value;
        p.line = t.lines[i];  // the importance row is the one to cite
      } else {
        p.level = *value;
      }
    }
    std::size_t links = 0;
    for (const auto& p : pending) {
      if (!p.importance) continue;  // no usable importance: the pair is left out
      graph::SkillLink link;
      link.skill = p.skill;
      link.importance = *p.importance;
      link.level = p.level;
      link.source = graph::Evidence{t.path, p.line};
      g_.role(p.role).skills.push_back(std::move(link));
      ++links;
    }
    summary_.set(counter, links);
    if (suppressed > 0) summary_.set("suppressed rows skipped", suppressed_ += suppressed);
  }

  void technology(const TableRows& t) {
    std::size_t n = 0;
    std::unordered_map<std::uint64_t, std::pair<graph::Vertex, std::size_t>> at;  // (role, skill) → link
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto v = role(t, i, kTechCode);
      if (!v) continue;
      const std::string_view example = t.cell(i, kTechExample);
      if (example.empty()) continue;
      const graph::SkillIndex k = skill("onet:tech:" + std::string(example), example, "technology", t, i);
      const bool hot = t.cell(i, kTechHot) == "Y", demand = t.cell(i, kTechDemand) == "Y";
      const std::uint64_t key = (static_cast<std::uint64_t>(*v) << 32) | k;
      auto& links = g_.role(*v).skills;
      auto [it, fresh] = at.emplace(key, std::make_pair(*v, links.size()));
      if (fresh) {
        graph::SkillLink link;
        link.skill = k;
        link.importance = kImportancePlain;
        link.source = graph::Evidence{t.path, t.lines[i]};
        links.push_back(std::move(link));
        ++n;
      }
      graph::SkillLink& link = links[it->second.second];
      if (hot) link.flags.add("hot technology");  // add() skips a flag the link has already
      if (demand) link.flags.add("in demand");
      link.importance = std::max(link.importance, demand ? kImportanceInDemand : hot ? kImportanceHot : kImportancePlain);
    }
    summary_.set("technology links", n);
  }

  std::size_t skills_added() const { return skills_added_; }

 private:
  // Technology skills have no O*NET importance; these keep them below every rated skill (IM ≥ 1)
  // while ranking the ones employers ask for first.
  static constexpr double kImportancePlain = 0.5, kImportanceHot = 0.75, kImportanceInDemand = 1.0;

  std::optional<graph::Vertex> role(const TableRows& t, std::size_t i, std::size_t col) {
    const std::string_view code = t.cell(i, col);
    if (auto v = g_.find_role(code)) return v;
    diag(t, i, col, Severity::kWarning, "unknown-occupation",
         "occupation '" + std::string(code) + "' is not in " + kOnetOccupationFile + "; row skipped");
    return std::nullopt;
  }

  graph::SkillIndex skill(const std::string& id, std::string_view name, const char* kind,
                          const TableRows& t, std::size_t i) {
    if (auto k = g_.find_skill(id)) return *k;
    graph::Skill s;
    s.id = id;
    s.name = std::string(name);
    s.name_en = s.name;
    s.kind = kind;
    s.in_taxonomy = true;
    s.source = graph::Evidence{t.path, t.lines[i]};
    ++skills_added_;
    return g_.add_skill(std::move(s));
  }

  void diag(const TableRows& t, std::size_t i, std::size_t col, Severity sev, const char* code,
            std::string message) {
    auto& fd = file_diags(t.path);
    fd.add(t.lines[i], t.column_of(i, col), sev, code, std::move(message));
  }

  FileDiagnostics& file_diags(const std::string& path) {
    for (auto& [p, d] : per_file_) {
      if (p == path) return d;
    }
    return per_file_.emplace_back(path, FileDiagnostics(path)).second;
  }

 public:
  void finish() {
    for (auto& [p, d] : per_file_) d.finish(diags_);
    summary_.set("skills", skills_added_);
  }

 private:
  graph::CareerGraph& g_;
  graph::Diagnostics& diags_;
  SourceSummary& summary_;
  std::vector<std::pair<std::string, FileDiagnostics>> per_file_;
  std::size_t skills_added_ = 0;
  std::size_t suppressed_ = 0;
};

}  // namespace

bool is_onet_dir(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(dir, ec) && fs::is_regular_file(fs::path(dir) / kOnetOccupationFile, ec);
}

double onet_related_weight(std::string_view tier, int index) {
  double base = 0.5;
  if (tier == "Primary-Short") base = 1.0;
  if (tier == "Primary-Long") base = 0.7;
  if (tier == "Supplemental") base = 0.4;
  const int i = std::clamp(index, 1, 20);
  return base * (1.0 - static_cast<double>(i - 1) / 38.0);
}

SourceSummary add_onet(const std::string& dir, graph::CareerGraph& graph, graph::Diagnostics& diags) {
  SourceSummary summary{"onet", dir, {}};
  const auto specs = file_specs();
  std::vector<TableRows> tables(specs.size());
  // The files are independent until they meet in the graph: parse them on all cores, largest
  // first so that the two cores finish together.
  const std::vector<std::size_t> order = {kSkills, kKnowledge, kAlternates, kTechnology,
                                          kRelated, kOccupations, kZones};
  graph::run_parallel(order.size(), [&](std::size_t task) {
    const std::size_t f = order[task];
    const fs::path p = fs::path(dir) / specs[f].name;
    std::error_code ec;
    if (f != kOccupations && !fs::exists(p, ec)) return;  // optional file
    tables[f] = read_table(p.string(), TableDialect::kTsv, specs[f].columns);
  });
  for (auto& t : tables) std::move(t.diags.begin(), t.diags.end(), std::back_inserter(diags));
  if (!tables[kOccupations].loaded) return summary;

  OnetBuilder b(graph, diags, summary);
  b.occupations(tables[kOccupations]);
  if (tables[kAlternates].loaded) b.alternates(tables[kAlternates]);
  if (tables[kZones].loaded) b.zones(tables[kZones]);
  if (tables[kRelated].loaded) b.related(tables[kRelated]);
  if (tables[kSkills].loaded) b.scores(tables[kSkills], "skill", "skill links");
  if (tables[kKnowledge].loaded) b.scores(tables[kKnowledge], "knowledge", "knowledge links");
  if (tables[kTechnology].loaded) b.technology(tables[kTechnology]);
  b.finish();
  return summary;
}

}  // namespace careergraph::importers
