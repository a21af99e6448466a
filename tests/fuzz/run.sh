#!/usr/bin/env bash
# Runs the libFuzzer targets of build/fuzz (`make fuzz` builds them, then calls this).
#
#   tests/fuzz/run.sh [TARGET...]     # every target when none is named: fuzz-document, fuzz-import-gift, ...
#
# Environment: FUZZ_SECONDS (60) per target; FUZZ_FLAGS, more libFuzzer flags (a long run:
# "-jobs=1 -workers=1"); FUZZ_RECORD=1 appends each run's figures to tests/fuzz/RUNS.md.
#
# Each target starts from its committed corpus (tests/fuzz/corpus/TARGET), its seeds (the
# fixtures below, and tests/fixtures/fuzz/TARGET: what earlier runs found) and its dictionary
# (tests/fuzz/TARGET.dict). After the run, what it found is merged back: the committed corpus
# becomes the inputs that reach every edge the seeds alone do not, the smallest first (libFuzzer
# -merge=1), so the next run starts where this one ended. Any crash, leak, timeout, out-of-memory or broken invariant fails the run;
# the input is kept in build/fuzz/artifacts/TARGET/.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin="$root/build/fuzz/tests/fuzz"
out="$root/build/fuzz"
seconds=${FUZZ_SECONDS:-60}

say() { printf '[newsquiz] %s\n' "$*" >&2; }

# [SECTION] Seeds of each target (folders of the source tree). A new target gets a line here.
# tests/fuzz/seeds/fuzz-linkify holds the actions' texts and URLs of the fixtures, one per file.
declare -A seeds=(
  [fuzz-document]="assets/articles tests/fixtures/valid tests/fixtures/invalid"
  [fuzz-attempt]="assets/articles tests/fixtures/valid tests/fixtures/answers"
  [fuzz-progress]="tests/fixtures/progress"
  [fuzz-linkify]="tests/fuzz/seeds/fuzz-linkify"
  [fuzz-capi]="assets/articles tests/fixtures/valid tests/fixtures/answers tests/fixtures/progress"
  [fuzz-import-gift]="tests/fixtures/import/gift"
  [fuzz-import-aiken]="tests/fixtures/import/aiken"
  [fuzz-import-moodle-xml]="tests/fixtures/import/moodle-xml"
  [fuzz-import-opentdb]="tests/fixtures/import/opentdb"
)
# Flags of one target: linkify works on one action's text, where links are local (the corpus stays small).
declare -A flags=(
  [fuzz-linkify]="-max_len=2048"
)

