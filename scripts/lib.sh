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
