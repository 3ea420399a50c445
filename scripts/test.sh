#!/usr/bin/env bash
# Sets up what is missing, then runs every test: unit and headless app tests, then the
# screenshot tour (which fails on a blank screen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-tour
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
cargo test --all-targets
scripts/tour.sh target/tour
