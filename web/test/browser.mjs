// The browser build in a real browser: Debian's Chromium (headless, SwiftShader WebGL2),
// driven by playwright-core. It serves dist/web from a local server and checks that the page
// loads with its progress bar reaching 100 %, that module 1 can be completed by mouse clicks
// and by keyboard alone, that progress survives a reload, that the language can be switched,
// that the app runs without local storage, that touch works under phone emulation, and that
// the page makes no request to any other origin and logs no console error, and that the
// page's own HTML passes axe-core's WCAG 2.2 A/AA rules (axe.mjs). Screenshots at
// phone, tablet and desktop sizes go to target/web-shots/.
//
// egui paints into the canvas, so the page has no buttons to query: widgets are found by
// their screen-reader names through `scarwiseWidgets()`, which the app exposes with ?test=1.
//
// Usage: node web/test/browser.mjs [DIST_DIR] [SHOTS_DIR]
// (ONLY=keyboard, say, runs just the parts whose name contains the word; ONLY=hardening runs
// the checks of the page's address, the save in local storage and the test hook's privacy.
// An ONLY or SIZES that matches nothing fails.)

import { readFile, readdir, mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";
import { pwaParts } from "./pwa.mjs";
import { axeParts } from "./axe.mjs";
import { takeHomeParts } from "./take-home.mjs";
import { readAloudParts } from "./read-aloud.mjs";
import { languageParts } from "./languages.mjs";

const root = resolve(process.argv[2] ?? "dist/web");
const shots = resolve(process.argv[3] ?? "target/web-shots");
const repo = resolve(new URL("../..", import.meta.url).pathname);
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

// ---------------------------------------------------------------------------------------
// The words to look for, straight from the locale files (single-line messages only).

async function messages(lang) {
  const found = {};
  for (const file of ["ui.ftl", "prepare.ftl", "a11y.ftl", "companion.ftl", "webapp.ftl"]) {
    const text = await readFile(join(repo, "locales", lang, file), "utf8");
    for (const line of text.split("\n")) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) found[m[1]] = m[2].trim();
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------

let failures = 0;
function check(condition, what) {
  if (condition) {
    console.log(`  ok   ${what}`);
  } else {
    console.log(`  FAIL ${what}`);
    failures += 1;
  }
}

const server = await serve(root);
const origin = `http://127.0.0.1:${server.address().port}`;
// One browser per device pixel ratio. Playwright's `deviceScaleFactor` alone makes headless
// Chromium report devicePixelRatio 3 while ResizeObserver's device-pixel-content-box stays at
// CSS pixels (seen here: 390x844 for a 390x844 viewport), so winit would draw a third-size
// buffer at 3x scale; a real phone reports both consistently. Starting Chromium with
// --force-device-scale-factor as well gives the consistent pair (1170x2532 at ratio 3).
const browsers = new Map();
const CHROMIUM_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-background-networking", "--disable-component-update", "--no-first-run"];
async function browserFor(scale = 1) {
  if (!browsers.has(scale)) {
    const args = [...CHROMIUM_ARGS];
    if (scale !== 1) args.push(`--force-device-scale-factor=${scale}`);
    browsers.set(scale, await chromium.launch({ executablePath: browserPath, args }));
  }
  return browsers.get(scale);
}
await mkdir(shots, { recursive: true });

const consoleErrors = [];
const foreign = [];
// The origins the pages may ask: the test's own server, and those a part adds.
const allowed = new Set([origin]);

/// A page in a browser with a profile on disk, as a patient's browser has: Chromium installs
/// no app from a private (incognito-like) context, which is what `newPage`'s contexts are.
async function profilePage() {
  const dir = await mkdtemp(join(tmpdir(), "scarwise-profile-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: browserPath, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  watch(page);
  return { context, page, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

/// A page in a fresh private context. `expectErrors: true` for a page made to fail on
/// purpose (its console errors are expected, not counted; other origins still are).
async function newPage({ expectErrors = false, ...options } = {}) {
  const browser = await browserFor(options.deviceScaleFactor ?? 1);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
  // Counts the key presses the page itself receives, to tell a key the browser never
  // delivered from one the app lost.
  await context.addInitScript(() => {
    window.scarwiseKeydowns = 0;
    addEventListener("keydown", (e) => { if (!e.repeat) window.scarwiseKeydowns += 1; }, true);
  });
  const page = await context.newPage();
  watch(page, { errors: !expectErrors });
  return { context, page };
}

/// Records a page's console errors (unless `errors` is false) and any request to another
/// origin.
function watch(page, { errors = true } = {}) {
  page.on("console", (m) => {
    allMessages.push(`${m.type()}: ${m.text().replace(/%c/g, "").slice(0, 240)}`);
    if (m.type() === "error" && errors) consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => { if (errors) consoleErrors.push(String(e)); });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && !allowed.has(new URL(url).origin)) {
      foreign.push(url);
    }
  });
}

/// Loads the app and waits for it to draw its first screen.
async function open(page, query) {
  await page.goto(`${origin}/?test=1&${query}`);
  await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden,
    null, { timeout: 180_000 });
  await waitFor(page, (ws) => ws.length > 3, "the first screen");
}

/// The app's latest reader snapshot: widgets, and counts of frames drawn and of the keys and
/// pointer presses it has received (see src/platform/reader.rs).
async function snapshot(page) {
  return page.evaluate(() => (window.scarwiseWidgets
    ? window.scarwiseWidgets()
    : { widgets: [], frames: 0, keys: { presses: 0, focus: "" }, pointer: { presses: 0 } }));
}

async function widgets(page) {
  return (await snapshot(page)).widgets;
}

/// How long the app may draw no frame while the test waits for something before the test
/// calls it stuck. Software rendering takes up to about a second a frame on a busy machine.
const STALL_MS = 8_000;

/// Waits until the widgets satisfy `predicate`. Fails when the app stops drawing without
/// getting there (it would never get there without more input), or after `timeout`.
async function waitFor(page, predicate, what, timeout = 60_000) {
  const end = Date.now() + timeout;
  let last = [];
  let frames = -1;
  let since = Date.now();
  let now = null;
  const state = () => `; frame ${now?.frames}, pointer ${JSON.stringify(now?.pointer)} after ${lastPointer}`;
  while (Date.now() < end) {
    now = await snapshot(page);
    last = now.widgets;
    if (predicate(last)) return last;
    if (now.frames !== frames) {
      frames = now.frames;
      since = Date.now();
    } else if (Date.now() - since > STALL_MS) {
      throw new Error(`the app stopped drawing (at frame ${frames}) before ${what}${state()}; on screen: ${last.map((w) => w.name).join(" | ")}`);
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}${state()}; on screen: ${last.map((w) => w.name).join(" | ")}`);
}

async function named(page, name) {
  const ws = await waitFor(page, (ws) => ws.some((w) => w.name === name), `"${name}"`);
  return ws.find((w) => w.name === name);
}

/// Where a widget is on the page, in CSS pixels.
async function centre(page, widget) {
  const { zoom } = await page.evaluate(() => window.scarwiseWidgets());
  const box = await page.locator("#scarwise-canvas").boundingBox();
  return {
    x: box.x + (widget.x + widget.w / 2) * zoom,
    y: box.y + (widget.y + widget.h / 2) * zoom,
  };
}

/// `name` once it has stopped moving: its rectangle is the same in two snapshots with a
/// frame drawn between them (egui scrolls smoothly, and with software rendering a frame can
/// take seconds, so no fixed pause says the scroll is over). In a still app the next frame
/// comes with the idle wake-up, within five seconds.
async function settled(page, name) {
  let prev = null;
  for (let i = 0; i < 20; i++) {
    const now = await snapshot(page);
    const w = now.widgets.find((w) => w.name === name);
    if (w && prev && w.x === prev.x && w.y === prev.y && w.w === prev.w && w.h === prev.h) return w;
    prev = w ?? null;
    if (w) await drawnAfter(page, now.frames);
    else await named(page, name);
  }
  throw new Error(`"${name}" never stopped moving`);
}

/// Scrolls until the widget is well inside the view (egui lists widgets outside the view too,
/// and a phone page has a safe-area band at its bottom edge). A widget that cannot scroll
/// further in is taken where it is when it is on screen at all.
async function onScreen(page, name) {
  const height = page.viewportSize().height;
  let last = null;
  for (let i = 0; i < 40; i++) {
    const w = await settled(page, name);
    const { y } = await centre(page, w);
    const stuck = last && last.x === w.x && last.y === w.y;
    if ((y > height * 0.15 && y < height * 0.75) || (stuck && y > 8 && y < height - 20)) return w;
    last = w;
    const box = await page.locator("#scarwise-canvas").boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const off = y - height / 2;
    const before = (await snapshot(page)).frames;
    await page.mouse.wheel(0, Math.sign(off) * Math.min(250, Math.max(40, Math.abs(off) / 2)));
    // The frame after the wheel may have begun before the wheel arrived: a rectangle counts
    // as settled (or stuck) only from two frames on.
    await drawnAfter(page, before + 1);
  }
  throw new Error(`could not scroll "${name}" into view`);
}

/// Waits until the app has drawn a frame after frame number `before` (at most 20 s; the idle
/// app wakes every five seconds and draws anyway).
async function drawnAfter(page, before) {
  const end = Date.now() + 20_000;
  while (Date.now() < end && (await snapshot(page)).frames <= before) {
    await page.waitForTimeout(50);
  }
}

/// Runs `act` (a click or tap) and waits until the app has received the release.
async function pointer(page, act) {
  const before = (await snapshot(page)).pointer.releases;
  await act();
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    if ((await snapshot(page)).pointer.releases > before) return;
    await page.waitForTimeout(50);
  }
  throw new Error("the app did not receive the click or tap");
}

/// The last click or tap, for the message when its result does not come.
let lastPointer = "no click or tap";

/// Scrolls `name` into view and fires `kind` ("click" or "tap") at its centre with `fire`.
async function pointAt(page, name, kind, fire) {
  const w = await onScreen(page, name);
  const { x, y } = await centre(page, w);
  lastPointer = `a ${kind} on "${name}" at ${x.toFixed(1)},${y.toFixed(1)} (widget ${w.x},${w.y} ${w.w}x${w.h})`;
  await pointer(page, () => fire(x, y));
}

async function click(page, name) {
  await pointAt(page, name, "click", (x, y) => page.mouse.click(x, y));
}

async function tap(page, name) {
  await pointAt(page, name, "tap", (x, y) => page.touchscreen.tap(x, y));
}

/// What the last `press` read and pressed, for the message when its result does not come.
let trail = [];

/// Presses `key` and waits until the app has received it; returns the snapshot of the frame
/// that took it (the reader snapshot is written in the same frame as the key log, so its
/// focus is the one after the key). A key the page never got (the browser dropped it) is
/// pressed again; one the page got but the app did not is an error.
async function pressKey(page, key) {
  for (let attempt = 1; ; attempt++) {
    const before = await snapshot(page);
    const pageBefore = await page.evaluate(() => window.scarwiseKeydowns ?? 0);
    await page.keyboard.press(key);
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      const now = await snapshot(page);
      if (now.keys.presses > before.keys.presses) return now;
      await page.waitForTimeout(50);
    }
    if ((await page.evaluate(() => window.scarwiseKeydowns ?? 0)) > pageBefore) {
      throw new Error(`the page received ${key} but the app did not (keys so far: ${trail.join(" > ")})`);
    }
    if (attempt >= 3) throw new Error(`the browser did not deliver ${key} (three tries)`);
    console.log(`    (note) the browser did not deliver ${key}: pressed again`);
  }
}

/// Tabs until `name` has the focus, then presses `key`.
async function press(page, name, key = "Enter") {
  trail = [];
  let now = await snapshot(page);
  for (let i = 0; i < 150; i++) {
    const focus = now.widgets.find((w) => w.focused)?.name ?? null;
    trail.push(`${focus}`);
    if (focus === name) {
      trail.push(key);
      const got = await pressKey(page, key);
      if (got.keys.focus !== name) trail.push(`(the app had the focus on "${got.keys.focus}")`);
      return;
    }
    trail.push("Tab");
    now = await pressKey(page, "Tab");
  }
  const seen = [];
  for (let i = 0; i < 12; i++) {
    now = await pressKey(page, "Tab");
    seen.push(now.widgets.find((w) => w.focused)?.name ?? "(none)");
  }
  const active = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  throw new Error(`Tab never reached "${name}"; focus went: ${seen.join(" > ")}; page focus on ${active}`);
}

/// Activates `name` and waits until it has left the screen (the next screen is drawn).
async function go(page, act, name) {
  await act(page, name);
  await waitFor(page, (ws) => !ws.some((w) => w.name === name), `the screen after "${name}" (keys: ${trail.join(" > ")})`);
}

/// Completes module 1 (its lesson, then its quiz with whatever answers) with `act` (a click
/// or a key press on a named widget).
async function completeModuleOne(page, m, act, toggle) {
  if (process.env.NO_SOUND) {
    await act(page, m["nav-settings"]);
    await act(page, m["settings-sound"]);
    await act(page, m["nav-back"]);
  }
  await go(page, act, m["title-start"]);
  await go(page, act, m["journey-begin"]);
  for (let i = 0; i < 30; i++) {
    const ws = await waitFor(page, (ws) => ws.some((w) => w.name === m["lesson-next"] || w.name === m["lesson-start-quiz"]), "a lesson page");
    if (ws.some((w) => w.name === m["lesson-start-quiz"])) {
      await act(page, m["lesson-start-quiz"]);
      await waitFor(page, (ws) => !ws.some((w) => w.name === m["lesson-start-quiz"]), "the quiz");
      break;
    }
    const before = ws.find((w) => / \d+ (of|de|sur) \d+$/.test(w.name))?.name;
    await act(page, m["lesson-next"]);
    await waitFor(page, (ws) => !before || !ws.some((w) => w.name === before), `the page after "${before}"`);
  }
  const chrome = new Set([m["nav-map"], m["nav-settings"], m["nav-about"], m["quiz-check"],
    m["prep-card-title"], m["notice-dismiss"], m["lesson-next"], m["lesson-previous"],
    m["lesson-start-quiz"]]);
  for (let question = 0; question < 40; question++) {
    const ws = await waitFor(page, (ws) => ws.some((w) => ["Button", "RadioButton", "CheckBox"].includes(w.role) && !chrome.has(w.name)), "a question");
    const next = ws.find((w) => w.name === m["quiz-next"] || w.name === m["quiz-see-results"]);
    if (ws.some((w) => w.name === m["results-continue"] || w.name === m["journey-revisit"])) return;
    if (next) {
      await go(page, act, next.name);
      if (next.name === m["quiz-see-results"]) return;
      continue;
    }
    const box = ws.find((w) => w.role === "CheckBox");
    if (box) {
      await toggle(page, box.name);
      const ticked = await waitFor(page, (ws) => ws.some((w) => w.name === box.name && w.toggled), `"${box.name}" ticked`)
        .then(() => true, async (e) => {
          const now = (await widgets(page)).filter((w) => w.role === "CheckBox").map((w) => `${w.name}=${w.toggled}`);
          console.log(`    (debug) not ticked: ${now.join(", ")}`);
          return false;
        });
      if (!ticked) throw new Error(`"${box.name}" did not tick`);
      await act(page, m["quiz-check"]);
    } else if (ws.some((w) => w.name === m["quiz-check"])) {
      await act(page, m["quiz-check"]);
    } else {
      // One answer: radio buttons; a "tap the scar" question: letter buttons.
      const option = ws.find((w) => w.role === "RadioButton" && !w.disabled)
        ?? ws.find((w) => w.role === "Button" && !chrome.has(w.name) && !w.disabled);
      await act(page, option.name);
    }
    const feedback = (ws) => ws.some((w) => w.name === m["quiz-next"] || w.name === m["quiz-see-results"]);
    try {
      // The answer's feedback must be drawn without any further input (the app must not stop
      // drawing before it).
      await waitFor(page, feedback, "feedback");
    } catch (e) {
      await page.screenshot({ path: join(shots, "debug-no-feedback.png") });
      const focusNow = (await widgets(page)).find((w) => w.focused)?.name ?? "(none)";
      console.log(`    (debug) keys: ${trail.join(" > ")}; focus now: ${focusNow}`);
      await page.mouse.move(5, 5);
      await page.mouse.move(9, 9);
      const late = await waitFor(page, feedback, "feedback after a mouse move", 10_000).then(() => true, () => false);
      throw new Error(`no feedback drawn after the answer (${late ? "it came only after a mouse move" : "not even after a mouse move"}): ${e.message}`);
    }
  }
  throw new Error("the quiz never ended");
}

const en = await messages("en");
// The shipped languages: every folder in locales/ with the app's files.
const shipped = [];
for (const dir of (await readdir(join(repo, "locales"))).sort()) {
  if (await stat(join(repo, "locales", dir, "ui.ftl")).then(() => true, () => false)) shipped.push(dir);
}
const es = await messages("es");

const partNames = [];
let partsRun = 0;
async function part(name, body) {
  partNames.push(name);
  // ONLY=keyboard (say) runs just the parts whose name contains that word.
  if (process.env.ONLY && !name.includes(process.env.ONLY)) return;
  partsRun += 1;
  console.log(name);
  const started = Date.now();
  try {
    await body();
  } catch (e) {
    console.log(`  FAIL ${e.stack ?? e}`);
    failures += 1;
  }
  // Each part's time, to see where the test's minutes go.
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const allMessages = [];

const sizes = [
  ["phone-375x667", { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ["phone-412x915", { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 }],
  ["phone-390x844-dpr3", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 }],
  ["tablet-820x1180", { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ["desktop-1366x768", { viewport: { width: 1366, height: 768 } }],
];
// SIZES=phone-390x844-dpr3,... runs only those sizes (to repeat one while looking into it). A
// name that is no size is a typo: say so and stop, rather than run nothing and pass.
const onlySizes = process.env.SIZES?.split(",").map((s) => s.trim()).filter(Boolean);
if (process.env.SIZES !== undefined) {
  const unknown = (onlySizes ?? []).filter((name) => !sizes.some(([known]) => known === name));
  if (!onlySizes?.length || unknown.length) {
    console.log(`FAIL SIZES=${process.env.SIZES}: no size called ${unknown.length ? unknown.join(", ") : "(nothing)"}; the sizes are ${sizes.map(([n]) => n).join(", ")}`);
    for (const browser of browsers.values()) await browser.close();
    server.close();
    process.exit(2);
  }
}

{
  // 1. Loading, then module 1 by mouse clicks.
  await part("mouse: load and complete module 1", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en");
    const progress = await page.evaluate(() => window.scarwiseProgress ?? []);
    check(progress.length > 0 && progress[progress.length - 1] === 100, `loading bar reached 100 % (${progress.join(", ")})`);
    check(progress.every((v, i) => i === 0 || v >= progress[i - 1]), "loading bar never went back");
    await page.screenshot({ path: join(shots, "desktop-1366x768-title.png") });
    await completeModuleOne(page, en, click, click);
    await named(page, en["results-continue"]);
    check(true, "module 1 finished by clicks: the results offer the next module");
    // Sound is on by default: every answer asked the page's Web Audio for its tone.
    const tones = await page.evaluate(() => window.scarwiseTonesPlayed);
    check(process.env.NO_SOUND ? tones === 0 : tones > 0, `answer tones played through Web Audio (${tones})`);

    // 2. Progress survives a reload.
    await open(page, "lang=en");
    await click(page, en["title-start"]);
    await named(page, en["journey-revisit"]);
    check(true, "after a reload the map shows module 1 done");

    // 3. Language switch in Settings.
    await click(page, en["nav-settings"]);
    await click(page, "Español");
    await named(page, es["nav-back"]);
    check(true, "Settings switches the language to Spanish");
    await page.screenshot({ path: join(shots, "desktop-1366x768-settings-es.png") });
    await context.close();
  });

  // 4. The same by keyboard alone.
  await part("keyboard: load, complete module 1, reload, switch the language", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en");
    const progress = await page.evaluate(() => window.scarwiseProgress ?? []);
    check(progress.length > 0 && progress[progress.length - 1] === 100, `loading bar reached 100 % (${progress.join(", ")})`);
    check(progress.every((v, i) => i === 0 || v >= progress[i - 1]), "loading bar never went back");
    await page.screenshot({ path: join(shots, "desktop-1366x768-title.png") });
    await page.locator("#scarwise-canvas").focus();
    await completeModuleOne(page, en, press, (p, n) => press(p, n, "Space"));
    await named(page, en["results-continue"]);
    check(true, "module 1 finished by keyboard alone");

    // Progress survives a reload.
    await open(page, "lang=en");
    await page.locator("#scarwise-canvas").focus();
    await go(page, press, en["title-start"]);
    await named(page, en["journey-revisit"]);
    check(true, "after a reload the map shows module 1 done");

    // Language switch in Settings (whose own heading is also called "Settings").
    await press(page, en["nav-settings"]);
    await named(page, en["nav-back"]);
    await press(page, "Español");
    await named(page, es["nav-back"]);
    check(true, "Settings switches the language to Spanish");
    await page.screenshot({ path: join(shots, "desktop-1366x768-settings-es.png") });
    await context.close();
  });

  // 5. No local storage: the app runs, keeps progress in memory and says so once.
  await part("private mode: no local storage", async () => {
    const { context, page } = await newPage();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException("denied", "SecurityError"); };
    });
    await open(page, "lang=en");
    const notice = await named(page, en["notice-memory-only"]);
    check(!!notice, "says progress is kept in memory only");
    await context.close();
  });

  // 6. Phones, tablets and desktops: screenshots of the title, the map, a lesson page and a
  // question; touch under phone emulation.
  await part("sizes", async () => {
  for (const [name, options] of sizes.filter(([name]) => !onlySizes || onlySizes.includes(name))) {
    const { context, page } = await newPage(options);
    try {
      await open(page, "lang=en");
      const act = options.hasTouch ? tap : click;
      await page.screenshot({ path: join(shots, `${name}-1-title.png`) });
      const scroll = await page.evaluate(() => [document.documentElement.scrollWidth > innerWidth, document.documentElement.scrollHeight > innerHeight]);
      check(!scroll[0] && !scroll[1], `${name}: no page scrollbars`);
      const canvas = await page.locator("#scarwise-canvas").boundingBox();
      check(Math.abs(canvas.width - options.viewport.width) <= 1, `${name}: the canvas fills the width (${canvas.width})`);
      const scale = options.deviceScaleFactor ?? 1;
      const pixels = await page.evaluate(() => [devicePixelRatio, document.getElementById("scarwise-canvas").width]);
      check(Math.abs(pixels[1] - options.viewport.width * scale) <= scale + 1,
        `${name}: the canvas draws at the device pixel ratio (${pixels[1]} px wide at ratio ${pixels[0]})`);
      const title = await named(page, en["title-start"]);
      check(title.x + title.w <= options.viewport.width, `${name}: the start button fits the width`);
      await act(page, en["title-start"]);
      await named(page, en["journey-begin"]);
      await page.screenshot({ path: join(shots, `${name}-2-map.png`) });
      await act(page, en["journey-begin"]);
      await act(page, en["lesson-next"]);
      await named(page, en["lesson-previous"]);
      await page.screenshot({ path: join(shots, `${name}-3-lesson.png`) });
      check(true, `${name}: ${options.hasTouch ? "taps" : "clicks"} reach the app`);
    } catch (e) {
      await page.screenshot({ path: join(shots, `${name}-failed.png`) }).catch(() => {});
      throw e;
    } finally {
      await context.close();
    }
  }
  });

  // 7. The text version of the lessons.
  await part("text version", async () => {
    const { context, page } = await newPage();
    await page.goto(`${origin}/text/en/index.html`);
    const links = await page.locator("main ol li a").count();
    check(links === 5, `the text version lists the five modules (${links})`);
    for (const lang of shipped) {
      await page.goto(`${origin}/text/${lang}/scar-types.html`);
      const said = await page.evaluate(() => document.documentElement.lang);
      check(said === lang, `the ${lang} text version says lang="${lang}" (${said})`);
    }
    // The clinical review sheet beside it, linked from the index, styled by the shared sheet
    // (the page's policy allows no inline style), one sign-off per module and the prep's.
    await page.goto(`${origin}/text/fr/index.html`);
    await page.locator("a[href='review.html']").click();
    await page.waitForURL(/\/text\/fr\/review\.html$/);
    const signOffs = await page.locator(".sign-off").count();
    check(signOffs === 6, `the review sheet has a sign-off per module and the prep (${signOffs})`);
    const border = await page.locator("td").first().evaluate((td) => getComputedStyle(td).borderTopStyle);
    check(border === "solid", `the review sheet's tables are styled (${border})`);
    await context.close();
  });

  // 8. Hardening (issue 18): the save in local storage, the page's address, the test hook.
  const SAVE = "scarwise.save";
  const saved = (page) => page.evaluate((key) => localStorage.getItem(key), SAVE);
  const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());
  // What a phone does to a background tab before it may discard it.
  const hide = (page) => page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    delete document.visibilityState;
    delete document.hidden;
  });
  // Reads a lesson page: the journey's bookmark is progress the app saves only at a module's
  // end, or when the page is hidden.
  async function readALessonPage(page) {
    await click(page, en["title-start"]);
    await click(page, en["journey-begin"]);
    await click(page, en["lesson-next"]);
    await named(page, en["lesson-previous"]);
  }

  await part("hardening storage: the page saves when hidden; reset=1 asks first and keeps progress when cancelled", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en");
    check(await saved(page) === null, "a first visit has no save");
    await readALessonPage(page);
    check(await saved(page) === null, "reading a page alone writes nothing yet");
    await hide(page);
    const kept = await saved(page);
    check(kept !== null && /bookmark: *Some/.test(kept), `hiding the page saved the page read (${(kept ?? "nothing").replace(/\s+/g, " ").slice(0, 120)})`);
    await open(page, "lang=en");
    await click(page, en["title-start"]);
    await named(page, en["journey-continue-open"]);
    check(true, "after a reload the map offers to continue reading");

    await open(page, "lang=en&reset=1");
    await named(page, en["settings-reset-yes"]);
    const ws = await widgets(page);
    check(ws.some((w) => w.name === en["settings-reset-no"]) && ws.some((w) => w.name === en["settings-reset-from-link"]),
      "reset=1 opens Settings with the reset question, saying the link asked for it");
    check(await saved(page) === kept, "nothing is forgotten before the answer");
    await page.screenshot({ path: join(shots, "desktop-1366x768-reset-asked.png") });
    await click(page, en["settings-reset-no"]);
    await waitFor(page, (ws) => !ws.some((w) => w.name === en["settings-reset-yes"]), "the question answered");
    check(await saved(page) === kept, "\"No, keep it\": the save is unchanged");
    await click(page, en["nav-back"]);
    await click(page, en["title-start"]);
    await named(page, en["journey-continue-open"]);
    check(true, "and the map still offers to continue reading");
    await context.close();
  });

  await part("hardening storage: a damaged save is copied aside once and removed", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en");
    // Earlier versions left a copy per start; a damaged save waits.
    await page.evaluate((key) => {
      for (const n of [1, 2, 3]) localStorage.setItem(`${key}.unreadable-${n}`, "an old copy");
      localStorage.setItem(key, "damaged one {");
    }, SAVE);
    for (const damaged of ["damaged one {", "damaged two {"]) {
      if (damaged !== "damaged one {") await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVE, damaged]);
      await open(page, "lang=en");
      await named(page, en["notice-save-set-aside"]);
      const keys = await storedKeys(page);
      const copies = keys.filter((k) => k.startsWith(`${SAVE}.unreadable`));
      check(copies.length === 1, `"${damaged}": one copy kept aside (${copies.join(", ")})`);
      check(!keys.includes(SAVE), `"${damaged}": the damaged save is removed from its place`);
      const copy = copies.length ? await page.evaluate((k) => localStorage.getItem(k), copies[0]) : null;
      check(copy === damaged, `"${damaged}": the copy holds it (${copy})`);
    }
    await context.close();
  });

  await part("hardening storage: another tab's change is not overwritten", async () => {
    const { context, page: first } = await newPage();
    await open(first, "lang=en");
    const second = await context.newPage();
    watch(second);
    await open(second, "lang=en");
    await readALessonPage(second);
    await hide(second);
    const theirs = await saved(second);
    check(theirs !== null, "the second tab saved its progress");
    // The first tab hears of it (it draws on the next input).
    const end = Date.now() + 60_000;
    let told = false;
    for (let i = 0; !told && Date.now() < end; i++) {
      await first.mouse.move(20 + (i % 2) * 5, 20);
      await first.waitForTimeout(300);
      told = (await widgets(first)).some((w) => w.name === en["notice-changed-elsewhere"]);
    }
    check(told, "the first tab says the progress was changed in another tab");
    await first.screenshot({ path: join(shots, "desktop-1366x768-changed-elsewhere.png") });
    // Dismissed, then its own progress, hidden: the other tab's save stays, and the notice
    // is back for when the patient returns.
    await go(first, click, en["notice-dismiss"]);
    await readALessonPage(first);
    await hide(first);
    check(await saved(first) === theirs, "the first tab did not overwrite the second tab's save");
    // Its Reload picks the other tab's progress up.
    const reload = await onScreen(first, en["notice-reload"]);
    const { x, y } = await centre(first, reload);
    await Promise.all([first.waitForEvent("load", { timeout: 60_000 }), first.mouse.click(x, y)]);
    await first.waitForFunction(() => document.getElementById("scarwise-loading").hidden, null, { timeout: 180_000 });
    await click(first, en["title-start"]);
    await named(first, en["journey-continue-open"]);
    check(true, "after Reload the first tab shows the second tab's progress");
    await context.close();
  });

  await part("hardening address: kiosk=1 does not start a kiosk", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en&kiosk=1");
    await named(page, en["title-start"]);
    const now = await snapshot(page);
    check(now.pointer.screen === "Title", `the ordinary title screen, no attract screen (${now.pointer.screen})`);
    await context.close();
  });

  await part("hardening address: lang=<script> is harmless", async () => {
    const { context, page } = await newPage();
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    const before = allMessages.length;
    await open(page, `lang=${encodeURIComponent("<script>alert(1)</script>")}`);
    await named(page, en["title-start"]);
    const ws = await widgets(page);
    const notice = ws.find((w) => w.name.includes("translation yet"));
    check(!!notice && notice.name.includes("?script?alert?1???script?"),
      `the unknown language is named in a sanitised form (${notice?.name})`);
    const everything = JSON.stringify(await snapshot(page)) + allMessages.slice(before).join("\n");
    check(!everything.includes("<script") && !everything.includes("alert(1)"), "neither the app nor its log repeats the raw value");
    check(dialogs.length === 0, "no script ran");
    check(await page.evaluate(() => document.scripts.length) === 1, "the page holds its one script only");
    await context.close();
  });

  await part("hardening privacy: the test snapshot holds no typed text", async () => {
    const { context, page } = await newPage();
    await open(page, "lang=en");
    await click(page, en["title-start"]);
    await click(page, en["prep-card-open"]);
    await click(page, en["prep-own-hint"]);
    const before = allMessages.length;
    const secret = "Quokka zebra 4711";
    const typedSnapshot = (await snapshot(page)).frames;
    await page.keyboard.type(secret, { delay: 30 });
    await drawnAfter(page, typedSnapshot + 2);
    let json = JSON.stringify(await snapshot(page));
    check(!/quokka|zebra|4711/i.test(json), "while typing: the snapshot holds no typed text");
    await pressKey(page, "Enter");
    await named(page, en["prep-own-remove"]);
    json = JSON.stringify(await snapshot(page));
    check(!/quokka|zebra|4711/i.test(json), "the own question added: the snapshot holds none of it");
    check(!/quokka|zebra|4711/i.test(allMessages.slice(before).join("\n")), "nor does the console");
    await page.screenshot({ path: join(shots, "desktop-1366x768-prepare-typed.png") });
    await context.close();
  });

  // The treatment companion: today picked in the month calendar, the Today card on the map,
  // and "Add to my calendar" handing over an .ics file as a download.
  await part("companion: a session day, the Today card and the calendar download", async () => {
    for (const [lang, options] of [
      ["en", {}],
      ["zh-Hans", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 }],
    ]) {
      const m = await messages(lang);
      const act = options.hasTouch ? tap : click;
      const { context, page } = await newPage({ ...options, acceptDownloads: true });
      await open(page, `lang=${lang}`);
      await act(page, m["title-start"]);
      await act(page, m["today-invite-open"]);
      // The day buttons are named by their full date in the page's language.
      const today = await page.evaluate(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getDay()]; });
      const date = longDate(m, today);
      await act(page, `${date}, ${m["date-today"]}`);
      await act(page, m["companion-add"].replace("{ $date }", date));
      await named(page, m["companion-ics-button"]);
      const size = lang === "en" ? "desktop-1366x768" : "phone-390x844-dpr3";
      await page.screenshot({ path: join(shots, `${size}-treatment-${lang}.png`) });
      if (lang === "en") {
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 30_000 }),
          act(page, m["companion-ics-button"]),
        ]);
        check(/^scarwise-treatment-\d{4}-\d{2}-\d{2}\.ics$/.test(download.suggestedFilename()), `the calendar file's name (${download.suggestedFilename()})`);
        const text = await readFile(await download.path(), "utf8");
        const starts = `DTSTART;VALUE=DATE:${today[0]}${String(today[1]).padStart(2, "0")}${String(today[2]).padStart(2, "0")}`;
        check(text.startsWith("BEGIN:VCALENDAR\r\n") && text.includes(starts) && text.includes("SUMMARY;LANGUAGE=en:Laser session 1"),
          `the download is the session's calendar (${text.slice(0, 80).replace(/\r\n/g, " | ")}...)`);
        check((text.match(/BEGIN:VEVENT/g) ?? []).length === 4, "the session and its three check-ins");
      }
      await act(page, m["nav-map"]);
      await named(page, m["today-normal"]);
      check(true, `${lang}: the map opens with the Today card`);
      await page.screenshot({ path: join(shots, `${size}-today-${lang}.png`) });
      await context.close();
    }
  });

  // The installed app: manifest, offline, updates, the install offer, safe areas.
  await axeParts({ part, check, newPage, origin, repo, shots, shipped });
  await takeHomeParts({ part, check, newPage, origin, shots, messages, named, snapshot, widgets, click });
  await readAloudParts({ part, check, newPage, origin, repo, messages, named, widgets, click });
  await languageParts({ part, check, newPage, open, shots, messages, named, widgets, click, waitFor });
  await pwaParts({
    part, check, newPage, profilePage, allow: (o) => allowed.add(o), root, repo, shots, en, messages,
    named, click, tap, onScreen, centre, snapshot, widgets, waitFor, hide, saved,
  });
}

/// A date as the app names it: the language's own order from `date-long` (`d` is
/// [year, month, day, weekday with Sunday 0]).
function longDate(m, [year, month, day, weekday]) {
  return m["date-long"]
    .replace("{ $weekday }", m[`date-weekday-${weekday === 0 ? 7 : weekday}`])
    .replace("{ $month }", m[`date-month-${month}`])
    .replace("{ $day }", String(day))
    .replace("{ $year }", String(year));
}

if (process.env.ONLY && partsRun === 0) {
  console.log(`  FAIL ONLY=${process.env.ONLY} matches no part; the parts are:\n    ${partNames.join("\n    ")}`);
  failures += 1;
}
if (failures) {
  console.log("console messages (last 15):");
  for (const line of allMessages.slice(-15)) console.log(`    ${line}`);
}
check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ": " + consoleErrors.slice(0, 5).join(" / ") : ""}`);
check(foreign.length === 0, `no request left ${origin}${foreign.length ? ": " + foreign.slice(0, 5).join(", ") : ""}`);
for (const browser of browsers.values()) await browser.close();
server.close();
console.log(failures ? `${failures} check(s) failed` : "all browser checks passed");
process.exit(failures ? 1 : 0);
