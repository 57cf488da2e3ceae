// The bundled data/ directory, embedded in the binary at build time (cmake/embed.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace careergraph::cli {

struct BundledFile {
  std::string_view path;  // "data/guides/cto.md"
  std::string_view content;
};

const std::vector<BundledFile>& bundled_files();

}  // namespace careergraph::cli
