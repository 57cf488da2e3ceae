#include "importers/yaml_util.h"

#include <yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>

#include "graph/text.h"
#include "importers/limits.h"

namespace careergraph::importers {

const std::vector<YamlNode>& YamlNode::empty() {
  static const std::vector<YamlNode> kEmpty;
  return kEmpty;
}

const YamlNode& YamlNode::undefined() {
  static const YamlNode kUndefined;
  return kUndefined;
}

YamlNode::Entries YamlNode::entries() const {
  if (!is_map() || children_.empty()) return {nullptr, nullptr};
  return {children_.data(), children_.data() + children_.size()};
}

const YamlNode& YamlNode::operator[](std::string_view key) const {
  if (!is_map()) return undefined();
  for (std::size_t i = 0; i + 1 < children_.size(); i += 2) {
    if (children_[i].is_scalar() && children_[i].scalar_ == key) return children_[i + 1];
  }
  return undefined();
}

std::optional<double> YamlNode::number() const {
  if (!is_scalar()) return std::nullopt;
  std::string_view s = scalar_;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  const bool negative = s.front() == '-';
  std::string_view unsigned_part = s;
  if (s.front() == '+' || s.front() == '-') unsigned_part.remove_prefix(1);
  if (unsigned_part == ".inf" || unsigned_part == ".Inf" || unsigned_part == ".INF") {
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  if (s.front() == '+') s.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

namespace {

// Where a libyaml mark is in the text, as our files count it. libyaml counts CR, NEL (U+0085),
// LS (U+2028) and PS (U+2029) as line breaks too, but a file's lines are split on LF only
// (editors, the guide parser and every diagnostic agree on that): a lone CR would otherwise put
// a YAML error on a line the file does not have. When the text has no such break, libyaml's
// line and column are already ours (the common case, no extra work); otherwise the mark's
// character index is mapped to a byte offset and from there to an LF line.
struct TextPos {
  std::size_t line = 0;    // 0-based, LF lines
  std::size_t column = 0;  // 0-based, in code points
  std::size_t offset = 0;  // byte offset
};

class LineTable {
 public:
  explicit LineTable(std::string_view text) : text_(text) {
    // Searches (memchr/find) rather than a branch per byte: this runs on every front matter.
    starts_.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts_.push_back(i + 1);
    }
    bool odd_breaks = text.find("\xC2\x85") != std::string_view::npos ||
                      text.find("\xE2\x80\xA8") != std::string_view::npos ||
                      text.find("\xE2\x80\xA9") != std::string_view::npos;
    for (std::size_t i = text.find('\r'); !odd_breaks && i != std::string_view::npos;
         i = text.find('\r', i + 1)) {
      odd_breaks = i + 1 == text.size() || text[i + 1] != '\n';
    }
    if (odd_breaks) {
      // Byte offset of each character (libyaml's mark.index counts characters).
      for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) char_offsets_.push_back(i);
      }
    }
  }

  TextPos position(const yaml_mark_t& m) const {
    if (char_offsets_.empty()) {
      TextPos p{m.line, m.column, text_.size()};
      if (m.line < starts_.size()) {
        p.offset = starts_[m.line];
        for (std::size_t c = 0; c < m.column && p.offset < text_.size(); ++c) p.offset = next_char(p.offset);
      }
      return p;
    }
    TextPos p;
    p.offset = m.index < char_offsets_.size() ? char_offsets_[m.index] : text_.size();
    p.line = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), p.offset) -
                                      starts_.begin()) - 1;
    for (std::size_t o = starts_[p.line]; o < p.offset; o = next_char(o)) ++p.column;
    return p;
  }
  // Position of mark `b` given that of an earlier mark `a` (at `pa`): on the same line, only the
  // characters between them are walked, not the line from its start again (a long scalar's
  // end is on its start's line; this ran for every node).
  TextPos position_after(const TextPos& pa, const yaml_mark_t& a, const yaml_mark_t& b) const {
    if (!char_offsets_.empty() || b.line != a.line || b.column < a.column) return position(b);
    TextPos p{pa.line, pa.column + (b.column - a.column), pa.offset};
    for (std::size_t c = a.column; c < b.column && p.offset < text_.size(); ++c) p.offset = next_char(p.offset);
    return p;
  }
  std::string_view slice(const TextPos& pa, const yaml_mark_t& a, const yaml_mark_t& b) const {
    const std::size_t x = pa.offset, y = std::max(x, position_after(pa, a, b).offset);
    return text_.substr(x, y - x);
  }
  std::string_view slice(const yaml_mark_t& a, const yaml_mark_t& b) const {
    return slice(position(a), a, b);
  }
  std::string_view line(std::size_t index) const {
    if (index >= starts_.size()) return {};
    const std::size_t s = starts_[index];
    const std::size_t e = text_.find('\n', s);
    return text_.substr(s, e == std::string_view::npos ? std::string_view::npos : e - s);
  }

 private:
  std::size_t next_char(std::size_t p) const {
    ++p;
    while (p < text_.size() && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) ++p;
    return p;
  }

  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<std::size_t> char_offsets_;  // filled only when the text has CR/NEL/LS/PS breaks
};

