#include "importers/guide_parser.h"

#include <md4c.h>

#include <algorithm>

#include "graph/text.h"
#include "importers/front_matter.h"
#include "importers/limits.h"
#include "importers/yaml_util.h"

namespace careergraph::importers {

using graph::Diagnostic;
using graph::Severity;

const std::vector<std::string>& chain_arrows() {
  static const std::vector<std::string> kArrows = {"→", "⇒", "➔", "➡", "➜", "⟶", "->", "=>"};
  return kArrows;
}

std::string role_id_from_slug(std::string_view slug) {
  std::string s = graph::trim(slug);
  for (std::string_view suffix : {"_career_guide", "-career-guide", "_guide", "-guide"}) {
    if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
      s.resize(s.size() - suffix.size());
      break;
    }
  }
  return s;
}

namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    auto a = static_cast<unsigned char>(s[s.size() - suffix.size() + i]);
    auto b = static_cast<unsigned char>(suffix[i]);
    if (std::tolower(a) != std::tolower(b)) return false;
  }
  return true;
}

}  // namespace

std::pair<std::string, std::vector<std::string>> split_title(std::string_view title) {
  std::string t = graph::trim(title);
  for (std::string_view suffix :
       {"のプロジェクトポジション", "のキャリアガイド", "キャリアガイド", "career guide"}) {
    if (ends_with_ci(t, suffix) && t.size() > suffix.size()) {
      t = graph::trim(std::string_view(t).substr(0, t.size() - suffix.size()));
      break;
    }
  }
  std::vector<std::string> aliases;
  // A trailing parenthetical, full-width or ASCII, holds aliases.
  const std::string_view kOpenFw = "（", kCloseFw = "）";
  size_t close_len = 0;
  if (t.size() >= kCloseFw.size() && t.compare(t.size() - kCloseFw.size(), kCloseFw.size(), kCloseFw) == 0) {
    close_len = kCloseFw.size();
  } else if (!t.empty() && t.back() == ')') {
    close_len = 1;
  }
  if (close_len > 0) {
    int depth = 0;
    size_t i = t.size();
    while (i > 0) {
      --i;
      const std::string_view rest = std::string_view(t).substr(i);
      const bool is_close = rest.rfind(kCloseFw, 0) == 0 || rest.front() == ')';
      const bool is_open = rest.rfind(kOpenFw, 0) == 0 || rest.front() == '(';
      if (is_close) ++depth;
      if (is_open && --depth == 0) {
        const size_t open_len = rest.front() == '(' ? 1 : kOpenFw.size();
        const std::string inside = t.substr(i + open_len, t.size() - close_len - i - open_len);
        std::string name = graph::trim(std::string_view(t).substr(0, i));
        for (auto& a : graph::split_any(inside, {",", "、", "，"})) {
          if (!a.empty()) aliases.push_back(std::move(a));
        }
        if (name.empty() && !aliases.empty()) {
          name = aliases.front();
          aliases.erase(aliases.begin());
        }
        return {name, aliases};
      }
    }
  }
  return {t, aliases};
}

namespace {

// ---- Markdown body: md4c callbacks flatten the document into blocks with file lines. ----

struct Block {
  enum Kind { kHeading, kItem, kPara } kind = kPara;
  int level = 0;  // heading level, or list depth for items (1 = top level)
  bool ordered = false;
  int number = 0;
  int line = 0;
  std::string text;
};

struct MdState {
  const char* begin = nullptr;
  const char* end = nullptr;
  int first_line = 1;
  std::vector<size_t> line_starts;  // offsets of line starts in [begin, end)
  std::vector<Block> blocks;
  std::vector<int> targets;  // block receiving text; -1 ignores text (code, tables, quotes)
  struct List {
    bool ordered;
    int next;
  };
  std::vector<List> lists;
  int last_line = 1;

  int line_of(const char* p) const {
    const auto off = static_cast<size_t>(p - begin);
    const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), off);
    return first_line + static_cast<int>(it - line_starts.begin()) - 1;
  }
  int push_block(Block b) {
    b.line = 0;
    blocks.push_back(std::move(b));
    return static_cast<int>(blocks.size()) - 1;
  }
};

