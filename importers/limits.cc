#include "importers/limits.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace careergraph::importers {
namespace {

graph::Diagnostic at(std::string_view file, int line, int column, std::string code,
                     std::string message) {
  return {std::string(file), line, column, graph::Severity::kError, std::move(code),
          std::move(message)};
}

// What a cheap look at the text says: worth checking exactly or not. It may say yes for a
// harmless text (brackets in quotes, `*` in prose); that only costs a second parse.
bool needs_exact_check(std::string_view text) {
  int depth = 0;
  int indent = 0;
  bool line_start = true;
  char prev = '\n';
  for (const char c : text) {
    if (c == '\n') {
      line_start = true;
      indent = 0;
    } else if (line_start) {
      // Block nesting needs indentation: about one level per column (`- ` sequences under a
      // mapping key at the same column give two levels per two columns).
      if (c == ' ' || c == '-' || c == '?') {
        if (++indent > kMaxYamlDepth / 2) return true;
      } else {
        line_start = false;
      }
    }
    if (c == '[' || c == '{') {
      if (++depth > kMaxYamlDepth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    } else if (c == '*' && (prev == ' ' || prev == '\t' || prev == '\n' || prev == '[' ||
                            prev == '{' || prev == ',')) {
      return true;  // an alias, or prose; the exact pass tells
    }
    prev = c;
  }
  return false;
}

struct LimitHit {
  YAML::Mark mark;
  std::string code;
  std::string message;
};

// Counts, over yaml-cpp's parse events, how deep collections nest and how many nodes aliases
// would add if expanded. Stops the parse (by throwing) at the first limit passed.
class LimitCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor, 1); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::uint64_t size = anchor < sizes_.size() ? sizes_[anchor] : 1;
    added_ = std::min(kCap, added_ + size);
    if (added_ > kMaxYamlAliasNodes) {
      throw LimitHit{mark, "yaml-alias-bomb",
                     "YAML aliases expand to more than " + std::to_string(kMaxYamlAliasNodes) +
                         " extra nodes (an alias bomb?); the file is not read"};
    }
    leaf(0, size);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  static constexpr std::uint64_t kCap = std::uint64_t{1} << 62;

  struct Frame {
    YAML::anchor_t anchor;
    std::uint64_t size;
  };

  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (stack_.size() >= static_cast<std::size_t>(kMaxYamlDepth)) {
      throw LimitHit{mark, "yaml-too-deep",
                     "YAML nests deeper than " + std::to_string(kMaxYamlDepth) +
                         " levels; the file is not read"};
    }
    stack_.push_back({anchor, 1});
  }
  void close() {
    if (stack_.empty()) return;
    const Frame f = stack_.back();
    stack_.pop_back();
    leaf(f.anchor, f.size);
  }
  // A finished node of `size` nodes (expanded): remembered under its anchor, counted in its
  // parent.
  void leaf(YAML::anchor_t anchor, std::uint64_t size) {
    if (anchor != YAML::NullAnchor) {
      if (sizes_.size() <= anchor) sizes_.resize(anchor + 1, 1);
      sizes_[anchor] = size;
    }
    if (!stack_.empty()) stack_.back().size = std::min(kCap, stack_.back().size + size);
  }

  std::vector<Frame> stack_;
  std::vector<std::uint64_t> sizes_;  // by anchor number (yaml-cpp numbers them from 1)
  std::uint64_t added_ = 0;
};

}  // namespace

std::optional<graph::Diagnostic> check_line_length(std::string_view file, std::string_view text,
                                                   int first_line) {
  int line = first_line;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > kMaxLineBytes) {
      return at(file, line, 0, "line-too-long",
                "line is " + std::to_string(end - start) + " bytes; the limit is " +
                    std::to_string(kMaxLineBytes) + "; the file is not read");
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::optional<graph::Diagnostic> check_yaml_limits(std::string_view file, std::string_view text,
                                                   int first_line) {
  if (!needs_exact_check(text)) return std::nullopt;
  std::istringstream in{std::string(text)};
  try {
    YAML::Parser parser(in);
    LimitCounter counter;
    parser.HandleNextDocument(counter);
  } catch (const LimitHit& hit) {
    return at(file, hit.mark.is_null() ? first_line : hit.mark.line + first_line,
              hit.mark.is_null() ? 0 : hit.mark.column + 1, hit.code, hit.message);
  } catch (const YAML::Exception&) {
    // A syntax error: the real parse reports it.
  }
  return std::nullopt;
}

}  // namespace careergraph::importers
