#include "graph/text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

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

// Unicode White_Space. Every such code point is at most U+3000, so the CJK text of the guides
// (kana and kanji start at U+3041) never reaches ICU's property lookup.
bool is_space(UChar32 c) { return c <= 0x3000 && u_isUWhiteSpace(c) != 0; }

}  // namespace

namespace {

// ASCII needs no Unicode tables: lower-case letters, collapse whitespace, trim. The whitespace
// is Unicode's White_Space in ASCII (tab to carriage return, and space), as on ICU's path.
std::string ascii_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  }
  return out;
}

}  // namespace

std::string normalize_key(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return ascii_key(text);
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string folded;
  status = U_ZERO_ERROR;
  if (norm != nullptr) {
    // normalizeUTF8 works on UTF-8 directly (no UTF-16 round trip); ill-formed input
    // sequences come out as U+FFFD.
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(text.size()));
    norm->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                        nullptr, status);
  }
  if (norm == nullptr || U_FAILURE(status)) {
    folded.clear();
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .foldCase()
        .toUTF8String(folded);
  }
  // Collapse Unicode whitespace (NFKC already mapped U+3000 to a space).
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(folded.size());
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  int32_t run = 0;  // start of the bytes not yet copied to `out`
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const bool space = c >= 0 && is_space(c);
    if (!space && c >= 0 && !pending_space) continue;  // part of the current run
    out.append(folded, static_cast<size_t>(run), static_cast<size_t>(start - run));
    run = i;
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(folded, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
  }
  if (!pending_space) out.append(folded, static_cast<size_t>(run), static_cast<size_t>(n - run));
  return out;
}

bool is_valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (p[i] < 0x80) {
      // Markdown and YAML syntax is ASCII: skip a run of it eight bytes at a time.
      ++i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
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
  // Only bytes that begin some separator need a closer look.
  bool first[256] = {};
  for (const auto& sep : seps) {
    if (!sep.empty()) first[static_cast<unsigned char>(sep[0])] = true;
  }
  std::vector<std::string> out;
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t matched = 0;
    if (first[static_cast<unsigned char>(text[i])]) {
      for (const auto& sep : seps) {
        if (!sep.empty() && sep.size() > matched && text.compare(i, sep.size(), sep) == 0) {
          matched = sep.size();
        }
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
