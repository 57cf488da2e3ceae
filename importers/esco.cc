#include "importers/esco.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "graph/parallel.h"
#include "importers/csv.h"

namespace careergraph::importers {
namespace {

namespace fs = std::filesystem;
using graph::Severity;

enum OccCol { kOccUri, kOccLabel, kOccAlt, kOccDescription };
enum SkillCol { kSkillUri, kSkillLabel, kSkillAlt, kSkillType };
enum RelCol { kRelOcc, kRelType, kRelSkill, kRelSkillType };
enum BroaderCol { kBrType, kBrUri, kBrBroaderType, kBrBroaderUri };
enum SkillRelCol { kSrFrom, kSrType, kSrTo };
enum FileIndex { kOccupations, kSkills, kRelations, kBroader, kSkillRelations, kFileCount };

// The file of `dir` whose name starts with `prefix` and ends with ".csv": `preferred` if it
// exists, else the first in name order; "" when none.
std::string find_csv(const std::string& dir, std::string_view prefix, std::string_view preferred) {
  std::error_code ec;
  if (!preferred.empty() && fs::is_regular_file(fs::path(dir) / preferred, ec)) {
    return (fs::path(dir) / preferred).string();
  }
  std::vector<std::string> found;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > prefix.size() + 4 && name.compare(0, prefix.size(), prefix) == 0 &&
        name.compare(name.size() - 4, 4, ".csv") == 0) {
      found.push_back(it->path().string());
    }
  }
  std::sort(found.begin(), found.end());
  return found.empty() ? "" : found.front();
}

// "occupations_en.csv" → "en": the language suffix, so skills_<lang>.csv can match.
std::string language_of(const std::string& occupations_file) {
  const std::string name = fs::path(occupations_file).stem().string();
  const auto u = name.find('_');
  return u == std::string::npos ? "" : name.substr(u + 1);
}

class EscoBuilder {
 public:
  EscoBuilder(graph::CareerGraph& g, graph::Diagnostics& d, SourceSummary& s, std::string occ_file)
      : g_(g), diags_(d), summary_(s), occ_file_(std::move(occ_file)) {}

