// Loads the WebAssembly app. Kept as an external module so the Content-Security-Policy can
// forbid inline scripts (Trunk's own inline loader is switched off in Trunk.toml).
import init from "./china-ai-atlas.js";

// The page is pre-rendered, so the reader already sees it: the app (about 500 KB) is fetched
// only once the page has loaded and painted, and never competes with the first paint.
function start() {
  requestAnimationFrame(() => setTimeout(boot, 0));
}

function boot() {
  init()
    .then(() => {
      // Offline use: a service worker caches the app's own files, after the app is running.
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register(new URL("sw.js", document.baseURI), { scope: document.baseURI }).catch(() => {});
      }
    })
    .catch((error) => {
      const panel = document.createElement("div");
      panel.setAttribute("role", "alert");
      panel.className = "fatal";
      const heading = document.createElement("h1");
      heading.textContent = "Sorry, China AI Atlas could not start";
      const detail = document.createElement("pre");
      detail.textContent = String(error);
      panel.append(heading, detail);
      document.body.replaceChildren(panel);
    });
}

if (document.readyState === "complete") {
  start();
} else {
  addEventListener("load", start, { once: true });
}
