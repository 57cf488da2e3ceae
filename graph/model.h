// The domain model: roles, skills, learning items and what a guide says. Plain data;
// CareerGraph (career_graph.h) owns it and connects roles by transitions.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/error.h"

namespace careergraph::graph {

using SkillIndex = std::size_t;
using LearningIndex = std::size_t;
using GuideIndex = std::size_t;

// A role needs a skill, with an importance (guides: 1; taxonomies: their scale) and a level
// where the source states one.
struct SkillLink {
  SkillIndex skill = 0;
  double importance = 1.0;
  std::optional<double> level;
  Evidence source;
  std::vector<std::string> flags = {};  // source-specific marks, e.g. O*NET "hot technology"
};

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

struct SkillLevel {
  SkillIndex skill = 0;
  std::optional<double> level;
};

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

struct Guide {
  std::string file;
  std::string slug;
  std::string role_id;  // slug minus _career_guide / _guide
  std::string title;
  std::string name;                  // title minus suffix and parenthetical
  std::vector<std::string> aliases;  // from the title's parenthetical
  std::string category;
  std::string meta_description;
  std::string thumbnail;
  std::vector<std::string> tags;
  std::vector<std::string> keywords;
  std::map<std::string, std::string> metadata;  // unknown front-matter keys, as YAML text
  std::vector<RelatedJob> related_jobs;
  int title_line = 0;
  std::vector<Interned> sections_found;  // section kinds present, in order
  std::vector<TextLine> duties;
  std::vector<SkillBullet> skills;
  std::vector<Collaborator> collaborators;
  std::vector<Chain> chains;
  std::vector<TextLine> outlook;
  std::vector<LearningGroup> learning;
  std::vector<InterviewQuestion> interview;
};

}  // namespace careergraph::graph
