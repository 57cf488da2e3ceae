#include "importers/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/memory.h"
#include "importers/corpus.h"
#include "importers/guide_parser.h"
#include "importers/limits.h"

#include <atomic>
#include <thread>

namespace careergraph::importers {

namespace fs = std::filesystem;

namespace {

graph::Diagnostic file_error(const std::string& path, std::string code, std::string message) {
  return {path, 0, 0, graph::Severity::kError, std::move(code), std::move(message)};
}

}  // namespace

namespace {

// The size of a file that may be read: errors (missing, not a regular file, too large) as
// read_source reports them.
graph::Expected<std::uintmax_t> readable_size(const std::string& path,
                                              std::size_t max_bytes = kMaxFileBytes) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return file_error(path, "io", "no such file or directory");
  if (!fs::is_regular_file(status)) return file_error(path, "io", "not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) return file_error(path, "io", "cannot read file: " + ec.message());
  if (size > max_bytes) {
    return file_error(path, "file-too-large",
                      "file is " + std::to_string(size) + " bytes; the limit is " +
                          std::to_string(max_bytes));
  }
  return size;
}

}  // namespace

graph::Expected<SourceFile> read_source(const std::string& path, std::size_t max_bytes) {
  const auto size = readable_size(path, max_bytes);
  if (!size) return size.error();
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(path, "io", "cannot open file");
  std::string content(*size, '\0');
  in.read(content.data(), static_cast<std::streamsize>(*size));
  content.resize(static_cast<size_t>(in.gcount()));
  return SourceFile::owned(path, std::move(content));
}

std::vector<SourceFile> collect_guides(const std::vector<std::string>& paths,
                                       graph::Diagnostics& diags) {
  std::vector<SourceFile> out;
  // Past kMaxGuideFiles or kMaxGuideTotalBytes nothing more is read (memory stays bounded);
  // said once.
  bool full = false;
  std::size_t total = 0;
  auto room = [&](const std::string& path) {
    if (out.size() < kMaxGuideFiles && total <= kMaxGuideTotalBytes) return true;
    if (!full) {
      diags.push_back(file_error(path, "too-many-files",
                                 "more than " + std::to_string(kMaxGuideFiles) + " guide files or " +
                                     std::to_string(kMaxGuideTotalBytes >> 20) +
                                     " MiB of guides; this one and the rest are skipped"));
    }
    full = true;
    return false;
  };
  // Files are checked here (same errors, same order as reading them) but read only when
  // parsed, one at a time per thread, and dropped right after (SourceFile::deferred).
  auto add = [&](const std::string& path) {
    const auto size = readable_size(path);
    if (size) {
      total += *size;
      out.push_back(SourceFile::on_disk(path));
    } else {
      diags.push_back(size.error());
    }
  };
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
        if (!room(f)) break;
        add(f);
      }
    } else {
      if (!room(path)) break;
      add(path);
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

LoadResult load(VocabularyFiles vocabulary, std::vector<SourceFile> guides,
                const LoadOptions& options) {
  LoadResult r;
  // The section table is needed to read any guide; everything else in the vocabulary is only
  // needed when guides join the graph. So: read the headings, then load the vocabulary and
  // parse the guides in parallel (guides in chunks), then join.
  VocabularyFiles& rest = vocabulary;  // each file is dropped once read
  if (rest.sections) {
    auto table = parse_sections(rest.sections->path, rest.sections->content);
    if (table) {
      r.sections = std::move(*table);
    } else {
      r.diagnostics.push_back(table.error());
    }
    rest.sections.reset();
  }
  if (!options.learning) rest.learning.reset();
  GuideParseOptions parse_options;
  parse_options.prose = options.prose;
  // The vocabulary files' YAML (the slow part) is parsed on this thread while the other threads
  // parse guides, in chunks, and goes into the graph at once; then this thread takes chunks too,
  // until none are left. So the trees (14 MB for a 10k corpus's roles) are freed while guides
  // are still being parsed, not kept beside all of them (that was the load's peak), and freed on
  // the thread that allocated them and does the join: an allocator with per-thread heaps
  // (mimalloc, glibc's arenas) reuses memory in the heap of the thread that allocated it;
  // parsed on another thread, the trees had stayed unused beside the graph (peak RSS 135 ->
  // 131.5 MB).
  // Chunks of 16 guides keep the task overhead small in a large corpus; a smaller one is cut
  // finer so that both cores finish together. Below kParallelMinGuides (the bundled 28) this
  // thread parses them all: a second one cost more than it saved.
  const std::size_t kChunk = std::clamp<std::size_t>(guides.size() / 8, 1, 16);
  const std::size_t chunks = (guides.size() + kChunk - 1) / kChunk;
  std::vector<std::vector<GuideParse>> parsed(chunks);
  const std::optional<SourceFile>* vocab_files[3] = {&rest.skills, &rest.roles, &rest.learning};
  std::optional<YamlNode> vocab_nodes[3];
  graph::Diagnostics vocab_parse_diags[3];
  std::atomic<std::size_t> next{0};
  auto parse_chunks = [&] {
    for (std::size_t c = next++; c < chunks; c = next++) {
      parsed[c] = parse_guides(guides, r.sections, c * kChunk,
                               std::min(guides.size(), (c + 1) * kChunk), parse_options,
                               options.guide_text);
    }
  };
  const unsigned threads = std::min(guide_threads(guides.size(), options.threads),
                                    static_cast<unsigned>(chunks + 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(parse_chunks);
  for (int i = 0; i < 3; ++i) {
    if (*vocab_files[i]) vocab_nodes[i] = parse_vocabulary_file(**vocab_files[i], vocab_parse_diags[i]);
  }
  {  // only this thread touches the graph and the diagnostics while the others parse
    VocabularyDocs docs;
    for (int i = 0; i < 3; ++i) {
      docs.diagnostics.insert(docs.diagnostics.end(), vocab_parse_diags[i].begin(), vocab_parse_diags[i].end());
    }
    if (vocab_nodes[0]) docs.skills.emplace(std::move(*rest.skills), std::move(*vocab_nodes[0]));
    if (vocab_nodes[1]) docs.roles.emplace(std::move(*rest.roles), std::move(*vocab_nodes[1]));
    if (vocab_nodes[2]) docs.learning.emplace(std::move(*rest.learning), std::move(*vocab_nodes[2]));
    for (auto& node : vocab_nodes) node.reset();
    const graph::Diagnostics vocab_diags = add_vocabulary(docs, r.graph);
    r.diagnostics.insert(r.diagnostics.end(), vocab_diags.begin(), vocab_diags.end());
  }
  parse_chunks();
  for (auto& t : pool) t.join();
  r.guide_files = guides.size();
  graph::release(guides);  // every file is parsed: the list (1.2 MB for 10k) goes before the join
  std::vector<GuideParse> all;
  all.reserve(r.guide_files);
  for (auto& chunk : parsed) {
    std::move(chunk.begin(), chunk.end(), std::back_inserter(all));
    graph::release(chunk);  // free each chunk's husks as we go
  }
  auto d = add_parsed_guides(all, r.graph, options.guide_text, options.threads);
  r.diagnostics.insert(r.diagnostics.end(), d.begin(), d.end());
  return r;
}

}  // namespace careergraph::importers
