#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages photoarchive needs at run and test time:
# Qt's runtime libraries, a CJK font (so Chinese renders, not boxes) and exiftool
# (the independent reader the export tests check against). Safe to run twice.
set -euo pipefail

packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-image0
  fonts-wqy-microhei libimage-exiftool-perl
)

if ! command -v dpkg >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install Qt 6 runtime libraries, a CJK font and exiftool yourself." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: missing ${missing[*]}; run this script as root to install them." >&2
    exit 1
  fi
fi
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
