// The Chinese font in the browser (issue 22), part of web/test/browser.mjs: it is not part of
// everyone's download. A page that starts in English never asks for it; picking 简体中文 in
// Settings fetches it once and the app takes it; a failed fetch is said in plain words and
// the language stays English; a page that starts in Chinese downloads it with the app.

import { join } from "node:path";

const FONT = "/assets/fonts/NotoSansSC-Scarwise.otf";

/// Counts the page's requests for the Chinese font.
function countFontRequests(page) {
  const seen = { requests: 0 };
  page.on("request", (r) => { if (new URL(r.url()).pathname.endsWith(FONT)) seen.requests += 1; });
  return seen;
}

/// Waits until the app has taken the font the page handed over (it removes it when it does).
async function taken(page) {
  await page.waitForFunction(() => window.scarwiseChineseFont === undefined && !window.scarwiseChineseFontError,
    null, { timeout: 30_000 });
}

export async function chineseFontParts(t) {
  const { part, check, newPage, open, shots, messages, named, widgets, click } = t;
  const en = await messages("en");
  const zh = await messages("zh-Hans");

  await part("chinese font: fetched only when Chinese is picked, then used", async () => {
    // Without the offline worker, so every request is the page's own (pwa.mjs tries the worker).
    const { context, page } = await newPage({ serviceWorkers: "block" });
    const seen = countFontRequests(page);
    await open(page, "lang=en");
    await click(page, en["title-start"]);
    await named(page, en["journey-heading"]);
    check(seen.requests === 0, `an English page does not download the Chinese font (${seen.requests} requests)`);
    await click(page, en["nav-settings"]);
    await click(page, "简体中文");
    await named(page, zh["nav-back"]);
    await page.waitForFunction(() => window.scarwiseChineseFontFetched === true, null, { timeout: 30_000 });
    await taken(page);
    check(seen.requests === 1, `picking Chinese fetched the font once (${seen.requests} requests)`);
    const names = (await widgets(page)).map((w) => w.name);
    check(!names.some((n) => n.startsWith(zh["notice-chinese-font-failed"].split("（")[0])), "no failure notice");
    await page.screenshot({ path: join(shots, "desktop-1366x768-settings-zh.png") });
    await context.close();
  });

  await part("chinese font: a failed fetch is said and the language stays", async () => {
    const { context, page } = await newPage({ expectErrors: true, serviceWorkers: "block" });
    await page.route(`**${FONT}`, (route) => route.fulfill({ status: 503, body: "down" }));
    await open(page, "lang=en");
    await click(page, en["nav-settings"]);
    await click(page, "简体中文");
    const said = en["notice-chinese-font-failed"].split(" ({")[0];
    const ws = await t.waitFor(page, (ws) => ws.some((w) => w.name.startsWith(said)), "the failure notice");
    const notice = ws.find((w) => w.name.startsWith(said)).name;
    check(/503/.test(notice), `the notice says why (${notice})`);
    await named(page, en["nav-back"]);
    check(true, "the language went back to English");
    await page.screenshot({ path: join(shots, "desktop-1366x768-chinese-font-failed.png") });
    await context.close();
  });

  await part("chinese font: a page that starts in Chinese downloads it with the app", async () => {
    const { context, page } = await newPage({ serviceWorkers: "block", viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const seen = countFontRequests(page);
    await open(page, "lang=zh-Hans");
    await taken(page);
    check(seen.requests === 1, `the font came with the app, once (${seen.requests} requests)`);
    await named(page, zh["title-start"]);
    await page.screenshot({ path: join(shots, "phone-375x667-title-zh.png") });
    await context.close();
  });
}
