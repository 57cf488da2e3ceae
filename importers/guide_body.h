// What the join reads of a parsed guide's body — its skill bullets, learning groups, chains and
// related_jobs — packed: every text in one string and small rows pointing into it, a handful of
// allocations where the Guide's vectors of strings take about sixty. A 10k-guide corpus is
// parsed completely before any guide joins the graph (every role must be known first), so
// what waits for the join is the load's heap peak; packed, it is about half the size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace careergraph::importers {

struct GuideBody {
  // Where a text is in `text`.
  struct Text {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
  };
  struct Skill {  // a skill bullet
    Text text;
    graph::Interned kind;
    int line = 0;
  };
  struct Group {  // a learning group: its items are the next `items` of `items`
    Text heading;
    int line = 0;
    std::uint32_t items = 0;
  };
  struct Item {  // a learning bullet
    Text text;
    int line = 0;
  };
  struct Chain {  // its steps are the next `steps` of `steps`
    int line = 0;
    std::uint32_t steps = 0;
  };
  struct Related {  // a related_jobs entry
    Text name;
    int line = 0;
    int column = 0;
  };

  std::string text;
  std::vector<Skill> skills;
  std::vector<Group> groups;
  std::vector<Item> items;
  std::vector<Chain> chains;
  std::vector<Text> steps;  // role names as written; an empty one is a step with no name
  std::vector<Related> related;

  std::string_view view(Text t) const { return std::string_view(text).substr(t.offset, t.size); }
};

// Packs `guide`'s skill bullets, learning groups, chains and related_jobs, in order. Throws
// std::length_error past 4 GiB of text (a guide is at most kMaxGuideBytes, limits.h).
GuideBody pack_body(const graph::Guide& guide);

}  // namespace careergraph::importers
