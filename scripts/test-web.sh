#!/usr/bin/env bash
# The browser test: builds dist/web when it is missing or older than the sources, installs
# Debian's Chromium and the pinned playwright-core when missing, then runs
# web/test/browser.mjs (screenshots in target/web-shots/).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
if ! command -v chromium >/dev/null; then
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends chromium
fi
if ! command -v node >/dev/null; then
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [[ ! -d web/node_modules/playwright-core || ! -d web/node_modules/axe-core ]]; then
    npm ci --prefix web --no-audit --no-fund
fi
newest_source=$(find src assets locales web/*.html web/*.js web/*.css web/*.webmanifest web/clinic.ron mobile/icon scripts/build-web.sh scripts/web-offline.py Cargo.toml Cargo.lock -type f -printf '%T@\n' | sort -n | tail -1)
built=$(stat -c %Y dist/web/scarwise_bg.wasm 2>/dev/null || echo 0)
if [[ "${newest_source%.*}" -gt "$built" ]]; then
    scripts/build-web.sh
fi
CHROMIUM="$(command -v chromium)" node web/test/browser.mjs dist/web target/web-shots
