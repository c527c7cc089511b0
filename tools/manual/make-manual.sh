#!/usr/bin/env bash
# make manual: the manual's pictures (docs/manual/images/*.png) made again from the real window.
# Runs build/bin/manual_shots under Xvfb (a real X server, so fonts and styles are those a desk
# shows) with HOME and the XDG folders in a temporary directory: the person's own settings,
# databases and logs are never read or written, and every run starts from the same demo office.
# Usage: tools/manual/make-manual.sh BUILD_DIR [--only NAME]
set -euo pipefail
build=${1:?usage: make-manual.sh BUILD_DIR [--only NAME]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/manual/images"
shots="$build/bin/manual_shots"
[[ -x "$shots" ]] || { echo "make-manual: $shots is missing; build first (make build)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "make-manual: xvfb-run is missing (package xvfb)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/config" "$scratch/data" "$scratch/cache" "$scratch/runtime" "$out"
chmod 700 "$scratch/runtime"
# A fixed size and depth: the pictures do not change with the machine that makes them.
env -u WAYLAND_DISPLAY HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
  XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=xcb \
  QT_SCALE_FACTOR=1 LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" "$shots" "$out" "$@"
echo "make-manual: pictures in $out"
