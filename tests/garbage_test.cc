// Garbage in, clear error out (docs/errors.md): inputs generated at test time into a temporary
// directory (the 50 MB one is never committed) are given to the real binary. Each must end with
// a diagnostic naming the problem: exit 3 from `lint` and from `--strict`, exit 0 with the file
// skipped (error on stderr) otherwise. No crash, no hang (each run is under `timeout`). How fast
// each ends is measured by bench/garbage.sh, not here: timing assertions stay out of tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "run_binary.h"

namespace careergraph::testing {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;     // file (or directory) name in the temporary directory
  std::string code;     // the diagnostic code it must get
};

const std::string kHeader = "---\ntitle: X\nslug: x_career_guide\n";

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string random_bytes(std::size_t n, unsigned seed, bool allow_nul) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (auto& c : out) {
    unsigned v = rng() & 0xFF;
    if (!allow_nul && v == 0) v = 1;
    c = static_cast<char>(v);
  }
  return out;
}

std::string alias_bomb() {
  std::string y = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  std::string prev = "a";
  for (const char* n : {"b", "c", "d", "e", "f", "g", "h", "i", "j"}) {
    y += std::string(n) + ": &" + n + " [" + repeat("*" + prev + ", ", 8) + "*" + prev + "]\n";
    prev = n;
  }
  return y;
}

class GarbageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("cg_garbage_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    auto write = [](const std::string& name, const std::string& content) {
      std::ofstream(dir_ / name, std::ios::binary) << content;
    };
    write("random.md", random_bytes(200u << 10, 7, true));
    write("random_no_nul.md", random_bytes(1u << 16, 11, false));
    write("empty.md", "");
    write("nul.md", kHeader + "---\n# X" + std::string(1, '\0') + "\n");
    write("invalid_utf8.md", kHeader + "category: \xC3\x28\xFF\n---\n# X\n");
    {
      std::ofstream out(dir_ / "line_50mb.md", std::ios::binary);
      const std::string chunk(1u << 20, 'a');
      for (int i = 0; i < 50; ++i) out << chunk;
    }
    write("long_line.md", kHeader + "---\n" + std::string(100000, 'x') + "\n");
    write("too_large.md", kHeader + "---\n" + repeat("* 長い行です\n", 40000));
    write("deep_flow.md", kHeader + "k: " + std::string(30000, '[') + "\n---\n");
    {
      std::string y = kHeader + "k:\n";
      for (int i = 0; i < 300; ++i) y += std::string(static_cast<std::size_t>(i) + 1, ' ') + "-\n";
      write("deep_block.md", y + "---\n");
    }
    write("alias_bomb.md", kHeader + alias_bomb() + "---\n");
    write("unclosed.md", kHeader + repeat("key: value\n", 20000));
    write("md4c_links.md", repeat(repeat("[a](", 20) + "\n", 3000));
    write("hub.md", kHeader + "---\n## キャリアパス\n" + [] {
      std::string s;
      for (int i = 0; i < 10000; ++i) s += "* X → r" + std::to_string(i) + "\n";
      return s;
    }());
    write("skill_bullets.md", kHeader + "---\n## 必要なスキル\n" + [] {
      std::string s;
      for (int i = 0; i < 20000; ++i) s += "* s" + std::to_string(i) + "\n";
      return s;
    }());
    write("many_related.md", kHeader + "related_jobs:\n" + [] {
      std::string s;
      for (int i = 0; i < 20000; ++i) s += "  - r" + std::to_string(i) + "\n";
      return s;
    }() + "---\n");
    fs::create_directories(dir_ / "vocab_bomb");
    std::ofstream(dir_ / "vocab_bomb" / "roles.yaml") << alias_bomb() << "roles: []\n";
  }

  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static std::string path(const std::string& name) { return quote((dir_ / name).string()); }

  static fs::path dir_;
};

fs::path GarbageTest::dir_;

const std::vector<Case>& cases() {
  static const std::vector<Case> kCases = {
      {"random.md", "binary-file"},
      {"random_no_nul.md", "invalid-utf8"},
      {"empty.md", "empty-file"},
      {"nul.md", "binary-file"},
      {"invalid_utf8.md", "invalid-utf8"},
      {"line_50mb.md", "file-too-large"},
      {"long_line.md", "line-too-long"},
      {"too_large.md", "guide-too-large"},
      {"deep_flow.md", "yaml-too-deep"},
      {"deep_block.md", "yaml-too-deep"},
      {"alias_bomb.md", "yaml-alias-bomb"},
      {"unclosed.md", "unclosed-front-matter"},
      {"md4c_links.md", "no-front-matter"},
      {"hub.md", "too-many-chains"},
      {"many_related.md", "too-many-related-jobs"},
      {"skill_bullets.md", "too-many-items"},
  };
  return kCases;
}

TEST_F(GarbageTest, LintReportsEachWithItsCodeAndExitsThree) {
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    const RunResult r = run_binary("lint " + path(c.name));
    EXPECT_EQ(r.code, 3) << r.out << r.err;
    EXPECT_NE(r.out.find("error: "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[" + c.code + "]"), std::string::npos) << r.out;
  }
}

TEST_F(GarbageTest, OtherCommandsSkipTheFileUnlessStrict) {
  for (const auto& c : cases()) {
    SCOPED_TRACE(c.name);
    const RunResult r = run_binary("--data " + path(c.name) + " stats --format json");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("error: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("[" + c.code + "]"), std::string::npos) << r.err;
    const RunResult strict = run_binary("--strict --data " + path(c.name) + " stats");
    EXPECT_EQ(strict.code, 3) << strict.err;
    EXPECT_EQ(strict.out, "");
  }
}

TEST_F(GarbageTest, NotARegularFile) {
  const RunResult r = run_binary("lint /dev/zero");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.out.find("/dev/zero: error: not a regular file [io]"), std::string::npos) << r.out;
}

TEST_F(GarbageTest, VocabularyAliasBomb) {
  const RunResult r = run_binary("--vocab " + path("vocab_bomb") + " lint");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.out.find("roles.yaml:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[yaml-alias-bomb]"), std::string::npos) << r.out;
  EXPECT_EQ(run_binary("--vocab " + path("vocab_bomb") + " stats").code, 0);
}

TEST_F(GarbageTest, TooManyFiles) {
  const fs::path many = fs::temp_directory_path() / ("cg_many_" + std::to_string(::getpid()));
  fs::create_directories(many);
  for (int i = 0; i <= 10000; ++i) std::ofstream(many / ("g" + std::to_string(i) + ".md"));
  const RunResult r = run_binary("lint -q " + quote(many.string()), 120);
  fs::remove_all(many);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.out.find("more than 10000 guide files"), std::string::npos);
  EXPECT_NE(r.out.find("[too-many-files]"), std::string::npos);
}

}  // namespace
}  // namespace careergraph::testing
