#!/usr/bin/env bash
# Renders the application icon from org.pulseanalytics.Pulse.svg into the files the installers use:
# hicolor PNGs (Linux), pulse.ico (Windows), pulse.icns (macOS). The outputs are committed, so a build
# needs none of these tools; run this again after changing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/org.pulseanalytics.Pulse.svg"
sizes=(16 22 24 32 48 64 128 256)

for size in "${sizes[@]}"; do
  mkdir -p "$here/hicolor/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" "$svg" -o "$here/hicolor/${size}x${size}/org.pulseanalytics.Pulse.png"
done

png() { echo "$here/hicolor/$1x$1/org.pulseanalytics.Pulse.png"; }
# Windows shows 16 to 256 pixels (256 stored as PNG inside the .ico).
icotool --create --output "$here/pulse.ico" "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
  --raw="$(png 256)"
# macOS: the sizes png2icns has slots for, with 512 for Retina displays rendered only for the .icns.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert --width 512 --height 512 "$svg" -o "$tmp/512.png"
png2icns "$here/pulse.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$tmp/512.png" >/dev/null
