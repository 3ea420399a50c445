// Each language's own files in the browser (issue 22), part of web/test/browser.mjs: the
// download holds English only. A page that starts in English never asks for another
// language; picking 简体中文 in Settings fetches its words and its font once, and the app
// shows them; a failed fetch is said in plain words and the language stays English (also
// when the page starts in Chinese: the app starts in English); a page that starts in Chinese
// downloads them with the app, without asking again.

import { join } from "node:path";

const FONT = "/assets/fonts/NotoSansSC-Scarwise.otf";

/// Counts the page's requests for the Chinese font and for any language's words.
function countRequests(page) {
  const seen = { font: 0, words: 0 };
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(FONT)) seen.font += 1;
    if (path.includes("/locales/")) seen.words += 1;
  });
  return seen;
}

/// The number of word files of `tag` that files.json lists.
async function wordFiles(page, tag) {
  return page.evaluate(async (tag) => {
    const listed = await (await fetch("files.json")).json();
    return listed.filter((f) => f.language === tag && f.path.endsWith(".ftl")).length;
  }, tag);
}

/// Waits until the app has taken what the page handed over for `tag` (it removes it then).
async function taken(page, tag) {
  await page.waitForFunction((tag) => window.scarwiseLanguages && !(tag in window.scarwiseLanguages),
    tag, { timeout: 30_000 });
}

export async function languageParts(t) {
  const { part, check, newPage, open, shots, messages, named, widgets, click } = t;
  const en = await messages("en");
  const zh = await messages("zh-Hans");
  const failedIn = (words, language) => words["notice-language-failed"].replace("{ $language }", language);

  await part("languages: another language's files are fetched only when it is picked", async () => {
    // Without the offline worker, so every request is the page's own (pwa.mjs tries the worker).
    const { context, page } = await newPage({ serviceWorkers: "block" });
    const seen = countRequests(page);
    await open(page, "lang=en");
    await click(page, en["title-start"]);
    await named(page, en["journey-heading"]);
    check(seen.font === 0 && seen.words === 0,
      `an English page downloads no other language (${seen.words} word files, ${seen.font} fonts)`);
    await click(page, en["nav-settings"]);
    await click(page, "简体中文");
    await named(page, zh["nav-back"]);
    await taken(page, "zh-Hans");
    const expected = await wordFiles(page, "zh-Hans");
    check(expected > 0 && seen.words === expected, `picking Chinese fetched its ${expected} word files once (${seen.words})`);
    check(seen.font === 1, `and its font once (${seen.font})`);
    const names = (await widgets(page)).map((w) => w.name);
    check(!names.some((n) => n.startsWith(failedIn(zh, "简体中文").split("（")[0])), "no failure notice");
    await page.screenshot({ path: join(shots, "desktop-1366x768-settings-zh.png") });
    // Back to English and then Spanish: English needs nothing, Spanish its own words.
    await click(page, "English");
    await named(page, en["nav-back"]);
    await click(page, "Español");
    const es = await messages("es");
    await named(page, es["nav-back"]);
    check(seen.words === expected + (await wordFiles(page, "es")), `Spanish fetched its own words (${seen.words} in all)`);
    check(seen.font === 1, "the font was not fetched again");
    await context.close();
  });

  await part("languages: a failed fetch is said and the language stays", async () => {
    const { context, page } = await newPage({ expectErrors: true, serviceWorkers: "block" });
    await page.route("**/locales/zh-Hans/ui.ftl", (route) => route.fulfill({ status: 503, body: "down" }));
    await open(page, "lang=en");
    await click(page, en["nav-settings"]);
    await click(page, "简体中文");
    const said = failedIn(en, "简体中文").split(" ({")[0];
    const ws = await t.waitFor(page, (ws) => ws.some((w) => w.name.startsWith(said)), "the failure notice");
    const notice = ws.find((w) => w.name.startsWith(said)).name;
    check(/503/.test(notice), `the notice says why (${notice})`);
    await named(page, en["nav-back"]);
    check(true, "the language went back to English");
    await page.screenshot({ path: join(shots, "desktop-1366x768-language-failed.png") });
    await context.close();
  });

  await part("languages: a page that starts in Chinese without its files starts in English and says why", async () => {
    const { context, page } = await newPage({ expectErrors: true, serviceWorkers: "block" });
    await page.route("**/locales/zh-Hans/ui.ftl", (route) => route.fulfill({ status: 503, body: "down" }));
    await open(page, "lang=zh-Hans");
    const said = failedIn(en, "简体中文").split(" ({")[0];
    const ws = await t.waitFor(page, (ws) => ws.some((w) => w.name.startsWith(said)), "the failure notice");
    check(/503/.test(ws.find((w) => w.name.startsWith(said)).name), "the app started, in English, and says why (503)");
    await named(page, en["title-start"]);
    await context.close();
  });

  await part("languages: a page that starts in Chinese downloads its files with the app", async () => {
    const { context, page } = await newPage({ serviceWorkers: "block", viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const seen = countRequests(page);
    await open(page, "lang=zh-Hans");
    await named(page, zh["title-start"]);
    await taken(page, "zh-Hans");
    const expected = await wordFiles(page, "zh-Hans");
    check(seen.font === 1 && seen.words === expected,
      `the words (${seen.words} of ${expected}) and the font (${seen.font}) came with the app, once`);
    const asked = await page.evaluate(() => window.scarwiseLanguageFetches);
    check(asked === 0, `the app did not ask for them again (${asked} fetches)`);
    await page.screenshot({ path: join(shots, "phone-375x667-title-zh.png") });
    await context.close();
  });
}
