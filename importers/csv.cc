#include "importers/csv.h"

#include <algorithm>
#include <cstring>

namespace careergraph::importers {
namespace {

std::string trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// Offset of the first byte that is not valid UTF-8, or npos. ASCII runs are skipped eight bytes
// at a time: taxonomy files are almost all ASCII.
std::size_t first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + static_cast<std::size_t>(len) > n) return i;
    for (int k = 1; k < len; ++k) {
      const unsigned char d = p[i + static_cast<std::size_t>(k)];
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF.
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return i;
    }
    i += static_cast<std::size_t>(len);
  }
  return std::string_view::npos;
}

// 1-based line and column (in bytes) of offset `pos`.
std::pair<int, int> place_of(std::string_view text, std::size_t pos) {
  const std::string_view before = text.substr(0, pos);
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const std::size_t nl = before.rfind('\n');
  const std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  return {line, static_cast<int>(pos - start) + 1};
}

}  // namespace

TableReader::TableReader(std::string path, std::string_view text, TableDialect dialect)
    : path_(std::move(path)), text_(text), dialect_(dialect) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
    pos_ = 3;
    line_start_ = 3;
  }
}

bool TableReader::fail(int line, int column, std::string message) {
  error_ = graph::Diagnostic{path_, line, column, graph::Severity::kError, "table-syntax",
                             std::move(message)};
  return false;
}

int TableReader::column_of(std::size_t pos) const {
  return static_cast<int>(pos - line_start_) + 1;
}

bool TableReader::next(TableRecord& record) {
  record.fields.clear();
  scratch_.clear();
  auto& spans = spans_;
  spans.clear();
  if (error_) return false;
  const std::size_t n = text_.size();
  const char* d = text_.data();
  // Blank lines between records carry nothing.
  while (pos_ < n && (d[pos_] == '\n' || (d[pos_] == '\r' && pos_ + 1 < n && d[pos_ + 1] == '\n'))) {
    pos_ += d[pos_] == '\r' ? 2 : 1;
    ++line_;
    line_start_ = pos_;
  }
  if (pos_ >= n) return false;
  record.line = line_;
  record.offset = pos_;
  const char sep = dialect_ == TableDialect::kCsv ? ',' : '\t';
  for (;;) {
    if (dialect_ == TableDialect::kCsv && pos_ < n && d[pos_] == '"') {
      const int open_line = line_, open_col = column_of(pos_);
      ++pos_;
      const std::size_t start = pos_;
      bool escaped = false;
      std::size_t scratch_start = scratch_.size();
      std::size_t end;
      for (;;) {
        const void* q = std::memchr(d + pos_, '"', n - pos_);
        const std::size_t qpos = q ? static_cast<std::size_t>(static_cast<const char*>(q) - d) : n;
        // Line breaks inside the field still count as lines of the file.
        for (const char* nl = static_cast<const char*>(std::memchr(d + pos_, '\n', qpos - pos_));
             nl != nullptr;
             nl = static_cast<const char*>(std::memchr(nl + 1, '\n', qpos - static_cast<std::size_t>(nl + 1 - d)))) {
          ++line_;
          line_start_ = static_cast<std::size_t>(nl + 1 - d);
        }
        if (q == nullptr) {
          return fail(open_line, open_col,
                      "unterminated quoted field: the quote opened here is never closed");
        }
        if (qpos + 1 < n && d[qpos + 1] == '"') {  // a doubled quote stands for one
          scratch_.append(d + pos_, qpos - pos_);
          scratch_ += '"';
          escaped = true;
          pos_ = qpos + 2;
          continue;
        }
        if (escaped) scratch_.append(d + pos_, qpos - pos_);
        end = qpos;
        pos_ = qpos + 1;
        break;
      }
      if (escaped) {
        spans.push_back({scratch_start, scratch_.size() - scratch_start, true});
      } else {
        spans.push_back({start, end - start, false});
      }
      if (pos_ < n && d[pos_] != sep && d[pos_] != '\n' &&
          !(d[pos_] == '\r' && (pos_ + 1 == n || d[pos_ + 1] == '\n'))) {
        return fail(line_, column_of(pos_),
                    std::string("unexpected '") + d[pos_] +
                        "' after a closing quote (a quote inside a quoted field is written \"\")");
      }
      if (pos_ < n && d[pos_] == '\r') ++pos_;
    } else {
      const std::size_t start = pos_;
      while (pos_ < n && d[pos_] != sep && d[pos_] != '\n') ++pos_;
      std::size_t end = pos_;
      if (end > start && d[end - 1] == '\r' && (pos_ == n || d[pos_] == '\n')) --end;
      spans.push_back({start, end - start, false});
    }
    if (pos_ >= n) break;
    if (d[pos_] == sep) {
      ++pos_;
      continue;
    }
    // d[pos_] == '\n': the record ends.
    ++pos_;
    ++line_;
    line_start_ = pos_;
    break;
  }
  record.fields.reserve(spans.size());
  for (const auto& s : spans) {
    record.fields.push_back(s.in_scratch ? std::string_view(scratch_).substr(s.offset, s.length)
                                         : text_.substr(s.offset, s.length));
  }
  return true;
}

Header::Header(const TableRecord& header) {
  names_.reserve(header.fields.size());
  for (auto f : header.fields) names_.push_back(trim_spaces(f));
}

