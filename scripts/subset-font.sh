#!/usr/bin/env bash
# Rebuilds the fonts in assets/fonts/, cut down to the characters the app shows, so it stays
# small:
# - DejaVuSans*-Scarwise.ttf: DejaVu Sans (regular and bold) for Latin scripts, punctuation,
#   arrows and check marks;
# - NotoSansSC-Scarwise.otf: Noto Sans CJK SC (regular) for the Chinese characters that
#   locales/zh-Hans/*.ftl uses, and nothing else (NotoSansSC-Names.otf: only the language's
#   own name, built into the browser build until it fetches the whole font). Run this again after changing Chinese text:
#   `cargo test` fails (theme::tests) when a character has no glyph.
# Needs Debian's fonts-dejavu-core and fonts-noto-cjk, and fontTools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."
for face in DejaVuSans DejaVuSans-Bold; do
    pyftsubset "/usr/share/fonts/truetype/dejavu/$face.ttf" \
        --unicodes="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2605-2606,U+2610-2612,U+2713-2718,U+25B6,U+25CB,U+25CF,U+2022,U+2212,U+260E,U+26A0" \
        --layout-features='kern,liga' --name-IDs='*' --name-legacy --notdef-outline \
        --output-file="assets/fonts/$face-Scarwise.ttf"
done

# Every character outside ASCII in the Chinese locale files the app shows (CJK, full-width
# punctuation); the tools' files (src/i18n/tools.rs: the review sheet, the loading page) are
# HTML in the browser's own fonts.
chars=$(python3 - <<'PY'
from pathlib import Path
tools = {"review.ftl", "page.ftl"}
text = "".join(p.read_text(encoding="utf-8") for p in sorted(Path("locales/zh-Hans").glob("*.ftl"))
               if p.name not in tools)
# Plus the language's own name, shown in every language's picker.
text += "简体中文"
print("".join(sorted({c for c in text if ord(c) > 0x2000})))
PY
)
pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
    --text="$chars" --layout-features='' --name-IDs='1,2,3,4,5,6' --notdef-outline \
    --desubroutinize --output-file=assets/fonts/NotoSansSC-Scarwise.otf
# The browser's stand-in until it fetches the font above: only the language's own name, for
# the language pickers (theme/fonts.rs).
pyftsubset assets/fonts/NotoSansSC-Scarwise.otf --text="简体中文" --layout-features='' \
    --name-IDs='1,2,3,4,5,6' --notdef-outline --output-file=assets/fonts/NotoSansSC-Names.otf
ls -l assets/fonts/*.ttf assets/fonts/*.otf
