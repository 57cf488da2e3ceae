#include "graph/text.h"

#include <gtest/gtest.h>

namespace careergraph::graph {
namespace {

TEST(NormalizeKeyTest, FullWidthAndCaseFold) {
  EXPECT_EQ(normalize_key("ＣＴＯ"), "cto");
  EXPECT_EQ(normalize_key("CTO"), "cto");
  EXPECT_EQ(normalize_key("  Chief   Technology\tOfficer "), "chief technology officer");
  EXPECT_EQ(normalize_key("VPoE"), normalize_key("vpoe"));
}

// Pure ASCII takes a shortcut past ICU; it must give the key ICU gives. Every ASCII byte, set
// between letters, keys the same beside an ASCII letter as beside "é" (which takes ICU's path).
// U+001C..U+001F are not Unicode White_Space: the shortcut used to collapse them.
TEST(NormalizeKeyTest, AsciiShortcutAgreesWithIcu) {
  for (int c = 1; c < 0x80; ++c) {
    const std::string middle(1, static_cast<char>(c));
    const std::string ascii = normalize_key("x" + middle + "Y");
    const std::string icu = normalize_key("\u00e9" + middle + "Y");
    ASSERT_EQ(icu.rfind("\u00e9", 0), 0u);
    EXPECT_EQ(ascii.substr(1), icu.substr(2)) << "byte " << c;
  }
}

TEST(NormalizeKeyTest, FullWidthSpaceCollapses) {
  EXPECT_EQ(normalize_key("ソフトウェア　エンジニア"), "ソフトウェア エンジニア");
}

TEST(NormalizeKeyTest, HalfWidthKatakanaComposes) {
  EXPECT_EQ(normalize_key("ｴﾝｼﾞﾆｱ"), normalize_key("エンジニア"));
}

TEST(NormalizeKeyTest, InvalidUtf8BecomesReplacement) {
  EXPECT_EQ(normalize_key("a\xff"), "a\xEF\xBF\xBD");
  EXPECT_FALSE(is_valid_utf8("a\xff"));
  EXPECT_TRUE(is_valid_utf8("技術"));
}

TEST(NormalizeKeyTest, WhitespaceRunsAroundCjkAndInvalidBytes) {
  // The collapse copies runs of non-space text at once: check the run edges.
  EXPECT_EQ(normalize_key("\u3000技術\u3000\u3000責任者\u3000"), "技術 責任者");
  EXPECT_EQ(normalize_key("技術\u2028\u0085Ｌｅａｄ"), "技術 lead");
  EXPECT_EQ(normalize_key("技術\xff\xfe 者"), "技術\xEF\xBF\xBD\xEF\xBF\xBD 者");
  EXPECT_EQ(normalize_key("\xff技術"), "\xEF\xBF\xBD技術");
  EXPECT_EQ(normalize_key("技 \xff"), "技 \xEF\xBF\xBD");
  EXPECT_EQ(normalize_key("技術"), "技術");
}

TEST(Utf8Test, AsciiWordsAndEveryOffsetOfABadByte) {
  // The validator skips ASCII eight bytes at a time: a bad byte must be found at any offset.
  const std::string ascii(40, 'a');
  EXPECT_TRUE(is_valid_utf8(ascii));
  for (std::size_t i = 0; i < ascii.size(); ++i) {
    std::string bad = ascii;
    bad[i] = '\xC0';  // an overlong lead byte, invalid anywhere
    EXPECT_FALSE(is_valid_utf8(bad)) << i;
    std::string good = ascii;
    good.replace(i, 1, "技");
    EXPECT_TRUE(is_valid_utf8(good)) << i;
    EXPECT_FALSE(is_valid_utf8(good.substr(0, i + 2))) << i;  // cut inside the sequence
  }
  EXPECT_FALSE(is_valid_utf8(ascii + "\xED\xA0\x80"));  // a surrogate
}

TEST(DisplayWidthTest, WideCharactersCountTwo) {
  EXPECT_EQ(display_width("CTO"), 3);
  EXPECT_EQ(display_width("技術"), 4);
  EXPECT_EQ(display_width("ＣＴＯ"), 6);
  EXPECT_EQ(pad_right("技術", 6), "技術  ");
}

TEST(EditDistanceTest, CodePoints) {
  EXPECT_EQ(edit_distance("engineer", "engneer"), 1);
  EXPECT_EQ(edit_distance("技術者", "技術"), 1);
  EXPECT_EQ(edit_distance("", "abc"), 3);
}

TEST(TrimSplitTest, Basics) {
  EXPECT_EQ(trim("\u3000 x \u3000"), "x");
  EXPECT_EQ(split_any("a → b -> c", {"→", "->"}), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(split_any("a →", {"→"}), (std::vector<std::string>{"a", ""}));
  EXPECT_EQ(strip_numbering("5. キャリアパス"), "キャリアパス");
  EXPECT_EQ(strip_numbering("５．キャリアパス"), "キャリアパス");
  EXPECT_EQ(strip_numbering("2024年の展望"), "2024年の展望");
}

}  // namespace
}  // namespace careergraph::graph
