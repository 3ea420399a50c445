#!/usr/bin/env python3
"""Size of the browser build: the wasm, the JavaScript and the other files (lesson files,
page, styles, clinic config, text version), raw, gzip and brotli, for Scarwise (dist/web) and
the baseline, a bare Bevy + bevy_egui window with the same features and profile
(dist/web-baseline, built by `scripts/build-web.sh --baseline`).

Usage: scripts/web-size.py [--out DIR]   (writes DIR/web-size.json and .md; default bench/)
"""

import argparse
import gzip
import json
import sys
from pathlib import Path

import brotli  # pip install brotli (the report needs the same numbers everywhere)

ROOT = Path(__file__).resolve().parent.parent


def sizes(data: bytes):
    return {
        "raw": len(data),
        "gzip": len(gzip.compress(data, 9)),
        "brotli": len(brotli.compress(data, quality=11)),
    }


def add(total, part):
    for key in ("raw", "gzip", "brotli"):
        total[key] += part[key]


# Downloaded only by a patient who reads Chinese (theme/fonts.rs): counted apart.
ON_DEMAND = ("assets/fonts/",)


def measure(folder: Path, download_only: bool):
    """Bytes by kind. `download_only` leaves out what the app never fetches (the text
    version, pre-compressed copies). The files only some patients fetch (the Chinese font)
    are their own kind, "on_demand", outside the total."""
    groups = {"wasm": [], "js": [], "other": []}
    on_demand = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in (".gz", ".br"):
            continue
        relative = path.relative_to(folder).as_posix()
        if download_only and relative.startswith("text/"):
            continue
        if relative.startswith(ON_DEMAND):
            on_demand.append(path)
            continue
        kind = "wasm" if path.suffix == ".wasm" else "js" if path.suffix == ".js" else "other"
        groups[kind].append(path)
    report = {}
    total = {"raw": 0, "gzip": 0, "brotli": 0}
    for kind, paths in groups.items():
        part = {"raw": 0, "gzip": 0, "brotli": 0, "files": len(paths)}
        for path in paths:
            add(part, sizes(path.read_bytes()))
        report[kind] = part
        add(total, part)
    report["total"] = total
    part = {"raw": 0, "gzip": 0, "brotli": 0, "files": len(on_demand)}
    for path in on_demand:
        add(part, sizes(path.read_bytes()))
    report["on_demand"] = part
    return report


def mb(n):
    return f"{n / 1_000_000:.2f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench"))
    args = parser.parse_args()
    app, base = ROOT / "dist/web", ROOT / "dist/web-baseline"
    if not (app / "scarwise_bg.wasm").exists():
        sys.exit("web-size: no dist/web; run scripts/build-web.sh first")
    report = {"scarwise": measure(app, download_only=True)}
    if (base / "baseline_bg.wasm").exists():
        report["baseline"] = measure(base, download_only=True)
    rows = ["| download (MB) | raw | gzip | brotli |", "| --- | ---: | ---: | ---: |"]
    for name, data in report.items():
        for kind in ("wasm", "js", "other", "total", "on_demand"):
            d = data[kind]
            if kind == "on_demand" and not d["files"]:
                continue
            label = "Chinese font (only when Chinese is shown)" if kind == "on_demand" else kind
            rows.append(f"| {name} {label} | {mb(d['raw'])} | {mb(d['gzip'])} | {mb(d['brotli'])} |")
    if "baseline" in report:
        ratio = report["scarwise"]["wasm"]["brotli"] / report["baseline"]["wasm"]["brotli"]
        rows.append(f"| wasm brotli, Scarwise / baseline | | | {ratio:.2f} |")
        report["wasm_brotli_ratio"] = round(ratio, 3)
    table = "\n".join(rows)
    print(table)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "web-size.json").write_text(json.dumps(report, indent=1) + "\n")
    (out / "web-size.md").write_text(table + "\n")


main()
