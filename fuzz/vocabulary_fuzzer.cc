// libFuzzer target for the vocabulary loader: the input is read as roles.yaml, skills.yaml,
// learning.yaml and sections.yaml at once (so one document can hold all four lists and their
// cross-references), then the skill matcher and the name resolver run on what loaded. Nothing
// may crash, hang, leak or touch memory it does not own.
#include <cstdint>
#include <string_view>

#include "importers/skill_matcher.h"
#include "importers/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careergraph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const importers::SourceFile file{"fuzz.yaml", text, nullptr};
  importers::VocabularyFiles files;
  files.roles = file;
  files.skills = file;
  files.learning = file;
  files.sections = file;
  graph::CareerGraph g;
  importers::SectionTable sections;
  const graph::Diagnostics diags = importers::load_vocabulary(files, g, sections);
  for (const auto& d : diags) {
    if (d.code.empty() || d.line < 0 || d.column < 0) __builtin_trap();
  }
  const importers::SkillMatcher matcher(g);
  (void)matcher.match("Python と SQL、クラウドインフラ（AWS, GCP）");
  (void)g.role_names().resolve("cto");
  (void)sections.section_of("## 5. キャリアパス");
  return 0;
}
