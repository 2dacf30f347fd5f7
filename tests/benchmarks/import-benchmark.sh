#!/usr/bin/env bash
# Import benchmark (issue 3): for each size, in one run, imports the same generated event CSV with
# `uptake import --kind events` into a new workspace and with the sqlite3 shell's bare `.import --csv` into an
# empty database, both under GNU time -v, and prints times, their ratio, Uptake's rows/s and both peak RSS.
#
#   tests/benchmarks/import-benchmark.sh [--rows-list "1000000 5000000"] [--repeat N] [--keep]
#
# Environment: UPTAKE=path/to/uptake (default: build this tree in Release, see common.sh),
# UPTAKE_BENCH_DIR (scratch folder, default /tmp/uptake-bench; generated files are reused from there),
# UPTAKE_BENCH_SEED (generator seed, default 2025).
# Targets: uptake ≤ 1.5 × sqlite3's time; uptake's peak RSS < 150 MB and flat (largest size ≤ 1.2 × smallest).
# Exit status: 0 targets met, 3 a target missed, 2 an error (a failed import or a row count that does not match).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rows_list="1000000 5000000"
repeat=1
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows-list) rows_list=$2; shift 2 ;;
        --rows-list=*) rows_list=${1#*=}; shift ;;
        --repeat) repeat=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [--rows-list \"1000000 5000000\"] [--repeat N] [--keep]" >&2; exit 1 ;;
    esac
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || bench_die "--repeat takes a positive number"
for rows in $rows_list; do
    [[ "$rows" =~ ^[1-9][0-9]*$ ]] || bench_die "--rows-list takes positive numbers, not “$rows”"
done

bench_check_tools
bench_uptake_binary

# Generate every file first, so generation never overlaps a measurement.
declare -A files
for rows in $rows_list; do
    files[$rows]=$(bench_events_file "$rows")
done

run=$bench_scratch/import-run
mkdir -p "$run"
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { tr ' ' '\n' | sort -g | tail -1; }

echo
bench_machine
echo "Files:   $bench_scratch (seed $bench_seed); each figure is the median of $repeat run(s), peak RSS the maximum"
echo

declare -A u_s q_s u_cpu q_cpu u_rss q_rss
failed=0
for rows in $rows_list; do
    file=${files[$rows]}
    size_mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.0f", b / 1048576 }')
    us=() qs=() uc=() qc=() ur=() qr=()
    for ((i = 1; i <= repeat; i++)); do
        # Both read the file from the page cache.
        cat "$file" >/dev/null

        ws=$run/bench.uptake
        rm -f "$ws" "$ws-wal" "$ws-shm" "$ws-journal"
        "$uptake" init "$ws" --timezone "$bench_timezone" >/dev/null || bench_die "uptake init failed"
        echo "  $rows rows ($size_mb MB), run $i: uptake import… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        if ! bench_time "$run/uptake" "$uptake" import "$ws" "$file" --kind events --json; then
            cat "$run/uptake.err" >&2
            bench_die "uptake import of $file failed"
        fi
        read -r read_n imported rejected duplicates < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["rows_read"], d["imported"], d["rejected"], d["duplicates"])' "$run/uptake.out")
        stored=$(sqlite3 "$ws" "SELECT count(*) FROM event")
        if [ "$read_n" != "$rows" ] || [ "$imported" != "$rows" ] || [ "$stored" != "$rows" ]; then
            echo "COUNT MISMATCH at $rows rows: uptake read $read_n, imported $imported, rejected $rejected," \
                "duplicates $duplicates; the event table holds $stored" >&2
            failed=1
        fi
        us+=("$(bench_seconds "$run/uptake.time")")
        uc+=("$(bench_cpu "$run/uptake.time")")
        ur+=("$(bench_rss_mb "$run/uptake.time")")
        [ $keep -eq 1 ] || rm -f "$ws" "$ws-wal" "$ws-shm"

        cat "$file" >/dev/null
        db=$run/bench.sqlite
        rm -f "$db" "$db-journal"
        echo "  $rows rows, run $i: sqlite3 .import… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        # A bare import: the shell creates table t with one TEXT column per header field.
        if ! bench_time "$run/sqlite3" sqlite3 "$db" ".import --csv '$file' t"; then
            cat "$run/sqlite3.err" >&2
            bench_die "sqlite3 .import of $file failed"
        fi
        stored=$(sqlite3 "$db" "SELECT count(*) FROM t")
        if [ "$stored" != "$rows" ]; then
            echo "COUNT MISMATCH at $rows rows: sqlite3 imported $stored" >&2
            failed=1
        fi
        qs+=("$(bench_seconds "$run/sqlite3.time")")
        qc+=("$(bench_cpu "$run/sqlite3.time")")
        qr+=("$(bench_rss_mb "$run/sqlite3.time")")
        [ $keep -eq 1 ] || rm -f "$db"
    done
    u_s[$rows]=$(echo "${us[*]}" | median)
    q_s[$rows]=$(echo "${qs[*]}" | median)
    u_cpu[$rows]=$(echo "${uc[*]}" | median)
    q_cpu[$rows]=$(echo "${qc[*]}" | median)
    u_rss[$rows]=$(echo "${ur[*]}" | maxof)
    q_rss[$rows]=$(echo "${qr[*]}" | maxof)
    [ "$repeat" -gt 1 ] && echo "  $rows rows: uptake runs ${us[*]} s; sqlite3 runs ${qs[*]} s" >&2