std::optional<std::size_t> Header::find(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Header::find_any(std::initializer_list<std::string_view> names) const {
  for (auto n : names) {
    if (auto c = find(n)) return c;
  }
  return std::nullopt;
}

graph::Diagnostic Header::missing(const std::string& path, std::string_view name) const {
  std::string have;
  for (const auto& n : names_) {
    if (!have.empty()) have += ", ";
    have += n.size() > 40 ? n.substr(0, 40) + "…" : n;
  }
  return {path, 1, 1, graph::Severity::kError, "missing-column",
          "missing column '" + std::string(name) + "' (the header has: " + have + ")"};
}

graph::Expected<OpenedTable> open_table(const std::string& path, std::string_view text,
                                        TableDialect dialect,
                                        std::initializer_list<std::string_view> required) {
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto [line, col] = place_of(text, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()));
    return graph::Diagnostic{path, line, col, graph::Severity::kError, "binary-file",
                             "binary data (a NUL byte): not a text table"};
  }
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, col] = place_of(text, bad);
    return graph::Diagnostic{path, line, col, graph::Severity::kError, "encoding",
                             "invalid UTF-8; the table must be UTF-8 text"};
  }
  TableReader reader(path, text, dialect);
  TableRecord first;
  if (!reader.next(first)) {
    if (reader.error()) return *reader.error();
    return graph::Diagnostic{path, 1, 1, graph::Severity::kError, "missing-column",
                             "empty file: expected a header line"};
  }
  Header header(first);
  std::vector<std::size_t> columns;
  for (auto name : required) {
    auto c = header.find(name);
    if (!c) return header.missing(path, name);
    columns.push_back(*c);
  }
  return OpenedTable{std::move(reader), std::move(header), std::move(columns)};
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view piece = text.substr(0, nl);
    while (!piece.empty() && (piece.back() == '\r' || piece.back() == ' ')) piece.remove_suffix(1);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    if (!piece.empty()) out.push_back(piece);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

}  // namespace careergraph::importers

namespace careergraph::importers {

void FileDiagnostics::add(int line, int column, graph::Severity severity, std::string code,
                          std::string message) {
  add(graph::Diagnostic{path_, line, column, severity, std::move(code), std::move(message)});
}

void FileDiagnostics::add(graph::Diagnostic d) {
  if (d.severity == graph::Severity::kError) ++errors_;
  if (shown_.size() < kMaxShown) {
    shown_.push_back(std::move(d));
  } else {
    ++hidden_;
  }
}

void FileDiagnostics::finish(graph::Diagnostics& out) {
  std::move(shown_.begin(), shown_.end(), std::back_inserter(out));
  shown_.clear();
  if (hidden_ > 0) {
    out.push_back({path_, 0, 0, graph::Severity::kWarning, "more-diagnostics",
                   std::to_string(hidden_) + " more problem(s) in this file not shown"});
  }
  hidden_ = 0;
}

}  // namespace careergraph::importers

#include "importers/limits.h"
#include "importers/loader.h"

namespace careergraph::importers {

int TableRows::column_of(std::size_t row, std::size_t column) const {
  const std::string_view c = cell(row, column);
  if (c.data() < text.data() || c.data() > text.data() + text.size()) return 1;
  return static_cast<int>(static_cast<std::size_t>(c.data() - text.data()) - offsets[row]) + 1;
}

TableRows read_table(const std::string& path, TableDialect dialect,
                     const std::vector<ColumnSpec>& columns) {
  TableRows t;
  t.path = path;
  t.width = columns.size();
  auto src = read_source(path, kMaxTableBytes);
  if (!src) {
    t.diags.push_back(src.error());
    return t;
  }
  t.storage = src->storage;
  t.text = src->content;
  auto opened = open_table(path, t.text, dialect, {});
  if (!opened) {
    t.diags.push_back(opened.error());
    return t;
  }
  std::vector<std::size_t> pos(columns.size(), 0);
  std::size_t needed = 0;  // fields a row must have
  t.present.assign(columns.size(), false);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    std::optional<std::size_t> c;
    for (auto name : columns[i].names) {
      if ((c = opened->header.find(name))) break;
    }
    if (!c) {
      if (columns[i].required) {
        t.diags.push_back(opened->header.missing(path, columns[i].names.front()));
        return t;
      }
      continue;
    }
    t.present[i] = true;
    pos[i] = *c;
    needed = std::max(needed, *c + 1);
  }
  t.loaded = true;
  FileDiagnostics diags(path);
  TableReader& reader = opened->reader;
  TableRecord rec;
  const char* begin = t.text.data();
  const char* end = begin + t.text.size();
  // A row per ~100 bytes is typical of these files; reserving avoids most regrowth.
  t.lines.reserve(t.text.size() / 100);
  t.cells.reserve(t.text.size() / 100 * t.width);
  while (reader.next(rec)) {
    if (rec.fields.size() < needed) {
      diags.add(rec.line, 1, graph::Severity::kError, "short-row",
                "expected at least " + std::to_string(needed) + " fields, found " +
                    std::to_string(rec.fields.size()) + "; row skipped");
      continue;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
      std::string_view v = t.present[i] ? rec.fields[pos[i]] : std::string_view();
      if (!v.empty() && (v.data() < begin || v.data() >= end)) v = t.copies.emplace_back(v);
      t.cells.push_back(v);
    }
    t.lines.push_back(rec.line);
    t.offsets.push_back(rec.offset);
  }
  if (reader.error()) diags.add(*reader.error());
  diags.finish(t.diags);
  return t;
}

}  // namespace careergraph::importers
