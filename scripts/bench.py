#!/usr/bin/env python3
"""Scarwise against a bare Bevy + bevy_egui window (examples/baseline.rs), same Bevy features
and release profile, measured natively under Xvfb with Mesa's software Vulkan, and in the
browser (download size; first usable frame in headless Chromium, web/test/first-frame.mjs).

Every timed figure is the median of --runs runs (at least 3) with the spread (min-max); the
two programs take turns within each run, so background load falls on both. Rows compare like
with like: the same redraw mode for both (reactive, as Scarwise ships; continuous, as a
default Bevy app runs, in rows labelled so), CPU per frame over a steady window after a
warm-up (the app marks the window's ends; the script reads the process's CPU time there),
start-up to the first usable frame (Scarwise: the title screen drawn with its text; the
baseline: its first egui frame), and memory from the kernel's own counters.

Usage: scripts/bench.py [--runs N] [--warm S] [--window S] [--full-tour] [--out DIR]
                        [--no-web | --web-built]
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
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HZ = os.sysconf("SC_CLK_TCK")


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def target_dir():
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def app_env(extra=None):
    env = dict(os.environ)
    env.update({"WGPU_BACKEND": "vulkan", "BEVY_ASSET_ROOT": str(ROOT), "RUST_LOG": "error"})
    env.update(extra or {})
    return env


def stat_ticks(stat):
    """A `/proc/<pid>/stat` text -> (command name, user + system CPU ticks of every thread)."""
    name = stat[stat.index("(") + 1 : stat.rindex(")")]
    fields = stat.rsplit(")", 1)[1].split()
    return name, int(fields[11]) + int(fields[12])


def cpu_seconds(pid):
    """User + system CPU time of every thread of the process so far."""
    return stat_ticks(Path(f"/proc/{pid}/stat").read_text())[1] / HZ


def status_kib(pid, name):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return None


def fields(line):
    """`bench what key=value ...` -> {key: value}, '-' as None, numbers as int."""
    out = {}
    for part in line.split()[2:]:
        key, _, value = part.partition("=")
        out[key] = None if value == "-" else int(value)
    return out


class Program:
    """One run of a program whose stdout the bench hooks write to; a watchdog stops it if it
    hangs, so a broken build cannot stall the benchmark."""

    def __init__(self, binary, args, env, limit=300):
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [str(binary), *args],
            env=app_env(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.timer = threading.Timer(limit, self.proc.kill)
        self.timer.start()

    def lines(self):
        """(seconds since start, line) for each `bench` line, as it arrives."""
        for line in self.proc.stdout:
            if line.startswith("bench "):
                yield time.perf_counter() - self.started, line.strip()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.timer.cancel()

    def finish(self, what):
        code = self.proc.wait()
        self.timer.cancel()
        if code != 0:
            raise SystemExit(f"{what}: exit {code}")


def usable_seconds(binary, args):
    """Seconds from the process's start to its first usable frame drawn (reactive mode)."""
    program = Program(binary, args, {"SCARWISE_BENCH_USABLE": "1", "SCARWISE_BENCH_MODE": "reactive"})
    seconds = next((t for t, line in program.lines() if line.startswith("bench usable")), None)
    program.finish(f"{binary.name}: start-up")
    if seconds is None:
        raise SystemExit(f"{binary.name} never reported a usable frame")
    return seconds


def idle_reactive(binary, args, warm, seconds):
    """CPU (% of one core) while the first screen sits untouched in reactive mode, and the
    memory then. The app draws no frames, so the script keeps the time itself."""
    program = Program(binary, args, {"SCARWISE_BENCH_MODE": "reactive"})
    try:
        time.sleep(warm)
        before = cpu_seconds(program.proc.pid)
        time.sleep(seconds)
        used = cpu_seconds(program.proc.pid) - before
        rss = status_kib(program.proc.pid, "VmRSS")
        peak = status_kib(program.proc.pid, "VmHWM")
    finally:
        program.stop()
    return {"cpu_percent": 100 * used / seconds, "rss_mb": rss / 1024, "peak_mb": peak / 1024}


