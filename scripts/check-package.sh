#!/usr/bin/env bash
# Checks a built tideline .deb the way a Debian maintainer would: its control data and
# dependencies, its file list, the desktop entry, the AppStream metadata, lintian, that the
# programs in it run, that apt could install it here, and that no Spanish string is left
# untranslated. Exits non-zero on the first problem.
#   ./scripts/check-package.sh build/package/tideline_0.1.0_amd64.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="$(realpath "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

echo "== dpkg-deb --info"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6core6 libqt6quick6 libsodium23 libssl3 qml6-module-qtquick-controls qml6-module-qtcharts qt6-qpa-plugins; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

echo "== file list"
dpkg-deb --contents "$deb" | awk '{print $1, $6}' | tee "$work/contents.txt"
expected=(
    ./usr/bin/tideline ./usr/bin/tideline-cli
    ./usr/share/applications/tideline.desktop
    ./usr/share/icons/hicolor/scalable/apps/tideline.svg ./usr/share/icons/hicolor/scalable/apps/tideline-notes.svg
    ./usr/share/man/man1/tideline.1.gz ./usr/share/man/man1/tideline-cli.1.gz
    ./usr/share/bash-completion/completions/tideline ./usr/share/bash-completion/completions/tideline-cli
    ./usr/share/doc/tideline/copyright ./usr/share/doc/tideline/changelog.gz
    ./usr/share/lintian/overrides/tideline
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/tideline.png"
               "./usr/share/icons/hicolor/${size}x${size}/apps/tideline-notes.png")
done
for path in "${expected[@]}"; do
    grep -q " $path\$" "$work/contents.txt" || fail "the package lacks $path"
done
grep -q " ./usr/share/metainfo/.*\.metainfo\.xml\$" "$work/contents.txt" || fail "the package lacks its AppStream metadata"
if grep -v -E ' \./usr/(bin|share)/' "$work/contents.txt" | grep -q -v -E ' \./(usr/|usr/share/)?$'; then
    fail "files outside /usr/bin and /usr/share"
fi

dpkg-deb -x "$deb" "$work/root"
echo "== desktop-file-validate"
desktop-file-validate "$work/root/usr/share/applications/tideline.desktop"
echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$work"/root/usr/share/metainfo/*.metainfo.xml

echo "== lintian"
# Errors and warnings fail; overrides are in packaging/lintian-overrides, each with its reason.
lintian --fail-on error,warning --display-info --suppress-tags-from-file /dev/null "$deb"

echo "== the programs run"
"$work/root/usr/bin/tideline" --version
"$work/root/usr/bin/tideline-cli" --version
TIDELINE_LANGUAGE=es "$work/root/usr/bin/tideline-cli" --help >/dev/null

if compgen -G "/var/lib/apt/lists/*_Packages*" >/dev/null; then
    echo "== apt-get install --simulate (every dependency can be found in Debian's archive)"
    apt-get install --simulate "$deb" >"$work/apt.txt" 2>&1 || { cat "$work/apt.txt"; fail "apt could not install it"; }
    grep -E '^(Inst|Conf) tideline ' "$work/apt.txt" || fail "apt would not install tideline: $(tail -5 "$work/apt.txt")"
fi

echo "== Spanish: unfinished strings"
"$root/scripts/translations.sh" --check
echo "check-package: all checks passed for $(basename "$deb")"
