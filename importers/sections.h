// Section table (data/vocabulary/sections.yaml): which heading keywords mark which part of a
// guide, so that a new language is data, not code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"

namespace careergraph::importers {

struct SectionTable {
  struct Entry {
    std::string kind;
    std::vector<std::string> keys;  // normalised keywords
  };
  std::vector<Entry> sections;     // duties, skills, collaboration, career, outlook, learning, interview
  std::vector<Entry> subsections;  // technical, management (inside skills)
  std::vector<std::string> skip;           // narrative subsections (ストーリー)
  std::vector<std::string> answer_labels;  // 回答ポイント, Answer points

  // Kind of the first entry one of whose keywords occurs in the heading; "" when none.
  std::string section_of(std::string_view heading) const;
  std::string subsection_of(std::string_view heading) const;
  bool is_skip(std::string_view heading) const;
  // The same three for a heading already normalised with graph::normalize_key (a guide
  // reader asks all three about each heading: normalise once).
  std::string section_of_key(const std::string& key) const;
  std::string subsection_of_key(const std::string& key) const;
  bool is_skip_key(const std::string& key) const;
  // The text with a leading answer label and its colon removed.
  std::string strip_answer_label(std::string_view text) const;
};

// Parses sections.yaml text. Errors carry `file` and the line in it.
graph::Expected<SectionTable> parse_sections(std::string_view file, std::string_view yaml_text);

}  // namespace careergraph::importers
