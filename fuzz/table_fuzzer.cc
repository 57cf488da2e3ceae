// libFuzzer target for the table reader (importers/csv.h) and what reads through it: the input is
// read as RFC 4180 CSV and as tab-separated text record by record, then opened as a table with
// required columns, then loaded as a transitions file into a small graph. Nothing may crash,
// hang or touch memory it does not own; every field must lie inside the input or the reader's
// buffer, records must start on non-decreasing lines, and every diagnostic must have a place.
#include <cstdint>
#include <string_view>

#include "importers/csv.h"
#include "importers/transitions.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careergraph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto dialect : {importers::TableDialect::kCsv, importers::TableDialect::kTsv}) {
    importers::TableReader reader("fuzz", text, dialect);
    importers::TableRecord rec;
    int last = 0;
    std::size_t total = 0;
    while (reader.next(rec)) {
      if (rec.line < last || rec.fields.empty()) __builtin_trap();
      last = rec.line;
      for (auto f : rec.fields) total += f.size();
      if (total > 2 * size + 16) __builtin_trap();
    }
    if (reader.error() && (reader.error()->line < 1 || reader.error()->column < 1)) __builtin_trap();
    for (auto piece : importers::split_lines(text)) {
      if (piece.empty()) __builtin_trap();
    }
  }
  graph::CareerGraph g;
  for (const char* id : {"a", "b"}) {
    graph::Role r;
    r.id = id;
    r.name = id;
    g.add_role(std::move(r));
  }
  graph::Diagnostics diags;
  importers::add_transitions_text("fuzz.csv", text, g, diags);
  for (const auto& d : diags) {
    if (d.code.empty() || d.line < 0 || d.column < 0) __builtin_trap();
  }
  return 0;
}
