#include "importers/csv.h"

#include <gtest/gtest.h>

namespace careergraph::importers {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Every record of `text` as strings, plus the line each starts on; the error, if any, in `err`.
Rows read_all(std::string_view text, TableDialect dialect, std::vector<int>* lines = nullptr,
              std::string* err = nullptr) {
  TableReader reader("t.csv", text, dialect);
  TableRecord rec;
  Rows out;
  while (reader.next(rec)) {
    out.emplace_back(rec.fields.begin(), rec.fields.end());
    if (lines) lines->push_back(rec.line);
  }
  if (err) *err = reader.error() ? reader.error()->to_string() : "";
  return out;
}

TEST(CsvTest, PlainRecords) {
  EXPECT_EQ(read_all("a,b,c\n1,2,3\n", TableDialect::kCsv), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvTest, QuotedFieldsHoldCommasQuotesAndNewlines) {
  std::vector<int> lines;
  const Rows rows = read_all("id,label\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"x\r\ny\nz\"\r\n4,last\r\n",
                             TableDialect::kCsv, &lines);
  EXPECT_EQ(rows, (Rows{{"id", "label"}, {"1", "a, b"}, {"2", "say \"hi\""}, {"3", "x\r\ny\nz"}, {"4", "last"}}));
  // Records start on physical lines; the quoted line breaks of record 3 count.
  EXPECT_EQ(lines, (std::vector<int>{1, 2, 3, 4, 7}));
}

TEST(CsvTest, CrlfEmptyFieldsAndNoFinalNewline) {
  EXPECT_EQ(read_all("a,,c\r\n,,\r\n\"\",x", TableDialect::kCsv),
            (Rows{{"a", "", "c"}, {"", "", ""}, {"", "x"}}));
}

TEST(CsvTest, BomAndBlankLinesAreSkipped) {
  std::vector<int> lines;
  EXPECT_EQ(read_all("\xEF\xBB\xBFh\n\n\r\nv\n", TableDialect::kCsv, &lines), (Rows{{"h"}, {"v"}}));
  EXPECT_EQ(lines, (std::vector<int>{1, 4}));
}

TEST(CsvTest, UnterminatedQuoteReportsWhereItOpened) {
  std::string err;
  const Rows rows = read_all("a,b\n1,\"never\nclosed,2\n", TableDialect::kCsv, nullptr, &err);
  EXPECT_EQ(rows, (Rows{{"a", "b"}}));
  EXPECT_EQ(err, "t.csv:2:3: error: unterminated quoted field: the quote opened here is never closed [table-syntax]");
}

TEST(CsvTest, TextAfterClosingQuoteIsAnError) {
  std::string err;
  read_all("a,b\n\"x\"y,2\n", TableDialect::kCsv, nullptr, &err);
  EXPECT_EQ(err,
            "t.csv:2:4: error: unexpected 'y' after a closing quote (a quote inside a quoted field is "
            "written \"\") [table-syntax]");
}

TEST(CsvTest, QuoteInsideUnquotedFieldIsKept) {
  EXPECT_EQ(read_all("a\"b,c\n", TableDialect::kCsv), (Rows{{"a\"b", "c"}}));
}

TEST(TsvTest, TabsSeparateAndQuotesAreOrdinary) {
  EXPECT_EQ(read_all("Code\tTitle\n15-1252.00\t\"Software\" Developers\t\n", TableDialect::kTsv),
            (Rows{{"Code", "Title"}, {"15-1252.00", "\"Software\" Developers", ""}}));
}

TEST(TsvTest, CrlfIsStrippedFromTheLastField) {
  EXPECT_EQ(read_all("a\tb\r\nc\td\r\n", TableDialect::kTsv), (Rows{{"a", "b"}, {"c", "d"}}));
}

TEST(OpenTableTest, MissingColumnListsTheHeader) {
  auto t = open_table("Skills.txt", "O*NET-SOC Code\tElement ID\n", TableDialect::kTsv,
                      {"O*NET-SOC Code", "Scale ID"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().to_string(),
            "Skills.txt:1:1: error: missing column 'Scale ID' (the header has: O*NET-SOC Code, Element ID) "
            "[missing-column]");
}

TEST(OpenTableTest, BinaryDataIsRefusedWithItsPlace) {
  const std::string text = std::string("O*NET-SOC Code\tTitle\nab\0cd\n", 25);
  auto t = open_table("Occupation Data.txt", text, TableDialect::kTsv, {"O*NET-SOC Code"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().to_string(),
            "Occupation Data.txt:2:3: error: binary data (a NUL byte): not a text table [binary-file]");
}

TEST(OpenTableTest, InvalidUtf8IsRefused) {
  auto t = open_table("x.csv", "a,b\nok,\xC3\x28\n", TableDialect::kCsv, {"a"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().to_string(), "x.csv:2:4: error: invalid UTF-8; the table must be UTF-8 text [encoding]");
}

TEST(OpenTableTest, EmptyFileHasNoHeader) {
  auto t = open_table("x.csv", "", TableDialect::kCsv, {"a"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().to_string(), "x.csv:1:1: error: empty file: expected a header line [missing-column]");
}

TEST(OpenTableTest, ColumnsAreFoundByName) {
  auto t = open_table("x.csv", "b,a\n2,1\n", TableDialect::kCsv, {"a", "b"});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->columns, (std::vector<std::size_t>{1, 0}));
}

TEST(SplitLinesTest, DropsEmptyPiecesAndCarriageReturns) {
  EXPECT_EQ(split_lines("one\r\ntwo\n\n three \n"), (std::vector<std::string_view>{"one", "two", "three"}));
  EXPECT_TRUE(split_lines("").empty());
}

}  // namespace
}  // namespace careergraph::importers
