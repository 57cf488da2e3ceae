// An input file, read from disk or embedded in the binary. The content view stays valid as
// long as the SourceFile (its storage) lives, or forever for embedded data.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace careergraph::importers {

struct SourceFile {
  std::string path;  // as shown in diagnostics and evidence
  std::string_view content;
  std::shared_ptr<const std::string> storage;  // owns content when read from disk
  // Not read yet (content empty): the loader reads the file when it parses it and drops the
  // text right after, so a corpus is never in memory all at once (collect_guides).
  bool deferred = false;

  static SourceFile owned(std::string path, std::string content) {
    auto s = std::make_shared<const std::string>(std::move(content));
    return {std::move(path), std::string_view(*s), s};
  }
  static SourceFile on_disk(std::string path) {
    SourceFile f;
    f.path = std::move(path);
    f.deferred = true;
    return f;
  }
};

}  // namespace careergraph::importers