def steady_window(binary, args, env, warm, seconds):
    """CPU per frame and % of a core between the app's two window marks."""
    program = Program(
        binary, args, {"SCARWISE_BENCH_WINDOW": f"{warm},{seconds}", **env}, limit=warm + seconds + 120
    )
    marks = []
    for at, line in program.lines():
        if line.startswith("bench mark"):
            marks.append((at, cpu_seconds(program.proc.pid), fields(line)))
    program.finish(f"{binary.name}: steady window")
    if len(marks) != 2:
        raise SystemExit(f"{binary.name}: expected two window marks, got {len(marks)}")
    (t0, cpu0, m0), (t1, cpu1, m1) = marks
    frames = m1["frame"] - m0["frame"]
    return {
        "frames": frames,
        "ms_per_frame": 1000 * (cpu1 - cpu0) / max(frames, 1),
        "cpu_percent": 100 * (cpu1 - cpu0) / (t1 - t0),
        "fps": frames / (t1 - t0),
    }


def walk(binary, args, full=False):
    """Walks every screen once as a patient would (the brief tour, no screenshots), or with
    `full` the whole screenshot tour, and returns the memory at its end."""
    with tempfile.TemporaryDirectory() as folder:
        tour = ["--tour", folder, "--seed", "7", *args]
        env = {"SCARWISE_BENCH_REPORT": "1"}
        if not full:
            tour.insert(2, "--tour-brief")
            env["SCARWISE_BENCH_NO_SHOTS"] = "1"
        program = Program(binary, tour, env, limit=3600)
        end = next((fields(line) for _, line in program.lines() if line.startswith("bench end")), None)
        program.finish(f"{binary.name}: walk")
    if end is None or end.get("rss_kib") is None:
        raise SystemExit(f"{binary.name}: the walk reported no memory")
    return {"rss_mb": end["rss_kib"] / 1024, "peak_mb": end["peak_kib"] / 1024, "frames": end["frames"]}


def busy_processes(interval=1.0, threshold=5.0):
    """Other processes using more than `threshold` % of a core over `interval` seconds."""

    def sample():
        ticks = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
            except OSError:
                continue
            ticks[stat.parent.name] = stat_ticks(text)
        return ticks

    first = sample()
    time.sleep(interval)
    second = sample()
    busy = []
    for pid, (name, ticks) in second.items():
        if pid in first and int(pid) != os.getpid():
            percent = 100 * (ticks - first[pid][1]) / HZ / interval
            if percent >= threshold:
                busy.append(f"{name} {percent:.0f} %")
    return sorted(busy)


def under_xvfb():
    """Without a display, runs this script again inside Xvfb (1280x800); returns with one."""
    if os.environ.get("DISPLAY"):
        return
    if not shutil.which("xvfb-run"):
        run(["bash", str(ROOT / "scripts/setup.sh"), "--with-tour"])
    os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv])


def build_release():
    """Builds the app and the baseline in release; returns their paths. Other scripts build
    the same set (the example's dev-dependencies change features: building the app alone
    would compile Bevy again)."""
    run(["cargo", "build", "--release", "--bin", "scarwise", "--example", "baseline"], cwd=ROOT)
    release = target_dir() / "release"
    return release / "scarwise", release / "examples" / "baseline"


def python_with_brotli():
    """A Python that can import brotli: this one, or the system's (Debian's python3-brotli,
    which setup.sh --with-web installs, is not in a pyenv or venv Python)."""
    for python in (sys.executable, "/usr/bin/python3"):
        if subprocess.run([python, "-c", "import brotli"], capture_output=True).returncode == 0:
            return python
    raise SystemExit("no Python with brotli: run scripts/setup.sh --with-web (or pip install brotli)")


def stripped_size(binary):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stripped"
        subprocess.run(["strip", "-o", str(out), str(binary)], check=True)
        return out.stat().st_size


