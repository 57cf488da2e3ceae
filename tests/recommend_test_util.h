// Helpers shared by the tests of next-role ranking.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "recommend/next_roles.h"

namespace careergraph::testing {

// Two rankings are the same: roles (by id), scores, reasons, evidence and skill lists, in order.
inline void expect_same_recommendations(const graph::CareerGraph& g,
                                        const std::vector<recommend::Recommendation>& want,
                                        const std::vector<recommend::Recommendation>& got,
                                        const std::string& context) {
  ASSERT_EQ(want.size(), got.size()) << context;
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(g.role(want[i].role).id, g.role(got[i].role).id) << context << " #" << i;
    EXPECT_EQ(want[i].score, got[i].score) << context << " #" << i;
    EXPECT_EQ(want[i].reasons, got[i].reasons) << context << " #" << i;
    EXPECT_EQ(want[i].evidence, got[i].evidence) << context << " #" << i;
    EXPECT_EQ(want[i].shared, got[i].shared) << context << " #" << i;
    EXPECT_EQ(want[i].missing, got[i].missing) << context << " #" << i;
  }
}

}  // namespace careergraph::testing
