# Shared by the benchmark scripts in this folder (sourced, not run).
# Needs: /usr/bin/time (GNU time), sqlite3, python3; scripts/bench installs them.

bench_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$bench_here/../.." && pwd)
# Where generated files and workspaces live between runs (several GB at 5M rows).
bench_scratch=${UPTAKE_BENCH_DIR:-${TMPDIR:-/tmp}/uptake-bench}
bench_seed=${UPTAKE_BENCH_SEED:-2025}
bench_timezone=Europe/Berlin

bench_die() {
    echo "benchmark: $*" >&2
    exit 2
}

bench_check_tools() {
    local t
    for t in /usr/bin/time sqlite3 python3; do
        command -v "$t" >/dev/null 2>&1 || bench_die "$t is missing (scripts/bench installs it: Debian packages time, sqlite3, python3)"
    done
}

# Sets $uptake: $UPTAKE if given, else a Release build of this tree (tests off) in $UPTAKE_BENCH_BUILD.
bench_uptake_binary() {
    if [ -n "${UPTAKE:-}" ]; then
        uptake=$UPTAKE
        [ -x "$uptake" ] || bench_die "UPTAKE=$uptake is not an executable"
        return
    fi
    # The same Release build (tests off) that scripts/run uses.
    local build=${UPTAKE_BENCH_BUILD:-$bench_root/build}
    if [ ! -f "$build/CMakeCache.txt" ]; then
        echo "Configuring a Release build in $build…" >&2
        cmake -S "$bench_root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DUPTAKE_BUILD_TESTS=OFF >/dev/null
    fi
    grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" ||
        bench_die "$build is not a Release build; benchmark a Release binary (or set UPTAKE=path)"
    echo "Building $build (Release)…" >&2
    if ! cmake --build "$build" --target uptake --parallel "$(nproc 2>/dev/null || echo 2)" >"$build/bench-build.log" 2>&1; then
        cat "$build/bench-build.log" >&2
        bench_die "the build failed"
    fi
    uptake=$build/bin/uptake
}

# Prints the path of the event CSV with $1 data rows, generating it on first use (kept for later runs).
# The file name carries the generator's hash, so a changed generator never reuses stale files.
bench_events_file() {
    local rows=$1 gen_hash file
    gen_hash=$(sha256sum "$bench_here/generate-events.py" | cut -c1-10)
    file=$bench_scratch/events-$rows-s$bench_seed-$gen_hash.csv
    if [ ! -s "$file" ]; then
        mkdir -p "$bench_scratch"
        echo "Generating $rows event rows into $file…" >&2
        python3 "$bench_here/generate-events.py" --rows "$rows" --seed "$bench_seed" --out "$file.part" ||
            bench_die "the generator failed"
        mv "$file.part" "$file"
    fi
    echo "$file"
}

# Prints the path of the roster that matches the event files.
bench_roster_file() {
    local gen_hash file
    gen_hash=$(sha256sum "$bench_here/generate-events.py" | cut -c1-10)
    file=$bench_scratch/roster-s$bench_seed-$gen_hash.csv
    if [ ! -s "$file" ]; then
        mkdir -p "$bench_scratch"
        python3 "$bench_here/generate-events.py" --seed "$bench_seed" --roster "$file.part" ||
            bench_die "the generator failed"
        mv "$file.part" "$file"
    fi
    echo "$file"
}

# bench_time REPORT CMD...: runs CMD under GNU time -v with stdout/stderr to REPORT.out/.err and the
# figures in REPORT.time; returns CMD's exit status.
bench_time() {
    local report=$1
    shift
    /usr/bin/time -v -o "$report.time" "$@" >"$report.out" 2>"$report.err"
}

# Wall-clock seconds from a GNU time -v report ("Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33").
bench_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f\n", s }' "$1"
}

# CPU seconds (user + system) from a GNU time -v report: less disturbed than wall time on a busy machine.
bench_cpu() {
    awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { printf "%.2f\n", u + s }' "$1"
}

# Peak resident set size in MB (MiB) from a GNU time -v report.
bench_rss_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.1f\n", $2 / 1024 }' "$1"
}

bench_machine() {
    local cpu
    cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
    echo "Machine: $(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Tools:   $("$uptake" --version 2>/dev/null | head -1) ($uptake), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
    if git -C "$bench_root" rev-parse --short HEAD >/dev/null 2>&1; then
        echo "Source:  $(git -C "$bench_root" rev-parse --short HEAD)$(git -C "$bench_root" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    fi
}
