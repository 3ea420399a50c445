#!/usr/bin/env bash
# Builds the browser version into dist/web/, ready to copy to any static host:
# wasm (web-release profile: size-tuned, fat LTO) -> wasm-bindgen (the lockfile's exact
# version) -> wasm-opt -> the page, the assets, and pre-compressed .gz/.br files beside them.
#
# With rustup and a wasm32 target it takes the ordinary route. Without (as on machines that
# cannot download the target), it uses Debian's rustc-web, rust-web-src and lld with
# -Zbuild-std (see DEVELOPERS.md).
#
# Usage: scripts/build-web.sh              the app, into dist/web/
#        scripts/build-web.sh --baseline   a bare Bevy + bevy_egui window (examples/baseline.rs)
#                                          with the same features and profile, into
#                                          dist/web-baseline/, for scripts/web-size.py
set -euo pipefail
cd "$(dirname "$0")/.."
# The native packages (the text version is built natively) and brotli for the .br files.
scripts/setup.sh --with-web
out=dist/web
artifact=(--bin scarwise)
name=scarwise
if [[ "${1:-}" == "--baseline" ]]; then
    out=dist/web-baseline
    artifact=(--example baseline)
    name=baseline
fi
profile="${SCARWISE_WEB_PROFILE:-web-release}"
target_dir="${CARGO_TARGET_DIR:-/var/tmp/scarwise-wasm-target}"
export CARGO_TARGET_DIR="$target_dir"
export RUSTFLAGS="${RUSTFLAGS:-} --cfg getrandom_backend=\"wasm_js\""
# CI lints its native build through clippy-driver (.ci/run); the wasm build is compiled by
# plain rustc (Debian's, below, which clippy-driver cannot wrap). The text version's native
# build keeps the wrapper, so that it reuses CI's native build.
native_wrapper="${RUSTC_WORKSPACE_WRAPPER:-}"
unset RUSTC_WORKSPACE_WRAPPER

bindgen_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q "$bindgen_version"; then
    echo "== installing wasm-bindgen-cli $bindgen_version"
    cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

if rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
    echo "== building with rustup's wasm32 target"
    cargo build --target wasm32-unknown-unknown --profile "$profile" "${artifact[@]}"
    wasm="$target_dir/wasm32-unknown-unknown/$profile/$name.wasm"
else
    echo "== building with Debian's rustc-web and -Zbuild-std"
    if ! dpkg -s rustc-web rust-web-src lld-22 >/dev/null 2>&1; then
        sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
        sudo_if_needed apt-get install -y -q rustc-web cargo-web rust-web-src lld-22
    fi
    # rustc links wasm with `rust-lld -flavor wasm`; Debian's lld is the same linker.
    shim="$target_dir/lld-shim"
    mkdir -p "$shim"
    ln -sf "$(command -v lld-22 || command -v lld)" "$shim/rust-lld"
    # Rebuilding std lets it leave out what a browser never shows: a panic stops the app at
    # once, without formatting its message (it stopped it before too, with a console line),
    # and panics carry no source locations (with the other languages fetched apart, the wasm
    # went from 3.66 to 3.36 MB brotli; bench/web-size.md).
    RUSTFLAGS="$RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
    PATH="$shim:$PATH" RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc /usr/bin/cargo build \
        -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown --profile "$profile" \
        "${artifact[@]}"
    wasm="$target_dir/wasm32-unknown-unknown/$profile/$name.wasm"
fi
[[ "$name" == baseline ]] && wasm="${wasm%/baseline.wasm}/examples/baseline.wasm"

rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$wasm"
# Older binaryen (Debian 12 has 108) breaks wasm-bindgen's reference-typed tables: take npm's
# binaryen (web/package.json pins it) unless a wasm-opt 116 or newer is on the PATH.
wasm_opt=wasm-opt
opt_version=$(wasm-opt --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
if [[ -z "$opt_version" || "$opt_version" -lt 116 ]]; then
    if [[ ! -x web/node_modules/.bin/wasm-opt ]] && command -v npm >/dev/null; then
        echo "== installing binaryen from npm (web/package.json)"
        npm ci --prefix web --no-audit --no-fund
    fi
    wasm_opt=web/node_modules/.bin/wasm-opt
    opt_version=$("$wasm_opt" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
fi
if [[ -n "$opt_version" && "$opt_version" -ge 116 ]]; then
    echo "== wasm-opt $opt_version"
    "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --strip-debug --strip-producers \
        -o "$out/${name}_bg.wasm.opt" "$out/${name}_bg.wasm"
    mv "$out/${name}_bg.wasm.opt" "$out/${name}_bg.wasm"
else
    echo "== no wasm-opt 116 or newer (found: ${opt_version:-none}); the wasm is left as wasm-bindgen wrote it"
fi
if [[ "$name" == baseline ]]; then
    echo "== $out:"
    ls -l "$out"
    exit 0
fi
cp web/index.html web/loader.js web/shell.js web/style.css web/manifest.webmanifest "$out/"
# The home-screen icons, rendered from the phone apps' icon by librsvg's rsvg-convert: plain
# ones, and maskable ones (the icon at 78 % on its own teal, inside the 80 % circle a launcher
# may cut to), and Apple's (opaque: iOS rounds the corners itself).
mkdir -p "$out/icons"
icon=mobile/icon/icon.svg
for px in 192 512; do
    rsvg-convert -w "$px" -h "$px" "$icon" -o "$out/icons/icon-$px.png"
    inner=$((px * 78 / 100))
    rsvg-convert --page-width "$px" --page-height "$px" -w "$inner" -h "$inner" \
        --left $(((px - inner) / 2)) --top $(((px - inner) / 2)) -b '#0B636E' \
        "$icon" -o "$out/icons/maskable-$px.png"
done
rsvg-convert -w 180 -h 180 -b '#0B636E' "$icon" -o "$out/icons/apple-touch-icon.png"
# The lesson files, and the Chinese font, fetched only when Chinese is shown (the Latin fonts
# and the Chinese language name are built into the wasm; theme/fonts.rs).
mkdir -p "$out/assets/fonts"
cp -r assets/content "$out/assets/content"
cp assets/fonts/NotoSansSC-Scarwise.otf "$out/assets/fonts/"
# The clinic's settings: the page reads clinic.ron beside index.html (a neutral one unless
# SCARWISE_CLINIC_CONFIG names the clinic's file; its logo is copied beside it).
cp "${SCARWISE_CLINIC_CONFIG:-web/clinic.ron}" "$out/clinic.ron"
if [[ -n "${SCARWISE_CLINIC_CONFIG:-}" ]]; then
    logo=$(sed -n 's/^[[:space:]]*logo[[:space:]]*:[[:space:]]*"\([^"]*\.png\)".*/\1/p' "$SCARWISE_CLINIC_CONFIG" | head -1)
    if [[ -n "$logo" ]]; then cp "$(dirname "$SCARWISE_CLINIC_CONFIG")/$logo" "$out/"; fi
fi

echo "== the text version of the lessons (native build of the generator)"
# The native build of the tests, when the caller names its folder (CI does), else target/.
(unset RUSTFLAGS; export RUSTC_WORKSPACE_WRAPPER="$native_wrapper"
    [[ -n "$RUSTC_WORKSPACE_WRAPPER" ]] || unset RUSTC_WORKSPACE_WRAPPER
    export CARGO_TARGET_DIR="${SCARWISE_NATIVE_TARGET_DIR:-target}"
    cargo run --quiet --bin text-version -- "$out/text"
    # The loading page's words in every language (strings.js, for loader.js), and the app's
    # words in every language but English (locales/<tag>/, fetched when shown; i18n/files.rs).
    cargo run --quiet --bin page-strings -- "$out/strings.js" "$out")

# What the loading bar counts: the wasm and the lesson files, with their sizes; and each
# language's own files (its words, and Chinese's font), marked with the language: downloaded
# with the app only when the page starts in it, else when the patient picks it.
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
def walk(*folder):
    return sorted(os.path.relpath(os.path.join(d, f), out)
                  for d, _, names in os.walk(os.path.join(out, *folder)) for f in names)
listed = [{"path": f, "bytes": os.path.getsize(os.path.join(out, f))}
          for f in ["scarwise_bg.wasm"] + walk("assets", "content")]
for f in walk("locales"):
    listed.append({"path": f, "bytes": os.path.getsize(os.path.join(out, f)),
                   "language": f.split("/")[1]})
font = "assets/fonts/NotoSansSC-Scarwise.otf"
listed.append({"path": font, "bytes": os.path.getsize(os.path.join(out, font)),
               "language": "zh-Hans"})
json.dump(listed, open(os.path.join(out, "files.json"), "w"), indent=1)
PY

# The service worker, with this build's version and every file it keeps for offline use.
python3 scripts/web-offline.py "$out"

echo "== compressing"
find "$out" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.css' -o -name '*.ron' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.otf' -o -name '*.ftl' \) |
while read -r file; do
    gzip -9 -k -f "$file"
    brotli -q 11 -k -f "$file"
done
echo "== dist/web:"
du -ah "$out" | sort -h | tail -12
echo "Serve it with: python3 -m http.server -d $out 8080"
