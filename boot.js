// Loads the WebAssembly app. Kept as an external module so the Content-Security-Policy can
// forbid inline scripts (Trunk's own inline loader is switched off in Trunk.toml).
import init from "./china-ai-atlas.js";

// Offline use: a service worker caches the app's own files after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", document.baseURI), { scope: document.baseURI }).catch(() => {});
}

init().catch((error) => {
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
