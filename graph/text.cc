#include "graph/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace careergraph::graph {
namespace {

// Decodes UTF-8 to code points; invalid bytes become U+FFFD.
std::vector<UChar32> code_points(std::string_view s) {
  std::vector<UChar32> out;
  out.reserve(s.size());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : c);
  }
  return out;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) != 0; }

}  // namespace

std::string normalize_key(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::UnicodeString src =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded;
  status = U_ZERO_ERROR;
  if (norm != nullptr) folded = norm->normalize(src, status);
  if (norm == nullptr || U_FAILURE(status)) folded = icu::UnicodeString(src).foldCase();

  icu::UnicodeString collapsed;
  bool pending_space = false;
  for (int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (is_space(c)) {
      pending_space = !collapsed.isEmpty();
      continue;
    }
    if (pending_space) collapsed.append(static_cast<UChar>(u' '));
    pending_space = false;
    collapsed.append(c);
  }
  std::string out;
  collapsed.toUTF8String(out);
  return out;
}

bool is_valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

int display_width(std::string_view text) {
  int width = 0;
  for (UChar32 c : code_points(text)) {
    const auto gc = u_charType(c);
    if (gc == U_NON_SPACING_MARK || gc == U_ENCLOSING_MARK || gc == U_CONTROL_CHAR ||
        c == 0x200B) {
      continue;
    }
    const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

std::string pad_right(std::string_view text, int width) {
  std::string out(text);
  const int w = display_width(text);
  if (w < width) out.append(static_cast<size_t>(width - w), ' ');
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  const auto x = code_points(a);
  const auto y = code_points(b);
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

std::string trim(std::string_view text) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t begin = 0;
  while (begin < n) {
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    if (c < 0 || !is_space(c)) break;
    begin = next;
  }
  int32_t end = n;
  while (end > begin) {
    int32_t prev = end;
    UChar32 c;
    U8_PREV(p, 0, prev, c);
    if (c < 0 || !is_space(c)) break;
    end = prev;
  }
  return std::string(text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin)));
}

std::vector<std::string> split_any(std::string_view text, const std::vector<std::string>& seps) {
  std::vector<std::string> out;
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t matched = 0;
    for (const auto& sep : seps) {
      if (!sep.empty() && text.compare(i, sep.size(), sep) == 0 && sep.size() > matched) {
        matched = sep.size();
      }
    }
    if (matched > 0) {
      out.push_back(trim(text.substr(start, i - start)));
      i += matched;
      start = i;
    } else {
      ++i;
    }
  }
  out.push_back(trim(text.substr(start)));
  return out;
}

std::string strip_numbering(std::string_view text) {
  const std::string t = trim(text);
  const auto* p = reinterpret_cast<const uint8_t*>(t.data());
  const auto n = static_cast<int32_t>(t.size());
  int32_t i = 0;
  int digits = 0;
  while (i < n) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    if (c < 0 || !u_isdigit(c)) break;
    ++digits;
    i = next;
  }
  if (digits == 0 || i >= n) return t;
  int32_t next = i;
  UChar32 c;
  U8_NEXT(p, next, n, c);
  if (c != '.' && c != ')' && c != 0xFF0E && c != 0xFF09 && c != 0x3001) return t;
  return trim(std::string_view(t).substr(static_cast<size_t>(next)));
}

}  // namespace careergraph::graph
