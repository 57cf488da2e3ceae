#include "importers/guide_body.h"

#include <limits>
#include <stdexcept>

namespace careergraph::importers {
namespace {

// The length of the texts pack_body copies.
std::size_t text_size(const graph::GuideText& text) {
  std::size_t n = 0;
  for (const auto& b : text.skills) n += b.text.size();
  for (const auto& g : text.learning) {
    n += g.heading.size();
    for (const auto& b : g.items) n += b.text.size();
  }
  for (const auto& c : text.chains) {
    for (const auto& s : c.steps) n += s.size();
  }
  for (const auto& r : text.related_jobs) n += r.name.size();
  return n;
}

}  // namespace

GuideBody pack_body(const graph::Guide& guide) {
  const graph::GuideText& text = guide.text();
  GuideBody body;
  const std::size_t total = text_size(text);
  if (total > std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("guide body of " + std::to_string(total) + " bytes");
  }
  body.text.reserve(total);
  auto add = [&](std::string_view s) {
    const GuideBody::Text t{static_cast<std::uint32_t>(body.text.size()),
                            static_cast<std::uint32_t>(s.size())};
    body.text += s;
    return t;
  };
  std::size_t items = 0, steps = 0;
  for (const auto& g : text.learning) items += g.items.size();
  for (const auto& c : text.chains) steps += c.steps.size();
  body.skills.reserve(text.skills.size());
  body.groups.reserve(text.learning.size());
  body.items.reserve(items);
  body.chains.reserve(text.chains.size());
  body.steps.reserve(steps);
  body.related.reserve(text.related_jobs.size());
  for (const auto& b : text.skills) body.skills.push_back({add(b.text), b.kind, b.line});
  for (const auto& g : text.learning) {
    body.groups.push_back({add(g.heading), g.line, static_cast<std::uint32_t>(g.items.size())});
    for (const auto& b : g.items) body.items.push_back({add(b.text), b.line});
  }
  for (const auto& c : text.chains) {
    body.chains.push_back({c.line, static_cast<std::uint32_t>(c.steps.size())});
    for (const auto& s : c.steps) body.steps.push_back(add(s));
  }
  for (const auto& r : text.related_jobs) body.related.push_back({add(r.name), r.line, r.column});
  return body;
}

}  // namespace careergraph::importers
