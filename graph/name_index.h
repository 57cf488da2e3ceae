// Name resolution (DESIGN §5): a query matches an entity's id, slug, names and aliases after
// normalisation (NFKC + case folding + whitespace collapse). No match gives suggestions by
// edit distance; a key shared by several entities is ambiguous, unless exactly one of them holds
// it as a primary key (its id or one of its names): then that one wins over the others' aliases.
// Taxonomies need this: O*NET's 56k alternate titles share keys between occupations
// ("Software Developer" is an alternate title of several), yet "Software Developers", the
// name of 15-1252.00, must resolve.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/id_index.h"

namespace careergraph::graph {

struct Resolution {
  enum class Status { kFound, kUnknown, kAmbiguous };
  Status status = Status::kUnknown;
  std::size_t index = 0;                 // when kFound
  std::vector<std::size_t> candidates;   // when kAmbiguous: every entity sharing the key;
                                         // when kUnknown: up to 5 suggestions, closest first
  bool found() const { return status == Status::kFound; }
};

class NameIndex {
 public:
  enum Kind { kAlias, kPrimary };

  // Registers `name` as a key of entity `index`: kPrimary for ids and names, kAlias for the
  // rest. Registering the same pair twice is harmless; a pair registered as both is primary.
  void add(std::string_view name, std::size_t index, Kind kind = kAlias);

  // Exact lookup of a query: one entity holds the key, or one entity holds it as a primary key.
  // Complexity: O(|query|) to normalise plus one hash lookup; on a
  // miss, O(K·|query|·|key|) over the K keys to rank suggestions.
  Resolution resolve(std::string_view query) const;

  // Entities registered under the normalised key of `name` (empty when none), in registration
  // order; valid until the next add().
  std::span<const std::size_t> lookup(std::string_view name) const;

  std::size_t size() const { return keys_.size(); }

 private:
  // A key's text is in text_; nearly every key names one entity, held here. Keys several
  // entities share keep their lists in shared_. A 10k-guide corpus has ~40,000 role keys: as
  // an unordered_map of strings to two vectors they took ~6 MB, ~150 bytes a key; this is ~60.
  struct Key {
    std::uint32_t offset = 0, length = 0;  // in text_
    std::uint32_t shared = 0;              // 0: one entity, `one`; else 1 + index in shared_
    bool primary = false;                  // `one` holds the key as a primary key
    std::size_t one = 0;
  };
  struct Shared {
    std::vector<std::size_t> all;      // every entity with the key, in registration order
    std::vector<std::size_t> primary;  // those holding it as an id or name
  };
  std::string_view text(std::size_t k) const { return {text_.data() + keys_[k].offset, keys_[k].length}; }
  std::span<const std::size_t> all(std::size_t k) const;
  std::span<const std::size_t> primary(std::size_t k) const;
  std::optional<std::size_t> find(std::string_view key) const;

  std::string text_;
  std::vector<Key> keys_;
  std::vector<Shared> shared_;
  IdIndex index_;  // key text -> index in keys_
};

}  // namespace careergraph::graph
