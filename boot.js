// Loads the WebAssembly app. Kept as an external module so the Content-Security-Policy can
// forbid inline scripts (Trunk's own inline loader is switched off in Trunk.toml).
// The app comes in bundles: one per list view and one for every other page, so a first visit
// fetches only its page's code. Links to a page of another bundle load that page. The
// post-build step (site/) writes the list views' paths and bundles below from `SHIPPED` in
// src/lib.rs; every other path starts `china-ai-atlas`.
const BUNDLES = {};

function bundle() {
  const base = new URL(document.baseURI).pathname;
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length).replace(/\/+$/, "") : "";
  return BUNDLES[path] || "china-ai-atlas";
}

// The page is pre-rendered, so the reader already sees it: the app is fetched only once the
// page has loaded and painted, and never competes with the first paint.
function start() {
  requestAnimationFrame(() => setTimeout(boot, 0));
}

function boot() {
  const name = bundle();
  import(`./${name}.js`)
    .then((app) => app.default())
    .then(() => {
      // Offline use: a service worker caches the app's own files, after the app is running.
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register(new URL("sw.js", document.baseURI), { scope: document.baseURI }).catch(() => {});
        navigator.serviceWorker.ready.then((registration) => registration.active && registration.active.postMessage({ cache: [`${name}.js`, `${name}_bg.wasm`], page: location.href }));
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
