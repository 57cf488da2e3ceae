// libFuzzer target for the guide importer: any bytes go through parse_guide with the bundled
// section table, the guide (if any) joins a small graph built from the test vocabulary, and
// the result is linted. Nothing may crash, hang, leak or touch memory it does not own, and
// every diagnostic must point inside the file.
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "importers/corpus.h"
#include "importers/guide_parser.h"
#include "importers/lint.h"
#include "importers/loader.h"

namespace {

using namespace careergraph;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Fixture {
  importers::SectionTable sections;
  graph::CareerGraph vocabulary;  // copied for each input

  Fixture() {
    const std::string data = CAREERGRAPH_SOURCE_DATA, tests = CAREERGRAPH_TEST_DATA;
    auto table = importers::parse_sections("sections.yaml", slurp(data + "/vocabulary/sections.yaml"));
    if (!table) __builtin_trap();
    sections = *table;
    importers::VocabularyFiles files;
    files.roles = importers::SourceFile::owned("roles.yaml", slurp(tests + "/vocab/roles.yaml"));
    files.skills = importers::SourceFile::owned("skills.yaml", slurp(tests + "/vocab/skills.yaml"));
    files.learning = importers::SourceFile::owned("learning.yaml", slurp(tests + "/vocab/learning.yaml"));
    importers::SectionTable unused;
    importers::load_vocabulary(files, vocabulary, unused);
    if (vocabulary.role_count() == 0) __builtin_trap();
  }
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fixture();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Fixture& f = fixture();
  importers::GuideParse parse = importers::parse_guide("fuzz.md", text, f.sections);

  // Every diagnostic names the file and a line of it (0: the file as a whole).
  const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const auto& d : parse.diagnostics) {
    if (d.file != "fuzz.md" || d.code.empty() || d.line < 0 || d.line > lines || d.column < 0) {
      __builtin_trap();
    }
  }
  if (parse.guide && (parse.guide->role_id.empty() || parse.guide->name.empty())) __builtin_trap();

  importers::LoadResult loaded;
  loaded.graph = f.vocabulary;
  loaded.sections = f.sections;
  std::vector<importers::GuideParse> parsed;
  parsed.push_back(std::move(parse));
  loaded.diagnostics = importers::add_parsed_guides(parsed, loaded.graph);
  loaded.guide_files = 1;
  const graph::Diagnostics report = importers::lint(loaded);
  if (report.size() < loaded.error_count()) __builtin_trap();
  return 0;
}
