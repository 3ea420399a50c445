#!/usr/bin/env bash
# Type-checks the browser build (wasm32) without compiling it: quick feedback on code behind
# `cfg(target_arch = "wasm32")` before the slow, fat-LTO build of scripts/build-web.sh.
# Uses rustup's wasm32 target when installed, else Debian's rustc-web with -Zbuild-std.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${SCARWISE_WASM_CHECK_DIR:-/var/tmp/scarwise-wasm-check}"
export RUSTFLAGS="${RUSTFLAGS:-} --cfg getrandom_backend=\"wasm_js\""
if rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
    exec cargo check --target wasm32-unknown-unknown --bin scarwise "$@"
fi
if ! dpkg -s rustc-web rust-web-src lld-22 >/dev/null 2>&1; then
    sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
    sudo_if_needed apt-get install -y -q rustc-web cargo-web rust-web-src lld-22
fi
RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc exec /usr/bin/cargo check \
    -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown --bin scarwise "$@"
