#!/usr/bin/env bash
# Rebuilds assets/fonts/DejaVuSans*-Scarwise.ttf: DejaVu Sans (regular and bold) cut down to the characters the
# shipped languages use (Latin, punctuation, arrows, check marks), so the app stays small.
# Needs Debian's fonts-dejavu-core and fontTools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."
for face in DejaVuSans DejaVuSans-Bold; do
    pyftsubset "/usr/share/fonts/truetype/dejavu/$face.ttf" \
        --unicodes="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2605-2606,U+2610-2612,U+2713-2718,U+25B6,U+25CB,U+2022" \
        --layout-features='kern,liga' --name-IDs='*' --name-legacy --notdef-outline \
        --output-file="assets/fonts/$face-Scarwise.ttf"
done
ls -l assets/fonts/*.ttf
