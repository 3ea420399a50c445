#!/usr/bin/env bash
# Cargo's compiler wrapper for the workspace's own crates: clippy-driver (rustc with clippy's
# lints) with warnings denied, so that a build is also the lint. `cargo clippy` is exactly
# `cargo check` with clippy-driver as RUSTC_WORKSPACE_WRAPPER; putting it on the test build
# instead compiles the dependencies once, for the lint, the tests, the tour and the text
# version alike (a `cargo check` of Bevy cannot be reused by a build). Used by .ci/run:
#   RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/clippy-driver.sh" cargo test --all-targets --no-run
# Cargo calls it as `clippy-driver.sh <rustc> <arguments>`; the dependencies are compiled by
# rustc itself, untouched.
set -euo pipefail
exec clippy-driver "$@" -D warnings
