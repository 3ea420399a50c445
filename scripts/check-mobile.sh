#!/usr/bin/env bash
# Checks that the phone library (mobile/) compiles for Android and iOS as far as this machine
# allows, without the Android NDK or Xcode: `cargo check` with Debian's Rust standard library
# sources (-Zbuild-std) where rustup has no target, with NativeActivity (GameActivity needs the
# NDK's C compiler for its glue). Usage: scripts/check-mobile.sh [android|ios|all]
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
export CARGO_TARGET_DIR="${SCARWISE_MOBILE_TARGET_DIR:-/var/tmp/scarwise-mobile-target}"

check() {
    local target=$1
    shift
    echo "== cargo check -p scarwise-mobile --target $target $*"
    if rustup target list --installed 2>/dev/null | grep -q "^$target$"; then
        cargo check -p scarwise-mobile --target "$target" "$@"
    else
        if ! dpkg -s rustc-web rust-web-src >/dev/null 2>&1; then
            sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
            sudo_if_needed apt-get install -y -q rustc-web cargo-web rust-web-src lld-22 clang
        fi
        RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc /usr/bin/cargo check \
            -Zbuild-std=std,panic_abort --target "$target" -p scarwise-mobile "$@"
    fi
}

status=0
if [[ "$which" == android || "$which" == all ]]; then
    # C parts of dependencies (if any are reached) with Debian's clang for the target.
    export CC_aarch64_linux_android=clang
    export CFLAGS_aarch64_linux_android="--target=aarch64-linux-android24"
    export AR_aarch64_linux_android=llvm-ar
    check aarch64-linux-android --no-default-features --features native-activity,pure-rust || status=1
fi
if [[ "$which" == ios || "$which" == all ]]; then
    # Stops at tracing-oslog, whose build script compiles C against the iOS SDK (xcrun). Bevy's
    # logging crate needs it on iOS, and Bevy's renderer needs that crate, so no feature of ours
    # can leave it out: the iOS check needs a Mac.
    check aarch64-apple-ios --features pure-rust || status=1
fi
exit $status
