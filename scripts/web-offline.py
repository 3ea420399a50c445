#!/usr/bin/env python3
"""Writes the browser build's service worker: web/sw.js with the build's version and the list
of files to keep for offline use, into DIST_DIR/sw.js.

The version is a hash of every listed file's path and bytes, so any changed file makes a new
worker (the browser compares the worker's bytes) and an unchanged build keeps the old one.
The pre-compressed .gz/.br copies are left out (the host picks them; the cache keeps what
the browser received), and so is the worker itself.

Usage: scripts/web-offline.py DIST_DIR   (scripts/build-web.sh runs it; the browser test runs
it again on a changed copy to stand for a clinic's new deployment)
"""
import hashlib
import json
import os
import sys

LEFT_OUT = (".gz", ".br")
# Files a patient needs only in one language (the Chinese font): not downloaded for everyone
# at install, but kept once fetched (the worker's ON_DEMAND list). The other languages' words
# (locales/, about 60 KB compressed) are kept at install, after the app has started, so a
# patient offline can still change the language (except to Chinese before its font came).
ON_DEMAND_FOLDER = "assets/fonts/"


def files(dist):
    found = []
    for folder, _, names in os.walk(dist):
        for name in names:
            path = os.path.relpath(os.path.join(folder, name), dist).replace(os.sep, "/")
            if path == "sw.js" or path.endswith(LEFT_OUT):
                continue
            found.append(path)
    return sorted(found)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/web-offline.py DIST_DIR")
    dist = sys.argv[1]
    template_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web", "sw.js")
    with open(template_path, encoding="utf-8") as f:
        template = f.read()
    listed = files(dist)
    if "index.html" not in listed or "scarwise_bg.wasm" not in listed:
        sys.exit(f"web-offline: {dist} holds no built app (index.html and scarwise_bg.wasm)")
    digest = hashlib.sha256()
    size = 0
    for path in listed:
        with open(os.path.join(dist, path), "rb") as f:
            data = f.read()
        size += len(data)
        digest.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
    version = digest.hexdigest()[:16]
    on_demand = [path for path in listed if path.startswith(ON_DEMAND_FOLDER)]
    for marker in ("__SCARWISE_VERSION__", "__SCARWISE_FILES__", "__SCARWISE_ON_DEMAND__"):
        if template.count(marker) != 1:
            sys.exit(f"web-offline: web/sw.js must hold {marker} once")
    worker = template.replace('"__SCARWISE_VERSION__"', json.dumps(version)).replace(
        "__SCARWISE_FILES__", json.dumps([p for p in listed if p not in on_demand], indent=1)).replace(
        "__SCARWISE_ON_DEMAND__", json.dumps(on_demand))
    with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
        f.write(worker)
    print(f"web-offline: version {version}, {len(listed)} files, {size // 1024} KB kept for offline use"
          f" ({len(on_demand)} of them once fetched)")


if __name__ == "__main__":
    main()
