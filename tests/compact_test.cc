#include "graph/compact.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "graph/model.h"

namespace careergraph::graph {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(OptionalDoubleTest, EmptyByDefaultAndFromNullopt) {
  const OptionalDouble a;
  const OptionalDouble b = std::nullopt;
  const OptionalDouble c = std::optional<double>();
  for (const auto& x : {a, b, c}) {
    EXPECT_FALSE(x.has_value());
    EXPECT_FALSE(x);
    EXPECT_EQ(x.value_or(2.5), 2.5);
    EXPECT_THROW((void)x.value(), std::bad_optional_access);
    EXPECT_EQ(x.optional(), std::nullopt);
    EXPECT_TRUE(x == std::nullopt);
  }
  EXPECT_EQ(a, b);
}

TEST(OptionalDoubleTest, HoldsAValue) {
  OptionalDouble x = 4.88;
  EXPECT_TRUE(x.has_value());
  EXPECT_TRUE(x);
  EXPECT_EQ(*x, 4.88);
  EXPECT_EQ(x.value(), 4.88);
  EXPECT_EQ(x.value_or(0), 4.88);
  EXPECT_EQ(x.optional(), std::optional<double>(4.88));
  const std::optional<double> std_x = x;  // the conversion the recommenders use
  EXPECT_EQ(std_x, 4.88);
  x = std::nullopt;
  EXPECT_FALSE(x);
  x = 0.0;  // zero is a value, not "none"
  EXPECT_TRUE(x);
  EXPECT_EQ(*x, 0.0);
  x = std::optional<double>(-1.5);
  EXPECT_EQ(*x, -1.5);
  x = std::optional<double>();
  EXPECT_FALSE(x);
  x = 3.0;
  x.reset();
  EXPECT_FALSE(x);
}

TEST(OptionalDoubleTest, InfinitiesAndExtremesAreValues) {
  for (const double v : {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                         std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
                         std::numeric_limits<double>::denorm_min(), -0.0}) {
    const OptionalDouble x = v;
    ASSERT_TRUE(x.has_value()) << v;
    EXPECT_EQ(std::bit_cast<std::uint64_t>(*x), std::bit_cast<std::uint64_t>(v));
  }
}

TEST(OptionalDoubleTest, EqualityIsStdOptionals) {
  EXPECT_EQ(OptionalDouble(1.0), OptionalDouble(1.0));
  EXPECT_NE(OptionalDouble(1.0), OptionalDouble(2.0));
  EXPECT_NE(OptionalDouble(1.0), OptionalDouble());
  EXPECT_NE(OptionalDouble(), OptionalDouble(1.0));
  EXPECT_EQ(OptionalDouble(0.0), OptionalDouble(-0.0));  // as 0.0 == -0.0
  EXPECT_TRUE(OptionalDouble(1.0) == std::optional<double>(1.0));
  EXPECT_FALSE(OptionalDouble(1.0) == std::optional<double>());
  EXPECT_TRUE(OptionalDouble() == std::optional<double>());
  EXPECT_TRUE(OptionalDouble(1.0) == 1.0);
  EXPECT_FALSE(OptionalDouble() == 1.0);
}

// A NaN stored as a level stays a level (std::optional<double> kept it; O*NET's parser accepts
// "nan"): it is not read back as "no level".
TEST(OptionalDoubleTest, NaNIsAValue) {
  for (const double nan : {kNaN, -kNaN, std::numeric_limits<double>::signaling_NaN(), std::nan("7")}) {
    const OptionalDouble x = nan;
    ASSERT_TRUE(x.has_value());
    EXPECT_TRUE(std::isnan(*x));
    EXPECT_EQ(std::signbit(*x), std::signbit(nan));
    EXPECT_EQ(std::bit_cast<std::uint64_t>(*x), std::bit_cast<std::uint64_t>(nan));  // kept bit for bit
    EXPECT_TRUE(std::isnan(x.value_or(1.0)));
    EXPECT_FALSE(x == x);  // as std::optional<double>: NaN != NaN
    EXPECT_NE(x, OptionalDouble());
    const std::optional<double> back = x;
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(std::isnan(*back));
  }
}

// The sentinel's own bit pattern, should a caller store it, is still a value: a quiet NaN of
// the same sign, with another payload.
TEST(OptionalDoubleTest, TheSentinelPatternStoredIsANaNValue) {
  const double sentinel = std::bit_cast<double>(OptionalDouble::kNoneBits);
  ASSERT_TRUE(std::isnan(sentinel));
  OptionalDouble x = sentinel;
  ASSERT_TRUE(x.has_value());
  EXPECT_TRUE(std::isnan(*x));
  EXPECT_FALSE(std::signbit(*x));
  EXPECT_NE(std::bit_cast<std::uint64_t>(*x), OptionalDouble::kNoneBits);
  x = std::optional<double>(sentinel);
  EXPECT_TRUE(x.has_value());
  x = std::nullopt;
  x = sentinel;
  EXPECT_TRUE(x.has_value());
}

TEST(OptionalDoubleTest, CopiesKeepState) {
  const OptionalDouble a = 2.0, none;
  OptionalDouble b = a, c = none;
  EXPECT_EQ(b, a);
  EXPECT_FALSE(c);
  c = b;
  EXPECT_EQ(*c, 2.0);
  b = none;
  EXPECT_FALSE(b);
}

TEST(FlagListTest, EmptyByDefault) {
  const FlagList f;
  EXPECT_TRUE(f.empty());
  EXPECT_EQ(f.size(), 0u);
  EXPECT_EQ(f.begin(), f.end());
  EXPECT_TRUE(f.list().empty());
  EXPECT_EQ(f, FlagList());
  EXPECT_EQ(f, FlagList({}));
  EXPECT_EQ(f, std::vector<std::string>{});
  EXPECT_FALSE(f.contains("hot technology"));
}

TEST(FlagListTest, AddKeepsOrderAndSkipsDuplicates) {
  FlagList f;
  EXPECT_TRUE(f.add("hot technology"));
  EXPECT_TRUE(f.add("in demand"));
  EXPECT_FALSE(f.add("hot technology"));
  EXPECT_FALSE(f.add("in demand"));
  EXPECT_EQ(f.list(), (std::vector<std::string>{"hot technology", "in demand"}));
  EXPECT_EQ(f.size(), 2u);
  EXPECT_TRUE(f.contains("in demand"));
  std::vector<std::string> seen(f.begin(), f.end());
  EXPECT_EQ(seen, f.list());
  FlagList g;
  g.add("in demand");
  g.add("hot technology");
  EXPECT_NE(f, g);  // order is part of the list: it is printed as added
}

TEST(FlagListTest, WithLeavesTheOriginal) {
  const FlagList a{"hot technology"};
  const FlagList b = a.with("in demand");
  EXPECT_EQ(a, std::vector<std::string>{"hot technology"});
  EXPECT_EQ(b, (std::vector<std::string>{"hot technology", "in demand"}));
  EXPECT_EQ(b.with("in demand"), b);
}

TEST(FlagListTest, EqualListsAreOneInternedCopy) {
  FlagList a;
  a.add("x");
  a.add("y");
  const FlagList b{"x", "y"};
  const FlagList c(std::vector<std::string>{"x", "y", "x"});  // a repeat is kept once
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_EQ(&a.list(), &b.list());
  EXPECT_EQ(&a.list(), &c.list());
  EXPECT_NE(a, FlagList{"x"});
}

TEST(FlagListTest, CopiesShareAndChangeIndependently) {
  FlagList a{"hot technology"};
  FlagList b = a;
  EXPECT_EQ(a, b);
  b.add("in demand");
  EXPECT_EQ(a.size(), 1u);
  EXPECT_EQ(b.size(), 2u);
  a = b;
  EXPECT_EQ(a, b);
}

TEST(FlagListTest, InterningIsThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<FlagList> out(8);
  for (std::size_t t = 0; t < out.size(); ++t) {
    threads.emplace_back([&out, t] {
      for (int i = 0; i < 200; ++i) {
        FlagList f;
        f.add("t" + std::to_string(i % 7));
        f.add("shared");
        out[t] = f;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& f : out) EXPECT_EQ(f, out[0]);
}

TEST(SkillLinkTest, IsCompact) {
  if (sizeof(void*) == 8) {
    EXPECT_LE(sizeof(SkillLink), 48u);
  }
  const SkillLink l{3, 1.0, std::nullopt, {"a.md", 7}};  // the aggregate form the importers use
  EXPECT_EQ(l.skill, 3u);
  EXPECT_FALSE(l.level);
  EXPECT_TRUE(l.flags.empty());
  EXPECT_EQ(l.source.to_string(), "a.md:7");
  const SkillLink rated{4, 2.5, 3.0, {"b.txt", 2}};
  EXPECT_EQ(*rated.level, 3.0);
}

}  // namespace
}  // namespace careergraph::graph
