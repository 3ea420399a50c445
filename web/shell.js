// The page as an app on the patient's phone: the service worker (offline after the first
// visit, new versions in the background), the offer to add Scarwise to the home screen, and
// the safe-area insets. The app reads `window.scarwiseShell` every frame it draws
// (src/platform/web_app.rs) and calls its methods; it decides when to show the offers (never
// on a kiosk, an update never mid-quiz).

const DISMISSED = "scarwise.install-dismissed";
const HOUR = 60 * 60 * 1000;

let installPrompt = null;
let waitingWorker = null;

export const shell = (window.scarwiseShell = {
  // "prompt": the browser can install the app; "ios": Safari's own steps; "": nothing to offer.
  offer: "",
  // A new version is downloaded and waits for a restart.
  updateReady: false,
  // Top, right, bottom, left, in CSS pixels: the room the notch and the home indicator take.
  safeArea: [0, 0, 0, 0],
  async install() {
    if (!installPrompt) return;
    const prompt = installPrompt;
    installPrompt = null;
    shell.offer = "";
    try {
      await prompt.prompt();
      const { outcome } = await prompt.userChoice;
      // Turned down in the browser's own dialog: not asked again.
      if (outcome !== "accepted") remember();
    } catch (e) {
      console.warn(`Scarwise could not be installed: ${e}`);
    }
  },
  dismissInstall() {
    shell.offer = "";
    installPrompt = null;
    remember();
  },
  // Starts the waiting version: the page reloads once it has taken over (the app's progress
  // is written as the page goes, on `pagehide`).
  restart() {
    if (!waitingWorker) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waitingWorker.postMessage({ type: "scarwise-restart" });
  },
});

function dismissed() {
  try {
    return localStorage.getItem(DISMISSED) === "1";
  } catch {
    return false;
  }
}

function remember() {
  try {
    localStorage.setItem(DISMISSED, "1");
  } catch {
    // Private mode: not asked again during this visit.
  }
}

function standalone() {
  return matchMedia("(display-mode: standalone)").matches
    || matchMedia("(display-mode: fullscreen)").matches
    || navigator.standalone === true;
}

// iPhones and iPads (which call themselves Macs, with touch) have no install prompt: Safari's
// Share menu adds the page to the home screen.
function ios() {
  return /iPhone|iPad|iPod/.test(navigator.userAgent)
    || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
}

function offerInstall() {
  // A page inside the clinic's frame cannot be installed; an installed one needs no offer.
  if (window.top !== window || standalone() || dismissed()) return;
  addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    if (dismissed()) return;
    installPrompt = event;
    shell.offer = "prompt";
  });
  addEventListener("appinstalled", () => {
    installPrompt = null;
    shell.offer = "";
  });
  if (ios()) shell.offer = "ios";
}

// The insets CSS knows (`env(safe-area-inset-*)`), read from a hidden element that is padded
// by them (style.css), again whenever the page's size or orientation changes.
function followSafeArea() {
  const probe = document.getElementById("scarwise-safe-area");
  if (!probe) return;
  const read = () => {
    const style = getComputedStyle(probe);
    shell.safeArea = ["paddingTop", "paddingRight", "paddingBottom", "paddingLeft"]
      .map((side) => Math.max(0, parseFloat(style[side]) || 0));
  };
  read();
  addEventListener("resize", read);
  screen.orientation?.addEventListener?.("change", read);
}

// Keeps the app's files for offline use, and finds new versions: when the page loads, when
// it comes back to the front, and every hour while it stays open.
async function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  let registration;
  try {
    registration = await navigator.serviceWorker.register("sw.js");
  } catch (e) {
    console.warn(`Scarwise will not work offline here: ${e}`);
    return;
  }
  // A browser that blocks workers may answer with nothing at all (seen with workers blocked).
  if (!registration) {
    console.warn("Scarwise will not work offline here: the browser keeps no service worker");
    return;
  }
  const waiting = (worker) => {
    // A worker waiting while another looks after the page is a new version; the first
    // visit's worker takes over at once.
    if (worker && navigator.serviceWorker.controller) {
      waitingWorker = worker;
      shell.updateReady = true;
    }
  };
  const follow = (worker) => worker?.addEventListener("statechange", () => {
    if (worker.state === "installed") waiting(worker);
  });
  waiting(registration.waiting);
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));
  const look = () => registration.update().catch(() => {});
  setInterval(look, HOUR);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") look();
  });
}

export function startShell() {
  followSafeArea();
  offerInstall();
}

// After the app has started, so that the first visit's download comes first.
export function startOffline() {
  keepOffline();
}