struct Parser {
  yaml_parser_t p;
  Parser() { yaml_parser_initialize(&p); }
  ~Parser() { yaml_parser_delete(&p); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

struct Event {
  yaml_event_t e{};
  bool owned = false;
  ~Event() { reset(); }
  void reset() {
    if (owned) yaml_event_delete(&e);
    owned = false;
  }
};

}  // namespace

// Builds the tree from the event stream: a stack of open collections, each node pushed into
// its parent when it starts (so the stack's pointers stay valid: only the innermost open
// collection grows).
class YamlTreeBuilder {
 public:
  YamlTreeBuilder(std::string_view file, std::string_view text, int first_line)
      : file_(file), text_(text), first_line_(first_line), lines_(text) {}

  graph::Expected<YamlNode> build() {
    Parser parser;
    yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char*>(text_.data()),
                                 text_.size());
    yaml_parser_set_encoding(&parser.p, YAML_UTF8_ENCODING);
    YamlNode root;
    root.kind_ = YamlNode::Kind::kNull;
    root.line_ = first_line_;
    root.column_ = 1;
    bool have_root = false;
    for (;;) {
      Event ev;
      if (!yaml_parser_parse(&parser.p, &ev.e)) return syntax_error(parser.p);
      ev.owned = true;
      const yaml_event_t& e = ev.e;
      switch (e.type) {
        case YAML_STREAM_END_EVENT:
        case YAML_DOCUMENT_END_EVENT:
          return root;  // the first document only, as yaml-cpp's Load did
        case YAML_SCALAR_EVENT: {
          YamlNode n;
          const auto* v = reinterpret_cast<const char*>(e.data.scalar.value);
          n.scalar_.assign(v, e.data.scalar.length);
          const bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
          n.kind_ = plain && is_null_word(n.scalar_) ? YamlNode::Kind::kNull : YamlNode::Kind::kScalar;
          place(n, e);
          YamlNode* added = add(std::move(n), have_root, root);
          if (added == nullptr) return *error_;
          if (e.data.scalar.anchor != nullptr) remember(reinterpret_cast<const char*>(e.data.scalar.anchor), *added);
          break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
          if (stack_.size() >= static_cast<std::size_t>(kMaxYamlDepth)) {
            return at(e.start_mark, "yaml-too-deep",
                      "YAML nests deeper than " + std::to_string(kMaxYamlDepth) +
                          " levels; the file is not read");
          }
          YamlNode n;
          n.kind_ = e.type == YAML_SEQUENCE_START_EVENT ? YamlNode::Kind::kSequence
                                                        : YamlNode::Kind::kMapping;
          place(n, e);
          YamlNode* added = add(std::move(n), have_root, root);
          if (added == nullptr) return *error_;
          const yaml_char_t* anchor = e.type == YAML_SEQUENCE_START_EVENT
                                          ? e.data.sequence_start.anchor
                                          : e.data.mapping_start.anchor;
          stack_.push_back({added, anchor != nullptr ? reinterpret_cast<const char*>(anchor) : "",
                            e.start_mark});
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
          if (stack_.empty()) break;
          Frame f = std::move(stack_.back());
          stack_.pop_back();
          f.node->source_ = lines_.slice(f.start, e.end_mark);
          if (!f.anchor.empty()) remember(f.anchor.c_str(), *f.node);
          break;
        }
        case YAML_ALIAS_EVENT: {
          const std::string name = reinterpret_cast<const char*>(e.data.alias.anchor);
          const auto it = anchors_.find(name);
          if (it == anchors_.end()) {
            return at(e.start_mark, "yaml-syntax", "YAML: unknown alias '*" + name + "'");
          }
          expanded_ += it->second.size;
          if (expanded_ > kMaxYamlAliasNodes) {
            return at(e.start_mark, "yaml-alias-bomb",
                      "YAML aliases expand to more than " + std::to_string(kMaxYamlAliasNodes) +
                          " extra nodes (an alias bomb?); the file is not read");
          }
          if (add(YamlNode(it->second.node), have_root, root) == nullptr) return *error_;
          break;
        }
        default:  // stream and document starts
          break;
      }
    }
  }

