#include "importers/sections.h"

#include "graph/text.h"
#include "importers/yaml_util.h"

namespace careergraph::importers {
namespace {

bool contains_any(const std::string& heading_key, const std::vector<std::string>& keys) {
  for (const auto& k : keys) {
    if (!k.empty() && heading_key.find(k) != std::string::npos) return true;
  }
  return false;
}

std::string kind_of_key(const std::string& key, const std::vector<SectionTable::Entry>& entries) {
  for (const auto& e : entries) {
    if (contains_any(key, e.keys)) return e.kind;
  }
  return {};
}

// Reads `{kind: {ja: [...], en: [...]}, ...}` or `[{kind: .., ja: .., en: ..}]`.
std::vector<SectionTable::Entry> read_entries(const YamlNode& node) {
  std::vector<SectionTable::Entry> out;
  if (!node) return out;  // an absent `subsections:` (see below)
  auto read_one = [&](const std::string& kind, const YamlNode& langs) {
    SectionTable::Entry e{kind, {}};
    // A missing key (yaml-cpp's invalid node threw here; found by fuzz/vocabulary_fuzzer).
    if (!langs) {
      out.push_back(std::move(e));
      return;
    }
    if (langs.is_map()) {
      for (const auto& [lang, keys] : langs.entries()) {
        if (auto list = string_list(keys)) {
          for (const auto& k : *list) e.keys.push_back(graph::normalize_key(k));
        }
      }
    } else if (auto list = string_list(langs)) {
      for (const auto& k : *list) e.keys.push_back(graph::normalize_key(k));
    }
    out.push_back(std::move(e));
  };
  if (node.is_map()) {
    for (const auto& [kind, langs] : node.entries()) read_one(kind.scalar(), langs);
  } else if (node.is_sequence()) {
    for (const auto& item : node.items()) {
      if (item.is_map() && item["kind"]) read_one(item["kind"].scalar(), item["keywords"]);
    }
  }
  return out;
}

std::vector<std::string> read_keys(const YamlNode& node) {
  std::vector<std::string> out;
  if (!node) return out;
  if (node.is_map()) {
    for (const auto& [lang, keys] : node.entries()) {
      if (auto list = string_list(keys)) {
        for (const auto& k : *list) out.push_back(graph::normalize_key(k));
      }
    }
  } else if (auto list = string_list(node)) {
    for (const auto& k : *list) out.push_back(graph::normalize_key(k));
  }
  return out;
}

}  // namespace

std::string SectionTable::section_of(std::string_view heading) const {
  return section_of_key(graph::normalize_key(heading));
}

std::string SectionTable::subsection_of(std::string_view heading) const {
  return subsection_of_key(graph::normalize_key(heading));
}

bool SectionTable::is_skip(std::string_view heading) const {
  return is_skip_key(graph::normalize_key(heading));
}

std::string SectionTable::section_of_key(const std::string& key) const {
  return kind_of_key(key, sections);
}

std::string SectionTable::subsection_of_key(const std::string& key) const {
  return kind_of_key(key, subsections);
}

bool SectionTable::is_skip_key(const std::string& key) const { return contains_any(key, skip); }

std::string SectionTable::strip_answer_label(std::string_view text) const {
  const std::string t = graph::trim(text);
  // Labels are short: normalise only the text before the first colon, not the whole answer.
  for (std::string_view colon : {"：", ":"}) {
    const size_t pos = t.find(colon);
    if (pos == std::string::npos || pos > 64) continue;
    const std::string head = graph::normalize_key(std::string_view(t).substr(0, pos));
    for (const auto& label : answer_labels) {
      if (head == label) return graph::trim(std::string_view(t).substr(pos + colon.size()));
    }
  }
  return t;
}

graph::Expected<SectionTable> parse_sections(std::string_view file, std::string_view yaml_text) {
  auto doc = load_yaml(file, yaml_text);
  if (!doc) return doc.error();
  const YamlNode& root = *doc;
  if (!root.is_map() || !root["sections"]) {
    return node_error(file, root, "vocab-shape", "sections.yaml needs a 'sections' map");
  }
  SectionTable t;
  t.sections = read_entries(root["sections"]);
  t.subsections = read_entries(root["subsections"]);
  t.skip = read_keys(root["skip"]);
  t.answer_labels = read_keys(root["answer_labels"]);
  return t;
}

}  // namespace careergraph::importers