int on_enter(MD_BLOCKTYPE type, void* detail, void* userdata) {
  auto& st = *static_cast<MdState*>(userdata);
  switch (type) {
    case MD_BLOCK_DOC:
      return 0;
    case MD_BLOCK_H: {
      Block b;
      b.kind = Block::kHeading;
      b.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
      st.targets.push_back(st.push_block(std::move(b)));
      return 0;
    }
    case MD_BLOCK_UL:
      st.lists.push_back({false, 0});
      st.targets.push_back(-1);
      return 0;
    case MD_BLOCK_OL:
      st.lists.push_back(
          {true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start)});
      st.targets.push_back(-1);
      return 0;
    case MD_BLOCK_LI: {
      Block b;
      b.kind = Block::kItem;
      b.level = static_cast<int>(st.lists.size());
      if (!st.lists.empty()) {
        b.ordered = st.lists.back().ordered;
        if (b.ordered) b.number = st.lists.back().next++;
      }
      st.targets.push_back(st.push_block(std::move(b)));
      return 0;
    }
    case MD_BLOCK_P: {
      const int top = st.targets.empty() ? -1 : st.targets.back();
      if (top >= 0 && st.blocks[static_cast<size_t>(top)].kind == Block::kItem) {
        auto& item = st.blocks[static_cast<size_t>(top)];
        if (!item.text.empty()) item.text += ' ';
        st.targets.push_back(top);
      } else if (top == -1 && !st.lists.empty()) {
        st.targets.push_back(-1);
      } else {
        st.targets.push_back(st.push_block(Block{}));
      }
      return 0;
    }
    default:  // code, HTML, tables, quotes, rules: not read
      st.targets.push_back(-1);
      return 0;
  }
}

int on_leave(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
  auto& st = *static_cast<MdState*>(userdata);
  if (type == MD_BLOCK_DOC) return 0;
  if (!st.targets.empty()) st.targets.pop_back();
  if ((type == MD_BLOCK_UL || type == MD_BLOCK_OL) && !st.lists.empty()) st.lists.pop_back();
  return 0;
}

int on_span(MD_SPANTYPE /*type*/, void* /*detail*/, void* /*userdata*/) { return 0; }

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  auto& st = *static_cast<MdState*>(userdata);
  const bool in_doc = text >= st.begin && text < st.end;
  if (in_doc) st.last_line = st.line_of(text);
  if (st.targets.empty() || st.targets.back() < 0) return 0;
  Block& b = st.blocks[static_cast<size_t>(st.targets.back())];
  if (b.line == 0) b.line = st.last_line;
  switch (type) {
    case MD_TEXT_NULLCHAR:
      b.text += "\xEF\xBF\xBD";
      break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      b.text += ' ';
      break;
    default:
      b.text.append(text, size);
  }
  return 0;
}

std::vector<Block> parse_markdown(std::string_view body, int first_line) {
  MdState st;
  st.begin = body.data();
  st.end = body.data() + body.size();
  st.first_line = first_line;
  st.last_line = first_line;
  st.line_starts.push_back(0);
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\n') st.line_starts.push_back(i + 1);
  }
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = on_enter;
  parser.leave_block = on_leave;
  parser.enter_span = on_span;
  parser.leave_span = on_span;
  parser.text = on_text;
  md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &st);
  for (auto& b : st.blocks) b.text = graph::trim(b.text);
  return std::move(st.blocks);
}

// ---- interpretation of the flattened body ----

// 1-based code-point column of byte offset `byte` in `line`.
int column_at(std::string_view line, size_t byte) {
  int col = 1;
  for (size_t i = 0; i < byte && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  }
  return col;
}

// Columns of every arrow on a raw line, left to right.
std::vector<int> arrow_columns(std::string_view line) {
  std::vector<int> cols;
  size_t i = 0;
  while (i < line.size()) {
    size_t len = 0;
    for (const auto& a : chain_arrows()) {
      if (line.compare(i, a.size(), a) == 0) len = std::max(len, a.size());
    }
    if (len > 0) {
      cols.push_back(column_at(line, i));
      i += len;
    } else {
      ++i;
    }
  }
  return cols;
}

bool has_arrow(std::string_view text) {
  return std::any_of(chain_arrows().begin(), chain_arrows().end(),
                     [&](const std::string& a) { return text.find(a) != std::string_view::npos; });
}

class BodyReader {
 public:
  BodyReader(std::string_view file, const std::vector<std::string_view>& lines,
             const SectionTable& sections, bool prose, graph::Guide& guide, graph::GuideText& text,
             graph::Diagnostics& diags)
      : file_(file),
        lines_(lines),
        sections_(sections),
        prose_(prose),
        g_(guide),
        t_(text),
        diags_(diags) {}

