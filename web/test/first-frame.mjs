// Time to the first usable frame in headless Chromium: from the start of the page's load to
// Scarwise's title screen drawn with its text, and to the bare baseline's first egui frame
// (examples/baseline.rs, built by `scripts/build-web.sh --baseline`). Both apps mark that
// frame themselves when the address says `?bench=usable` (src/bench/), with the page's own
// clock. Every run is a new browser context (nothing cached), served from localhost without
// compression, so the figure is the page's own work: download at loopback speed, wasm
// compile, start-up and first frames under software WebGL2 (SwiftShader).
//
// Usage: node web/test/first-frame.mjs [--runs N] [--out FILE] SCARWISE_DIR BASELINE_DIR
// Prints, and writes to FILE as JSON, each app's runs, median, min and max (milliseconds),
// with when the wasm had finished downloading, in the same clock.

import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const args = process.argv.slice(2);
let runs = 3;
let out = null;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--out") out = args[++i];
  else dirs.push(resolve(args[i]));
}
if (dirs.length !== 2 || !(runs >= 1)) {
  console.error("usage: node web/test/first-frame.mjs [--runs N] [--out FILE] SCARWISE_DIR BASELINE_DIR");
  process.exit(2);
}

// The baseline's build holds only its wasm and JavaScript: its page is the smallest one that
// starts it (wasm-bindgen's own loader, which compiles the wasm as it streams in).
const baselinePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head>
<body style="margin:0">
<script type="module">
import init from "./baseline.js";
init().catch((e) => { if (!String(e).includes("Using exceptions for control flow")) throw e; });
</script>
</body></html>`;

const apps = [
  { name: "scarwise", dir: dirs[0], pages: {}, path: "/index.html?bench=usable&lang=en" },
  { name: "baseline", dir: dirs[1], pages: { "/index.html": baselinePage }, path: "/index.html?bench=usable" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

async function once(app, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(origin + app.path);
    await page.waitForFunction(() => window.scarwiseUsable !== undefined, null, { timeout: 180_000 });
    return await page.evaluate(() => {
      const wasm = performance.getEntriesByType("resource").find((e) => e.name.includes(".wasm"));
      const stages = [["wasm downloaded", wasm ? wasm.responseEnd : null], ...(window.scarwiseStages ?? [])];
      return { usable_ms: window.scarwiseUsable, wasm_downloaded_ms: wasm ? wasm.responseEnd : null, stages };
    });
  } catch (e) {
    throw new Error(`${app.name}: no usable frame (${e.message}; page errors: ${errors.join("; ") || "none"})`);
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const servers = await Promise.all(apps.map((app) => serve(app.dir, app.pages)));
const report = {};
for (const app of apps) report[app.name] = { usable_ms: [], wasm_downloaded_ms: [], stages: [] };
let failed = false;
try {
  // The two apps take turns, so that background load falls on both.
  for (let run = 0; run < runs; run++) {
    for (const [i, app] of apps.entries()) {
      const origin = `http://127.0.0.1:${servers[i].address().port}`;
      const result = await once(app, origin);
      report[app.name].usable_ms.push(result.usable_ms);
      report[app.name].wasm_downloaded_ms.push(result.wasm_downloaded_ms);
      report[app.name].stages.push(result.stages);
      console.log(`${app.name} run ${run + 1}: first usable frame at ${result.usable_ms.toFixed(0)} ms ` +
        `(wasm downloaded at ${result.wasm_downloaded_ms?.toFixed(0) ?? "?"} ms)`);
    }
  }
} catch (e) {
  console.error(String(e.message ?? e));
  failed = true;
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
if (failed) process.exit(1);

for (const [name, entry] of Object.entries(report)) {
  const values = entry.usable_ms;
  Object.assign(entry, { median_ms: median(values), min_ms: Math.min(...values), max_ms: Math.max(...values) });
  console.log(`${name}: median ${entry.median_ms.toFixed(0)} ms (${entry.min_ms.toFixed(0)}-${entry.max_ms.toFixed(0)})`);
  // Where the median run's time went: each stage with the time since the one before.
  // (With an even number of runs, the run nearest the median.)
  const nearest = values.reduce((best, v, i) => (Math.abs(v - entry.median_ms) < Math.abs(values[best] - entry.median_ms) ? i : best), 0);
  const run = entry.stages[nearest];
  let before = 0;
  for (const [label, at] of run) {
    if (at === null) continue;
    console.log(`  ${at.toFixed(0).padStart(6)} ms  (+${(at - before).toFixed(0).padStart(5)})  ${label}`);
    before = at;
  }
}
console.log(`ratio of medians: ${(report.scarwise.median_ms / report.baseline.median_ms).toFixed(2)}`);
if (out) await writeFile(out, JSON.stringify({ runs, ...report }, null, 2) + "\n");
