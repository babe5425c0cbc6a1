#!/usr/bin/env bash
# Install the Debian packages the application and its tests need (Qt runtime libraries, fonts,
# Xvfb, poppler), only those missing. Uses sudo when not run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t wanted < <(tr ' ' '\n' < packaging/debian-packages.txt | sed '/^$/d')
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
