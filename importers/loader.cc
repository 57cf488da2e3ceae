#include "importers/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "importers/corpus.h"

namespace careergraph::importers {

namespace fs = std::filesystem;

namespace {

graph::Diagnostic file_error(const std::string& path, std::string code, std::string message) {
  return {path, 0, 0, graph::Severity::kError, std::move(code), std::move(message)};
}

}  // namespace

graph::Expected<SourceFile> read_source(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return file_error(path, "io", "no such file or directory");
  if (!fs::is_regular_file(status)) return file_error(path, "io", "not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) return file_error(path, "io", "cannot read file: " + ec.message());
  if (size > kMaxFileBytes) {
    return file_error(path, "file-too-large",
                      "file is " + std::to_string(size) + " bytes; the limit is " +
                          std::to_string(kMaxFileBytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path, "io", "cannot open file");
  std::string content(size, '\0');
  in.read(content.data(), static_cast<std::streamsize>(size));
  content.resize(static_cast<size_t>(in.gcount()));
  return SourceFile::owned(path, std::move(content));
}

std::vector<SourceFile> collect_guides(const std::vector<std::string>& paths,
                                       graph::Diagnostics& diags) {
  std::vector<SourceFile> out;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".md") {
          found.push_back(it->path().string());
        }
      }
      if (ec) diags.push_back(file_error(path, "io", "cannot list directory: " + ec.message()));
      std::sort(found.begin(), found.end());
      for (const auto& f : found) {
        auto src = read_source(f);
        if (src) {
          out.push_back(std::move(*src));
        } else {
          diags.push_back(src.error());
        }
      }
    } else {
      auto src = read_source(path);
      if (src) {
        out.push_back(std::move(*src));
      } else {
        diags.push_back(src.error());
      }
    }
  }
  return out;
}

VocabularyFiles read_vocabulary_dir(const std::string& dir, graph::Diagnostics& diags) {
  VocabularyFiles v;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.push_back(file_error(dir, "io", "vocabulary directory not found"));
    return v;
  }
  auto read = [&](const char* name, std::optional<SourceFile>& slot) {
    const fs::path p = fs::path(dir) / name;
    if (!fs::exists(p, ec)) return;
    auto src = read_source(p.string());
    if (src) {
      slot = std::move(*src);
    } else {
      diags.push_back(src.error());
    }
  };
  read("roles.yaml", v.roles);
  read("skills.yaml", v.skills);
  read("learning.yaml", v.learning);
  read("sections.yaml", v.sections);
  return v;
}

std::size_t LoadResult::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const auto& d) { return d.severity == graph::Severity::kError; }));
}

LoadResult load(const VocabularyFiles& vocabulary, const std::vector<SourceFile>& guides) {
  LoadResult r;
  r.diagnostics = load_vocabulary(vocabulary, r.graph, r.sections);
  auto d = add_guides(guides, r.sections, r.graph);
  r.diagnostics.insert(r.diagnostics.end(), d.begin(), d.end());
  r.guide_files = guides.size();
  return r;
}

}  // namespace careergraph::importers
