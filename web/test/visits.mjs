// What a patient's phone fetches and waits for: the first visit, a repeat visit online, and a
// repeat visit offline (after the first visit the service worker has the app), in headless
// Chromium against a local static server that sends the build's brotli copies where the
// browser accepts them, as a clinic's host would. Each run is a new browser context (nothing
// cached); the figure per visit is the median of the runs.
//
// For each visit: the bytes the server sent (bodies; a 304 sends none) up to the first usable
// frame (the app marks it with ?bench=usable, src/bench/) and, for the first visit, also once
// the app is kept for offline use; and the time from the start of the page's load to that
// frame, in the page's own clock.
//
// Usage: node web/test/visits.mjs [--runs N] [--out FILE] DIST_DIR

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
if (dirs.length !== 1 || !(runs >= 1)) {
  console.error("usage: node web/test/visits.mjs [--runs N] [--out FILE] DIST_DIR");
  process.exit(2);
}

const server = await serve(dirs[0], {}, { prefix: "/scarwise", compressed: true });
const address = `http://127.0.0.1:${server.address().port}/scarwise/?bench=usable&lang=en`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
    "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

async function usable(page) {
  await page.waitForFunction(() => window.scarwiseUsable !== undefined, null, { timeout: 180_000 });
  return page.evaluate(() => window.scarwiseUsable);
}

const visits = { first: [], first_offline_ready: [], repeat_online: [], repeat_offline: [] };
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let sent = server.stats.bytes;
    const since = () => { const n = server.stats.bytes - sent; sent = server.stats.bytes; return n; };

    await page.goto(address);
    const first = await usable(page);
    visits.first.push({ ms: first, bytes: since() });
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === "activated" && navigator.serviceWorker.controller !== null;
    }, null, { timeout: 180_000, polling: 250 });
    visits.first_offline_ready.push({ ms: null, bytes: since() });

    await page.goto(address);
    visits.repeat_online.push({ ms: await usable(page), bytes: since() });

    server.down = true;
    await context.setOffline(true);
    await page.goto(address);
    visits.repeat_offline.push({ ms: await usable(page), bytes: since() });
    server.down = false;
    await context.close();
    console.log(`run ${run + 1}: ` + Object.entries(visits).map(([k, v]) => {
      const last = v[v.length - 1];
      return `${k} ${last.ms === null ? "" : `${last.ms.toFixed(0)} ms, `}${(last.bytes / 1024).toFixed(0)} KB`;
    }).join("; "));
  }
} finally {
  await browser.close();
  server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const report = { runs };
for (const [name, list] of Object.entries(visits)) {
  const ms = list.map((v) => v.ms).filter((v) => v !== null);
  const bytes = list.map((v) => v.bytes);
  report[name] = {
    bytes_median: median(bytes), bytes_min: Math.min(...bytes), bytes_max: Math.max(...bytes),
    ...(ms.length ? { ms_median: median(ms), ms_min: Math.min(...ms), ms_max: Math.max(...ms) } : {}),
  };
  const r = report[name];
  console.log(`${name}: ${(r.bytes_median / 1024).toFixed(0)} KB (${(r.bytes_min / 1024).toFixed(0)}-${(r.bytes_max / 1024).toFixed(0)})` +
    (r.ms_median !== undefined ? `, first usable frame ${r.ms_median.toFixed(0)} ms (${r.ms_min.toFixed(0)}-${r.ms_max.toFixed(0)})` : ""));
}
if (out) await writeFile(out, JSON.stringify(report, null, 2) + "\n");
