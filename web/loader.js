// Downloads the app with real progress (bytes of the wasm and the lesson files, listed with
// their sizes in files.json by the build; the wasm compiled as it arrives), checks WebGL2,
// starts it, and shows a readable message with a retry button on any failure, in the
// patient's language (strings.js, written by the build from locales/*/page.ftl).
import init, { scarwise_widgets } from "./scarwise.js";
import { WORDS } from "./strings.js";
import { startShell, startOffline } from "./shell.js";

const params = new URLSearchParams(location.search);
// Every value the bar showed, for the browser test.
const progressLog = (window.scarwiseProgress = []);
// The start-up's timeline for the benchmark (web/test/first-frame.mjs): the page's stages
// here, the app's after them (src/bench/).
const stages = (window.scarwiseStages = []);
const stage = (label) => stages.push([label, performance.now()]);

const loading = document.getElementById("scarwise-loading");
const text = document.getElementById("scarwise-loading-text");
const bar = document.getElementById("scarwise-progress");
const error = document.getElementById("scarwise-error");
const retry = document.getElementById("scarwise-retry");

// The language the app will speak: the address's ?lang=, else the one the patient picked
// (kept in the save), else the browser's; the nearest shipped one, English when none is near.
function pageLanguage() {
  const wanted = [];
  if (params.get("lang")) wanted.push(params.get("lang"));
  try {
    const picked = /\blocale: *Some\("([A-Za-z0-9_-]{1,35})"\)/.exec(localStorage.getItem("scarwise.save") ?? "");
    if (picked) wanted.push(picked[1]);
  } catch {
    // No storage: the browser's languages decide.
  }
  wanted.push(...(navigator.languages ?? []));
  const shipped = Object.keys(WORDS);
  for (const tag of wanted) {
    const exact = shipped.find((s) => s.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = tag.split(/[-_]/)[0].toLowerCase();
    const near = shipped.find((s) => s.split("-")[0].toLowerCase() === base);
    if (near) return near;
  }
  return "en";
}
const language = pageLanguage();
const words = WORDS[language];
// A message with its { $name } places filled in.
function say(id, values = {}) {
  return (words[id] ?? WORDS.en[id]).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}
document.documentElement.lang = language;
document.title = say("page-title");
text.textContent = say("page-loading");
retry.textContent = say("page-retry");
document.getElementById("scarwise-text-link").textContent = say("page-text-link");
startShell();

function fail(message) {
  text.hidden = true;
  bar.hidden = true;
  error.textContent = message;
  error.hidden = false;
  retry.hidden = false;
}

retry.addEventListener("click", () => location.reload());

// What went wrong, with the browser's name for it (QuotaExceededError, TypeError, ...).
function describe(e) {
  if (e && typeof e === "object" && e.message) {
    const named = e.name && e.name !== "Error" && !e.message.startsWith(e.name);
    return named ? `${e.name}: ${e.message}` : e.message;
  }
  return String(e);
}

// The consultation summary, handed over by the app as a download (nothing leaves the device).
window.scarwiseDownload = (name, bytes, type) => {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
};

// The answer tones (the app decides when, and whether sound is on), with Web Audio. The
// context is made at the first tone, after the patient's first tap, as browsers require; a
// short fade in and out keeps the notes from clicking. Counted for the browser test.
let tones = null;
window.scarwiseTonesPlayed = 0;
window.scarwisePlayTones = (frequencies, seconds, volume) => {
  tones ??= new AudioContext();
  if (tones.state === "suspended") tones.resume();
  const start = tones.currentTime + 0.01;
  const end = start + seconds;
  const gain = new GainNode(tones, { gain: 0 });
  gain.gain.linearRampToValueAtTime(volume, start + 0.015);
  gain.gain.setValueAtTime(volume, end - 0.03);
  gain.gain.linearRampToValueAtTime(0, end);
  gain.connect(tones.destination);
  for (const frequency of frequencies) {
    const note = new OscillatorNode(tones, { type: "sine", frequency });
    note.connect(gain);
    note.start(start);
    note.stop(end);
  }
  window.scarwiseTonesPlayed += 1;
};

// Each language's own files (every language but English: its words, and Chinese's font),
// listed in files.json with their language. The app takes them from here: { files: [{ path,
// bytes }] }, or { error } when they could not be fetched (i18n/web.rs). Those of the page's
// language come with the app; another's when the patient picks it (the app asks). Counted
// for the browser test.
let manifest = [];
window.scarwiseLanguages = {};
window.scarwiseLanguageFetches = 0;
// The languages being fetched: asked again meanwhile, the page waits for the first answer.
const fetching = new Set();
window.scarwiseFetchLanguage = (tag) => {
  if (fetching.has(tag)) return;
  window.scarwiseLanguageFetches += 1;
  const files = manifest.filter((f) => f.language === tag);
  if (files.length === 0) {
    window.scarwiseLanguages[tag] = { error: `this page has no files for ${tag}` };
    return;
  }
  fetching.add(tag);
  Promise.all(
    files.map((f) =>
      fetchOk(f.path)
        .then((response) => response.arrayBuffer())
        .then((bytes) => ({ path: f.path, bytes: new Uint8Array(bytes) })),
    ),
  )
    .then(
      (fetched) => (window.scarwiseLanguages[tag] = { files: fetched }),
      (e) => (window.scarwiseLanguages[tag] = { error: describe(e) }),
    )
    .finally(() => fetching.delete(tag));
};

function hasWebGL2() {
  try {
    return !!document.createElement("canvas").getContext("webgl2");
  } catch {
    return false;
  }
}

function show(received, total) {
  const value = total ? Math.min(100, Math.floor((received / total) * 100)) : 0;
  if (value !== bar.value || progressLog.length === 0) {
    bar.value = value;
    progressLog.push(value);
  }
  text.textContent = say("page-loading-size", { received: Math.round(received / 1024), total: Math.round(total / 1024) });
}

async function fetchOk(path) {
  const response = await fetch(path, { cache: "force-cache" });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response;
}

// A response whose bytes are counted as they pass, unchanged, with the wasm type that
// streaming compilation asks for. A read that fails is noted as a download failure.
function counted(response, count, failed) {
  const reader = response.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (e) {
        failed(e);
        throw e;
      }
      if (chunk.done) {
        controller.close();
      } else {
        count(chunk.value.length);
        controller.enqueue(chunk.value);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/wasm" } });
}

// Downloads every file of the manifest at once, counting bytes across all of them. The wasm
// is compiled while it arrives (streaming compilation, so compiling overlaps the download);
// the lesson files are handed to the app (scarwiseContent: it reads them at once instead of
// asking for them again, platform/web.rs), and land in the browser's cache too; a language's
// own files are put where the app looks for them (scarwiseLanguages).
// Resolves to the compiled module; a failure says whether the download or the compile failed.
async function downloadAll(files) {
  const content = (window.scarwiseContent = {});
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  let received = 0;
  const count = (n) => {
    received += n;
    show(received, total);
  };
  let downloadFailure = null;
  const failed = (e) => (downloadFailure ??= e);
  // A language's own file that fails does not stop the app: it starts in English and says
  // why (i18n/web.rs).
  const languageFailed = (file, e) => {
    window.scarwiseLanguages[file.language] = { error: describe(e) };
    return null;
  };
  const tasks = files.map(async (file) => {
    let response;
    try {
      response = await fetchOk(file.path);
    } catch (e) {
      if (file.language) return languageFailed(file, e);
      throw failed(e);
    }
    if (file.path.endsWith(".wasm")) {
      const stream = counted(response, count, failed);
      if (typeof WebAssembly.compileStreaming === "function") return WebAssembly.compileStreaming(stream);
      return WebAssembly.compile(await stream.arrayBuffer());
    }
    const reader = response.body.getReader();
    const kept = [];
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        count(value.length);
        kept.push(value);
      }
    } catch (e) {
      if (file.language) return languageFailed(file, e);
      throw failed(e);
    }
    const bytes = new Uint8Array(await new Blob(kept).arrayBuffer());
    if (file.language) return { path: file.path, language: file.language, bytes };
    if (file.path.startsWith("assets/")) content[file.path.slice("assets/".length)] = bytes;
    return null;
  });
  try {
    const results = await Promise.all(tasks);
    for (const own of results.filter((r) => r && r.language)) {
      window.scarwiseLanguages[own.language] ??= { files: [] };
      window.scarwiseLanguages[own.language].files?.push({ path: own.path, bytes: own.bytes });
    }
    show(total, total);
    return results.find((r) => r instanceof WebAssembly.Module);
  } catch (e) {
    throw { downloading: downloadFailure !== null, error: downloadFailure ?? e };
  }
}

