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


def languages_of(folder: Path):
    """The files only a patient reading one language downloads (its words, Chinese's font),
    by path, from the language marks in files.json (scripts/build-web.sh)."""
    manifest = folder / "files.json"
    if not manifest.exists():
        return {}
    return {f["path"]: f["language"] for f in json.loads(manifest.read_text()) if f.get("language")}


def measure(folder: Path, download_only: bool):
    """Bytes by kind. `download_only` leaves out what the app never fetches (the text
    version, pre-compressed copies). The files only a patient reading one language fetches
    are counted apart, by language ("on_demand"), outside the total."""
    groups = {"wasm": [], "js": [], "other": []}
    own = languages_of(folder)
    on_demand = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in (".gz", ".br"):
            continue
        relative = path.relative_to(folder).as_posix()
        if download_only and relative.startswith("text/"):
            continue
        if relative in own:
            on_demand.setdefault(own[relative], []).append(path)
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
    report["on_demand"] = {}
    for language, paths in sorted(on_demand.items()):
        part = {"raw": 0, "gzip": 0, "brotli": 0, "files": len(paths)}
        for path in paths:
            add(part, sizes(path.read_bytes()))
        report["on_demand"][language] = part
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
        for kind in ("wasm", "js", "other", "total"):
            d = data[kind]
            rows.append(f"| {name} {kind} | {mb(d['raw'])} | {mb(d['gzip'])} | {mb(d['brotli'])} |")
        for language, d in data["on_demand"].items():
            label = f"{language} own files, {d['files']} (only when {language} is shown)"
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
