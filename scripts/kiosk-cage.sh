#!/usr/bin/env bash
# Runs the kiosk the way the README tells a clinic to, `cage -- scarwise --kiosk --config ...`,
# on a headless Wayland output (wlroots' headless backend, software rendering), takes a
# screenshot with grim and checks that the app fills the output (no empty band at an edge)
# and nothing is cut off (the page's centred column has equal margins on both sides).
# Usage: scripts/kiosk-cage.sh [OUT_DIR] (default target/kiosk-cage).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/kiosk-cage}"
scripts/setup.sh --with-tour
missing=()
# cage starts Xwayland for X programs even when the app speaks Wayland.
for tool in cage grim Xwayland; do command -v "$tool" >/dev/null || missing+=("$tool"); done
missing=("${missing[@]/Xwayland/xwayland}")
if ((${#missing[@]})); then
    sudo_if_needed() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[[ -f "$HOME/.cargo/env" ]] && source "$HOME/.cargo/env"
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/scarwise"
rm -rf "$out"
mkdir -p "$out"
cp examples/sample-clinic/riverside-logo.png "$out/"
hash=$(echo 2468 | "$bin" --hash-pin 2>/dev/null)
sed "s|^)\$|    admin_pin_hash: \"$hash\",\n)|" examples/sample-clinic/clinic.example.ron > "$out/clinic.ron"

# cage refuses to run as root (it could not drop the privilege for good): as the README
# says, a kiosk runs as a dedicated user. As root, make one for the check and run as it.
as_user=()
runtime=$(mktemp -d)
if [[ $(id -u) == 0 ]]; then
    id scarwise-kiosk >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin scarwise-kiosk
    chown scarwise-kiosk: "$runtime"
    chmod -R a+rX "$out"
    as_user=(setpriv --reuid=scarwise-kiosk --regid=scarwise-kiosk --init-groups --reset-env)
fi
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
export WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
export WGPU_BACKEND=vulkan BEVY_ASSET_ROOT="$PWD" RUST_LOG="${RUST_LOG:-warn,scarwise=info}"
# Only Wayland: an X display left in the environment would draw the app somewhere else.
unset DISPLAY
"${as_user[@]}" env XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 \
    WLR_RENDERER=pixman WGPU_BACKEND=vulkan BEVY_ASSET_ROOT="$PWD" RUST_LOG="$RUST_LOG" \
    cage -- "$bin" --kiosk --config "$out/clinic.ron" --locale en >"$out/cage.log" 2>&1 &
cage_pid=$!
trap 'kill "$cage_pid" 2>/dev/null || true; wait "$cage_pid" 2>/dev/null || true; rm -rf "$runtime"' EXIT
shot="$out/kiosk.ppm"
# The analysis: fills the output, nothing cut off (exit 0), or what is wrong (exit 1).
cat >"$out/analyse.py" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
head = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
width, height = int(head.group(1)), int(head.group(2))
pixels = data[head.end():]
def pixel(x, y):
    i = 3 * (y * width + x)
    return pixels[i:i + 3]
background = pixel(width // 2, 4)
def differs(p, q, by=24):
    return any(abs(a - b) > by for a, b in zip(p, q))
# A band of pure black along an edge: the window did not get the whole output.
black = bytes(3)
bottom_black = next((n for n, y in enumerate(range(height - 1, -1, -1))
                     if any(pixel(x, y) != black for x in range(0, width, 7))), height)
right_black = next((n for n, x in enumerate(range(width - 1, -1, -1))
                    if any(pixel(x, y) != black for y in range(0, height, 7))), width)
# The page is a centred column: the first and last columns where anything is drawn.
rows = range(0, height - bottom_black, 3)
drawn = [x for x in range(width - right_black)
         if any(differs(pixel(x, y), background) for y in rows)] or [0, width - 1]
left, right = drawn[0], width - 1 - drawn[-1]
# A PNG beside it, for people to look at.
import struct, zlib
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
raw = b"".join(b"\0" + pixels[r * width * 3:(r + 1) * width * 3] for r in range(height))
with open(sys.argv[1][:-4] + ".png", "wb") as png:
    png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
              + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
print(f"kiosk-cage: output {width}x{height}; the page spans columns {drawn[0]}..{drawn[-1]} "
      f"(margins {left} and {right} px); black edge bands: bottom {bottom_black}, right {right_black} px")
problems = []
if bottom_black or right_black:
    problems.append("the window does not fill the output")
if right <= 2:
    problems.append("the page runs into the right edge: the layout is wider than the window")
if abs(left - right) > max(16, width * 0.03):
    problems.append("the page is not centred: part of it is cut off")
if problems:
    sys.exit("kiosk-cage: " + "; ".join(problems))
print("kiosk-cage: the kiosk fills the output and nothing is cut off")
PY
# A software-rendered first frame can take a while on a busy machine: look every few seconds
# for up to two minutes, until a picture passes or the time is up (then the last one fails).
verdict=1
for _ in $(seq 1 40); do
    sleep 3
    kill -0 "$cage_pid" 2>/dev/null || break
    socket=$(find "$runtime" -maxdepth 1 -name 'wayland-*' ! -name '*.lock' | head -1)
    [[ -n "$socket" ]] || continue
    "${as_user[@]}" env XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY="$(basename "$socket")" \
        grim -t ppm - >"$shot" 2>/dev/null || continue
    if python3 "$out/analyse.py" "$shot" >"$out/verdict.txt" 2>&1; then
        verdict=0
        break
    fi
done
cat "$out/verdict.txt" 2>/dev/null || true
if [[ $verdict != 0 ]]; then
    echo "kiosk-cage: FAILED (screenshot: $out/kiosk.png); the app's log:" >&2
    grep -v "output test failed" "$out/cage.log" | tail -20 >&2
    exit 1
fi
