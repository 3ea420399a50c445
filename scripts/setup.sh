#!/usr/bin/env bash
# Installs what building, running and testing Scarwise needs on Debian or Ubuntu, skipping
# whatever is already there. Safe to run again.
# Usage: scripts/setup.sh [--with-tour] [--with-reader] [--with-web] [--with-ci] [--with-profile]
set -euo pipefail

# Read-aloud on Linux speaks through speech-dispatcher: its client library, and libclang for
# the bindings generated at build time.
packages=(pkg-config libasound2-dev libudev-dev libwayland-dev libxkbcommon-dev libspeechd-dev libclang-dev)
for option in "$@"; do
    case "$option" in
        # A virtual screen and a software Vulkan driver, to render screenshots without a GPU.
        --with-tour) packages+=(xvfb xauth mesa-vulkan-drivers libvulkan1) ;;
        # A screen reader's bus for scripts/screen-reader-check.py: a private D-Bus session,
        # the AT-SPI bus and registry, and the AT-SPI client library for Python; and a real
        # voice for scripts/speech-check.sh: speech-dispatcher with espeak-ng.
        --with-reader) packages+=(dbus-daemon libglib2.0-bin at-spi2-core python3-gi gir1.2-atspi-2.0 speech-dispatcher espeak-ng speech-dispatcher-espeak-ng) ;;
        # The browser build's pre-compressed .br files, the size report's brotli figures, and
        # rsvg-convert for the home-screen icons.
        --with-web) packages+=(brotli python3-brotli librsvg2-bin) ;;
        # Everything CI's later phases would install one by one, in one go at the start (they
        # run side by side, and two installs at once would wait on each other's lock): Debian's
        # Rust for wasm and the phone check, Chromium and Node for the browser test, cage for
        # the kiosk check (Node only when the machine has none: a Node from elsewhere, such as
        # NodeSource's, brings its own npm, and Debian's npm would conflict with it).
        --with-ci)
            packages+=(rustc-web cargo-web rust-web-src lld-22 clang chromium cage grim xwayland)
            command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
            ;;
        # The heap profiler for scripts/heap-profile.py.
        --with-profile) packages+=(heaptrack) ;;
        *) echo "setup: unknown option $option" >&2; exit 2 ;;
    esac
done

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
    if [[ -x "$HOME/.cargo/bin/cargo" ]]; then
        echo "setup: cargo is in ~/.cargo/bin; add it to PATH (source ~/.cargo/env)" >&2
    else
        echo "setup: installing Rust with rustup (https://rustup.rs)"
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    fi
fi