  void read(const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
      if (b.kind == Block::kHeading) {
        heading(b);
      } else if (!skipping_ && b.kind == Block::kItem) {
        item(b);
      }
    }
  }

 private:
  void heading(const Block& b) {
    if (skipping_ && b.level <= skip_level_) skipping_ = false;
    if (skipping_) return;
    const std::string h = graph::strip_numbering(b.text);
    const std::string key = graph::normalize_key(h);
    if (sections_.is_skip_key(key)) {
      skipping_ = true;
      skip_level_ = b.level;
      return;
    }
    if (b.level <= 2) {
      section_ = sections_.section_of_key(key);
      subsection_.clear();
      if (!section_.empty() &&
          std::find(g_.sections_found.begin(), g_.sections_found.end(), section_) ==
              g_.sections_found.end()) {
        g_.sections_found.push_back(section_);
      }
      return;
    }
    if (section_ == "skills") subsection_ = sections_.subsection_of_key(key);
    if (section_ == "learning") t_.learning.push_back({h, b.line, {}});
  }

  void item(const Block& b) {
    if (b.text.empty() && section_ != "career") return;
    // Each item read becomes graph data (skills, learning items, diagnostics): bounded per
    // guide (docs/errors.md).
    if (!section_.empty() && ++items_ > kMaxListItems) {
      if (items_ == kMaxListItems + 1) {
        error(b.line, 0, "too-many-items",
              "more than " + std::to_string(kMaxListItems) +
                  " list items in one guide; this one and the rest are not read");
      }
      return;
    }
    if (section_ == "duties") {
      if (prose_) t_.duties.push_back({b.text, b.line});
    } else if (section_ == "skills") {
      t_.skills.push_back({b.text, subsection_.empty() ? "other" : subsection_, b.line, {}});
    } else if (section_ == "collaboration") {
      if (prose_) collaborator(b);
    } else if (section_ == "career") {
      if (has_arrow(b.text)) chain(b);
    } else if (section_ == "outlook") {
      if (prose_) t_.outlook.push_back({b.text, b.line});
    } else if (section_ == "learning") {
      if (t_.learning.empty()) t_.learning.push_back({"", b.line, {}});
      t_.learning.back().items.push_back({b.text, b.line, std::nullopt});
    } else if (section_ == "interview") {
      if (prose_) interview(b);
    }
  }

  void collaborator(const Block& b) {
    for (std::string_view colon : {"：", ":"}) {
      const size_t pos = b.text.find(colon);
      if (pos != std::string::npos) {
        t_.collaborators.push_back(
            {graph::trim(std::string_view(b.text).substr(0, pos)),
             graph::trim(std::string_view(b.text).substr(pos + colon.size())), b.line});
        return;
      }
    }
    t_.collaborators.push_back({b.text, "", b.line});
  }

  void chain(const Block& b) {
    graph::Chain c;
    c.steps = graph::split_any(b.text, chain_arrows());
    c.line = b.line;
    // Joining the graph costs a scan of a role's moves per move (docs/errors.md): keep a hub
    // role in thousands of chains out.
    if ((chain_steps_ += c.steps.size()) > kMaxChainSteps) {
      if (!chain_limit_reported_) {
        error(b.line, 0, "too-many-chains",
              "more than " + std::to_string(kMaxChainSteps) +
                  " career chain steps in one guide; this chain and the rest are not read");
      }
      chain_limit_reported_ = true;
      return;
    }
    // Arrow columns are only for error messages: found on the first error.
    std::optional<std::vector<int>> arrows;
    auto arrow_col = [&](size_t k) {
      if (!arrows) {
        const std::string_view raw =
            b.line >= 1 && static_cast<size_t>(b.line) <= lines_.size() ? lines_[b.line - 1] : "";
        arrows = arrow_columns(raw);
      }
      return k < arrows->size() ? (*arrows)[k] : 1;
    };
    std::vector<std::string> keys;  // normalised steps, each computed once
    keys.reserve(c.steps.size());
    for (const auto& step : c.steps) keys.push_back(step.empty() ? std::string() : graph::normalize_key(step));
    for (size_t i = 0; i < c.steps.size(); ++i) {
      if (c.steps[i].empty()) {
        error(b.line, arrow_col(i == 0 ? 0 : i - 1), "chain-empty-step",
              i + 1 == c.steps.size() ? "career chain ends in an arrow with no role after it"
              : i == 0               ? "career chain starts with an arrow with no role before it"
                                     : "career chain has an empty step between two arrows");
      } else if (i + 1 < c.steps.size() && !c.steps[i + 1].empty() && keys[i] == keys[i + 1]) {
        error(b.line, arrow_col(i), "chain-self-loop",
              "career chain moves from '" + c.steps[i] + "' to itself");
      }
    }
    t_.chains.push_back(std::move(c));
  }

  void interview(const Block& b) {
    const bool labelled = sections_.strip_answer_label(b.text) != graph::trim(b.text);
    const bool is_answer = labelled || b.level >= 2;
    if (is_answer && !t_.interview.empty()) {
      for (auto& p : graph::split_any(sections_.strip_answer_label(b.text), {"、", "，", "; ", ", "})) {
        if (!p.empty()) t_.interview.back().answer_points.push_back(std::move(p));
      }
      return;
    }
    if (is_answer) return;
    graph::InterviewQuestion q;
    q.number = b.ordered ? b.number : static_cast<int>(t_.interview.size()) + 1;
    q.question = b.text;
    q.line = b.line;
    t_.interview.push_back(std::move(q));
  }

  void error(int line, int col, std::string code, std::string message) {
    diags_.push_back({std::string(file_), line, col, Severity::kError, std::move(code),
                      std::move(message)});
  }

  std::string_view file_;
  const std::vector<std::string_view>& lines_;
  const SectionTable& sections_;
  bool prose_;  // keep duties, collaborators, outlook, interview (only `show` prints them)
  graph::Guide& g_;  // sections_found
  graph::GuideText& t_;
  graph::Diagnostics& diags_;
  std::string section_;
  std::string subsection_;
  bool skipping_ = false;
  int skip_level_ = 0;
  std::size_t chain_steps_ = 0;
  bool chain_limit_reported_ = false;
  std::size_t items_ = 0;
};

