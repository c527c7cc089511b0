#!/usr/bin/env bash
# Installs the Debian 12 packages DSR Desk needs to build, test and run.
# A quick no-op when everything is present; uses sudo when not root.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config make clang-format clang libfuzzer-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
  libpoppler-qt6-dev libspdlog-dev libfmt-dev libsodium-dev libssl-dev libkainjow-mustache-dev libsqlite3-dev libfreetype-dev zlib1g-dev
  fonts-morisawa-bizud-mincho fonts-ipaexfont-gothic
  sqlite3 poppler-utils xvfb xauth dpkg-dev file
  qt6-image-formats-plugins qpdf qt6-charts-dev libqt6opengl6-dev
  libtesseract-dev libleptonica-dev tesseract-ocr-jpn tesseract-ocr-eng
  postgresql postgresql-contrib libqt6sql6-psql
)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "Installing missing packages: ${missing[*]}"
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
