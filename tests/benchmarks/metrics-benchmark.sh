#!/usr/bin/env bash
# Metrics benchmark (issue 4): on a workspace with 5M imported events (generated events + roster, imported with
# uptake), times in one run the reference metrics as plain SQL over the raw event table with the sqlite3 shell
# (reference-metrics.sql) and `uptake metrics WS --json`, and prints both times and their ratio.
#
#   tests/benchmarks/metrics-benchmark.sh [--rows N] [--repeat N]
#
# Environment: UPTAKE, UPTAKE_BENCH_DIR, UPTAKE_BENCH_SEED as for import-benchmark.sh. The workspace is kept in
# the scratch folder and reused by later runs (delete it to rebuild it).
# Target: uptake metrics at least 10× faster than the reference SQL.
# Exit status: 0 target met, 3 target missed or `uptake metrics` missing, 2 an error.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rows=5000000
repeat=1
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows=$2; shift 2 ;;
        --rows=*) rows=${1#*=}; shift ;;
        --repeat) repeat=$2; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [--rows N] [--repeat N]" >&2; exit 1 ;;
    esac
done
[[ "$rows" =~ ^[1-9][0-9]*$ ]] || bench_die "--rows takes a positive number"
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || bench_die "--repeat takes a positive number"

bench_check_tools
bench_uptake_binary
sql=$bench_here/reference-metrics.sql

events=$(bench_events_file "$rows")
roster=$(bench_roster_file)
run=$bench_scratch/metrics-run
mkdir -p "$run"
# The workspace depends on the data and on the importer (a different binary may store things differently).
uptake_hash=$(sha256sum "$uptake" | cut -c1-10)
ws=$bench_scratch/metrics-$(basename "$events" .csv)-u$uptake_hash.uptake
if [ ! -f "$ws.ready" ]; then
    rm -f "$ws" "$ws-wal" "$ws-shm" "$ws.ready"
    echo "Building the $rows-event workspace $ws…" >&2
    "$uptake" init "$ws" --timezone "$bench_timezone" >/dev/null || bench_die "uptake init failed"
    "$uptake" import "$ws" "$roster" --kind roster --json >"$run/roster.json" 2>"$run/roster.err" ||
        { cat "$run/roster.err" >&2; bench_die "importing the roster failed"; }
    "$uptake" import "$ws" "$events" --kind events --json >"$run/events.json" 2>"$run/events.err" ||
        { cat "$run/events.err" >&2; bench_die "importing the events failed"; }
    stored=$(sqlite3 "$ws" "SELECT count(*) FROM event")
    [ "$stored" = "$rows" ] || bench_die "the workspace holds $stored events, not $rows"
    touch "$ws.ready"
fi

# Does this binary have the metrics subcommand yet? (Asking `uptake metrics` directly is not safe: an unknown
# first word is taken as a workspace to open in the GUI.)
has_metrics=0
if "$uptake" --help 2>/dev/null | grep -q 'uptake metrics'; then
    has_metrics=1
fi

median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
bench_machine
echo "Workspace: $ws ($rows events, $(sqlite3 "$ws" 'SELECT count(*) FROM learner') learners," \
    "$(awk -v b="$(stat -c %s "$ws")" 'BEGIN { printf "%.0f MB", b / 1048576 }'))"
echo "Each figure is the median of $repeat run(s)."
echo

ref=() upt=()
for ((i = 1; i <= repeat; i++)); do
    # Warm the page cache for both, so neither pays for the first read of the file.
    cat "$ws" >/dev/null
    echo "  run $i: reference SQL… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    if ! bench_time "$run/reference" sqlite3 -readonly -cmd '.timer on' -cmd '.headers on' -cmd '.mode csv' "$ws" \
        ".read '$sql'"; then
        cat "$run/reference.err" >&2
        bench_die "the reference SQL failed"
    fi
    # The shell reports a failing statement on stderr and carries on with the next one.
    [ ! -s "$run/reference.err" ] || bench_die "the reference SQL failed: $(cat "$run/reference.err")"
    ref+=("$(bench_seconds "$run/reference.time")")
    if [ $has_metrics -eq 1 ]; then
        echo "  run $i: uptake metrics… (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        if ! bench_time "$run/uptake" timeout 600 "$uptake" metrics "$ws" --json; then
            cat "$run/uptake.err" >&2
            bench_die "uptake metrics failed"
        fi
        upt+=("$(bench_seconds "$run/uptake.time")")
    fi
done

# Per-statement times of the last reference run: the shell prints "Run Time: real …" after each statement.
echo "Reference SQL ($(basename "$sql")), per metric (last run):"
python3 - "$sql" "$run/reference.out" <<'EOF'
import re, sys
labels = re.findall(r"^-- metric: (\S+)", open(sys.argv[1], encoding="utf-8").read(), re.M)
times = re.findall(r"^Run Time: real ([0-9.]+)", open(sys.argv[2], encoding="utf-8").read(), re.M)
for label, t in zip(labels, times):
    print(f"  {label:40s} {float(t):8.2f} s")
