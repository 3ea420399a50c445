// Downloads the app with real progress (bytes of the wasm and the lesson files, listed with
// their sizes in files.json by the build), checks WebGL2, starts it, and shows a readable
// message with a retry button on any failure.
import init, { scarwise_widgets } from "./scarwise.js";

const params = new URLSearchParams(location.search);
// Every value the bar showed, for the browser test.
const progressLog = (window.scarwiseProgress = []);

const loading = document.getElementById("scarwise-loading");
const text = document.getElementById("scarwise-loading-text");
const bar = document.getElementById("scarwise-progress");
const error = document.getElementById("scarwise-error");
const retry = document.getElementById("scarwise-retry");

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
  text.textContent = `Loading… ${Math.round(received / 1024)} of ${Math.round(total / 1024)} KB`;
}

// Downloads every file of the manifest, counting bytes across all of them. The lesson files
// land in the browser's cache, where the app finds them when it asks.
async function downloadAll(files) {
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  let received = 0;
  const results = {};
  for (const file of files) {
    const response = await fetch(file.path, { cache: "force-cache" });
    if (!response.ok) throw new Error(`${file.path}: ${response.status} ${response.statusText}`);
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      received += value.length;
      show(received, total);
    }
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    results[file.path] = bytes;
  }
  show(total, total);
  return results;
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
    fail("Scarwise needs WebGL2, which this browser does not offer. Try an up-to-date Chrome, Edge, Firefox or Safari.");
    return;
  }
  let bytes;
  try {
    const manifest = await fetch("files.json", { cache: "no-cache" });
    if (!manifest.ok) throw new Error(`files.json: ${manifest.status} ${manifest.statusText}`);
    const files = await manifest.json();
    bytes = (await downloadAll(files))["scarwise_bg.wasm"];
  } catch (e) {
    fail(`Scarwise could not be downloaded (${describe(e)}). Check your connection and try again.`);
    return;
  }
  await clinicFiles();
  text.textContent = "Starting…";
  try {
    await init({ module_or_path: bytes });
  } catch (e) {
    // Bevy's event loop ends the start-up with this control-flow exception: not an error.
    if (!String(e).includes("Using exceptions for control flow")) {
      fail(`Scarwise could not start (${describe(e)}). Try again.`);
      return;
    }
  }
  loading.hidden = true;
  if (params.get("test") === "1") {
    window.scarwiseWidgets = () => JSON.parse(scarwise_widgets() || '{"zoom":1,"widgets":[]}');
  }
  document.getElementById("scarwise-canvas").focus();
}

document.getElementById("scarwise-canvas").addEventListener("webglcontextlost", (event) => {
  event.preventDefault();
  loading.hidden = false;
  fail("The graphics stopped working. Reload the page to go on; your progress is kept.");
});

start();