// ---- front matter ----

class FrontMatterReader {
 public:
  FrontMatterReader(std::string_view file, int first_line, bool keep_page_fields, graph::Guide& g,
                    graph::GuideText& text, graph::Diagnostics& d)
      : file_(file), first_line_(first_line), g_(g), t_(text), diags_(d), keep_(keep_page_fields) {}

  // Returns false when the role identity (title, slug) could not be read.
  bool read(const YamlNode& root) {
    if (!root.is_map()) {
      diags_.push_back(node_error(file_, root, "front-matter-shape",
                                  root.is_null() ? "front matter is empty"
                                                : "front matter must be a mapping of keys to values"));
      return false;
    }
    bool ok = true;
    for (const auto& [k, v] : root.entries()) {
      const std::string& key = k.scalar();
      if (key == "title") {
        ok &= read_string(v, key, g_.title);
        g_.title_line = line_of(v);
      } else if (key == "slug") {
        ok &= read_string(v, key, g_.slug);
      } else if (key == "category") {
        read_string(v, key, g_.category);
      } else if (key == "meta_description") {
        read_string(v, key, keep_ ? t_.meta_description : dropped_text_);
      } else if (key == "thumbnail") {
        read_string(v, key, keep_ ? t_.thumbnail : dropped_text_);
      } else if (key == "tags") {
        read_list(v, key, keep_ ? t_.tags : dropped_list_);
      } else if (key == "keywords") {
        read_list(v, key, keep_ ? t_.keywords : dropped_list_);
      } else if (key == "related_jobs") {
        related(v);
        if (t_.related_jobs.size() > kMaxRelatedJobs) {  // as for chains (docs/errors.md)
          error(v, "too-many-related-jobs",
                "more than " + std::to_string(kMaxRelatedJobs) +
                    " related_jobs; only the first " + std::to_string(kMaxRelatedJobs) + " are read");
          t_.related_jobs.resize(kMaxRelatedJobs);
        }
      } else if (keep_) {
        t_.metadata[key] = std::string(v.source());
      }
    }
    if (g_.title.empty()) {
      error(root, "missing-title", "front matter has no 'title'");
      ok = false;
    }
    if (g_.slug.empty()) {
      error(root, "missing-slug", "front matter has no 'slug'");
      ok = false;
    }
    return ok;
  }

