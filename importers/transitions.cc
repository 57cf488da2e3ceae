#include "importers/transitions.h"

#include <charconv>

#include "importers/csv.h"
#include "importers/limits.h"
#include "importers/loader.h"

namespace careergraph::importers {
namespace {

using graph::Severity;

std::string describe(const graph::CareerGraph& g, const std::vector<std::size_t>& roles) {
  std::string out;
  for (std::size_t i = 0; i < roles.size() && i < 5; ++i) {
    if (!out.empty()) out += ", ";
    out += g.role(roles[i]).id;
  }
  if (roles.size() > 5) out += ", …";
  return out;
}

}  // namespace

SourceSummary add_transitions_text(const std::string& path, std::string_view text,
                                   graph::CareerGraph& g, graph::Diagnostics& diags) {
  SourceSummary summary{"transitions", path, {}};
  auto opened = open_table(path, text, TableDialect::kCsv, {"from", "to", "count"});
  if (!opened) {
    diags.push_back(opened.error());
    return summary;
  }
  const std::size_t from_col = opened->columns[0], to_col = opened->columns[1],
                    count_col = opened->columns[2];
  const std::size_t needed = std::max({from_col, to_col, count_col}) + 1;
  FileDiagnostics fd(path);
  TableRecord rec;
  std::size_t rows = 0, moves = 0;
  double total = 0;
  while (opened->reader.next(rec)) {
    ++rows;
    if (rec.fields.size() < needed) {
      fd.add(rec.line, 1, Severity::kError, "short-row",
             "expected at least " + std::to_string(needed) + " fields, found " +
                 std::to_string(rec.fields.size()) + "; row skipped");
      continue;
    }
    auto col = [&](std::size_t c) { return field_column(text, rec, rec.fields[c]); };
    auto resolve = [&](std::size_t c) -> std::optional<graph::Vertex> {
      const std::string_view name = rec.fields[c];
      if (const auto exact = g.find_role(name)) return exact;  // an id wins over names
      const auto r = g.role_names().resolve(name);
      if (r.found()) return static_cast<graph::Vertex>(r.index);
      // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) on "'" + std::string(…).
      std::string message;
      if (r.status == graph::Resolution::Status::kAmbiguous) {
        message.append("'").append(name).append("' names several roles (");
        message.append(describe(g, r.candidates)).append("); use an id; row skipped");
        fd.add(rec.line, col(c), Severity::kWarning, "ambiguous-role", std::move(message));
      } else {
        message.append("unknown role '").append(name).append("'; row skipped");
        fd.add(rec.line, col(c), Severity::kWarning, "unknown-role", std::move(message));
      }
      return std::nullopt;
    };
    const auto from = resolve(from_col);
    const auto to = from ? resolve(to_col) : std::nullopt;
    if (!to) continue;
    const std::string_view cs = rec.fields[count_col];
    double count = 0;
    const auto [end, ec] = std::from_chars(cs.data(), cs.data() + cs.size(), count);
    if (cs.empty() || ec != std::errc() || end != cs.data() + cs.size() || !(count > 0) ||
        count > 1e15) {
      fd.add(rec.line, col(count_col), Severity::kError, "bad-number",
             "count '" + std::string(cs) + "' is not a positive number; row skipped");
      continue;
    }
    if (*from == *to) {
      fd.add(rec.line, col(from_col), Severity::kWarning, "self-move",
             "a move from '" + g.role(*from).id + "' to itself; row skipped");
      continue;
    }
    g.add_transition(*from, *to, graph::EdgeKind::kProgression, graph::Evidence{path, rec.line},
                     count);
    ++moves;
    total += count;
  }
  if (opened->reader.error()) fd.add(*opened->reader.error());
  fd.finish(diags);
  summary.set("rows", rows);
  summary.set("moves added", moves);
  summary.set("observations", static_cast<std::size_t>(total));
  return summary;
}

SourceSummary add_transitions(const std::string& path, graph::CareerGraph& g,
                              graph::Diagnostics& diags) {
  auto src = read_source(path, kMaxTableBytes);
  if (!src) {
    diags.push_back(src.error());
    return {"transitions", path, {}};
  }
  return add_transitions_text(path, src->content, g, diags);
}

}  // namespace careergraph::importers
