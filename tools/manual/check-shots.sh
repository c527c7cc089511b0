#!/usr/bin/env bash
# ctest test_manual_shots: make every picture of the manual into a temporary folder with the real
# window (offscreen), then check that the manual refers only to pictures the tool makes and that
# every picture it makes is in docs/manual/images — so `make manual` keeps working and the
# manual never shows a broken picture.
# Usage: check-shots.sh MANUAL_SHOTS DOCS_MANUAL_FOLDER
set -euo pipefail
shots=${1:?}
manual=${2:?}
for d in "${XDG_CONFIG_HOME:-}" "${XDG_DATA_HOME:-}" "${XDG_CACHE_HOME:-}"; do [[ -n "$d" ]] && mkdir -p "$d"; done
[[ -n "${XDG_RUNTIME_DIR:-}" ]] && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$shots" "$out" >/dev/null
status=0
referenced=$(grep -ho '](images/[^)]*\.png)' "$manual"/*.md | sed 's/^](images\///; s/)$//' | sort -u)
for picture in $referenced; do
  if [[ ! -s "$out/$picture" ]]; then
    echo "the manual shows images/$picture, which manual_shots did not make" >&2
    status=1
  fi
  if [[ ! -s "$manual/images/$picture" ]]; then
    echo "docs/manual/images/$picture is missing: run make manual and commit the pictures" >&2
    status=1
  fi
done
for made in "$out"/*.png; do
  name=$(basename "$made")
  grep -q "](images/$name)" "$manual"/*.md || { echo "manual_shots made $name, which no page shows" >&2; status=1; }
done
count=$(ls "$out"/*.png | wc -l)
[[ $status -eq 0 ]] && echo "$count pictures made; every one the manual shows"
exit $status
