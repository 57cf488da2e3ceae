#include "cli/app.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <utility>

#include "cli/bundled_data.h"
#include "cli/output.h"
#include "graph/memory.h"
#include "importers/corpus.h"
#include "importers/sources.h"

namespace careergraph::cli {
namespace {

namespace fs = std::filesystem;

// A vocabulary smaller than this, with fewer than importers::kParallelMinGuides guides and no
// taxonomy, is a small load (the bundled vocabulary is 125 KB).
constexpr std::size_t kSmallVocabularyBytes = 1 << 20;

importers::VocabularyFiles bundled_vocabulary() {
  importers::VocabularyFiles v;
  for (const auto& f : bundled_files()) {
    const importers::SourceFile src{std::string(f.path), f.content, nullptr};
    if (f.path == "data/vocabulary/roles.yaml") v.roles = src;
    if (f.path == "data/vocabulary/skills.yaml") v.skills = src;
    if (f.path == "data/vocabulary/learning.yaml") v.learning = src;
    if (f.path == "data/vocabulary/sections.yaml") v.sections = src;
  }
  return v;
}

std::optional<importers::SourceFile> bundled_crosswalk() {
  for (const auto& f : bundled_files()) {
    if (f.path == "data/crosswalk.yaml") return importers::SourceFile{std::string(f.path), f.content, nullptr};
  }
  return std::nullopt;
}

std::vector<importers::SourceFile> bundled_guides() {
  std::vector<importers::SourceFile> out;
  for (const auto& f : bundled_files()) {
    if (f.path.rfind("data/guides/", 0) == 0) out.push_back({std::string(f.path), f.content, nullptr});
  }
  return out;
}

}  // namespace

void SessionRelease::operator()(Session* s) const {
  static auto* parked = new std::vector<Session*>;  // never freed: see SessionPtr
  parked->push_back(s);
}

bool is_diagram_format(std::string_view format) {
  return format == "svg" || format == "png" || format == "dot" || format == "mermaid";
}

SessionPtr open_session(const GlobalOptions& options, int& exit_code, bool learning,
                        GuideDetail detail) {
  if (is_diagram_format(options.format)) {
    std::cerr << "careergraph: --format " << options.format
              << " is a diagram format, for the viz command only; this command prints text or json\n";
    exit_code = kExitUsage;
    return nullptr;
  }
  graph::Diagnostics io;
  std::string data_dir;
  if (const char* env = std::getenv("CAREERGRAPH_DATA"); env != nullptr && *env != '\0') {
    data_dir = env;
  }

  importers::VocabularyFiles vocab;
  if (!options.vocab.empty()) {
    vocab = importers::read_vocabulary_dir(options.vocab, io);
  } else if (!data_dir.empty()) {
    vocab = importers::read_vocabulary_dir((fs::path(data_dir) / "vocabulary").string(), io);
  } else {
    vocab = bundled_vocabulary();
  }
  // Without a section table no guide can be read; a vocabulary directory that lacks one
  // keeps the bundled headings.
  if (!vocab.sections) vocab.sections = bundled_vocabulary().sections;

  // --data names guides, taxonomies, crosswalks and transition counts (importers/sources.h).
  // Guides named there replace the bundled ones; the other kinds add to whichever guides are in
  // use, so `--data onet-folder` keeps the bundled guides and, through the bundled crosswalk,
  // links them to the taxonomy (docs/formats.md, "Combining sources").
  const auto sources = importers::DataSources::classify(options.data);
  std::vector<importers::SourceFile> guides;
  std::optional<importers::SourceFile> default_crosswalk;
  if (!sources.guides.empty()) {
    guides = importers::collect_guides(sources.guides, io);
  } else if (!data_dir.empty()) {
    guides = importers::collect_guides({(fs::path(data_dir) / "guides").string()}, io);
    const auto cw = fs::path(data_dir) / "crosswalk.yaml";
    std::error_code ec;
    if (fs::exists(cw, ec)) {
      if (auto src = importers::read_source(cw.string())) default_crosswalk = std::move(*src);
    }
  } else {
    guides = bundled_guides();
    default_crosswalk = bundled_crosswalk();
  }

  // A small load (the bundled data, a handful of guides) gets the mapping the allocator is
  // handing out in huge pages: most of what it allocates is touched once, and on a virtual
  // machine each 4 KiB first touch is costly (graph/memory.h). With mimalloc, a command line
  // that names no files has had them since the program started (main.cc).
  std::size_t vocabulary_bytes = 0;
  for (const auto* f : {&vocab.roles, &vocab.skills, &vocab.learning, &vocab.sections}) {
    if (*f) vocabulary_bytes += (*f)->content.size();
  }
  if (guides.size() < importers::kParallelMinGuides && vocabulary_bytes < kSmallVocabularyBytes &&
      !sources.has_taxonomy() && sources.transitions.empty()) {
    graph::use_huge_pages_for_heap();
  }

  SessionPtr session(new Session);
  session->options = options;
  importers::LoadOptions load_options;
  load_options.learning = learning;
  load_options.prose = detail == GuideDetail::kProse;
  load_options.guide_text = detail != GuideDetail::kGraph;
  session->data = importers::load(std::move(vocab), std::move(guides), load_options);
  importers::add_sources(sources, default_crosswalk, session->data);
  auto& diags = session->data.diagnostics;
  diags.insert(diags.begin(), io.begin(), io.end());

  for (const auto& d : diags) {
    if (d.severity == graph::Severity::kError ||
        (d.severity == graph::Severity::kWarning && !options.quiet)) {
      std::cerr << d.to_string() << '\n';
    }
  }
  if (options.strict && session->data.error_count() > 0) {
    std::cerr << "careergraph: " << session->data.error_count()
              << " input error(s); stopping because of --strict\n";
    exit_code = kExitDataError;
    return nullptr;
  }
  return session;
}

std::optional<graph::Vertex> resolve_role(const Session& s, std::string_view query,
                                          std::string_view option, int& exit_code) {
  const auto r = s.graph().role_names().resolve(query);
  if (r.found()) return static_cast<graph::Vertex>(r.index);
  exit_code = kExitUsage;
  const bool ambiguous = r.status == graph::Resolution::Status::kAmbiguous;
  Json refs = Json::array();
  std::string names;
  for (auto c : r.candidates) {
    const auto& role = s.graph().role(c);
    refs.push_back(role_ref(s, role));
    names += "\n  " + role_name(s, role) + " (" + role.id + ")";
  }
  std::string message = ambiguous ? "'" + std::string(query) + "' (" + std::string(option) +
                                        ") names several roles; use one of their ids:"
                                  : "unknown role '" + std::string(query) + "' (" +
                                        std::string(option) + ")";
  if (!ambiguous) message += r.candidates.empty() ? "" : "; did you mean:";
  std::cerr << "careergraph: " << message << names << '\n';
  if (s.json()) {
    print_json(Json{{"error",
                     {{"code", ambiguous ? "ambiguous-role" : "unknown-role"},
                      {"query", std::string(query)},
                      {"message", message},
                      {ambiguous ? "candidates" : "suggestions", refs}}}});
  }
  return std::nullopt;
}

}  // namespace careergraph::cli
