#!/usr/bin/env bash
# Runs the libFuzzer targets of a CAREERGRAPH_FUZZ build (fuzz/README.md):
#   1. replay: every seed (data/, tests/data/, ../shared/seed) and every saved input
#      (tests/data/fuzz/<target>/) once, as the regression check;
#   2. then, if SECONDS > 0, fuzz each target for SECONDS, growing BUILD/fuzz-corpus/<target>.
# Crashes, leaks, sanitizer reports and inputs slower than 10 s fail the run; the inputs that
# failed are written to BUILD/fuzz-artifacts/, with the fuzzer's log.
# usage: fuzz/run.sh [BUILD_DIR (default build/fuzz)] [SECONDS per target (default 0)]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/fuzz}
seconds=${2:-0}
options=(-timeout=10 -rss_limit_mb=2048 -max_len=8192 -artifact_prefix="$build/fuzz-artifacts/")
mkdir -p "$build/fuzz-artifacts"

seeds() {  # the seed directories of a target
  case $1 in
    guide) echo "$root/data/guides" "$root/tests/data/shapes" "$root/tests/data/routes" \
                "$root/tests/data/broken" "$root/tests/data/lint" "$root/tests/data/fuzz/guide"
           if [ -d "$root/../shared/seed" ]; then echo "$root/../shared/seed"; fi ;;
    vocabulary) echo "$root/data/vocabulary" "$root/tests/data/vocab" \
                     "$root/tests/data/fuzz/vocabulary" ;;
    table) echo "$root/tests/data/esco" "$root/tests/data/onet" ;;
  esac
}

for target in guide vocabulary table; do
  fuzzer="$build/fuzz/${target}_fuzzer"
  dirs=()
  for d in $(seeds $target); do
    if [ -d "$d" ]; then dirs+=("$d"); fi
  done
  mapfile -t files < <(find "${dirs[@]}" -type f | sort)
  log="$build/fuzz-artifacts/$target.log"
  echo "== $target: replaying ${#files[@]} inputs"
  if ! "$fuzzer" "${options[@]}" "${files[@]}" >"$log" 2>&1; then tail -40 "$log"; exit 1; fi
  echo "   $(grep -c '^Executed' "$log") executed, none failed"
  if [ "$seconds" -gt 0 ]; then
    corpus="$build/fuzz-corpus/$target"
    mkdir -p "$corpus"
    echo "== $target: fuzzing for ${seconds}s"
    if ! "$fuzzer" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 \
         "$corpus" "${dirs[@]}" >"$log" 2>&1; then
      tail -40 "$log"
      exit 1
    fi
    grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|peak_rss_mb|new_units_added)" "$log"
  fi
done
