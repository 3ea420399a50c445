// The browser build's own pages checked with a WCAG scanner (issue 24), part of
// web/test/browser.mjs: axe-core (npm, run inside the page) finds no WCAG 2.2 A/AA violation on
// the loading page, the error page, the text version's index and one lesson page per language;
// the canvas has an accessible name in the browser's own accessibility tree, and the skip link
// to the text version is the first Tab stop, shows when focused and works with Enter.
//
// The app itself paints into the canvas, so axe sees only the page around it; the app's
// widgets are checked through their AccessKit tree (tests/app) and over AT-SPI
// (scripts/screen-reader-check.py).

import { readFile } from "node:fs/promises";
import { join } from "node:path";

/// The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA (axe's tags for them).
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function axeParts(t) {
  const { part, check, newPage, origin, repo, shots, shipped } = t;
  const axeSource = await readFile(join(repo, "web", "node_modules", "axe-core", "axe.min.js"), "utf8");

  /// Runs axe on the page as it is now; returns its violations, one line each.
  async function violations(page) {
    // The page's policy allows no inline script; the test's context bypasses it (bypassCSP)
    // to add axe, which changes nothing axe looks at.
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    }, WCAG_AA);
    return found;
  }

  async function scan(page, what) {
    const found = await violations(page);
    check(found.length === 0, `${what}: no WCAG 2.2 A/AA violations${found.length ? ":\n      " + found.join("\n      ") : ""}`);
  }

  /// The page with the app's download held back, so the loading screen stays up (or fails
  /// with `fail`, to show the error page).
  async function loadingPage(page, { fail = false } = {}) {
    await page.route("**/scarwise_bg.wasm", async (route) => {
      // Held for good: the page moves on or closes first.
      if (fail) await route.fulfill({ status: 404, body: "" });
    });
    await page.goto(`${origin}/?lang=en`);
  }

  await part("axe: the loading and error pages, the canvas's name, the skip link by keyboard", async () => {
    const { context, page } = await newPage({ bypassCSP: true, expectErrors: true });
    await loadingPage(page);
    await page.waitForSelector("#scarwise-loading:not([hidden])");
    await page.waitForFunction(() => document.getElementById("scarwise-loading-text").textContent.length > 0);
    await scan(page, "the loading page");
    await page.screenshot({ path: join(shots, "axe-loading.png") });

    // The name the browser's accessibility tree gives the canvas (what a reader announces).
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const canvas = nodes.find((n) => n.role?.value === "Canvas" || n.name?.value === "Scarwise app");
    check(canvas?.name?.value === "Scarwise app", `the canvas is named in the accessibility tree (${canvas?.role?.value} "${canvas?.name?.value}")`);

    // The first Tab stop is the skip link; it shows on screen and Enter opens the text version.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      return { id: el.id, top: box.top, bottom: box.bottom, left: box.left, right: box.right, inner: innerHeight, width: innerWidth };
    });
    check(focused.id === "scarwise-text-link", `the first Tab stop is the skip link (${focused.id || "(none)"})`);
    check(focused.top >= 0 && focused.bottom <= focused.inner && focused.left >= 0 && focused.right <= focused.width,
      `the focused skip link is on screen (${JSON.stringify(focused)})`);
    await page.screenshot({ path: join(shots, "axe-skip-link-focused.png") });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/text\/index\.html$/);
    check(true, "Enter on the skip link opens the text version");
    await context.close();

    const failed = await newPage({ bypassCSP: true, expectErrors: true });
    await loadingPage(failed.page, { fail: true });
    await failed.page.waitForSelector("#scarwise-error:not([hidden])", { timeout: 60_000 });
    await scan(failed.page, "the error page");
    const retry = await failed.page.locator("#scarwise-retry").isVisible();
    check(retry, "the error page offers to try again");
    await failed.page.screenshot({ path: join(shots, "axe-error.png") });
    await failed.context.close();
  });

  await part("axe: the text version's index and a lesson page in every language", async () => {
    const { context, page } = await newPage({ bypassCSP: true });
    await page.goto(`${origin}/text/index.html`);
    await scan(page, "the text version's language list");
    for (const lang of shipped) {
      await page.goto(`${origin}/text/${lang}/index.html`);
      await scan(page, `the text version's index (${lang})`);
      await page.goto(`${origin}/text/${lang}/scar-types.html`);
      await scan(page, `the text version of module 1 (${lang})`);
    }
    await context.close();
  });
}
