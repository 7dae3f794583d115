#!/usr/bin/env bash
# Installs what Tideline needs on Debian 12, only what is missing. Run as root or with sudo.
# With package names as arguments, installs those instead (an opt-in tool's own needs, e.g.
# bench/peer/run.sh's), the same way.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ $# -gt 0 ]; then
    wanted=("$@")
else
    mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$here/debian-packages.txt")
    # npm fetches the pinned SQLCipher amalgamation at configure time; any npm will do.
    command -v npm >/dev/null 2>&1 || wanted+=(npm)
fi

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "These Debian packages are needed, and installing them needs root or sudo: ${missing[*]}" >&2
    exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
