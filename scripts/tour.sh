#!/usr/bin/env bash
# Renders every screen of the journey (in English, Spanish, French and Simplified Chinese; each
# language at 200 % text and in high contrast; English at two phone sizes; the kiosk) under a
# virtual screen with Mesa's software Vulkan, writing PNGs to DIR (default target/tour). Fails
# if any is blank.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/tour}"
scripts/setup.sh --with-tour
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
cargo build
rm -rf "$out"
mkdir -p "$out"
# Software rendering: lavapipe is Mesa's CPU Vulkan driver.
export WGPU_BACKEND=vulkan
# The binary looks for assets/ next to itself unless told where they are.
export BEVY_ASSET_ROOT="$PWD"
export RUST_LOG="${RUST_LOG:-warn,scarwise=info}"
start=$(date +%s)
xvfb-run -a -s "-screen 0 1280x800x24" \
    "${CARGO_TARGET_DIR:-target}/debug/scarwise" --tour "$out" --seed 7 --memory-only --window 1280x800 --locale en
# Phones: every screen in English at the smallest and largest common phone sizes, with the
# safe-area margins of a notched phone.
for size in 360x740 430x932; do
    mkdir -p "$out/phone-$size"
    xvfb-run -a -s "-screen 0 ${size}x24" \
        "${CARGO_TARGET_DIR:-target}/debug/scarwise" --tour "$out/phone-$size" --tour-brief --seed 7 \
        --memory-only --window "$size" --safe-area 47,0,34,0 --locale en
done
# The kiosk with the sample clinic config, landscape and portrait. The sample carries no PIN
# (one copied from an example would open every kiosk): the tour's copy gets the hash of 2468,
# the PIN its script types.
clinic="$out/kiosk-clinic"
mkdir -p "$clinic"
cp examples/sample-clinic/riverside-logo.png "$clinic/"
hash=$(echo 2468 | "${CARGO_TARGET_DIR:-target}/debug/scarwise" --hash-pin 2>/dev/null)
sed "s|^)\$|    admin_pin_hash: \"$hash\",\n)|" examples/sample-clinic/clinic.example.ron > "$clinic/clinic.ron"
grep -q admin_pin_hash "$clinic/clinic.ron"
for size in 1920x1080 1080x1920; do
    mkdir -p "$out/kiosk-$size"
    xvfb-run -a -s "-screen 0 ${size}x24" \
        "${CARGO_TARGET_DIR:-target}/debug/scarwise" --tour "$out/kiosk-$size" --seed 7 \
        --kiosk --config "$clinic/clinic.ron" --window "$size" --locale en
done
count=$(find "$out" -name '*.png' | wc -l)
echo "tour: $count screenshots in $out ($(($(date +%s) - start)) s)"
