// Scarwise's service worker: the app starts offline after its first visit.
//
// The build (scripts/web-offline.py) writes the version and the list of files into this file,
// so every build that changes a file is a new worker: the browser finds it when the page
// loads (or when the page asks, hourly), installs it in the background with the new files in
// a cache of their own, and the page offers a restart at a calm moment (the app decides when).
// Only then does the new worker take over and remove the old cache.
//
// It answers only requests of its own origin under its own folder (its scope), GET only, and
// sends nothing anywhere: it has no other job than keeping the app's own files.

const VERSION = "__SCARWISE_VERSION__";
const FILES = __SCARWISE_FILES__;
// Files only some patients need (the Chinese font): kept once fetched, not at install.
const ON_DEMAND = new Set(__SCARWISE_ON_DEMAND__);

// Cache names are shared by the whole origin: each Scarwise (one per folder) keeps its own.
const PREFIX = `scarwise ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
// Files the clinic may replace without a rebuild: asked of the network first, the cached
// copy when there is no answer within this time (a slow connection should not hold the
// start up for long).
const CLINIC_FILES = new Set(["clinic.ron"]);
const NETWORK_WAIT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // `no-cache`: every file is checked with the server (by its ETag or date), so a new
    // version never keeps an old file, and one the page has just downloaded costs a "304
    // Not Modified" instead of a second download.
    await cache.addAll(FILES.map((path) => new Request(path, { cache: "no-cache" })));
    // One the page fetched before this worker looked after it (the first visit in Chinese)
    // is kept from the browser's cache, without asking the network.
    for (const path of ON_DEMAND) {
      try {
        const response = await fetch(new Request(path, { cache: "only-if-cached", mode: "same-origin" }));
        if (response.ok) await cache.put(path, response);
      } catch {
        // Not in the browser's cache: kept when it is fetched.
      }
    }
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is looked after at once, so it works offline without a reload.
    await self.clients.claim();
  })());
});

// The page asks for the waiting version when the patient chose to restart.
self.addEventListener("message", (event) => {
  if (event.data?.type === "scarwise-restart") self.skipWaiting();
  if (event.data?.type === "scarwise-version") event.source?.postMessage({ type: "scarwise-version", version: VERSION });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const scope = self.registration.scope;
  if (url.origin !== self.location.origin || !url.href.startsWith(scope)) return;
  const path = url.pathname.slice(new URL(scope).pathname.length);
  if (CLINIC_FILES.has(path)) {
    event.respondWith(networkFirst(request));
  } else if (ON_DEMAND.has(path)) {
    event.respondWith(cacheFirst(request, request, { keep: true }));
  } else if (request.mode === "navigate" && (path === "" || path === "index.html")) {
    // The app's page, whatever its address says (?lang=es, ?reset=1).
    event.respondWith(cacheFirst(request, new URL("index.html", scope).href));
  } else {
    event.respondWith(cacheFirst(request, request, { ignoreSearch: request.mode === "navigate" }));
  }
});

async function cacheFirst(request, key, { keep = false, ...options } = {}) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key, options);
  if (hit) return hit;
  const response = await fetch(request);
  if (keep && response.ok) await cache.put(key, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_WAIT_MS);
    if (response.ok) {
      await cache.put(request, response.clone());
      return response;
    }
    return (await cache.match(request, { ignoreSearch: true })) ?? response;
  } catch (error) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    throw error;
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no answer")), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}