done

echo
echo "Wall-clock seconds decide the targets; CPU seconds (user + system) show how much a busy machine distorted them."
printf '%10s  %9s  %10s  %6s  %13s  %15s  %15s  %10s  %11s  %9s\n' rows "uptake s" "sqlite3 s" ratio "uptake rows/s" \
    "uptake RSS MB" "sqlite3 RSS MB" "uptake CPU" "sqlite3 CPU" "CPU ratio"
met=1
first_rss= last_rss=
for rows in $rows_list; do
    ratio=$(awk -v u="${u_s[$rows]}" -v q="${q_s[$rows]}" 'BEGIN { printf "%.2f", (q > 0 ? u / q : 0) }')
    rate=$(awk -v u="${u_s[$rows]}" -v n="$rows" 'BEGIN { printf "%.0f", (u > 0 ? n / u : 0) }')
    cpu_ratio=$(awk -v u="${u_cpu[$rows]}" -v q="${q_cpu[$rows]}" 'BEGIN { printf "%.2f", (q > 0 ? u / q : 0) }')
    printf '%10s  %9s  %10s  %6s  %13s  %15s  %15s  %10s  %11s  %9s\n' "$rows" "${u_s[$rows]}" "${q_s[$rows]}" "$ratio" \
        "$rate" "${u_rss[$rows]}" "${q_rss[$rows]}" "${u_cpu[$rows]}" "${q_cpu[$rows]}" "$cpu_ratio"
    awk -v r="$ratio" 'BEGIN { exit !(r <= 1.5) }' || met=0
    awk -v m="${u_rss[$rows]}" 'BEGIN { exit !(m < 150) }' || met=0
    first_rss=${first_rss:-${u_rss[$rows]}}
    last_rss=${u_rss[$rows]}
done
echo
worst_ratio=$(for rows in $rows_list; do awk -v u="${u_s[$rows]}" -v q="${q_s[$rows]}" 'BEGIN { printf "%.2f\n", u / q }'; done | sort -g | tail -1)
worst_rss=$(for rows in $rows_list; do echo "${u_rss[$rows]}"; done | sort -g | tail -1)
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }
echo "Target: uptake time ≤ 1.5 × sqlite3 .import      — $(verdict "$worst_ratio <= 1.5") (worst ratio $worst_ratio)"
echo "Target: uptake peak RSS < 150 MB                 — $(verdict "$worst_rss < 150") (highest $worst_rss MB)"
if [ "$(echo "$rows_list" | wc -w)" -gt 1 ]; then
    flat=$(verdict "$last_rss <= 1.2 * $first_rss")
    [ "$flat" = met ] || met=0
    echo "Target: peak RSS flat, largest ≤ 1.2 × smallest  — $flat ($first_rss → $last_rss MB)"
else
    echo "Target: peak RSS flat                            — not checked (give two sizes with --rows-list)"
fi
if [ $failed -ne 0 ]; then
    echo "ERROR: imported row counts do not match the files (see above)"
    exit 2
fi
echo "Row counts: every import holds exactly the file's rows."
[ $met -eq 1 ] || exit 3