# Inputs of several parts ("DOCUMENT\0STORE\0BYTES") composed from the fixtures, so that the
# first run already takes whole attempts, merges two tabs' stores and drives the C ABI with
# stored progress. BYTES: a fixed sequence that FuzzedDataProvider reads as varied choices.
composed="$out/seeds"
compose_seeds() {
  local bytes="" i d s p
  for ((i = 1; i <= 400; i++)); do bytes+=$(printf '\\x%02x' $(((i * 73 + 41) % 256))); done
  rm -rf "$composed" && mkdir -p "$composed/fuzz-progress" "$composed/fuzz-attempt" "$composed/fuzz-capi"
  local stores=("$root"/tests/fixtures/progress/v*.json) docs=("$root"/assets/articles/*.json "$root"/tests/fixtures/valid/*.json)
  local store="$root/tests/fixtures/progress/v2-store.json"
  local options='{"learner":"r1","today":20300,"now_ms":1736600000000,"home_page":"https://news.example"}'
  local stored
  stored=$(tr -d '\n' <"$store" | sed 's/\\/\\\\/g; s/"/\\"/g')
  for s in "${stores[@]}"; do
    { cat "$s"; printf '\0\0'; printf %b "$bytes"; } >"$composed/fuzz-progress/$(basename "$s" .json)-tab"
    for p in "${stores[@]}"; do
      { cat "$s"; printf '\0'; cat "$p"; printf '\0'; printf %b "$bytes"; } >"$composed/fuzz-progress/$(basename "$s" .json)-$(basename "$p" .json)"
    done
  done
  for d in "${docs[@]}"; do
    { cat "$d"; printf '\0\0'; printf %b "$bytes"; } >"$composed/fuzz-attempt/$(basename "$d" .json)"
    { cat "$d"; printf '\0'; cat "$store"; printf '\0'; printf %b "$bytes"; } >"$composed/fuzz-attempt/$(basename "$d" .json)-stored"
    { cat "$d"; printf '\0%s\0' "$options"; printf %b "$bytes"; } >"$composed/fuzz-capi/$(basename "$d" .json)"
    { cat "$d"; printf '\0{"learner":"r1","today":20400,"progress":"%s"}\0' "$stored"; printf %b "$bytes"; } \
      >"$composed/fuzz-capi/$(basename "$d" .json)-stored"
  done
}
compose_seeds

targets=("$@")
if ((${#targets[@]} == 0)); then
  for path in "$bin"/fuzz-*; do [[ -x "$path" && -f "$path" ]] && targets+=("$(basename "$path")"); done
fi
((${#targets[@]})) || { say "no fuzz targets in $bin: run make fuzz"; exit 1; }

# Symbolized stack traces when LLVM's symbolizer is there (ASan falls back to addr2line).
if [[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]]; then export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer; fi

# [SECTION] One target
failed=()
rows=()
run_target() {
  local t=$1 exe="$bin/$1"
  [[ -x "$exe" ]] || { say "$t: not built"; failed+=("$t"); return; }
  [[ -n "${seeds[$t]+set}" ]] || { say "$t: no seeds listed in tests/fuzz/run.sh"; failed+=("$t"); return; }
  local corpus="$root/tests/fuzz/corpus/$t" work="$out/work/$t" logs="$out/logs/$t" artifacts="$out/artifacts/$t/"
  local seed_dirs=() dir
  for dir in ${seeds[$t]}; do seed_dirs+=("$root/$dir"); done
  if [[ -d "$composed/$t" ]]; then seed_dirs+=("$composed/$t"); fi
  # what earlier runs found (each a fixture with its regression test) is replayed first
  if [[ -d "$root/tests/fixtures/fuzz/$t" ]]; then seed_dirs+=("$root/tests/fixtures/fuzz/$t"); fi
  mkdir -p "$corpus" "$artifacts"
  rm -rf "$work" "$logs" && mkdir -p "$work" "$logs"

  say "$t: fuzzing for ${seconds}s (corpus: $(ls "$corpus" | wc -l) files)"
  local status=0
  # NOTE: from the log folder: with -jobs, libFuzzer writes each job's output to ./fuzz-N.log
  # (and prints it again when the job ends, so run.log holds everything once).
  (cd "$logs" && "$exe" ${flags[$t]:-} ${FUZZ_FLAGS:-} -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
     -dict="$root/tests/fuzz/$t.dict" -artifact_prefix="$artifacts" -print_final_stats=1 \
     "$work" "$corpus" "${seed_dirs[@]}" >"$logs/run.log" 2>&1) || status=$?
  local execs cov ft
  execs=$(grep -ho 'stat::number_of_executed_units: [0-9]*' "$logs/run.log" | awk '{s += $2} END {print s + 0}')
  cov=$(grep -o 'cov: [0-9]*' "$logs/run.log" | tail -n1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$logs/run.log" | tail -n1 | cut -d' ' -f2)

  # Merge what this run found into the committed corpus, beyond what the seeds reach.
  local merged="$out/merge/$t" n=0 file
  rm -rf "$merged" && mkdir -p "$merged"
  for dir in "${seed_dirs[@]}"; do
    for file in "$dir"/*; do [[ -f "$file" ]] && cp "$file" "$merged/seed-$((n++))"; done
  done
  # NOTE: -merge=1 reads the inputs from the smallest up and keeps one only for an edge no
  # smaller one reached; -use_counters=0: for the edges it reaches, not for how often. That keeps
  # the committed corpus small (hit counts are found again within seconds of the next run).
  if "$exe" ${flags[$t]:-} -merge=1 -use_counters=0 -timeout=25 -rss_limit_mb=2048 "$merged" "$corpus" "$work" >"$logs/merge.log" 2>&1; then
    rm -f "$merged"/seed-*
    rm -f "$corpus"/* && { cp "$merged"/* "$corpus"/ 2>/dev/null || true; }
  else
    say "$t: merging the corpus failed, kept as it was (see $logs/merge.log)"
    ((status)) || status=1
  fi
  local files kib result=ok
  files=$(ls "$corpus" | wc -l)
  kib=$(( ($(du -sb "$corpus" | cut -f1) + 1023) / 1024 ))
  if ((status)); then
    result="FAILED (exit $status)"
    failed+=("$t")
    grep -a -A1 -E '^\[newsquiz\] fuzz:' "$logs/run.log" | head -n 4 >&2
    grep -a -E '^(==[0-9]+==|SUMMARY|Test unit written)' "$logs/run.log" | head -n 10 >&2
    say "$t: reproduce with: $exe $(ls -t "$artifacts" 2>/dev/null | head -n1 | sed "s|^|$artifacts|")"
  fi
  say "$t: ${execs} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${files} files (${kib} KiB): ${result}"
  rows+=("| $(date -u +%Y-%m-%d) | $t | ${seconds} s | ${execs} | ${cov:-?} | ${ft:-?} | ${files} files, ${kib} KiB | ${result} |")
}

for t in "${targets[@]}"; do run_target "$t"; done

if [[ "${FUZZ_RECORD:-}" == 1 ]]; then
  printf '%s\n' "${rows[@]}" >>"$root/tests/fuzz/RUNS.md"
  say "figures appended to tests/fuzz/RUNS.md"
fi
if ((${#failed[@]})); then
  say "fuzz: FAILED: ${failed[*]}"
  exit 1
fi
say "fuzz: ${#targets[@]} targets, no crash, leak, timeout or broken invariant; commit tests/fuzz/corpus to keep the coverage"