 private:
  int line_of(const YamlNode& n) const { return n.line() != 0 ? n.line() : first_line_; }
  void error(const YamlNode& n, std::string code, std::string message) {
    diags_.push_back(node_error(file_, n, std::move(code), std::move(message)));
  }
  bool read_string(const YamlNode& v, const std::string& key, std::string& out) {
    if (auto s = scalar(v)) {
      out = graph::trim(*s);
      return true;
    }
    error(v, "field-type", "'" + key + "' must be a string");
    return false;
  }
  void read_list(const YamlNode& v, const std::string& key, std::vector<std::string>& out) {
    if (v.is_null()) return;
    if (auto list = string_list(v)) {
      out = std::move(*list);
    } else {
      error(v, "field-type", "'" + key + "' must be a list of strings or one comma-separated string");
    }
  }
  void related(const YamlNode& v) {
    if (v.is_null()) return;
    if (v.is_scalar()) {
      for (auto& name : graph::split_any(v.scalar(), {",", "、", "，"})) {
        if (!name.empty()) t_.related_jobs.push_back({name, line_of(v), v.column()});
      }
      return;
    }
    if (!v.is_sequence()) {
      error(v, "field-type", "'related_jobs' must be a list of role ids or slugs");
      return;
    }
    for (const auto& item : v.items()) {
      if (!item.is_scalar()) {
        error(item, "field-type", "each 'related_jobs' entry must be a string");
        continue;
      }
      const std::string name = graph::trim(item.scalar());
      if (name.empty()) {
        error(item, "field-type", "'related_jobs' has an empty entry");
        continue;
      }
      t_.related_jobs.push_back({name, line_of(item), item.column()});
    }
  }

  std::string_view file_;
  int first_line_;
  graph::Guide& g_;
  graph::GuideText& t_;
  graph::Diagnostics& diags_;
  // The page fields (meta_description, thumbnail, tags, keywords, other keys) are checked either
  // way, so the diagnostics do not depend on keep_, and kept in the Guide only with
  // GuideParseOptions::prose: no command but `show` loads the whole guide, and routes and
  // rankings never read them (several strings per guide).
  bool keep_;
  std::string dropped_text_;
  std::vector<std::string> dropped_list_;
};

}  // namespace

GuideParse parse_guide(std::string_view file, std::string_view text, const SectionTable& sections,
                       const GuideParseOptions& options) {
  GuideParse out;
  graph::Guide g;
  graph::GuideText said;  // the guide's text, kept when there is some (Guide::set_text)
  g.file = graph::SourcePath(file);
  auto fail = [&](int line, int col, std::string code, std::string message) {
    out.diagnostics.push_back(
        {std::string(file), line, col, Severity::kError, std::move(code), std::move(message)});
  };
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  if (text.size() > kMaxGuideBytes) {
    fail(0, 0, "guide-too-large",
         "guide is " + std::to_string(text.size()) + " bytes; the limit is " +
             std::to_string(kMaxGuideBytes) + "; the file is not read");
    return out;
  }
  if (text.empty() || graph::trim(text).empty()) {
    fail(0, 0, "empty-file", "file is empty");
    return out;
  }
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
    fail(1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(nul), '\n')),
         0, "binary-file", "file contains NUL bytes: not a text guide");
    return out;
  }
  if (!graph::is_valid_utf8(text)) {
    // Report the first line holding a bad sequence.
    int line = 1;
    for (size_t start = 0; start < text.size(); ++line) {
      const size_t end = std::min(text.find('\n', start), text.size());
      if (!graph::is_valid_utf8(text.substr(start, end - start))) break;
      start = end + 1;
    }
    fail(line, 0, "invalid-utf8", "file is not valid UTF-8");
    return out;
  }
  if (auto too_long = check_line_length(file, text)) {
    out.diagnostics.push_back(std::move(*too_long));
    return out;
  }

  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    start = end + 1;
  }

  const FrontMatterSplit split = split_front_matter(text);
  bool identity = true;
  if (!split.has_front_matter) {
    fail(1, 1, "no-front-matter", "no front matter: a guide starts with a '---' line");
    identity = false;
  } else if (!split.closed) {
    fail(1, 1, "unclosed-front-matter", "front matter is not closed: no second '---' line");
    identity = false;
  } else {
    auto yaml = load_yaml(file, split.yaml, split.yaml_first_line);
    if (!yaml) {
      out.diagnostics.push_back(yaml.error());
      identity = false;
    } else {
      identity =
          FrontMatterReader(file, split.yaml_first_line, options.prose, g, said, out.diagnostics)
              .read(*yaml);
    }
  }

  const std::vector<Block> blocks = parse_markdown(split.body, split.body_first_line);
  BodyReader(file, lines, sections, options.prose, g, said, out.diagnostics).read(blocks);

  if (identity) {
    // Kept until the corpus is joined (a 10k corpus has 90,000 bullets): no room to spare.
    said.skills.shrink_to_fit();
    g.set_text(std::move(said));
    g.role_id = role_id_from_slug(g.slug);
    auto [name, aliases] = split_title(g.title);
    g.name = std::move(name);
    g.aliases = std::move(aliases);
    if (g.role_id.empty() || g.name.empty()) {
      fail(g.title_line, 0, "missing-title", "title or slug is empty");
    } else {
      out.guide = std::move(g);
    }
  }
  return out;
}

}  // namespace careergraph::importers
