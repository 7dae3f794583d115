#!/usr/bin/env bash
# Brings translations/tideline_*.ts up to date with the sources (lupdate over the C++, the QML
# and the CLI) and reports what is left to translate, per language.
#   ./scripts/translations.sh           update the .ts files and list unfinished strings
#   ./scripts/translations.sh --check   the same, and exit 1 when any string is unfinished (CI)
# Then open a .ts file in Qt Linguist (Debian: linguist-qt6), translate what is listed, and
# commit the .ts file; the build compiles and embeds it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TIDELINE_BUILD_DIR:-$root/build/test}"
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" --target update_translations >/dev/null

unfinished_total=0
for ts in "$root"/translations/tideline_*.ts; do
    # Unfinished: new or changed strings, which lupdate marks type="unfinished" (vanished and
    # obsolete ones are dropped by -no-obsolete). Each is listed with its English source.
    count=$(grep -c 'type="unfinished"' "$ts" || true)
    awk '/<source>/ { source = $0 } /type="unfinished"/ { sub(/^ *<source>/, "", source); sub(/<\/source>$/, "", source); print "    " source }' "$ts" >&2
    total=$(grep -c '<message' "$ts")
    echo "$(basename "$ts"): $count unfinished of $total strings"
    unfinished_total=$((unfinished_total + count))
done
if [ "$check" -eq 1 ] && [ "$unfinished_total" -gt 0 ]; then
    echo "Translations are not finished: $unfinished_total string(s) above need a translation." >&2
    exit 1
fi
