// The browser build as an installed app (issue 21), part of web/test/browser.mjs: served from
// a sub-folder (/scarwise/) by a server of its own, Chromium finds it installable (the
// DevTools protocol lists no installability errors) and loads its manifest and icons; after
// one visit it starts and keeps progress with the network gone; a new deployment downloads
// in the background and replaces the old one after the app's "Restart", leaving one cache;
// the install offer (the browser's, and Safari's steps on an iPhone) goes for good once
// answered; and at 320x568, 390x844 (DPR 3) and a 1080x1920 portrait tablet with a notch's
// safe area, nothing is cut off or under the notch.

import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { serve } from "./serve.mjs";

const PREFIX = "/scarwise";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

export async function pwaParts(t) {
  const { part, check, newPage, profilePage, allow, root, repo, shots, en, named, click, tap, onScreen, centre, snapshot, widgets, waitFor, hide, saved } = t;

  // A copy of the build, so that a "new deployment" can be written beside it.
  const work = await mkdtemp(join(tmpdir(), "scarwise-pwa-"));
  const first = join(work, "first");
  await cp(root, first, { recursive: true });
  const server = await serve(first, {}, { prefix: PREFIX });
  const origin = `http://127.0.0.1:${server.address().port}`;
  allow(origin);
  const base = `${origin}${PREFIX}/`;

  async function start(page, query = "lang=en") {
    await page.goto(`${base}?test=1&${query}`);
    await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden, null, { timeout: 180_000 });
    await waitFor(page, (ws) => ws.length > 3, "the first screen");
  }
  const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 120_000 });
  const ourCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("scarwise ")));

  await part("pwa: installable from a sub-folder, offline after one visit, a new version after Restart", async () => {
    const { context, page } = await newPage();
    await start(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    check(manifest.url === `${base}manifest.webmanifest` && manifest.errors.length === 0,
      `the manifest loads (${manifest.url}; errors: ${JSON.stringify(manifest.errors)})`);
    const data = JSON.parse(manifest.data ?? "{}");
    check(data.display === "standalone" && data.start_url === "./" && data.lang === "en" && data.short_name === "Scarwise",
      `the manifest asks for a standalone app starting in its folder (${data.display}, ${data.start_url})`);
    const icons = await page.evaluate(async (list) => Promise.all(list.map(async (icon) => {
      const response = await fetch(icon.src);
      const bitmap = await createImageBitmap(await response.blob());
      return `${icon.purpose} ${icon.sizes}: ${bitmap.width}x${bitmap.height}`;
    })), data.icons ?? []);
    check(icons.length === 4 && icons.every((line) => { const [, want, got] = /(\d+x\d+): (\d+x\d+)/.exec(line); return want === got; })
      && icons.some((i) => i.startsWith("maskable 512")) && icons.some((i) => i.startsWith("any 192")),
      `the icons load at their sizes (${icons.join(", ")})`);
    await controlled(page);
    // Installable, as a browser with a profile sees it (the test's other contexts are
    // private, where Chromium installs nothing).
    const profile = await profilePage();
    try {
      await start(profile.page);
      await controlled(profile.page);
      const session = await profile.context.newCDPSession(profile.page);
      const installability = await session.send("Page.getInstallabilityErrors");
      check(installability.installabilityErrors.length === 0,
        `Chromium finds it installable (${JSON.stringify(installability.installabilityErrors)})`);
    } finally {
      await profile.close();
    }
    const kept = await ourCaches(page);
    const count = kept.length === 1 ? await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, kept[0]) : 0;
    check(kept.length === 1 && kept[0].startsWith(`scarwise ${base} `) && count > 20,
      `one cache for this folder holds the app (${kept.join(", ")}: ${count} files)`);

    // Progress made, kept as the page is hidden; then the network is gone.
    await click(page, en["title-start"]);
    await click(page, en["journey-begin"]);
    await click(page, en["lesson-next"]);
    await named(page, en["lesson-previous"]);
    await hide(page);
    check(/bookmark: *Some/.test((await saved(page)) ?? ""), "the page read was saved as the page was hidden");
    const asked = server.stats.requests;
    server.down = true;
    await context.setOffline(true);
    await start(page);
    await click(page, en["title-start"]);
    await named(page, en["journey-continue-open"]);
    check(server.stats.requests === asked, `offline: the app started and kept its progress, asking the server nothing (${server.stats.requests - asked} requests)`);
    await page.screenshot({ path: join(shots, "pwa-offline-map.png") });
    const text = await page.evaluate(async () => (await fetch("text/en/index.html")).status);
    check(text === 200, `offline: the text version is there too (${text})`);
    await context.setOffline(false);
    server.down = false;

    // The clinic deploys a new version: the page finds it, downloads it in the background,
    // and the app offers the restart (on the map: a calm screen).
    const next = join(work, "next");
    await cp(first, next, { recursive: true });
    const index = join(next, "index.html");
    await writeFile(index, (await readFile(index, "utf8")).replace("<head>", "<head>\n  <meta name=\"scarwise-build\" content=\"next\">"));
    execFileSync("python3", [join(repo, "scripts", "web-offline.py"), next]);
    server.setRoot(next);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => window.scarwiseShell?.updateReady === true, null, { timeout: 120_000 });
    await named(page, en["update-restart"]);
    await page.screenshot({ path: join(shots, "pwa-update-ready.png") });
    check((await ourCaches(page)).length === 2, "the new version waits in a cache of its own");
    // The page reloads at once: the click is not waited for as the app's.
    const restart = await onScreen(page, en["update-restart"]);
    const at = await centre(page, restart);
    await Promise.all([page.waitForEvent("load", { timeout: 60_000 }), page.mouse.click(at.x, at.y)]);
    await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden, null, { timeout: 180_000 });
    const build = await page.evaluate(() => document.querySelector("meta[name=scarwise-build]")?.content ?? null);
    check(build === "next", `after Restart the page is the new version (${build})`);
    const left = await ourCaches(page);
    check(left.length === 1 && !kept.includes(left[0]), `the old cache is removed (${left.join(", ")})`);
    await click(page, en["title-start"]);
    await named(page, en["journey-continue-open"]);
    check(true, "and the progress is still there");
    await context.close();
  });

  await part("pwa install: the browser's offer and Safari's steps, gone for good once answered", async () => {
    // Headless Chromium never raises its install banner by itself: the page gets the same
    // event the browser sends, with a dialog that answers "not now".
    const { context, page } = await newPage();
    await start(page);
    await page.evaluate(() => {
      const event = new Event("beforeinstallprompt", { cancelable: true });
      event.prompt = async () => { window.scarwisePrompted = true; };
      event.userChoice = Promise.resolve({ outcome: "dismissed", platform: "" });
      dispatchEvent(event);
    });
    await click(page, en["title-start"]);
    await onScreen(page, en["install-button"]);
    await page.screenshot({ path: join(shots, "pwa-install-offer.png") });
    await click(page, en["install-button"]);
    await page.waitForFunction(() => window.scarwisePrompted === true, null, { timeout: 20_000 });
    await waitFor(page, (ws) => !ws.some((w) => w.name === en["install-heading"]), "the offer gone");
    check(true, "the button opens the browser's dialog and the card goes");
    await start(page);
    await page.evaluate(() => dispatchEvent(Object.assign(new Event("beforeinstallprompt", { cancelable: true }), { prompt: async () => {}, userChoice: Promise.resolve({ outcome: "dismissed" }) })));
    await click(page, en["title-start"]);
    await named(page, en["journey-heading"]);
    await page.waitForTimeout(1000);
    check(!(await widgets(page)).some((w) => w.name === en["install-heading"]), "turned down once: not offered again");
    await context.close();

    for (const lang of ["en", "fr"]) {
      const m = await t.messages(lang);
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, userAgent: IPHONE });
      await start(phone.page, `lang=${lang}`);
      await tap(phone.page, m["title-start"]);
      await named(phone.page, m["install-ios-share"]);
      await onScreen(phone.page, m["install-ios-add"]);
      await phone.page.screenshot({ path: join(shots, `pwa-ios-steps-${lang}.png`) });
      await tap(phone.page, m["install-dismiss"]);
      await waitFor(phone.page, (ws) => !ws.some((w) => w.name === m["install-heading"]), "the steps gone");
      await start(phone.page, `lang=${lang}`);
      await tap(phone.page, m["title-start"]);
      await named(phone.page, m["journey-heading"]);
      check(!(await widgets(phone.page)).some((w) => w.name === m["install-heading"]), `${lang}: iPhone: Safari's steps shown, named, and gone once dismissed`);
      // The loading page spoke the patient's language too.
      const said = await phone.page.evaluate(() => [document.documentElement.lang, document.getElementById("scarwise-retry").textContent]);
      check(said[0] === lang && (lang === "en") === (said[1] === "Try again"), `${lang}: the loading page's language (${said.join(", ")})`);
      await phone.context.close();
    }
  });

  // Standalone on phones and a portrait tablet: the notch's insets reach the app through
  // CSS env(), and nothing is drawn outside the safe area or off the screen.
  const standalone = [
    ["phone-320x568", { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, { top: 20, bottom: 0, left: 0, right: 0 }],
    ["phone-390x844-dpr3", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 }, { top: 47, bottom: 34, left: 0, right: 0 }],
    ["tablet-1080x1920", { viewport: { width: 1080, height: 1920 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }, { top: 24, bottom: 20, left: 0, right: 0 }],
  ];
  await part("pwa sizes: standalone with a notch, nothing cut off", async () => {
    for (const [name, options, insets] of standalone) {
      const { context, page } = await newPage(options);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setSafeAreaInsetsOverride", { insets });
      try {
        await start(page);
        const told = await page.evaluate(() => window.scarwiseShell.safeArea);
        check(told[0] === insets.top && told[2] === insets.bottom, `${name}: the page reads the insets (${told.join(", ")})`);
        const width = options.viewport.width;
        const height = options.viewport.height;
        // Nothing off the sides (the widgets' rectangles), and nothing drawn in the notch's
        // band or the home indicator's (the screenshot's pixels there are all the page's
        // background: a rectangle says nothing there, as scroll areas clip their content).
        const inside = async (what, shot) => {
          const { zoom, widgets: ws } = await snapshot(page);
          const visible = ws.filter((w) => w.y * zoom < height && (w.y + w.h) * zoom > 0);
          const out = visible.filter((w) => w.x * zoom < -0.5 || (w.x + w.w) * zoom > width + 0.5);
          const png = await page.screenshot({ path: shot });
          const drawn = await page.evaluate(async ({ b64, top, bottom, scale }) => {
            const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const g = canvas.getContext("2d");
            g.drawImage(bitmap, 0, 0);
            const { data, width: w, height: h } = g.getImageData(0, 0, bitmap.width, bitmap.height);
            const band = (from, to) => {
              let count = 0;
              for (let y = Math.max(0, from); y < Math.min(h, to); y++) {
                for (let x = 0; x < w; x++) {
                  const i = (y * w + x) * 4;
                  if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 6) count++;
                }
              }
              return count;
            };
            return [band(0, Math.floor(top * scale)), band(h - Math.floor(bottom * scale), h)];
          }, { b64: png.toString("base64"), top: insets.top, bottom: insets.bottom, scale: options.deviceScaleFactor ?? 1 });
          check(out.length === 0 && drawn[0] === 0 && drawn[1] === 0,
            `${name} ${what}: nothing off the sides (${out.map((w) => `${w.name} at ${w.x},${w.y} ${w.w}x${w.h}`).join("; ")}) and nothing drawn under the notch or the home indicator (${drawn[0]} and ${drawn[1]} pixels)`);
        };
        await inside("title", join(shots, `pwa-${name}-1-title.png`));
        await tap(page, en["title-start"]);
        await named(page, en["journey-begin"]);
        await inside("map", join(shots, `pwa-${name}-2-map.png`));
        await tap(page, en["journey-begin"]);
        await named(page, en["lesson-next"]);
        await inside("lesson", join(shots, `pwa-${name}-3-lesson.png`));
      } catch (e) {
        await page.screenshot({ path: join(shots, `pwa-${name}-failed.png`) }).catch(() => {});
        throw e;
      } finally {
        await context.close();
      }
    }
  });

  server.close();
  await rm(work, { recursive: true, force: true });
}
