#!/usr/bin/env bash
# Garbage inputs against the real binary, timed (docs/errors.md has the table this prints).
# The same inputs as tests/garbage_test.cc, generated into a temporary directory (the 50 MB
# one is never committed). Each must end in under 2 s with its diagnostic code: `lint FILE`
# with exit 3, `--data FILE stats` with exit 0 and the error on stderr. Build with ASan to
# check the bound under the sanitizers:
#   cmake --preset asan && cmake --build --preset asan && bench/garbage.sh build/asan/cli/careergraph
# usage: bench/garbage.sh [BINARY (default build/release/cli/careergraph)] [LIMIT_SECONDS (2)]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/cli/careergraph}
limit=${2:-2}
exec python3 - "$bin" "$limit" <<'PY'
import os, random, resource, subprocess, sys, tempfile, time

binary, limit = sys.argv[1], float(sys.argv[2])
header = "---\ntitle: X\nslug: x_career_guide\n"

def bomb():
    y, prev = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n", "a"
    for n in "bcdefghij":
        y += f"{n}: &{n} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = n
    return y

def rand(n, seed, nul):
    r = random.Random(seed)
    return bytes(r.randrange(0 if nul else 1, 256) for _ in range(n))

cases = [  # name, content (bytes or str), expected code, what it is
    ("random.md", lambda: rand(200 << 10, 7, True), "binary-file", "200 KiB of random bytes"),
    ("random_no_nul.md", lambda: rand(64 << 10, 11, False), "invalid-utf8", "64 KiB of random bytes, no NUL"),
    ("empty.md", lambda: "", "empty-file", "0 bytes"),
    ("nul.md", lambda: header + "---\n# X\0\n", "binary-file", "a NUL byte in the body"),
    ("invalid_utf8.md", lambda: header.encode() + b"category: \xC3\x28\xFF\n---\n# X\n", "invalid-utf8", "invalid UTF-8 in the front matter"),
    ("line_50mb.md", None, "file-too-large", "one 50 MB line"),
    ("long_line.md", lambda: header + "---\n" + "x" * 100000 + "\n", "line-too-long", "a 100 KB line"),
    ("too_large.md", lambda: header + "---\n" + "* 長い行です\n" * 40000, "guide-too-large", "a 720 KB guide"),
    ("deep_flow.md", lambda: header + "k: " + "[" * 30000 + "\n---\n", "yaml-too-deep", "30 000 nested [ in the front matter"),
    ("deep_block.md", lambda: header + "k:\n" + "".join(" " * (i + 1) + "-\n" for i in range(300)) + "---\n", "yaml-too-deep", "300 nested block sequences"),
    ("alias_bomb.md", lambda: header + bomb() + "---\n", "yaml-alias-bomb", "billion laughs (9^10 nodes)"),
    ("unclosed.md", lambda: header + "key: value\n" * 20000, "unclosed-front-matter", "220 KB front matter, never closed"),
    ("md4c_links.md", lambda: ("[a](" * 20 + "\n") * 3000, "no-front-matter", "243 KB of `[a](` (md4c is quadratic on it)"),
    ("hub.md", lambda: header + "---\n## キャリアパス\n" + "".join(f"* X → r{i}\n" for i in range(10000)), "too-many-chains", "10 000 chains out of one role"),
    ("skill_bullets.md", lambda: header + "---\n## 必要なスキル\n" + "".join(f"* s{i}\n" for i in range(20000)), "too-many-items", "20 000 skill bullets"),
    ("many_related.md", lambda: header + "related_jobs:\n" + "".join(f"  - r{i}\n" for i in range(20000)) + "---\n", "too-many-related-jobs", "20 000 related_jobs"),
]

failed = False
with tempfile.TemporaryDirectory() as d:
    print(f"binary: {binary}\n")
    print("| input | what | code | `lint` exit | `lint` s (cpu) | `stats` exit | `stats` s (cpu) |")
    print("|---|---|---|---|---|---|---|")
    for name, make, code, what in cases:
        path = os.path.join(d, name)
        if make is None:
            with open(path, "wb") as f:
                for _ in range(50):
                    f.write(b"a" * (1 << 20))
        else:
            c = make()
            with open(path, "wb") as f:
                f.write(c if isinstance(c, bytes) else c.encode())
        row = [name, what, code]
        for args, want in ((["lint", path], 3), (["--data", path, "stats"], 0)):
            t = time.monotonic()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            try:
                p = subprocess.run([binary] + args, capture_output=True, timeout=30)
                secs, rc, text = time.monotonic() - t, p.returncode, (p.stdout + p.stderr).decode(errors="replace")
            except subprocess.TimeoutExpired:
                secs, rc, text = 30.0, "timeout", ""
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            ok = rc == want and f"[{code}]" in text and secs < limit
            failed |= not ok
            row += [f"{rc}" + ("" if ok else " ✗"), f"{secs:.2f} ({cpu:.2f})"]
        print("| " + " | ".join(row) + " |")
sys.exit(1 if failed else 0)
PY
