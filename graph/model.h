// The domain model: roles, skills, learning items and what a guide says. Plain data (but for
// the compact LearningRecord); CareerGraph (career_graph.h) owns it and connects roles by
// transitions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/compact.h"
#include "graph/error.h"

namespace careergraph::graph {

using SkillIndex = std::size_t;
using LearningIndex = std::size_t;
using GuideIndex = std::size_t;

// A role needs a skill, with an importance (guides: 1; taxonomies: their scale) and a level
// where the source states one.
// Layout: a 10k-guide corpus holds ~124,000 links, so they are kept to 48 bytes (were 72):
// `level` is an OptionalDouble (8 bytes, a NaN sentinel for "none", where std::optional<double>
// is 16) and `flags` a FlagList (a pointer to an interned list, 8 bytes, where a vector is 24;
// only O*NET sets flags, and there are a handful of distinct lists). Both read like the
// standard types (compact.h). Evidence keeps its 4 bytes of padding: it is shared with other
// records, and 8 + 8 + 8 + 16 + 8 is 48 with or without them.
struct SkillLink {
  SkillIndex skill = 0;
  double importance = 1.0;
  OptionalDouble level;
  Evidence source;
  FlagList flags = {};  // source-specific marks, e.g. O*NET "hot technology"
};
static_assert(sizeof(void*) != 8 || sizeof(SkillLink) <= 48,
              "SkillLink grew: the 10k corpus has ~124,000 of them");

struct Role {
  std::string id;
  std::string name;     // display name in the guide's language (Japanese for the bundled data)
  std::string name_en;  // English name when known
  std::vector<std::string> aliases;
  Interned track;  // few distinct tracks: interned, not a string per role
  int level = 0;   // 1 follow … 7 set strategy; 0 when unknown
  bool from_vocabulary = false;
  std::vector<SourcePath> sources;  // files that define or extend it
  std::optional<GuideIndex> guide;  // the guide written about it, if any
  std::vector<SkillLink> skills;
  std::string description;          // a taxonomy's summary of the occupation, if any
  std::vector<std::string> same_as;  // ids of the same occupation in other sources (crosswalk)
};

struct Skill {
  std::string id;
  std::string name;
  std::string name_en;
  std::vector<std::string> aliases;
  std::string kind;    // technical / management / business / personal
  std::string parent;  // id of a broader skill, may be empty
  bool in_taxonomy = false;  // false: created from a guide bullet that matched nothing
  Evidence source;
  std::vector<SkillIndex> related;  // skills a taxonomy relates to this one (ESCO skill–skill)
};

// A skill a learning item teaches, to a level where stated. 16 bytes (OptionalDouble, compact.h):
// the learning arena holds one per skill of each of a 10k corpus's 90,000 items.
struct SkillLevel {
  SkillIndex skill = 0;
  OptionalDouble level;
};
static_assert(sizeof(void*) != 8 || sizeof(SkillLevel) == 16);

// A learning item as the importers make it and pass it to CareerGraph::add_learning.
struct LearningItem {
  std::string id;
  std::string name;
  std::string name_en;
  Interned kind;  // course / book / certification / practice / guide
  std::vector<SkillLevel> skills;
  double effort_hours = 0;
  std::vector<std::string> prerequisites;  // learning ids
  Evidence source;
};

class Arena;  // graph/arena.h

// A learning item as the graph stores it (CareerGraph::learning()): the same fields, read
// through accessors. Its strings and lists are one block in an arena (the id, names and
// prerequisites' text after the skill and prerequisite arrays), and the record holds where the
// block is and the sizes of its parts: 56 bytes and no allocation of its own, where a
// LearningItem is 176 bytes and three heap blocks (a 10k-guide corpus has 90,000 items).
// Valid as long as the arena is.
class LearningRecord {
 public:
  LearningRecord() = default;
  // Copies `item`'s strings and lists into `arena`. Throws std::length_error for a string or
  // list of 2^32 or more.
  LearningRecord(const LearningItem& item, Arena& arena);

  std::string_view id() const { return {text(), id_size_}; }
  std::string_view name() const { return {text() + id_size_, name_size_}; }
  std::string_view name_en() const { return {text() + id_size_ + name_size_, name_en_size_}; }
  const Interned& kind() const { return kind_; }
  std::span<const SkillLevel> skills() const;
  double effort_hours() const { return effort_hours_; }
  std::span<const std::string_view> prerequisites() const;  // learning ids
  Evidence source() const { return {source_file_, source_line_}; }

 private:
  std::size_t prerequisites_offset() const { return skill_count_ * sizeof(SkillLevel); }
  std::size_t text_offset() const {
    return prerequisites_offset() + prerequisite_count_ * sizeof(std::string_view);
  }
  const char* text() const { return reinterpret_cast<const char*>(block_) + text_offset(); }

