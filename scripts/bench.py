#!/usr/bin/env python3
"""Scarwise against a bare Bevy + bevy_egui window (examples/baseline.rs), same Bevy features
and release profile, measured natively under Xvfb with Mesa's software Vulkan.

Usage: scripts/bench.py [--runs N] [--idle-seconds S] [--out DIR] [--no-web | --web-built]
Writes DIR/report.json and DIR/report.md (default DIR: bench/) and prints the table.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def target_dir():
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def app_env(extra=None):
    env = dict(os.environ)
    env.update(
        {
            "WGPU_BACKEND": "vulkan",
            "BEVY_ASSET_ROOT": str(ROOT),
            "RUST_LOG": "error",
        }
    )
    env.update(extra or {})
    return env


def wait_rusage(proc):
    """Waits for the process; returns (exit code, CPU seconds, peak RSS in KiB)."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def startup_seconds(binary, args, runs):
    """Median wall time from process start to exit after the first rendered frames."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [binary, *args],
            env=app_env({"SCARWISE_BENCH_EXIT_AFTER_FRAMES": "3"}),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        code, _, _ = wait_rusage(proc)
        if code != 0:
            raise SystemExit(f"{binary} failed to start (exit {code})")
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def cpu_ticks(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime, after the name


def idle_cpu_percent(binary, args, seconds):
    """CPU used while the first screen sits untouched, as % of one core."""
    proc = subprocess.Popen(
        [binary, *args], env=app_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(6)  # start-up and first frames
        hz = os.sysconf("SC_CLK_TCK")
        before = cpu_ticks(proc.pid)
        time.sleep(seconds)
        used = (cpu_ticks(proc.pid) - before) / hz
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    return 100.0 * used / seconds


def frames_run(binary, args, extra_env):
    """Runs to completion; returns (frames, CPU seconds, peak RSS KiB)."""
    proc = subprocess.Popen(
        [binary, *args],
        env=app_env({"SCARWISE_BENCH_REPORT": "1", **extra_env}),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    output = proc.stdout.read()
    code, cpu, rss = wait_rusage(proc)
    if code != 0:
        raise SystemExit(f"{binary} {' '.join(args)} failed (exit {code})")
    frames = next(
        (int(line.split()[2]) for line in output.splitlines() if line.startswith("bench frames")), 0
    )
    return frames, cpu, rss


def stripped_size(binary):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stripped"
        subprocess.run(["strip", "-o", str(out), str(binary)], check=True)
        return out.stat().st_size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-seconds", type=int, default=30)
    parser.add_argument("--out", default=str(ROOT / "bench"))
    parser.add_argument("--no-web", action="store_true", help="skip the browser builds' sizes")
    parser.add_argument(
        "--web-built",
        action="store_true",
        help="measure the browser builds already in dist/web and dist/web-baseline",
    )
    opts = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            run(["bash", str(ROOT / "scripts/setup.sh"), "--with-tour"])
        os.execvp(
            "xvfb-run",
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv],
        )

    run(["bash", str(ROOT / "scripts/setup.sh"), "--with-tour"])
    build_start = time.perf_counter()
    run(["cargo", "build", "--release", "--bin", "scarwise", "--example", "baseline"], cwd=ROOT)
    build_seconds = time.perf_counter() - build_start
    release = target_dir() / "release"
    app, baseline = release / "scarwise", release / "examples" / "baseline"
    app_args = ["--memory-only", "--locale", "en", "--window", "1280x800"]

    results = {}
    print("measuring start-up...", flush=True)
    results["startup_s"] = {
        "scarwise": startup_seconds(app, app_args, opts.runs)[0],
        "baseline": startup_seconds(baseline, [], opts.runs)[0],
    }
    print(f"measuring idle CPU over {opts.idle_seconds} s...", flush=True)
    results["idle_cpu_percent"] = {
        "scarwise": idle_cpu_percent(app, app_args, opts.idle_seconds),
        "baseline": idle_cpu_percent(baseline, [], opts.idle_seconds),
    }
    print("walking every screen once, as a patient would (the brief tour, no screenshots)...", flush=True)
    with tempfile.TemporaryDirectory() as shots:
        tour = ["--tour", shots, "--tour-brief", "--seed", "7", *app_args]
        _, _, brief_rss = frames_run(app, tour, {"SCARWISE_BENCH_NO_SHOTS": "1"})
    print("walking every screen in every language, at 200 % and in high contrast...", flush=True)
    with tempfile.TemporaryDirectory() as shots:
        tour = ["--tour", shots, "--seed", "7", *app_args]
        app_frames, app_cpu, app_rss = frames_run(app, tour, {})
    base_frames, base_cpu, base_rss = frames_run(baseline, [], {"SCARWISE_BENCH_EXIT_AFTER_SECS": "20"})
    print("animating a scene for 20 s (a pulse every second in the pulse lab)...", flush=True)
    anim_frames, anim_cpu, _ = frames_run(
        app, app_args, {"SCARWISE_BENCH_ANIMATE": "1", "SCARWISE_BENCH_EXIT_AFTER_SECS": "20"}
    )
    results["active_cpu_ms_per_frame"] = {
        "scarwise": 1000 * anim_cpu / max(anim_frames, 1),
        "baseline": 1000 * base_cpu / max(base_frames, 1),
    }
    results["tour_cpu_ms_per_frame"] = {
        "scarwise": 1000 * app_cpu / max(app_frames, 1),
        "baseline": 1000 * base_cpu / max(base_frames, 1),
    }
    results["peak_rss_mb"] = {"scarwise": brief_rss / 1024, "baseline": base_rss / 1024}
    results["peak_rss_full_tour_mb"] = {"scarwise": app_rss / 1024, "baseline": base_rss / 1024}
    results["binary_mb"] = {
        "scarwise": app.stat().st_size / 1e6,
        "baseline": baseline.stat().st_size / 1e6,
    }
    results["binary_stripped_mb"] = {
        "scarwise": stripped_size(app) / 1e6,
        "baseline": stripped_size(baseline) / 1e6,
    }

    labels = {
        "startup_s": f"start-up to first frames, median of {opts.runs} (s)",
        "idle_cpu_percent": f"idle CPU over {opts.idle_seconds} s (% of one core)",
        "active_cpu_ms_per_frame": "CPU per frame while a scene animates (ms)",
        "tour_cpu_ms_per_frame": "CPU per frame walking every screen, with screenshots (ms)",
        "peak_rss_mb": "peak memory, every screen once, no screenshots (MB)",
        "peak_rss_full_tour_mb": "peak memory, full screenshot tour (MB)",
        "binary_mb": "native release binary (MB)",
        "binary_stripped_mb": "native release binary, stripped (MB)",
    }
    lines = ["| measure | Scarwise | baseline | ratio |", "| --- | ---: | ---: | ---: |"]
    for key, label in labels.items():
        ours, base = results[key]["scarwise"], results[key]["baseline"]
        ratio = f"{ours / base:.2f}" if base else "-"
        lines.append(f"| {label} | {ours:.2f} | {base:.2f} | {ratio} |")
    context = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{os.cpu_count()} cores, Xvfb + Mesa software Vulkan (lavapipe)",
        "profile": "release (thin LTO, 1 codegen unit), same Bevy features",
        "release_build_s": round(build_seconds, 1),
        "frames": {
            "scarwise_tour": app_frames,
            "scarwise_animating_20s": anim_frames,
            "baseline_20s": base_frames,
        },
    }
    web = None
    if not opts.no_web:
        if not opts.web_built:
            print("building the browser versions (Scarwise and the baseline)...", flush=True)
            run(["bash", str(ROOT / "scripts/build-web.sh")], cwd=ROOT)
            run(["bash", str(ROOT / "scripts/build-web.sh"), "--baseline"], cwd=ROOT)
        run([sys.executable, str(ROOT / "scripts/web-size.py"), "--out", opts.out], cwd=ROOT)
        web = json.loads((Path(opts.out) / "web-size.json").read_text())
        mb = lambda n: n / 1e6
        for kind, label in [("wasm", "web wasm"), ("js", "web JavaScript"), ("total", "web download in total")]:
            key = f"web_{kind}_brotli_mb"
            results[key] = {
                "scarwise": mb(web["scarwise"][kind]["brotli"]),
                "baseline": mb(web["baseline"][kind]["brotli"]),
            }
            labels[key] = f"{label}, brotli (MB)"
        for kind in ("wasm", "total"):
            key = f"web_{kind}_raw_mb"
            results[key] = {
                "scarwise": mb(web["scarwise"][kind]["raw"]),
                "baseline": mb(web["baseline"][kind]["raw"]),
            }
            labels[key] = f"web {'wasm' if kind == 'wasm' else 'download in total'}, raw (MB)"
        lines = ["| measure | Scarwise | baseline | ratio |", "| --- | ---: | ---: | ---: |"]
        for key, label in labels.items():
            ours, base = results[key]["scarwise"], results[key]["baseline"]
            ratio = f"{ours / base:.2f}" if base else "-"
            lines.append(f"| {label} | {ours:.2f} | {base:.2f} | {ratio} |")
    table = "\n".join(lines)
    out = Path(opts.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps({"context": context, "results": results}, indent=2) + "\n")
    (out / "report.md").write_text(
        f"# Benchmark ({context['date']})\n\n{context['machine']}; {context['profile']}.\n\n{table}\n\n"
        f"Frames: {app_frames} in the Scarwise tour, {anim_frames} in 20 s of the animated scene, "
        f"{base_frames} in 20 s of the baseline.\n"
    )
    print(table)
    print(f"report: {out / 'report.md'}")


if __name__ == "__main__":
    main()
