#!/usr/bin/env bash
# Analysis benchmark: Q1, Q2, Q3 and Q4 of ../shared/bench through Pulse's engine API, beside DuckDB and
# ClickHouse (and SQLite for 1m) measured by ../shared/bench/reference.sh in the same run, on the
# same machine and data. Pulse loads the CSV through its own importer (once; the workspace is kept in
# the bench cache), checks its answers against the reference answers exactly, and the script prints
# every engine's median and the ratio best-reference / Pulse. Results are in docs/benchmarks.md.
#
# Usage: bench/analysis.sh SIZE [BUILD_DIR]      SIZE: 1m | 10m (default build/bench)
# Environment: PULSE_BENCH_CACHE (~/.cache/pulse-bench), ENGINES ("duckdb clickhouse", plus sqlite
#              for 1m), RUNS (5, Pulse's timed runs per query), SKIP_BUILD (0).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
size=${1:?usage: bench/analysis.sh 1m|10m [BUILD_DIR]}
build_dir=${2:-$here/build/bench}
runs=${RUNS:-5}
shared=$here/../shared/bench
[ -x "$shared/reference.sh" ] || [ -f "$shared/reference.sh" ] || { echo "analysis.sh: $shared/reference.sh is missing" >&2; exit 2; }
if [ -z "${ENGINES:-}" ]; then
    ENGINES="duckdb clickhouse"
    [ "$size" = 1m ] && ENGINES="$ENGINES sqlite"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPULSE_BUILD_TESTS=OFF \
        -DPULSE_BUILD_DESKTOP=OFF >/dev/null
    cmake --build "$build_dir" --target pulse-analysis-bench >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
# shellcheck disable=SC2086
bash "$shared/reference.sh" "$size" $ENGINES | tee -a "$log"
"$build_dir/bench/pulse-analysis-bench" "$size" --runs "$runs" | tee -a "$log"
status=${PIPESTATUS[0]}
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
printf '%-6s %10s %10s %10s %10s %12s\n' query pulse_s duckdb_s clickhouse_s sqlite_s best_ref/pulse
for q in q1 q2 q3 q4; do
    median() { awk -v e="$1" -v s="$size" -v q="$q" '$1 == e && $2 == s && $3 == q && $4 ~ /^median_s=/ { sub("median_s=", "", $4); print $4 }' "$log" | tail -1; }
    p=$(median pulse) d=$(median duckdb) c=$(median clickhouse) l=$(median sqlite)
    best=$(printf '%s\n' "$d" "$c" | sed '/^$/d' | sort -g | head -1)
    ratio=$(awk -v b="$best" -v p="$p" 'BEGIN { if (b != "" && p > 0) printf "%.1fx", b / p; else print "-" }')
    printf '%-6s %10s %10s %10s %10s %12s\n' "$q" "${p:--}" "${d:--}" "${c:--}" "${l:--}" "$ratio"
done
grep -E '^pulse .* (answer|memory|build-from|stats-7d)' "$log" || true
exit "$status"
