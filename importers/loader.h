// Reading inputs from disk and loading everything into one graph: the entry point for the CLI
// and for programs using the library.
#pragma once

#include <string>
#include <vector>

#include "graph/career_graph.h"
#include "importers/sections.h"
#include "importers/source.h"
#include "importers/taxonomy.h"
#include "importers/vocabulary.h"

namespace careergraph::importers {

// Files above this size are refused with an error rather than read (bad input must stay
// harmless; the largest real guide is ~20 KB).
inline constexpr std::size_t kMaxFileBytes = 8u << 20;

// Reads one file; errors (missing, unreadable, larger than max_bytes) become a diagnostic.
graph::Expected<SourceFile> read_source(const std::string& path,
                                        std::size_t max_bytes = kMaxFileBytes);

// Guide files named by `paths`: an explicitly named file is a guide whatever its extension; a
// directory is searched recursively for `.md` files, in sorted order. The files are checked
// (exists, regular, size) with read_source's errors but returned deferred: load() reads each
// one when it parses it and frees it right after.
std::vector<SourceFile> collect_guides(const std::vector<std::string>& paths,
                                       graph::Diagnostics& diags);

// roles.yaml, skills.yaml, learning.yaml, sections.yaml from a directory (absent files are
// simply absent).
VocabularyFiles read_vocabulary_dir(const std::string& dir, graph::Diagnostics& diags);

struct LoadResult {
  graph::CareerGraph graph;
  SectionTable sections;
  graph::Diagnostics diagnostics;
  std::size_t guide_files = 0;
  std::vector<SourceSummary> sources;  // taxonomies, crosswalks, transitions (importers/sources.h)

  std::size_t error_count() const;
};

struct LoadOptions {
  // learning.yaml is only read when a command uses learning items (it is a third of the
  // start-up work of a small corpus).
  bool learning = true;
  // Guide prose only `show` prints (duties, collaborators, outlook, interview questions) and the
  // front matter's page fields (tags, keywords, …): a third of a large corpus's memory when kept.
  bool prose = true;
  // What guides say beyond their identity (skill bullets, chains, related_jobs, learning
  // groups, title aliases), kept after the join only for commands that read guides again
  // (`show`, `lint`); the graph holds the moves, skill links and learning items either way, and
  // each guide the counts of its skill bullets. Dropping it took 20 MB off the heap peak of a
  // 10k-guide load (167 -> 147 MB), and the bullets another 7.6 MB (72.4 -> 64.8 MB).
  bool guide_text = true;
  // Threads that parse guides and match their bullets; 0 chooses (guide_threads in
  // importers/corpus.h: one for fewer than kParallelMinGuides guides, else every core). The
  // graph and the diagnostics are the same whatever the number.
  unsigned threads = 0;
};

// Vocabulary and guides, parsed on all cores, joined into one graph. Never throws on bad input.
// Both are taken by value: a caller done with them moves them in. Each vocabulary file is freed
// once read (the roles of a 10k taxonomy are 1.7 MB of text), and the list of guide files once
// they are all parsed, before the join (1.2 MB of paths and handles for 10k guides).
LoadResult load(VocabularyFiles vocabulary, std::vector<SourceFile> guides,
                const LoadOptions& options = {});

}  // namespace careergraph::importers