  const std::byte* block_ = nullptr;  // in the arena; null when every part is empty
  Interned kind_;
  Interned source_file_;
  double effort_hours_ = 0;
  std::uint32_t id_size_ = 0;
  std::uint32_t name_size_ = 0;
  std::uint32_t name_en_size_ = 0;
  std::uint32_t skill_count_ = 0;
  std::uint32_t prerequisite_count_ = 0;
  int source_line_ = 0;
};

// What a guide says, kept as written for `show`. Lines are lines of the guide file.
struct TextLine {
  std::string text;
  int line = 0;
};

struct Collaborator {
  std::string who;
  std::string what;
  int line = 0;
};

struct SkillBullet {
  std::string text;
  Interned kind;  // technical / management / other
  int line = 0;
  std::vector<SkillIndex> skills;  // filled when the guide joins the graph
};

struct LearningBullet {
  std::string text;
  int line = 0;
  std::optional<LearningIndex> item;  // filled when the guide joins the graph
};

struct LearningGroup {
  std::string heading;
  int line = 0;
  std::vector<LearningBullet> items;
};

struct Chain {
  std::vector<std::string> steps;  // role names as written
  int line = 0;
};

struct InterviewQuestion {
  int number = 0;
  std::string question;
  std::vector<std::string> answer_points;
  int line = 0;
};

struct RelatedJob {
  std::string name;
  int line = 0;
  int column = 0;
};

// What a guide says beyond its identity, as written: the front matter's page fields, and the
// body's bullets, chains and prose. Only `show` reads all of it, and `lint` the bullets, chains,
// related_jobs and learning groups; a lean load (LoadOptions::prose and ::guide_text false, every
// other command) keeps none of it.
struct GuideText {
  std::string meta_description;
  std::string thumbnail;
  std::vector<std::string> tags;
  std::vector<std::string> keywords;
  std::map<std::string, std::string> metadata;  // unknown front-matter keys, as YAML text
  std::vector<RelatedJob> related_jobs;
  std::vector<TextLine> duties;
  std::vector<SkillBullet> skills;
  std::vector<Collaborator> collaborators;
  std::vector<Chain> chains;
  std::vector<TextLine> outlook;
  std::vector<LearningGroup> learning;
  std::vector<InterviewQuestion> interview;

  // Whether every field is empty.
  bool empty() const;
};

// A guide: its identity, always kept, and its text (GuideText), out of line. The graph keeps
// one per guide file (10,000 in a 10k corpus), and a lean load keeps only the identity and the
// counts of its skill bullets: with the text inline a Guide was 600 bytes, nearly all of them
// empty strings, vectors and a map; now it is 240 bytes and a pointer to the text that is null
// when the guide has none (the parser leaves it null when it read nothing of it; a lean load
// frees it on the parsing thread, once the join's part is packed: importers::pack_body). The
// file is the interned SourcePath that the graph's evidence points to as well.
//
// Read the text with text() (an empty GuideText when there is none) and write it with
// text_mut() (which allocates it on first use) or set_text(). A copy of a Guide copies its text
// (deep: the copies are independent); a move moves the pointer.
struct Guide {
  SourcePath file;
  std::string slug;
  std::string role_id;  // slug minus _career_guide / _guide
  std::string title;
  std::string name;  // title minus suffix and parenthetical
  std::string category;
  // From the title's parenthetical. Kept beside the identity: the join's first phase reads
  // them after the rest of the text has gone (a lean load drops them as the guide joins).
  std::vector<std::string> aliases;
  std::vector<Interned> sections_found;  // section kinds present, in order
  int title_line = 0;
  // Counted when the guide joins the graph, so that they outlive the bullets (a lean load,
  // LoadOptions::guide_text false, drops them): skill bullets written, and how many of them
  // matched a taxonomy skill.
  std::uint32_t skill_bullets = 0;
  std::uint32_t skill_bullets_matched = 0;

  const GuideText& text() const { return text_.p ? *text_.p : empty_text(); }
  GuideText& text_mut() {
    if (!text_.p) text_.p = std::make_unique<GuideText>();
    return *text_.p;
  }
  bool has_text() const { return text_.p != nullptr; }
  // Keeps `text`, or nothing when it is empty.
  void set_text(GuideText text) {
    text_.p = text.empty() ? nullptr : std::make_unique<GuideText>(std::move(text));
  }
  // Frees the text when every field of it is empty.
  void drop_empty_text() {
    if (text_.p && text_.p->empty()) text_.p.reset();
  }

 private:
  static const GuideText& empty_text();

  // A unique_ptr that copies what it points to.
  struct TextPtr {
    std::unique_ptr<GuideText> p;
    TextPtr() = default;
    TextPtr(const TextPtr& other) : p(other.p ? std::make_unique<GuideText>(*other.p) : nullptr) {}
    TextPtr(TextPtr&&) noexcept = default;
    TextPtr& operator=(const TextPtr& other) {
      if (this != &other) p = other.p ? std::make_unique<GuideText>(*other.p) : nullptr;
      return *this;
    }
    TextPtr& operator=(TextPtr&&) noexcept = default;
    ~TextPtr() = default;
  };
  TextPtr text_;
};

}  // namespace careergraph::graph
