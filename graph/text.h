// Text utilities shared by the importers, the name resolver and the CLI: Unicode
// normalisation for matching (ICU NFKC_Casefold), display width for aligned terminal
// output, edit distance for suggestions. All strings are UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careergraph::graph {

// The matching key of a name: NFKC + case folding (ICU's NFKC_Casefold), runs of
// whitespace collapsed to one ASCII space, trimmed. "ＣＴＯ" and "cto" give the same key.
// Invalid UTF-8 sequences become U+FFFD.
std::string normalize_key(std::string_view text);

// True if `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// Columns a terminal uses to show `text`: East Asian wide and fullwidth characters count 2,
// combining marks 0, everything else 1.
int display_width(std::string_view text);

// `text` padded with spaces on the right to `width` display columns.
std::string pad_right(std::string_view text, int width);

// Levenshtein distance over code points. O(|a|·|b|) time, O(|b|) memory.
int edit_distance(std::string_view a, std::string_view b);

// Strips ASCII and Unicode whitespace (including U+3000) from both ends.
std::string trim(std::string_view text);

// Splits on any of the given separators (each a UTF-8 string); pieces are trimmed and
// empty pieces are kept so callers can detect them.
std::vector<std::string> split_any(std::string_view text, const std::vector<std::string>& seps);

// Removes a leading list-style number ("5. ", "5) ", "５．") from a heading.
std::string strip_numbering(std::string_view text);

}  // namespace careergraph::graph
