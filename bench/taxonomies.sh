#!/bin/sh
# Whole-process import time of the full O*NET 29.3 and ESCO v1.1.1 releases (`stats`, Release
# build), with the counts `stats` reports, written into bench/RESULTS.md under
# "## Taxonomy import" (the section is replaced; the rest of the file is kept).
# Usage (from the repository root, after `cmake --build --preset release`):
#   bench/taxonomies.sh            BIN=… REAL=… RUNS=… override the defaults
set -eu
BIN=${BIN:-build/release/cli/careergraph}
REAL=${REAL:-../shared/realdata}
RUNS=${RUNS:-20}
OUT=bench/RESULTS.md
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -x "$BIN" ] || { echo "no $BIN: build with cmake --preset release first" >&2; exit 2; }
[ -d "$REAL/onet-29.3" ] && [ -d "$REAL/esco-1.1.1" ] || { echo "no $REAL/{onet-29.3,esco-1.1.1}" >&2; exit 2; }

"$BIN" -q --data "$REAL/onet-29.3" --format json stats > "$tmp/onet.json"
"$BIN" -q --data "$REAL/esco-1.1.1" --format json stats > "$tmp/esco.json"
hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$tmp/times.json" \
  "$BIN -q stats" \
  "$BIN -q --data $REAL/onet-29.3 stats" \
  "$BIN -q --data $REAL/esco-1.1.1 stats" \
  "$BIN -q --data $REAL/onet-29.3 --data $REAL/esco-1.1.1 stats" >&2
load=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$tmp" "$OUT" "$load" "$RUNS" <<'PY'
import json, re, sys, datetime
tmp, out, load, runs = sys.argv[1:5]
times = json.load(open(f"{tmp}/times.json"))["results"]
labels = ["bundled guides only (baseline)", "+ O*NET 29.3", "+ ESCO v1.1.1", "+ O*NET + ESCO"]
rows = []
for label, r in zip(labels, times):
    ms = lambda v: f"{v * 1000:.0f} ms"
    rows.append(f"| {label} | {ms(r['median'])} | {ms(r['min'])} | {ms(r['max'])} | {ms(r['user'])} |")
def counts(name):
    src = json.load(open(f"{tmp}/{name}.json"))["sources"][0]["counts"]
    return ", ".join(f"{k.strip()} {v:,}" for k, v in src.items())
section = f"""## Taxonomy import

Whole process, `careergraph -q --data DIR stats`, Release build (`cmake --preset release`),
hyperfine -N, {runs} runs after 2 warm-ups, {datetime.date.today()}, load average while measuring:
{load} (2 cores shared with other builds: treat the figures as upper bounds). Targets: O*NET ≤ 0.5 s,
ESCO ≤ 1.5 s. The bundled guides load in every run (taxonomies add to them), so the baseline row
is included. Reproduce: `bench/taxonomies.sh`.

| data | median | min | max | user CPU (mean) |
|---|---|---|---|---|
{chr(10).join(rows)}

Counts reported by `stats` (PROVENANCE.md's figures: 1,016 occupations, 56,560 alternate titles,
18,460 related rows, 32,681 technology rows; ESCO 3,007 occupations, 13,896 skills, 123,855
relations of which 64,946 essential and 58,909 optional, 3,617 broader relations, 5,899
skill–skill relations):

- O*NET: {counts("onet")}
- ESCO: {counts("esco")}
"""
text = open(out).read()
pattern = re.compile(r"## Taxonomy import\n.*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(out, "w").write(text)
print(section)
PY