if len(labels) != len(times):
    print(f"  (expected {len(labels)} timings, found {len(times)})")
EOF
ref_s=$(echo "${ref[*]}" | median)
echo
printf '%-34s %8s s   (CPU %s s, peak RSS %s MB)\n' "reference SQL, sqlite3 shell" "$ref_s" \
    "$(bench_cpu "$run/reference.time")" "$(bench_rss_mb "$run/reference.time")"
if [ $has_metrics -eq 0 ]; then
    printf '%-34s %8s\n' "uptake metrics --json" "n/a"
    echo
    echo "uptake metrics: NOT AVAILABLE — this uptake binary has no 'metrics' subcommand yet ('$uptake --help' does not"
    echo "list it), so only the reference time is measured. Target (≥ 10× faster than the reference): not checked."
    exit 3
fi
upt_s=$(echo "${upt[*]}" | median)
printf '%-34s %8s s   (CPU %s s, peak RSS %s MB)\n' "uptake metrics --json" "$upt_s" "$(bench_cpu "$run/uptake.time")" \
    "$(bench_rss_mb "$run/uptake.time")"
speedup=$(awk -v r="$ref_s" -v u="$upt_s" 'BEGIN { printf "%.1f", (u > 0 ? r / u : 0) }')
echo "speed-up: ${speedup}×"

# A light cross-check of a few headline numbers (informational: definitions are issue 4's, shapes may evolve).
python3 - "$run/reference.out" "$run/uptake.out" <<'EOF' || true
import csv, io, json, re, sys
blocks = re.split(r"^Run Time:.*\n", open(sys.argv[1], encoding="utf-8").read(), flags=re.M)
def rows(i):
    return list(csv.DictReader(io.StringIO(blocks[i]))) if i < len(blocks) else []
try:
    m = json.load(open(sys.argv[2], encoding="utf-8"))
except ValueError as e:
    print(f"cross-check: uptake's output is not JSON ({e})")
    sys.exit(0)
def check(name, ref, got, tol=1e-3):
    ok = ref is not None and got is not None and abs(float(ref) - float(got)) <= tol * max(1.0, abs(float(ref)))
    print(f"cross-check {name:32s} reference {ref!s:>12}  uptake {got!s:>12}  {'agree' if ok else 'DIFFER'}")
wau = {r["week"]: int(r["active"]) for r in rows(0)}
got_wau = {w.get("week"): w.get("active") for w in m.get("weekly_active_users", []) if isinstance(w, dict)}
same = sum(1 for k, v in wau.items() if got_wau.get(k) == v)
print(f"cross-check {'weekly_active_users':32s} {same} of {len(wau)} reference weeks agree (uptake has {len(got_wau)})")
overall = rows(2)
check("completion.overall_rate", overall[0]["overall_rate"] if overall else None,
      (m.get("completion") or {}).get("overall_rate"))
summary = {r["statistic"]: r["days"] for r in rows(6)}
check("time_to_first_completion median", summary.get("median"),
      (m.get("time_to_first_completion_days") or {}).get("median"), tol=1e-2)
EOF
# The dashboard's first paint: the GUI opens the workspace (offscreen, scratch settings) and reports, part by part,
# when the figures are painted (UPTAKE_MEASURE_FIRST_PAINT in app/main.cpp), then quits.
first_paint=""
if [ "${UPTAKE_BENCH_SKIP_GUI:-0}" != 1 ]; then
    gui_home=$(mktemp -d)
    if HOME=$gui_home XDG_CONFIG_HOME=$gui_home/config XDG_DATA_HOME=$gui_home/data QT_QPA_PLATFORM=offscreen \
        UPTAKE_MEASURE_FIRST_PAINT=1 timeout 120 "$uptake" "$ws" >"$run/gui.out" 2>"$run/gui.err"; then
        first_paint=$(sed -n 's/^figures painted: \([0-9]*\) ms.*/\1/p' "$run/gui.err" | head -1)
        all_painted=$(sed -n 's/^figures painted: \([0-9]*\) ms.*/\1/p' "$run/gui.err" | tail -1)
        echo
        echo "Dashboard on opening the workspace (from process start):"
        sed -n 's/^\(window\|summary\|figures\) /  &/p' "$run/gui.err"
    else
        echo "the GUI run failed: $(tail -3 "$run/gui.err")" >&2
    fi
    rm -rf "$gui_home"
fi

echo
status=0
if awk -v s="$speedup" 'BEGIN { exit !(s >= 10) }'; then
    echo "Target: uptake metrics ≥ 10× faster than the reference SQL — met (${speedup}×)"
else
    echo "Target: uptake metrics ≥ 10× faster than the reference SQL — NOT met (${speedup}×)"
    status=3
fi
if [ -n "$first_paint" ]; then
    if [ "$first_paint" -lt 1000 ]; then
        echo "Target: the dashboard's first paint under 1 s — met (${first_paint} ms; all figures ${all_painted} ms)"
    else
        echo "Target: the dashboard's first paint under 1 s — NOT met (${first_paint} ms; all figures ${all_painted} ms)"
        status=3
    fi
fi
exit $status