// The clinic's settings (clinic.ron beside this page, same origin) and its logo, handed to
// the app before it starts. A host that answers with its home page is not a config.
async function clinicFiles() {
  try {
    const response = await fetch("clinic.ron", { cache: "no-cache" });
    if (!response.ok) return;
    const text = await response.text();
    if ((response.headers.get("Content-Type") ?? "").includes("html") || text.trimStart().startsWith("<")) return;
    window.scarwiseClinicConfig = text;
    const logo = /^\s*logo\s*:\s*"([^"\/:]+\.png)"/im.exec(text);
    if (logo) {
      const image = await fetch(logo[1]);
      if (image.ok) window.scarwiseClinicLogo = new Uint8Array(await image.arrayBuffer());
    }
  } catch {
    // No config: the app uses its defaults.
  }
}

async function start() {
  if (!hasWebGL2()) {
    fail(say("page-no-webgl"));
    return;
  }
  let module;
  try {
    const response = await fetch("files.json", { cache: "no-cache" });
    if (!response.ok) throw new Error(`files.json: ${response.status} ${response.statusText}`);
    // A language's own files only when the page starts in it.
    manifest = await response.json();
    const files = manifest.filter((f) => !f.language || f.language === language);
    const [compiled] = await Promise.all([downloadAll(files), clinicFiles()]);
    stage("downloaded and compiled");
    module = compiled;
    if (!module) throw new Error("files.json lists no wasm");
  } catch (e) {
    if (e && e.downloading === false) {
      fail(say("page-start-failed", { reason: describe(e.error) }));
    } else {
      fail(say("page-download-failed", { reason: describe(e?.error ?? e) }));
    }
    return;
  }
  text.textContent = say("page-starting");
  try {
    stage("starting the app");
    await init({ module_or_path: module });
  } catch (e) {
    // Bevy's event loop ends the start-up with this control-flow exception: not an error.
    if (!String(e).includes("Using exceptions for control flow")) {
      fail(say("page-start-failed", { reason: describe(e) }));
      return;
    }
  }
  stage("the app's event loop runs");
  loading.hidden = true;
  if (params.get("test") === "1") {
    window.scarwiseWidgets = () => JSON.parse(scarwise_widgets() || '{"zoom":1,"widgets":[]}');
  }
  document.getElementById("scarwise-canvas").focus();
  startOffline();
}

document.getElementById("scarwise-canvas").addEventListener("webglcontextlost", (event) => {
  event.preventDefault();
  loading.hidden = false;
  fail(say("page-graphics-lost"));
});

start();
