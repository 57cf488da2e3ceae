#include "graph/model.h"

#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>
#include <type_traits>

#include "graph/arena.h"

namespace careergraph::graph {
namespace {

static_assert(sizeof(void*) != 8 || sizeof(LearningRecord) == 56,
              "LearningRecord grew: the 10k corpus has 90,000 of them");
static_assert(sizeof(void*) != 8 || sizeof(Guide) <= 240,
              "Guide grew: the graph keeps one per guide file (10,000 in the 10k corpus), and a "
              "lean load nothing else of it");
static_assert(std::is_nothrow_move_constructible_v<Guide> &&
                  std::is_nothrow_move_assignable_v<Guide>,
              "vector<Guide> would copy guides when it grows");
static_assert(std::is_trivially_copyable_v<SkillLevel> &&
              std::is_trivially_copyable_v<std::string_view>);
static_assert(alignof(std::string_view) <= alignof(SkillLevel));

std::uint32_t size32(std::size_t n) {
  if (n > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("learning item field of " + std::to_string(n) + " elements");
  }
  return static_cast<std::uint32_t>(n);
}

}  // namespace

LearningRecord::LearningRecord(const LearningItem& item, Arena& arena)
    : kind_(item.kind),
      source_file_(item.source.file),
      effort_hours_(item.effort_hours),
      id_size_(size32(item.id.size())),
      name_size_(size32(item.name.size())),
      name_en_size_(size32(item.name_en.size())),
      skill_count_(size32(item.skills.size())),
      prerequisite_count_(size32(item.prerequisites.size())),
      source_line_(item.source.line) {
  std::size_t text_size = item.id.size() + item.name.size() + item.name_en.size();
  for (const auto& p : item.prerequisites) text_size += p.size();
  size32(text_size);
  auto* block = static_cast<std::byte*>(arena.allocate(text_offset() + text_size,
                                                       alignof(SkillLevel)));
  if (block == nullptr) return;  // nothing to store
  block_ = block;
  std::uninitialized_copy(item.skills.begin(), item.skills.end(),
                          reinterpret_cast<SkillLevel*>(block));
  char* text = reinterpret_cast<char*>(block) + text_offset();
  auto put = [&text](const std::string& s) {
    const std::string_view stored(text, s.size());
    if (!s.empty()) std::memcpy(text, s.data(), s.size());
    text += s.size();
    return stored;
  };
  put(item.id);
  put(item.name);
  put(item.name_en);
  auto* prerequisites = reinterpret_cast<std::string_view*>(block + prerequisites_offset());
  for (const auto& p : item.prerequisites) ::new (prerequisites++) std::string_view(put(p));
}

std::span<const SkillLevel> LearningRecord::skills() const {
  if (skill_count_ == 0) return {};
  return {std::launder(reinterpret_cast<const SkillLevel*>(block_)), skill_count_};
}

std::span<const std::string_view> LearningRecord::prerequisites() const {
  if (prerequisite_count_ == 0) return {};
  return {std::launder(reinterpret_cast<const std::string_view*>(block_ + prerequisites_offset())),
          prerequisite_count_};
}

bool GuideText::empty() const {
  return meta_description.empty() && thumbnail.empty() && tags.empty() && keywords.empty() &&
         metadata.empty() && related_jobs.empty() && duties.empty() && skills.empty() &&
         collaborators.empty() && chains.empty() && outlook.empty() && learning.empty() &&
         interview.empty();
}

const GuideText& Guide::empty_text() {
  static const GuideText empty;
  return empty;
}

}  // namespace careergraph::graph
