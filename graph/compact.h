// Small stand-ins for std::optional<double> and std::vector<std::string> in records the graph
// holds by the hundred thousand (SkillLink, model.h): 8 bytes each where the standard types are
// 16 and 24. Each keeps the part of the standard interface the code uses, so call sites read
// the same.
#pragma once

#include <bit>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careergraph::graph {

// An optional double in 8 bytes: "no value" is one particular NaN bit pattern (kNoneBits).
// Every other double is a value, NaN included: a NaN stored here is kept as a NaN with a value,
// as std::optional<double> kept it (no importer stores one: O*NET's rejects "nan"). A NaN
// whose bits happen to equal kNoneBits (a "nan(payload)" can be parsed to any payload) is
// stored with the lowest payload bit flipped: still a quiet NaN of the same sign, so it prints
// and compares the same; only its payload differs, which nothing reads.
// Comparison is std::optional's: empty == empty, empty != any value, and values compare with
// double's == (so a NaN value is not equal to itself).
class OptionalDouble {
 public:
  // A quiet NaN with a payload no arithmetic or parser produces by default.
  static constexpr std::uint64_t kNoneBits = 0x7ff8'6e6f'6e65'0001ULL;  // "none" in the payload

  constexpr OptionalDouble() = default;
  constexpr OptionalDouble(std::nullopt_t) {}                      // NOLINT(implicit)
  constexpr OptionalDouble(double v) : v_(store(v)) {}             // NOLINT(implicit)
  constexpr OptionalDouble(const std::optional<double>& v)         // NOLINT(implicit)
      : v_(v ? store(*v) : none()) {}

  constexpr OptionalDouble& operator=(std::nullopt_t) {
    v_ = none();
    return *this;
  }
  constexpr OptionalDouble& operator=(double v) {
    v_ = store(v);
    return *this;
  }
  constexpr OptionalDouble& operator=(const std::optional<double>& v) {
    v_ = v ? store(*v) : none();
    return *this;
  }

  constexpr bool has_value() const { return std::bit_cast<std::uint64_t>(v_) != kNoneBits; }
  constexpr explicit operator bool() const { return has_value(); }
  // Like std::optional: undefined when empty (here: the sentinel NaN).
  constexpr const double& operator*() const { return v_; }
  const double& value() const {
    if (!has_value()) throw std::bad_optional_access();
    return v_;
  }
  constexpr double value_or(double fallback) const { return has_value() ? v_ : fallback; }
  constexpr void reset() { v_ = none(); }

  constexpr std::optional<double> optional() const {
    return has_value() ? std::optional<double>(v_) : std::nullopt;
  }
  constexpr operator std::optional<double>() const { return optional(); }  // NOLINT(implicit)

  friend constexpr bool operator==(const OptionalDouble& a, const OptionalDouble& b) {
    if (!a.has_value() || !b.has_value()) return a.has_value() == b.has_value();
    return a.v_ == b.v_;
  }
  friend constexpr bool operator==(const OptionalDouble& a, std::nullopt_t) { return !a.has_value(); }
  friend constexpr bool operator==(const OptionalDouble& a, const std::optional<double>& b) {
    return a == OptionalDouble(b);
  }
  friend constexpr bool operator==(const OptionalDouble& a, double b) { return a.has_value() && a.v_ == b; }

 private:
  static constexpr double none() { return std::bit_cast<double>(kNoneBits); }
  static constexpr double store(double v) {
    return std::bit_cast<std::uint64_t>(v) == kNoneBits ? std::bit_cast<double>(kNoneBits ^ 1) : v;
  }

  double v_ = none();
};

static_assert(sizeof(OptionalDouble) == sizeof(double));

// An immutable list of short strings in 8 bytes: a pointer to a list interned once per process
// (like Interned, error.h), so equal lists share one copy and compare by pointer. For a few
// distinct lists held by many records (O*NET's technology marks: "hot technology", "in demand").
// Interning is thread-safe; lists are never freed. Order is kept as added.
class FlagList {
 public:
  using List = std::vector<std::string>;
  using const_iterator = List::const_iterator;
  using value_type = std::string;

  FlagList() = default;
  // The flags in order, a repeated flag kept once (where it first appears).
  FlagList(std::initializer_list<std::string_view> flags);
  explicit FlagList(const List& flags);

  const List& list() const { return *p_; }
  bool empty() const { return p_->empty(); }
  std::size_t size() const { return p_->size(); }
  const_iterator begin() const { return p_->begin(); }
  const_iterator end() const { return p_->end(); }
  bool contains(std::string_view flag) const;

  // This list with `flag` appended, unless it is in it already.
  FlagList with(std::string_view flag) const;
  // Appends `flag` unless it is in the list already; returns whether it was added.
  bool add(std::string_view flag);

  friend bool operator==(const FlagList& a, const FlagList& b) { return a.p_ == b.p_; }
  friend bool operator==(const FlagList& a, const List& b) { return *a.p_ == b; }

 private:
  static const List* intern(List list);
  static const List* empty_list();
  const List* p_ = empty_list();
};

static_assert(sizeof(FlagList) == sizeof(void*));

}  // namespace careergraph::graph
