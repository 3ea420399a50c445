// Downloads the app with real progress (bytes of the wasm), checks WebGL2, starts it, and
// shows a readable message with a retry button on any failure.
import init from "./scarwise.js";

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

function hasWebGL2() {
  try {
    return !!document.createElement("canvas").getContext("webgl2");
  } catch {
    return false;
  }
}

async function download(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const total = Number(response.headers.get("Content-Length")) || 0;
  if (!response.body || !total) {
    const bytes = await response.arrayBuffer();
    bar.value = 100;
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    bar.value = Math.min(100, Math.round((received / total) * 100));
    text.textContent = `Loading… ${Math.round(received / 1024)} of ${Math.round(total / 1024)} KB`;
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function start() {
  if (!hasWebGL2()) {
    fail("Scarwise needs WebGL2, which this browser does not offer. Try an up-to-date Chrome, Edge, Firefox or Safari.");
    return;
  }
  let bytes;
  try {
    bytes = await download("scarwise_bg.wasm");
  } catch (e) {
    fail(`Scarwise could not be downloaded (${e.message}). Check your connection and try again.`);
    return;
  }
  text.textContent = "Starting…";
  try {
    await init({ module_or_path: bytes });
  } catch (e) {
    // Bevy's event loop ends the start-up with this control-flow exception: not an error.
    if (!String(e).includes("Using exceptions for control flow")) {
      fail(`Scarwise could not start (${e.message ?? e}). Try again.`);
      return;
    }
  }
  loading.hidden = true;
  document.getElementById("scarwise-canvas").focus();
}

document.getElementById("scarwise-canvas").addEventListener("webglcontextlost", (event) => {
  event.preventDefault();
  loading.hidden = false;
  fail("The graphics stopped working. Reload the page to go on; your progress is kept.");
});

start();
