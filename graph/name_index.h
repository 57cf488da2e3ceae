// Name resolution (DESIGN §5): a query matches an entity's id, slug, names and aliases after
// normalisation (NFKC + case folding + whitespace collapse). No match gives suggestions by
// edit distance; a key shared by several entities is ambiguous.
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
  // Registers `name` as a key of entity `index`. Registering the same pair twice is harmless.
  void add(std::string_view name, std::size_t index);

  // Exact lookup of a query. Complexity: O(|query|) to normalise plus one hash lookup; on a
  // miss, O(K·|query|·|key|) over the K keys to rank suggestions.
  Resolution resolve(std::string_view query) const;

  // Entities registered under the normalised key of `name` (empty when none).
  const std::vector<std::size_t>& lookup(std::string_view name) const;

  std::size_t size() const { return keys_.size(); }

 private:
  std::unordered_map<std::string, std::vector<std::size_t>> keys_;
};

}  // namespace careergraph::graph
