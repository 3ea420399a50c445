#!/usr/bin/env python3
"""Where Scarwise's memory goes after one walk through every screen: a heaptrack profile of
the release build walking the brief tour (no screenshots) under Xvfb with Mesa's software
Vulkan, ended at once after the walk so that everything live then shows as not freed.

The live bytes are split by who allocated them: the software Vulkan driver (Mesa's lavapipe
and the LLVM it compiles shaders with: on a real GPU this memory is mostly the GPU's), the
graphics stack in Rust (wgpu, naga), and the rest of the app (Bevy, egui, Scarwise), each with
its largest allocation sites.

Usage: scripts/heap-profile.py [--out DIR] [--top N]     (default DIR: target/heap-profile)
Writes DIR/heaptrack.zst, DIR/leaks.txt (heaptrack_print's report) and DIR/summary.md.
"""

import argparse
import re
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

import bench  # scripts/bench.py: the same build, display and environment as the benchmark
from bench import ROOT, run

# The allocating frame's library says who asked for the memory.
DRIVER = re.compile(r"libvulkan_lvp|libgallium|libLLVM|libvulkan\.so|libdrm|libxcb|libX11|libwayland|mesa")
# Rust frames that only pass an allocation on: the first frame after them names the owner.
PLUMBING = re.compile(
    r"^(alloc::|core::|std::|hashbrown::|<alloc::|<core::|<std::|<hashbrown::|__rust|_ZN5alloc|"
    r"smallvec::|<smallvec::|indexmap::|<indexmap::|malloc|calloc|realloc|operator new|0x)"
)


def owner(frames):
    """The crate (or library) of the first frame that is not allocation plumbing."""
    for function, module in frames:
        if module and DRIVER.search(module):
            return "driver", Path(module).name
        if PLUMBING.match(function):
            continue
        readable = function.replace("_$LT$", "<").replace("$LT$", "<").replace("..", "::")
        name = readable.lstrip("<&*_").split("::")[0].split(" ")[0].split("$")[0]
        return ("graphics" if name in ("wgpu", "wgpu_core", "wgpu_hal", "naga") else "app"), name
    return "app", "?"


def parse_leaks(text):
    """heaptrack_print's unmerged leak report -> [(bytes, [(function, module), ...])]."""
    entries = []
    current = None
    units = {"B": 1, "K": 1e3, "M": 1e6, "G": 1e9}
    for line in text.splitlines():
        head = re.match(r"^([\d.]+)([BKMG]) leaked over \d+ calls from:?$", line)
        if head:
            current = [float(head.group(1)) * units[head.group(2)], []]
            entries.append(current)
            continue
        if current is None or not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("at "):
            continue
        if stripped.startswith("in "):
            if current[1]:
                function, _ = current[1][-1]
                current[1][-1] = (function, stripped[3:])
            continue
        current[1].append((stripped, ""))
    return entries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "target/heap-profile"))
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--analyze", metavar="FILE", help="only analyse a recorded heaptrack file")
    opts = parser.parse_args()
    out = Path(opts.out)
    out.mkdir(parents=True, exist_ok=True)
    if opts.analyze:
        analyze(Path(opts.analyze), out, opts.top, "(an earlier recording)")
        return

    bench.under_xvfb()
    run(["bash", str(ROOT / "scripts/setup.sh"), "--with-tour", "--with-profile"])
    app, _ = bench.build_release()
    data = out / "heaptrack"
    for old in out.glob("heaptrack*.zst"):
        old.unlink()

    env = bench.app_env(
        {"SCARWISE_BENCH_NO_SHOTS": "1", "SCARWISE_BENCH_REPORT": "1", "SCARWISE_BENCH_EXIT_AT_END": "1"}
    )
    with tempfile.TemporaryDirectory() as shots:
        walk = subprocess.run(
            ["heaptrack", "-o", str(data), str(app), "--tour", shots, "--tour-brief", "--seed", "7",
             "--memory-only", "--locale", "en", "--window", "1280x800"],
            env=env, stdout=subprocess.PIPE, text=True,
        )
    end = next((line for line in walk.stdout.splitlines() if line.startswith("bench end")), None)
    if end is None:
        raise SystemExit(f"the walk did not finish under heaptrack (exit {walk.returncode})")
    print(end)
    analyze(next(out.glob("heaptrack*.zst")), out, opts.top, f"`{end}`")


def analyze(recorded, out, top_count, end):
    """Splits what was live at the end by who allocated it; writes leaks.txt and summary.md."""
    quiet = ["--print-peaks", "0", "--print-allocators", "0", "--print-temporary", "0"]
    report = subprocess.run(
        ["heaptrack_print", "-f", str(recorded), "--print-leaks", "1", "--merge-backtraces", "0",
         "--peak-limit", "100000", *quiet],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=True,
    ).stdout
    (out / "leaks.txt").write_text(report)
    summary = subprocess.run(
        ["heaptrack_print", "-f", str(recorded), "--print-leaks", "0", *quiet],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=True,
    ).stdout

    groups = defaultdict(float)
    sites = defaultdict(float)
    for size, frames in parse_leaks(report):
        group, name = owner(frames)
        groups[group] += size
        sites[(group, name)] += size
    total = sum(groups.values())
    names = {
        "driver": "software Vulkan driver (Mesa lavapipe, LLVM): the GPU's share on real hardware",
        "graphics": "graphics stack in Rust (wgpu, naga)",
        "app": "the rest of the app (Bevy, egui, fonts, Scarwise)",
    }
    lines = [
        "# Heap live after one walk (heaptrack)",
        "",
        f"{end} (resident memory and its peak, from the kernel).",
        "",
        f"Heap live at the end of the walk: {total / 1e6:.1f} MB.",
        "",
        "| who allocated it | MB | largest (crate or library: MB) |",
        "| --- | ---: | --- |",
    ]
    for group in ("driver", "graphics", "app"):
        top = sorted(((v, n) for (g, n), v in sites.items() if g == group), reverse=True)[: top_count]
        largest = ", ".join(f"{n}: {v / 1e6:.1f}" for v, n in top)
        lines.append(f"| {names[group]} | {groups[group] / 1e6:.1f} | {largest} |")
    totals = [l for l in summary.splitlines() if re.match(r"^(total runtime|calls to allocation|peak heap memory|peak RSS|total memory leaked)", l)]
    lines += ["", "heaptrack's totals:", "", *[f"- {l}" for l in totals]]
    text = "\n".join(lines) + "\n"
    (out / "summary.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