  void occupations(const TableRows& t) {
    std::size_t n = 0, aliases = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const std::string_view uri = t.cell(i, kOccUri);
      if (uri.empty()) {
        diag(t, i, kOccUri, Severity::kError, "missing-value", "empty conceptUri; row skipped");
        continue;
      }
      if (g_.find_role(uri)) {
        diag(t, i, kOccUri, Severity::kWarning, "duplicate-role",
             "occupation " + std::string(uri) + " is already loaded; row skipped");
        continue;
      }
      graph::Role r;
      r.id = std::string(uri);
      r.name = std::string(t.cell(i, kOccLabel));
      r.name_en = language_ == "en" ? r.name : std::string();
      r.description = std::string(t.cell(i, kOccDescription));
      r.sources.push_back(t.path);
      for (auto a : split_lines(t.cell(i, kOccAlt))) {
        if (a != r.name && std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) {
          r.aliases.emplace_back(a);
        }
      }
      aliases += r.aliases.size();
      occ_index_.emplace(uri, g_.add_role(std::move(r)));
      ++n;
    }
    summary_.set("occupations", n);
    summary_.set("occupation labels", aliases);
  }

  void skills(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const std::string_view uri = t.cell(i, kSkillUri);
      if (uri.empty()) {
        diag(t, i, kSkillUri, Severity::kError, "missing-value", "empty conceptUri; row skipped");
        continue;
      }
      if (g_.find_skill(uri)) {
        diag(t, i, kSkillUri, Severity::kWarning, "duplicate-skill",
             "skill " + std::string(uri) + " is already loaded; row skipped");
        continue;
      }
      graph::Skill s;
      s.id = std::string(uri);
      s.name = std::string(t.cell(i, kSkillLabel));
      s.name_en = language_ == "en" ? s.name : std::string();
      s.kind = t.cell(i, kSkillType).empty() ? std::string("skill") : std::string(t.cell(i, kSkillType));
      s.in_taxonomy = true;
      s.source = graph::Evidence{t.path, t.lines[i]};
      for (auto a : split_lines(t.cell(i, kSkillAlt))) {
        if (a != s.name && std::find(s.aliases.begin(), s.aliases.end(), a) == s.aliases.end()) {
          s.aliases.emplace_back(a);
        }
      }
      skill_index_.emplace(uri, g_.add_skill(std::move(s)));
      ++n;
    }
    summary_.set("skills", n);
  }

  void relations(const TableRows& t) {
    std::size_t essential = 0, optional = 0, links_added = 0, empty_type = 0;
    std::unordered_map<std::uint64_t, std::size_t> at;  // (role, skill) → link position
    at.reserve(t.rows());
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const std::string_view type = t.cell(i, kRelType);
      essential += type == "essential" ? 1 : 0;
      optional += type == "optional" ? 1 : 0;
      // The skill's type comes from the skills file; an empty skillType here is harmless.
      empty_type += t.present[kRelSkillType] && t.cell(i, kRelSkillType).empty() ? 1 : 0;
      const auto v = role(t, i, kRelOcc);
      if (!v) continue;
      const auto k = skill(t, i, kRelSkill);
      if (!k) continue;
      double importance;
      if (type == "essential") {
        importance = kEscoEssential;
      } else if (type == "optional") {
        importance = kEscoOptional;
      } else {
        diag(t, i, kRelType, Severity::kWarning, "bad-value",
             "relationType '" + std::string(type) + "' is neither essential nor optional; row skipped");
        continue;
      }
      auto& links = g_.role(*v).skills;
      const std::uint64_t key = (static_cast<std::uint64_t>(*v) << 32) | *k;
      auto [it, fresh] = at.emplace(key, links.size());
      if (!fresh) {
        links[it->second].importance = std::max(links[it->second].importance, importance);
        ++duplicates_;
        continue;
      }
      graph::SkillLink link;
      link.skill = *k;
      link.importance = importance;
      link.source = graph::Evidence{t.path, t.lines[i]};
      links.push_back(std::move(link));
      ++links_added;
    }
    summary_.set("occupation-skill relations", t.rows());
    summary_.set("  essential", essential);
    summary_.set("  optional", optional);
    summary_.set("  empty skillType", empty_type);
    summary_.set("  skipped (undefined occupation or skill)", t.rows() - links_added - duplicates_);
    summary_.set("role-skill links", links_added);
  }

  void broader(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      // ISCO groups are not roles: only occupation–occupation links join the graph. Files
      // without the type columns are recognised by whether both ends are loaded occupations.
      const bool typed = t.present[kBrType] && t.present[kBrBroaderType];
      if (typed && (t.cell(i, kBrType) != "Occupation" || t.cell(i, kBrBroaderType) != "Occupation")) continue;
      std::optional<graph::Vertex> narrow, broad;
      if (typed) {
        narrow = role(t, i, kBrUri);
        broad = narrow ? role(t, i, kBrBroaderUri) : std::nullopt;
      } else {
        narrow = g_.find_role(t.cell(i, kBrUri));
        broad = g_.find_role(t.cell(i, kBrBroaderUri));
      }
      if (!narrow || !broad || *narrow == *broad) continue;
      const graph::Evidence ev{t.path, t.lines[i]};
      for (auto [from, to, label] : {std::tuple{*narrow, *broad, "broader occupation"},
                                     std::tuple{*broad, *narrow, "narrower occupation"}}) {
        auto& tr = g_.transition(g_.add_transition(from, to, graph::EdgeKind::kRelated, ev));
        tr.set_weight(std::max(tr.weight(), kEscoBroaderWeight));
        if (tr.label().empty()) tr.set_label(label);
      }
      ++n;
    }
    summary_.set("broader relations", t.rows());
    summary_.set("  between occupations (related edges)", n);
  }

  void skill_relations(const TableRows& t) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
      const auto a = skill(t, i, kSrFrom);
      const auto b = a ? skill(t, i, kSrTo) : std::nullopt;
      if (!b || *a == *b) continue;
      auto link = [&](graph::SkillIndex x, graph::SkillIndex y) {
        auto& rel = g_.skill(x).related;
        if (std::find(rel.begin(), rel.end(), y) == rel.end()) rel.push_back(y);
      };
      link(*a, *b);
      link(*b, *a);
      ++n;
    }
    summary_.set("skill-skill relations", t.rows());
    summary_.set("  linked", n);
  }

  void set_language(std::string lang) { language_ = std::move(lang); }
  void reserve(std::size_t occupations, std::size_t skills) {
    occ_index_.reserve(occupations);
    skill_index_.reserve(skills);
  }

  void finish() {
    for (const auto& key : dangling_order_) {
      const Dangling& d = dangling_.at(key);
      std::string message = std::string(d.what) + " '" + d.uri + "' is not in " + d.file + "; ";
      message += d.rows == 1 ? "row skipped" : "its " + std::to_string(d.rows) + " rows are skipped (this is the first)";
      file_diags(d.path).add(d.line, d.column, Severity::kWarning, std::string("unknown-") + d.what, message);
    }
    for (auto& [p, d] : per_file_) d.finish(diags_);
  }

 private:
  // A reference to an occupation or skill the folder does not define is reported once per
  // file and name, at its first row, with how many rows were skipped: the real ESCO v1.1.1
  // relations name one undefined occupation in 67 rows.
  std::optional<graph::Vertex> role(const TableRows& t, std::size_t i, std::size_t col) {
    const std::string_view uri = t.cell(i, col);
    if (auto it = occ_index_.find(uri); it != occ_index_.end()) return it->second;
    if (auto v = g_.find_role(uri)) return v;  // loaded by another source
    dangling(t, i, col, "occupation", fs::path(occ_file_).filename().string());
    return std::nullopt;
  }

  std::optional<graph::SkillIndex> skill(const TableRows& t, std::size_t i, std::size_t col) {
    const std::string_view uri = t.cell(i, col);
    if (auto it = skill_index_.find(uri); it != skill_index_.end()) return it->second;
    if (auto k = g_.find_skill(uri)) return k;
    dangling(t, i, col, "skill", skills_file_.empty() ? std::string("the skills file") : skills_file_);
    return std::nullopt;
  }

  void dangling(const TableRows& t, std::size_t i, std::size_t col, const char* what, const std::string& file) {
    ++skipped_;
    const std::string key = t.path + '\n' + what + '\n' + std::string(t.cell(i, col));
    auto [it, fresh] = dangling_.emplace(key, Dangling{});
    Dangling& d = it->second;
    if (fresh) {
      d = {t.path, t.lines[i], t.column_of(i, col), what, std::string(t.cell(i, col)), file, 0};
      dangling_order_.push_back(key);
    }
    ++d.rows;
  }

 public:
  void set_skills_file(std::string name) { skills_file_ = std::move(name); }
  std::size_t skipped() const { return skipped_; }

 private:
  void diag(const TableRows& t, std::size_t i, std::size_t col, Severity sev, const char* code,
            std::string message) {
    file_diags(t.path).add(t.lines[i], t.column_of(i, col), sev, code, std::move(message));
  }

  FileDiagnostics& file_diags(const std::string& path) {
    for (auto& [p, d] : per_file_) {
      if (p == path) return d;
    }
    return per_file_.emplace_back(path, FileDiagnostics(path)).second;
  }

  graph::CareerGraph& g_;
  graph::Diagnostics& diags_;
  SourceSummary& summary_;
  std::string occ_file_;
  std::string language_;
  std::vector<std::pair<std::string, FileDiagnostics>> per_file_;
  struct Dangling {
    std::string path;
    int line = 0, column = 0;
    const char* what = "";
    std::string uri, file;
    std::size_t rows = 0;
  };
  std::unordered_map<std::string, Dangling> dangling_;
  std::vector<std::string> dangling_order_;
  std::string skills_file_;
  std::size_t skipped_ = 0;
  // URIs → what they became, keyed by views into the tables' text (alive while the builder
  // runs): a relation's two lookups then hash a view instead of building a std::string.
  std::unordered_map<std::string_view, graph::Vertex> occ_index_;
  std::unordered_map<std::string_view, graph::SkillIndex> skill_index_;
  std::size_t duplicates_ = 0;
};

}  // namespace

