# Shared by scripts/run and scripts/test: installs the Debian packages listed in scripts/deps.
# Quiet and quick when everything is already there.

UPTAKE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

uptake_packages() {
    # $1 = "run" for the packages the app needs, "test" for those plus the test-only ones.
    local mode=$1
    awk -v mode="$mode" '
        /^# test/ { test = 1; next }
        /^#/ || NF == 0 { next }
        { if (!test || mode == "test") print $1 }
    ' "$UPTAKE_ROOT/scripts/deps"
}

uptake_install_deps() {
    local mode=$1 missing=()
    local pkg
    for pkg in $(uptake_packages "$mode"); do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || return 1
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
}

uptake_jobs() {
    nproc 2>/dev/null || echo 2
}

uptake_sanitizer_env() {
    # The sanitizer settings of scripts/test and scripts/fuzz: ASan with LeakSanitizer and UBSan, every finding fatal.
    # A finding exits with 86, a code Uptake never uses (0 ok, 1 usage, 2 data error), so a report from a child
    # process (the CLI run by a test) cannot pass for an expected exit status. With a directory as $1, every ASan
    # and LSan report goes to a file there (instead of stderr), so the caller can fail on one that a test did not
    # see; GCC's UBSan runtime ignores log_path, its reports stay on stderr (and exit with 86).
    local log=""
    if [ -n "${1:-}" ]; then
        mkdir -p "$1"
        log=":log_path=$1/report"
    fi
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=86:detect_stack_use_after_return=0$log"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=86"
    export LSAN_OPTIONS="suppressions=$UPTAKE_ROOT/tests/sanitizer/lsan.supp:print_suppressions=0:exitcode=86"
}

uptake_sanitizer_reports() {
    # Prints each sanitizer report left in directory $1 by uptake_sanitizer_env and fails when there is one.
    local dir=$1 f found=0
    for f in "$dir"/report.*; do
        [ -e "$f" ] || continue
        found=1
        echo "==== sanitizer report $(basename "$f") (process $(basename "$f" | cut -d. -f2)):" >&2
        cat "$f" >&2
    done
    [ $found -eq 0 ]
}
