#!/usr/bin/env bash
# Sets up what is missing, then runs Scarwise. Arguments go to the app (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
exec cargo run -- "$@"