std::string esco_occupations_file(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "";
  return find_csv(dir, "occupations_", "occupations_en.csv");
}

SourceSummary add_esco(const std::string& dir, graph::CareerGraph& graph, graph::Diagnostics& diags) {
  SourceSummary summary{"esco", dir, {}};
  const std::string occ = esco_occupations_file(dir);
  if (occ.empty()) {
    diags.push_back({dir, 0, 0, Severity::kError, "io", "no occupations_*.csv in this folder"});
    return summary;
  }
  const std::string lang = language_of(occ);
  const std::string files[kFileCount] = {
      occ,
      find_csv(dir, "skills_", lang.empty() ? "" : "skills_" + lang + ".csv"),
      find_csv(dir, "occupationSkillRelations", "occupationSkillRelations.csv"),
      find_csv(dir, "broaderRelationsOccPillar", "broaderRelationsOccPillar.csv"),
      find_csv(dir, "skillSkillRelations", "skillSkillRelations.csv"),
  };
  const std::vector<ColumnSpec> specs[kFileCount] = {
      {{{"conceptUri"}}, {{"preferredLabel"}}, {{"altLabels"}, false}, {{"description"}, false}},
      {{{"conceptUri"}}, {{"preferredLabel"}}, {{"altLabels"}, false}, {{"skillType"}, false}},
      {{{"occupationUri"}}, {{"relationType"}}, {{"skillUri"}}, {{"skillType"}, false}},
      {{{"conceptType"}, false}, {{"conceptUri"}}, {{"broaderType"}, false}, {{"broaderUri"}}},
      {{{"originalSkillUri"}}, {{"relationType"}}, {{"relatedSkillUri"}}},
  };
  std::vector<TableRows> tables(kFileCount);
  const std::size_t order[kFileCount] = {kRelations, kSkills, kOccupations, kSkillRelations, kBroader};
  graph::run_parallel(kFileCount, [&](std::size_t task) {
    const std::size_t f = order[task];
    if (files[f].empty()) return;
    tables[f] = read_table(files[f], TableDialect::kCsv, specs[f]);
  });
  for (auto& t : tables) std::move(t.diags.begin(), t.diags.end(), std::back_inserter(diags));
  if (!tables[kOccupations].loaded) return summary;

  EscoBuilder b(graph, diags, summary, occ);
  b.set_language(lang);
  if (!files[kSkills].empty()) b.set_skills_file(fs::path(files[kSkills]).filename().string());
  b.reserve(tables[kOccupations].rows(), tables[kSkills].rows());
  b.occupations(tables[kOccupations]);
  if (tables[kSkills].loaded) b.skills(tables[kSkills]);
  if (tables[kRelations].loaded) b.relations(tables[kRelations]);
  if (tables[kBroader].loaded) b.broader(tables[kBroader]);
  if (tables[kSkillRelations].loaded) b.skill_relations(tables[kSkillRelations]);
  b.finish();
  return summary;
}

}  // namespace careergraph::importers
