// Errors as values: every problem found in input carries the place it was found
// (file:line:col) so that a user can jump to it, and modules hand them back instead of
// throwing. Third-party exceptions are converted into these where they enter.
#pragma once

#include <optional>
#include <string>
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

// Where a fact came from: a file and a line in it, printed "file:line".
struct Evidence {
  std::string file;
  int line = 0;
  std::string to_string() const { return file + ":" + std::to_string(line); }
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
