#!/usr/bin/env bash
# Xcode build phase: builds the `scarwise-ios` binary (mobile/) with cargo for each
# architecture Xcode asks for and puts the combined executable where Xcode expects the app's.
set -euo pipefail
export PATH="$HOME/.cargo/bin:/usr/local/bin:/opt/homebrew/bin:/usr/bin:/bin:/usr/sbin:/sbin"
profile=release
flag=(--release)
if [[ "${CONFIGURATION:-Release}" == "Debug" ]]; then
    profile=debug
    flag=()
fi
export CARGO_TARGET_DIR="${DERIVED_FILE_DIR:-../../target}/cargo"
binaries=()
for arch in ${ARCHS:-arm64}; do
    case "$arch-${LLVM_TARGET_TRIPLE_SUFFIX:-}" in
        arm64-) target=aarch64-apple-ios ;;
        arm64-simulator) target=aarch64-apple-ios-sim ;;
        x86_64-simulator) target=x86_64-apple-ios ;;
        *) echo "build-rust.sh: no Rust target for $arch${LLVM_TARGET_TRIPLE_SUFFIX:-}" >&2; exit 2 ;;
    esac
    rustup target add "$target" >/dev/null
    cargo build "${flag[@]}" --manifest-path ../Cargo.toml --target "$target" --bin scarwise-ios
    binaries+=("$CARGO_TARGET_DIR/$target/$profile/scarwise-ios")
done
lipo -create -output "$TARGET_BUILD_DIR/$EXECUTABLE_PATH" "${binaries[@]}"