 private:
  struct Frame {
    YamlNode* node;
    std::string anchor;
    yaml_mark_t start;
  };
  struct Anchored {
    YamlNode node;
    std::size_t size;
  };

  static bool is_null_word(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
  }

  void place(YamlNode& n, const yaml_event_t& e) const {
    const TextPos pos = lines_.position(e.start_mark);
    n.line_ = static_cast<int>(pos.line) + first_line_;
    n.column_ = static_cast<int>(pos.column) + 1;
    n.source_ = lines_.slice(pos, e.start_mark, e.end_mark);
  }

  // Adds a finished or opening node to the innermost open collection (or as the root);
  // returns where it now lives, or nullptr on error.
  YamlNode* add(YamlNode n, bool& have_root, YamlNode& root) {
    if (stack_.empty()) {
      if (have_root) return &root;  // cannot happen in a well-formed stream
      have_root = true;
      root = std::move(n);
      return &root;
    }
    auto& children = stack_.back().node->children_;
    children.push_back(std::move(n));
    return &children.back();
  }

  static std::size_t count(const YamlNode& n) {
    std::size_t c = 1;
    for (const auto& child : n.children_) c += count(child);
    return c;
  }

  void remember(const char* anchor, const YamlNode& n) {
    anchors_[anchor] = Anchored{n, count(n)};
  }

  graph::Diagnostic at(const yaml_mark_t& m, std::string code, std::string message) {
    const TextPos pos = lines_.position(m);
    error_ = graph::Diagnostic{std::string(file_), static_cast<int>(pos.line) + first_line_,
                               static_cast<int>(pos.column) + 1, graph::Severity::kError,
                               std::move(code), std::move(message)};
    return *error_;
  }

  graph::Diagnostic syntax_error(const yaml_parser_t& p) {
    std::string message = "YAML: ";
    message += p.problem != nullptr ? p.problem : "cannot parse";
    if (p.context != nullptr) message += std::string(" (") + p.context + ")";
    const yaml_mark_t m = p.problem_mark;
    graph::Diagnostic d = at(m, "yaml-syntax", std::move(message));
    // The usual cause of a YAML error in a hand-written file is a tab in the indentation:
    // libyaml does not say so; say it when it is.
    for (std::size_t line : {lines_.position(m).line, lines_.position(p.context_mark).line}) {
      const std::string_view l = lines_.line(line);
      const std::size_t indent_end = l.find_first_not_of(" \t");
      if (l.substr(0, indent_end).find('\t') != std::string_view::npos) {
        d.message += "; line " + std::to_string(line + static_cast<std::size_t>(first_line_)) +
                     " is indented with a tab, and YAML allows only spaces";
        break;
      }
    }
    error_ = d;
    return d;
  }

  std::string_view file_;
  std::string_view text_;
  int first_line_;
  LineTable lines_;
  std::vector<Frame> stack_;
  std::map<std::string, Anchored> anchors_;
  std::size_t expanded_ = 0;
  std::optional<graph::Diagnostic> error_;
};

graph::Expected<YamlNode> load_yaml(std::string_view file, std::string_view text, int first_line) {
  return YamlTreeBuilder(file, text, first_line).build();
}

graph::Diagnostic node_error(std::string_view file, const YamlNode& node, std::string code,
                             std::string message, graph::Severity severity) {
  graph::Diagnostic d;
  d.file = std::string(file);
  d.line = node.line();
  d.column = node.column();
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

std::optional<std::string> scalar(const YamlNode& node) {
  if (!node.is_scalar()) return std::nullopt;
  return node.scalar();
}

std::optional<std::vector<std::string>> string_list(const YamlNode& node) {
  std::vector<std::string> out;
  if (node.is_scalar()) {
    for (auto& piece : graph::split_any(node.scalar(), {",", "、", "，"})) {
      if (!piece.empty()) out.push_back(std::move(piece));
    }
    return out;
  }
  if (!node.is_sequence()) return std::nullopt;
  for (const auto& item : node.items()) {
    if (!item.is_scalar()) return std::nullopt;
    std::string s = graph::trim(item.scalar());
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace careergraph::importers
