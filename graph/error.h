// Errors as values: every problem found in input carries the place it was found
// (file:line:col) so that a user can jump to it, and modules hand them back instead of
// throwing. Third-party exceptions are converted into these where they enter.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace careergraph::graph {

enum class Severity { kError, kWarning, kInfo };

const char* severity_name(Severity s);

// One finding about the input. line and column are 1-based; 0 means "unknown"
// (for example a problem with the file as a whole).
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  Severity severity = Severity::kError;
  std::string code;  // stable identifier, e.g. "yaml-syntax"
  std::string message;

  // "file:line:col: error: message [code]" like a compiler.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

// A string stored once per process and shared by every value equal to it: source paths (a
// 10k-guide corpus has ~340,000 facts with evidence from 10,000 files; a std::string each was
// ~100 bytes of memory and an allocation per fact), and the few distinct words many records
// repeat (a move's label, a learning item's kind). 8 bytes, no allocation once interned.
// Interning is thread-safe (guides are joined on several threads); strings are never freed.
// Ordered and compared by the text, so sorting is the same as with strings.
class Interned {
 public:
  Interned() = default;
  Interned(std::string_view text);  // NOLINT(implicit): a string is a string
  Interned(const std::string& text) : Interned(std::string_view(text)) {}  // NOLINT
  Interned(const char* text) : Interned(std::string_view(text)) {}        // NOLINT

  const std::string& str() const { return *p_; }
  operator const std::string&() const { return *p_; }  // NOLINT(implicit)
  operator std::string_view() const { return *p_; }    // NOLINT(implicit)
  bool empty() const { return p_->empty(); }

  friend bool operator==(const Interned& a, const Interned& b) { return a.p_ == b.p_; }
  friend bool operator==(const Interned& a, std::string_view b) { return *a.p_ == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return *a.p_ == b; }
  friend bool operator==(const Interned& a, const char* b) { return *a.p_ == b; }
  friend std::strong_ordering operator<=>(const Interned& a, const Interned& b) {
    return a.p_ == b.p_ ? std::strong_ordering::equal : a.p_->compare(*b.p_) <=> 0;
  }

 private:
  static const std::string* empty_string();
  const std::string* p_ = empty_string();
};

// A source file's path.
using SourcePath = Interned;

// Where a fact came from: a file and a line in it, printed "file:line".
struct Evidence {
  SourcePath file;
  int line = 0;
  std::string to_string() const { return file.str() + ":" + std::to_string(line); }
  bool operator==(const Evidence&) const = default;
  auto operator<=>(const Evidence&) const = default;
};

// A value or the diagnostic explaining why there is none.
template <typename T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}             // NOLINT(implicit)
  Expected(Diagnostic error) : v_(std::move(error)) {}    // NOLINT(implicit)
  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Diagnostic& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Diagnostic> v_;
};

}  // namespace careergraph::graph
