#!/usr/bin/env bash
# Read-aloud against a real speech service: speech-dispatcher with espeak-ng (installed by
# scripts/setup.sh), started in a private session of its own whose sound goes to ALSA's null
# device, so the check needs no sound card and leaves the user's own speech-dispatcher alone.
# Skips (exit 0) with a note where speech-dispatcher or espeak-ng is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v speech-dispatcher >/dev/null 2>&1 || ! command -v espeak-ng >/dev/null 2>&1; then
    echo "speech-check: speech-dispatcher or espeak-ng is not installed; skipped (scripts/setup.sh installs them)"
    exit 0
fi

home=$(mktemp -d)
cleanup() {
    # The speech-dispatcher this check started (its socket is under $home).
    pkill -f -- "$home/" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
mkdir -p "$home/.config/speech-dispatcher" "$home/run"
chmod 700 "$home/run"
cp -r /etc/speech-dispatcher/. "$home/.config/speech-dispatcher/"
sed -i 's/^#\? *AudioOutputMethod .*/AudioOutputMethod "alsa"/' "$home/.config/speech-dispatcher/speechd.conf"
printf 'pcm.!default { type null }\nctl.!default { type null }\n' > "$home/.asoundrc"

# Cargo and rustup keep finding their own folders under the real home.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run" \
    cargo test --locked --lib read_aloud::device -- --ignored --test-threads 1 "$@"