def spread(values, digits=2):
    """`median (min-max)`."""
    if len(values) == 1:
        return f"{values[0]:.{digits}f}"
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm", type=float, default=5, help="warm-up before each window (s)")
    parser.add_argument("--window", type=float, default=15, help="each measured window (s)")
    parser.add_argument("--full-tour", action="store_true", help="also the full screenshot tour's peak memory (one run, slow)")
    parser.add_argument("--out", default=str(ROOT / "bench"))
    parser.add_argument("--no-web", action="store_true", help="skip the browser builds' sizes")
    parser.add_argument(
        "--web-built",
        action="store_true",
        help="measure the browser builds already in dist/web and dist/web-baseline",
    )
    opts = parser.parse_args()
    if opts.runs < 3:
        parser.error("--runs must be at least 3 (each figure is a median with its spread)")

    under_xvfb()
    run(["bash", str(ROOT / "scripts/setup.sh"), "--with-tour"])
    build_start = time.perf_counter()
    app, baseline = build_release()
    build_seconds = time.perf_counter() - build_start
    app_args = ["--memory-only", "--locale", "en", "--window", "1280x800"]
    programs = {"scarwise": (app, app_args), "baseline": (baseline, [])}

    load = {"before": {"loadavg": os.getloadavg(), "busy": busy_processes()}}
    samples = {}  # key -> {"scarwise": [...], "baseline": [...]}

    def add(key, who, value):
        samples.setdefault(key, {"scarwise": [], "baseline": []})[who].append(value)

    for number in range(1, opts.runs + 1):
        print(f"run {number} of {opts.runs}", flush=True)
        for who, (binary, args) in programs.items():
            add("startup_s", who, usable_seconds(binary, args))
        for who, (binary, args) in programs.items():
            idle = idle_reactive(binary, args, opts.warm, opts.window)
            add("idle_cpu_percent", who, idle["cpu_percent"])
            add("idle_rss_mb", who, idle["rss_mb"])
        for who, (binary, args) in programs.items():
            steady = steady_window(binary, args, {"SCARWISE_BENCH_MODE": "continuous"}, opts.warm, opts.window)
            add("continuous_ms_per_frame", who, steady["ms_per_frame"])
            add("continuous_cpu_percent", who, steady["cpu_percent"])
        # A scene animating (Scarwise draws every frame while it moves) against the bare
        # window drawing every frame, each in its own run.
        animated = steady_window(app, app_args, {"SCARWISE_BENCH_ANIMATE": "1"}, opts.warm, opts.window)
        add("animating_ms_per_frame", "scarwise", animated["ms_per_frame"])
        add("animating_fps", "scarwise", animated["fps"])
        drawing = steady_window(baseline, [], {"SCARWISE_BENCH_MODE": "continuous"}, opts.warm, opts.window)
        add("animating_ms_per_frame", "baseline", drawing["ms_per_frame"])
        add("animating_fps", "baseline", drawing["fps"])
        walked = walk(app, app_args)
        add("walk_rss_mb", "scarwise", walked["rss_mb"])
        add("walk_peak_mb", "scarwise", walked["peak_mb"])
        if number == (opts.runs + 1) // 2:
            load["during"] = {"loadavg": os.getloadavg(), "busy": busy_processes()}
    # The baseline has no screens to walk: its memory after a walk is its idle memory.
    samples["walk_rss_mb"]["baseline"] = list(samples["idle_rss_mb"]["baseline"])
    samples["walk_peak_mb"]["baseline"] = list(samples["idle_rss_mb"]["baseline"])
    if opts.full_tour:
        print("the full screenshot tour (every screen, four languages, 200 %, high contrast)...", flush=True)
        full = walk(app, app_args, full=True)
        samples["full_tour_peak_mb"] = {"scarwise": [full["peak_mb"]], "baseline": list(samples["idle_rss_mb"]["baseline"])}
    load["after"] = {"loadavg": os.getloadavg(), "busy": busy_processes()}

    for who, binary in (("scarwise", app), ("baseline", baseline)):
        add("binary_mb", who, binary.stat().st_size / 1e6)
        add("binary_stripped_mb", who, stripped_size(binary) / 1e6)

    labels = {
        "startup_s": "start-up to the first usable frame (s)",
        "idle_cpu_percent": f"idle CPU, both reactive, over {opts.window:g} s (% of one core)",
        "idle_rss_mb": "memory idle on the first screen, both reactive (MB)",
        "continuous_ms_per_frame": "CPU per frame, first screen, both redrawing continuously (ms)",
        "continuous_cpu_percent": "idle CPU, both redrawing continuously (% of one core)",
        "animating_ms_per_frame": "CPU per frame, a scene animating vs the bare window (ms)",
        "animating_fps": "frames per second, a scene animating vs the bare window",
        "walk_rss_mb": "memory after walking every screen once (MB; baseline: idle)",
        "walk_peak_mb": "peak memory walking every screen once (MB; baseline: idle)",
        "full_tour_peak_mb": "peak memory, full screenshot tour, one run (MB; baseline: idle)",
        "binary_mb": "native release binary (MB)",
        "binary_stripped_mb": "native release binary, stripped (MB)",
    }
    results = {}
    for key, values in samples.items():
        ours, base = statistics.median(values["scarwise"]), statistics.median(values["baseline"])
        results[key] = {"scarwise": ours, "baseline": base, "runs": values}

    out = Path(opts.out)
    out.mkdir(parents=True, exist_ok=True)
    # The native figures are written at once: a failure in the browser part loses nothing.
    (out / "native-samples.json").write_text(json.dumps(samples, indent=2) + "\n")
    if not opts.no_web:
        if not opts.web_built:
            print("building the browser versions (Scarwise and the baseline)...", flush=True)
            run(["bash", str(ROOT / "scripts/build-web.sh")], cwd=ROOT)
            run(["bash", str(ROOT / "scripts/build-web.sh"), "--baseline"], cwd=ROOT)
        run([python_with_brotli(), str(ROOT / "scripts/web-size.py"), "--out", opts.out], cwd=ROOT)
        web = json.loads((Path(opts.out) / "web-size.json").read_text())
        for kind, unit, label in [
            ("wasm", "brotli", "web wasm, brotli (MB)"),
            ("js", "brotli", "web JavaScript, brotli (MB)"),
            ("total", "brotli", "web download in total, brotli (MB)"),
            ("wasm", "raw", "web wasm, raw (MB)"),
            ("total", "raw", "web download in total, raw (MB)"),
        ]:
            key = f"web_{kind}_{unit}_mb"
            ours, base = web["scarwise"][kind][unit] / 1e6, web["baseline"][kind][unit] / 1e6
            results[key] = {"scarwise": ours, "baseline": base, "runs": {"scarwise": [ours], "baseline": [base]}}
            labels[key] = label
        # A patient reading Chinese also downloads its words and font (the baseline has none).
        chinese = (web["scarwise"]["total"]["brotli"] + web["scarwise"]["on_demand"]["zh-Hans"]["brotli"]) / 1e6
        base = web["baseline"]["total"]["brotli"] / 1e6
        results["web_total_chinese_mb"] = {"scarwise": chinese, "baseline": base,
                                           "runs": {"scarwise": [chinese], "baseline": [base]}}
        labels["web_total_chinese_mb"] = "web download in total in Chinese (its words and font), brotli (MB)"
        print("timing the first usable frame in headless Chromium...", flush=True)
        if not (ROOT / "web/node_modules/playwright-core").is_dir():
            run(["npm", "ci", "--prefix", "web", "--no-audit", "--no-fund"], cwd=ROOT)
        first = Path(opts.out) / "web-first-frame.json"
        run(["node", "web/test/first-frame.mjs", "--runs", str(opts.runs), "--out", str(first),
             "dist/web", "dist/web-baseline"], cwd=ROOT)
        frames = json.loads(first.read_text())
        values = {who: [ms / 1000 for ms in frames[who]["usable_ms"]] for who in ("scarwise", "baseline")}
        results["web_usable_s"] = {
            "scarwise": statistics.median(values["scarwise"]),
            "baseline": statistics.median(values["baseline"]),
            "runs": values,
        }
        labels["web_usable_s"] = "browser: page load to the first usable frame (s)"

    lines = [
        f"| measure | Scarwise, median (min-max) of {opts.runs} | baseline | ratio of medians |",
        "| --- | ---: | ---: | ---: |",
    ]
    for key, label in labels.items():
        if key not in results:
            continue
        runs = results[key]["runs"]
        ours, base = results[key]["scarwise"], results[key]["baseline"]
        ratio = f"{ours / base:.2f}" if base > 0.005 else "-"
        lines.append(f"| {label} | {spread(runs['scarwise'])} | {spread(runs['baseline'])} | {ratio} |")
    table = "\n".join(lines)

    def describe(moment):
        entry = load[moment]
        busy = ", ".join(entry["busy"]) or "nothing else above 5 % of a core"
        return f"{moment}: load average {entry['loadavg'][0]:.2f}; {busy}"

    context = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{os.cpu_count()} cores, Xvfb + Mesa software Vulkan (lavapipe)",
        "profile": "release (thin LTO, 1 codegen unit), same Bevy features",
        "release_build_s": round(build_seconds, 1),
        "runs": opts.runs,
        "warm_s": opts.warm,
        "window_s": opts.window,
        "else_running": [describe(m) for m in ("before", "during", "after") if m in load],
    }
    (out / "report.json").write_text(json.dumps({"context": context, "results": results}, indent=2) + "\n")
    (out / "report.md").write_text(
        f"# Benchmark ({context['date']})\n\n{context['machine']}; {context['profile']}; "
        f"{opts.runs} runs, windows of {opts.window:g} s after {opts.warm:g} s of warm-up.\n\n"
        f"{table}\n\nWhat else was running (other processes above 5 % of a core, over one second):\n\n"
        + "".join(f"- {line}\n" for line in context["else_running"])
    )
    print(table)
    print("\n".join(context["else_running"]))
    print(f"report: {out / 'report.md'}")


if __name__ == "__main__":
    main()
