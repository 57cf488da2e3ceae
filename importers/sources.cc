#include "importers/sources.h"

#include <algorithm>
#include <filesystem>

#include "importers/crosswalk.h"
#include "importers/esco.h"
#include "importers/onet.h"
#include "importers/transitions.h"

namespace careergraph::importers {

namespace fs = std::filesystem;

DataKind classify_data_path(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (is_onet_dir(path)) return DataKind::kOnet;
    if (!esco_occupations_file(path).empty()) return DataKind::kEsco;
    return DataKind::kGuides;
  }
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".csv" || ext == ".CSV") return DataKind::kTransitions;
  if (ext == ".yaml" || ext == ".yml") return DataKind::kCrosswalk;
  return DataKind::kGuides;
}

DataSources DataSources::classify(const std::vector<std::string>& paths) {
  DataSources s;
  for (const auto& p : paths) {
    switch (classify_data_path(p)) {
      case DataKind::kGuides: s.guides.push_back(p); break;
      case DataKind::kOnet: s.onet.push_back(p); break;
      case DataKind::kEsco: s.esco.push_back(p); break;
      case DataKind::kTransitions: s.transitions.push_back(p); break;
      case DataKind::kCrosswalk: s.crosswalks.push_back(p); break;
    }
  }
  return s;
}

void add_sources(const DataSources& s, const std::optional<SourceFile>& default_crosswalk,
                 LoadResult& r) {
  for (const auto& dir : s.onet) r.sources.push_back(add_onet(dir, r.graph, r.diagnostics));
  for (const auto& dir : s.esco) r.sources.push_back(add_esco(dir, r.graph, r.diagnostics));
  // A taxonomy counts as loaded when some of its occupations are in the graph: a folder whose
  // occupations file failed to read should not turn every crosswalk code into a warning.
  auto loaded = [&](const char* kind) {
    return std::any_of(r.sources.begin(), r.sources.end(), [&](const SourceSummary& x) {
      return x.kind == kind && std::any_of(x.counts.begin(), x.counts.end(), [](const auto& c) {
               return c.first == "occupations" && c.second > 0;
             });
    });
  };
  const bool onet = loaded("onet"), esco = loaded("esco");
  if (!s.crosswalks.empty()) {
    for (const auto& path : s.crosswalks) {
      auto src = read_source(path);
      if (!src) {
        r.diagnostics.push_back(src.error());
        continue;
      }
      r.sources.push_back(add_crosswalk(*src, r.graph, r.diagnostics, onet, esco));
    }
  } else if (default_crosswalk && s.has_taxonomy()) {
    r.sources.push_back(add_crosswalk(*default_crosswalk, r.graph, r.diagnostics, onet, esco, /*bundled=*/true));
  }
  for (const auto& path : s.transitions) {
    r.sources.push_back(add_transitions(path, r.graph, r.diagnostics));
  }
}

}  // namespace careergraph::importers
