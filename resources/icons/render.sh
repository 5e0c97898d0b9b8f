#!/bin/sh
# Renders icon.svg to the PNG sizes the Linux desktops use and to icon.ico for Windows.
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick (Debian: imagemagick).
# Outputs are committed: packaging does not need these tools.
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "${size}x${size}.png"
done
convert 16x16.png 32x32.png 48x48.png 64x64.png 128x128.png 256x256.png icon.ico
