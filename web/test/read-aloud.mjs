// Read-aloud in the browser (issue 23), part of web/test/browser.mjs: the page's
// `speechSynthesis` is replaced by a recording stub before the app starts (a browser here has
// no voices). Pressing "Read aloud" on a Spanish lesson page must hand the stub the page's
// title and paragraphs, sentence by sentence, in order, in Spanish, with the Spanish voice;
// each sentence is spoken only after the last one ended (the stub ends it a moment later, and
// the idle app must wake up for the next); "Stop" cancels, and a stub without a Spanish voice
// gets the plain "no voice" message instead.

import { readFile } from "node:fs/promises";
import { join } from "node:path";

/// A recording stand-in for the Web Speech API, installed before the page's own scripts.
function installStub(voices) {
  window.scarwiseSpoken = [];
  window.scarwiseCancels = 0;
  // How long the stub takes to say a sentence (milliseconds).
  window.scarwiseSpeechDelay = 40;
  class Utterance {
    constructor(text) {
      Object.assign(this, { text, lang: "", rate: 1, voice: null, onend: null, onerror: null });
    }
  }
  const synth = {
    speaking: false, pending: false, paused: false, current: null,
    getVoices: () => voices,
    speak(u) {
      if (this.current) throw new Error("speak() while still speaking: the app did not wait");
      this.current = u;
      this.speaking = true;
      window.scarwiseSpoken.push({ text: u.text, lang: u.lang, voice: u.voice?.voiceURI ?? null, rate: u.rate });
      setTimeout(() => {
        if (this.current !== u) return;
        this.current = null;
        this.speaking = false;
        u.onend?.({ type: "end" });
      }, window.scarwiseSpeechDelay);
    },
    cancel() {
      const u = this.current;
      this.current = null;
      this.speaking = false;
      window.scarwiseCancels += 1;
      u?.onerror?.({ type: "error", error: "interrupted" });
    },
    pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
}

async function ftl(repo, lang, file) {
  const found = {};
  for (const line of (await readFile(join(repo, "locales", lang, file), "utf8")).split("\n")) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m) found[m[1]] = m[2].trim();
  }
  return found;
}

const squash = (text) => text.replace(/\s+/g, " ").trim();

export async function readAloudParts(t) {
  const { part, check, newPage, origin, repo, messages, named, widgets, click } = t;

  const openLesson = async (page, es) => {
    await page.goto(`${origin}/?test=1&lang=es`);
    await page.waitForFunction(() => document.getElementById("scarwise-loading").hidden,
      null, { timeout: 180_000 });
    await click(page, es["title-start"]);
    // In Spanish the title's button and the map's are both "Empezar": wait for the map.
    await named(page, es["journey-heading"]);
    await click(page, es["journey-begin"]);
    await named(page, es["lesson-next"]);
  };

  await part("read aloud: a lesson page reaches speechSynthesis sentence by sentence in Spanish", async () => {
    const es = await messages("es");
    const lesson = await ftl(repo, "es", "scar-types.ftl");
    const { context, page } = await newPage();
    await context.addInitScript(installStub, [
      { name: "Samantha", lang: "en-US", voiceURI: "samantha", default: true, localService: true },
      { name: "Mónica", lang: "es-ES", voiceURI: "monica", default: false, localService: true },
    ]);
    await openLesson(page, es);
    const title = lesson["scar-types-layers-title"];
    const paragraphs = ["p1", "p2", "p3"].map((p) => lesson[`scar-types-layers-${p}`]);
    await named(page, title);
    await click(page, es["read-aloud"]);
    const whole = squash([title, ...paragraphs].join(" "));
    const end = Date.now() + 30_000;
    let spoken = [];
    while (Date.now() < end) {
      spoken = await page.evaluate(() => window.scarwiseSpoken);
      if (squash(spoken.map((s) => s.text).join(" ")) === whole) break;
      await page.waitForTimeout(100);
    }
    check(squash(spoken.map((s) => s.text).join(" ")) === whole,
      `the title and every paragraph were spoken, in order (${spoken.length} utterances: ${JSON.stringify(spoken.map((s) => s.text)).slice(0, 300)})`);
    check(spoken[0]?.text === title, "the title first, on its own");
    check(spoken.length > 1 + paragraphs.length, "sentence by sentence, not paragraph by paragraph");
    check(spoken.every((s) => s.lang === "es"), "every sentence in Spanish");
    check(spoken.every((s) => s.voice === "monica"), "with the Spanish voice");

    // Again, with sentences that take a minute, stopped at once by "Stop".
    await page.evaluate(() => { window.scarwiseSpoken = []; window.scarwiseSpeechDelay = 60_000; });
    await click(page, es["read-aloud"]);
    await named(page, es["read-aloud-stop"]);
    const cancels = await page.evaluate(() => window.scarwiseCancels);
    await click(page, es["read-aloud-stop"]);
    await named(page, es["read-aloud"]);
    const after = await page.evaluate(() => ({ cancels: window.scarwiseCancels, n: window.scarwiseSpoken.length }));
    await page.waitForTimeout(500);
    const later = await page.evaluate(() => window.scarwiseSpoken.length);
    check(after.cancels > cancels, "Stop cancels the speech");
    check(later === after.n, "nothing more is spoken after Stop");
    await context.close();
  });

  await part("read aloud: no Spanish voice is said plainly", async () => {
    const es = await messages("es");
    const { context, page } = await newPage();
    await context.addInitScript(installStub, [
      { name: "Samantha", lang: "en-US", voiceURI: "samantha", default: true, localService: true },
    ]);
    await openLesson(page, es);
    await click(page, es["read-aloud"]);
    const message = es["read-aloud-no-voice"].replace("{ $language }", "Español");
    await named(page, message);
    const spoken = await page.evaluate(() => window.scarwiseSpoken.length);
    check(spoken === 0, "nothing spoken without a voice");
    check((await widgets(page)).some((w) => w.name === es["read-aloud-text-version"]),
      "the text version is offered");
    await context.close();
  });
}
