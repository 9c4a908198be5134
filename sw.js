// Offline support for China AI Atlas: caches the app's own files, nothing else.
// The post-build step (site/src/main.rs) replaces the version below with a hash of the built
// files, so every new build uses a new cache and deletes the old one.
const VERSION = "__ATLAS_BUILD_VERSION__";
const CACHE = `china-ai-atlas-${VERSION}`;
const SCOPE = self.registration.scope;
const APP_FILES = ["", "boot.js", "theme.js", "china-ai-atlas.js", "china-ai-atlas_bg.wasm", "main.css", "components.css", "views.css"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(APP_FILES.map((file) => SCOPE + file))).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("china-ai-atlas-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) {
    return;
  }
  if (request.mode === "navigate") {
    // Pages: the network first (fresh titles), the cached app shell when offline. Every
    // route's entry page is the same app, so the scope's index stands in for any of them.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request).then((hit) => hit || caches.match(SCOPE))),
    );
    return;
  }
  // App files: the cache first; they only change with a new build, which brings a new cache.
  // The Chinese texts (zh.bin) are fetched only in the Chinese edition: kept once fetched.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok && request.url === SCOPE + "zh.bin") {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
