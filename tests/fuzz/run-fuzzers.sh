#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (tests/fuzz; make fuzz, make fuzz-ci).
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [TARGET…]
#
# Each target (all of them when none is named) runs for SECONDS on its work corpus,
# BUILD_DIR/fuzz-work/TARGET/corpus: the repository's seeds (tests/fuzz/corpus/TARGET) copied in,
# plus whatever earlier runs of this build tree found (remove BUILD_DIR/fuzz-work to start from
# the seeds again). The repository's corpus is never written. One line per target:
#
#   fuzz_csv executions=N seconds=S findings=0 exec_per_second=R corpus=C
#
# A crash, a sanitizer's report, a broken invariant, a leak, a timeout or running out of memory
# is a finding: its input is kept in BUILD_DIR/fuzz-work/TARGET/ (crash-…, leak-…, timeout-…,
# oom-…) and named with the end of libFuzzer's report; the script then exits 1, after running the
# other targets. Replay one with `BUILD_DIR/bin/TARGET FILE`. FUZZ_RUNS=N stops each target after
# N executions if SECONDS have not run out first.
set -uo pipefail

if [[ $# -lt 2 ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || exit 2
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(fuzz_csv fuzz_cao_list fuzz_template fuzz_era_date fuzz_my_number fuzz_search_key fuzz_document)
fi

# Sanitizers stop at the first report and print a stack with it.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Leaks count, except a library's own one-off allocations kept until exit (lsan.supp says which).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

failed=0
for target in "${targets[@]}"; do
    program="$build/bin/$target"
    if [[ ! -x "$program" ]]; then
        echo "$target: $program is missing (build the fuzzers target first)" >&2
        failed=1
        continue
    fi
    work="$build/fuzz-work/$target"
    mkdir -p "$work/corpus"
    if [[ -d "$here/corpus/$target" ]]; then
        cp -n "$here/corpus/$target"/* "$work/corpus/" 2>/dev/null || true
    fi
    options=(-max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/")
    [[ -f "$here/$target.dict" ]] && options+=(-dict="$here/$target.dict")
    # Time and memory per input, and the longest input: each target's inputs are as long as the
    # text it reads is in practice, with room to spare (a date, a name, a CSV file, a template).
    # The time limit is wall time: 25 s keeps a run starved of CPU by other builds from reporting
    # a timeout that is none (one input of these targets takes milliseconds).
    case "$target" in
    fuzz_document)
        # Poppler and the image readers: a hostile page may take seconds and hundreds of
        # megabytes and still be fine; the child that runs this code has 2 GB and 30 s.
        options+=(-rss_limit_mb=2560 -timeout=25 -max_len=65536)
        ;;
    fuzz_template) options+=(-rss_limit_mb=2048 -timeout=25 -max_len=8192) ;;
    fuzz_csv | fuzz_cao_list) options+=(-rss_limit_mb=2048 -timeout=25 -max_len=4096) ;;
    fuzz_era_date | fuzz_my_number) options+=(-rss_limit_mb=2048 -timeout=25 -max_len=256) ;;
    *) options+=(-rss_limit_mb=2048 -timeout=25 -max_len=1024) ;;
    esac
    # FUZZ_RUNS=N: stop a target after N executions too (a long run's goal).
    [[ -n "${FUZZ_RUNS:-}" ]] && options+=(-runs="$FUZZ_RUNS")
    log="$work/last-run.log"
    started=$(date +%s.%N)
    "$program" "${options[@]}" "$work/corpus" >"$log" 2>&1
    status=$?
    ended=$(date +%s.%N)
    elapsed=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.0f", b - a }')
    executions=$(awk '/^stat::number_of_executed_units:/ { n = $NF } END { print n + 0 }' "$log")
    # The inputs libFuzzer keeps in its corpus at the end (the folder also holds those that
    # smaller ones replaced since).
    corpus=$(grep -o 'corp: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$')
    corpus=${corpus:-$(find "$work/corpus" -type f | wc -l)}
    rate=$(awk -v n="$executions" -v s="$elapsed" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    findings=0
    if [[ $status -ne 0 ]]; then
        findings=1
        failed=1
    fi
    echo "$target executions=$executions seconds=$elapsed findings=$findings exec_per_second=$rate corpus=$corpus"
    if [[ $findings -ne 0 ]]; then
        echo "---- $target: libFuzzer exited $status; the end of its log ($log):"
        grep -v '^#[0-9]' "$log" | tail -n 60
        grep -h 'Test unit written to' "$log" | sed "s/^/---- $target: /"
    fi
done
exit $failed
