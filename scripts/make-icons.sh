#!/bin/sh
# Renders the app icon (the same drawing the window header uses) in every size the
# installers need. Needs Debian's librsvg2-bin, icoutils and icnsutils. The results are
# committed, so packaging does not need these tools.
set -eu
cd "$(dirname "$0")/.."
src=src/renderer/public/icon.svg
out=resources
mkdir -p "$out/icons"
cp "$src" "$out/icon.svg"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$src" -o "$out/icons/${size}x${size}.png"
done
cp "$out/icons/1024x1024.png" "$out/icon.png"
# Windows: one .ico holding the sizes Explorer and the taskbar pick from.
icotool -c -o "$out/icon.ico" "$out/icons/16x16.png" "$out/icons/24x24.png" "$out/icons/32x32.png" \
  "$out/icons/48x48.png" "$out/icons/64x64.png" "$out/icons/128x128.png" "$out/icons/256x256.png"
# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512, 1024).
png2icns "$out/icon.icns" "$out/icons/16x16.png" "$out/icons/32x32.png" "$out/icons/48x48.png" \
  "$out/icons/128x128.png" "$out/icons/256x256.png" "$out/icons/512x512.png" "$out/icons/1024x1024.png" >/dev/null
