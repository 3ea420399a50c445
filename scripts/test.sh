#!/usr/bin/env bash
# Sets up what is missing, then runs every test: unit and headless app tests, the screenshot
# tour (which fails on a blank screen), the app read over a screen reader's bus (AT-SPI), and
# read-aloud against a real speech-dispatcher.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-tour --with-reader
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
# The library, the app and the test binaries. The example is compiled by CI's
# `--all-targets` build, which is also its lint; no doc tests: the docs hold none to run.
start=$(date +%s)
cargo test --lib --bins --tests
echo "== tests: $(($(date +%s) - start)) s"
start=$(date +%s)
scripts/tour.sh target/tour
# The summary's QR code read back from the tour's pictures, as a phone's camera would.
SCARWISE_TOUR_DIR=target/tour cargo test --test app -- --ignored --exact \
    take_home::the_codes_in_the_tour_screenshots_read_back
echo "== tour: $(($(date +%s) - start)) s"
start=$(date +%s)
scripts/screen-reader-check.py --binary "${CARGO_TARGET_DIR:-target}/debug/scarwise"
echo "== screen reader (AT-SPI): $(($(date +%s) - start)) s"
start=$(date +%s)
scripts/speech-check.sh
echo "== read-aloud with a real voice (speech-dispatcher): $(($(date +%s) - start)) s"
