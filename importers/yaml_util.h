// YAML for the importers: a small read-only tree built from libyaml's parse events, and helpers
// that read it into our types with file:line:col errors.
//
// Why libyaml and not yaml-cpp: yaml-cpp 0.7 spent half of a corpus import in its scanner
// (about 1,600 instructions per byte of front matter); libyaml, the C parser behind PyYAML's
// CSafeLoader, needs about a sixth of that (docs/algorithms.md, "YAML"). The tree keeps
// only what the importers read: scalars (with whether they were quoted), sequences, mappings,
// positions and each node's source text. Tags are ignored; `<<` merge keys are ordinary keys.
// Nesting deeper than kMaxYamlDepth and aliases expanding past kMaxYamlAliasNodes are refused
// while the tree is built (docs/errors.md), so bad input stays small.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"

namespace careergraph::importers {

class YamlNode {
 public:
  enum class Kind { kUndefined, kNull, kScalar, kSequence, kMapping };

  Kind kind() const { return kind_; }
  bool defined() const { return kind_ != Kind::kUndefined; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_scalar() const { return kind_ == Kind::kScalar; }
  bool is_sequence() const { return kind_ == Kind::kSequence; }
  bool is_map() const { return kind_ == Kind::kMapping; }
  explicit operator bool() const { return defined(); }

  // A scalar's value (empty for other kinds).
  const std::string& scalar() const { return scalar_; }
  // A scalar's value as a number, if it is one (YAML's decimal, exponent and .inf forms).
  std::optional<double> number() const;

  // File line and column (1-based; column in code points) where the node starts; 0 when the
  // node is undefined.
  int line() const { return line_; }
  int column() const { return column_; }
  // The node's text as written in the source (for keys the importers keep verbatim).
  std::string_view source() const { return source_; }

  // Sequence items (empty for other kinds).
  const std::vector<YamlNode>& items() const { return kind_ == Kind::kSequence ? children_ : empty(); }

  // Mapping entries, in document order: `for (const auto& [key, value] : node.entries())`.
  struct Entry {
    const YamlNode& key;
    const YamlNode& value;
  };
  class EntryIterator {
   public:
    explicit EntryIterator(const YamlNode* p) : p_(p) {}
    Entry operator*() const { return {p_[0], p_[1]}; }
    EntryIterator& operator++() {
      p_ += 2;
      return *this;
    }
    bool operator!=(const EntryIterator& o) const { return p_ != o.p_; }

   private:
    const YamlNode* p_;
  };
  struct Entries {
    const YamlNode* first;
    const YamlNode* last;
    EntryIterator begin() const { return EntryIterator(first); }
    EntryIterator end() const { return EntryIterator(last); }
  };
  Entries entries() const;
  std::size_t size() const { return is_map() ? children_.size() / 2 : items().size(); }

  // The value of the first key whose scalar equals `key`; an undefined node when there is
  // none or this is not a mapping. O(entries).
  const YamlNode& operator[](std::string_view key) const;

  // The undefined node (what operator[] returns for a missing key).
  static const YamlNode& undefined();

 private:
  friend class YamlTreeBuilder;
  static const std::vector<YamlNode>& empty();

  Kind kind_ = Kind::kUndefined;
  std::string scalar_;
  int line_ = 0;
  int column_ = 0;
  std::string_view source_;
  std::vector<YamlNode> children_;  // sequence items, or mapping keys and values alternating
};

// Parses the first document of YAML text; `first_line` is the file line of the text's first
// line so that positions are file lines. An empty text is a null node. The text must outlive
// the tree (nodes' source() points into it). Errors: "yaml-syntax" (libyaml's message, with a
// hint when the line is indented with a tab), "yaml-too-deep", "yaml-alias-bomb". O(n).
graph::Expected<YamlNode> load_yaml(std::string_view file, std::string_view text,
                                    int first_line = 1);

// Places a diagnostic at a node's position (file line 0 when the node is undefined).
graph::Diagnostic node_error(std::string_view file, const YamlNode& node, std::string code,
                             std::string message,
                             graph::Severity severity = graph::Severity::kError);

// A scalar as a string; nullopt when the node is not a scalar.
std::optional<std::string> scalar(const YamlNode& node);

// A list of strings from a sequence of scalars, or from one scalar split on commas.
// Nullopt when the node is neither.
std::optional<std::vector<std::string>> string_list(const YamlNode& node);

}  // namespace careergraph::importers
