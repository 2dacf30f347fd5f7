#!/usr/bin/env bash
# The packaging test (ctest label "packaging"): validates the desktop entry and the AppStream metadata, builds
# the .deb with CPack, unpacks it into a scratch root (no root needed) and checks its control data and FHS
# layout, then runs the unpacked binary with the system's libraries (LD_LIBRARY_PATH untouched).
# Usage: test_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$1
source=$2
app_id=org.example.Uptake
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "--- $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli groff gzip; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/deps lists its package)" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Nothing here may touch the user's settings or files.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

step "validators on the sources"
desktop-file-validate "$source/packaging/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$source/packaging/$app_id.metainfo.xml" || fail "appstreamcli validate"

step "cpack -G DEB"
if ! (cd "$build" && cpack -G DEB -B "$scratch/package" >"$scratch/cpack.log" 2>&1); then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
debs=("$scratch"/package/uptake_*.deb)
[ -f "${debs[0]}" ] || { echo "FAIL: cpack made no uptake_*.deb" >&2; ls -R "$scratch/package" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

step "control data"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = uptake ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = education ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ "$(field Description | wc -l)" -ge 3 ] || fail "Description has no long text: $(field Description)"
long=$(field Description | awk 'length > 80')
[ -z "$long" ] || fail "Description lines over 80 characters: $long"
! field Description | grep -q ';' || fail "Description contains a CMake list separator"
version=$(field Version)
depends=$(field Depends)
echo "Depends: $depends"
# shlibdeps found the libraries the binary links; the SQLite driver plug-in is listed by hand.
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libsqlite3-0 libstdc++6 libc6; do
    tr ',' '\n' <<<"$depends" | awk '{ print $1 }' | grep -qxF "$dep" || fail "Depends lacks $dep"
done

step "layout"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
expect=(
    usr/bin/uptake
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/uptake.1.gz
    usr/share/doc/uptake/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expect[@]}"; do
    [ -f "$root/$f" ] || fail "missing /$f"
done
[ -x "$root/usr/bin/uptake" ] || fail "/usr/bin/uptake is not executable"
# Nothing outside the FHS directories a package may own, nothing under /usr/local.
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin|share/(applications|metainfo|mime/packages|icons/hicolor|man/man1|doc/uptake))/' || true)
[ -z "$unexpected" ] || fail "files outside the expected layout: $unexpected"
# One licence everywhere: LICENSE (GPL-3), the Debian copyright file and the AppStream metadata.
grep -q "^License: GPL-3.0-or-later" "$root/usr/share/doc/uptake/copyright" || fail "copyright is not GPL-3.0-or-later"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "metainfo project_license is not GPL-3.0-or-later"
grep -q "GNU GENERAL PUBLIC LICENSE" "$source/LICENSE" && grep -q "Version 3" "$source/LICENSE" || fail "LICENSE is not the GPL-3 text"
for size in 16 48 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    # PNG IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ printf "%d %d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
    [ "$dims" = "$size $size" ] || fail "${size}px icon is $dims"
done

step "installed metadata"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "installed desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "installed metainfo"
grep -q "^Exec=uptake %f$" "$root/usr/share/applications/$app_id.desktop" || fail "Exec is not 'uptake %f'"
grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "Icon is not $app_id"
mime=$(grep -o 'mime-type type="[^"]*"' "$root/usr/share/mime/packages/$app_id.xml" | cut -d'"' -f2)
grep -q "^MimeType=$mime;$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop MimeType is not $mime"
grep -q "<mediatype>$mime</mediatype>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo lacks $mime"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "metainfo launchable is not $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "newest metainfo release is $newest, the package is $version"

step "installed binary"
bin="$root/usr/bin/uptake"
if ldd "$bin" | grep -q "not found"; then
    ldd "$bin" >&2
    fail "libraries not found"
fi
if readelf -d "$bin" | grep -Eq 'RPATH|RUNPATH'; then
    fail "the installed binary carries an RPATH/RUNPATH: $(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')"
fi
out=$("$bin" --version) || fail "uptake --version exited $?"
[ "$out" = "Uptake $version" ] || fail "uptake --version printed '$out', expected 'Uptake $version'"
ws="$scratch/packaged.uptake"
"$bin" init --timezone Europe/Berlin "$ws" >/dev/null || fail "uptake init exited $?"
info=$("$bin" info --json "$ws") || fail "uptake info exited $?"
grep -q '"timezone": "Europe/Berlin"' <<<"$info" || fail "uptake info does not show the workspace: $info"
# The workspace carries the magic the MIME type matches: application_id "UPTK" at byte 68.
[ "$(od -An -c -j68 -N4 "$ws" | tr -d ' ')" = UPTK ] || fail "the workspace lacks application_id UPTK at byte 68"
"$bin" info "$ws" >/dev/null || fail "uptake info (text) exited $?"

step "man page"
page="$root/usr/share/man/man1/uptake.1.gz"
warnings=$(gzip -dc "$page" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff failed"
[ -z "$warnings" ] || fail "man page warnings: $warnings"
grep -q "Uptake $version" <(gzip -dc "$page") || fail "man page does not name version $version"
# Every subcommand that `uptake --help` lists has its own section (".SS uptake NAME ...").
commands=$("$bin" --help | grep -oE '^ *(Usage:)? *uptake [a-z][a-z-]*' | awk '{ print $NF }' | sort -u)
[ -n "$commands" ] || fail "found no subcommands in uptake --help"
for c in $commands; do
    gzip -dc "$page" | grep -Eq "^\.SS \"uptake ${c//-/\\\\-}( |\")" || fail "man page has no section for 'uptake $c'"
done
echo "man page covers: $(echo $commands)"

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "packaging OK"
