#!/usr/bin/env bash
# Renders icons/jfio.svg to the PNG sizes the desktop entry and jpackage use (needs rsvg-convert:
# apt-get install -y librsvg2-bin). The PNGs are committed so a build needs no renderer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" jfio.svg -o "jfio-$size.png"
done
