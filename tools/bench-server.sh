#!/usr/bin/env bash
# The benchmarks on PostgreSQL (issue 11, docs/PERFORMANCE.md): starts a throwaway cluster
# (tools/pg-test-cluster.sh, with fsync on as on a real server), runs the register and letter
# benchmarks against it over loopback — filled and migrated by the owner role, measured as the
# desks' role — and stops the cluster whatever happens.
#   tools/bench-server.sh [BUILD_DIR]      (make bench-server; BENCH_EXPLAIN=FILE writes the plans)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build-release}/bin
for b in bench_register_search bench_register_startup bench_letter_issue; do
  [[ -x "$bin/$b" ]] || { echo "$bin/$b is missing: build with -DDSR_BUILD_BENCHMARKS=ON" >&2; exit 1; }
done
dir=$(mktemp -d /tmp/dsr-bench-pg.XXXXXX)
trap 'bash tools/pg-test-cluster.sh stop "$dir"; rm -rf "$dir"' EXIT
DSR_PG_FSYNC=on bash tools/pg-test-cluster.sh start "$dir"
set -a
# shellcheck source=/dev/null
. "$dir/env"
set +a
owner=${DSR_TEST_PG_OWNER_URI%/*}
app=${DSR_TEST_PG_APP_URI%/*}
for name in dsr_bench_register dsr_bench_letters dsr_bench_desks; do
  psql -X -q -v ON_ERROR_STOP=1 -d "$DSR_TEST_PG_OWNER_URI" -c "CREATE DATABASE $name"
done
export QT_QPA_PLATFORM=offscreen

echo "== register search, 30,000 members and 100,000 requests (fills the database first)"
"$bin/bench_register_search" --owner "$owner/dsr_bench_register" --db "$app/dsr_bench_register" \
  ${BENCH_EXPLAIN:+--explain "$BENCH_EXPLAIN"}
echo "== start-up to a populated register, three runs"
for _ in 1 2 3; do "$bin/bench_register_startup" --db "$app/dsr_bench_register"; done
echo "== letter issue, one desk"
"$bin/bench_letter_issue" --owner "$owner/dsr_bench_letters" --db "$app/dsr_bench_letters"
echo "== letter issue, four desks at once"
"$bin/bench_letter_issue" --owner "$owner/dsr_bench_desks" --db "$app/dsr_bench_desks" --desks 4 --letters 50
