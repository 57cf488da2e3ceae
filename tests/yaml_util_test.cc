// The YAML tree over libyaml (importers/yaml_util.h): positions are the file's LF lines
// whatever line breaks libyaml sees, and errors say where and why.
#include "importers/yaml_util.h"

#include <gtest/gtest.h>

namespace careergraph::importers {
namespace {

TEST(YamlTreeTest, PositionsAreFileLinesAndCodePointColumns) {
  const auto r = load_yaml("f.yaml", "a: 1\nバ: [x, ｙ]\n", 10);
  ASSERT_TRUE(r) << r.error().to_string();
  const YamlNode& list = (*r)["バ"];
  ASSERT_TRUE(list.is_sequence());
  EXPECT_EQ(list.line(), 11);
  EXPECT_EQ(list.column(), 4);  // バ is one column
  EXPECT_EQ(list.items()[1].column(), 8);
  EXPECT_EQ(list.source(), "[x, ｙ]");
}

TEST(YamlTreeTest, LoneCarriageReturnDoesNotStartAFileLine) {
  // libyaml counts a lone CR as a line break; the file has two LF lines. Found by
  // guide_fuzzer (tests/data/fuzz/guide/front-matter-lone-cr).
  const auto r = load_yaml("f.yaml", "a: x\r\rb: y\nc: [z\n", 1);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().line, 3) << r.error().to_string();  // the end of the text (libyaml: 5)

  const auto ok = load_yaml("f.yaml", "a: x\rb: y\nc: z\n", 1);
  ASSERT_TRUE(ok) << ok.error().to_string();
  EXPECT_EQ((*ok)["b"].line(), 1);  // the value y, after "a: x\rb: "
  EXPECT_EQ((*ok)["b"].column(), 9);
  EXPECT_EQ((*ok)["c"].line(), 2);
  EXPECT_EQ((*ok)["c"].source(), "z");
}

TEST(YamlTreeTest, UnicodeLineSeparatorsKeepFileLines) {
  // U+2028 (LS) and U+0085 (NEL) are YAML 1.1 line breaks but not the file's.
  const auto ok = load_yaml("f.yaml", "a: x\xE2\x80\xA8" "b: y\nc: z\xC2\x85" "d: w\n", 3);
  ASSERT_TRUE(ok) << ok.error().to_string();
  EXPECT_EQ((*ok)["b"].line(), 3);
  EXPECT_EQ((*ok)["c"].line(), 4);
  EXPECT_EQ((*ok)["d"].line(), 4);
  EXPECT_EQ((*ok)["d"].column(), 9);
}

TEST(YamlTreeTest, CrlfLinesAreCountedOnce) {
  const auto ok = load_yaml("f.yaml", "a: x\r\nb: y\r\n", 1);
  ASSERT_TRUE(ok);
  EXPECT_EQ((*ok)["b"].line(), 2);
  EXPECT_EQ((*ok)["b"].scalar(), "y");
}

TEST(YamlTreeTest, TabIndentationIsNamedInTheMessage) {
  const auto r = load_yaml("f.md", "title: X\nlist:\n\t- a\n", 2);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().to_string(),
            "f.md:4:1: error: YAML: found character that cannot start any token (while scanning "
            "for the next token); line 4 is indented with a tab, and YAML allows only spaces "
            "[yaml-syntax]");
}

TEST(YamlTreeTest, NullsNumbersAndQuotedScalars) {
  const auto r = load_yaml("f.yaml", "a: ~\nb: 'null'\nc: 2.5e1\nd: -.inf\ne: 1_0\n");
  ASSERT_TRUE(r);
  EXPECT_TRUE((*r)["a"].is_null());
  EXPECT_TRUE((*r)["b"].is_scalar());
  EXPECT_EQ((*r)["c"].number(), 25.0);
  EXPECT_EQ((*r)["d"].number(), -std::numeric_limits<double>::infinity());
  EXPECT_FALSE((*r)["e"].number());
  EXPECT_FALSE((*r)["missing"].defined());
}

TEST(YamlTreeTest, UnknownAliasIsASyntaxError) {
  const auto r = load_yaml("f.yaml", "a: *nope\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().to_string(), "f.yaml:1:4: error: YAML: unknown alias '*nope' [yaml-syntax]");
}

}  // namespace
}  // namespace careergraph::importers
