#!/usr/bin/env bash
# Report benchmark (issue 6): times `uptake report` — gathering the figures, laying out and writing the PDF — on
# the demo workspace (target: under 2 s) and, when metrics-benchmark.sh has built it, on the 5M-event workspace
# (target: under 5 s). Prints the median wall time of --repeat runs and the page count. Not a test.
#
#   tests/benchmarks/report-benchmark.sh [--repeat N]
#
# Environment: UPTAKE (a built uptake; default: a Release build of this tree), UPTAKE_BENCH_DIR (scratch folder).
# Exit status: 0 targets met, 3 a target missed, 2 an error.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

repeat=3
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) repeat=$2; shift 2 ;;
        --repeat=*) repeat=${1#*=}; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [--repeat N]" >&2; exit 1 ;;
    esac
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || bench_die "--repeat takes a positive number"
command -v pdfinfo >/dev/null 2>&1 || bench_die "pdfinfo is missing (Debian package poppler-utils)"

bench_uptake_binary
run=$bench_scratch/report-run
mkdir -p "$run"
demo=$run/demo.uptake
"$uptake" init "$demo" --demo --force >/dev/null || bench_die "cannot create the demo workspace"

status=0
# time_report LABEL WORKSPACE TARGET_SECONDS
time_report() {
    local label=$1 ws=$2 target=$3 times=() i start end
    for ((i = 0; i < repeat; i++)); do
        start=$(date +%s.%N)
        "$uptake" report "$ws" --out "$run/report.pdf" >/dev/null || bench_die "uptake report failed on $ws"
        end=$(date +%s.%N)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
    done
    local median pages verdict
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }')
    pages=$(pdfinfo "$run/report.pdf" | awk '/^Pages:/ { print $2 }')
    if awk -v m="$median" -v t="$target" 'BEGIN { exit !(m < t) }'; then verdict="met"; else verdict="MISSED"; status=3; fi
    printf '%-28s %6s s  (%s pages, median of %d; target < %s s: %s)\n' "$label" "$median" "$pages" "$repeat" "$target" "$verdict"
}

time_report "demo workspace" "$demo" 2
big=$(ls -t "$bench_scratch"/metrics-*.uptake 2>/dev/null | head -n 1 || true)
if [ -n "$big" ]; then
    time_report "5M-event workspace" "$big" 5
else
    echo "5M-event workspace: not built yet (run tests/benchmarks/metrics-benchmark.sh once, then run this again)"
fi
exit $status
