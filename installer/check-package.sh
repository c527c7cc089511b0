#!/usr/bin/env bash
# Builds the .deb from this build tree into a scratch folder and checks what a user installs:
# both programs and the document checker's child, the desktop entry, the icons, and the declared
# run-time dependencies.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/dsrdesk_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/dsrdesk ./usr/bin/dsrctl ./usr/libexec/dsrdesk/dsrdesk-inspect ./usr/share/applications/dsrdesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/dsrdesk.svg ./usr/share/icons/hicolor/256x256/apps/dsrdesk.png \
            ./usr/share/metainfo/dsrdesk.metainfo.xml; do
  grep -q " $path\$" <<<"$contents" || { echo "missing from package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins qt6-image-formats-plugins libsodium23 fonts-morisawa-bizud-mincho \
           fonts-ipaexfont-gothic tesseract-ocr-jpn tesseract-ocr-eng; do
  grep -q "$dep" <<<"$depends" || { echo "package does not depend on $dep: $depends"; exit 1; }
done
# The programs find the checker at ../libexec/dsrdesk from their own folder (DocumentCheck): the
# installed one answers for a PDF.
mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
answer=$("$out/root/usr/libexec/dsrdesk/dsrdesk-inspect" < "$(dirname "$0")/../tests/data/sample-request.pdf")
[[ $answer == '{"format":"pdf","pages":1}' ]] || { echo "the installed dsrdesk-inspect answered: $answer"; exit 1; }
desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/dsrdesk.desktop)
grep -q '^Exec=dsrdesk' <<<"$desktop" || { echo "desktop entry does not start dsrdesk"; exit 1; }
grep -q '^Icon=dsrdesk$' <<<"$desktop" || { echo "desktop entry has no icon"; exit 1; }
echo "package ok: $(basename "$deb")"
