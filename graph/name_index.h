// Name resolution (DESIGN §5): a query matches an entity's id, slug, names and aliases after
// normalisation (NFKC + case folding + whitespace collapse). No match gives suggestions by
// edit distance; a key shared by several entities is ambiguous, unless exactly one of them holds
// it as a primary key (its id or one of its names): then that one wins over the others' aliases.
// Taxonomies need this: O*NET's 56k alternate titles share keys between occupations
// ("Software Developer" is an alternate title of several), yet "Software Developers", the
// name of 15-1252.00, must resolve.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

  // Entities registered under the normalised key of `name` (empty when none).
  const std::vector<std::size_t>& lookup(std::string_view name) const;

  std::size_t size() const { return keys_.size(); }

 private:
  struct Entry {
    std::vector<std::size_t> all;      // every entity with the key, in registration order
    std::vector<std::size_t> primary;  // those holding it as an id or name
  };
  std::unordered_map<std::string, Entry> keys_;
};

}  // namespace careergraph::graph
