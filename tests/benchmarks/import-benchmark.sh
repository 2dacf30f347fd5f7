#!/usr/bin/env bash
# Import benchmark (issue 3): for each size, in one run, imports the same generated event CSV with
# `uptake import --kind events` into a new workspace and with the sqlite3 shell's bare `.import --csv` into an
# empty database, both under GNU time -v, and prints times, their ratio, Uptake's rows/s and both peak RSS.
#
#   tests/benchmarks/import-benchmark.sh [--rows-list "1000000 5000000"] [--repeat N] [--keep] [--pg]
#
# PostgreSQL column (issue 9): with --pg (a throwaway cluster from scripts/pg-test-cluster, stopped at the end) or
# with UPTAKE_TEST_PG_URL set (a superuser URL of a running server), the same file also goes into a fresh
# server-init'ed team workspace with `uptake import postgresql://… FILE --kind events` and, with psql's
# `\copy … CSV HEADER`, into a bare table of text columns; both times, their ratio and both clients' peak RSS.
# Environment: UPTAKE=path/to/uptake (default: build this tree in Release, see common.sh),
# UPTAKE_BENCH_DIR (scratch folder, default /tmp/uptake-bench; generated files are reused from there),
# UPTAKE_BENCH_SEED (generator seed, default 2025).
# Targets: uptake ≤ 1.5 × sqlite3's time; uptake's peak RSS < 150 MB and flat (largest size ≤ 1.2 × smallest).
# The PostgreSQL column has no target yet: it is reported.
# Exit status: 0 targets met, 3 a target missed, 2 an error (a failed import or a row count that does not match).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rows_list="1000000 5000000"
repeat=1
keep=0
pg=0
while [ $# -gt 0 ]; do
    case "$1" in
        --rows-list) rows_list=$2; shift 2 ;;
        --rows-list=*) rows_list=${1#*=}; shift ;;
        --repeat) repeat=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --pg) pg=1; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [--rows-list \"1000000 5000000\"] [--repeat N] [--keep] [--pg]" >&2; exit 1 ;;
    esac
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || bench_die "--repeat takes a positive number"
for rows in $rows_list; do
    [[ "$rows" =~ ^[1-9][0-9]*$ ]] || bench_die "--rows-list takes positive numbers, not “$rows”"
done

bench_check_tools
bench_uptake_binary

# The PostgreSQL server, when there is one to measure against.
pg_url=
if [ $pg -eq 1 ]; then
    command -v psql >/dev/null 2>&1 || bench_die "psql is missing (Debian package postgresql-client)"
    pg_env=$("$bench_root/scripts/pg-test-cluster" start) || bench_die "could not start a PostgreSQL test cluster"
    eval "$pg_env"
    pg_dir=$UPTAKE_TEST_PG_DIR
    trap '"$bench_root/scripts/pg-test-cluster" stop "$pg_dir"' EXIT
    pg_url=$UPTAKE_TEST_PG_URL
elif [ -n "${UPTAKE_TEST_PG_URL:-}" ]; then
    command -v psql >/dev/null 2>&1 || bench_die "psql is missing (Debian package postgresql-client)"
    pg_url=$UPTAKE_TEST_PG_URL
fi
# pg_db_url NAME: the server's URL with another database.
pg_db_url() { echo "${pg_url%/*}/$1"; }
pg_admin() { PGOPTIONS='-c client_min_messages=warning' psql "$pg_url" -X -q -v ON_ERROR_STOP=1 -At -c "$1"; }

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

declare -A u_s q_s u_cpu q_cpu u_rss q_rss p_s c_s p_rss c_rss p_cpu
failed=0
for rows in $rows_list; do
    file=${files[$rows]}
    size_mb=$(awk -v b="$(stat -L -c %s "$file")" 'BEGIN { printf "%.0f", b / 1048576 }')
    us=() qs=() uc=() qc=() ur=() qr=() ps=() cs=() pr=() cr=() pc=()
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

        if [ -n "$pg_url" ]; then
            # Uptake into a fresh team workspace (server-init'ed: schema, roles, indexes, triggers as in use).
            name=uptake_bench_$$_${rows}_$i
            pg_admin "DROP DATABASE IF EXISTS $name" && pg_admin "CREATE DATABASE $name" ||
                bench_die "could not create the database $name"
            team=$(pg_db_url "$name")
            "$uptake" server-init --url "$team" --timezone "$bench_timezone" >/dev/null ||
                bench_die "uptake server-init failed"
            cat "$file" >/dev/null
            echo "  $rows rows, run $i: uptake import into PostgreSQL… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
            if ! bench_time "$run/uptake-pg" "$uptake" import "$team" "$file" --kind events --json; then
                cat "$run/uptake-pg.err" >&2
                bench_die "uptake import of $file into $team failed"
            fi
            stored=$(psql "$team" -X -At -c "SELECT count(*) FROM event")
            if [ "$stored" != "$rows" ]; then
                echo "COUNT MISMATCH at $rows rows: the team workspace's event table holds $stored" >&2
                failed=1
            fi
            ps+=("$(bench_seconds "$run/uptake-pg.time")")
            pc+=("$(bench_cpu "$run/uptake-pg.time")")
            pr+=("$(bench_rss_mb "$run/uptake-pg.time")")
            [ $keep -eq 1 ] || pg_admin "DROP DATABASE $name WITH (FORCE)"

            # psql's \copy into a bare table: one text column per header field, no keys, no indexes.
            bare=uptake_bench_$$_${rows}_${i}_bare
            pg_admin "DROP DATABASE IF EXISTS $bare" && pg_admin "CREATE DATABASE $bare" ||
                bench_die "could not create the database $bare"
            columns=$(head -1 "$file" | tr -d '\r"' | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s\"%s\" text", (i > 1 ? ", " : ""), $i }')
            psql "$(pg_db_url "$bare")" -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE t ($columns)" ||
                bench_die "could not create the bare table"
            cat "$file" >/dev/null
            echo "  $rows rows, run $i: psql \\copy… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
            if ! bench_time "$run/psql" psql "$(pg_db_url "$bare")" -X -q -v ON_ERROR_STOP=1 \
                -c "\\copy t FROM '$file' CSV HEADER"; then
                cat "$run/psql.err" >&2
                bench_die "psql \\copy of $file failed"
            fi
            stored=$(psql "$(pg_db_url "$bare")" -X -At -c "SELECT count(*) FROM t")
            if [ "$stored" != "$rows" ]; then
                echo "COUNT MISMATCH at $rows rows: psql \\copy loaded $stored" >&2
                failed=1
            fi
            cs+=("$(bench_seconds "$run/psql.time")")
            cr+=("$(bench_rss_mb "$run/psql.time")")
            [ $keep -eq 1 ] || pg_admin "DROP DATABASE $bare WITH (FORCE)"
        fi
    done
    u_s[$rows]=$(echo "${us[*]}" | median)
    q_s[$rows]=$(echo "${qs[*]}" | median)
    u_cpu[$rows]=$(echo "${uc[*]}" | median)
    q_cpu[$rows]=$(echo "${qc[*]}" | median)
    u_rss[$rows]=$(echo "${ur[*]}" | maxof)
    q_rss[$rows]=$(echo "${qr[*]}" | maxof)
    [ "$repeat" -gt 1 ] && echo "  $rows rows: uptake runs ${us[*]} s; sqlite3 runs ${qs[*]} s" >&2
    if [ -n "$pg_url" ]; then
        p_s[$rows]=$(echo "${ps[*]}" | median)
        p_cpu[$rows]=$(echo "${pc[*]}" | median)
        c_s[$rows]=$(echo "${cs[*]}" | median)
        p_rss[$rows]=$(echo "${pr[*]}" | maxof)
        c_rss[$rows]=$(echo "${cr[*]}" | maxof)
    fi
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
if [ -n "$pg_url" ]; then
    echo
    echo "PostgreSQL ($(psql "$pg_url" -X -At -c 'SHOW server_version')): uptake import into a server-init'ed team workspace"
    echo "vs psql \\copy into a bare text table. Peak RSS is the client's (the server's backend does its share of the work);"
    echo "uptake CPU is the client's too, so it shows how much of the time Uptake itself spends."
    printf '%10s  %12s  %12s  %6s  %13s  %15s  %13s  %13s\n' rows "uptake pg s" "psql copy s" ratio "uptake rows/s" \
        "uptake RSS MB" "psql RSS MB" "uptake CPU"
    for rows in $rows_list; do
        ratio=$(awk -v u="${p_s[$rows]}" -v q="${c_s[$rows]}" 'BEGIN { printf "%.2f", (q > 0 ? u / q : 0) }')
        rate=$(awk -v u="${p_s[$rows]}" -v n="$rows" 'BEGIN { printf "%.0f", (u > 0 ? n / u : 0) }')
        printf '%10s  %12s  %12s  %6s  %13s  %15s  %13s  %13s\n' "$rows" "${p_s[$rows]}" "${c_s[$rows]}" "$ratio" \
            "$rate" "${p_rss[$rows]}" "${c_rss[$rows]}" "${p_cpu[$rows]}"
    done
fi
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
