#include "graph/evidence_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace careergraph::graph {
namespace {

std::vector<Evidence> as_vector(const EvidenceList& l) { return {l.begin(), l.end()}; }

// n places in one file, lines 1..n.
EvidenceList lines(int n) {
  EvidenceList l;
  for (int i = 1; i <= n; ++i) l.push_back(Evidence{"a.md", i});
  return l;
}

TEST(EvidenceListTest, EmptyHoldsNothing) {
  const EvidenceList l;
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.size(), 0u);
  EXPECT_EQ(l.begin(), l.end());
  EXPECT_EQ(l.capacity(), 1u);
  EXPECT_EQ(l, EvidenceList());
}

TEST(EvidenceListTest, OneElementStaysInline) {
  EvidenceList l;
  l.push_back(Evidence{"a.md", 7});
  ASSERT_EQ(l.size(), 1u);
  EXPECT_FALSE(l.empty());
  EXPECT_EQ(l.capacity(), 1u);  // no heap block
  EXPECT_EQ(l.front(), (Evidence{"a.md", 7}));
  EXPECT_EQ(l[0].to_string(), "a.md:7");
  // The element is inside the list itself.
  const auto* self = reinterpret_cast<const char*>(&l);
  const auto* first = reinterpret_cast<const char*>(l.data());
  EXPECT_TRUE(first >= self && first < self + sizeof(EvidenceList));
}

TEST(EvidenceListTest, SecondElementSpillsToTheHeap) {
  EvidenceList l = lines(2);
  ASSERT_EQ(l.size(), 2u);
  EXPECT_GE(l.capacity(), 2u);
  EXPECT_EQ(as_vector(l), (std::vector<Evidence>{{"a.md", 1}, {"a.md", 2}}));
  EXPECT_EQ(l.back(), (Evidence{"a.md", 2}));
}

TEST(EvidenceListTest, ManyElementsKeepTheirOrder) {
  const EvidenceList l = lines(100);
  ASSERT_EQ(l.size(), 100u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(l[static_cast<std::size_t>(i)].line, i + 1);
  int sum = 0;
  for (const Evidence& e : l) sum += e.line;
  EXPECT_EQ(sum, 5050);
}

TEST(EvidenceListTest, InsertKeepsASortedListSorted) {
  // As CareerGraph::add_transition does: insert at the lower bound unless already there.
  EvidenceList l;
  std::vector<Evidence> want;
  for (int line : {5, 3, 9, 3, 1, 7, 5, 2, 8, 1, 4, 6}) {
    const Evidence e{"b.md", line};
    auto pos = std::lower_bound(l.begin(), l.end(), e);
    if (pos == l.end() || *pos != e) {
      const auto at = l.insert(pos, e);
      EXPECT_EQ(*at, e);
    }
    auto wpos = std::lower_bound(want.begin(), want.end(), e);
    if (wpos == want.end() || *wpos != e) want.insert(wpos, e);
    EXPECT_EQ(as_vector(l), want);
  }
  EXPECT_EQ(l.size(), 9u);
}

TEST(EvidenceListTest, InsertAtTheFrontOfAnInlineElement) {
  EvidenceList l;
  l.insert(l.begin(), Evidence{"a.md", 2});
  l.insert(l.begin(), Evidence{"a.md", 1});
  EXPECT_EQ(as_vector(l), (std::vector<Evidence>{{"a.md", 1}, {"a.md", 2}}));
}

TEST(EvidenceListTest, PushBackOfItsOwnElementWhileGrowing) {
  EvidenceList l = lines(2);
  l.push_back(l[0]);  // the list grows from 2 to 4 while the argument lives in it
  l.push_back(l[1]);
  EXPECT_EQ(as_vector(l), (std::vector<Evidence>{{"a.md", 1}, {"a.md", 2}, {"a.md", 1}, {"a.md", 2}}));
  EvidenceList one = lines(1);
  one.push_back(one.front());  // from inline to the heap
  EXPECT_EQ(as_vector(one), (std::vector<Evidence>{{"a.md", 1}, {"a.md", 1}}));
}

TEST(EvidenceListTest, CopiesAreEqualAndIndependent) {
  for (int n : {0, 1, 2, 5}) {
    const EvidenceList original = lines(n);
    EvidenceList copy(original);
    EXPECT_EQ(copy, original) << n;
    EXPECT_EQ(as_vector(copy), as_vector(original)) << n;
    copy.push_back(Evidence{"z.md", 1});
    EXPECT_NE(copy, original) << n;
    EXPECT_EQ(original.size(), static_cast<std::size_t>(n));

    EvidenceList assigned = lines(3);
    assigned = original;
    EXPECT_EQ(assigned, original) << n;
    EvidenceList& self = assigned;
    assigned = self;
    EXPECT_EQ(assigned, original) << n;
  }
}

TEST(EvidenceListTest, MovesLeaveTheSourceEmpty) {
  for (int n : {0, 1, 2, 5}) {
    EvidenceList from = lines(n);
    const Evidence* heap = n >= 2 ? from.data() : nullptr;
    EvidenceList to(std::move(from));
    EXPECT_EQ(to, lines(n)) << n;
    if (heap) {
      EXPECT_EQ(to.data(), heap) << n;  // the block changes hands, no copy
    }
    EXPECT_TRUE(from.empty()) << n;       // NOLINT(bugprone-use-after-move)
    from.push_back(Evidence{"c.md", 1});  // and is usable again
    EXPECT_EQ(from.size(), 1u);

    EvidenceList assigned = lines(4);
    assigned = std::move(to);
    EXPECT_EQ(assigned, lines(n)) << n;
    EXPECT_TRUE(to.empty()) << n;  // NOLINT(bugprone-use-after-move)
  }
}

TEST(EvidenceListTest, EqualityComparesElementsInOrder) {
  EXPECT_EQ(lines(3), lines(3));
  EXPECT_NE(lines(3), lines(2));
  EXPECT_NE((EvidenceList{{"a.md", 1}, {"a.md", 2}}), (EvidenceList{{"a.md", 2}, {"a.md", 1}}));
  EXPECT_NE((EvidenceList{{"a.md", 1}}), (EvidenceList{{"b.md", 1}}));
  EvidenceList reserved;
  reserved.reserve(8);  // on the heap, yet equal to the inline list of the same element
  reserved.push_back(Evidence{"a.md", 1});
  EXPECT_EQ(reserved, lines(1));
}

TEST(EvidenceListTest, IsNoLargerThanAVector) {
  EXPECT_LE(sizeof(EvidenceList), sizeof(std::vector<Evidence>));
}

}  // namespace
}  // namespace careergraph::graph
