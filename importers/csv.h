// Delimited tables: RFC 4180 CSV (ESCO, transitions) and plain tab-separated text (O*NET). Both
// are read record by record straight from the file's bytes; fields are views into the text (a
// quoted field with doubled quotes is unescaped into a buffer the reader owns), so a 20 MB file
// costs no allocation per field. Columns are found by header name, never by position, because
// taxonomy releases add and reorder columns.
#pragma once

#include <cstddef>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.h"

namespace careergraph::importers {

enum class TableDialect {
  kCsv,  // RFC 4180: ',' separated, "quoted" fields may hold ',', '"' (doubled) and newlines
  kTsv,  // tab separated, no quoting (O*NET): a '"' is an ordinary character
};

// One record: its fields and the physical line (1-based) where it starts. Views stay valid
// until the next call to TableReader::next.
struct TableRecord {
  std::vector<std::string_view> fields;
  int line = 0;
  std::size_t offset = 0;  // byte offset of the record's first character in the text
};

// 1-based column of a field that starts on its record's first line (every field of a TSV
// record; a CSV field after a quoted line break is counted from the record's start).
inline int field_column(std::string_view text, const TableRecord& r, std::string_view field) {
  if (field.data() < text.data() || field.data() > text.data() + text.size()) return 1;
  return static_cast<int>(static_cast<std::size_t>(field.data() - text.data()) - r.offset) + 1;
}

class TableReader {
 public:
  // `path` names the text in diagnostics; `text` must outlive the reader.
  TableReader(std::string path, std::string_view text, TableDialect dialect);

  // Reads the next record into `record`. Returns false at the end of the text or at a syntax
  // error (then error() holds it, with line and column; nothing after it is read, since the
  // record boundaries after a broken quote are unknown). A final line break is optional; CRLF
  // and LF both end a record; a UTF-8 BOM before the first record is skipped; a blank line is
  // skipped. Complexity: O(record length).
  bool next(TableRecord& record);

  const std::optional<graph::Diagnostic>& error() const { return error_; }
  const std::string& path() const { return path_; }

 private:
  bool fail(int line, int column, std::string message);
  int column_of(std::size_t pos) const;  // 1-based, counted in bytes from the line's start

  std::string path_;
  std::string_view text_;
  TableDialect dialect_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::optional<graph::Diagnostic> error_;
  // Where a field's text lives: in the input (most fields) or in scratch_ (quoted fields with
  // doubled quotes). Views are made once the record is complete: scratch_ may move as it grows.
  struct Span {
    std::size_t offset = 0;
    std::size_t length = 0;
    bool in_scratch = false;
  };
  std::string scratch_;  // unescaped quoted fields of the current record
  std::vector<Span> spans_;
};

// Column positions by header name. Lookup is by exact name after trimming spaces; a required
// column that is missing is an error at line 1 that lists the columns the file has.
class Header {
 public:
  explicit Header(const TableRecord& header) ;
  std::optional<std::size_t> find(std::string_view name) const;
  // The first of `names` present (for columns renamed between releases).
  std::optional<std::size_t> find_any(std::initializer_list<std::string_view> names) const;
  std::size_t size() const { return names_.size(); }
  // "file:1:1: error: missing column 'X' (the header has: a, b, c)".
  graph::Diagnostic missing(const std::string& path, std::string_view name) const;

 private:
  std::vector<std::string> names_;
};

// Opens a table: reads its header and checks that every column in `required` exists. Refuses
// binary data (a NUL byte) and text that is not UTF-8 up front, with the place of the first bad
// byte, so that a wrongly named file gives one clear error instead of many odd ones.
struct OpenedTable {
  TableReader reader;
  Header header;
  std::vector<std::size_t> columns;  // positions of `required`, in order
};
graph::Expected<OpenedTable> open_table(const std::string& path, std::string_view text,
                                        TableDialect dialect,
                                        std::initializer_list<std::string_view> required);

// The field at `column`, or "" when the record is shorter (a short record is reported by the
// caller, once).
inline std::string_view field(const TableRecord& r, std::size_t column) {
  return column < r.fields.size() ? r.fields[column] : std::string_view();
}

// A file's diagnostics, at most kMaxShown of them: a table in the wrong layout would otherwise
// print one error per row. finish() adds one line that counts the ones not shown.
class FileDiagnostics {
 public:
  static constexpr std::size_t kMaxShown = 20;
  explicit FileDiagnostics(std::string path) : path_(std::move(path)) {}
  void add(int line, int column, graph::Severity severity, std::string code, std::string message);
  void add(graph::Diagnostic d);
  // Moves everything collected into `out`.
  void finish(graph::Diagnostics& out);
  std::size_t errors() const { return errors_; }

 private:
  std::string path_;
  graph::Diagnostics shown_;
  std::size_t hidden_ = 0;
  std::size_t errors_ = 0;
};

// A whole table read into memory with only the columns a caller asked for: the cells of row i
// are cells[i·width … i·width+width). Views point into the file's text (kept alive by
// `storage`) or, for unescaped quoted fields, into `copies`. Reading fills `diags`: a missing
// file, a syntax error, a missing required column, or a row too short for the columns asked
// (that row is skipped).
struct ColumnSpec {
  std::vector<std::string_view> names;  // accepted header names, first match wins
  bool required = true;
};

struct TableRows {
  std::string path;
  bool loaded = false;  // the file was read and its header has the required columns
  std::shared_ptr<const std::string> storage;
  std::string_view text;
  std::size_t width = 0;
  std::vector<std::string_view> cells;
  std::vector<int> lines;             // physical line where each row starts
  std::vector<std::size_t> offsets;   // byte offset where each row starts
  std::vector<bool> present;          // per column: whether the header has it
  std::deque<std::string> copies;
  graph::Diagnostics diags;

  std::size_t rows() const { return lines.size(); }
  std::string_view cell(std::size_t row, std::size_t column) const { return cells[row * width + column]; }
  // 1-based column of a cell, for diagnostics.
  int column_of(std::size_t row, std::size_t column) const;
};

TableRows read_table(const std::string& path, TableDialect dialect,
                     const std::vector<ColumnSpec>& columns);

// Splits a multi-valued field on line breaks (ESCO's altLabels), dropping empty pieces and
// trailing CRs.
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace careergraph::importers
